"""geoalign/neo4j_server.py and ``geoalign neo4j start|stop|status``: jars, Java, ports, and a server that
outlives the command that started it."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from geoalign import neo4j_server
from geoalign.neo4j_server import Neo4jServerError, Server
from graph.model import Entity, Label
from graph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = f"local-{secrets.token_hex(6)}"  # generated per run, never a credential in the repo


def geoalign(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command in its own process (the server must outlive it)."""
    return subprocess.run(
        [sys.executable, "-c", "from geoalign.cli import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env or _env(),
        timeout=300,
    )


def _env(**extra: str) -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}, **extra}


@pytest.mark.slow
def test_start_status_stop_across_invocations_keeps_the_data(neo4j_runtime: Path, tmp_path: Path) -> None:
    state = tmp_path / "state"
    env = _env(NEO4J_PASSWORD=PASSWORD)
    try:
        started = geoalign("neo4j", "start", "--dir", str(state), "--auth", env=env)
        assert started.returncode == 0, started.stderr
        server = Server.from_json((state / "server.json").read_text(encoding="utf-8"))
        assert started.stdout.splitlines() == [
            f"export NEO4J_URI={server.uri}",
            "export NEO4J_USERNAME=neo4j",
        ]
        assert PASSWORD not in started.stdout + started.stderr + (state / "server.json").read_text()
        assert neo4j_server.is_alive(server)  # the command has exited; the server has not

        status = geoalign("neo4j", "status", "--dir", str(state))
        assert (status.returncode, status.stdout.split(":")[0]) == (0, "Neo4j running")
        again = geoalign("neo4j", "start", "--dir", str(state), env=env)
        assert (
            again.stdout.splitlines()[0] == f"export NEO4J_URI={server.uri}"
            and "already running" in again.stderr
        )

        with open_store(server.uri, env={"NEO4J_PASSWORD": PASSWORD}) as store:
            store.add([Entity("Country:SRB", Label.COUNTRY, "Serbia")])
        assert geoalign("neo4j", "stop", "--dir", str(state)).stdout.startswith("stopped Neo4j on")
        assert not neo4j_server.is_alive(server)
        assert geoalign("neo4j", "status", "--dir", str(state)).returncode == 3

        restarted = geoalign("neo4j", "start", "--dir", str(state), env=env)
        assert restarted.returncode == 0, restarted.stderr
        uri = restarted.stdout.splitlines()[0].removeprefix("export NEO4J_URI=")
        with open_store(uri, env={"NEO4J_PASSWORD": PASSWORD}) as store:
            assert [e.name for e in store.read().entities] == ["Serbia"]
    finally:
        neo4j_server.stop_local(state, timeout_s=20)
    assert geoalign("neo4j", "stop", "--dir", str(state)).stdout.strip() == "no Neo4j server was running"


def test_status_without_a_server_exits_3(tmp_path: Path) -> None:
    done = geoalign("neo4j", "status", "--dir", str(tmp_path))
    assert (done.returncode, done.stdout.strip()) == (
        3,
        "no Neo4j server started here (geoalign neo4j start)",
    )


def test_auth_without_a_password_in_the_environment_is_a_usage_error(tmp_path: Path) -> None:
    done = geoalign("neo4j", "start", "--dir", str(tmp_path), "--auth")
    assert done.returncode == 2 and "NEO4J_PASSWORD" in done.stderr
    assert not (tmp_path / "server.json").exists()


def test_a_port_in_use_is_refused_before_anything_starts(neo4j_runtime: Path, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(Neo4jServerError, match=f"port {port} on 127.0.0.1 is already in use"):
            neo4j_server.start(tmp_path / "home", port=port)


def test_a_missing_java_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(Neo4jServerError, match=r"Java 17\+ is needed to run Neo4j"):
        neo4j_server.find_java()


def test_an_old_java_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "bin" / "java"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'openjdk version \"1.8.0_392\"' >&2\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    with pytest.raises(Neo4jServerError, match=r"is Java 8; Neo4j 5\.26 needs Java 17"):
        neo4j_server.find_java()


def test_missing_jars_without_maven_say_how_to_get_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(neo4j_server.TOOLS_DIR / "pom.xml", tmp_path / "pom.xml")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(Neo4jServerError, match=r"Maven \(mvn\) is needed once"):
        neo4j_server.fetch(tmp_path)


def test_an_incomplete_jar_folder_is_detected(neo4j_runtime: Path, tmp_path: Path) -> None:
    version = neo4j_server.pinned_version()
    assert version == "5.26.30"
    assert neo4j_server.lib_complete(neo4j_runtime, version)
    lib = tmp_path / "lib"
    shutil.copytree(neo4j_runtime, lib)
    assert neo4j_server.lib_complete(lib, version)
    assert not neo4j_server.lib_complete(lib, "5.26.29")
    victim = sorted(lib.glob("*.jar"))[3]
    victim.write_bytes(victim.read_bytes()[:100])  # an interrupted download
    assert not neo4j_server.lib_complete(lib, version)
    (lib / neo4j_server.MANIFEST).unlink()
    assert not neo4j_server.lib_complete(lib, version)


def test_the_config_listens_on_loopback_only_and_keeps_everything_under_home(tmp_path: Path) -> None:
    text = neo4j_server.config_text(tmp_path, 7999, auth=False, pagecache="64m")
    settings = dict(
        line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#")
    )
    assert settings["server.default_listen_address"] == "127.0.0.1"
    assert settings["server.bolt.listen_address"] == "127.0.0.1:7999"
    assert settings["server.http.enabled"] == settings["server.https.enabled"] == "false"
    assert settings["dbms.security.auth_enabled"] == "false"
    dirs = {k: v for k, v in settings.items() if k.startswith("server.directories.")}
    assert len(dirs) == 4 and all(Path(v).parent == tmp_path for v in dirs.values())
    # no import folder, and LOAD CSV may not read file URLs (read-only means no files)
    assert "server.directories.import" not in dirs
    assert settings["dbms.security.allow_csv_import_from_file_urls"] == "false"


def test_a_short_password_is_refused(tmp_path: Path) -> None:
    with pytest.raises(Neo4jServerError, match="at least 8 characters"):
        neo4j_server.set_initial_password(tmp_path, "short", lib=tmp_path, java="java")


def test_the_fetch_entry_point_reports_the_jars(neo4j_runtime: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "geoalign.neo4j_server", "fetch"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0 and done.stdout.strip() == f"Neo4j 5.26.30 jars in {neo4j_runtime}"
    assert json.loads((neo4j_runtime / neo4j_server.MANIFEST).read_text())["version"] == "5.26.30"

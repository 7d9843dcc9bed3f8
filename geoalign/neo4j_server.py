"""A throwaway Neo4j Community server run from Maven Central jars: fetch, start, wait for Bolt, stop.

Use it when there is no Docker: the tests start one per session on a free loopback port, and
``geoalign neo4j start|stop|status`` keeps one for a user under ``.neo4j/``. The version is pinned
in ``tools/neo4j/pom.xml``; the jars are copied to ``tools/neo4j/lib/`` the first time they are needed.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS_DIR = ROOT / "tools" / "neo4j"
STATE_DIR = Path(".neo4j")
STATE_FILE = "server.json"
MANIFEST = ".complete.json"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_ENTRY_POINT = "org.neo4j.server.startup.Neo4jAdminCommand"
# No import folder: LOAD CSV may not read local files (queries refuse LOAD anyway; see graph/store/guard.py).
DIRECTORIES = ("data", "logs", "run", "plugins")
MIN_JAVA = 17
# Launched directly (not via bin/neo4j) the JVM flags of neo4j.conf are not read, so they are passed here.
JVM_FLAGS = (
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-XX:+ExitOnOutOfMemoryError",
)


class Neo4jServerError(Exception):
    """The server could not be fetched, started or stopped; the message says what to do next."""


@dataclass
class Server:
    """A running (or recorded) server: its process, Bolt port and home folder (conf, data, logs)."""

    pid: int
    port: int
    home: Path
    user: str | None = None  # set when authentication is on; the password is never recorded
    started_in_s: float = 0.0
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False, compare=False)

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    @property
    def console_log(self) -> Path:
        return self.home / "logs" / "console.log"

    def export_line(self) -> str:
        return f"export NEO4J_URI={self.uri}"

    def to_json(self) -> str:
        return json.dumps(
            {
                "pid": self.pid,
                "port": self.port,
                "home": str(self.home),
                "user": self.user,
                "started_in_s": round(self.started_in_s, 2),
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> Server:
        data = json.loads(text)
        return cls(
            int(data["pid"]),
            int(data["port"]),
            Path(data["home"]),
            data.get("user"),
            float(data.get("started_in_s", 0.0)),
        )


# --- the jars ----------------------------------------------------------------------------------


def pinned_version(tools_dir: Path = TOOLS_DIR) -> str:
    """The Neo4j version ``pom.xml`` pins (its ``neo4j.version`` property)."""
    pom = tools_dir / "pom.xml"
    if not pom.is_file():
        raise Neo4jServerError(f"{pom} not found: run geoalign's Neo4j tools from a source checkout")
    found = (
        ET.parse(pom)
        .getroot()
        .find(
            "{http://maven.apache.org/POM/4.0.0}properties/{http://maven.apache.org/POM/4.0.0}neo4j.version"
        )
    )
    if found is None or not found.text:
        raise Neo4jServerError(f"{pom} does not set the neo4j.version property")
    return found.text.strip()


def lib_complete(lib: Path, version: str) -> bool:
    """True when ``lib`` holds every jar the last successful fetch of ``version`` copied, at full size."""
    try:
        manifest = json.loads((lib / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    jars: dict[str, int] = manifest.get("jars", {})
    if manifest.get("version") != version or f"neo4j-{version}.jar" not in jars:
        return False
    return all((lib / name).is_file() and (lib / name).stat().st_size == size for name, size in jars.items())


def fetch(tools_dir: Path = TOOLS_DIR) -> Path:
    """The folder of Neo4j jars, downloading them with Maven when missing or incomplete."""
    version, lib = pinned_version(tools_dir), tools_dir / "lib"
    if lib_complete(lib, version):
        return lib
    mvn = shutil.which("mvn")
    if mvn is None:
        raise Neo4jServerError(
            "Maven (mvn) is needed once to download Neo4j's jars: install it "
            "(Debian/Ubuntu: sudo apt-get install maven) and retry"
        )
    (tools_dir / "target").mkdir(exist_ok=True)  # git-ignored, like lib/
    with _locked(tools_dir / "target" / "fetch.lock"):
        if not lib_complete(lib, version):  # another process may have fetched while we waited
            _copy_dependencies(mvn, tools_dir, lib, version)
    return lib


def _copy_dependencies(mvn: str, tools_dir: Path, lib: Path, version: str) -> None:
    shutil.rmtree(lib, ignore_errors=True)  # stale jars of another version would shadow the new ones
    cmd = [mvn, "-B", "-q", "dependency:copy-dependencies", "-DincludeScope=runtime", "-DoutputDirectory=lib"]
    done = subprocess.run(cmd, cwd=tools_dir, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise Neo4jServerError(
            f"downloading Neo4j {version} with Maven failed (exit {done.returncode}):\n{tail}"
        )
    jars = {p.name: p.stat().st_size for p in lib.glob("*.jar")}
    if f"neo4j-{version}.jar" not in jars:
        raise Neo4jServerError(f"Maven finished but {lib} has no neo4j-{version}.jar")
    (lib / MANIFEST).write_text(json.dumps({"version": version, "jars": jars}, indent=1), encoding="utf-8")


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# --- java --------------------------------------------------------------------------------------


def find_java() -> str:
    """The java executable ($JAVA_HOME/bin/java, else java on PATH), checked to be Java 17 or newer."""
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin" / "java") if home and (Path(home) / "bin" / "java").is_file() else None
    java = java or shutil.which("java")
    if java is None:
        raise Neo4jServerError(
            f"Java {MIN_JAVA}+ is needed to run Neo4j and none was found: install a JDK "
            "(Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless) or set JAVA_HOME"
        )
    major = java_major(java)
    if major < MIN_JAVA:
        raise Neo4jServerError(
            f"{java} is Java {major}; Neo4j 5.26 needs Java {MIN_JAVA} or 21 (set JAVA_HOME)"
        )
    return java


def java_major(java: str) -> int:
    """The major version ``java -version`` reports (8 for 1.8)."""
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False).stderr
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if match is None:
        raise Neo4jServerError(f"cannot tell the version of {java}: {out.strip()[:200]}")
    first = int(match.group(1))
    return int(match.group(2) or 0) if first == 1 else first


# --- configuration -----------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def config_text(home: Path, port: int, *, auth: bool, pagecache: str) -> str:
    lines = [
        "# written by geoalign/neo4j_server.py; rewritten at every start",
        "server.default_listen_address=127.0.0.1",
        f"server.bolt.listen_address=127.0.0.1:{port}",
        "server.http.enabled=false",
        "server.https.enabled=false",
        f"dbms.security.auth_enabled={'true' if auth else 'false'}",
        f"server.memory.pagecache.size={pagecache}",
        "dbms.usage_report.enabled=false",
        # Defence in depth behind the query allow-list: no LOAD CSV from file:/// URLs.
        "dbms.security.allow_csv_import_from_file_urls=false",
        # Transaction logs are otherwise preallocated at 256 MB per database: 0.5 GB for an empty server.
        "db.tx_log.preallocate=false",
        # Bolt's netty threads otherwise idle 2 x 5 s before a stop completes.
        "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
        "internal.dbms.bolt.netty_server_shutdown_timeout=2",
        *(f"server.directories.{name}={home / name}" for name in DIRECTORIES),
    ]
    return "\n".join(lines) + "\n"


def _prepare_home(home: Path, port: int, auth: bool, pagecache: str) -> None:
    for name in (*DIRECTORIES, "conf"):
        (home / name).mkdir(parents=True, exist_ok=True)
    (home / "conf" / "neo4j.conf").write_text(
        config_text(home, port, auth=auth, pagecache=pagecache), encoding="utf-8"
    )


def set_initial_password(home: Path, password: str, *, lib: Path, java: str) -> None:
    """Give the ``neo4j`` user its password before the first start (neo4j-admin; no-op afterwards).

    The password goes through a private argument file, so it never shows in a process listing.
    """
    if len(password) < 8:
        raise Neo4jServerError("the Neo4j password must have at least 8 characters")
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    fd, argfile = tempfile.mkstemp(prefix="pw-", dir=home / "run")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:  # mkstemp makes it 0600
            handle.write('"' + password.replace("\\", "\\\\").replace('"', '\\"') + '"\n')
        done = subprocess.run(
            [java, "-cp", str(lib / "*"), ADMIN_ENTRY_POINT, "dbms", "set-initial-password", "@" + argfile],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        os.unlink(argfile)
    if done.returncode != 0:
        message = (done.stdout + done.stderr).replace(password, "***").strip()[-500:]
        raise Neo4jServerError(f"neo4j-admin could not set the initial password: {message}")


# --- start, wait, stop ---------------------------------------------------------------------------


def start(
    home: Path | None = None,
    *,
    port: int | None = None,
    password: str | None = None,
    user: str = "neo4j",
    heap: str = "512m",
    pagecache: str = "64m",
    timeout_s: float = 120.0,
    detach: bool = False,
    tools_dir: Path = TOOLS_DIR,
) -> Server:
    """Start a server on a loopback port with its data under ``home`` and wait until Bolt answers.

    ``home`` defaults to a new temporary folder; an existing one is reused (same data, recovered after a
    crash). ``password`` turns authentication on; it is set with neo4j-admin before the first start only.
    ``detach`` puts the server in its own session so it outlives the calling terminal.
    """
    lib, java = fetch(tools_dir), find_java()
    home = Path(home or tempfile.mkdtemp(prefix="geoalign-neo4j-")).resolve()
    port = port or free_port()
    if port_in_use(port):
        raise Neo4jServerError(
            f"port {port} on 127.0.0.1 is already in use: stop what runs there or pick another port"
        )
    _prepare_home(home, port, password is not None, pagecache)
    if password is not None and not (home / "data" / "dbms" / "auth.ini").exists():
        set_initial_password(home, password, lib=lib, java=java)
    cmd = [
        java,
        "-Xms256m",
        f"-Xmx{heap}",
        *JVM_FLAGS,
        "-cp",
        str(lib / "*"),
        ENTRY_POINT,
        f"--home-dir={home}",
        f"--config-dir={home / 'conf'}",
        "--console-mode",
    ]
    began = time.monotonic()
    with (home / "logs" / "console.log").open("ab") as log:
        process = subprocess.Popen(
            cmd,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=home,
            start_new_session=detach,
        )
    server = Server(process.pid, port, home, user if password is not None else None, process=process)
    try:
        wait_ready(server, password, timeout_s)
    except BaseException:
        stop(server, timeout_s=10)
        raise
    server.started_in_s = time.monotonic() - began
    return server


def wait_ready(server: Server, password: str | None, timeout_s: float) -> None:
    """Poll Bolt until the server answers and proves to be ours (its data folder is ``server.data_dir``)."""
    from neo4j.exceptions import DriverError, Neo4jError  # the driver only when a server is probed

    deadline = time.monotonic() + timeout_s
    auth = (server.user or "neo4j", password) if password is not None else None
    while True:
        if not is_alive(server):
            raise Neo4jServerError(f"Neo4j exited during start-up{_exit_code(server)}:\n{log_tail(server)}")
        if _bind_failed(server):
            raise Neo4jServerError(
                f"Neo4j could not listen on port {server.port} (in use?):\n{log_tail(server)}"
            )
        try:
            data_dir = _data_dir_of(server.uri, auth)
        except (DriverError, Neo4jError, OSError):
            data_dir = None
        if data_dir is not None:
            if Path(data_dir).resolve() != server.data_dir.resolve():
                raise Neo4jServerError(
                    f"port {server.port} is answered by another Neo4j (data in {data_dir})"
                )
            return
        if time.monotonic() > deadline:
            raise Neo4jServerError(
                f"Neo4j did not answer on {server.uri} within {timeout_s:g} s:\n{log_tail(server)}"
            )
        time.sleep(0.2)


def _data_dir_of(uri: str, auth: tuple[str, str] | None) -> str | None:
    from neo4j import GraphDatabase

    with GraphDatabase.driver(uri, auth=auth, connection_timeout=2.0) as driver:
        driver.verify_connectivity()
        records, _, _ = driver.execute_query(
            "SHOW SETTINGS YIELD name, value WHERE name = 'server.directories.data' RETURN value"
        )
    return str(records[0]["value"]) if records else None


def _bind_failed(server: Server) -> bool:
    debug_log = server.home / "logs" / "debug.log"
    try:
        return "PortBindException" in debug_log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def _exit_code(server: Server) -> str:
    code = server.process.poll() if server.process is not None else None
    return f" with exit code {code}" if code is not None else ""


def log_tail(server: Server, lines: int = 20) -> str:
    """The last lines the server printed (start-up errors land there)."""
    try:
        text = server.console_log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no console log)"
    return "\n".join(text.strip().splitlines()[-lines:]) or "(empty console log)"


def ping(server: Server, password: str | None = None) -> bool:
    """True when Bolt answers on the server's port (a refusal of missing credentials counts as an answer)."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, DriverError, Neo4jError

    auth = (server.user or "neo4j", password) if password is not None else None
    try:
        with GraphDatabase.driver(server.uri, auth=auth, connection_timeout=2.0) as driver:
            driver.verify_connectivity()
    except AuthError:
        return True
    except (DriverError, Neo4jError, OSError):
        return False
    return True


def is_alive(server: Server) -> bool:
    """True while the server's process runs (checked by its command line, so a reused pid is not taken)."""
    if server.process is not None:
        return server.process.poll() is None
    try:
        cmdline = Path(f"/proc/{server.pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    except FileNotFoundError:
        return False
    except OSError:  # no /proc (macOS): fall back to the pid alone
        return _pid_exists(server.pid)
    return ENTRY_POINT in cmdline and f"--home-dir={server.home}" in cmdline


def _pid_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stop(server: Server, *, timeout_s: float = 30.0) -> None:
    """Stop the server: SIGTERM (a clean shutdown with a checkpoint), SIGKILL after ``timeout_s``."""
    if not is_alive(server):
        _reap(server)
        return
    _signal(server, signal.SIGTERM)
    if not _wait_exit(server, timeout_s):
        kill(server)


def kill(server: Server) -> None:
    """SIGKILL the server, as a crash would (for fault tests); the next start recovers from its logs."""
    if is_alive(server):
        _signal(server, signal.SIGKILL)
        if not _wait_exit(server, 10.0):
            raise Neo4jServerError(f"Neo4j (pid {server.pid}) did not exit after SIGKILL")
    _reap(server)


def _signal(server: Server, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(server.pid, sig)


def _wait_exit(server: Server, timeout_s: float) -> bool:
    if server.process is not None:
        try:
            server.process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            return False
        return True
    deadline = time.monotonic() + timeout_s
    while is_alive(server):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def _reap(server: Server) -> None:
    if server.process is not None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.process.wait(1.0)


@contextlib.contextmanager
def running(**options: object) -> Iterator[Server]:
    """A server in a fresh temporary folder for the length of a ``with`` block; stopped and removed after."""
    server = start(**options)  # type: ignore[arg-type]
    try:
        yield server
    finally:
        stop(server)
        shutil.rmtree(server.home, ignore_errors=True)


# --- the local server of ``geoalign neo4j start|stop|status`` ----------------------------------


@dataclass
class Status:
    server: Server | None
    running: bool
    answering: bool

    def describe(self) -> str:
        if self.server is None:
            return "no Neo4j server started here (geoalign neo4j start)"
        state = (
            "running"
            if self.running and self.answering
            else "starting or stuck"
            if self.running
            else "not running (stale state file)"
        )
        auth = f", auth as {self.server.user}" if self.server.user else ", no auth"
        return (
            f"Neo4j {state}: {self.server.uri} (pid {self.server.pid}{auth}, data in {self.server.data_dir})"
        )


def load_state(state_dir: Path = STATE_DIR) -> Server | None:
    try:
        return Server.from_json((state_dir / STATE_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError) as exc:
        raise Neo4jServerError(f"unreadable state file {state_dir / STATE_FILE}: {exc}") from exc


def save_state(server: Server, state_dir: Path = STATE_DIR) -> None:
    state_dir.mkdir(parents=True, exist_ok=True)
    (state_dir / STATE_FILE).write_text(server.to_json() + "\n", encoding="utf-8")


def local_status(state_dir: Path = STATE_DIR) -> Status:
    """What the state file says, checked against the process table and the Bolt port."""
    server = load_state(state_dir)
    alive = server is not None and is_alive(server)
    return Status(server, alive, alive and server is not None and ping(server))


def start_local(
    state_dir: Path = STATE_DIR,
    *,
    port: int | None = None,
    password: str | None = None,
    fresh: bool = False,
    heap: str = "512m",
    timeout_s: float = 120.0,
) -> tuple[Server, bool]:
    """Start the local server (data in ``state_dir/server``) unless it runs; return it and whether it ran."""
    current = local_status(state_dir)
    if current.server is not None and current.running:
        return current.server, True
    home = (state_dir / "server").resolve()
    if fresh:
        shutil.rmtree(home, ignore_errors=True)
    port = port or (current.server.port if current.server and not port_in_use(current.server.port) else None)
    server = start(home, port=port, password=password, heap=heap, timeout_s=timeout_s, detach=True)
    save_state(server, state_dir)
    return server, False


def stop_local(state_dir: Path = STATE_DIR, *, timeout_s: float = 30.0) -> Server | None:
    """Stop the local server if one runs and forget it (its data stays for the next start)."""
    server = load_state(state_dir)
    if server is None:
        return None
    stop(server, timeout_s=timeout_s)
    (state_dir / STATE_FILE).unlink(missing_ok=True)
    return server


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m geoalign.neo4j_server fetch``: download the jars (what ``make neo4j-jars`` runs)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args != ["fetch"]:
        print(
            "usage: python -m geoalign.neo4j_server fetch   (start/stop/status: geoalign neo4j --help)",
            file=sys.stderr,
        )
        return 2
    try:
        lib = fetch()
    except Neo4jServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Neo4j {pinned_version()} jars in {lib}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

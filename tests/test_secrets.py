"""No credentials in the repository (issue 7: secrets)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from geoalign.cli import cli

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDERS = {"change-me-please", "none", "...", "<the password in .env>", "<password>"}
SECRET_PATTERNS = [
    re.compile(r"NEO4J_AUTH=neo4j/(\S+)"),
    re.compile(r"NEO4J_PASSWORD=([^\s)]+)\s"),
    re.compile(r"(?i)\bpassword\s*[:=]\s*[\"']([^\"']+)[\"']"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----()"),
    re.compile(r"\b(AKIA[0-9A-Z]{16})\b"),
]


def _tracked() -> list[Path]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [ROOT / line for line in out.splitlines() if line and not line.endswith((".png", ".whl"))]


def test_dot_env_is_ignored_and_only_the_example_is_tracked() -> None:
    names = {p.name for p in _tracked()}
    assert ".env" not in names and ".env.example" in names
    ignored = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=ROOT).returncode
    assert ignored == 0


def test_no_tracked_file_holds_a_credential() -> None:
    found = []
    for path in _tracked():
        if not path.is_file() or path == Path(__file__).resolve():
            continue  # this file holds the patterns themselves
        text = path.read_text(encoding="utf-8", errors="ignore")
        for pattern in SECRET_PATTERNS:
            for match in pattern.finditer(text):
                value = match.group(1).strip("'\"`")
                generated = "{" in value  # an f-string filled in at run time
                if value not in PLACEHOLDERS and not generated and not value.startswith(("$", "<")):
                    found.append(f"{path.relative_to(ROOT)}: {match.group(0)[:40]}")
    assert not found, found


@pytest.mark.parametrize(
    "uri",
    [
        "bolt://neo4j:hunter2-not-shown@127.0.0.1:1",
        "bolt://neo4j:hunter2-not-shown@[::1",
        "neo4j://neo4j:hunter2-not-shown@",
        "ftp://neo4j:hunter2-not-shown@host/x",
    ],
)
def test_a_password_in_the_store_uri_is_never_echoed(uri: str) -> None:
    """Issue 15: the 'bad Neo4j URI' message (and any other) names the URI without its credentials."""
    from graph.store import StoreError, open_store

    with pytest.raises(StoreError) as caught:
        open_store(uri, env={})
    assert "hunter2" not in str(caught.value) and "hunter2" not in repr(caught.value.__cause__ or "")
    result = CliRunner().invoke(cli, ["--store", uri, "cypher", "RETURN 1 AS one"])
    assert result.exit_code != 0 and "hunter2" not in result.output

"""docker-compose.yml (Docker does not run here, so its promises are checked by reading it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def neo4j_service() -> dict[str, Any]:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    service: dict[str, Any] = compose["services"]["neo4j"]
    assert set(compose["volumes"]) == {"neo4j-data", "neo4j-logs"}
    return service


def test_the_server_is_the_tested_version_and_listens_on_loopback_only() -> None:
    service = neo4j_service()
    assert service["image"] == "neo4j:5.26-community"
    assert sorted(p.split("#")[0].strip() for p in service["ports"]) == [
        "127.0.0.1:7474:7474",
        "127.0.0.1:7687:7687",
    ]


def test_the_password_comes_from_the_ignored_env_file() -> None:
    service = neo4j_service()
    assert service["environment"]["NEO4J_AUTH"].startswith("${NEO4J_AUTH:?")
    assert ".env" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    example = dict(
        line.split("=", 1)
        for line in (ROOT / ".env.example").read_text().splitlines()
        if line and not line.startswith("#")
    )
    assert example == {"NEO4J_AUTH": "neo4j/change-me-please"}


def test_data_and_logs_persist_and_health_is_checked_without_leaving_files() -> None:
    service = neo4j_service()
    assert service["volumes"] == ["neo4j-data:/data", "neo4j-logs:/logs"]
    probe = " ".join(service["healthcheck"]["test"])
    assert "wget" in probe and "--spider" in probe and "7474" in probe

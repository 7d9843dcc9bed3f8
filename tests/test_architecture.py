"""The dependency direction of STYLE.md, checked by parsing imports (model ← stores ← loaders/… ← CLI)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("geoalign", "graph", "loaders")


def _modules() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names: set[str] = set()
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names.add(node.module)
            found[str(path.relative_to(ROOT))] = names
    return found


MODULES = _modules()


def _importers(prefix: str) -> set[str]:
    return {
        path
        for path, names in MODULES.items()
        if any(n == prefix or n.startswith(prefix + ".") for n in names)
    }


@pytest.mark.parametrize(
    ("library", "allowed"),
    [
        ("neo4j", {"graph/store/neo4j_store.py", "geoalign/neo4j_server.py"}),
        ("ladybug", {"graph/store/ladybug_store.py"}),
        ("pyvis", {"graph/view/network.py"}),
        ("starlette", {"geoalign/serve/app.py", "geoalign/serve/security.py"}),
        ("uvicorn", {"geoalign/cli/serve.py"}),
    ],
)
def test_only_one_module_imports_each_backend_library(library: str, allowed: set[str]) -> None:
    importers = _importers(library)
    assert importers, f"nothing imports {library}"
    assert importers <= allowed, f"{library} imported outside its module: {sorted(importers - allowed)}"


def test_model_depends_on_nothing_in_the_project() -> None:
    names = MODULES["graph/model.py"]
    assert not {n for n in names if n.split(".")[0] in PACKAGES}


def test_loaders_never_touch_a_store() -> None:
    offenders = {path for path in _importers("graph.store") if path.startswith("loaders/")}
    assert not offenders


def test_stores_do_not_import_loaders_views_or_cli() -> None:
    for path, names in MODULES.items():
        if path.startswith("graph/store/"):
            bad = {n for n in names if n.startswith(("loaders", "geoalign", "graph.view", "graph.export"))}
            assert not bad, f"{path} imports {bad}"

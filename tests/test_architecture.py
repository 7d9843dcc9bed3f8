"""The floors of STYLE.md, checked by parsing imports with ``ast``.

``geoalign/`` (CLI, ingest, serve, demo, Neo4j helper) sits above ``graph/`` (model, stores, queries,
analysis, views, exports) and ``loaders/`` (readers, extraction); ``loaders/`` takes only the model from
``graph/``; ``bench/`` and ``tools/`` sit on top and use public names only. Each engine or heavy library
is imported by the one module that wraps it.
"""

from __future__ import annotations

import ast
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# every folder of Python the project ships or runs (tests/ excluded: it may reach anywhere)
PACKAGES = ("geoalign", "graph", "loaders", "bench", "tools", "queries", "seeds")
PROJECT = (*PACKAGES, "tests", "conftest")

# what each package may import from the project (a name, or any module under it)
MAY_IMPORT: dict[str, tuple[str, ...]] = {
    "graph": ("graph",),
    "loaders": ("loaders", "graph.model"),
    "geoalign": ("geoalign", "graph", "loaders", "queries", "seeds"),
    "bench": ("bench", "geoalign", "graph", "loaders", "queries", "seeds"),
    "tools": ("geoalign", "graph", "loaders", "queries", "seeds"),
    "queries": (),
    "seeds": (),
}


@dataclass
class Module:
    """What one file imports: absolute module names, and project-private names it reaches for."""

    path: str
    imports: set[str] = field(default_factory=set)
    private: set[str] = field(default_factory=set)  # "module:_name" taken from another package


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _absolute(rel: str, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    parts = list(Path(rel).with_suffix("").parts)
    base = parts[: len(parts) - node.level]
    return ".".join([*base, *([node.module] if node.module else [])])


def _is_project_module(name: str) -> bool:
    target = ROOT.joinpath(*name.split("."))
    return target.with_suffix(".py").is_file() or (target / "__init__.py").is_file()


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return None if inner is None else f"{inner}.{node.attr}"
    return None


def _parse(rel: str, text: str) -> Module:
    """The imports of the file at ``rel`` (relative to the checkout) whose source is ``text``."""
    package = rel.split("/")[0]
    module = Module(rel)
    bound: dict[str, str] = {}  # a local name → the project module it stands for
    tree = ast.parse(text)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                module.imports.add(alias.name)
                local = alias.asname or alias.name.split(".")[0]
                bound[local] = alias.name if alias.asname else local
        elif isinstance(node, ast.ImportFrom):
            source = _absolute(rel, node)
            module.imports.add(source)
            for alias in node.names:
                full = f"{source}.{alias.name}"
                if _is_project_module(full):
                    module.imports.add(full)
                    bound[alias.asname or alias.name] = full
                elif _is_private(alias.name) and source.split(".")[0] != package:
                    module.private.add(f"{source}:{alias.name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _is_private(node.attr):
            owner = _dotted(node.value)
            if owner is None:
                continue
            head, _, rest = owner.partition(".")
            target = ".".join(filter(None, [bound.get(head, ""), rest])) if head in bound else ""
            if target and target.split(".")[0] in PROJECT and target.split(".")[0] != package:
                module.private.add(f"{target}:{node.attr}")
    return module


def _modules() -> dict[str, Module]:
    found: dict[str, Module] = {}
    for package in PACKAGES:
        for folder, dirs, files in os.walk(ROOT / package):  # symlinks (tools/neo4j/lib) not followed
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith(".py"):
                    path = Path(folder) / name
                    rel = str(path.relative_to(ROOT))
                    found[rel] = _parse(rel, path.read_text(encoding="utf-8"))
    return found


MODULES = _modules()


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _importers(prefix: str) -> set[str]:
    return {path for path, m in MODULES.items() if any(_under(n, prefix) for n in m.imports)}


@pytest.mark.parametrize("package", ["geoalign", "graph", "loaders", "bench", "queries", "seeds"])
def test_each_package_imports_only_the_floors_below_it(package: str) -> None:
    modules = [m for path, m in MODULES.items() if path.startswith(package + "/")]
    assert modules, f"no Python found in {package}/"
    allowed = MAY_IMPORT[package]
    offenders = {
        m.path: sorted(
            n
            for n in m.imports
            if n.split(".")[0] in PROJECT and not any(_under(n, prefix) for prefix in allowed)
        )
        for m in modules
    }
    assert not {path: names for path, names in offenders.items() if names}


def test_nothing_below_geoalign_points_up() -> None:
    up = _importers("geoalign")
    assert up, "nothing imports geoalign (is the scan reading the CLI?)"
    assert {path.split("/")[0] for path in up} <= {"geoalign", "bench", "tools"}


def test_loaders_take_only_the_model_from_graph() -> None:
    used = {n for path, m in MODULES.items() if path.startswith("loaders/") for n in m.imports}
    assert {n for n in used if _under(n, "graph")} == {"graph.model"}


def test_no_package_reaches_for_another_packages_private_names() -> None:
    reached = {path: sorted(m.private) for path, m in MODULES.items() if m.private}
    assert not reached, f"private names used across packages: {reached}"


def test_the_private_name_check_sees_every_spelling() -> None:
    """The check above must see ``from x import _y`` and ``module._y``, or it passes vacuously."""
    probe = _parse(
        "bench/probe.py",
        "from graph.store.ladybug_store import _rows\nfrom graph.store import ladybug_store\n"
        "x = ladybug_store._NODE_SCHEMA\nimport graph.store.base as base\ny = base._private\n"
        "from graph.model import __name__ as fine\nfrom .corpus import _own\n",
    )
    assert probe.imports >= {"graph.store.ladybug_store", "graph.store.base", "bench.corpus"}
    assert probe.private == {
        "graph.store.ladybug_store:_rows",
        "graph.store.ladybug_store:_NODE_SCHEMA",
        "graph.store.base:_private",
    }


# library → the modules that may import it. Benchmarks that measure against the bare library (pyvis'
# stock page, a raw LadybugDB schema) are named with the reason; nothing else in bench/ may.
LIBRARY_HOMES: dict[str, set[str]] = {
    "neo4j": {"graph/store/neo4j_store.py", "geoalign/neo4j_server.py"},
    "ladybug": {"graph/store/ladybug_store.py", "bench/ladybug_memory.py"},  # bench: the old schema
    "pyvis": {"graph/view/network.py", "bench/bench_view.py"},  # bench: pyvis' stock page
    "starlette": {"geoalign/serve/app.py", "geoalign/serve/security.py"},
    "uvicorn": {"geoalign/cli/serve.py"},
    "spacy": {path for path in MODULES if path.startswith("loaders/extract/")},
    "trafilatura": {"loaders/readers/html.py"},
    "matplotlib": {"graph/view/picture.py", "graph/analysis/files.py"},
}


@pytest.mark.parametrize(("library", "allowed"), sorted(LIBRARY_HOMES.items()))
def test_only_its_home_imports_each_engine_or_heavy_library(library: str, allowed: set[str]) -> None:
    importers = _importers(library)
    assert importers, f"nothing imports {library}"
    assert importers <= allowed, f"{library} imported outside its module: {sorted(importers - allowed)}"


def test_model_depends_on_nothing_in_the_project() -> None:
    names = MODULES["graph/model.py"].imports
    assert not {n for n in names if n.split(".")[0] in PROJECT}


def test_loaders_never_touch_a_store() -> None:
    offenders = {path for path in _importers("graph.store") if path.startswith("loaders/")}
    assert not offenders


def test_stores_do_not_import_loaders_views_or_cli() -> None:
    above = ("loaders", "geoalign", "graph.view", "graph.export")
    for path, m in MODULES.items():
        if path.startswith("graph/store/"):
            bad = {n for n in m.imports if n.startswith(above)}
            assert not bad, f"{path} imports {bad}"

"""Extraction in Dask worker processes gives what extraction in this process gives, in the same order."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from geofixture import canonical

from geoalign.cli import cli
from graph.store import open_store
from loaders import EXTRACT_WINDOW
from loaders.parallel import load_parallel

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough articles for several extractor windows (each text differs, so none is skipped as seen)."""
    folder = tmp_path_factory.mktemp("corpus")
    texts = sorted(SEEDS.glob("*.txt"))
    for i in range(EXTRACT_WINDOW + 5):
        seed = texts[i % len(texts)]
        body = seed.read_text(encoding="utf-8")
        (folder / f"{i:02d}-{seed.name}").write_text(f"{body}\n\nFiled as item {i}.\n", encoding="utf-8")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    return folder


def test_ingest_with_two_workers_stores_the_same_graph(corpus: Path, tmp_path: Path) -> None:
    graphs = []
    for workers in ("1", "2"):
        store = tmp_path / f"w{workers}.lbug"
        result = CliRunner().invoke(
            cli, ["--store", str(store), "ingest", "--quiet", "--workers", workers, str(corpus)]
        )
        assert result.exit_code == 2, result.output  # the broken file is reported, the rest stored
        assert "broken.json" in result.output
        with open_store(str(store)) as opened:
            graphs.append(canonical(opened.read()))
    assert graphs[0] == graphs[1]
    assert len(graphs[0][1]) == EXTRACT_WINDOW + 5  # every article, over several extractor windows
    assert len(graphs[0][2]) > 10


def test_workers_must_be_at_least_one(corpus: Path) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(load_parallel([corpus], workers=0))

"""Run the extractor on every NAME.txt of a folder and write NAME.json graphs in the scorer's format.

usage: python -m tests.extraction.score_export TEXT_DIR EXPORT_DIR

Stands in for ``geoalign export --format json`` until the CLI export exists: one graph per article,
built from that article alone; edge ends are node ids and edges with the same (source, type, target)
are merged. Article metadata (url, outlet, date) comes from a NAME.gold.json or catalog.csv beside
the text when there is one; nothing else is read from them.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

from graph.model import Article, Entity, Record, Relation, article_id, merge_relations
from loaders.base import ArticleText
from loaders.extract import extract
from loaders.extract.segment import headline


def article_text(path: Path, meta: dict[str, Any] | None = None) -> ArticleText:
    """An ArticleText for a plain .txt file: lines are blocks, the first is the title if it looks like one."""
    return article_from_text(path.read_text(encoding="utf-8"), str(path), meta)


def article_from_text(text: str, path: str | None = None, meta: dict[str, Any] | None = None) -> ArticleText:
    meta = meta or {}
    paragraphs, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append((pos, pos + len(line)))
        pos += len(line) + 1
    title = meta.get("title") or headline(text) or (Path(path).stem if path else "")
    return ArticleText(
        article_id(text),
        title,
        text,
        meta.get("url"),
        meta.get("outlet"),
        meta.get("date"),
        path,
        tuple(paragraphs),
    )


def metadata(path: Path) -> dict[str, Any]:
    gold = path.with_name(path.stem + ".gold.json")
    if gold.exists():
        data = json.loads(gold.read_text())
        return {k: data.get(k) for k in ("url", "outlet", "date")}
    catalog = path.with_name("catalog.csv")
    if catalog.exists():
        with catalog.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row.get("file") == path.name:
                    return {k: row.get(k) or None for k in ("url", "outlet", "date", "title")}
    return {}


def graph_json(path: Path, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    return records_json(extract(article_text(path, meta if meta is not None else metadata(path))))


def records_json(records: list[Record]) -> dict[str, Any]:
    """One article's records as the scorer's graph (what ``graph_json`` writes for its file)."""
    nodes = []
    for rec in records:
        if isinstance(rec, Entity):
            nodes.append(
                {"id": rec.id, "label": rec.label.value, "name": rec.name, "aliases": list(rec.aliases)}
            )
        elif isinstance(rec, Article):
            nodes.append({"id": rec.id, "label": "Article", "name": rec.title, "aliases": []})
    edges = []
    for rel in merge_relations([r for r in records if isinstance(r, Relation)]):
        edges.append(
            {
                "source": rel.source,
                "target": rel.target,
                "type": rel.type,
                "role": rel.role,
                "status": rel.status,
                "evidence": [
                    {
                        "quote": ev.quote,
                        "sentence": ev.sentence,
                        "start": ev.start,
                        "end": ev.end,
                        "modality": ev.modality.value,
                        "confidence": ev.confidence,
                    }
                    for ev in rel.evidence
                ],
            }
        )
    return {"nodes": nodes, "edges": edges}


def export_dir(text_dir: Path, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(text_dir.glob("*.txt")):
        target = out_dir / f"{path.stem}.json"
        target.write_text(json.dumps(graph_json(path), indent=1, ensure_ascii=False))
        written.append(target)
    return written


if __name__ == "__main__":
    for written in export_dir(Path(sys.argv[1]), Path(sys.argv[2])):
        print(written)

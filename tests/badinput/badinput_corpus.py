"""The bad-input corpus (issue 7, item 1): good articles mixed with every kind of bad file.

Generated into a folder at test time, because some of it is binary, huge, unreadable or a symlink
loop. ``python tests/badinput/badinput_corpus.py DIR`` writes it for trying ``geoalign ingest DIR``.
Each ``Bad`` names the problem ingesting the folder must report: its path, line and reason.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
HUGE_BYTES = 50 * 1024 * 1024

HEADER = "subject,subject_label,relation,object,object_label,date,source,quote,note"
FRENCH = (
    "La Serbie ne reconnaîtra pas les référendums\n"
    "Le ministre des Affaires étrangères a déclaré à Belgrade que la Serbie ne reconnaîtra pas les "
    "référendums organisés dans les régions occupées. « C'est inacceptable », a-t-il ajouté.\n"
)
RUSSIAN = (
    "Сербия не признает референдумы\n"
    "Министр иностранных дел Сербии Никола Селакович заявил, что Сербия не признает результаты "
    "референдумов. Об этом он сообщил в Белграде в воскресенье.\n"
)
PAGE = (
    "<!doctype html><html><head><title>Kazakhstan Will Not Recognize the Votes</title>"
    '<meta property="og:site_name" content="Example Wire">'
    '<meta name="date" content="2022-09-27">'
    "<script>document.title = 'SCRIPT TITLE'; fetch('https://tracker.example/x')</script></head><body>"
    "<nav>Home | World | Business</nav><article><h1>Kazakhstan Will Not Recognize the Votes</h1>"
    "<p>Kazakhstan will not recognize the results of the referendums held in occupied parts of Ukraine, "
    "a spokesman for its foreign ministry said on Tuesday, citing the principle of territorial "
    "integrity.</p><script>var injected = 'SCRIPT BODY';</script>"
    "<p>President Kassym-Jomart Tokayev had set out that position earlier in the month, the "
    "spokesman added in a statement issued in Astana.</p></article></body></html>"
)


@dataclass(frozen=True)
class Bad:
    """A problem the ingest must report: where (relative to the corpus) and a part of the reason."""

    path: str
    reason: str
    line: int | None = None


@dataclass(frozen=True)
class Corpus:
    root: Path
    good_titles: tuple[str, ...]  # one per article that must reach the store
    documents: int  # articles plus curated files with at least one valid row
    bad: tuple[Bad, ...]
    unreadable: Path


def make_corpus(root: Path) -> Corpus:
    """Write the corpus under ``root`` and say what ingesting it must give."""
    root.mkdir(parents=True, exist_ok=True)
    titles = _good(root)
    bad = _bad_files(root) + _bad_lines(root)
    unreadable = _write(root / "unreadable.txt", "A Locked Article\nNobody may read this.\n")
    unreadable.chmod(0)
    return Corpus(root, titles, len(titles) + 2, bad, unreadable)


def _good(root: Path) -> tuple[str, ...]:
    good = root / "good"
    good.mkdir()
    for name in (
        "dope-serbia-kazakhstan-ignore-vote.txt",
        "rferl-serbia-wont-recognize-referendums.txt",
        "catalog.csv",
    ):
        shutil.copy(SEEDS / name, good / name)
    _write(good / "page.html", PAGE)
    _write(
        good / "note.md",
        "---\ntitle: Armenia Freezes CSTO Participation\ndate: 2024-02-23\n---\n"
        "Armenia has frozen its participation in the CSTO, Prime Minister Nikol Pashinyan said.\n",
    )
    (good / "latin1.txt").write_bytes(FRENCH.encode("latin-1"))
    (good / "cp1251.txt").write_bytes(RUSSIAN.encode("cp1251"))
    _write(good / "facts.csv", f"{HEADER}\nSerbia,Country,SUPPORTS,Ukraine,Country,2022-09-25,MFA,,\n")
    return (
        "Serbia & Kazakhstan Say That They Will Ignore The Recent Results of Current Vote, Shocks Many "
        "As They Side With The US",
        "Balkan Ally Serbia Says It Won't Recognize Russia's Staged Votes In Occupied Ukraine",
        "Kazakhstan Will Not Recognize the Votes",
        "Armenia Freezes CSTO Participation",
        "La Serbie ne reconnaîtra pas les référendums",
        "Сербия не признает референдумы",
        "Wire Story One",
        "Wire Story Three",
    )


def _bad_files(root: Path) -> tuple[Bad, ...]:
    _write(root / "empty.txt", "")
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    (root / "photo.png").write_bytes(png)
    (root / "photo-named.txt").write_bytes(png)
    with zipfile.ZipFile(root / "archive.zip", "w") as zf:
        zf.writestr("inside.txt", "An Article Inside a Zip\nBody.\n")
    shutil.copy(root / "archive.zip", root / "archive-named.json")
    with open(root / "huge.txt", "w", encoding="utf-8") as fh:
        line = "Serbia said it would not recognize the votes held in occupied regions of Ukraine.\n"
        for _ in range(HUGE_BYTES // len(line) + 1):
            fh.write(line)
    _write(
        root / "scripts.html",
        "<html><head>"
        + "<script>var x = 1; document.write('x');</script>" * 500
        + "</head><body><script>alert('hi')</script><noscript>enable js</noscript></body></html>",
    )
    _write(root / "bad-date.md", "---\ndate: sometime soon\n---\nAn article with a date nobody can read.\n")
    _write(root / "wrong-columns.csv", "from,to,type\nSerbia,Russia,ALLY_OF\n")
    (root / "loop").symlink_to(root / "loop")
    (root / "good" / "back").symlink_to(root)
    (root / "gone.txt").symlink_to(root / "deleted.txt")
    return (
        Bad("empty.txt", "empty file"),
        Bad("photo.png", "unsupported file type '.png'"),
        Bad("photo-named.txt", "binary file (a PNG image)"),
        Bad("archive.zip", "unsupported file type '.zip'"),
        Bad("archive-named.json", "binary file (a zip archive"),
        Bad("huge.txt", "larger than the 20 MB limit"),
        Bad("scripts.html", "no article text"),
        Bad("bad-date.md", "bad date: 'sometime soon' is not a date"),
        Bad("wrong-columns.csv", "missing column(s): subject, subject_label", 1),
        Bad("loop", "symlink loop"),
        Bad("good/back", "symlink loop: leads back to"),
        Bad("gone.txt", "broken symlink"),
        Bad("unreadable.txt", "permission denied"),
    )


def _bad_lines(root: Path) -> tuple[Bad, ...]:
    lines = [
        json.dumps({"title": "Wire Story One", "text": "Serbia backed Ukraine's territorial integrity."}),
        '{"title": "Wire Story Two", "text": "unterminated',
        json.dumps({"title": "Wire Story Three", "text": "Kazakhstan stayed neutral.", "date": "2022-09-27"}),
    ]
    _write(root / "wire.jsonl", "\n".join(lines) + "\n")
    _write(
        root / "facts-mixed.csv",
        "\n".join(
            [
                HEADER,
                "Kazakhstan,Country,REJECTS,2022 annexation referendums,Event,2022-09-26,Spokesman,,",
                "Kazakhstan,Country,IGNORES,2022 annexation referendums,Event,2022-09-26,Spokesman,,",
                "Kazakhstan,Country,SIGNED,Russia,Country,2022-09-26,Spokesman,,",
                "Kazakhstan,Country,SUPPORTS,Ukraine,Country,26/09/2022,Spokesman,,",
            ]
        )
        + "\n",
    )
    return (
        Bad("wire.jsonl", "not valid JSON", 2),
        Bad("facts-mixed.csv", "unknown relation type 'IGNORES'", 3),
        Bad("facts-mixed.csv", "wrong label for the relation: SIGNED cannot connect Country", 4),
        Bad("facts-mixed.csv", "bad date: '26/09/2022' is not a date", 5),
    )


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


if __name__ == "__main__":  # pragma: no cover - a manual aid
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "badinput-corpus")
    corpus = make_corpus(target)
    print(f"wrote {target}: {len(corpus.good_titles)} good articles, {len(corpus.bad)} expected problems")
    if os.geteuid() == 0:
        print("note: running as root, so unreadable.txt is still readable")

"""Which files are read and in what order, and how bytes become text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.model import Article
from loaders import count_files, load
from loaders.base import Loaded, Problem
from loaders.readers import walk
from loaders.readers.article import MAX_ARTICLE_CHARS
from loaders.readers.decode import ReadError, read_bytes

FRENCH = (
    "Le ministre des Affaires étrangères a déclaré que la Serbie ne reconnaîtra pas les référendums "
    "organisés à Donetsk. « C'est inacceptable », a-t-il ajouté à Belgrade.\n"
)
RUSSIAN = (
    "Министр иностранных дел Сербии Никола Селакович заявил, что Сербия не признает результаты "
    "референдумов. Об этом он сообщил в Белграде в воскресенье.\n"
)


def write(path: Path, text: str = "A Headline Here\nSome body text.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def names(items: list[Path | Problem]) -> list[str]:
    return [str(i) for i in items]


def test_folders_are_read_recursively_in_name_order_skipping_hidden_and_dunder_entries(
    tmp_path: Path,
) -> None:
    for rel in (
        "b.txt",
        "a/z.md",
        "a/c.txt",
        ".hidden/x.txt",
        ".DS_Store",
        "__pycache__/m.txt",
        "catalog.csv",
    ):
        write(tmp_path / rel)
    found = list(walk([tmp_path]))
    assert names(found) == [str(tmp_path / "a/c.txt"), str(tmp_path / "a/z.md"), str(tmp_path / "b.txt")]
    assert count_files([tmp_path]) == 3


def test_a_file_reached_twice_is_read_once(tmp_path: Path) -> None:
    target = write(tmp_path / "a.txt")
    (tmp_path / "link.txt").symlink_to(target)
    assert names(list(walk([tmp_path, target]))) == [str(target)]


def test_symlink_loops_and_broken_links_are_problems(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    (tmp_path / "self").symlink_to(tmp_path / "self")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    found = list(walk([tmp_path]))
    problems = {Path(p.path).name: p.reason for p in found if isinstance(p, Problem)}
    assert problems == {
        "self": "symlink loop",
        "up": f"symlink loop: leads back to {tmp_path}",
        "dangling.txt": f"broken symlink to {tmp_path / 'nowhere.txt'}",
    }
    assert [p for p in found if isinstance(p, Path)] == [tmp_path / "a.txt"]


def test_a_named_path_that_does_not_exist_is_a_problem(tmp_path: Path) -> None:
    (item,) = list(load([tmp_path / "nope.txt"]))
    assert isinstance(item, Problem) and item.reason == "no such file or folder"


def test_a_pipe_is_reported_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (item,) = list(load([tmp_path]))
    assert isinstance(item, Problem) and item.reason.startswith("not a regular file")


@pytest.mark.parametrize(("text", "encoding"), [(FRENCH, "latin-1"), (RUSSIAN, "cp1251"), (FRENCH, "utf-16")])
def test_articles_in_other_encodings_are_decoded(tmp_path: Path, text: str, encoding: str) -> None:
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    (item,) = list(load([tmp_path]))
    assert isinstance(item, Loaded)
    (article,) = [r for r in item.records if isinstance(r, Article)]
    assert article.title == text.strip()[:120].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file (a PNG image), not text"),
        (b"PK\x03\x04" + bytes(64), "binary file (a zip archive (or .docx/.xlsx)), not text"),
        (b"text with a \x00 NUL byte", "binary file (contains NUL bytes), not text"),
    ],
)
def test_unreadable_contents_are_problems(tmp_path: Path, data: bytes, reason: str) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    (item,) = list(load([tmp_path]))
    assert isinstance(item, Problem) and item.reason == reason


def test_an_article_longer_than_the_extractor_takes_is_a_problem(tmp_path: Path) -> None:
    sentence = "Serbia said it would not recognize the votes. "
    write(tmp_path / "long.txt", sentence * (MAX_ARTICLE_CHARS // len(sentence) + 1))
    (item,) = list(load([tmp_path]))
    assert isinstance(item, Problem)
    assert "over the limit of 1,000,000" in item.reason


def test_an_unsupported_type_is_a_problem(tmp_path: Path) -> None:
    write(tmp_path / "notes.docx")
    (item,) = list(load([tmp_path]))
    assert isinstance(item, Problem) and item.reason == "unsupported file type '.docx'"


def test_a_catalog_named_on_its_own_is_a_problem_not_facts(tmp_path: Path) -> None:
    write(tmp_path / "catalog.csv", "file,outlet,url,date,title\n")
    (item,) = list(load([tmp_path / "catalog.csv"]))
    assert isinstance(item, Problem) and "ingest its folder" in item.reason


def test_many_bad_lines_in_one_file_are_counted_past_a_limit(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl", "not json\n" * 80)
    items = list(load([tmp_path]))
    assert len(items) == 51
    assert items[-1] == Problem(str(tmp_path / "a.jsonl"), "30 more problem(s) in this file not listed")


@pytest.mark.parametrize("path", [Path("/proc/self/status")])
def test_a_file_whose_size_on_disk_lies_is_still_read_only_up_to_the_limit(path: Path) -> None:
    if not path.exists() or path.stat().st_size:
        pytest.skip("needs a /proc file that reports size 0")
    with pytest.raises(ReadError, match="file is larger than the"):
        read_bytes(path, limit=10)
    assert read_bytes(path, limit=1 << 20).startswith(b"Name:")

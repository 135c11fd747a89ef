"""The oracle for search tests: plain Whoosh over broadsheet's exported articles, and a corpus."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from typer.testing import CliRunner
from whoosh.analysis import (
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
)
from whoosh.fields import DATETIME, ID, TEXT, Schema
from whoosh.index import create_in
from whoosh.lang.porter2 import stem
from whoosh.qparser import FuzzyTermPlugin, GtLtPlugin, MultifieldParser
from whoosh.support.charset import accent_map

from index.store.hyphens import WORD_EXPRESSION, HyphenFilter
from index.store.initialisms import InitialismFilter
from index.store.phrase_stops import PhraseStopFilter
from index.store.schema import FOLD_MORE
from tui.cli import app

FIELDS = ["title", "body", "byline", "source", "dateline"]
"""The fields the README says a query without a field name searches."""


def export(corpus: Path, index_dir: Path, out: Path) -> list[dict[str, Any]]:
    """Build broadsheet's index of ``corpus`` and read its articles back with `export`."""
    runner = CliRunner()
    result = runner.invoke(
        app,
        ["export", "--format", "jsonl", "-o", str(out), "-c", str(corpus)],
        env={"BROADSHEET_INDEX_DIR": str(index_dir)},
    )
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


class Oracle:
    """Plain Whoosh: the documented analyzers (`StemmingAnalyzer` with Porter2,
    `StandardAnalyzer`, each
    with Whoosh's accent folding, and the few letters it leaves (`FOLD_MORE`: "ß" to "ss"),
    after lower-casing, the stop list on a query's loose words only, `PhraseStopFilter`,
    and hyphenated words split and runs of Chinese, Japanese or Korean paired,
    `HyphenFilter`, and initialisms one word, `InitialismFilter`; its `WORD_EXPRESSION`
    keeps a word whose "?" stands for a lost letter whole, "dudenh?ffer", sx44) and parser,
    nothing else of broadsheet's own. What broadsheet adds for such words, a whole word
    finding the copies one "?" less (`index.search.lost_letters`), plain Whoosh has not:
    the generated corpora (`write_corpus`) hold no "?", so no query here meets it
    (`tests/search/test_lost_letters.py` checks it against set logic)."""

    def __init__(self, articles: list[dict[str, Any]], folder: Path) -> None:
        fold = CharsetFilter(accent_map | {ord(c): v for c, v in FOLD_MORE.items()})
        words = RegexTokenizer(WORD_EXPRESSION) | HyphenFilter() | InitialismFilter()
        names = words | LowercaseFilter() | fold | PhraseStopFilter()
        text = names | StemFilter(stemfn=stem)
        schema = Schema(
            id=ID(stored=True, unique=True),
            title=TEXT(analyzer=text),
            body=TEXT(analyzer=text),
            byline=TEXT(analyzer=names),
            source=TEXT(analyzer=names),
            dateline=TEXT(analyzer=names),
            date=DATETIME(),
        )
        folder.mkdir(parents=True, exist_ok=True)
        self.ix = create_in(str(folder), schema)
        big = len(articles) > 1000
        writer = self.ix.writer(procs=2, multisegment=True) if big else self.ix.writer()
        for article in articles:
            doc = {"id": article["id"], "title": article["title"], "body": article["body"]}
            for name in ("byline", "source", "dateline"):
                if article[name]:
                    doc[name] = article[name]
            if article["date"]:
                doc["date"] = datetime.fromisoformat(article["date"])
            writer.add_document(**doc)
        writer.commit()
        self.parser = MultifieldParser(FIELDS, schema, fieldboosts={"title": 2.0})
        self.parser.add_plugin(FuzzyTermPlugin())
        self.parser.add_plugin(GtLtPlugin())
        self.all = {article["id"] for article in articles}

    def ids(self, query: str) -> set[str]:
        """The ids plain Whoosh finds for ``query`` ("" finds every article)."""
        if not query:
            return set(self.all)
        with self.ix.searcher() as searcher:
            hits = searcher.search(self.parser.parse(query), limit=None)
            return {hit["id"] for hit in hits}


WORDS = [
    "ceasefire",
    "troops",
    "truce",
    "peacekeepers",
    "peacekeeping",
    "sanctions",
    "pipeline",
    "election",
    "refugees",
    "harbour",
    "harbours",
    "strike",
    "frost",
    "blossom",
    "budget",
    "minister",
    "ministers",
    "protest",
    "treaty",
    "border",
    "drone",
    "vote",
    "parliament",
    "tariff",
    "grain",
    "export",
    "exports",
    "dam",
    "spillway",
    "evacuation",
    "pro-Russian",
    "talks",
    "militia",
    "convoy",
    "reactor",
    "devos",
    "devoting",
    "oroville",
    "brexit",
]
FILLER = [
    "the",
    "of",
    "and",
    "a",
    "in",
    "to",
    "said",
    "on",
    "with",
    "by",
    "for",
    "was",
    "were",
    "from",
    "its",
    "at",
    "after",
]
PHRASES = ("security council", "pay deal", "article 50", "united nations")
SOURCES = ("Wire", "Other Wire", "Valley Gazette", "The Hill", "BBC News", None)
BYLINES = ("Jane Doe", "Daniel Bases", "Kate Kelland", None, None)
DATELINES = ("UNITED NATIONS, March 20", "MOSCOW, February 7", "OROVILLE, Feb 13", None, None)
BOUNDARIES = (
    datetime(2017, 3, 15),  # the first and last moments of a day strict ranges exclude
    datetime(2017, 3, 15, 23, 59, 59),
    datetime(2017, 3, 16),
    datetime(2017, 2, 28, 23, 30),
    datetime(2017, 3, 1),
)


def write_corpus(path: Path, count: int = 240, seed: int = 11) -> Path:
    """A JSON Lines corpus of ``count`` articles made of `WORDS`, dated around early 2017."""
    rng = random.Random(seed)
    start = datetime(2016, 12, 1)
    lines = []
    for n in range(count):
        words = [rng.choice(WORDS if rng.random() < 0.5 else FILLER) for _ in range(40)]
        for _ in range(rng.randint(0, 2)):
            words.insert(rng.randrange(len(words)), rng.choice(PHRASES))
        if n < len(BOUNDARIES):
            date: datetime | None = BOUNDARIES[n]
        elif rng.random() < 0.1:
            date = None
        else:
            date = start + timedelta(minutes=rng.randrange(120 * 24 * 60))
        record = {
            "id": f"g{n:03d}",
            "title": " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5))).capitalize(),
            "source": rng.choice(SOURCES),
            "byline": rng.choice(BYLINES),
            "dateline": rng.choice(DATELINES),
            "date": date.isoformat() if date else None,
            "body": " ".join(words).capitalize() + ".",
        }
        lines.append(json.dumps({k: v for k, v in record.items() if v is not None}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path

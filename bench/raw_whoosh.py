"""A minimal raw-Whoosh program, the baseline that `python -m bench` runs as a whole process.

It is what a user would write to index and search a JSON Lines corpus with plain Whoosh:
the same analyzer as broadsheet's text fields (`StemmingAnalyzer` with Porter2, accents
folded, checked against `index.store.schema` by the tests; but runs of Chinese, Japanese or
Korean, which broadsheet indexes as pairs of characters and this script as one word: the
bench corpora have none), the
same documents read from the same file, title and body
searched with the title counting twice. It imports nothing from broadsheet, so its startup
is Python's and Whoosh's only::

    python bench/raw_whoosh.py build CORPUS.jsonl INDEX_DIR --procs 2
    python bench/raw_whoosh.py search INDEX_DIR 'crude oil'      # top 20 as JSON
    python bench/raw_whoosh.py update INDEX_DIR a.json b.json    # re-index these records
    python bench/raw_whoosh.py related INDEX_DIR ID     # its stored fields, more_like_this

With ``--procs`` above 1 it uses Whoosh's own multiprocess writer (``procs=``), as the
Whoosh documentation suggests for a faster build.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from whoosh.analysis import (
    STOP_WORDS,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.fields import DATETIME, ID, TEXT, Schema
from whoosh.index import create_in, open_dir
from whoosh.lang.porter2 import stem
from whoosh.qparser import FuzzyTermPlugin, GtLtPlugin, MultifieldParser
from whoosh.support.charset import accent_map

FOLD_MORE = {"ß": "ss", "æ": "ae", "œ": "oe", "ĳ": "ij", "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl"}
FOLD_MORE |= {"ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "\u0307": "", "\ufffd": "?"}
"""What broadsheet folds beyond Whoosh's accent_map (its `FOLD_MORE`, written out: this
script imports nothing of broadsheet's)."""

WRITER_LIMIT_MB = 256
"""The writer's memory, split between the processes (broadsheet's writer has the same)."""
FIELDS = ("title", "body")
BOOSTS = {"title": 2.0}


class KeptStops(StopFilter):  # type: ignore[misc]
    """The stop list on a query's loose words only, as broadsheet's `PhraseStopFilter`: the
    index and a quoted phrase (parsed with ``chars=True``) keep every word."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            whole = token.mode == "index" or (token.mode == "query" and token.chars)
            word = len(token.text) >= self.min and token.text not in self.stops
            if whole or word or not token.removestops:
                yield token


WORD = r"\w+(?:[.-]\w+)*"
"""Words as broadsheet's tokenizer reads them: "U.S" and "G-7" one word each."""
_CHAIN = re.compile(r"\w+(?:[.-]\w+)*-\w+(?:[.-]\w+)*")


class Hyphens(Filter):  # type: ignore[misc]
    """Broadsheet's `HyphenFilter`, written again: "G-7" is the parts g, 7 in a phrase and
    in the index; "g7" as a loose query word, and in the index after a gap of 100 positions
    (the joined form of each run of parts holding a single character, number or stop word;
    only the whole word's past 6 parts)."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        added, pos, tail, token = 0, 0, [], None
        for token in tokens:
            text = token.text
            if "-" not in text or not _CHAIN.fullmatch(text):
                if token.positions:
                    token.pos += added
                    pos = token.pos
                yield token
                continue
            parts = text.split("-")
            offsets = [token.startchar if token.chars else 0]
            for part in parts:
                offsets.append(offsets[-1] + len(part) + 1)
            weak = [len(p) < 2 or p.isdigit() or p.lower() in STOP_WORDS for p in parts]
            typed = [w and not (_loud(p) and p.isalpha()) for w, p in zip(weak, parts, strict=True)]
            if any(typed) and token.mode == "query" and not token.chars:
                token.text = "".join(parts)
                yield token
                continue
            n = len(parts)
            runs = [(0, n)] if n > 6 else [(i, j) for i in range(n) for j in range(i + 2, n + 1)]
            if token.mode == "index":
                tail += [
                    (offsets[i], offsets[j] - 1, "".join(parts[i:j]))
                    for i, j in runs
                    if any(weak[i:j])
                ]
            base = token.pos + added if token.positions else 0
            for k, part in enumerate(parts):
                token.text, token.stopped = part, False
                if token.positions:
                    token.pos = pos = base + k
                if token.chars:
                    token.startchar, token.endchar = offsets[k], offsets[k + 1] - 1
                yield token
            added += n - 1
        yield from _tail(token, pos, tail)


_DOTTED = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")


def _loud(text: str) -> bool:
    """Written in capitals (two letters or more)."""
    return len(text) > 1 and text.isupper()


class Initialisms(Filter):  # type: ignore[misc]
    """Broadsheet's `InitialismFilter`, written again: a dotted initialism is its letters
    joined ("N.A.T.O" is "nato"), but one whose letters make a stop word keeps its dots
    ("U.S"), and so does a stop word in capitals ("US" is "U.S"); shouted (each word beside
    it in capitals: "LET US PRAY"; but not "US" first in its field) the index holds both
    "U.S" and the word at its position. A query's words are read alone."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        held: Any = None
        around: bool | None = None  # the word before the held one: in capitals?
        before: bool | None = None
        last: int | None = None
        for token in tokens:
            text = token.text
            if token.mode == "query":
                if "." in text or text.isupper():
                    token.text = _alone(text)
                yield token
                continue
            gap = token.positions and last is not None and token.pos > last + 1
            if token.positions:
                last = token.pos
            if held is not None:
                yield from _settle(held, around, None if gap else _loud(text))
                held = None
            if gap:
                before = None
                yield token
                continue
            if _loud(text) and text.isalpha() and text.lower() in STOP_WORDS:
                held, around = token.copy(), before
            else:
                if "." in text:
                    token.text = _alone(text)
                yield token
            before = _loud(text)
        if held is not None:
            yield from _settle(held, around, None)


def _alone(text: str) -> str:
    """A word's term read alone: a dotted initialism's letters (dotted if a stop word), a
    stop word in capitals dotted, else the word."""
    if "." in text and _DOTTED.fullmatch(text):
        letters = text.replace(".", "")
        return ".".join(letters) if letters.lower() in STOP_WORDS else letters
    if _loud(text) and text.isalpha() and text.lower() in STOP_WORDS:
        return ".".join(text)
    return text


def _settle(held: Any, before: bool | None, after: bool | None) -> Iterator[Any]:
    """A held stop word in capitals: its dotted form, and the word at the same position if
    shouted."""
    word = held.text
    held.text = ".".join(word)
    yield held
    first = before is None and (after is None or word.lower() in ("us", "me", "him", "them"))
    if not first and before is not False and after is not False:
        plain = held.copy()
        plain.text = word
        yield plain


def _tail(token: Any, at: int, tail: list[tuple[int, int, str]]) -> Iterator[Any]:
    """``tail``'s forms as ``token`` (reused), each 101 positions after the one before."""
    for start, end, text in tail:
        token.text, token.stopped = text, False
        if token.positions:
            at += 101
            token.pos = at
        if token.chars:
            token.startchar, token.endchar = start, end
        yield token


# an index pickles its schema, so the filters' classes by module and name: one name whether
# the script runs (``__main__``) or a bench imports it (``bench.raw_whoosh``), so that either
# can open the other's index
KeptStops.__module__ = Hyphens.__module__ = Initialisms.__module__ = "raw_whoosh"
sys.modules.setdefault("raw_whoosh", sys.modules[__name__])


def raw_schema() -> Schema:
    """The smallest schema that answers the same queries: id, title, date, body."""
    fold = CharsetFilter(accent_map | {ord(c): v for c, v in FOLD_MORE.items()})
    words = RegexTokenizer(WORD) | Hyphens() | Initialisms()
    text = words | LowercaseFilter() | fold | KeptStops() | StemFilter(stemfn=stem)
    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=text, stored=True),
        date=DATETIME(stored=True),
        body=TEXT(analyzer=text, stored=True),
    )


def document(row: dict[str, Any]) -> dict[str, Any]:
    """One corpus record as a Whoosh document."""
    doc: dict[str, Any] = {
        "id": str(row["id"]),
        "title": row.get("title") or "",
        "body": row.get("body") or "",
    }
    if row.get("date"):
        doc["date"] = datetime.fromisoformat(row["date"])
    return doc


def records(corpus: Path) -> Iterator[dict[str, Any]]:
    """The documents of a JSON Lines corpus."""
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield document(json.loads(line))


def build(corpus: Path, index_dir: Path, procs: int) -> int:
    """Index a JSON Lines corpus; returns the document count."""
    index_dir.mkdir(parents=True, exist_ok=True)
    ix = create_in(str(index_dir), raw_schema())
    if procs > 1:
        writer = ix.writer(procs=procs, limitmb=WRITER_LIMIT_MB // procs, multisegment=True)
    else:
        writer = ix.writer(limitmb=WRITER_LIMIT_MB)
    count = 0
    for doc in records(corpus):
        writer.add_document(**doc)
        count += 1
    writer.commit()
    ix.close()
    return count


def parser(schema: Schema) -> MultifieldParser:
    """Title and body, the title boosted; fuzzy terms and ``date:>...`` as in broadsheet."""
    qp = MultifieldParser(list(FIELDS), schema, fieldboosts=BOOSTS)
    qp.add_plugin(FuzzyTermPlugin())
    qp.add_plugin(GtLtPlugin())
    return qp


def search(index_dir: Path, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """The best ``limit`` hits, each with its title, date, score and a body snippet."""
    ix = open_dir(str(index_dir))
    with ix.searcher() as searcher:
        results = searcher.search(parser(ix.schema).parse(text), limit=limit)
        return [
            {
                "id": hit["id"],
                "title": hit["title"],
                "date": hit["date"].isoformat() if hit.get("date") else None,
                "score": round(hit.score or 0.0, 4),
                "snippet": hit.highlights("body"),
            }
            for hit in results
        ]


def update(index_dir: Path, files: list[Path]) -> int:
    """Re-index the records in ``files`` (one JSON object each), replacing them by id."""
    ix = open_dir(str(index_dir))
    writer = ix.writer(limitmb=WRITER_LIMIT_MB)
    for path in files:
        writer.update_document(**document(json.loads(path.read_text(encoding="utf-8"))))
    writer.commit()
    ix.close()
    return len(files)


def related(index_dir: Path, article_id: str, top: int = 10) -> dict[str, Any]:
    """An article's stored fields and Whoosh's own related (``more_like_this`` on its body).

    ``index_dir`` may be broadsheet's generation folder: it is opened with this script's
    schema, so the schema pickled there (broadsheet's analyzer classes) is never loaded.
    """
    ix = open_dir(str(index_dir), schema=raw_schema())
    with ix.searcher() as searcher:
        docnum = searcher.document_number(id=article_id)
        if docnum is None:
            raise SystemExit(f"no article {article_id!r}")
        fields = searcher.stored_fields(docnum)
        body = fields.get("body") or ""
        found = searcher.more_like(docnum, "body", text=body, top=top)
        return {
            "id": fields["id"],
            "title": fields.get("title"),
            "date": fields["date"].isoformat() if fields.get("date") else None,
            "related": [
                {"id": hit["id"], "title": hit.get("title"), "score": round(hit.score or 0.0, 4)}
                for hit in found
            ],
        }


def main(argv: list[str] | None = None) -> int:
    """The command line above."""
    args = argparse.ArgumentParser(description="plain Whoosh over a JSON Lines corpus")
    commands = args.add_subparsers(dest="command", required=True)
    build_args = commands.add_parser("build")
    build_args.add_argument("corpus", type=Path)
    build_args.add_argument("index_dir", type=Path)
    build_args.add_argument("--procs", type=int, default=1)
    search_args = commands.add_parser("search")
    search_args.add_argument("index_dir", type=Path)
    search_args.add_argument("query")
    update_args = commands.add_parser("update")
    update_args.add_argument("index_dir", type=Path)
    update_args.add_argument("files", type=Path, nargs="+")
    related_args = commands.add_parser("related")
    related_args.add_argument("index_dir", type=Path)
    related_args.add_argument("article_id")
    given = args.parse_args(argv)
    if given.command == "build":
        print(json.dumps({"docs": build(given.corpus, given.index_dir, given.procs)}))
    elif given.command == "search":
        print(json.dumps(search(given.index_dir, given.query), ensure_ascii=False))
    elif given.command == "related":
        print(json.dumps(related(given.index_dir, given.article_id), ensure_ascii=False))
    else:
        print(json.dumps({"docs": update(given.index_dir, given.files)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Prefixes over Porter2 stems against the words as written: what ``p*`` finds, checked.

The text fields index stems only; a prefix is expanded over the stems starting with it and
the stems of the words it begins, read from the segments' lists of words
(`index.search.prefixes`, `index.store.words`; px34, before which it guessed them from
Porter2's endings). The oracle is sr33's exact version
(branch sr33, 994bc71), which kept every article's words as written and expanded a prefix
over them: ``p*`` finds the articles sharing a stem with a word of any title or body that
starts with p. Here that set is worked out in Python from the same analyzers, so one index
is built, not two (sr33's own index gives the same sets: its tests hold it to them).

For each prefix, three sets: *needed*, the articles with a word starting with p in the
field(s) searched (a prefix must find them all: recall), *exact*, sr33's, and *found*, the
search's. Extra hits are found minus exact (precision). Prefixes: every 4 to 8 letter
prefix of ``--words`` random words of the slice's bodies (seeded), plus nu34's
``investigat*``, ``evacuat*`` and ``title:investigat*`` and rv34's ``governo*`` and
``franci*``::

    python -m bench.prefix_oracle --limit 2000 --seed 2

Prints one line per prefix that misses or has extra hits, then the totals.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FIXED = ("investigat*", "evacuat*", "title:investigat*", "governo*", "franci*")
"""nu34's and rv34's prefixes, always run."""


@dataclass
class Article:
    """One article's id, and per text field its words as written and its stems."""

    id: str
    words: dict[str, set[str]]
    stems: dict[str, set[str]]


def read_articles(path: Path, limit: int) -> list[dict[str, str]]:
    """The first ``limit`` records of a JSON Lines corpus (id, title, body)."""
    found: list[dict[str, str]] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if len(found) >= limit:
                break
            record = json.loads(line)
            found.append(
                {
                    "id": str(record["id"]),
                    "title": record.get("title") or "",
                    "body": record.get("body") or "",
                }
            )
    return found


INDEXED = {"mode": "index", "positions": True}
"""How Whoosh analyses a text field's text to index it (`InitialismFilter` reads positions)."""


def analyse(records: Iterable[dict[str, str]]) -> list[Article]:
    """Each record's words as written (`make_words_analyzer`) and stems (`TEXT_ANALYZER`),
    as the index analyses them."""
    from index.store.schema import TEXT_ANALYZER, TEXT_FIELDS, make_words_analyzer

    words_of = make_words_analyzer()
    articles = []
    for record in records:
        words = {
            name: {token.text for token in words_of(record[name], **INDEXED)}
            for name in TEXT_FIELDS
        }
        stems = {
            name: {token.text for token in TEXT_ANALYZER(record[name], **INDEXED)}
            for name in TEXT_FIELDS
        }
        articles.append(Article(record["id"], words, stems))
    return articles


def build(records: list[dict[str, str]], folder: str) -> Any:
    """A Whoosh index of the records (id, title, body) with broadsheet's schema, its words
    listed as the build lists them (`index.store.words_writer.WordsWriter`)."""
    from whoosh.index import create_in

    from index.store.schema import make_schema
    from index.store.words_writer import WordsWriter

    index = create_in(folder, make_schema())
    writer = WordsWriter(index)
    for record in records:
        writer.add_document(**record)
    writer.commit()
    return index


def pick_prefixes(articles: list[Article], count: int, seed: int) -> list[str]:
    """Every 4 to 8 letter prefix of ``count`` random distinct body words (of 5 letters or
    more, letters only), then nu34's; in the order made, each once."""
    vocabulary = sorted(
        {word for article in articles for word in article.words["body"] if word.isalpha()}
    )
    vocabulary = [word for word in vocabulary if len(word) >= 5]
    chosen = random.Random(seed).sample(vocabulary, min(count, len(vocabulary)))
    found = [word[:size] + "*" for word in chosen for size in range(4, min(8, len(word) - 1) + 1)]
    return list(dict.fromkeys(found + list(FIXED)))


def fields_of(query: str) -> tuple[tuple[str, ...], str]:
    """The text fields a prefix query searches, and the prefix itself."""
    if ":" in query:
        field, text = query.split(":", 1)
        return (field,), text[:-1]
    return ("title", "body"), query[:-1]


def oracle(articles: list[Article], query: str) -> tuple[set[str], set[str]]:
    """The articles the prefix must find (a word it begins, in a field searched) and sr33's
    exact set (a stem shared with a word of any title or body it begins)."""
    from index.store.schema import stem

    fields, prefix = fields_of(query)
    needed = {
        article.id
        for article in articles
        if any(word.startswith(prefix) for name in fields for word in article.words[name])
    }
    written = {word for article in articles for words in article.words.values() for word in words}
    stems = {stem(word) for word in written if word.startswith(prefix)}
    exact = {
        article.id for article in articles if any(article.stems[name] & stems for name in fields)
    }
    return needed, exact


def search(index: Any, query: str) -> set[str]:
    """The ids the search finds for ``query``: broadsheet's parser and expansion."""
    from index.search.query import make_parser, parse_query

    parser = make_parser(index.schema)
    parsed = parse_query(query, parser, lambda _: [])
    with index.searcher() as searcher:
        return {hit["id"] for hit in searcher.search(parsed, limit=None)}


def why(articles: list[Article], query: str, missed: set[str]) -> str:
    """The words a missed article has that the prefix begins, with their stems."""
    from index.store.schema import stem

    fields, prefix = fields_of(query)
    words = sorted(
        {
            word
            for article in articles
            if article.id in missed
            for name in fields
            for word in article.words[name]
            if word.startswith(prefix)
        }
    )
    return ", ".join(f"{word}->{stem(word)}" for word in words[:6])


def main(argv: list[str] | None = None) -> int:
    """Build the slice's index, run the prefixes and print what they miss and add."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpora = Path(os.environ.get("BROADSHEET_CORPORA", "/work/shared/corpora"))
    parser.add_argument("--corpus", type=Path, default=corpora / "newsarticles.jsonl")
    parser.add_argument("--limit", type=int, default=2000, help="articles read (first N)")
    parser.add_argument("--words", type=int, default=100, help="random words to cut")
    parser.add_argument("--seed", type=int, default=2, help="which words (1 tunes, 2 reports)")
    args = parser.parse_args(argv)
    from index.search.prefixes import prefix_stems

    records = read_articles(args.corpus, args.limit)
    articles = analyse(records)
    prefixes = pick_prefixes(articles, args.words, args.seed)
    needed_total = missed_total = exact_total = found_total = extra_total = 0
    exact_missed = 0
    with_extra = 0
    cpu: list[float] = []
    with tempfile.TemporaryDirectory(prefix="prefix_oracle") as folder:
        index = build(records, folder)
        reader = index.reader()
        for query in prefixes:
            start = time.process_time()
            prefix_stems(reader, fields_of(query)[1])
            cpu.append(time.process_time() - start)
            needed, exact = oracle(articles, query)
            found = search(index, query)
            missed, extra = needed - found, found - exact
            needed_total += len(needed)
            missed_total += len(missed)
            exact_total += len(exact)
            exact_missed += len(exact - found)
            found_total += len(found)
            extra_total += len(extra)
            with_extra += bool(extra)
            if missed or extra or exact - found:
                line = f"{query:22} needed {len(needed):4} exact {len(exact):4}"
                line += f" found {len(found):4} missed {len(missed)} extra {len(extra)}"
                if exact - found:
                    line += f" (exact missed {len(exact - found)})"
                if missed:
                    line += f": {why(articles, query, missed)}"
                print(line)
        reader.close()
    print(
        f"{len(prefixes)} prefixes over {len(records)} articles (seed {args.seed}): "
        f"needed {needed_total} article hits, missed {missed_total} "
        f"(recall {1 - missed_total / max(1, needed_total):.4%}); "
        f"sr33's exact {exact_total}, missed {exact_missed}; "
        f"found {found_total}, extra {extra_total} in {with_extra} prefixes "
        f"(precision against exact {1 - extra_total / max(1, found_total):.4%})"
    )
    cpu.sort()
    print(
        f"prefix_stems CPU per prefix: median {cpu[len(cpu) // 2] * 1000:.1f} ms, "
        f"max {cpu[-1] * 1000:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""`python -m bench.clean_dump`: every cleaned article of the shared corpora, to diff a cleaning
change before and after (fx173; earlier helpers' scratch scripts did this in four layouts).

Each corpus's articles are cleaned three ways: as its JSON records are indexed (``record``:
`read_source`, the record's title, outlet and date given), as a text file of the body alone
(``body``) and as one with the title, outlet and date lines over the body (``head``), read
by `extract` as a pasted file is. One JSON line per article and layout: its id, the facts
found, the body and what was removed. ``--compare A B`` prints the rows that differ, field
by field, and a count per corpus and layout::

    python -m bench.clean_dump --out /tmp/before.jsonl     # on the base commit
    python -m bench.clean_dump --out /tmp/after.jsonl      # on the change
    python -m bench.clean_dump --compare /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.common import CORPORA
from index.ingest.readers import read_source, scan
from index.ingest.sanitize import sanitize
from index.text.extract import extract

NAMES = ("newsarticles.jsonl", "allsides_stories.jsonl", "reuters21578.jsonl")
FIELDS = ("title", "source", "byline", "dateline", "date", "updated", "body", "removed")


def _row(corpus: str, layout: str, article_id: str, found: Any) -> dict[str, Any]:
    extra = getattr(found, "extra", None) or {}
    updated = extra.get("updated") if extra else getattr(found, "updated", None)
    values = {name: getattr(found, name, None) for name in FIELDS if name != "updated"}
    values["updated"] = updated
    values = {k: (str(v) if v is not None and k != "removed" else v) for k, v in values.items()}
    values["removed"] = list(found.removed)
    return {"corpus": corpus, "layout": layout, "id": article_id, **values}


def rows(corpora: Path) -> Iterator[dict[str, Any]]:
    """Every article of the corpora, in the three layouts."""
    for name in NAMES:
        sources, _ = scan(corpora / name)
        for source in sources:
            for article in read_source(source).articles:
                yield _row(name, "record", article.id, article)
        with (corpora / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                body = record.get("body") or ""
                yield _row(name, "body", record["id"], extract(sanitize(body)))
                head = [record.get(k) or "" for k in ("title", "source", "date")]
                text = "\n\n".join([*(h for h in head if h), body])
                yield _row(name, "head", record["id"], extract(sanitize(text)))


def compare(before: Path, after: Path, show: int) -> int:
    """Print the rows of ``after`` that differ from ``before``'s, and counts."""
    old = {}
    with before.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            old[(row["corpus"], row["layout"], row["id"])] = row
    changed: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    with after.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            key = (row["corpus"], row["layout"], row["id"])
            total[key[:2]] += 1
            was = old.get(key)
            if was == row:
                continue
            changed[key[:2]] += 1
            if sum(changed.values()) > show:
                continue
            print(f"== {' '.join(key)}")
            for name in FIELDS:
                a, b = (was or {}).get(name), row.get(name)
                if a != b:
                    print(f"  {name}:\n    - {a!r}\n    + {b!r}")
    for key, count in sorted(total.items()):
        print(f"{key[0]} {key[1]}: {changed[key]} of {count} differ")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.clean_dump", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--out", type=Path, help="write every cleaned article here")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--show", type=int, default=200, help="print this many changed rows")
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare, args.show)
    if args.out is None:
        parser.error("--out or --compare")
    with args.out.open("w", encoding="utf-8") as out:
        for row in rows(args.corpora):
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

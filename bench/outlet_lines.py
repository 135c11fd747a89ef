"""`python -m bench.outlet_lines`: an outlet line the table does not know, between the title
and the date (fx28b, nu27 #5), against what else sits there (a deck, a kicker, a name).

Articles of the shared corpora (newsarticles, allsides, reuters) are written as text files
in the layouts the README describes, with every outlet the corpora name REMOVED from
``outlets.toml`` for the run (so each outlet line is one the table does not know):

- ``outlet``: title, outlet line, date line, body (the outlet is the corpus's ``source``;
  AllSides' columnists, which the messy set tells from outlets, are no outlet);
- ``outlet+byline``: title, outlet line, "By First Last", date line, body;
- ``deck``: title, deck (a newsarticles ``subtitle``; an AllSides ``story_title``, a
  headline in title case), date line, body;
- ``kicker``: title, a section label or topic tag (the messy set's), date line, body;
- ``person``: title, a person's bare name (AllSides' columnists, the messy set's names),
  date line, body;
- ``none``: title, date line, body: what the text says of its outlet without a header line.

Scored: the outlet (right, wrong, missed; for the layouts with no outlet line, "wrong" is
any outlet other than the ``none`` layout's for the same article: the line was taken for
one), and the body (right: it opens with the article's first paragraph, after the deck
for the ``deck`` layout: the deck is article text, kept in the body as the messy set
keeps a standfirst). Counts only, no article text. Splits: names (outlets, people,
kickers) and decks by a hash of the name or id, so held-out names are unseen.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from bench.common import CORPORA
from index.text.outlets import _ORG_WORD
from tests.messy import phrasings as P
from tests.messy.generate import outlet_name

SPLITS = ("tune", "held-out")
LAYOUTS = ("none", "outlet", "outlet+byline", "deck", "kicker", "person")
"""In this order: ``none`` first, the outlet the others are compared with."""
DATE_FORMS = (
    "%Y-%m-%d",
    "%B %d, %Y",
    "%d %B %Y",
    "%a %d %b %Y %H.%M GMT",
    "Published: %m/%d/%Y",
    "Updated %I:%M %p ET, %a %B %d, %Y",
)
EXTRA_OUTLETS = ("Valley Gazette", "The Sacramento Bee", "NHK")
"""The issue's own examples (nu27 #5), beside the corpora's outlets."""


def split_of(key: str) -> str:
    return SPLITS[sum(key.encode()) % 2]


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    title: str
    outlet: str | None  # None: a columnist's name, no outlet
    source: str
    deck: str | None
    first: str  # the first paragraph
    body: str
    day: datetime


def load(corpora: Path) -> list[Row]:
    rows: list[Row] = []
    for name in ("newsarticles.jsonl", "allsides_stories.jsonl", "reuters21578.jsonl"):
        with (corpora / name).open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                title = " ".join((row.get("title") or "").split())
                paragraphs = [" ".join(p.split()) for p in row["body"].split("\n\n")]
                paragraphs = [p for p in paragraphs if p]
                if not title or not paragraphs or len(paragraphs[0].split()) < 12:
                    continue
                if name.startswith("reuters") and sum(row["id"].encode()) % 10:
                    continue  # a tenth of the 19,043 wire stories: the others would outweigh
                deck = row.get("subtitle") or (
                    row.get("story_title") if row.get("story_title") != title else None
                )
                source = row.get("source") or ""
                rows.append(
                    Row(
                        row["id"],
                        title,
                        outlet_name(source, row.get("url")),
                        source,
                        " ".join(deck.split()) if deck else None,
                        paragraphs[0],
                        "\n\n".join(paragraphs),
                        datetime.fromisoformat(row["date"][:10]),
                    )
                )
    return rows


def without_outlets(names: set[str]) -> None:
    """Take ``names`` (and every outlet they alias) out of the table, before it is read."""
    from index.text import outlets

    keys = {outlets._key(n) for n in names}
    keys |= {outlets._key(n[4:]) for n in names if n[:4] == "The "}
    kept = [
        entry
        for entry in outlets._entries()
        if not keys & {outlets._key(n) for n in [entry["name"], *entry.get("aliases", ())]}
    ]
    for cached in (outlets._entries, outlets._table, outlets._acronyms, outlets._spellings):
        cached.cache_clear()
    outlets._entries = lambda: kept  # type: ignore[assignment]


@dataclass
class Score:
    texts: Counter[str]
    outlet: Counter[tuple[str, str]]
    body: Counter[tuple[str, str]]
    wrong: list[str]
    names: Counter[tuple[str, str]] = field(default_factory=Counter)  # outlet layout's


def texts(rows: list[Row], split: str, seed: int) -> Iterator[tuple[str, Row, str, str | None]]:
    """(layout, row, text, the line between title and date) for each article and layout."""
    rng = random.Random(seed)
    outlets = sorted({r.outlet for r in rows if r.outlet} | set(EXTRA_OUTLETS))
    outlets = [o for o in outlets if split_of(o) == split]
    people = sorted(
        {r.source for r in rows if r.outlet is None and " " in r.source}  # not "Axios"
        - {"Guest Writer - Center", "Guest Writer - Left", "Guest Writer - Right"}
    )
    people = [p for p in people if not _ORG_WORD.search(p)]  # "The Times-Picayune"
    people += [f"{a} {b}" for a in P.FIRST_NAMES for b in P.LAST_NAMES]
    people = [p for p in people if split_of(p) == split]
    kickers = [k for k in P.KICKERS + P.TOPICS if split_of(k) == split]
    for row in rows:
        if split_of(row.id) != split:
            continue
        when = row.day + timedelta(hours=rng.randrange(6, 20), minutes=rng.randrange(60))
        date = when.strftime(rng.choice(DATE_FORMS))
        outlet = row.outlet if row.outlet and split_of(row.outlet) == split else None
        outlet = outlet or rng.choice(outlets)
        name = f"{rng.choice(P.FIRST_NAMES)} {rng.choice(P.LAST_NAMES)}"
        middle = {
            "outlet": [outlet],
            "outlet+byline": [outlet, f"By {name}"],
            "deck": [row.deck] if row.deck else None,
            "kicker": [rng.choice(kickers)],
            "person": [rng.choice(people)],
            "none": [],
        }
        for layout in LAYOUTS:
            lines = middle[layout]
            if lines is None:
                continue
            head = "\n\n".join([row.title, *lines, date])
            yield layout, row, f"{head}\n\n{row.body}\n", (lines[0] if lines else None)


def run(rows: list[Row], split: str, seed: int, show: int) -> Score:
    from index.ingest.sanitize import sanitize
    from index.text.extract import extract
    from index.text.outletnames import canonical_outlet

    score = Score(Counter(), Counter(), Counter(), [])
    baseline: dict[str, str | None] = {}
    shown: Counter[str] = Counter()  # wrong outlets printed, by layout
    for layout, row, text, line in texts(rows, split, seed):
        got = extract(sanitize(text))
        score.texts[layout] += 1
        body = got.body.lstrip()
        if layout == "none":
            baseline[row.id] = got.source
        if layout.startswith("outlet"):
            assert line is not None
            want = canonical_outlet(line)
            said = (
                "missed"
                if got.source is None
                else "right"
                if canonical_outlet(got.source).lower() == want.lower()  # "theblaze.com"
                else "wrong"
            )
            if said == "wrong" and shown[layout] < show:
                shown[layout] += 1
                score.wrong.append(f"{layout}: {line!r} -> {got.source!r}")
            if layout == "outlet":
                score.names[line, said] += 1
        else:
            before = baseline.get(row.id, got.source) if layout != "none" else got.source
            said = "same" if got.source == before else "wrong"
            if said == "wrong" and shown[layout] < show:
                shown[layout] += 1
                score.wrong.append(f"{layout}: {line!r} -> {got.source!r} (was {before!r})")
        score.outlet[layout, said] += 1
        opening = f"{line}\n\n{row.first}" if layout == "deck" else row.first
        score.body[layout, "right" if body.startswith(opening) else "wrong"] += 1
    return score


def table(score: Score) -> str:
    out = ["| layout | texts | outlet right | outlet wrong | outlet missed | body right |"]
    out.append("| --- | --- | --- | --- | --- | --- |")
    for layout in LAYOUTS:
        n = score.texts[layout]
        right = score.outlet[layout, "right"] if layout.startswith("outlet") else "-"
        missed = score.outlet[layout, "missed"] if layout.startswith("outlet") else "-"
        out.append(
            f"| {layout} | {n:,} | {right} | {score.outlet[layout, 'wrong']} | {missed} "
            f"| {score.body[layout, 'right']:,} |"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.outlet_lines", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--split", choices=SPLITS, default="tune")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=int, default=0, help="articles per split (0: all)")
    parser.add_argument("--wrong", type=int, default=0, help="print so many wrong outlets a layout")
    parser.add_argument("--missed", action="store_true", help="print the outlets missed")
    parser.add_argument("--before", action="store_true", help="without the unlisted outlet line")
    args = parser.parse_args(argv)
    if args.before:  # the rules before fx28b: no line under the headline is an unlisted outlet
        from index.text import head

        head.outlet_under_headline = lambda line, below: None  # type: ignore[assignment]
    rows = load(args.corpora)
    without_outlets({r.outlet for r in rows if r.outlet} | set(EXTRA_OUTLETS))
    if args.limit:
        rng = random.Random(args.seed)
        rows = rng.sample(rows, min(len(rows), args.limit * 2))
    score = run(rows, args.split, args.seed, args.wrong)
    print(f"split {args.split}, seed {args.seed}")
    print(table(score))
    for wrong in score.wrong:
        print(" ", wrong)
    names = {name for name, _ in score.names}
    found = {name for name, said in score.names if said == "right"}
    print(f"distinct outlet names: {len(names)}, found (at least once) {len(found)}")
    if args.missed:
        missed = [(n, k) for (k, said), n in score.names.most_common() if said == "missed"]
        print("missed outlet lines:", ", ".join(f"{k} {n}" for n, k in missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())

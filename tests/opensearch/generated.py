"""A made-up news corpus for differential tests: every query form finds something in it.

Seeded, so every run writes the same articles. The words are chosen for what the
queries test: stems with many forms, stop words inside phrases, near-misses for fuzzy
terms, words that differ by one letter for wildcards, several outlets, bylines and
datelines, dated and undated articles.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

_WORD_LINES = (
    "peacekeeper peacekeepers peacekeeping ceasefire ceasefires troop troops council",
    "security nato russia russian ukraine ukrainian crimea oil gas prices price priced",
    "bank banks banking banker test text tent tempt zelensky zelenskiy zelenski zelenskyy",
    "petroleum petrolium crude wheat export exports exporter tariff tariffs running runner",
    "runs ran minister ministers ex-minister U.S. 3.5% strike strikes dock docks harbour",
    "harbor grain growers frost budget debate union deal pay talks sanctions envoy summit",
    "Kyiv Moscow Geneva inflation dollar yen gold silver coffee sugar merger acquisition",
    "dividend stock split federal reserve money supply net loss exchange Ölpreis café",
)
WORDS = tuple(word for line in _WORD_LINES for word in line.split())
STOP = ("the", "of", "and", "a", "in", "to", "for", "on", "at", "by", "with", "from", "that", "is")
PHRASES = (
    "security council",
    "bank of england",
    "crude oil",
    "money supply",
    "federal reserve",
    "trade deficit",
    "united nations",
    "net loss",
    "the security of the council",
)
SOURCES = ("Reuters", "Valley Gazette", "dpa/NAN", "The Moscow Times", "reuters ", None)
AUTHORS = ("Jane Doe", "Tom Bases", "Ana Lima", "Ivan Petrov")
PLACES = ("UNITED NATIONS", "KYIV", "GENEVA", "PORTSMOUTH", "MOSCOW")
MONTHS = ("January", "March", "June", "October")


def _sentence(rng: random.Random) -> str:
    words: list[str] = []
    for _ in range(rng.randint(5, 16)):
        roll = rng.random()
        if roll < 0.25:
            words.append(rng.choice(STOP))
        elif roll < 0.32:
            words.append(rng.choice(PHRASES))
        else:
            word = rng.choice(WORDS)
            words.append(word.capitalize() if rng.random() < 0.15 else word)
    text = " ".join(words)
    return text[0].upper() + text[1:] + rng.choice((".", ".", "!", "?", ";"))


def article(rng: random.Random, number: int, prefix: str = "g") -> dict[str, object]:
    """One JSON record: id, title, source, date (or none), url, body."""
    paragraphs = [
        " ".join(_sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 5))
    ]
    if rng.random() < 0.4:
        place = rng.choice(PLACES)
        paragraphs[0] = (
            f"{place}, {rng.choice(MONTHS)} {rng.randint(1, 28)} (Reuters) - {paragraphs[0]}"
        )
    if rng.random() < 0.4:
        paragraphs.insert(0, f"By {rng.choice(AUTHORS)}")
    date = None
    if rng.random() < 0.85:
        date = f"{rng.randint(2013, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if rng.random() < 0.3:
            date += f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00"
    title = " ".join(rng.choice(WORDS + STOP) for _ in range(rng.randint(3, 9)))
    return {
        "id": f"{prefix}{number:04d}",
        "title": title[0].upper() + title[1:],
        "source": rng.choice(SOURCES),
        "date": date,
        "url": None,
        "body": "\n\n".join(paragraphs),
    }


def write_corpus(path: Path, count: int = 300, seed: int = 22, prefix: str = "g") -> Path:
    """Write ``count`` made-up articles as JSON Lines at ``path`` (ids ``{prefix}0000``...)."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(count):
            handle.write(json.dumps(article(rng, number, prefix), ensure_ascii=False) + "\n")
    return path


def misspelt(rng: random.Random, word: str) -> str:
    """``word`` with one or two random edits (a deletion, a swap, a change, an insertion)."""
    letters = list(word.lower())
    for _ in range(rng.randint(1, 2)):
        at = rng.randrange(len(letters))
        edit = rng.choice(("delete", "swap", "change", "insert"))
        if edit == "delete" and len(letters) > 2:
            del letters[at]
        elif edit == "swap" and at + 1 < len(letters):
            letters[at], letters[at + 1] = letters[at + 1], letters[at]
        elif edit == "insert":
            letters.insert(at, rng.choice("aeiourstnlk"))
        else:
            letters[at] = rng.choice("aeiourstnlkz")
    return "".join(letters)

"""Opt-in: highlights in real articles found again after realistic edits (../shared/corpora)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from index.notebook import AnchorState, anchor_at, locate
from index.notebook.locating import FUZZY_MIN
from tests.conftest import SHARED_CORPORA

CORPUS = SHARED_CORPORA / "reuters21578.jsonl"  # the one whose bodies keep paragraphs
ARTICLES = 400

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpora/reuters21578.jsonl"),
]


def _articles(path: Path) -> list[str]:
    bodies = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            body = json.loads(line).get("body") or ""
            if body.count("\n\n") >= 4 and len(body) > 1500:
                bodies.append(body)
            if len(bodies) == ARTICLES:
                break
    return bodies


def _passage(body: str, rng: random.Random) -> tuple[int, int, int]:
    """A highlight of 5 to 30 words inside one paragraph, and that paragraph's index."""
    paragraphs = [m.span() for m in re.finditer(r"\S(?:.|\n(?!\n))*", body)]
    index = rng.randrange(len(paragraphs))
    low, high = paragraphs[index]
    words = [m.span() for m in re.finditer(r"\S+", body[low:high])]
    if len(words) < 6:
        return _passage(body, rng)
    first = rng.randrange(len(words) - 5)
    last = min(len(words) - 1, first + rng.randint(4, 29))
    return low + words[first][0], low + words[last][1], index


def _new_paragraph(rng: random.Random) -> str:
    words = ["update", "reported", "officials", "said", "on"]
    return " ".join(rng.choice(words) for _ in range(12))


def test_real_articles_edited_around_and_inside_their_highlights() -> None:
    rng = random.Random(20261130)
    counts = dict.fromkeys(
        ["around", "inside found", "inside orphaned", "inside copy elsewhere"], 0
    )
    counts |= dict.fromkeys(["deleted orphaned", "deleted taken"], 0)
    bodies = _articles(CORPUS)
    for body in bodies:
        start, end, index = _passage(body, rng)
        anchor = anchor_at(body, start, end)
        paragraphs = re.split(r"\n\n+", body)
        # around: a new lede, and a paragraph that does not hold the passage deleted
        others = [i for i, p in enumerate(paragraphs) if i != index and p and i > index]
        drop = rng.choice(others) if others else None
        kept = [p for i, p in enumerate(paragraphs) if i != drop]
        lede = _new_paragraph(rng) + "\n\n"
        around = lede + "\n\n".join(kept)
        found = locate(anchor, around)
        assert found.state is AnchorState.ANCHORED
        assert (found.start, found.end) == (start + len(lede), end + len(lede))
        counts["around"] += 1
        # inside: one word of the passage replaced
        words = list(re.finditer(r"\S+", body[start:end]))
        word = words[rng.randrange(len(words))]
        at, stop = start + word.start(), start + word.end()
        inside = body[:at] + "REPLACED" + body[stop:]
        found = locate(anchor, inside)
        if anchor.exact in inside:  # repeated verbatim elsewhere: rightly taken from there
            assert found.state is AnchorState.ANCHORED
            counts["inside copy elsewhere"] += 1
        elif found.state is AnchorState.ORPHANED:
            counts["inside orphaned"] += 1
        else:
            assert found.state is AnchorState.FUZZY
            assert found.start < end - (stop - at) + 8 and found.end > start  # this passage
            counts["inside found"] += 1
        # deleted: the passage's whole paragraph removed. Wire stories hold near-twin
        # paragraphs (table headers, "profit rose to X from Y"): one of those may be taken,
        # as similar text with its context, by any text-quote anchoring; it is counted
        deleted = "\n\n".join(p for i, p in enumerate(paragraphs) if i != index)
        found = locate(anchor, deleted)
        if anchor.exact in deleted:
            continue
        if found.state is AnchorState.ORPHANED:
            counts["deleted orphaned"] += 1
        else:
            assert found.state is AnchorState.FUZZY and found.similarity >= FUZZY_MIN
            counts["deleted taken"] += 1
    print(counts)
    assert counts["around"] == len(bodies) >= 100
    assert counts["inside found"] >= 0.9 * (len(bodies) - counts["inside copy elsewhere"])
    assert counts["deleted taken"] <= 0.05 * len(bodies)

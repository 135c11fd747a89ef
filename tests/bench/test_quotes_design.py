"""`bench.quotes_design` measures each design's ceiling in fresh interpreters (over a
corpus of four articles here: the real corpora take minutes)."""

from __future__ import annotations

from pathlib import Path

from bench.quotes_design import one_round
from tests.conftest import write_corpus

BODIES = {
    "a.txt": 'Senate\n\nElizabeth Warren spoke. "We will win this fight," said Warren.\n',
    "b.txt": "Weather\n\nNo one is quoted in this article at all, the forecast says.\n",
    "c.txt": 'Plan\n\n"The plan is sound and it will work," Ana Silva told reporters.\n',
    "d.txt": "Prices\n\nPrices rose again in March, the bureau said.\n",
}


def test_a_round_counts_every_article_and_times_every_part(tmp_path: Path) -> None:
    found = one_round(write_corpus(tmp_path / "corpus", BODIES))
    assert (found["articles"], found["quoting"], found["books"]) == (4, 2, 2)
    seconds = ["whole", "worker 0", "worker 1", "warm", "book", "reuse", "load"]
    assert all(found[name] >= 0 for name in seconds)

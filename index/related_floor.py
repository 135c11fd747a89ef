"""Which related articles a list shows: the weaker matches past the best few are hidden, and
said to be (nu45 #8: rows at 0.01 "shared common words only" padded the list after the real
ones, in `related` and the reader's `r`).

A row is weaker when it is of another story, shares no passage and scores under
`WEAKER_SCORE`: the rows printed "0.01". Measured on the tuning half of the labelled corpus
(/tmp/fx98/related_floor.py, related_eval.py): past the best `ALWAYS_SHOWN` rows (always
shown, so recall@2 and precision@1 of `bench.stories_eval` are what they were) such rows are
1,179 of 6,783 listed, 4 of them of the asked article's event; held out once: 1,266 of
6,322, 6 of the event (0.5%).
"""

from __future__ import annotations

from collections.abc import Sequence

from index.story_models import RelatedArticle

WEAKER_SCORE = 0.015
"""Under this a row of another story without a shared passage is a weaker match (it prints
as 0.01: most such rows share common words only)."""
ALWAYS_SHOWN = 2
"""The best rows shown whatever their score: a short list is not emptied."""


def stronger(rows: Sequence[RelatedArticle]) -> tuple[list[RelatedArticle], int]:
    """The rows a list shows, best first, and how many weaker ones it hides (`WEAKER_SCORE`)."""
    shown = [
        row
        for number, row in enumerate(rows)
        if number < ALWAYS_SHOWN
        or row.same_story
        or row.shared_passage
        or row.score >= WEAKER_SCORE
    ]
    return shown, len(rows) - len(shown)


def hidden_words(hidden: int) -> str:
    """ "3 weaker matches hidden" (a list says what it left out), "" for none."""
    if not hidden:
        return ""
    return f"{hidden:,} weaker match{'es' * (hidden != 1)} hidden (score 0.01 or less)"

"""What `broadsheet highlight` says of a passage it refuses: one the article lacks (with
the passage most like it), or one it has more than once (each occurrence's place).

Split from `tui.cli.notebook` by job (its size).
"""

from __future__ import annotations

from index.notebook import nearest_passage, span_context

NEAREST_SHOWN = 200
"""The most characters of a passage a message shows (the rest is "…")."""


def one_line(passage: str) -> str:
    """``passage`` on one line, cut at `NEAREST_SHOWN` characters."""
    said = " ".join(passage.split())
    return said if len(said) <= NEAREST_SHOWN else said[: NEAREST_SHOWN - 1] + "…"


def quote_missing(body: str, quote: str) -> str:
    """Why a passage was not highlighted: it does not occur, even with its punctuation and
    spacing left out; and the passage most like it, when one is alike enough (nu40 #16)."""
    said = "the quoted text does not occur in the article"
    near = nearest_passage(body, quote)
    return said if near is None else f"{said}; did you mean “{one_line(body[slice(*near)])}”?"


OCCURRENCES_SHOWN = 12
"""The occurrences of an ambiguous passage whose context the refusal shows."""


def occurrences_said(body: str, spans: list[tuple[int, int]], article_id: str) -> str:
    """Why a passage that occurs more than once was not highlighted, with each occurrence's
    place (its first character and its paragraph: a repeated paragraph gives the same
    context twice, nu32 #16) and context, on one line ("the passage occurs 9 times in
    na-0001: say which with --occurrence 1-9: 1 (character 140, paragraph 2) “…Secretary
    Betsy DeVos said…”, 2 ...")."""
    listed = ", ".join(
        f"{n} (character {start:,}, paragraph {paragraph_of(body, start)}) "
        f"“{span_context(body, start, end)}”"
        for n, (start, end) in enumerate(spans[:OCCURRENCES_SHOWN], start=1)
    )
    more = len(spans) - OCCURRENCES_SHOWN
    listed += f", and {more:,} more" if more > 0 else ""
    return (
        f"the passage occurs {len(spans):,} times in {article_id}: say which with "
        f"--occurrence 1-{len(spans)}: {listed}"
    )


def paragraph_of(body: str, at: int) -> int:
    """The paragraph (1 = the first; blank lines part them, as the reading pane shows them)
    that character ``at`` of ``body`` is in."""
    return 1 + sum(1 for line in body[:at].split("\n")[:-1] if line.strip())

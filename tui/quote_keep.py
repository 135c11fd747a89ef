"""Keeping a quote from the quotes panel (`h`) in the notebook: the passage of the chosen
row's article, with who said it (nu47 #9: the panel had no key for it, and the exports
named no speaker, typed as a note instead).

No Textual here: run by the panel in a thread worker.
"""

from __future__ import annotations

import re

from index.library import Library, printable
from index.notebook import ArticleRecord, InvalidValue, anchor_at

SHOWN = 40
"""How much of the quote the toast shows."""
DOUBLE_MARKS = '"“”„«»‹›'
"""Quotation marks taken off a kept quote's ends (its text keeps the article's marks)."""
SINGLE_MARKS = "'‘’‚"
"""Single marks: taken off only when both ends have one (else an apostrophe: "doin’")."""


def inside_marks(body: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``body[start:end]`` without the quotation marks (and spaces) at its
    ends: a paper quotes the words, and the exports put marks of their own around them;
    nor the commas at its end, as the panel shows it (`quote_heading`; nu65 #5: “…will
    choose,” was kept as "…will choose,")."""
    inner_start, inner_end = start, end
    while True:
        was = (inner_start, inner_end)
        while inner_start < inner_end and body[inner_start] in DOUBLE_MARKS + " ":
            inner_start += 1
        while inner_end > inner_start and body[inner_end - 1] in DOUBLE_MARKS + " ,":
            inner_end -= 1
        if (
            inner_end - inner_start > 2
            and body[inner_start] in SINGLE_MARKS
            and body[inner_end - 1] in SINGLE_MARKS
        ):
            inner_start, inner_end = inner_start + 1, inner_end - 1
        if (inner_start, inner_end) == was:
            break
    return (inner_start, inner_end) if body[inner_start:inner_end].strip() else (start, end)


def full_span(body: str, full: str, start: int) -> tuple[int, int] | None:
    """Where ``body`` holds ``full`` (a group's fullest words, `QuoteGroup.text`, as its
    heading shows them), any spaces or line breaks between the words, nearest ``start``
    (the row's own quote); None when it does not (a clipped reprint: nu70 #3)."""
    words = full.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    spans = [match.span() for match in pattern.finditer(body)]
    return min(spans, key=lambda span: abs(span[0] - start), default=None)


def shorter_said(source: str | None, change: str) -> str:
    """What `h`'s question says beside the outlet when the row's article has only its own
    version ("clipped", "reworded") of the heading's words: that version is what is kept."""
    held = f"{printable(source)} ran it {change}" if source else f"this article has it {change}"
    return f"{held}: the heading's words are not in the article, so these are kept"


def keep_quote(
    library: Library, article_id: str, start: int, end: int, speaker: str | None, note: str | None
) -> str:
    """Highlight ``body[start:end]`` of an article, its speaker kept, with ``note`` (None
    keeps a note it has); the line to show: what was kept, or why nothing was.

    Raises:
        NotebookError: The notebook could not be written (busy, read-only).
    """
    try:
        article = library.article(article_id)
    except KeyError:
        return "That quote's article is gone from the index (an update removed it)"
    try:
        anchor = anchor_at(article.body, *inside_marks(article.body, start, end))
    except InvalidValue:  # the article changed since the panel listed it
        return "That quote is no longer there in its article: press u, then h again"
    with library.notebook() as notebook:
        entry = notebook.entry(article_id)
        had = {(h.start, h.exact) for h in entry.highlights} if entry else set()
        notebook.highlight(ArticleRecord.of(article), anchor, note=note, speaker=speaker)
    text = " ".join(printable(anchor.exact).split())
    shown = text if len(text) <= SHOWN else text[:SHOWN].rstrip() + "…"
    said = "Kept" if (anchor.start, anchor.exact) not in had else "Kept again"
    return f"{said} “{shown}”" + (f", said by {printable(speaker)}" if speaker else "")

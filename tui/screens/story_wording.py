"""The story screen's preview: the article under the cursor, its shared wording marked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual.message import Message

from index.library import printable

if TYPE_CHECKING:
    from index.library import SharedWording

PREVIEW_CHARACTERS = 6000
"""Most characters of a body shown in the preview (the reader shows the whole article)."""
ONE_HOLDER = "underline"
"""Style of a stretch that one other article of the story prints word for word."""
MANY_HOLDERS = "reverse"
"""Style of a stretch that two or more other articles print word for word."""


@dataclass
class WordingRead(Message):
    """The shared wording of the article under the story screen's cursor was read."""

    title: str
    wording: SharedWording


def legend(wording: SharedWording) -> Text:
    """One line: how much of the article its story-mates share, and what the marks mean."""
    text = Text(style="dim")
    if not wording.compared:
        return text.append("Alone: no other article to share wording with.")
    words, shared = wording.words, wording.shared_words
    if not wording.spans:
        others = "the other article" if wording.compared == 1 else "the others"
        return text.append(f"No wording shared word for word with {others} of the story.")
    text.append(f"Shared wording: {shared:,} of {words:,} words also in other articles (")
    text.append("one", ONE_HOLDER)
    text.append(", ")
    text.append("two or more", MANY_HOLDERS)
    return text.append(").")


def preview(title: str, wording: SharedWording) -> Text:
    """The article's title, a legend, and its body with every shared stretch marked.

    Article text is untrusted: it is escaped (`printable`) piece by piece and never read
    as markup.
    """
    text = Text()
    text.append(printable(title or "(untitled)"), "bold")
    text.append("\n")
    text.append_text(legend(wording))
    text.append("\n\n")
    body = wording.body[:PREVIEW_CHARACTERS]
    at = 0
    for span in wording.spans:
        if span.start >= len(body):
            break
        text.append(printable(body[at : span.start], lines=True))
        style = ONE_HOLDER if span.holders == 1 else MANY_HOLDERS
        text.append(printable(body[span.start : span.end], lines=True), style)
        at = span.end
    text.append(printable(body[at:], lines=True))
    if len(wording.body) > PREVIEW_CHARACTERS:
        text.append(" …", "dim")
    return text

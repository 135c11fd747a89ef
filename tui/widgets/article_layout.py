"""An article laid out as wrapped lines of rich `Text`, its matches lit (run off the UI thread)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from rich.console import Console
from rich.style import Style
from rich.text import Text

from index.library import Highlighter, printable
from index.models import Article
from tui.widgets.marks import first_lines, marked

WatchWord = tuple[Highlighter, Style]


MARKDOWN_STYLES: dict[str, Style] = {
    "bold": Style(bold=True),
    "italic": Style(italic=True),
    "strike": Style(strike=True),
    "code": Style(reverse=True),
    "link": Style(underline=True),
    "quote": Style(italic=True, dim=True),
    "heading1": Style(bold=True, underline=True),
    "heading2": Style(bold=True),
    "heading3": Style(bold=True, italic=True),
    "heading4": Style(bold=True, italic=True),
    "heading5": Style(italic=True),
    "heading6": Style(italic=True),
}
"""How the pane shows a Markdown article's styles (attributes only: every theme works)."""

CHUNK = 16_000
"""Characters of body laid out between pauses (a pause lets the UI thread take the GIL)."""
PAUSE = 0.001
"""Seconds a layout worker sleeps between chunks, so keystrokes never wait on a long article."""


@dataclass(frozen=True)
class Layout:
    """An article laid out for one width: its lines and where each match landed.

    ``complete`` is False for the first screenful of a long article, shown while the rest
    is still being laid out.
    """

    lines: list[Text]
    match_lines: list[int] = field(default_factory=list)
    width: int = 0
    complete: bool = True


def chunks(text: str, size: int = CHUNK) -> Iterator[str]:
    """Cut ``text`` into pieces of about ``size`` characters, at line ends where possible.

    A piece ends after a newline (or, in a line longer than ``size``, after a space), so
    wrapping and word matching see the same words as in the whole text.
    """
    start = 0
    while start < len(text):
        end = start + size
        if end >= len(text):
            yield text[start:]
            return
        cut = text.rfind("\n", start, end)
        if cut == -1:
            cut = text.rfind(" ", start, end)
        end = cut + 1 if cut != -1 else end
        yield text[start:end]
        start = end


def short_path(article: Article) -> str:
    """The article's file, from its corpus folder's name ("seeds/001.txt"), or the name of
    the file its record is in ("feed.jsonl"): short, and the same on every machine."""
    path = PurePath(article.path)
    relative = PurePath(article.id)
    if not relative.is_absolute() and path.parts[-len(relative.parts) :] == relative.parts:
        root = path.parents[len(relative.parts) - 1]
        return str(PurePath(root.name) / relative) if root.name else str(relative)
    return path.name


def layout_article(
    article: Article,
    width: int,
    console: Console,
    *,
    highlighter: Highlighter,
    match_style: Style,
    watch: Sequence[WatchWord] = (),
    show_removed: bool = False,
    muted: Style | None = None,
    on_first: Callable[[Layout], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    same_text_as: str | None = None,
) -> Layout | None:
    """Lay out an article as wrapped lines (run this in a thread: long articles take time).

    The body is laid out a chunk at a time with a short pause between chunks, so that a
    5 MB article never starves the UI thread of the GIL; ``on_first`` gets the first
    chunk's lines (if there is more to come) so the reader sees text at once, and
    ``cancelled`` is polled between chunks (returns None when it says so). A copy's
    ``same_text_as`` (its original's id) is said below the facts.

    Every query match carries a ``match`` number in its style's meta, so that after
    wrapping we know the line of each match (for `n`/`N`). Article text never passes
    through markup: it is plain `Text`, so "[bold]" shows as typed.
    """
    muted = muted or Style(dim=True)
    width = max(1, width)
    head = Text(no_wrap=False, overflow="fold")
    title = printable(article.title or "(untitled)")  # metadata shows escaped, never acts
    head.append(title, Style(bold=True))
    number = 0  # the title's matches are numbered too: n/N counts every stretch lit (nu31)
    for span in highlighter.spans(title):
        head.stylize(marked(match_style, "match", number), span.start, span.end)
        number += 1
    if article.title_derived:
        head.append("  (title from the lede)", muted)
    head.append("\n")
    facts = [article.source or "source unknown"]
    if article.byline:
        facts.append(f"by {article.byline}")
    if article.dateline:
        facts.append(article.dateline)
    facts.append(
        f"{article.date.day} {article.date:%B %Y %H:%M}".replace(" 00:00", "")  # "1 March"
        if article.date
        else "date unknown"
    )
    head.append(printable(" · ".join(facts)), muted)
    if same_text_as is not None:  # a copy of its outlet's article (`index.copies`)
        head.append("\n" + printable(f"same text as {same_text_as}"), muted)
    # where it is: the id (y copies it) and the address, or the file (Y copies its full path)
    where = [article.id, article.url or short_path(article)]  # a record from no file: no path
    head.append("\n" + _cropped(printable(" · ".join(filter(None, where))), width), muted)
    lines: list[Text] = list(head.wrap(console, width, overflow="fold"))
    found = first_lines(lines, "match")
    match_lines: list[int] = [found[k] for k in sorted(found)]
    lines.append(Text())

    def add(piece: Text) -> None:
        nonlocal number
        if piece.plain.endswith("\n"):
            piece.right_crop(1)  # the chunk's last newline ends its last line, no more
        wrapped = piece.wrap(console, width, overflow="fold")
        found = first_lines(wrapped, "match", start=len(lines))
        lines.extend(wrapped)
        # a match carried on from the chunk before has its line already
        match_lines.extend(found[k] for k in sorted(found) if k >= len(match_lines))

    pieces = list(chunks(article.body))
    carry = 0  # characters of this chunk a match begun in the chunk before still lights
    styles = sorted(article.styles, key=lambda span: span.start)
    offset = 0
    first = 0  # styles before this one end before the chunk (chunks end at line ends)
    for position, chunk in enumerate(pieces):
        piece = Text(chunk)
        # Markdown styles first, so that watch words and matches are drawn over them
        while first < len(styles) and styles[first].end <= offset:
            first += 1
        for index in range(first, len(styles)):
            styled = styles[index]
            if styled.start >= offset + len(chunk):
                break
            if styled.end > offset:
                piece.stylize(
                    MARKDOWN_STYLES.get(styled.style, Style()),
                    max(0, styled.start - offset),
                    min(len(chunk), styled.end - offset),
                )
        offset += len(chunk)
        for words, style in watch:
            for span in words.spans(chunk):
                piece.stylize(style, span.start, span.end)
        carry, number = _light(piece, highlighter, article.body, offset, carry, number, match_style)
        add(piece)
        more = position + 1 < len(pieces)
        if position == 0 and more and on_first is not None:
            on_first(Layout(list(lines), list(match_lines), width, complete=False))
        if more:
            time.sleep(PAUSE)
            if cancelled():
                return None
    if show_removed and article.removed:
        lines.extend([Text(), Text("── removed as boilerplate ──", muted)])
        for block in article.removed:
            lines.append(Text())
            for chunk in chunks(block):
                add(Text(chunk, muted))
                time.sleep(PAUSE)
            if cancelled():
                return None
    return Layout(lines, match_lines, width)


LOOKAHEAD = 2_000
"""Characters after a chunk its phrases are looked for in: a phrase that runs on over the
chunk's end is lit, and counted, once, in both chunks (whole on both engines)."""


def _light(
    piece: Text,
    highlighter: Highlighter,
    body: str,
    end: int,
    carry: int,
    number: int,
    style: Style,
) -> tuple[int, int]:
    """Light the matches in ``piece`` (the chunk of ``body`` that ends at ``end``), the
    first ``carry`` characters as the match before; return the carry into the next chunk
    and the next match's number."""
    chunk = piece.plain
    ahead = body[end : end + LOOKAHEAD] if highlighter.phrases and end < len(body) else ""
    if ahead and len(ahead) == LOOKAHEAD:
        ahead = ahead[: max(ahead.rfind(" "), ahead.rfind("\n")) + 1]  # whole words only
    spans = highlighter.spans(chunk + ahead)
    skip = 0
    if carry:  # the rest of the match before, and whatever overlaps it: the same match
        skip = max([carry, *(span.end for span in spans if span.start < carry)])
        piece.stylize(marked(style, "match", number - 1), 0, min(skip, len(chunk)))
        if skip > len(chunk):
            return skip - len(chunk), number
    out = 0
    for span in spans:  # in order, none overlapping (`Highlighter.spans`)
        if skip <= span.start < len(chunk):
            piece.stylize(marked(style, "match", number), span.start, min(span.end, len(chunk)))
            number += 1
            out = max(0, span.end - len(chunk))
    return out, number


def _cropped(where: str, width: int) -> str:
    """The id-and-address line cut with "…" at ``width``: a web address folded mid-word
    onto a second line read as two (nu16); the id, first, stays whole (y copies the
    address)."""
    return where if len(where) <= width else where[: max(1, width - 1)] + "…"

"""An article laid out as wrapped lines of rich `Text`, its matches lit (run off the UI thread)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.style import Style
from rich.text import Text

from index.library import Highlighter, printable
from index.models import Article, Span, StyleSpan, has_time
from tui.widgets.marks import first_lines, marked
from tui.widgets.row_meta import NO_DATE

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
    highlighter = highlighter.for_article(article.title, article.body)  # a wildcard's (sx43)
    head = Text(no_wrap=False, overflow="fold")
    title = printable(article.title or "(untitled)")  # metadata shows escaped, never acts
    head.append(title, Style(bold=True))
    number = 0  # the title's matches are numbered too: n/N counts every stretch lit (nu31)
    for span in title_spans(article, highlighter):
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
    when = article.date
    clock = f" {when:%H:%M}" if has_time(when) and when else ""  # a day alone: "1 March 2024"
    facts.append(f"{when.day} {when:%B %Y}{clock}" if when else NO_DATE)
    head.append(printable(" · ".join(facts)), muted)
    if same_text_as is not None:  # a copy of its outlet's article (`index.copies`)
        head.append("\n" + printable(f"same text as {same_text_as}"), muted)
    # where it is: the id (y copies it) and the address, or the file (Y copies its full path)
    where = [article.id, article.url or short_path(article)]  # a record from no file: no path
    for line in _where_lines([printable(w) for w in where if w], width, bool(article.url)):
        head.append("\n" + line, muted)
    lines: list[Text] = list(head.wrap(console, width, overflow="fold"))
    found = first_lines(lines, "match")
    match_lines: list[int] = [found[k] for k in sorted(found)]
    lines.append(Text())

    def add(piece: Text) -> None:
        wrapped = _wrapped(piece, console, width)
        found = first_lines(wrapped, "match", start=len(lines))
        lines.extend(wrapped)
        # a match carried on from the chunk before has its line already
        match_lines.extend(found[k] for k in sorted(found) if k >= len(match_lines))

    pieces = list(chunks(article.body))
    styles = sorted(article.styles, key=lambda span: span.start)
    # a phrase's stretch may run over any number of chunks ("tie vote"~600, rv30): its
    # spans are the whole body's, taken once; a word's never cross a chunk's end
    whole = bool(highlighter.phrases) and len(pieces) > 1
    if whole and on_first is not None:  # not made to wait for the whole body's phrases
        ahead = _whole_words(article.body[len(pieces[0]) : len(pieces[0]) + LOOKAHEAD])
        piece = _styled(pieces[0], 0, styles, 0, watch)
        found_spans = [s for s in highlighter.spans(pieces[0] + ahead) if s.start < len(piece)]
        _light(piece, found_spans, 0, number, match_style)
        wrapped = _wrapped(spaced(piece), console, width)
        found = first_lines(wrapped, "match", start=len(lines))
        ahead_lines = [*match_lines, *(found[k] for k in sorted(found))]
        on_first(Layout([*lines, *wrapped], ahead_lines, width, complete=False))
        on_first = None  # the first chunk is laid out again below, lit from the whole body
    spans = _cut(highlighter.spans(article.body), pieces) if whole else None
    offset = 0
    first = 0  # styles before this one end before the chunk (chunks end at line ends)
    before = ""  # the body's last two characters before the chunk (`spaced`)
    for position, chunk in enumerate(pieces):
        while first < len(styles) and styles[first].end <= offset:
            first += 1
        piece = _styled(chunk, offset, styles, first, watch)
        if spans is not None:  # at their places in the body
            number = _light(piece, next(spans), offset, number, match_style)
        else:  # in the chunk
            number = _light(piece, highlighter.spans(chunk), 0, number, match_style)
        offset += len(chunk)
        add(spaced(piece, before))
        before = (before + chunk)[-2:]
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


def title_spans(article: Article, highlighter: Highlighter) -> tuple[Span, ...]:
    """The matches lit in the article's title (``highlighter``: the article's own,
    `Highlighter.for_article`): `n`/`N` number them first, before the body's."""
    return highlighter.spans(printable(article.title or "(untitled)"))


def match_in_body(article: Article, highlighter: Highlighter, number: int) -> Span:
    """Match ``number`` (0-based, as `n`/`N` count: the title's first) as a span of the
    body; one in the title, or past the last: the body's start, empty (nu58 #1: the body's
    match ``number`` was taken, one past the lit one when the title held a match)."""
    lit = highlighter.for_article(article.title, article.body)  # as `layout_article` lights
    number -= len(title_spans(article, lit))
    spans = lit.spans(article.body) if number >= 0 else ()
    return spans[number] if 0 <= number < len(spans) else Span(0, 0)


LOOKAHEAD = 2_000
"""Characters after a long article's first chunk its phrases are looked for in, for its
first screen only (the whole layout lights the whole body's phrases)."""


def _cut(spans: Sequence[Span], pieces: list[str]) -> Iterator[list[Span]]:
    """``spans`` of the whole text (in order, none overlapping) cut per piece: those that
    reach into it, each at its place in the whole text."""
    first = 0
    end = 0
    for chunk in pieces:
        start, end = end, end + len(chunk)
        while first < len(spans) and spans[first].end <= start:
            first += 1
        reach = first
        while reach < len(spans) and spans[reach].start < end:
            reach += 1
        yield list(spans[first:reach])


def _whole_words(text: str) -> str:
    """``text`` up to its last space or line end (all of it if it is short: the end)."""
    if len(text) < LOOKAHEAD:
        return text
    return text[: max(text.rfind(" "), text.rfind("\n")) + 1]


def _styled(
    chunk: str, offset: int, styles: list[StyleSpan], first: int, watch: Sequence[WatchWord]
) -> Text:
    """The chunk of the body at ``offset`` with its Markdown ``styles`` (by start; those
    before ``first`` end before it) and its watch words: the matches are drawn over them."""
    piece = Text(chunk)
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
    for words, style in watch:
        for span in words.spans(chunk):
            piece.stylize(style, span.start, span.end)
    return piece


def _light(piece: Text, spans: Sequence[Span], offset: int, number: int, style: Style) -> int:
    """Light in ``piece`` (the chunk at ``offset``) the ``spans`` that reach into it, at
    ``offset`` + their places in it: one begun in the chunk before keeps its number (the
    last one). Return the next match's number."""
    for span in spans:
        start = span.start - offset
        begun = start < 0  # the match the chunk before numbered last
        piece.stylize(
            marked(style, "match", number - 1 if begun else number),
            max(0, start),
            min(span.end - offset, len(piece)),
        )
        number += 0 if begun else 1
    return number


_LINE_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")
"""A line break between two lines of text (no blank line between them)."""


def spaced(piece: Text, before: str = "") -> Text:
    """``piece`` (a chunk of the body, lit) with a blank line at each line break between two
    lines of text: each line a paragraph, as the comparison shows them (nu50 #11: the
    seeds' 000, paragraphs on single newlines, read as one dense block in the pane and
    spaced in compare). ``before``: the body's last two characters before the chunk (a
    break may straddle two chunks). Only the lines laid out change: the body, its offsets
    and its matches' are as they were."""
    plain = before + piece.plain
    cuts = [match.end() - len(before) for match in _LINE_BREAK.finditer(plain)]
    cuts = [cut for cut in cuts if cut >= 0]
    if not cuts:
        return piece
    parts = piece.divide(cuts)
    result = Text()
    for part in parts[:-1]:
        result.append_text(part)
        result.append("\n")
    result.append_text(parts[-1])
    return result


def _wrapped(piece: Text, console: Console, width: int) -> list[Text]:
    """A chunk's lines at ``width``: its last newline ends its last line, no more."""
    if piece.plain.endswith("\n"):
        piece.right_crop(1)
    return list(piece.wrap(console, width, overflow="fold"))


ADDRESS_ROOM = 40
"""Columns of an address beside the id that show its host and the start of its path."""


def _where_lines(where: list[str], width: int, address: bool) -> list[str]:
    """The id and the address (or the file) on one line cut at ``width``; an address left
    fewer than `ADDRESS_ROOM` columns there gets a line of its own (nu74 #2: a saved file's
    long name left "https:/…" of it at 80 columns, nothing at 120), so its host and path show.
    Measured in cells: a CJK or emoji character takes two (nu77 #4)."""
    line = " · ".join(where)
    room = width - cell_len(where[0]) - len(" · ")
    if cell_len(line) <= width or not address or len(where) < 2 or room >= ADDRESS_ROOM:
        return [cropped(line, width)]
    return [cropped(part, width) for part in where]


def cropped(where: str, width: int) -> str:
    """The id-and-address line (or the pane's border title) cut with "…" at ``width``
    cells: a web address folded mid-word onto a second line read as two (nu16); the id,
    first, stays whole (y copies the address). In cells: a wide character that would
    straddle the cut goes whole (nu77 #4)."""
    if cell_len(where) <= width:
        return where
    return set_cell_size(where, max(0, width - 1)).rstrip(" ") + "…"

"""Markdown articles: plain text for the index, and the styles the reader shows it with.

The Markdown is parsed by markdown-it-py (CommonMark; installed with Rich). Each block
becomes one line of plain text (a paragraph's soft line breaks become spaces), blocks are
separated by a blank line, list items get a bullet or their number, and the emphasis,
links, code and headings become `StyleSpan`s over the plain text. Links show their text;
images and raw HTML tags add no text. The plain text is what is cleaned, indexed and
searched, so body offsets stay the one truth for highlights.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from index.models import StyleSpan

_SPACES = re.compile(r"\s+")
_INLINE_STYLES = {"strong": "bold", "em": "italic", "s": "strike", "link": "link"}
_BULLETS = ("•", "◦", "▪")


@dataclass(frozen=True, slots=True)
class Rendered:
    """Markdown as plain text: the text, styles over it, the source line of each line.

    Attributes:
        text: The plain text, one block a line, blocks separated by blank lines.
        styles: Styled stretches of ``text`` (bold, italic, code, link, heading1..6,
            quote, strike).
        line_numbers: For each line of ``text``, its line number in the source (1-based).
    """

    text: str
    styles: tuple[StyleSpan, ...]
    line_numbers: tuple[int, ...]


@dataclass
class _Writer:
    """Builds the plain text a line at a time, with styles and source line numbers."""

    first_line: int
    parts: list[str] = field(default_factory=list)
    length: int = 0
    styles: list[StyleSpan] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    line_open: bool = False

    def start_line(self, source_line: int, *, tight: bool = False) -> None:
        """Open a new line: after a blank line, or (``tight``) right under the last one."""
        if self.numbers and tight:
            self._trim()
            self._write("\n")
            self.numbers.append(source_line)
        elif self.numbers:
            self._trim()
            self._write("\n\n")
            self.numbers.extend([self.numbers[-1], source_line])
        else:
            self.numbers.append(source_line)
        self.line_open = True

    def _write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self, text: str) -> None:
        """Inline text, its runs of white space made one space (no space to open a line)."""
        text = _SPACES.sub(" ", text)
        if self.line_open:
            text = text.lstrip()
            if not text:
                return
            self.line_open = False
        elif text.startswith(" ") and self.parts and self.parts[-1].endswith(" "):
            text = text[1:]
        if text:  # an empty part would hide the space before it from `_trim`
            self._write(text)

    def newline(self, source_line: int) -> None:
        """A hard line break inside a block."""
        self._trim()
        self._write("\n")
        self.numbers.append(source_line)
        self.line_open = True

    def _trim(self) -> None:
        if self.parts and self.parts[-1].endswith(" "):
            trimmed = self.parts[-1].rstrip(" ")
            self.length -= len(self.parts[-1]) - len(trimmed)
            self.parts[-1] = trimmed

    def style(self, start: int, style: str) -> None:
        self._trim()
        start += self._spaces_from(start)
        if self.length > start:
            self.styles.append(StyleSpan(start, self.length, style))

    def _spaces_from(self, start: int) -> int:
        """How many spaces open the text written since ``start`` (a styled run whose first
        text was white space, a control character made one space, starts after them)."""
        tail: list[str] = []
        at = self.length
        for part in reversed(self.parts):
            if at <= start:
                break
            tail.append(part[max(0, start - (at - len(part))) :])
            at -= len(part)
        text = "".join(reversed(tail))
        return len(text) - len(text.lstrip(" "))

    def rendered(self) -> Rendered:
        self._trim()
        return Rendered("".join(self.parts), tuple(self.styles), tuple(self.numbers))


def render_markdown(source: str, *, first_line: int = 1) -> Rendered:
    """Markdown to plain text with styles.

    Args:
        source: The Markdown (front matter already taken off).
        first_line: The number, in the file, of the first line of ``source``.

    Returns:
        The plain text, its styles and the file line of each of its lines.
    """
    from markdown_it import MarkdownIt  # 0.1 s to import: only Markdown files need it

    tokens = MarkdownIt("commonmark").parse(source)
    writer = _Writer(first_line)
    prefixes: list[str] = []  # the bullet or number of each open list item
    lists: list[list[Any]] = []  # [kind, next number] for each open list
    block_style: list[tuple[int, str]] = []
    quote_depth = 0
    last_item = False  # the last block written was a list item
    for token in tokens:
        line = first_line + (token.map[0] if token.map else 0)
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrs.get("start", 1) or 1) if kind == "ordered_list_open" else 0
            lists.append([kind, start])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            last_item = False
        elif kind == "list_item_open":
            if lists and lists[-1][0] == "ordered_list_open":
                prefixes.append(f"{token.info or lists[-1][1]}. ")
                lists[-1][1] += 1
            else:
                prefixes.append(_BULLETS[min(len(lists), len(_BULLETS)) - 1] + " ")
        elif kind == "list_item_close":
            prefixes.pop()
        elif kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind in ("heading_open", "paragraph_open"):
            # the items of a list stay on consecutive lines, one paragraph
            writer.start_line(line, tight=bool(prefixes) and last_item)
            last_item = bool(prefixes)
            if prefixes:
                writer.text(prefixes[-1])
                prefixes[-1] = ""  # a list item's later paragraphs get no bullet
            start = writer.length
            if kind == "heading_open":
                block_style.append((start, f"heading{token.tag[1:]}"))
            elif quote_depth:
                block_style.append((start, "quote"))
            else:
                block_style.append((start, ""))
        elif kind in ("heading_close", "paragraph_close"):
            start, style = block_style.pop()
            if style:
                writer.style(start, style)
        elif kind == "inline":
            _inline(writer, token.children or [], line)
        elif kind in ("fence", "code_block"):
            last_item = False
            for offset, code_line in enumerate(token.content.rstrip("\n").split("\n")):
                if offset == 0:
                    writer.start_line(line + 1 if kind == "fence" else line)
                else:
                    writer.newline(line + 1 + offset)
                start = writer.length
                writer.text(code_line)
                writer.style(start, "code")
        elif kind == "html_block":
            text = re.sub(r"<[^>]*>", " ", token.content)
            if text.strip():
                writer.start_line(line)
                writer.text(text)
    return writer.rendered()


def _inline(writer: _Writer, children: list[Any], line: int) -> None:
    opened: list[tuple[str, int]] = []
    for child in children:
        kind = child.type
        if kind == "text":
            writer.text(child.content)
        elif kind == "softbreak":
            writer.text(" ")
        elif kind == "hardbreak":
            line += 1
            writer.newline(line)
        elif kind == "code_inline":
            start = writer.length
            writer.text(child.content)
            writer.style(start, "code")
        elif kind.endswith("_open") and kind[:-5] in _INLINE_STYLES:
            opened.append((kind[:-5], writer.length))
        elif kind.endswith("_close") and opened and opened[-1][0] == kind[:-6]:
            name, start = opened.pop()
            writer.style(start, _INLINE_STYLES[name])
        # images, inline HTML tags: no text

"""A Markdown memo of notebook entries, safe whatever the articles and notes contain.

Every piece of text is escaped so that a CommonMark (or GitHub) renderer shows it as
typed: no heading, list, table, link, HTML or code can be smuggled in by a title, a
note or a quoted passage. Titles and other one-line fields have their line breaks made
spaces; notes and quotes keep their lines.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from index.ingest.sanitize import sanitize
from index.notebook.models import Entry, Highlight
from index.when import day_or_minute, timed_value
from index.wording import CHANGED, NOT_FOUND

# characters that can start or end an inline construct anywhere in a line: code, emphasis,
# links and images, autolinks and HTML, entities, GFM tables and strikethrough, closing #s
_INLINE = re.compile(r"([\\`*_\[\]<&|~#])")
# what can open a block at the start of a line: quotes, bullets, setext underlines...
_LINE_START = re.compile(r"^([>+=-])")
# ...and ordered list items ("1." or "1)")
_NUMBERED = re.compile(r"^(\d{1,9})([.)])")
_SPACES = re.compile(r"\s+")
_SAFE_URL = re.compile(r"https?://[^\x00-\x20\x7f<>\\`]+")


def _escape(line: str) -> str:
    escaped = _INLINE.sub(r"\\\1", line)
    return _NUMBERED.sub(r"\1\\\2", _LINE_START.sub(r"\\\1", escaped))


def inline(text: str) -> str:
    """One line of Markdown showing ``text`` literally (line breaks become spaces)."""
    return _escape(_SPACES.sub(" ", sanitize(text)).strip())


def within(text: str) -> str:
    """`inline` for text after something on its line ("Article id: 068.txt"), where no
    block can start: only inline constructs are escaped (`inline` wrote "068\\.txt", the
    escape of a numbered item that cannot begin there)."""
    return _INLINE.sub(r"\\\1", _SPACES.sub(" ", sanitize(text)).strip())


def lines(text: str) -> list[str]:
    """Lines of Markdown showing ``text`` literally, its line breaks and blank lines kept.

    Leading and trailing spaces of each line are dropped (four leading spaces would make
    a code block; two trailing ones a hard break).
    """
    out = []
    for line in sanitize(text).splitlines():
        stripped = line.strip()
        out.append(_escape(stripped) if stripped else "")
    while out and not out[-1]:
        out.pop()
    return out


def markdown_link(url: str | None) -> str | None:
    """An address as Markdown: ``<url>`` (an autolink) when it is a plain web address, else
    the text escaped and never a link (``javascript:``, ``data:``, spaces); None for none."""
    if not url:
        return None
    if _SAFE_URL.fullmatch(url):
        return f"<{url}>"
    return inline(url)  # shown, never made a link: javascript:, data:, spaces...


def _quote(highlight: Highlight, shared: Mapping[str, str] | None = None) -> list[str]:
    block = [f"> {line}" if line else ">" for line in lines(highlight.exact)]
    extra = [f"said by {highlight.speaker}"] if highlight.speaker else []  # nu47 #9
    mark = (shared or {}).get(highlight.note or "")
    if highlight.orphaned:
        extra.append(f"({NOT_FOUND})")
    elif highlight.edited:  # nu30 #3: the old words quoted as if the article still had them
        extra.append(f"({CHANGED})")
    if highlight.tags:
        extra.append("tags: " + ", ".join(highlight.tags))
    if mark:  # the note said once, above the article's highlights (`shared_notes`)
        extra.append(f"note {mark}")
    if extra:
        block += [">", "> " + inline("— " + "; ".join(extra))]
    if highlight.note and not mark:  # labelled: a bare paragraph read as the article's (nu22)
        first, *rest = lines(highlight.note) or [""]
        block += ["", f"Note: {first}", *rest]
    return block


def human_date(value: str | None) -> str | None:
    """A stored ISO date as the memo prints it: "2017-03-29", or "2017-03-29 10:20" when it
    has a time (nu24 #5: raw "2017-03-29T10:20:00" beside a plain day); other text as is.
    The notebook keeps a day as the day alone (`index.when.iso_when`), so a stored time, even
    "T00:00:00", is one (fd34)."""
    if not value:
        return value
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return value
    return day_or_minute(timed_value(when) if len(value.strip()) > 10 else when)


def _entry(entry: Entry) -> list[str]:
    record = entry.article
    out = [f"## {inline(record.title) or within(record.id)}", ""]
    facts = [inline(value) for value in (record.source, human_date(record.date)) if value]
    link = markdown_link(record.url)
    if link:
        facts.append(link)
    if facts:
        out += [" · ".join(facts), ""]
    about = []
    if record.byline:
        about.append("By " + inline(record.byline))
    if entry.tags:
        about.append("Tags: " + inline(", ".join(entry.tags)))
    if entry.pinned:
        about.append("Pinned")
    if entry.orphaned:
        about.append("No longer in the index")
    about.append("Article id: " + within(record.id))
    out += [". ".join(about) + ".", ""]
    if entry.note:  # labelled as a highlight's is (nu53 #10: a bare paragraph, fx131)
        first, *rest = lines(entry.note) or [""]
        out += [f"Article note: {first}", *rest, ""]
    shared = shared_notes(entry.highlights)
    for note, mark in shared.items():
        count = sum(h.note == note for h in entry.highlights)
        first, *rest = lines(note) or [""]
        out += [f"Note {mark}, on {count} highlights below: {first}", *rest, ""]
    for highlight in entry.highlights:
        out += [*_quote(highlight, shared), ""]
    return out


def shared_notes(highlights: Sequence[Highlight]) -> dict[str, str]:
    """The notes more than one of an article's highlights carry, each with its mark ("(a)",
    "(b)" ...), so that the memo says each once (nu54 #2: `H`'s "Only here, of 6 compared;
    not in …" under each of 68 highlights)."""
    counts: dict[str, int] = {}
    for highlight in highlights:
        if highlight.note:
            counts[highlight.note] = counts.get(highlight.note, 0) + 1
    shared = [note for note, count in counts.items() if count > 1]
    return {note: f"({_letters(k)})" for k, note in enumerate(shared)}


def _letters(k: int) -> str:
    """a, b, ... z, aa, ab ...: the mark of the ``k``-th shared note."""
    name = ""
    k += 1
    while k:
        k, rest = divmod(k - 1, 26)
        name = chr(ord("a") + rest) + name
    return name


def markdown(
    entries: Sequence[Entry],
    *,
    title: str,
    exported: str,
    story: Mapping[str, Any] | None = None,
    followed: Sequence[Mapping[str, Any]] = (),
) -> str:
    """The memo: a heading, then per article its headline, outlet, date, URL, byline,
    tags, note, and each highlight quoted with its note.

    Args:
        entries: The selection, in the order to show.
        title: The memo's heading (escaped like the rest).
        exported: When it was made, shown under the heading.
        story: The story exported (`export --story`), as its JSON has it: what its screen
            shows (first, who followed when, articles per day and outlet, its quotes) comes
            before its articles (nu38 #5: titles and links only).
        followed: The followed stories (`story_memo.followed_part`): the whole notebook's
            memo said "0 articles" with 5 followed (nu38 #5).
    """
    from index.notebook.story_memo import followed_part, story_part  # it writes with ours

    count = f"{len(entries)} article" + ("" if len(entries) == 1 else "s")
    if followed:
        count += f", {len(followed)} followed stor" + ("y" if len(followed) == 1 else "ies")
    out = [f"# {inline(title) or 'Notebook'}", "", inline(f"{count}, exported {exported}"), ""]
    if story is not None:
        out += story_part(story)
    if followed:
        out += followed_part(followed)
    for entry in entries:
        out += ["---", "", *_entry(entry)]
    return "\n".join(out).rstrip("\n") + "\n"

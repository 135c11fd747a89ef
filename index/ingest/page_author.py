"""A web page's author as trafilatura reads it, made a byline (nu36 #12).

trafilatura joins a byline block's lines with a space and turns its commas into "; ":
``By Jane Reporter<br>BBC News, Los Angeles`` comes out "Jane Reporter BBC News; Los
Angeles". The byline is the people: an outlet's name (one the table knows or one shaped as
a newspaper's, "Valley Gazette") and a role ("Political reporter") are cut from the end of
a name, and a part that is only an outlet, a role or a place goes; the place right after
the outlet is the dateline (`page_place`).
"""

from __future__ import annotations

from index.text.metadata import ROLE_KIND, role_alone
from index.text.outlets import known_outlet
from index.text.places import is_place_name
from index.text.unlisted_outlet import unlisted_outlet


def page_byline(author: str) -> str | None:
    """The people named in a page's author field, as trafilatura separates them ("; "),
    without outlet, role or place; None when no one is left ("BBC News"). What follows an
    outlet's name is its place or desk ("BBC News; Los Angeles"), never a name."""
    return _read(author)[0]


def page_place(author: str) -> str | None:
    """The place right after the outlet in a page's author field ("Jane Reporter BBC News;
    Los Angeles": Los Angeles), when the place lists know it: the dateline, as "BBC News,
    Los Angeles" under a byline in a text gives it."""
    return _read(author)[1]


def _read(author: str) -> tuple[str | None, str | None]:
    names: list[str] = []
    parts = author.split(";")
    for k, part in enumerate(parts):
        words, outlet = _cut_tail(part.split())
        part = " ".join(words)
        if outlet or known_outlet(part) or (names and unlisted_outlet(part)):
            if part and not outlet:
                part = ""  # "BBC News" alone: a place or a desk may follow, no name
            if part and not role_alone(part):
                names.append(part)
            place = " ".join(parts[k + 1].split()) if k + 1 < len(parts) else ""
            return "; ".join(names) or None, place if place and is_place_name(place) else None
        if part and not role_alone(part) and not (names and is_place_name(part)):
            names.append(part)
    return "; ".join(names) or None, None


def _cut_tail(words: list[str]) -> tuple[list[str], bool]:
    """A name's words without the outlet and the role after it ("Jane Reporter Political
    reporter BBC News"), a name of two words left at least; and whether an outlet was cut.
    An outlet the table knows is looked for first, the longest; then the shortest tail
    shaped as a paper's name ("Valley Gazette", not "Garcia BBC News")."""
    outlet = False
    while len(words) > 2:
        sizes = range(len(words) - 2, 0, -1)
        size = next((n for n in sizes if known_outlet(" ".join(words[-n:]))), None)
        if size is None:
            size = next((n for n in reversed(sizes) if unlisted_outlet(" ".join(words[-n:]))), None)
        named = size is not None
        if size is None:
            size = next((n for n in sizes if _role(words[-n:])), None)
        if size is None:
            break
        words, outlet = words[:-size], outlet or named
    return words, outlet


def _role(words: list[str]) -> bool:
    """A role's words: "Political reporter", "Correspondent"; not "Garcia Political
    reporter" (a surname before it)."""
    return role_alone(" ".join(words)) and (
        len(words) == 1 or ROLE_KIND.fullmatch(words[0]) is not None
    )

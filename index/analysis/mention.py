"""A name an article gives: what `NameBook` files of each run of capitals it keeps."""

from __future__ import annotations

from typing import NamedTuple


class Mention(NamedTuple):
    """A name the article gives at ``start``: a person's full name or an organisation.

    A named tuple: a book makes one for most runs of capitals it reads, with
    ``tuple.__new__`` (0.4 µs each, against 1.4 for the frozen dataclass it was; the same
    hash and the same equality between mentions).

    Attributes:
        start: Offset of the name (or of the title before it).
        name: The name without titles.
        organisation: True for an organisation.
        title: Lower-case title words given with it ("russian navy commander-in-chief").
        speaker: True when the name is the subject of a speech verb there, or of its
            sentence (what "he" most likely points back to).
        gender: "m" or "f" when a first name, an honorific or a title tells, "u" for a
            first name given to both, else None.
        person: True when something says it is a person's name (a known first name, a
            title, a speech verb, a surname of a person named before), not a place's.
    """

    start: int
    name: str
    organisation: bool
    title: str = ""
    speaker: bool = False
    gender: str | None = None
    person: bool = False

"""Where an article credits who wrote or sent it: no name it gives (nu55 #7).

Compare's "only in" names listed the reporters of a wire's closing credit ("(Reporting by
Dmitry Antonov and Dan Peleschuk; French version by Diana Mandia ..., edited by Kate
Entringer)"), a byline line ("By Daniel Bases"), a list of agencies ("rs/rc (AP, AFP, dpa,
Reuters)") and a dateline's place when the date in it is in parentheses ("WASHINGTON
(August 23, 2021) - "; `metadata.DATELINE` reads "PLACE, March 20 (Reuters) - " and the
names already skip that one). `Credits.of` finds those spans in a body. A name whose every
mention lies in one is no name the article gives (`Credits.outside`), nor a word the finder cut
from a longer name ("Lobby" of "the Speaker’s Lobby": `Credits.cut`). A name cut at "the" is
shown whole ("Department for Exiting the European Union", `Credits.whole`), and one
mentioned in a credit and again in the text as the text writes it (`Credits.shown`: "United
Nations", not the dateline's "UNITED NATIONS").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from index.analysis.entities import fold
from index.text.metadata import DATELINE, NOT_PLACES
from index.text.outlets import agency_name, known_outlet

if TYPE_CHECKING:
    from index.analysis.namematch import Entity

__all__ = ["Credits", "credit_spans", "outlet_key"]

_CREDIT_WORDS = (
    r"(?:additional\s+)?(?:reporting|writing|editing|edited|written|reported|compiled"
    r"|translated|translation|research|contributed|contributing|photos?|video|graphics"
    r"|(?:[A-Z][a-z]+\s+)?version)"
)
_WIRE = re.compile(r"\(\s*" + _CREDIT_WORDS + r"\s+by\b[^()\n]*\)", re.IGNORECASE)
"""A parenthesised credit: "(Reporting by A and B; Editing by C)"."""
_CREDIT_LINE = re.compile(r"^[ \t]*" + _CREDIT_WORDS + r"\s+by\s[^\n]*$", re.IGNORECASE | re.M)
"""A line of credits: "Reporting by A; Editing by B"."""
_BYLINE = re.compile(r"^[ \t]*By\s+[A-Z][^\n]{1,80}(?<![.!?\"”])$", re.MULTILINE)
"""A byline line: "By Daniel Bases", "By A and B, Reuters"."""
_AGENCIES = re.compile(r"\((?P<names>[A-Za-z][\w.&-]{0,24}(?:\s*[,/]\s*[A-Za-z][\w.&-]{0,24})+)\)")
"""Agencies credited together in parentheses: "(AP, AFP, dpa, Reuters)", "(dpa/NAN)"."""
_DATED_PLACE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,4})\s*\([^()\n]{1,40}\)\s*[-–—:]+\s"
)
"""A dateline whose parentheses hold a date or an agency: "WASHINGTON (August 23, 2021) - "."""

_OWNED = re.compile(r"\b[Tt]he\s+[A-Z][\w-]*[’']s\s+$")
"""A possessive that is part of a place's name: "the Speaker’s Lobby", "the Queen's Speech"."""
_LINKED = re.compile(r"\s(?:for|of|on|and)\s")
_THE_NAME = re.compile(r"\s+the(?:\s+[A-Z][\w'’-]*)+")
"""A name of linked words going on past "the": "Department for Exiting the European Union"."""


_OUTLET_TAILS = frozenset(("news", "com", "co", "uk", "org", "net", "online"))


def outlet_key(source: str) -> tuple[str, ...]:
    """An outlet's name as matched against a name: "Al Jazeera", "Al Jazeera News" and
    "aljazeera.com"'s own "Al Jazeera.com" all read ("al", "jazeera"); "BBC News" ("bbc",)."""
    words = re.findall(r"[a-z0-9]+", fold(source).lower().replace("’", "'").replace("'s", ""))
    if words[:1] == ["the"]:
        words = words[1:]
    while len(words) > 1 and words[-1] in _OUTLET_TAILS:
        words.pop()
    return tuple(words)


def _agencies(names: str) -> bool:
    parts = [p.strip() for p in re.split(r"[,/]", names) if p.strip()]
    known = [p for p in parts if known_outlet(p) or agency_name(p)]
    return len(known) >= 2 and all(p in known or p.islower() for p in parts)


def credit_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` that credit its writers, editors or agencies, or give its
    dateline's place, in order."""
    spans = [m.span() for pattern in (_WIRE, _CREDIT_LINE, _BYLINE) for m in pattern.finditer(text)]
    spans += [m.span() for m in _AGENCIES.finditer(text) if _agencies(m.group("names"))]
    by = _BYLINE.match(text)  # a dateline opens the text, or the lede under a byline
    at = len(text) - len(text[by.end() :].lstrip()) if by else 0
    dated = DATELINE.match(text[at:]) or _DATED_PLACE.match(text[at:])
    if dated and dated.group("place") not in NOT_PLACES:
        spans.append((at + dated.start("place"), at + dated.end("place")))
    return tuple(sorted(spans))


@dataclass(frozen=True, slots=True)
class Credits:
    """One article's credit spans (`credit_spans`) and its text."""

    text: str = ""
    spans: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, text: str) -> Credits:
        """The credits of ``text``."""
        return cls(text, credit_spans(text))

    def credited(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies in a credit."""
        return any(lo <= start and end <= hi for lo, hi in self.spans)

    def cut(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a word the finder cut from a longer name: the room
        of "the Speaker’s Lobby" ("Lobby"); never an acronym, a name of its own ("the
        agency's ICE", "the UK's GCHQ": rv59, 5 of 117 such words in newsarticles)."""
        word = self.text[start:end]
        if " " in word or (word.isupper() and len(word) > 1):
            return False
        return _OWNED.search(self.text, max(0, start - 60), start) is not None

    def whole(self, start: int, end: int) -> str:
        """``text[start:end]``, with the rest of its name when the finder cut it at "the":
        "Department for Exiting" of "the Department for Exiting the European Union"."""
        name = self.text[start:end]
        rest = _THE_NAME.match(self.text, end) if _LINKED.search(name) else None
        return name + rest.group() if rest else name

    def outside(self, entity: Entity, after: int = 0) -> bool:
        """Whether the article gives ``entity`` whole past ``after`` outside every credit."""
        return any(
            end > after and not self.credited(start, end) and not self.cut(start, end)
            for start, end in entity.spans
        )

    def shown(self, entity: Entity) -> Entity:
        """``entity``, named as the text writes it outside credits when its name is a
        credit's capitals ("UNITED NATIONS" of a dateline, "United Nations" in the text),
        and whole when the finder cut it (`whole`)."""
        said = [(a, b) for a, b in entity.spans if not self.credited(a, b)]
        if said and (whole := self.whole(*said[0])) != self.text[slice(*said[0])]:
            return replace(entity, name=whole)
        texts = [self.text[a:b] for a, b in said]
        if not entity.name.isupper() or not texts or entity.name in texts:
            return entity
        better = max((t for t in texts if not t.isupper()), key=len, default=None)
        return replace(entity, name=better) if better else entity

"""The people and organisations an article names: who "he", "Warren" and "the minister" are."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from index.analysis.names import ABBREVIATIONS, split_title
from index.analysis.speechverbs import NOT_NAMES, PERSON_TITLES


@dataclass(frozen=True, slots=True)
class Mention:
    """A name the article gives at ``start``: a person's full name or an organisation.

    Attributes:
        start: Offset of the name (or of the title before it).
        name: The name without titles.
        organisation: True for an organisation.
        title: Lower-case title words given with it ("russian navy commander-in-chief").
        speaker: True when the name is the subject of a speech verb there.
    """

    start: int
    name: str
    organisation: bool
    title: str = ""
    speaker: bool = False


_NAME_WORD = (
    r"(?:[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Sen|Gen|Rep|Gov|Lt|Col|Capt|Adm|St|Jr|Sr)\.|[A-Z][\w'’\-]*)"
)
_CAP_RUN = re.compile(
    rf"{_NAME_WORD}(?:[ \t]+(?:(?:de|van|von|der|al|bin|la|le|du|da|di|of)[ \t]+)?{_NAME_WORD})*"
)
_SPEAKS_AFTER = re.compile(
    r"(?:,[^,.;\"“”]{1,90},)?[ \t]+(?:(?:has|had|also|later|then|earlier|previously|once|"
    r"recently|again|further|told|reportedly)[ \t]+)?(?:said|says|told|tells|added|adds|"
    r"stated|explained|warned|insisted|noted|stressed|argued|declared|wrote|tweeted|"
    r"announced|claimed|replied|recalled|testified|confirmed|emphasi[sz]ed|urged)\b"
)


class NameBook:
    """The people and organisations an article names, to resolve "he" and "Warren"."""

    def __init__(self, text: str, quoted: list[tuple[int, int]]) -> None:
        """Collect the names of ``text`` outside the quoted ``(start, end)`` spans."""
        self.mentions: list[Mention] = []
        starts = [q[0] for q in quoted]
        boundaries = [m.end() for m in _BOUNDARY.finditer(text) if not _abbreviation_at(text, m)]
        last_sentence = -1
        for m in _CAP_RUN.finditer(text):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and quoted[k][0] <= m.start() < quoted[k][1]:
                continue
            words = m.group().split()
            if words[-1].endswith(("'s", "’s")):
                words[-1] = words[-1][:-2]
            sentence = bisect.bisect_right(boundaries, m.start())
            while words and words[0].lower().rstrip(".") in NOT_NAMES:
                words = words[1:]
            if not words:
                continue
            titles, name, organisation = split_title(words)
            name = [w.rstrip(".,") for w in name if w.rstrip(".,")]
            if not name or (m.group().isupper() and len(name) > 1):
                continue
            speaker = bool(_SPEAKS_AFTER.match(text, m.end()))
            if len(name) == 1 and name[0].isupper() and not titles:
                organisation = True  # "SPLC", "NATO"
            if organisation:
                self.mentions.append(Mention(m.start(), " ".join(name), True, "", speaker))
                continue
            person_title = bool(titles) and titles[-1].lower().rstrip(".") in PERSON_TITLES
            if len(name) > 4 or (len(name) == 1 and not (person_title or speaker)):
                continue
            subject = sentence != last_sentence
            last_sentence = sentence
            title = " ".join(titles).lower()
            self.mentions.append(
                Mention(m.start(), " ".join(name), False, title, speaker or subject)
            )
        self._starts = [mention.start for mention in self.mentions]

    def add(self, start: int, name: str, organisation: bool, title: str = "") -> None:
        """Record a speaker named at ``start`` (an attribution is a mention too)."""
        k = bisect.bisect_right(self._starts, start)
        self.mentions.insert(k, Mention(start, name, organisation, title.lower(), True))
        self._starts.insert(k, start)

    def last_before(self, offset: int, organisation: bool) -> Mention | None:
        """Who "he" (or "it") most likely is at ``offset``: the nearest earlier name that
        spoke or was the subject of its sentence, else the nearest earlier name."""
        k = bisect.bisect_left(self._starts, offset) - 1
        nearest: Mention | None = None
        while k >= 0:
            mention = self.mentions[k]
            if mention.organisation == organisation:
                if mention.speaker:
                    return mention
                nearest = nearest or mention
            k -= 1
        return nearest

    def with_role(self, role: str, offset: int) -> Mention | None:
        """The nearest earlier name given with ``role`` ("minister", "ministry")."""
        k = bisect.bisect_left(self._starts, offset) - 1
        fallback: Mention | None = None
        while k >= 0:
            mention = self.mentions[k]
            words = re.split(r"[\s\-]+", f"{mention.title} {mention.name}".lower())
            if role in words:
                if mention.speaker:
                    return mention
                fallback = fallback or mention
            k -= 1
        return fallback

    def full_name(self, name: str, offset: int) -> str:
        """The fullest name the article gives for ``name`` ("Warren" -> "Elizabeth Warren")."""
        words = name.split()
        if len(words) == 1 and name.isupper() and 2 <= len(name) <= 6:
            for m in self.mentions:
                initials = "".join(w[0] for w in m.name.split() if w[0].isupper())
                if initials == name:
                    return m.name
        last = words[-1].lower()
        best: tuple[int, int, str] | None = None  # (before offset, position, name)
        for m in self.mentions:
            if m.organisation:
                continue
            m_words = m.name.split()
            if len(m_words) <= len(words) or m_words[-1].lower() != last:
                continue
            if len(words) >= 2 and [w.lower() for w in m_words[-len(words) :]] != [
                w.lower() for w in words
            ]:
                continue
            rank = (1 if m.start <= offset else 0, m.start if m.start <= offset else -m.start)
            if best is None or rank > best[:2]:
                best = (*rank, m.name)
        return best[2] if best else name


_BOUNDARY = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z])|\n\s*")


def _abbreviation_at(text: str, m: re.Match[str]) -> bool:
    """True when the full stop that ends ``m`` belongs to "Mr." or "U.S." or an initial."""
    if text[m.start()] != ".":
        return False
    j = m.start()
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j : m.start()]
    return len(word) == 1 or word.lower() in ABBREVIATIONS

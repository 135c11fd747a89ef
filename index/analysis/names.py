"""Tokens, name phrases and the people an article names: what quote attribution reads."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from index.analysis.speechverbs import (
    NOT_NAMES,
    PERSON_TITLES,
    ORG_WORDS,
    PARTICLES,
    PRONOUNS,
    SPEECH_VERBS,
    TITLES,
)

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_](?:[\w'’\-]*[^\W_])?\.?|[^\w\s]")
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "sen", "rep", "gen", "col", "lt", "maj", "capt", "adm", "sgt", "gov", "prof", "st", "jr", "sr", "inc", "co", "corp", "ltd", "mt", "ft", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "hon", "gen", "cmdr", "supt"]
)
_RELATIVE = frozenset(["who", "which", "whose", "whom", "that"])
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that"])
_AFFILIATION = re.compile(r"^[DRI]-[A-Z][\w.]*$")  # "D-Mass." after a US politician's name


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark: ``text[start:end] == self.text``."""

    text: str
    start: int
    end: int

    @property
    def norm(self) -> str:
        """Lower case, without a trailing full stop or a possessive 's."""
        word = self.text.lower().rstrip(".")
        return word

    @property
    def capital(self) -> bool:
        """True for a word that starts with a capital letter."""
        return self.text[0].isupper()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        cut = word.rfind("-")
        if cut > 0 and word[cut + 1 :].lower().rstrip(".") in SPEECH_VERBS:
            # "Lorenzana-told": a space lost in this copy.
            out.append(Token(word[:cut], m.start(), m.start() + cut))
            out.append(Token(word[cut + 1 :], m.start() + cut + 1, m.end()))
        else:
            out.append(Token(word, m.start(), m.end()))
    return out


def ends_sentence(tok: Token) -> bool:
    """True when the token ends a sentence ("said." but not "Sen." or "U.S.")."""
    if tok.text in (".", "!", "?", "…"):
        return True
    if not tok.text.endswith(".") or len(tok.text) < 2:
        return False
    word = tok.text[:-1]
    if "." in word or len(word) == 1 or word.lower() in _ABBREVIATIONS:
        return False
    return not _AFFILIATION.match(tok.text)


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """What a phrase next to a speech verb says about the speaker.

    Attributes:
        name: A proper name (person or organisation), without titles, or None.
        description: Titles and roles around the name ("Foreign Ministry spokesperson"),
            or the whole phrase when it names no one ("the company's chief executive").
        pronoun: "he", "she", "it", ... when the phrase is only a pronoun.
        organisation: True when the name is an organisation's.
        start: Offset of the phrase's first token.
        end: Offset just past its last token.
    """

    name: str | None
    description: str | None
    pronoun: str | None
    organisation: bool
    start: int
    end: int


def _split_parts(toks: list[Token]) -> list[list[Token]]:
    parts: list[list[Token]] = [[]]
    for tok in toks:
        if tok.text in (",", "(", ")", "—", "–"):
            if parts[-1]:
                parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]


def _is_description(part: list[Token]) -> bool:
    first = part[0]
    return (
        (first.norm in _DETERMINERS and not first.capital)
        or first.norm in _RELATIVE
        or (not first.capital and first.norm in TITLES)
        or bool(_AFFILIATION.match(first.text))
        or (not first.capital and len(part) <= 6 and first.norm not in PRONOUNS)
    )


def _name_run(part: list[Token], first: bool = False) -> tuple[int, int] | None:
    """Index range of the last (or first) run of capitalised words, particles inside."""
    order = range(len(part)) if first else range(len(part) - 1, -1, -1)
    at = next((i for i in order if _cap(part[i])), None)
    if at is None:
        return None
    start, end = at, at + 1
    while start > 0 and (
        _cap(part[start - 1])
        or (part[start - 1].norm in _JOINERS and start >= 2 and _cap(part[start - 2]))
    ):
        start -= 1
    while end < len(part) and (
        _cap(part[end])
        or (part[end].norm in _JOINERS and end + 1 < len(part) and _cap(part[end + 1]))
    ):
        end += 1
    return start, end


_JOINERS = PARTICLES | {"of"}
_LEADING = frozenset(["but", "and", "so", "yet", "meanwhile", "however", "also"])


def _cap(tok: Token) -> bool:
    return tok.capital and tok.text[0].isalpha()


def parse_phrase(toks: list[Token], *, verb_after: bool) -> NounPhrase | None:
    """Read the speaker out of the words next to a speech verb.

    Args:
        toks: The phrase's tokens (no speech verb among them).
        verb_after: True when the verb follows the phrase ("Ban said"), False when it comes
            first ("said Ban, the secretary-general").

    Returns:
        The phrase read as a speaker, or None when it is not a noun phrase.
    """
    toks = _without_tickers([t for t in toks if t.text not in ("'", '"', "“", "”", "’", "‘", "?")])
    while toks and (toks[0].norm in _LEADING or toks[0].text in (",", "-", "—")):
        toks = toks[1:]
    if not toks or len(toks) > 40:
        return None
    if len(toks) == 1 and toks[0].norm in PRONOUNS:
        t = toks[0]
        return NounPhrase(None, None, t.norm, False, t.start, t.end)
    parts = _split_parts(toks)
    if not parts:
        return None
    order = list(range(len(parts)))
    if verb_after:
        order.reverse()
    descriptions: list[str] = []
    chosen: NounPhrase | None = None
    for k, idx in enumerate(order):
        part = parts[idx]
        if part[0].norm in _RELATIVE or part[0].text.endswith("ing"):
            if k == 0 and not verb_after:
                return None
            continue  # "who heads the agency", "speaking at a news conference"
        if (
            len(parts) > 1
            and (_is_description(part) or all(_SUFFIX.match(t.text) for t in part))
            and not (len(part) == 1 and part[0].norm in PRONOUNS)
        ):
            descriptions.append(_join(part))
            continue
        found = _read_part(part, first_run=not verb_after)
        if found is None:
            if _is_description(part) and len(part) <= 10:
                descriptions.append(_join(part))
                continue
            break
        chosen = found
        if found.description:
            descriptions.append(found.description)
        if not verb_after and idx + 1 < len(parts):
            for extra in parts[idx + 1 :]:
                if _is_description(extra) and extra[0].norm not in _RELATIVE:
                    descriptions.append(_join(extra))
                else:
                    break
        break
    if chosen is None:
        if not descriptions:
            return None
        first = toks[0]
        # "the minister", "a spokesman for the company": a role, no name.
        return NounPhrase(None, descriptions[0], None, False, first.start, toks[-1].end)
    if verb_after:
        descriptions.reverse()
    description = "; ".join(d.rstrip(".,") for d in descriptions if d) or None
    return NounPhrase(
        chosen.name, description, None, chosen.organisation, toks[0].start, toks[-1].end
    )


def _without_tickers(toks: list[Token]) -> list[Token]:
    """Drop Reuters' ticker symbols ("<MER>") from a phrase."""
    out: list[Token] = []
    inside = False
    for tok in toks:
        if tok.text == "<":
            inside = True
        elif tok.text == ">":
            inside = False
        elif not inside:
            out.append(tok)
    return out


def _join(part: list[Token]) -> str:
    return " ".join(t.text for t in part).replace(" 's", "'s")


_PREPOSITIONS = frozenset(["of", "for", "at", "in", "with", "from", "to", "on", "by", "under", "about"])
_SUFFIX = re.compile(r"^(?:M\.D\.?|Ph\.D\.?|Jr\.?|Sr\.?|III?|IV|[DRI]-[A-Z][\w.]*)$")


def _read_part(part: list[Token], first_run: bool = False) -> NounPhrase | None:
    if len(part) == 1 and part[0].norm in PRONOUNS:
        return NounPhrase(None, None, part[0].norm, False, part[0].start, part[0].end)
    if all(_SUFFIX.match(t.text) for t in part):
        return None
    if part[0].norm in _DETERMINERS and not part[0].capital:
        first_run = False  # "said the company's chief executive John Smith"
    run = _name_run(part, first=first_run)
    if run is None:
        return None
    start, end = run
    role = NounPhrase(None, _join(part), None, False, part[0].start, part[-1].end)
    if any(not t.capital and t.norm in _PREPOSITIONS for t in part[:start]):
        return role  # "a spokesman for the Punjab police", "the chairman of Merrill Lynch"
    if (
        not first_run
        and end == len(part) - 1
        and not part[end].capital
        and part[end].norm not in _PREPOSITIONS
        and not part[end].norm.endswith(("ed", "ing", "ly"))
    ):
        return role  # "the Navy chief", "a Ghana official", "the SAFRI boss"
    words = part[start:end]
    # Leading words that only start a sentence or a clause ("But", "On Monday").
    while words and (words[0].norm in NOT_NAMES or words[0].norm.rstrip("'s") in NOT_NAMES):
        if words[0].norm in ("the",) and len(words) > 1 and _org(words[1:]):
            break
        words = words[1:]
    if not words:
        return None
    titles, name_texts, organisation = split_title([w.text for w in words])
    if not name_texts:
        desc = _join(part)
        return NounPhrase(None, desc, None, False, part[0].start, part[-1].end)
    name_words = words[len(words) - len(name_texts) :] if not organisation else words
    if organisation:
        name_words = [w for w in words if w.norm != "the"]
    if len(name_words) > 6 or all(w.norm in NOT_NAMES for w in name_words):
        return None
    if _AFFILIATION.match(name_words[0].text) or name_words[0].text.isdigit():
        return None
    first = part.index(name_words[0])
    before = part[:first]
    while before and before[0].capital and before[0].norm in NOT_NAMES:
        before = before[1:]
    tail = part[part.index(name_words[-1]) + 1 :]
    description = _join(before) if before else ""
    if tail and tail[0].norm in _PREPOSITIONS:
        description = (description + " " + _join(tail)).strip()
    name = " ".join(w.text for w in name_words).rstrip(",")
    if name.endswith(".") and not _ABBREV_END.search(name):
        name = name[:-1]
    if name.endswith(("'s", "’s")):
        return None  # "Trump's lawyers": the name owns the speaker, it is not the speaker
    return NounPhrase(name, description or None, None, organisation, part[0].start, part[-1].end)


_ABBREV_END = re.compile(r"(?:\b[A-Z]|Jr|Sr|Co|Corp|Inc|Ltd)\.$")


def _org(words: list[Token]) -> bool:
    return any(w.norm in ORG_WORDS for w in words)


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


def split_title(words: list[str]) -> tuple[list[str], list[str], bool]:
    """Split capitalised words into (title words, name words, organisation?)."""
    low = [w.lower().rstrip(".,") for w in words]
    last_title = -1
    for i, w in enumerate(low):
        if w in TITLES or any(part in TITLES for part in w.split("-") if len(part) > 3):
            last_title = i
    name = words[last_title + 1 :]
    if not name or any(w.lower().rstrip(".,") in ORG_WORDS for w in name):
        whole = [w for w in words if w.lower() != "the"]
        if any(w.lower().rstrip(".,") in ORG_WORDS for w in whole):
            return [], whole, True
        return words, [], False
    return words[: last_title + 1], name, False


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
            at_start = m.start() in boundaries or m.start() == 0
            while words and words[0].lower().rstrip(".") in NOT_NAMES:
                words = words[1:]
                at_start = False
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
    return len(word) == 1 or word.lower() in _ABBREVIATIONS

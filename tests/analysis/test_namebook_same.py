"""`NameBook` reads each distinct run of capitals once (`namerun.read_run`), bounds the
walk back over a word before a full stop and reads a sentence's lead words in place: the
same mentions as the reading it replaced, kept here as the oracle (hypothesis)."""

from __future__ import annotations

import bisect
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis.firstnames import FEMALE, MALE, first_name_gender, title_gender
from index.analysis.namebook import (
    _AGE_AFTER,
    _BOUNDARY,
    _CAP_RUN,
    _LOWER_NEXT,
    _SPEAKS_AFTER,
    _SUBJECT_LEAD,
    _UNNAMED_SUBJECT,
    Mention,
    NameBook,
)
from index.analysis.namecues import role_before_name, spoken_by
from index.analysis.namerun import gender_of_words as _gender
from index.analysis.names import ABBREVIATIONS, split_title
from index.analysis.speechverbs import (
    NOT_NAMES,
    ORG_WORDS,
    PARTY_MEMBERS,
    PERSON_TITLES,
    PLACE_NAMES,
    PLACE_WORDS,
    TITLES,
)


def _old_mentions(text: str, quoted: list[tuple[int, int]]) -> list[Mention]:
    """The mentions as `NameBook.__init__` found them before (main 386bf9c)."""
    mentions: list[Mention] = []
    starts = [q[0] for q in quoted]
    boundaries = [m.end() for m in _BOUNDARY.finditer(text) if not _abbreviation_at(text, m)]
    last_sentence = -1
    surnames: dict[str, Mention] = {}
    for m in _CAP_RUN.finditer(text):
        if m.group().lower().rstrip(".") in NOT_NAMES:
            continue  # "The", "But", "He" alone (a quarter of the runs): never a name
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and quoted[k][0] <= m.start() < quoted[k][1]:
            continue
        words = m.group().split()
        if "-" in words[0] and len(words) > 1:
            head, _, tail = words[0].rpartition("-")
            if first_name_gender(tail) in (MALE, FEMALE) and not first_name_gender(head):
                words[0] = tail  # "Photographer-Ivette Ivens": a space lost in this copy
        owned_run = False
        if len(words) > 2 and words[1] == "of" and not _body_or_title(words[0]):
            words = words[2:]  # "Shares of Acme Corp": the name stands after "of"
            owned_run = True
        owner = [i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))]
        if owner:
            words = words[owner[-1] + 1 :]  # "Al Jazeera's Natasha Butler"
        possessive = words[-1].endswith(("'s", "’s", "s'", "s’"))
        if words[-1].endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]
        elif words[-1].endswith(("s'", "s’")):
            words[-1] = words[-1][:-1]  # "Guterres' rebuke"
        sentence = bisect.bisect_right(boundaries, m.start())
        honorific = ""
        while words and words[0].lower().rstrip(".") in NOT_NAMES:
            if title_gender(words[0]) is not None:
                honorific = words[0]  # "Mrs Porter": who "she" is
            words = words[1:]
        if not words:
            continue
        titles, name, organisation = split_title(words)
        if honorific:
            titles = [honorific, *titles]
        name = [w.rstrip(".,") for w in name if w.rstrip(".,")]
        while len(name) > 1 and name[0].lower() in PLACE_NAMES:
            name = name[1:]  # "in Malaysia Zahid said": a heading glued to the text
        if not name or (m.group().isupper() and len(name) > 1) or len(name[0]) == 1 == len(name):
            continue  # "U" of "U.S.": no name
        # "The father of Ziyed Ben Belgacem told": the name is not who spoke.
        owned = owned_run or text[max(0, m.start() - 5) : m.start()].endswith(
            (" of ", " for ")  # "analyst for AGE Clearing noted": not who noted
        )
        before = text[max(0, m.start() - 20) : m.start()]
        speaker = not owned and bool(
            _SPEAKS_AFTER.match(text, m.end()) or (not possessive and spoken_by(before))
        )  # "said Zhou Zhiping", but not "he said Acme would", "Byrd said Reagan's veto"
        if len(name) == 1 and name[0].isupper() and not titles:
            organisation = True  # "SPLC", "NATO"
        opening = boundaries[sentence - 1] if sentence > 0 else 0
        # what follows is read only where it decides something (most runs are not names)
        if organisation:  # what "it said" may point back to
            said = speaker or (not owned and _leads(text, opening, m.start()))
            mentions.append(Mention(m.start(), " ".join(name), True, "", said))
            continue
        if name[-1].lower() in PLACE_WORDS or len(name) > 4:
            continue  # "Wall Street", "Preston Park Hotel": not who "he" is
        if name[-1].lower() in PARTY_MEMBERS:
            continue  # "the West Virginia Democrat": someone described, not named
        person_title = bool(titles) and titles[-1].lower().rstrip(".") in PERSON_TITLES
        known = surnames.get(name[-1].lower()) if len(name) == 1 else None
        alone = (  # "Adele appeared to doubt": a known first name opening its sentence
            len(name) == 1
            and not possessive  # "Chase's stock fell": a thing the name owns
            and not titles
            and known is None
            and first_name_gender(name[0]) in (MALE, FEMALE)
            and name[0].lower() not in PLACE_NAMES
            and bool(_LOWER_NEXT.match(text, m.end()))
            and not owned
            and _leads(text, opening, m.start())
        )
        strong = person_title or speaker or bool(known) or alone
        role_before = not strong and role_before_name(before)
        if len(name) == 1 and not (strong or role_before):
            continue
        gender = first_name_gender(name[0]) if alone else _gender(titles, name)
        leads = alone or (
            sentence != last_sentence and not owned and _leads(text, opening, m.start())
        )
        subject = sentence != last_sentence and leads
        last_sentence = sentence
        title = " ".join(titles).lower()
        person = bool(
            strong
            or role_before
            or (gender is not None and len(name) > 1)
            or _AGE_AFTER.match(text, m.end())
        )
        full = known.name if known is not None and not titles else " ".join(name)
        if known is not None:
            gender = gender or known.gender
        mention = Mention(m.start(), full, False, title, speaker or subject, gender, person)
        mentions.append(mention)
        if len(name) > 1 and person:
            surnames[name[-1].lower()] = mention
    for opening in [0, *boundaries]:
        found = _UNNAMED_SUBJECT.match(text, opening)
        if found is not None:
            noun = (found.group("kin") or found.group("one")).lower()
            mentions.append(Mention(found.start(), "", False, noun, True, title_gender(noun), True))
    mentions.sort(key=lambda mention: mention.start)
    return mentions


def _body_or_title(word: str) -> bool:
    low = word.lower().rstrip(".,")
    return low in ORG_WORDS or low in TITLES or first_name_gender(word) is not None


def _leads(text: str, opening: int, start: int) -> bool:
    lead = text[opening:start]
    lead = lead[lead.rfind(",") + 1 :]
    for word in re.findall(r"[A-Za-z][\w'’\-]*", lead):
        if not word[0].isupper() and word not in _SUBJECT_LEAD and word not in TITLES:
            return False
    return True


def _abbreviation_at(text: str, m: re.Match[str]) -> bool:
    if text[m.start()] != ".":
        return False
    j = m.start()
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j : m.start()]
    return len(word) == 1 or word.lower() in ABBREVIATIONS


WORDS = [
    "Elizabeth",
    "Warren",
    "Mrs",
    "Mrs.",
    "Porter",
    "Mr.",
    "Sen.",
    "Dr",
    "Acme",
    "Corp",
    "NATO",
    "SPLC",
    "U.S.",
    "Shares",
    "of",
    "for",
    "the",
    "The",
    "said",
    "told",
    "says",
    "according",
    "to",
    "Photographer-Ivette",
    "Ivens",
    "Al",
    "Jazeera's",
    "Natasha",
    "Butler",
    "Guterres'",
    "Chase's",
    "Wall",
    "Street",
    "West",
    "Virginia",
    "Democrat",
    "Foreign",
    "Minister",
    "Sergei",
    "Lavrov",
    "He",
    "She",
    "But",
    "A",
    "An",
    "spokesman",
    "father",
    "farmer",
    "Faro",
    "Muza",
    "Adele",
    "appeared",
    "49",
    "in",
    "Malaysia",
    "Zahid",
    "Bank",
    "of",
    "Secretary",
    "State",
    "Ministry",
    "Defence",
    "Preston",
    "Park",
    "Hotel",
    "John",
    "J.",
    "Smith",
    "van",
    "der",
    "Berg",
    "al-Sisi",
    "Ahmad",
    "Hamidi",
    "Reuters",
    "and",
    "was",
    "Jean-Claude",
    "Ki-moon",
    "Ban",
    "Co.",
    "Inc.",
    "sept.",
    "Sept.",
    "Fran\u00e7ois",
    "x",
]
GLUE = [" ", " ", " ", ", ", ". ", "? ", "\n", " - ", ' "', '" ', ":", "\n\n", "  "]
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), max_size=60).map(
    lambda parts: "".join(w + g for w, g in parts)
)


def _quoted(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """Spans between sorted cut points, every other pair: no two overlap."""
    points = sorted({c % (len(text) + 1) for c in cuts})
    return [(a, b) for a, b in zip(points[::2], points[1::2], strict=False) if a < b]


@settings(max_examples=300)
@given(TEXTS, st.lists(st.integers(min_value=0, max_value=10_000), max_size=6))
@example(
    "Foreign Minister Sergei Lavrov said. Adele appeared to doubt it, Mrs Porter told SPLC. "
    "Shares of Acme Corp fell, said Jean-Claude Smith, 49, and Smith said the U.S. would. "
    "A spokesman for Acme said. The father of Ban Ki-moon said. Ban said. ",
    [],
)
def test_namebook_finds_the_mentions_it_found_before(text: str, cuts: list[int]) -> None:
    quoted = _quoted(text, cuts)
    assert NameBook(text, quoted).mentions == _old_mentions(text, quoted)


PIECES = st.sampled_from(
    ["Mr", "sept", "xsept", "cmdr", "acmdr", "a", "Co", "U", "é", "Σ", "1", "_"]
)


@given(
    st.lists(st.tuples(PIECES, st.sampled_from([". ", ".", " ", ".\n", "? A", ". A"])), max_size=9)
)
def test_a_full_stop_after_an_abbreviation_as_before(parts: list[tuple[str, str]]) -> None:
    from index.analysis.namebook import _abbreviation_at as new

    text = "".join(w + g for w, g in parts)
    for m in _BOUNDARY.finditer(text):
        assert new(text, m) == _abbreviation_at(text, m)

"""The speaker phrase next to a speech verb: a name, its titles and roles, or a pronoun."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from index.analysis.apposition import body_role, title_of_body, without_tickers
from index.analysis.lostletters import lost_letters
from index.analysis.moodwords import mood_only
from index.analysis.names import AFFILIATION, Token, ends_sentence, split_title
from index.analysis.nametail import nouns_close
from index.analysis.nametidy import person_start, tidy, unglued_letters
from index.analysis.notnames import name_between, tag_side
from index.analysis.phrase_titles import PREPOSITIONS as _PREPOSITIONS
from index.analysis.phrase_titles import capital as _cap
from index.analysis.phrase_titles import role_then_name as _role_then_name
from index.analysis.phrase_titles import title_word as _title_word
from index.analysis.phraseroles import DETERMINERS as _DETERMINERS
from index.analysis.phraseroles import (
    ampersands,
    body_list,
    body_span,
    coordinated,
    first_name,
    gloss_of,
    gloss_opens,
    joined_name,
    lead_modifiers,
    opens_no_name,
    pair_name,
    role_closes,
    role_ends,
    titled_person,
)
from index.analysis.placetail import without_party, without_place_tail, without_seat
from index.analysis.speakerplaces import no_place_name
from index.analysis.speechverbs import (
    NOT_NAMES,
    ORG_WORDS,
    PARTICLES,
    PARTY_MEMBERS,
    PERSON_TITLES,
    PRONOUNS,
    TITLES,
    words,
)

_RELATIVE = frozenset(["who", "which", "whose", "whom", "that"])


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
        or bool(AFFILIATION.match(first.text))
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
_ING_TITLES = words(
    """acting outgoing incoming ruling governing managing presiding leading founding reigning
    visiting serving sitting"""
)
"""Words in -ing that open a title ("acting Assistant Attorney-General"), not a clause."""
_ING_PLACES = words("beijing peking nanjing chongqing kunming")
"""Places whose names end in -ing ("Beijing said"): no participle (sp45)."""
_ING_AFTER = frozenset(["after", "before", "since", "while", "when", "upon"])
"""Words that open a clause on an -ing ("After leaving Kent": where from, no one, sp39)."""
_LEADING = frozenset(["but", "and", "so", "yet", "meanwhile", "however", "also"])


def parse_phrase(toks: list[Token], *, verb_after: bool) -> NounPhrase | None:
    """Read the speaker out of the words next to a speech verb.

    Args:
        toks: The phrase's tokens (no speech verb among them).
        verb_after: True when the verb follows the phrase ("Ban said"), False when it comes
            first ("said Ban, the secretary-general").

    Returns:
        The phrase read as a speaker, or None when it is not a noun phrase.
    """
    toks = ampersands(lost_letters(toks))  # "Voigtl?nder", "AT&T": one word each
    toks = without_tickers([t for t in toks if t.text not in ("'", '"', "“", "”", "’", "‘", "?")])
    toks = tag_side(toks, verb_after)  # "#TrumpPresser He said": "He"
    while toks and (toks[0].norm in _LEADING or toks[0].text in (",", "-", "—")):
        toks = toks[1:]
    lo, hi = name_between([t.text for t in toks])  # "PREV said", "said Calif. Gov. ..."
    toks = toks[lo:hi]
    if not toks or len(toks) > 40:
        return None
    if len(toks) == 1 and toks[0].norm in PRONOUNS:
        t = toks[0]
        return NounPhrase(None, None, t.norm, False, t.start, t.end)
    parts = _split_parts(without_seat(without_party(toks)))  # "Lord Lawson of Blaby"
    if verb_after:
        parts = without_place_tail(parts)  # "a protester in Washington, DC, said"
    if not parts:
        return None
    opens = gloss_opens(toks, parts) if verb_after else -1
    if opens > 0:  # "Clara Brandi of the German Development Institute (DIE) told": hers
        head = parse_phrase(toks[:opens], verb_after=True)
        if head and head.name and not head.organisation and gloss_of(toks, head.name, opens):
            return replace(head, end=toks[-1].end)
    order = list(range(len(parts)))
    if verb_after:
        order.reverse()
    descriptions: list[str] = []
    chosen: NounPhrase | None = None
    for k, idx in enumerate(order):
        part = parts[idx]
        if (
            part[0].norm in _RELATIVE
            or (part[0].text.endswith("ing") and part[0].norm not in _ING_TITLES | _ING_PLACES)
            or (part[0].norm in _ING_AFTER and len(part) > 1 and part[1].norm.endswith("ing"))
        ):
            if k == 0 and not verb_after:
                return None
            continue  # "who heads the agency", "speaking at a news conference"
        if verb_after and k == 0 and len(parts) > 1 and _role_of(part, parts[idx - 1]):
            descriptions.append(_join(part))  # "Mick Mulvaney, White House budget chief,"
            continue
        if (
            len(parts) > 1
            and (_is_description(part) or all(_SUFFIX.match(t.text) for t in part))
            and not (len(part) == 1 and part[0].norm in PRONOUNS)
            and not _ends_in_person(part)
        ):
            descriptions.append(_join(part))
            continue
        body = body_list(parts[idx - 1], part) if verb_after and k == 0 and idx > 0 else -1
        if body >= 0:  # "The Department for Environment, Food and Rural Affairs said"
            words = [*parts[idx - 1][body:], *part]
            name = _join(parts[idx - 1][body:]) + ", " + _join(part)
            return NounPhrase(name, None, None, True, words[0].start, words[-1].end)
        found = _read_part(
            part, first_run=not verb_after, listed=idx > 0 and parts[idx - 1][-1].capital
        )
        if found and found.organisation and verb_after and k == 0 and len(parts) > 2:
            head = _read_part(parts[0]) if not parts[1][0].capital else None
            if head is not None and head.name and not head.organisation:
                found = head  # "Kui Weiliang, deputy director of ..., Beifa Group, says"
        if found is None:
            if _is_description(part) and len(part) <= 10:
                descriptions.append(_join(part))
                continue
            break
        if found.name is None and found.pronoun is None and k + 1 < len(order):
            descriptions.append(found.description or _join(part))
            continue  # "labor counsel for the Economic Policy Institute": a name may follow
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
    commas = {tok.text for tok, then in pairwise(toks) if then.text == ","}
    description = "; ".join(_trim(d, commas) for d in descriptions if d) or None
    return NounPhrase(
        chosen.name, description, None, chosen.organisation, toks[0].start, toks[-1].end
    )


def _role_of(part: list[Token], before: list[Token]) -> bool:
    """True for a part that describes the name of the part before it: "White House budget
    chief", "the Mayor of London" (`body_role`, `title_of_body`)."""
    return body_role(part, before) or title_of_body(part, before)


def _ends_in_person(part: list[Token]) -> bool:
    """True for "lead study author Dr. Anthony Hackney": a role, then a person's name."""
    if len(part) < 3 or not part[-1].capital or part[0].capital:
        return False
    found = _read_part(part)
    return (
        found is not None
        and found.name is not None
        and not found.organisation
        and (
            first_name(part[-len(found.name.split())])
            or any(t.norm in PERSON_TITLES for t in part if t.capital)
        )
    )


def _trim(description: str, commas: set[str]) -> str:
    """A description without the comma or the sentence's full stop that closed it; the
    stop of a weekday's abbreviation before a comma (its word in ``commas``) stays ("in a
    speech on Fri., March 19" was "on Fri; March 19": the part had lost its comma, nu85)."""
    text = description.rstrip(", ")
    last = text.rsplit(" ", 1)[-1]
    after = "," if last in commas else ""
    if last.endswith(".") and ends_sentence(Token(last, 0, len(last)), after):
        text = text[:-1]
    return text


def _join(part: list[Token]) -> str:
    return " ".join(t.text for t in part).replace(" 's", "'s")


_AGE = re.compile(r"^\d+-year-old$")
_SUFFIX = re.compile(r"^(?:M\.D\.?|Ph\.D\.?|Jr\.?|Sr\.?|III?|IV|[DRI]-[A-Z][\w.]*)$")


def _read_part(
    part: list[Token], first_run: bool = False, listed: bool = False
) -> NounPhrase | None:
    if len(part) == 1 and part[0].norm in PRONOUNS:
        return NounPhrase(None, None, part[0].norm, False, part[0].start, part[0].end)
    if all(_SUFFIX.match(t.text) for t in part):
        return None
    if (part[0].norm in _DETERMINERS or part[0].norm in _COUNTS) and not part[0].capital:
        first_run = False  # "said the company's chief executive John Smith", "one U.S. source"
    person = _person_of(part)
    if person is not None:
        return person
    run = _name_run(part, first=first_run)
    if run is None:
        return None
    start, end = joined_name(part, *run)  # "AT&T", "Savings and Loan Association"
    body = body_span(part, start, end)  # "The Centers for Disease Control": one body's name
    if body is not None:
        start, end = body
    later = None  # "said Liberal leader John Turner": the party is his description
    if (
        first_run
        and end + 1 < len(part)
        and (
            (start == 0 and _role_then_name(part, end))
            or (lead_modifiers(part, start) and role_closes(part, end))
        )
    ):
        later = _name_run(part[end + 1 :], first=True)
        if later is not None:
            start, end = later[0] + end + 1, later[1] + end + 1
    role = NounPhrase(None, _join(part), None, False, part[0].start, part[-1].end)
    if no_place_name(part, start, end):
        return role  # "The Philippine vice president", "Texas abortion providers": no name
    if later is None and any(not t.capital and t.norm in _PREPOSITIONS for t in part[:start]):
        if not titled_person(part, start, end):
            return role  # "a spokesman for the Punjab police", "the chairman of Merrill Lynch"
        start = next(i for i in range(start, end) if first_name(part[i]))
    if body is not None and later is None and start == body[0]:  # a body's name, whole
        lead = _join([t for t in part[:start] if t.norm not in _DETERMINERS]) or None
        while part[start].norm == "the":
            start += 1  # "The Centers for ...", not "Office for the Coordination of"
        name = " ".join(t.text for t in part[start:end])
        name = name[:-1] if name.endswith(".") and not _ABBREV_END.search(name) else name
        return NounPhrase(name, lead, None, True, part[0].start, part[-1].end)
    pair = coordinated(part, start, end) if later is None else -1
    if pair == 0 and listed:
        return role  # "in Devon, Cornwall and Dorset": a list's end, no one's name
    if pair >= 0:  # "the states -- Washington and Minnesota -- said": the two, not the last
        at = pair_name(part, pair, start)
        name = " ".join(t.text for t in part[at:end])
        return NounPhrase(name, _join(part[:at]) or None, None, False, part[0].start, part[-1].end)
    if (
        part[0].norm in ("the", "a", "an")
        and any(t.norm in ("former", "retired", "late") or _AGE.match(t.text) for t in part[:start])
        and not any(first_name(t) for t in part[start:end])
    ):
        return role  # "the 60-year-old former Navy Seal": someone described, not named
    if not first_run and nouns_close(part[end:]):
        return role  # "the Navy chief", "a Ghana official", "Biden administration officials"
    if later is None and role_ends(part, end):
        return role  # "a Senate Democratic leadership aide"
    words = part[start:end]
    # Leading words that only start a sentence or a clause ("But", "On Monday").
    while words and opens_no_name(words[0]):
        if words[0].norm in ("the",) and len(words) > 1 and _org(words[1:]):
            break
        words = words[1:]
    if not words:
        return None
    words = words[person_start([w.text for w in words]) :]  # "White House Nikki Haley"
    _, name_texts, organisation = split_title([w.text for w in words])
    if not name_texts:
        desc = _join(part)
        return NounPhrase(None, desc, None, False, part[0].start, part[-1].end)
    at = len(words) - len(name_texts)
    if [w.text for w in words[at:]] != name_texts:  # "Jim Wright of Texas": not at the end
        at = next(
            i for i in range(at) if [w.text for w in words[i : i + len(name_texts)]] == name_texts
        )
    name_words = words[at : at + len(name_texts)] if not organisation else words
    if organisation:
        name_words = [w for w in words if w.norm != "the"]
    if len(name_words) > 6 or all(w.norm in NOT_NAMES for w in name_words):
        return None
    if not organisation and name_words[-1].norm in PARTY_MEMBERS:
        return role  # "(the) West Virginia Democrat": a party member described, not named
    if AFFILIATION.match(name_words[0].text) or name_words[0].text.isdigit():
        return None
    owner = [i for i, w in enumerate(name_words[:-1]) if w.text.endswith(("'s", "’s"))]
    if owner and not organisation:
        name_words = name_words[owner[-1] + 1 :]  # "Al Jazeera's Natasha Butler"
    if (
        not organisation
        and part[0].norm in ("the", "a", "an")
        and not part[0].capital
        and not (len(name_words) == 1 and name_words[0].text.isupper())
        and not first_name(name_words[0])
        and not mood_only(part[1 : part.index(name_words[0])])  # "a visibly upset Fillon"
    ):
        return role  # "the 60-year-old former Navy Seal": a role, no one's name
    first = part.index(name_words[0])
    before = part[:first]
    while before and before[0].capital and before[0].norm in NOT_NAMES:
        before = before[1:]
    tail = part[part.index(name_words[-1]) + 1 :]
    description = _join(before) if before and not mood_only(before[1:]) else ""
    if tail and tail[0].norm in _PREPOSITIONS:
        description = (description + " " + _join(tail)).strip()
    name = " ".join(w.text for w in name_words).rstrip(",")
    if not organisation:
        name = " ".join(unglued_letters(tidy(name.split())))  # "Donald Trump Friday said"
    if name.endswith(".") and not _ABBREV_END.search(name):
        name = name[:-1]
    if name.endswith(("'s", "’s")):
        return None  # "Trump's lawyers": the name owns the speaker, it is not the speaker
    return NounPhrase(name, description or None, None, organisation, part[0].start, part[-1].end)


_HONORIFICS = frozenset(["dr", "mr", "mrs", "ms", "prof", "sir", "dame"])


def _person_of(part: list[Token]) -> NounPhrase | None:
    """A person's name, then where the person works: "Marc Cohen of Republic National Bank
    of New York", "Dr. Gurtej S. Cheema of Sacramento's Capital Sikh Center" (the name is
    the person's, the rest a description, not one long organisation's name)."""
    at = next((i for i, t in enumerate(part) if _cap(t) and t.norm not in _HONORIFICS), None)
    if at is None or not all(_cap(t) for t in part[:at]):
        return None
    lead = at
    while lead < len(part) and _title_word(part[lead]):
        lead += 1
    titled = any(t.norm in PERSON_TITLES for t in part[at:lead])  # not "In January"
    if titled and lead < len(part) and first_name(part[lead]):
        at = lead  # "Chief Executive John Smith of Acme Corp": the title describes him
    honorific = at > 0 and part[at - 1].norm.rstrip(".") in _HONORIFICS
    if not (first_name(part[at]) or honorific) or part[at].norm in ORG_WORDS:
        return None
    end = at + 1
    while end < len(part) and _cap(part[end]) and part[end].norm not in ORG_WORDS:
        end += 1
    if (
        end - at < 2
        or end + 1 >= len(part)
        or part[end].norm not in ("of", "from", "at")
        or part[end].capital
        or not (_cap(part[end + 1]) or part[end + 1].norm == "the")
    ):
        return None
    name = " ".join(t.text for t in part[at:end])
    description = _join(part[:at] + part[end:]) if at and not honorific else _join(part[end:])
    return NounPhrase(name, description, None, False, part[0].start, part[-1].end)


_ABBREV_END = re.compile(r"(?:\b[A-Z]|Jr|Sr|Co|Corp|Inc|Ltd)\.$")


def _org(words: list[Token]) -> bool:
    return any(w.norm in ORG_WORDS for w in words)


_COUNTS = words("one another two three four five several some many other")
"""Counts read as a determiner: "one U.S. source" describes, names no one first (fx26)."""

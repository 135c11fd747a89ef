"""What stands between a speaker's name and the verb: a long description between commas,
an organisation's acronym in brackets, a Reuters ticker.

'"Our delegation will be over 400 people," Kazikov, who was also a deputy head of the
Russian Olympic team's delegation at the 2012 Games in London, added.' The verb after a
quote is looked for among its first 16 words; a description this long pushes it further,
and the quote went to a name of the sentence before.
"""

from __future__ import annotations

from index.analysis.firstnames import FEMALE, MALE, first_name_gender
from index.analysis.names import Token
from index.analysis.speechverbs import PERSON_TITLES, org_word
from index.text.places import is_place_name

__all__ = ["body_role", "long_apposition", "title_of_body", "without_tickers"]

_DESCRIPTION_OPENERS = frozenset(["who", "a", "an", "the", "whose"])


def long_apposition(toks: list[Token], v: int) -> bool:
    """True when ``toks[:v]`` is a name of capitals, a comma, a description that opens
    with "who" or an article, and a comma right before the verb ``toks[v]``."""
    comma = next((i for i, t in enumerate(toks[:4]) if t.text == ","), 0)
    return (
        comma > 0
        and all(t.capital and t.text[0].isalpha() for t in toks[:comma])
        and toks[comma + 1].norm in _DESCRIPTION_OPENERS
        and not toks[comma + 1].capital
        and toks[v - 1].text == ","
    )


def body_role(part: list[Token], before: list[Token]) -> bool:
    """True for "White House budget chief" after a capitalised part: a body's name and a
    role without an article, the description of the name before it, not the speaker."""
    last = part[-1]
    return (
        len(part) >= 2
        and part[0].capital
        and not last.capital
        and last.norm.rstrip(",") in PERSON_TITLES
        and before[0].capital
    )


def title_of_body(part: list[Token], before: list[Token]) -> bool:
    """True for "the Mayor of London", "president and CEO of Volkswagen China" after a
    person's name of capitals ("Sadiq Khan, the Mayor of London, said"): a title, "of" and
    a body's or a place's name; the title describes the name before it, the body is no
    speaker (sp37: reut-02597, na-1919, na-3383)."""
    of = next((j for j, t in enumerate(part) if t.text == "of"), 0)
    if of == 0 or of + 1 >= len(part) or not 2 <= len(before) <= 5:
        return False
    return (
        any(_title(t.norm) for t in part[:of])
        and all(t.capital or t.norm in _NAME_INSIDE for t in part[of + 1 :])
        and not _person_in(part[of + 1 :])  # "Secretary of State John Kerry": his own
        and all(t.capital and t.text[0].isalpha() for t in before)
        and not org_word(before[-1].text)  # "Acme Corp, the parent of ...": a body
    )


def _person_in(run: list[Token]) -> bool:
    """True when a known first name, no place's name ("China"), opens two names in ``run``."""
    return any(
        first_name_gender(t.text) in (MALE, FEMALE)
        and not is_place_name(t.text)
        and k + 1 < len(run)
        and run[k + 1].capital
        for k, t in enumerate(run)
    )


def _title(word: str) -> bool:
    return word.removesuffix("'s") in PERSON_TITLES or any(
        w in PERSON_TITLES for w in word.split("-") if len(w) > 3
    )


_NAME_INSIDE = frozenset(["the", "of", "and", "de", "for"])


def without_tickers(toks: list[Token]) -> list[Token]:
    """Drop Reuters' ticker symbols ("<MER>") from a phrase, and the acronym in brackets
    after an organisation's name ('Dave Ray, a spokesman for the Federation for American
    Immigration Reform (FAIR), told'): read alone, it was taken for the speaker."""
    brackets = any(t.text == "(" for t in toks)  # most phrases have none: no look-around
    out: list[Token] = []
    inside = False
    for k, tok in enumerate(toks):
        if tok.text == "<":
            inside = True
        elif tok.text == ">":
            inside = False
        elif not inside and not (brackets and _bracketed_acronym(toks, k)):
            out.append(tok)
    return out


def _bracketed_acronym(toks: list[Token], k: int) -> bool:
    """True for the "(", "RFU" and ")" of "Mutko, who is also the president of the Russian
    Football Union (RFU),": an acronym in a description after a name and a comma. Alone
    ("the Ministry of International Trade and Industry (MITI) said", "In a statement, the
    Food and Agricultural Organization (FAO) said") the acronym may be the speaker."""
    for at in (k - 1, k, k + 1):  # where the acronym stands, if toks[k] is part of one
        if 2 <= at < len(toks) - 1 and toks[at - 1].text == "(" and toks[at + 1].text == ")":
            word = toks[at].text
            if (
                len(word) >= 2
                and word.isupper()
                and word.isalpha()
                and toks[at - 2].capital
                and _named_first(toks[: at - 1])
            ):
                return True
    return False


def _named_first(toks: list[Token]) -> bool:
    """True when ``toks`` open with a short name and a comma ("Ramon Diaz, chairman of");
    not a place ("The Montgomery, Alabama, based Southern Poverty Law Center (SPLC)")."""
    comma = next((i for i, t in enumerate(toks[:5]) if t.text == ","), 0)
    return (
        comma > 0
        and all(t.capital for t in toks[:comma])
        and toks[0].norm not in ("the", "a", "an")
    )

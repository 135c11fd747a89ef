"""What an article says of a surname it gives alone for a speaker: a man ("Mr Daly"), a
woman ("Mrs Daly"), or a firm it is a word of ("Carson Pirie Scott and Co", "Eppler,
Geurin and Turner"). `index.analysis.quote_people` then joins "Daly" to no Clare Daly of
another article, and "Carson" to no Joe Carson."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from index.analysis.firstnames import FEMALE, MALE, first_name_gender, title_gender
from index.analysis.speechverbs import NOT_NAMES, TITLES
from index.analysis.words import STOPWORDS
from index.analysis.wordscan import word_starts

__all__ = ["BODY", "bare_hint", "clashes", "given_before"]

BODY = "body"
"""The hint that the surname is a word of a body's name."""
_TITLES = TITLES | NOT_NAMES
_TITLED = r"\b(Mr|Mrs|Ms|Miss|Sir|Lady|Madam|Mme|Dame)\.?\s+{}\b"
_RUN = re.compile(r"(?:[A-Z][\w.'&\u2019-]*|and|&)(?:,?\s+(?:[A-Z][\w.'&\u2019-]*|and|&))*")
"""A run of capitalised words, with "and", "&" or commas between them."""
_FIRM_WORDS = frozenset(
    [
        "co",
        "corp",
        "inc",
        "ltd",
        "plc",
        "llc",
        "lp",
        "l.p",
        "partners",
        "group",
        "holdings",
        "industries",
        "securities",
        "company",
        "corporation",
        "bros",
        "brothers",
        "associates",
    ]
)
"""Words that end a firm's name ("Carson Pirie Scott and Co"), not a government's."""


def bare_hint(bodies: Iterable[str], surname: str) -> str | None:
    """What the articles ``bodies`` say of the bare ``surname`` (as they spell it): `BODY`
    when one gives it inside a firm's name and none after a first name, else "m" or "f"
    when the titles before it ("Mr", "Mrs") give one sex in at least half of the articles
    and the other in none, else None."""
    word = re.escape(surname)
    sexes: set[str] = set()
    in_body = named = False
    read = titled = 0
    for body in bodies:
        read += 1
        said = {title_gender(t) for t in re.findall(_TITLED.format(word), body)} - {None}
        titled += bool(said)
        sexes |= {s for s in said if s is not None}
        for words, at in _runs(body, surname):
            if at and first_name_gender(words[at - 1]) is not None:
                named = True  # "Joe Carson": a person of that name is in the article
            elif len(words) > 1 and _firm(words, at):
                in_body = True
    if in_body and not named:
        return BODY
    if len(sexes) != 1 or 2 * titled < read:  # "Mrs Reagan" in one of five: his wife
        return None
    return next(iter(sexes))


def given_before(bodies: Iterable[str], surname: str) -> set[str]:
    """The first names the articles ``bodies`` give right before the bare ``surname``
    ("Johannes" of "EU Commissioner Johannes Hahn"): that person, not another of the
    corpus's Hahns (first names the lexicon knows, as spelt)."""
    return {
        words[at - 1]
        for body in bodies
        for words, at in _runs(body, surname)
        if at and _given_name(words[at - 1], body)
    }


def _given_name(word: str, body: str) -> bool:
    """Whether ``word`` is a man's or a woman's first name in ``body``: the lexicon's, no
    title ("Chancellor", "Lord"), and each time the article gives it, a capitalised word
    follows ("Florida" alone, "of Florida", is a place)."""
    if first_name_gender(word) not in (MALE, FEMALE) or word.lower() in _TITLES:
        return False
    end = len(word)  # each time: the capital after it (the old pattern's optional tail)
    return all(_CAPITAL_NEXT.match(body, at + end) for at in word_starts(body, word, _CAPITAL_NEXT))


_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")


def _runs(body: str, surname: str) -> Iterator[tuple[list[str], int]]:
    """The runs of capitalised words of ``body`` that hold ``surname``, and where."""
    for run in _RUN.finditer(body):
        words = [w.rstrip(".") for w in run.group().replace(",", " ").split()]
        if surname in words:
            yield words, words.index(surname)


def _firm(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a word of a firm's name: a firm's word ("Co", "Partners")
    comes after it in the run, or it follows "and" or "&" after two names or more
    ("Eppler, Geurin and Turner", "Deloitte Haskins and Sells"; not "Naylor and Beesley",
    nor "But Naylor and Beesley")."""
    if any(w.lower().strip(".") in _FIRM_WORDS for w in words[at + 1 :]):
        return True
    if at < 1 or words[at - 1] not in ("and", "&"):
        return False
    names = [w for w in words[: at - 1] if w.lower() not in STOPWORDS]
    return len(names) >= 2


def clashes(hint: str | None, first_name: str) -> bool:
    """Whether a hint rules out a person of this first name: a body, or the other sex."""
    if hint == BODY:
        return True
    sex = first_name_gender(first_name)
    return hint in (MALE, FEMALE) and sex in (MALE, FEMALE) and hint != sex

"""Two screens of the name book's build (issue 18) keep its answers, on generated text:
`credit` is not asked in an article without a slash, and `Surnames.file` is not called for
an organisation or a name without a space; `Surnames.file` builds its keys without a set.
`firm_before` searches only where a kind of business ends the words.
The oracles are the calls as they were."""

from __future__ import annotations

import bisect
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis.familyfirst import family_first
from index.analysis.namebook import Mention, NameBook
from index.analysis.namecues import _FIRM_BEFORE, firm_before
from index.analysis.nametidy import credit
from index.analysis.namevariants import unprefixed
from index.analysis.surnames import Surnames

_WORDS = st.sampled_from(
    [
        "Trump", "Donald", "Ann", "Lee", "Ki-moon", "Ban", "al-Sisi", "Mrs.", "Senator",
        "Acme", "Corp", "NATO", "Ministry", "of", "said", "he", "she", "The", "U.S.", "x",
        "/", "China", "Daily", "Warren", "Elizabeth", "spokesman", "farmer", "Smith's",
    ]
)  # fmt: skip
_GLUE = st.sampled_from([" ", "  ", "\t", " \t", ", ", ". ", "\n", " “", "” ", " / ", "/"])
_TEXT = st.lists(st.tuples(_WORDS, _GLUE), max_size=60).map(
    lambda parts: "".join(w + g for w, g in parts)
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_no_credit_follows_a_run_in_a_text_without_a_slash(text: str) -> None:
    text = text.replace("/", "|")
    assert not any(credit(text, end) for end in range(len(text) + 1))


@st.composite
def _text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """A text and a few sorted, disjoint quoted spans in it."""
    text = draw(_TEXT)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6, unique=True)))
    return text, list(zip(cuts[::2], cuts[1::2], strict=False))


@settings(max_examples=300, deadline=None)
@given(_text_and_spans())
def test_the_screened_surnames_are_those_of_every_mention_filed(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    text, quoted = case
    book = NameBook(text, quoted)
    every = Surnames()
    for mention in book.mentions:
        every.file(mention)  # the book's loop as it was
    assert book._by_surname._names == every._names
    assert book._by_surname._filed == every._filed


def old_file(names: dict[str, dict], filed: int, mention: Mention) -> int:
    """`Surnames.file` as it was (keys in a set; a name said family name first filed under
    its first word too since round 24), on ``names``; the new count filed."""
    words = mention.name.split()
    if mention.organisation or len(words) < 2:
        return filed
    filed += 1
    keys = {words[-1].lower(), unprefixed(words[-1])}
    if len(words) == 2 and re.match(r"[A-Z][a-z]+-[A-Za-z][a-z]+$", words[1]):
        keys.add(words[0].lower())
    if family_first([w.lower() for w in words]):  # "Yi Xiaozhun" (sp24)
        keys.add(words[0].lower())
    for key in keys:
        at = names.setdefault(key, {}).setdefault((mention.name, mention.gender), [])
        bisect.insort(at, (mention.start, filed))
    return filed


_NAME_WORDS = st.sampled_from(
    ["Ban", "ban", "Ki-moon", "Jae-in", "Moon", "al-Hariri", "Al-Sisi", "Hariri", "Abu-Bakr",
     "El-Sisi", "Sisi", "Lee", "x-Y", "Kim", "Jong-Un", "Jong-un", "-", "Lee-"]
)  # fmt: skip
_MENTIONS = st.lists(
    st.builds(
        Mention,
        start=st.integers(0, 30),
        name=st.lists(_NAME_WORDS, max_size=4).map(" ".join),
        organisation=st.booleans(),
        gender=st.sampled_from([None, "m", "f", "u"]),
    ),
    max_size=25,
)


@settings(max_examples=500, deadline=None)
@given(_MENTIONS)
@example([Mention(3, "Bakr Abu-Bakr", False), Mention(1, "Ki-moon Ki-moon", False, gender="m")])
def test_surnames_file_the_keys_of_the_set(mentions: list[Mention]) -> None:
    book = Surnames()
    names: dict[str, dict] = {}
    filed = 0
    for mention in mentions:
        book.file(mention)
        filed = old_file(names, filed, mention)
    assert book._names == names
    assert book._filed == filed


_FIRM_PIECES = [
    *["company", "maker", "carmaker", "firm", "firms", "lender", "Company", "startup"],
    *["_firm", "éfirm", "9firm", "producer", " ", "  ", "\t", "\n", ",", "x", "-", "Acme"],
]
_FIRM_TEXT = st.lists(st.sampled_from(_FIRM_PIECES), max_size=12).map("".join)


def old_firm_before(text: str, at: int) -> bool:
    """`firm_before` as it was: the search alone."""
    before = text[at - 24 if at > 24 else 0 : at]
    return before.endswith((" ", "\t")) and _FIRM_BEFORE.search(before) is not None


@settings(max_examples=2000, deadline=None)
@given(_FIRM_TEXT, st.integers(0, 80))
@example("dairy producer ", 15)
@example("carmaker ", 9)
@example("firm \n ", 7)
def test_firm_before_screen_keeps_the_search(text: str, at: int) -> None:
    at = min(at, len(text))
    assert firm_before(text, at) == old_firm_before(text, at)


def test_a_firm_before_is_still_found() -> None:
    assert firm_before("Dutch dairy producer Royal", 21)
    assert not firm_before("Dutch dairy carmakers Royal", 22)

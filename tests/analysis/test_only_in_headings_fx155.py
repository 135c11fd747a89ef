"""A comparison's "only in" names leave out headings' words and part names run together
(fx155; session 43's walkthroughs, nu61 #4): "Place" (of "Scotland's Place in Europe"),
"Doubt" (of "the River of Doubt"), "Source" (a trailing "Source:-News agencies"),
"Homeland Security John Kelly" (an office then a person), "Hazem Sika Guests:" (a label).

Oracles: over generated pairs, a name listed as only in A never occurs in B's text, case
folded, as whole words (B's body is the oracle); each shape is listed as expected: a
title's dictionary word that B writes in lower case is not listed, a person run on after
an organisation or an office is listed as the person, a page's label is never listed.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis.entities import Lexicon, NameMention, find_names
from index.analysis.nameheadings import heading_word, person_split
from index.analysis.pair_names import pair_only_in


def _names(side: tuple[str, ...]) -> list[str]:
    return [n for n in side if not any(c.isdigit() for c in n)]


def _only_a(a: str, b: str) -> list[str]:
    return _names(pair_only_in(a, b)[0])


# --- one case a shape ---------------------------------------------------------------------


def test_a_titles_word_the_texts_write_in_lower_case_is_no_name() -> None:
    a = (
        "Explorers charted the course of the River of Doubt in 1914, said Helen Okafor. "
        "There is little doubt about the route they took."
    )
    b = "Lawmakers met on Monday."
    assert "Doubt" not in _only_a(a, b)
    assert "Helen Okafor" in _only_a(a, b)


def test_a_word_after_a_possessive_name_in_a_title() -> None:
    a = (
        "The Minister for Scotland's Place in Europe, Mike Russell, said the vote was near. "
        "It will take place in March."
    )
    b = "Lawmakers met on Monday."
    assert "Place" not in _only_a(a, b)
    assert "Mike Russell" in _only_a(a, b)


def test_an_abstract_noun_inside_a_title_is_no_name() -> None:
    a = "Amendments to the European Union (Notification of Withdrawal) Bill passed."
    assert not {"Notification", "Withdrawal"} & set(_only_a(a, "Lawmakers met on Monday."))


def test_a_trailing_credit_label_is_no_name() -> None:
    a = "The party won 63 seats, just short of a majority Source:-News agencies"
    assert "Source" not in _only_a(a, "Lawmakers met on Monday.")


def test_an_office_run_on_into_a_person_lists_the_person() -> None:
    a = "On Capitol Hill, Homeland Security John Kelly defended the order on Tuesday."
    found = _only_a(a, "Lawmakers met on Monday.")
    assert "John Kelly" in found
    assert not any("Security" in n for n in found)


def test_an_organisation_run_on_into_a_person_lists_both() -> None:
    a = (
        "Guests: Alan Baker: Jerusalem Center for Public Affairs Mustafa Barghouti: "
        "Palestinian National Initiative."
    )
    found = _only_a(a, "Lawmakers met on Monday.")
    assert "Mustafa Barghouti" in found
    assert "Jerusalem Center for Public Affairs" in found


def test_a_role_or_a_party_run_on_into_a_person_lists_the_person() -> None:
    a = (
        "Moderate Senators Kyrsten Sinema of Arizona spoke. The vote, said Idaho Republican "
        "James Risch, was close. Thom Tillis (N.C.) Todd Young (Ind.) and others voted."
    )
    found = _only_a(a, "Lawmakers met on Monday.")
    assert {"Kyrsten Sinema", "James Risch", "Thom Tillis", "Todd Young"} <= set(found)
    assert not any(w in n for n in found for w in ("Senators", "Republican", "(N.C.)"))


def test_a_label_run_on_after_a_name_is_cut() -> None:
    a = "What are the legal consequences? Presenter: Hazem Sika Guests: Alan Baker."
    found = _only_a(a, "Lawmakers met on Monday.")
    assert "Hazem Sika" in found
    assert not any("Guests" in n for n in found)


def test_names_that_stay_whole_and_listed() -> None:
    a = (
        "Democrats and the Constitution. Martin Luther King spoke. John Paul Jones sailed. "
        "Bishops gave Communion at Mass. "
        "Baker said the talks would go on. Later, Baker left."
    )
    found = _only_a(a, "Lawmakers met on Monday.")
    assert {"Martin Luther King", "John Paul Jones", "Mass", "Baker", "Constitution"} <= set(found)


def test_person_split_keeps_a_mention_with_no_first_name_after_an_organisation() -> None:
    text = "The Federal Reserve Bank of New York said so."
    lexicon = Lexicon.of([text])
    for m in find_names(text, lexicon):
        assert person_split(text, m, lexicon) == [m]


def test_a_word_capitalised_alone_inside_a_sentence_is_kept() -> None:
    text = "The Delta variant spread. Officials feared the delta of cases."
    lexicon = Lexicon.of([text])
    delta = NameMention(4, 9, "Delta", ("delta",), False)
    assert not heading_word(text, delta, lexicon)


# --- generated pairs ----------------------------------------------------------------------

PEOPLE = ("Helen Okafor", "Tomas Brandt", "Ines Kowalczyk", "John Kelly", "Maria Duarte")
ORGS = ("Homeland Security", "Jerusalem Center for Public Affairs", "Lagos Water Board")
TITLE_WORDS = ("Doubt", "Place", "Staff", "Insanity", "Notification")
PLACES = ("Lagos", "Tbilisi", "Valparaiso", "Tromso")


@st.composite
def _sentence(draw: st.DrawFn) -> tuple[str, str, str | None]:
    """A sentence of A, one of B, and a word A must not list (or None)."""
    kind = draw(st.sampled_from(("title", "run", "label", "person", "place")))
    person, place = draw(st.sampled_from(PEOPLE)), draw(st.sampled_from(PLACES))
    if kind == "title":
        word = draw(st.sampled_from(TITLE_WORDS))
        head = draw(st.sampled_from(("River", "Cliffs", "Chiefs", "Museum")))
        return (
            f"They visited the {head} of {word} near {place}, a {word.lower()} of note.",
            draw(st.sampled_from(("Rain fell.", f"Nobody spoke of {word.lower()} there."))),
            word,
        )
    if kind == "run":
        org = draw(st.sampled_from(ORGS))
        shared = draw(st.booleans())
        return (
            f"On Tuesday {org} {person} defended the order.",
            f"{person} spoke in {place}." if shared else "Lawmakers met.",
            f"{org} {person}",
        )
    if kind == "label":
        label = draw(st.sampled_from(("Source", "Guests", "Presenter")))
        return f"A majority {label}:-{person} in {place}", "Officials met.", label
    if kind == "person":
        shared = draw(st.booleans())
        return f"{person} spoke in {place}.", (person.lower() if shared else "Rain fell."), None
    return f"Crowds gathered in {place}.", draw(st.sampled_from(("", place, place.upper()))), None


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.casefold())) + " "


_RUN_ON = (
    "On Tuesday Homeland Security Helen Okafor defended the order.",
    "Lawmakers met.",
    "Homeland Security Helen Okafor",
)


@settings(max_examples=120, deadline=None)
@given(st.lists(_sentence(), min_size=1, max_size=5))
# fa44: B writes the surname in lower case ("helen okafor"), which read as a dictionary
# word and kept the office run on into the person A also names alone
@example([_RUN_ON, _RUN_ON, ("Helen Okafor spoke in Lagos.", "helen okafor", None)])
def test_only_in_a_never_occurs_in_b(sentences: list[tuple[str, str, str | None]]) -> None:
    a = " ".join(s for s, _, _ in sentences)
    b = " ".join(s for _, s, _ in sentences) or "Nothing."
    found = _only_a(a, b)
    b_words = _words(b)
    for name in found:
        assert _words(name) not in b_words, (name, b)
    for _, _, wrong in sentences:
        if wrong is not None:
            assert wrong not in found, (wrong, found)


def test_a_person_named_alone_is_split_off_though_the_texts_write_the_surname_lower() -> None:
    a = "On Tuesday Homeland Security Helen Okafor defended the order. Helen Okafor spoke in Lagos."
    assert _only_a(a, "Lawmakers met. helen okafor") == ["Lagos"]
    assert _only_a(a, "Lawmakers met.") == ["Helen Okafor", "Lagos"]
    # B writes the whole name in lower case: the surname is no dictionary word
    alone = "On Tuesday Homeland Security Helen Okafor defended the order."
    assert _only_a(alone, "Officials met. helen okafor") == []
    # the surname is an English word the texts write in lower case ("brown"), and A names
    # the person alone: still a surname
    brown = (
        "On Tuesday Homeland Security Tomas Brown defended the order. "
        "Tomas Brown wore a brown coat."
    )
    assert _only_a(brown, "Officials met.") == ["Tomas Brown"]

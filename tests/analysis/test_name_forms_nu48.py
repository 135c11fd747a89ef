"""One name written two ways is one name in compare (nu48 #9): a company's with and without
its legal suffix ("Norfolk Southern Corp", "Norfolk Southern"), and an initialism with its
link word's letter of a name the text writes in full ("DOT", "Department of
Transportation"). Names are drawn from words the entity finder reads as names; the oracle is
the name as written: one entity in the text that writes both forms, and no "only in" name
when another text writes the other form."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.entities import Lexicon
from index.analysis.firmnames import bare_firm, initialisms
from index.analysis.namematch import ArticleNames, names_only_in

FIRST = ["Norfolk", "Piedmont", "Halvorsen", "Kimberly", "Brunswick", "Tandem"]
SECOND = ["Southern", "Aviation", "Mining", "Foods", "Textile", "Freight"]
SUFFIXES = ["Corp", "Inc", "Co", "Ltd", "Plc", "Group"]
HEADS = ["Department", "Bureau", "Office", "Board"]
FIELDS = ["Transportation", "Energy", "Education", "Justice", "Agriculture", "Labor"]

firms = st.tuples(st.sampled_from(FIRST), st.sampled_from(SECOND), st.sampled_from(SUFFIXES))
bodies = st.tuples(st.sampled_from(HEADS), st.sampled_from(FIELDS))


def _names(*texts: str) -> list[ArticleNames]:
    lexicon = Lexicon.of(texts)
    return [ArticleNames.of(text, lexicon) for text in texts]


def _holding(names: ArticleNames, word: str) -> list[str]:
    return [e.name for e in names.entities if word.lower() in e.key]


@given(firms)
def test_a_company_with_and_without_its_suffix_is_one_name(firm: tuple[str, str, str]) -> None:
    first, second, suffix = firm
    text = (
        f"Shares of {first} {second} {suffix} rose on Monday after the offer. "
        f"Analysts said {first} {second} would not comment."
    )
    (names,) = _names(text)
    assert _holding(names, first) == [f"{first} {second} {suffix}"]


@given(firms)
def test_a_company_another_text_names_with_its_suffix_is_no_one_texts(
    firm: tuple[str, str, str],
) -> None:
    first, second, suffix = firm
    a = f"Shares of {first} {second} {suffix} rose on Monday after the offer."
    b = f"Analysts said {first} {second} would not comment on the offer."
    only = names_only_in(_names(a, b))
    assert not [e.name for side in only for e in side if first.lower() in e.key]


@given(bodies)
def test_an_initialism_of_a_name_written_in_full_is_that_name(body: tuple[str, str]) -> None:
    head, field = body
    initialism = f"{head[0]}O{field[0]}"
    text = (
        f"Officials at the {head} of {field} met on Monday to review the rules. "
        f"The {initialism} said it would not comment."
    )
    (names,) = _names(text)
    assert _holding(names, field) == [f"{head} of {field}"]
    assert not [e for e in names.entities if e.key == (initialism.lower(),)]


@given(bodies)
def test_an_initialism_another_text_writes_in_full_is_no_one_texts(
    body: tuple[str, str],
) -> None:
    head, field = body
    initialism = f"{head[0]}O{field[0]}"
    a = f"Officials at the {head} of {field} met on Monday to review the rules."
    b = f"The {initialism} said it would not comment on the rules on Monday."
    only = names_only_in(_names(a, b))
    assert not [e.name for side in only for e in side], only


def test_different_companies_stay_apart() -> None:
    """Only a legal suffix is dropped: "Norfolk Freight" is no "Norfolk Southern Corp"."""
    a = "Shares of Norfolk Southern Corp rose on Monday after the offer."
    b = "Analysts said Norfolk Freight would not comment on the offer."
    only = names_only_in(_names(a, b))
    assert [[e.name for e in side] for side in only] == [
        ["Norfolk Southern Corp"],
        ["Norfolk Freight"],
    ]
    assert bare_firm(("usair", "group", "inc")) == ("usair",)
    assert initialisms("Department of Transportation") == {"dot", "dt"}


def test_an_organisation_of_country_words_alone_gives_no_other() -> None:
    """ "EU-UK" (words that only say whose) gave every organisation: the Institute For
    Government, which another brexit article names, was never listed (found with IFG)."""
    a = "Analysts at the Institute For Government said on Monday the plan would take years."
    b = "Talks on the new EU-UK relationship resumed in Brussels on Monday."
    only = names_only_in(_names(a, b))
    assert [e.name for e in only[0]] == ["Institute For Government"]

"""Quoted terms (sp48, nu53 #2, nu54 #11): a quotation of four words or fewer that no one
is said to have said ("lower indicative price", "VX nerve agent") is listed after the
quotations of someone; nothing is dropped. The oracle: a plain sort of the same groups."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quote_derived import QuoteBook
from index.analysis.quote_groups import Occurrence, QuoteGroup
from index.analysis.quote_terms import nobodys_term

_NAMES = st.sampled_from(["Fahd", "Hisham Nazer", "Acme", None])


def _group(number: int, text: str, speaker: str | None, outlets: int) -> QuoteGroup:
    occurrences = tuple(
        Occurrence(f"g{number}a{n}", f"Outlet {n}", "2017-02-24", 0, 5, text, speaker, "same", ())
        for n in range(outlets)
    )
    return QuoteGroup(f"q{number}", text, speaker, occurrences, occurrences[0].article)


_TEXTS = st.sampled_from(
    ["lower indicative price", "VX nerve agent", "war on drugs", "We will not give in now"]
)


@given(st.lists(st.tuples(_TEXTS, _NAMES, st.integers(1, 4)), min_size=1, max_size=10))
def test_terms_after_quotations(rows: list[tuple[str, str | None, int]]) -> None:
    groups = [_group(n, t, s, k) for n, (t, s, k) in enumerate(rows)]
    chosen = QuoteBook(groups).select()
    assert sorted(g.id for g in chosen) == sorted(g.id for g in groups)  # nothing lost
    terms = [g.speaker is None and len(g.text.split()) <= 4 for g in chosen]
    assert terms == sorted(terms)  # the oracle: every term after every quotation
    assert [nobodys_term(g.speaker, g.text) for g in chosen] == terms
    # within each kind, the widest carried first, ties in the stored order (as before)
    plain = sorted(
        groups,
        key=lambda g: (g.speaker is None and len(g.text.split()) <= 4, -len(g.occurrences)),
    )
    assert chosen == plain


def test_spoken_short_quote_is_no_term() -> None:
    assert not nobodys_term("Fahd", "VX nerve agent")
    assert nobodys_term(None, '"VX nerve agent"')
    assert not nobodys_term(None, "We will not give in now")

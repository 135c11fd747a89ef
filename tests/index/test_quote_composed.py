"""A name written with combining accents (NFD) keeps them: "José", not "Jose" (`composed`).

The oracle is the same article written composed (NFC): the speakers are the same, and each
quote's offsets into the NFD body hold what the NFC quote holds, once composed.
"""

from __future__ import annotations

import itertools
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes
from index.text.composed import composed

NAMES = ("José García", "Zoë Brontë", "François Hollande", "Renée Müller", "Ana Peña")
SAID = (
    '"We will rebuild the harbour before the winter storms arrive," said {name}, the mayor.',
    '{name}, the mayor, said: "The council has voted to reopen the old bridge this spring."',
    '"Nobody here expected the river to rise so far or so fast," {name} told reporters.',
)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_a_decomposed_name_keeps_its_accents() -> None:
    body = unicodedata.normalize("NFD", SAID[0].format(name="José García"))
    (quote,) = extract_quotes(body)
    assert quote.speaker == "José García"  # composed: the name as an NFC article gives it
    assert quote.text == body[quote.start : quote.end]  # offsets into the stored body
    assert quote.attribution is not None
    assert _nfc(body[slice(*quote.attribution)]) == "said José García, the mayor."


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(SAID), st.sampled_from(NAMES)), min_size=1, max_size=4),
    st.sampled_from(["\n\n", " "]),
)
def test_nfd_finds_what_nfc_finds(said: list[tuple[str, str]], between: str) -> None:
    text = between.join(template.format(name=name) for template, name in said)
    nfc_quotes = extract_quotes(_nfc(text))
    body = unicodedata.normalize("NFD", text)
    quotes = extract_quotes(body)
    assert [q.speaker for q in quotes] == [q.speaker for q in nfc_quotes]
    assert [q.description for q in quotes] == [q.description for q in nfc_quotes]
    for quote, oracle in zip(quotes, nfc_quotes, strict=True):
        assert quote.text == body[quote.start : quote.end]
        assert _nfc(quote.text) == oracle.text
        assert _nfc(body[quote.inner_start : quote.inner_end]) == oracle.inner
        if oracle.attribution is not None:
            assert quote.attribution is not None
            nfc_said = _nfc(text)[slice(*oracle.attribution)]
            assert _nfc(body[slice(*quote.attribution)]) == nfc_said


@given(st.text(alphabet="aeioun JG.\"'\u0301\u0300\u0308\u0303\u0327\u212b", max_size=40))
def test_composed_is_nfc_with_a_map_back(text: str) -> None:
    mapped = composed(text)
    if mapped is None:
        assert unicodedata.is_normalized("NFC", text)
        return
    nfc, where = mapped
    assert nfc == _nfc(text)
    assert len(where) == len(nfc) + 1 and where[-1] == len(text)
    assert where == sorted(where) and all(0 <= w <= len(text) for w in where)
    # what lies between two mapped offsets composes to what lies between them in nfc
    cuts = sorted(
        {i for i in range(len(nfc) + 1) if i in (0, len(nfc)) or where[i] != where[i - 1]}
    )
    for a, b in itertools.pairwise(cuts):
        assert _nfc(text[where[a] : where[b]]) == nfc[a:b]


def test_an_nfc_body_is_read_as_it_is() -> None:
    assert composed("José García said so.") is None

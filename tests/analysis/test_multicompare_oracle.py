"""Comparing 3-8 articles against the truth: articles built from a pool of sentences, so
which article holds which sentence is known, and every "carried" and "only here" the
heat map and the alignment table (the reader's `v`) show can be checked against it.

Some articles join two pool sentences into one ("A, and b"): such a sentence carries both,
and they need not say the same. Grown through it, a table row put an article's sentence
beside another's that it does not carry, marked word for word (nu22 #5).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.multicompare import Document, MultiComparison, compare_many

POOL = (
    "The council approved the new budget on Monday after a long debate.",
    "Mayor Jane Holt said the plan would fund two new schools and a hospital wing.",
    "Opposition members argued that taxes would rise for most families next year.",
    "The vote was close, with seven members in favour and six against.",
    "Heavy snow closed mountain passes across the Alps for a third straight day.",
    "Forecasters expect milder weather to arrive by the weekend, officials said.",
    "Fishermen in the northern harbour reported their largest catch in a decade.",
    "A new railway bridge over the river will open to passengers in April.",
    "Police arrested three men after a warehouse fire destroyed stock worth millions.",
    "The central bank left interest rates unchanged and warned about inflation.",
)
"""Sentences that share no content word: one carries another only when it is that one."""

Facts = tuple[int, ...]
"""The pool sentences one article sentence holds (two when it joins them)."""


def joined(first: str, second: str) -> str:
    return first.rstrip(".") + ", and " + second[0].lower() + second[1:]


@st.composite
def articles(draw: st.DrawFn) -> list[list[Facts]]:
    """Each article's sentences, as the pool sentences each holds."""
    out = []
    for _ in range(draw(st.integers(3, 6))):
        facts = draw(st.lists(st.sampled_from(range(len(POOL))), min_size=1, max_size=6))
        facts = list(dict.fromkeys(facts))  # an article says a thing once
        sentences: list[Facts] = []
        while facts:
            if len(facts) > 1 and draw(st.booleans()):
                sentences.append((facts.pop(0), facts.pop(0)))
            else:
                sentences.append((facts.pop(0),))
        out.append(sentences)
    return out


def text(sentence: Facts) -> str:
    return POOL[sentence[0]] if len(sentence) == 1 else joined(*(POOL[f] for f in sentence))


def compared(held: list[list[Facts]]) -> MultiComparison:
    docs = [
        Document(f"d{k}", f"Title {k}", f"Outlet {k}", None, " ".join(map(text, sentences)))
        for k, sentences in enumerate(held)
    ]
    comparison = compare_many(docs)
    assert [len(s) for s in comparison.sentences] == [len(s) for s in held]  # as built
    return comparison


def carried_whole(held: list[list[Facts]], article: int, sentence: int) -> set[int]:
    """The other articles with a sentence holding all that this one says."""
    facts = set(held[article][sentence])
    return {
        q
        for q, sentences in enumerate(held)
        if q != article and any(facts <= set(other) for other in sentences)
    }


@settings(max_examples=80)
@given(articles())
def test_carried_and_only_marks_match_the_truth(held: list[list[Facts]]) -> None:
    comparison = compared(held)
    for base in range(len(held)):
        for cover in comparison.coverage(base):  # the heat map and its side column
            facts = set(held[base][cover.sentence])
            for carrier in cover.carriers:  # no false "carried"
                assert facts & set(held[carrier.article][carrier.sentence])
            exact = {q for q, sentences in enumerate(held) if q != base}
            exact = {q for q in exact if held[base][cover.sentence] in held[q]}
            assert exact <= {c.article for c in cover.carriers}  # the same sentence is found
        for row in comparison.alignment(base):  # the table: a row says one thing
            for (a, s), kind in zip(row.members, row.kinds, strict=True):
                for b, t in row.members:
                    if (a, s) != (b, t):
                        assert set(held[a][s]) & set(held[b][t]), (row, held)
                if kind == "unique":  # "alone" only when no other article says it
                    assert not carried_whole(held, a, s), (row, held)
                if kind == "verbatim" and len(row.members) > 1:
                    others = [(b, t) for b, t in row.members if (b, t) != (a, s)]
                    assert any(set(held[a][s]) & set(held[b][t]) for b, t in others)
    for k, only in enumerate(comparison.only_in):
        for s in only.sentences:
            assert not carried_whole(held, k, s)


def test_a_joined_sentence_does_not_make_its_halves_one_row() -> None:
    """B joins what A and C say apart: A's and C's sentences share no row, and each is
    carried (by B), not alone."""
    held: list[list[Facts]] = [[(0,), (4,)], [(0, 1), (4,)], [(1,), (4,)]]
    comparison = compared(held)
    rows = {row.members: row.kinds for row in comparison.alignment(0)}
    assert not any({(0, 0), (2, 0)} <= set(members) for members in rows)
    for members, kinds in rows.items():
        if (2, 0) in members:
            assert kinds[members.index((2, 0))] == "verbatim"
    assert [c.article for c in comparison.coverage(0)[0].carriers] == [1]
    assert [c.article for c in comparison.coverage(2)[0].carriers] == [1]

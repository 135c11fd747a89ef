"""The multi-outlet compare and the two-way compare on the same two sentences (nu42 #2).

Two quotations of one speaker share the attribution ("..., Attorney General Merrick
Garland said"); judged by all their words, two different statements read as one said in
other words, "paraphrase" in the comparison of three where the two-way compare of the same
two found nothing. Two quotations are now judged without the attribution they share.
Oracle: sentences of a pool that share no content word, quoted with one attribution:
carried exactly when the same pool sentence is quoted.

The two compares still differ on purpose, in two ways. The multi-outlet rule is the one set
on labelled pairs (``bench.compare_eval``): it reaches below the two-way compare's one bar
(``SIMILAR_COSINE``) where many stems or a number are in common. And it weighs words over
all the articles compared (a word all of them use counts less), so a third article moves
a pair's cosine. A pair it calls paraphrase that the two-way compare finds in neither
sentence is one that the multi-outlet compare of those two alone calls paraphrase only
under its high bar (``PARAPHRASE_COSINE``), or not at all.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis.compare import compare
from index.analysis.multicompare import Document, compare_many
from index.analysis.sentencematch import PARAPHRASE_COSINE
from tests.analysis.test_multicompare_oracle import POOL

SPEAKERS = (
    "Attorney General Merrick Garland said",
    "Attorney General Merrick Garland said in a statement announcing the decision",
    "Governor Anna Price told reporters on Tuesday",
)


def quoted(fact: int, speaker: int) -> str:
    return f"“{POOL[fact].rstrip('.')},” {SPEAKERS[speaker]}."


def documents(*bodies: str) -> list[Document]:
    return [Document(f"d{k}", f"T{k}", f"Outlet {k}", None, b) for k, b in enumerate(bodies)]


def test_two_statements_of_one_speaker_are_not_one() -> None:
    """nu42 #2's shape, made up: two outlets quote one official saying different things."""
    one = "The department sued the state on Friday. " + quoted(0, 1)
    other = "Officials reacted within hours. " + quoted(1, 1)
    comparison = compare_many(documents(one, other, "Fishing boats stayed in port."))
    # was "paraphrase" (35%); the attribution, word for word in both, is a verbatim passage
    assert not [p for p in comparison.passages if p.kind == "paraphrase"]
    assert comparison.matches[0][1] == ()


@settings(max_examples=60, deadline=None)
@example([(0, 1), (1, 1)]).via("carried before: 82 of 90 such pairs with the long attribution")
@given(
    st.lists(
        st.tuples(st.integers(0, len(POOL) - 1), st.integers(0, len(SPEAKERS) - 1)),
        min_size=2,
        max_size=4,
    )
)
def test_quotations_are_carried_when_what_they_quote_is(said: list[tuple[int, int]]) -> None:
    """One quotation an article: another carries it exactly when it quotes the same pool
    sentence, whoever the attribution names."""
    comparison = compare_many(documents(*(quoted(fact, who) for fact, who in said)))
    for p, rows in enumerate(comparison.matches):
        for match in rows[0]:
            assert said[match.article][0] == said[p][0], (said, p, match)
        carried = {m.article for m in rows[0]}
        same = {q for q, (fact, _) in enumerate(said) if q != p and fact == said[p][0]}
        assert carried == same


WORDS = [
    "budget",
    "council",
    "school",
    "hospital",
    "taxes",
    "families",
    "vote",
    "members",
    "snow",
    "passes",
    "weather",
    "harbour",
    "catch",
    "railway",
    "bridge",
    "police",
    "warehouse",
    "fire",
    "bank",
    "inflation",
    "ferry",
    "court",
    "judge",
    "senator",
    "mayor",
    "doctors",
    "nurses",
    "farmers",
    "prices",
    "wages",
    "rents",
    "tenants",
    "miners",
    "pilots",
]


@st.composite
def three_articles(draw: st.DrawFn) -> list[str]:
    """Three articles of sentences drawn from a few content words (so that sentences share
    some words, many or few: about 1 in 5 of the pairs called paraphrase fall between the
    two bars), some of them quotations of one of a few speakers."""
    bodies = []
    for _ in range(3):
        sentences = []
        for _ in range(draw(st.integers(1, 4))):
            words = draw(st.lists(st.sampled_from(WORDS), min_size=6, max_size=14, unique=True))
            text = "The " + " and the ".join(words)
            if draw(st.booleans()):
                sentences.append(f"“{text} rose,” {draw(st.sampled_from(SPEAKERS))}.")
            else:
                sentences.append(f"{text} rose on Monday.")
        bodies.append(" ".join(sentences))
    return bodies


@settings(max_examples=60, deadline=None)
@given(three_articles())
def test_a_paraphrase_the_two_way_compare_misses_is_one_below_its_bar(bodies: list[str]) -> None:
    comparison = compare_many(documents(*bodies))
    for group in comparison.groups:
        if len(group.members) < 2 or all(k == "verbatim" for k in group.kinds):
            continue
        for i, (a, s) in enumerate(group.members):
            for b, t in group.members[i + 1 :]:
                two_way = compare(bodies[a], bodies[b])
                if two_way.a[s].kind != "unique" or two_way.b[t].kind != "unique":
                    continue
                # the two alone, words weighed over them as the two-way compare weighs them
                alone = compare_many(documents(bodies[a], bodies[b]))
                found = [m for m in alone.matches[0][s] if m.sentence == t]
                found += [m for m in alone.matches[1][t] if m.sentence == s]
                texts = alone.sentences[0][s].text, alone.sentences[1][t].text
                assert all(m.kind == "paraphrase" for m in found)
                assert all(m.similarity < PARAPHRASE_COSINE for m in found), texts

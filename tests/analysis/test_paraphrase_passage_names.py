"""A passage said in other words names every article that carries its sentence (nu49 #2).

A group holds only sentences that all carry one another, so an article that carries the
group's first sentence can sit in another group: the memo said "[paraphrase, in 2,4]" for
Al Jazeera's helicopters sentence while RTE (its joined sentence) carried it too. 171 of
780 paraphrase passages of the compare_eval stories left out such a carrier.

Oracle: the comparison's own matches: every article matching the first sentence of a group
said in other words is listed, with that sentence's span, and the passage's text is the
first listed article's sentence; checked on made-up groups and over the pool articles of
``test_multicompare_oracle`` (where such groups are rare).
"""

from __future__ import annotations

from hypothesis import given, settings

from index.analysis.alignment import Group
from index.analysis.multicompare import Document, _paraphrased
from index.analysis.sentencematch import Match
from index.text.sentences import split_sentences
from tests.analysis.test_multicompare_oracle import Facts, articles, compared

BODIES = (
    "Crews in helicopters will drop boulders into the hole.",
    "Helicopter crews plan to drop large rocks into the gap.",
    "Officials said danger remained, and crews in helicopters will drop boulders.",
)


def passage_of(members: tuple[tuple[int, int], ...], carriers: list[Match]) -> tuple[int, str]:
    """The one paraphrase passage of a group whose first sentence ``carriers`` carry."""
    docs = [Document(f"d{k}", "", None, None, b) for k, b in enumerate(BODIES)]
    sentences = [split_sentences(d.body) for d in docs]
    matches = [[()] for _ in docs]
    a, s = members[0]
    matches[a][s] = tuple(carriers)
    group = Group(members, tuple("paraphrase" for _ in members))
    (found,) = _paraphrased(docs, sentences, [group], matches)
    return found.articles, found.text


def test_a_carrier_grouped_elsewhere_is_named() -> None:
    """nu49's memo shape, made up: 1 and 2 grouped, 3 carries 1's sentence from its own
    joined sentence (grouped apart)."""
    carriers = [Match(1, 0, "paraphrase", 0.5), Match(2, 0, "paraphrase", 0.74)]
    assert passage_of(((0, 0), (1, 0)), carriers) == ((0, 1, 2), BODIES[0])


def test_the_text_is_the_first_named_articles() -> None:
    carriers = [Match(0, 0, "verbatim", 0.9), Match(2, 0, "paraphrase", 0.5)]
    assert passage_of(((1, 0), (2, 0)), carriers) == ((0, 1, 2), BODIES[0])


@settings(max_examples=80, deadline=None)
@given(articles())
def test_every_carrier_of_a_paraphrase_is_named(held: list[list[Facts]]) -> None:
    comparison = compared(held)
    passages = {p.spans: p for p in comparison.passages if p.kind == "paraphrase"}
    for group in comparison.groups:
        if len(group.members) < 2 or all(k == "verbatim" for k in group.kinds):
            continue
        a, s = group.members[0]
        listed = dict(group.members) | {
            m.article: m.sentence
            for m in comparison.matches[a][s]
            if m.article not in dict(group.members)
        }
        spans = tuple(
            (q, comparison.sentences[q][t].start, comparison.sentences[q][t].end)
            for q, t in sorted(listed.items())
        )
        assert spans in passages
        q, t = min(listed.items())
        assert passages[spans].text == comparison.sentences[q][t].text

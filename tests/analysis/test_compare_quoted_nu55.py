"""A sentence carrying a quotation another compared article carries is not "only in" it
(nu55 #4): the only-in lists, the heat map (coverage) and the kept #only-here highlights
agree with the comparison's quotes (all three read ``only_in`` and ``coverage``).

Articles are made of made-up words no other sentence uses; some of their sentences quote
one of a few made-up quotations, whole or clipped, each article wrapping it in words of its
own (too few shared words for a verbatim passage, too different for a paraphrase). The
oracle: no sentence listed only-in holds a quotation listed in more than one article, and
each other article listing it carries that sentence or shares part of it; a sentence
quoting nothing stays only-in.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.multicompare import Document, compare_many

CONSONANTS = "bdfgklmnprtvz"
VOWELS = "aiou"
WORDS = [
    "".join(p) for p in itertools.product([c + v for c in CONSONANTS for v in VOWELS], repeat=3)
]


class Words:
    """Hands out made-up words, each once."""

    def __init__(self) -> None:
        self.next = 0

    def take(self, n: int) -> list[str]:
        self.next += n
        return WORDS[self.next - n : self.next]


def plain(words: list[str]) -> str:
    return " ".join([words[0].capitalize(), *words[1:]]) + "."


def quoting(before: list[str], quoted: list[str], after: list[str]) -> str:
    """A sentence quoting ``quoted``: the words before, the quotation, then "it said"."""
    return f'{plain(before)[:-1]} "{" ".join(quoted)}," {" ".join(after)} said.'


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[str], list[list[bool]]]:
    """(the articles' bodies, per article per sentence: does it quote)."""
    pool = Words()
    quotations = [pool.take(draw(st.integers(4, 9))) for _ in range(draw(st.integers(1, 3)))]
    bodies, quotes = [], []
    for _ in range(draw(st.integers(2, 4))):
        said, flags = [], []
        for _ in range(draw(st.integers(1, 4))):
            which = draw(st.integers(-1, len(quotations) - 1))
            if which < 0:
                said.append(plain(pool.take(draw(st.integers(6, 14)))))
                flags.append(False)
                continue
            words = quotations[which]
            lo = draw(st.integers(0, max(0, len(words) - 4)))
            hi = draw(st.integers(min(len(words), lo + 4), len(words)))
            said.append(quoting(pool.take(draw(st.integers(4, 8))), words[lo:hi], pool.take(2)))
            flags.append(True)
        bodies.append(" ".join(said))
        quotes.append(flags)
    return bodies, quotes


def check(bodies: list[str]) -> None:
    docs = [Document(f"d{k}", f"T{k}", f"O{k}", None, b) for k, b in enumerate(bodies)]
    many = compare_many(docs)
    position = {d.id: k for k, d in enumerate(docs)}
    shared: dict[tuple[int, int], set[int]] = {}
    for group in many.quotes:
        held = {position[a] for a in group.articles}
        if len(held) < 2:
            continue
        for o in group.occurrences:
            p = position[o.article]
            for s, sent in enumerate(many.sentences[p]):
                if max(o.start, sent.start) < min(o.end, sent.end):
                    shared.setdefault((p, s), set()).update(held - {p})
    for p in range(len(docs)):
        coverage = many.coverage(p)
        for s, others in ((s, o) for (q, s), o in shared.items() if q == p):
            assert s not in many.only_in[p].sentences, (p, s, many.sentences[p][s].text)
            near = {c.article for c in coverage[s].carriers} | {
                r.article for r in coverage[s].partly
            }
            assert others <= near, (p, s, others, near)


@settings(max_examples=60, deadline=None)
@given(cases())
def test_no_only_in_sentence_holds_a_shared_quote(case: tuple[list[str], list[list[bool]]]) -> None:
    bodies, flags = case
    check(bodies)
    many = compare_many([Document(f"d{k}", "T", None, None, b) for k, b in enumerate(bodies)])
    for p, row in enumerate(flags):  # a sentence quoting nothing is only-in (words of its own)
        for s, quotes in enumerate(row):
            if not quotes and len(many.sentences[p]) == len(row):
                assert s in many.only_in[p].sentences, (p, s)


def test_clipped_quote_in_a_sentence_of_its_own() -> None:
    """nu55 #4 in small: one outlet quotes five words of another's nine-word quotation, in a
    sentence no other carries: partly in the other, not only in it."""
    a = (
        "Gorado tibuki vanelo and the rest of the board met on Tuesday in the hall. "
        'An internal review found the new rules were "kalipo dumeta and ragovi fenilu," it said.'
    )
    b = (
        "Kirapo lunadi spoke for the Tovani board at noon. "
        'Its office "determined the sebuka lomira was kalipo dumeta and ragovi fenilu" today.'
    )
    many = compare_many([Document("a", "A", "OA", None, a), Document("b", "B", "OB", None, b)])
    assert [g.articles for g in many.quotes if len(g.articles) > 1] == [("a", "b")]
    assert 1 not in many.only_in[0].sentences and 1 in many.only_in[0].partly
    assert [r.article for r in many.coverage(0)[1].partly] == [1]
    assert 0 in many.only_in[0].sentences  # its own words stay its own
    check([a, b])

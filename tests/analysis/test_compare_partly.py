"""Only in, partly in, in: sentences another outlet copies whole, extends, clips or leaves out
(nu45 #6), against the generator's truth, and the views agreeing on it.

A base article's sentences are made of made-up words no other sentence uses; each other
outlet copies each of them whole, extends it (words of its own before and after: the base
sentence is a contiguous run of its sentence), clips it (a run of 6-7 of its words inside a
long sentence of the outlet's own) or leaves it out. The truth per sentence and outlet:
whole or extended is "in" (carried), clipped is "partly" (a verbatim passage of
`MIN_PASSAGE_WORDS` or more words, not carried), left out is nothing. The multi-compare
(coverage, only-in lists, JSON passages) and the two-way comparison of the base with each
outlet must all say so.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.compare import compare
from index.analysis.multicompare import Document, compare_many
from index.analysis.passages import MIN_PASSAGE_WORDS

CONSONANTS = "bdfgklmnprtvz"
VOWELS = "aiou"
SYLLABLES = [c + v for c in CONSONANTS for v in VOWELS]
WORDS = ["".join(p) for p in itertools.product(SYLLABLES, repeat=3)]
"""Made-up words of three syllables: none a stop word, no two with one stem."""

BASE_WORDS = 24
"""Words of a base sentence: a clip of 6-7 of them is too little to be a paraphrase."""
MODES = ("whole", "extended", "clipped", "absent")


class Words:
    """Hands out made-up words, each once."""

    def __init__(self) -> None:
        self.next = 0

    def take(self, n: int) -> list[str]:
        self.next += n
        return WORDS[self.next - n : self.next]


def sentence(words: list[str]) -> str:
    return " ".join([words[0].capitalize(), *words[1:]]) + "."


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """(the base's sentences as words, each outlet's mode per base sentence, each outlet's
    sentences as words)."""
    pool = Words()
    base = [pool.take(BASE_WORDS) for _ in range(draw(st.integers(2, 4)))]
    modes = [[draw(st.sampled_from(MODES)) for _ in base] for _ in range(draw(st.integers(1, 3)))]
    outlets = []
    for row in modes:
        sentences = [pool.take(15)]  # a sentence of its own first
        for words, mode in zip(base, row, strict=True):
            if mode == "whole":
                sentences.append(list(words))
            elif mode == "extended":
                before, after = draw(st.integers(0, 4)), draw(st.integers(1, 4))
                sentences.append(pool.take(before) + words + pool.take(after))
            elif mode == "clipped":
                size = draw(st.integers(MIN_PASSAGE_WORDS, MIN_PASSAGE_WORDS + 1))
                at = draw(st.integers(0, BASE_WORDS - size))
                sentences.append(pool.take(14) + words[at : at + size] + pool.take(14))
        outlets.append(sentences)
    return base, modes, outlets


def status(modes: list[str]) -> str:
    """The truth of a base sentence over all outlets."""
    if {"whole", "extended"} & set(modes):
        return "in"
    return "partly" if "clipped" in modes else "only"


@settings(max_examples=60, deadline=None)
@given(cases())
def test_views_say_what_was_copied(case: tuple[list, list, list]) -> None:
    base, modes, outlets = case
    bodies = [" ".join(map(sentence, s)) for s in [base, *outlets]]
    docs = [Document(f"d{k}", f"T{k}", f"O{k}", None, body) for k, body in enumerate(bodies)]
    many = compare_many(docs)
    assert len(many.sentences[0]) == len(base)
    only = many.only_in[0]
    for s, coverage in enumerate(many.coverage(0)):
        column = [row[s] for row in modes]
        truth = status(column)
        carried = {c.article for c in coverage.carriers}
        partly = {p.article for p in coverage.partly}
        for q, mode in enumerate(column, start=1):
            assert (q in carried) == (mode in ("whole", "extended")), (s, q, mode)
            assert (q in partly) == (mode == "clipped"), (s, q, mode)
        assert (s in only.sentences) == (truth == "only")
        assert (s in only.partly) == (truth == "partly")
    # the JSON agrees: a verbatim passage of the base and an outlet holding N+ words of a
    # base sentence means that outlet carries it or holds part of it
    data = many.to_json(0)
    assert data["only_in"]["d0"]["partly"] == [many.sentences[0][s].text for s in only.partly]
    for c in data["coverage"]:
        near = {r["article"] for r in c["carriers"]} | {r["article"] for r in c["partly"]}
        for p in data["passages"]:
            if p["kind"] != "verbatim" or "d0" not in p["articles"]:
                continue
            lo, hi = p["spans"]["d0"]
            inside = bodies[0][max(lo, c["start"]) : min(hi, c["end"])]
            if len(re.findall(r"\w+", inside)) >= MIN_PASSAGE_WORDS:
                assert set(p["articles"]) - {"d0"} <= near
    # the two-way view of the base and each outlet says the same, and finds what is shared
    for q, row in enumerate(modes, start=1):
        two = compare(bodies[0], bodies[q])
        for al, mode in zip(two.a, row, strict=True):
            said = "only" if al.alone else "partly" if al.kind == "unique" else "in"
            assert said == {"whole": "in", "extended": "in", "clipped": "partly"}.get(
                mode, "only"
            ), (al.index, mode)
        shared = sum(
            len(bodies[0]) and (len(al.text) if mode in ("whole", "extended") else 0)
            for al, mode in zip(two.a, row, strict=True)
        )
        if mode_any := [m for m in row if m != "absent"]:
            assert two.summary.a_in_b > 0, mode_any
            assert two.summary.a_in_b >= shared / sum(len(al.text) for al in two.a) - 1e-4
        else:
            assert two.summary.a_in_b == 0
            assert two.summary.found(0) == "0%"


def test_brexit_letter() -> None:
    """nu45 #6 in small: ABC's sentence shares "will come in the form of a letter" with RTE's
    longer one, and "the European Union, on March 29" with the wires: partly in, not only in."""
    abc = (
        "Britain's government says it will trigger Article 50, signaling Britain's departure "
        "from the European Union, on March 29. The notification of triggering Article 50 "
        "will come in the form of a letter."
    )
    rte = (
        "Britain is leaving. Notification of the historic step will come in the form of a "
        "letter from Mrs May to Mr Tusk, though Downing Street did not say how it goes."
    )
    wire = "Prime Minister Theresa May will write to the European Union, on March 29, aides said."
    many = compare_many(
        [Document(k, k, k, None, body) for k, body in (("abc", abc), ("rte", rte), ("w", wire))]
    )
    assert many.only_in[0].sentences == ()
    assert many.only_in[0].partly == (0, 1)
    coverage = many.coverage(0)
    assert [p.article for p in coverage[0].partly] == [2]
    assert [(p.article, p.words) for p in coverage[1].partly] == [(1, 8)]
    two = compare(abc, wire)
    assert two.summary.found(0) != "0%"  # was "0%" beside the shared passage
    assert [(al.alone, al.partly) for al in two.a] == [(False, 6), (True, 0)]
    assert "sentence of its own: “The notification" in two.only_said(0)

"""Shared wording of a story's articles: spans against a brute-force oracle, and by hand."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.passages import MIN_PASSAGE_WORDS
from index.analysis.story_wording import MAX_OTHERS, SharedSpan, shared_spans, shared_wording
from index.analysis.words import words_of


def test_a_reprinted_sentence_is_marked_with_how_many_hold_it() -> None:
    wire = "Dockers in Portsmouth voted on Sunday to end their strike, the union said."
    body = f"Breaking. {wire} More later."
    others = [f"Earlier today: {wire}", "A different story about the weather on the coast."]
    spans = shared_spans(body, others)
    assert spans == (SharedSpan(body.index("Dockers"), body.index(". More"), 1),)
    assert body[spans[0].start : spans[0].end] == wire.rstrip(".")


def test_runs_shorter_than_the_minimum_are_not_shared() -> None:
    body = "the quick brown fox jumps over the dog"
    assert shared_spans(body, ["a quick brown fox jumps slowly"]) == ()  # four words only
    assert shared_spans(body, [body]) == (SharedSpan(0, len(body), 1),)


def test_case_and_punctuation_do_not_matter_and_counts_split_stretches() -> None:
    body = "One two three four five six seven eight nine ten"
    spans = shared_spans(body, ["ONE, two; three four five six!", body.lower()])
    assert [(body[s.start : s.end], s.holders) for s in spans] == [
        ("One two three four five six", 2),
        ("seven eight nine ten", 1),
    ]


def test_an_article_alone_or_with_nothing_in_common_shares_nothing() -> None:
    assert shared_spans("Some words of an article here today", []) == ()
    wording = shared_wording("a", "", ["anything at all"])
    assert wording.spans == () and wording.shared_words == wording.words == 0
    assert wording.compared == 1


def test_at_most_max_others_are_compared() -> None:
    body = "alpha beta gamma delta epsilon zeta eta theta"
    wording = shared_wording("a", body, [body] * (MAX_OTHERS + 5))
    assert wording.compared == MAX_OTHERS
    assert wording.spans == (SharedSpan(0, len(body), MAX_OTHERS),)
    assert wording.shared_words == 8


slices = st.lists(st.tuples(st.integers(0, 29), st.integers(1, 12)), min_size=0, max_size=3)


@settings(max_examples=150, deadline=None)
@given(st.lists(slices, min_size=0, max_size=4))
def test_holders_match_a_brute_force_count(others_slices: list[list[tuple[int, int]]]) -> None:
    """The body's words are all distinct; each other text is slices of it between fresh
    words, so a word is held by an other text exactly when one of its slices of
    MIN_PASSAGE_WORDS or more words covers it."""
    words = [f"w{k}" for k in range(30)]
    body = " ".join(words)
    others, expected = [], [0] * len(words)
    for n, cuts in enumerate(others_slices):
        parts, held = [], set()
        for start, length in cuts:
            piece = words[start : start + length]
            parts += [*piece, f"x{n}_{start}_{length}"]
            if len(piece) >= MIN_PASSAGE_WORDS:
                held.update(range(start, start + len(piece)))
        others.append(" ".join(parts))
        for k in held:
            expected[k] += 1
    got = [0] * len(words)
    places = words_of(body)
    for span in shared_spans(body, others):
        assert span.holders > 0
        for k, word in enumerate(places):
            if span.start <= word.start and word.end <= span.end:
                got[k] = span.holders
    assert got == expected

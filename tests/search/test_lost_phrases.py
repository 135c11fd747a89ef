"""A quoted phrase finds its words' copies that lost a letter as each word alone does
(sx47, `index.search.lost_phrases`): ``"Expert Schäuble"``, ``"Expert Sch?uble"`` (its
"?" read, not refused) and ``"Expert Sch\ufffduble"`` find every article the word finds
where the phrase stands. The oracle is sx44's set logic over the same corpus
(`tests.search.test_lost_letters.holders`: what each article holds); and a phrase whose
words have no such spelling in the index is searched unchanged (plain Whoosh's)."""

from __future__ import annotations

from itertools import combinations, pairwise

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from index.search.engine import WhooshEngine
from index.search.highlight import highlighter_for_text
from index.search.lost_letters import with_lost_letters
from index.search.query import parse_unbound
from tests.search.test_lost_letters import NAMES, _plain, damaged, holders, ids, index

__all__ = ["index"]

SPELLINGS = st.sampled_from(NAMES).flatmap(
    lambda name: st.sampled_from([name, _plain(name), name.upper(), *damaged(name)])
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(SPELLINGS)
def test_a_phrase_finds_what_its_word_finds_where_it_stands(index: WhooshEngine, word: str) -> None:
    whole = {row for row in holders(word) if row.startswith("w")}
    # every article says "Expert <spelling>"; only the copies "<spelling> predicted"
    assert ids(index, f'"Expert {word}"') == holders(word) == ids(index, word)
    assert ids(index, f'"{word} predicted"') == holders(word) - whole
    assert ids(index, f'"predicted {word}"') == set()
    assert ids(index, f'body:"expert {word}" NOT "{word} predicted"') == whole
    if "?" in word:  # pasted from a copy that lost the letter as U+FFFD
        assert ids(index, f'"Expert {word.replace("?", chr(0xFFFD))}"') == holders(word)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(SPELLINGS)
def test_the_phrase_lights_the_copies_it_finds(index: WhooshEngine, word: str) -> None:
    lights = highlighter_for_text(f'"Expert {word}"', index.prefix_stems, index.wildcard_stems)
    held = holders(word)
    for n, name in enumerate(NAMES):
        for row, copy in [
            (f"w{n}", name),
            *((f"d{n}-{k}", c) for k, c in enumerate(damaged(name))),
        ]:
            text = f"Expert {copy} predicted more."
            lit = any(text[s.start : s.end] == f"Expert {copy}" for s in lights.spans(text))
            assert lit == (row in held), (row, copy)


@given(
    st.lists(
        st.sampled_from(["expert", "said", "so", "whole", "other", "yes"]), min_size=2, max_size=4
    )
)
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_a_phrase_with_no_held_spelling_is_searched_unchanged(
    index: WhooshEngine, words: list[str]
) -> None:
    query = parse_unbound('"' + " ".join(words) + '"')
    with index.searcher.reader.lock:
        assert with_lost_letters(query, index.searcher.reader.searcher.reader()) is query


def test_a_lost_letter_in_a_phrase_is_no_longer_refused() -> None:
    parse_unbound('"Wolfgang Sch?uble"')
    parse_unbound('"Garda S\ufffd\ufffdoch\ufffd\ufffdna"')


@given(st.text(st.sampled_from("aeiouéáíóúñüçèàì"), min_size=1, max_size=30))
def test_a_long_word_of_marks_looks_up_few_pairs(tail: str) -> None:
    from index.search.lost_letters import MAX_MARKED, twice_lost
    from index.store.schema import make_words_analyzer

    typed = "x" + tail
    assume(not typed.isascii())  # a word typed plainly: `tests.search.test_plain_two_lost`
    word = next(t.text for t in make_words_analyzer()(typed, mode="query", tokenize=False))
    spans = [at for at, letter in enumerate(typed) if not letter.isascii()]
    marked = len(spans)
    found = twice_lost(typed, word)
    if marked == 1:  # with each other letter (all may carry a mark; vowels past the cap)
        others = [at for at in range(1, len(word)) if at not in spans]
        if len(others) + 1 > MAX_MARKED:
            others = [at for at in others if word[at] in "aeiou"]
        picks = [tuple(sorted((spans[0], at))) for at in others]
    elif marked <= MAX_MARKED:
        picks = list(combinations(spans, 2))
    else:
        picks = list(pairwise(spans))
    # each two as "?" or "??", alike or not (sx56); side by side alike only, and as "??"
    # only beside a letter typed plainly
    ways = [(2 if marked > 1 else 1) if b - a == 1 else 4 for a, b in picks]
    assert len(found) == sum(ways) + 2 * (2 < marked <= 4)
    # each spelling is the word with two (or all) of its marked letters lost
    for spelling in (each for each in found if "??" not in each):
        assert len(spelling) == len(word) and spelling.count("?") in (2, marked)
        assert all(a in (b, "?") for a, b in zip(spelling, word, strict=True))

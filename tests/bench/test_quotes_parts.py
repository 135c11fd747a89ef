"""`bench.quotes_parts` times a name book's parts (its passes read the corpora: too long for
a test; the parts are timed over any books)."""

from __future__ import annotations

from bench.quotes_parts import parts


def test_every_part_is_timed_over_a_book() -> None:
    text = 'Elizabeth Warren spoke. "We will win," said Warren, a senator from Massachusetts.'
    found = parts([(text, [(24, 38)])])
    assert set(found) == {"book", "runs", "sentences", "runs+shape", "cues at every run"}
    assert all(seconds >= 0 for seconds in found.values())


def test_phases_add_up_to_the_extraction_and_leave_it_unchanged() -> None:
    from bench.quotes_parts import PHASES, phases
    from index.analysis.quote_derived import QuotesDerived
    from index.models import Article

    body = 'Elizabeth Warren spoke. "We will win this fight," said Warren, a senator.'
    article = Article("a", "", "t", False, None, None, None, None, body)
    derived = QuotesDerived()
    before = derived.extract(article)
    found = phases(derived, [article])
    assert set(found) == {"extraction", "rest", *(name for _, name in PHASES)}
    assert all(seconds >= 0 for name, seconds in found.items() if name != "rest")
    assert abs(sum(found.values()) - found["extraction"] - found["extraction"]) < 1e-9
    assert derived.extract(article).quotes == before.quotes  # the patches are undone
    assert before.quotes[0].speaker == "Elizabeth Warren"

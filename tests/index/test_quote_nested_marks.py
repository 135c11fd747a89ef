"""Quotes the corpus's web copies break in three ways (qg37, issue 18: t64, u24 of the
reprint labels): a lost character between a word and a word in lower case ('quote"?a') with
an apostrophe spelled as a double mark further on ('shouldn"t'); a quote that quotes
someone in turn after "he said," ('"When [Mr. Trump] first announced it, he said, "Muslim
ban."'), its first words no sentence; and a verb that attributes only a partial quote
("called") standing in a clause that opens the sentence ('When GCHQ called that a crock,
Trump played artful dodger: "..."'). Constructed cases, and properties whose oracle is the
text as it was put together."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quotemarks import quoted_spans
from index.analysis.quotes import extract_quotes


def inners(text: str) -> list[str]:
    return [text[s.inner_start : s.inner_end] for s in quoted_spans(text)]


def test_a_lost_character_and_a_later_apostrophe_keep_the_quote_open() -> None:
    text = (
        'Trump played artful dodger: "All we did was quote"?a very talented lawyer on Fox. '
        'And so you shouldn"t be talking to me, you should be talking to Fox."?Obamacare is '
        "imperfect."
    )
    assert inners(text) == [
        'All we did was quote"?a very talented lawyer on Fox. And so you shouldn"t be '
        "talking to me, you should be talking to Fox."
    ]


def test_a_lost_dash_before_a_new_quote_still_closes() -> None:
    # the next mark past the apostrophes opens a quote: the '"?' closed the one before
    text = 'He called it a "gateway"?to what isn"t right. "It is a worry," she said.'
    assert inners(text) == ["gateway", "It is a worry,"]


WORDS = st.sampled_from(["we", "did", "quote", "a", "lawyer", "talking", "to", "me", "fox"])
NEGATED = st.sampled_from(['shouldn"t', 'don"t', 'can"t', 'isn"t'])


@given(
    st.lists(WORDS, min_size=1, max_size=6),
    st.lists(st.one_of(WORDS, NEGATED), min_size=1, max_size=8),
    st.sampled_from([".", ",", "!"]),
)
def test_the_quote_runs_to_its_closing_mark_past_lost_characters(
    before: list[str], after: list[str], stop: str
) -> None:
    said = "All " + " ".join(before) + '"?' + " ".join(after) + stop
    text = f'Trump said: "{said}"?Then he left.'
    # the oracle: the quotation as put in, '"?' and spelled apostrophes included
    assert inners(text) == [said]


def test_the_words_before_a_quote_inside_a_quote_are_quoted() -> None:
    text = 'He said: "When [Mr. Trump] first announced it, he said, "Muslim ban." He called me up.'
    assert inners(text) == ["When [Mr. Trump] first announced it, he said,", "Muslim ban."]
    (first, _) = quoted_spans(text)
    assert not first.closed
    assert text[first.start : first.end] == '"When [Mr. Trump] first announced it, he said,'


def test_a_sentence_before_the_speech_verb_keeps_the_first_sentence_rule() -> None:
    # 'vote'. He added:' is narration after a lost closing mark: not quoted
    text = (
        "Robertson said: \"No government will say 'you shall not vote'. He added: "
        '"The people will decide." It ended.'
    )
    assert "He added:" not in " ".join(inners(text))


def test_a_title_stop_ends_no_sentence() -> None:
    # the quote that never closed is cut at its first sentence's end, not at "Mr."
    text = 'He said: "I met Mr. Smith there. Then "Good times," she said.'
    assert inners(text) == ["I met Mr. Smith there.", "Good times,"]


SAYING = st.sampled_from(["he said,", "I said,", "she asked:", "they wrote,"])
TITLED = st.sampled_from(["Mr. Trump", "Dr. King", "Mrs. May", "the judge"])


@given(
    st.lists(WORDS, min_size=1, max_size=6), TITLED, SAYING, st.lists(WORDS, min_size=1, max_size=5)
)
def test_a_quote_quoted_inside_one(
    first: list[str], titled: str, saying: str, inner: list[str]
) -> None:
    outer = f"When {titled} " + " ".join(first) + f", {saying}"
    quoted = " ".join(inner).capitalize() + "."
    text = f'The ruling said: "{outer} "{quoted}" It ended there.'
    spans = quoted_spans(text)
    # the oracle: the outer words as put in, then the inner quotation
    assert inners(text) == [outer, quoted]
    assert all(text[s.start : s.end] == text[s.start : s.end].strip() for s in spans)


def test_a_partial_quote_verb_in_an_opening_clause_names_no_speaker() -> None:
    text = (
        'When GCHQ called that a crock, Trump played artful dodger: "All we did was quote '
        'a very talented lawyer on Fox."'
    )
    (quote,) = extract_quotes(text)
    assert quote.speaker != "GCHQ"


@given(
    st.sampled_from(["When", "After", "As", "Because", "Although", "Once"]),
    st.sampled_from(["called", "described", "branded", "dubbed", "praised", "slammed"]),
)
def test_the_opening_clause_rule_over_verbs_and_openers(opener: str, verb: str) -> None:
    clause = f"{opener} Smith {verb} the plan a failure, Jones took the stage: "
    (quote,) = extract_quotes(clause + '"We will build it anyway and we will win."')
    assert quote.speaker != "Smith"
    # in its own clause, with no comma closing that before the quote, the verb still names
    (own,) = extract_quotes(f'{opener} it ended, Smith {verb} the plan "a costly failure."')
    assert own.speaker == "Smith"

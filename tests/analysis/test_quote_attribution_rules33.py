"""Speaker rules of round 33 (issue 18, qa33), on constructed sentences (no corpora needed):
a quotation whose sentence names its words' first author by a possessive and a noun of
speech is that author's, not the one who repeats them ("She pointed to Mr Trump's promise
of "a total and complete shutdown"", "he asked about Trump's "so-called judge" tweet");
where a verb, a colon or "as" after a plain noun parts the two, the words stay with the one
who speaks the sentence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.quotes_eval import same_person
from index.analysis.quotes import extract_quotes

_SPEAKERS = ["Mary Jones", "Linda Harris", "Susan Clark", "Karen Lewis"]
"""Those who repeat the words (women: "she" points back to them)."""
_AUTHORS = ["Robert Walker", "David Turner", "James Morgan", "Peter Collins"]
"""Those whose words are repeated."""
_TITLES = ["", "Mr ", "President ", "Senator ", "then-candidate "]
_NOUNS = ["promise", "call", "pledge", "claim", "vow", "remark", "insistence", "comments"]
_LINKS = [
    "of",
    "for",
    "for a",
    "that",
    "during his campaign of",
    "last year of",
    "on Tuesday that",
    "to deliver",
]
_WORDS = '"a complete and total shutdown of the border crossings"'
_OPENING = "the state's lawyer, said in court that the order was unlawful."


def _speaker_of(text: str, start: str) -> str | None:
    found = [q for q in extract_quotes(text) if q.inner.startswith(start)]
    assert len(found) == 1, [q.inner for q in extract_quotes(text)]
    return found[0].speaker


def _written(author: str, title: str) -> str:
    """ "Mr Walker" (a title tells a person), else "then-candidate Robert Walker"."""
    if title in ("Mr ", "President ", "Senator "):
        return f"{title}{author.split()[-1]}"
    return f"{title}{author}"


def _is(speaker: str | None, name: str) -> bool:
    return speaker is not None and same_person(speaker, name)


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(_SPEAKERS),
    st.sampled_from(_AUTHORS),
    st.sampled_from(_TITLES),
    st.sampled_from(_NOUNS),
    st.sampled_from(_LINKS),
    st.booleans(),
)
def test_a_possessive_noun_of_speech_gives_the_words_to_its_author(
    speaker: str, author: str, title: str, noun: str, link: str, named_before: bool
) -> None:
    last = author.split()[-1]
    who = _written(author, title)
    before = f"{author} signed the order in January. " if named_before else ""
    text = (
        f'{before}{speaker}, {_OPENING} "It is plainly unlawful," she said. '
        f"She pointed to {who}'s {noun} {link} {_WORDS}."
    )
    assert _is(_speaker_of(text, "It is plainly"), speaker)
    assert _is(_speaker_of(text, "a complete and total"), last)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_SPEAKERS), st.sampled_from(_AUTHORS), st.sampled_from(_TITLES))
def test_the_words_between_the_name_and_its_noun_or_after_it(
    speaker: str, author: str, title: str
) -> None:
    last = author.split()[-1]
    who = _written(author, title)
    modifier = (
        f"{speaker} said the nominee spoke with passion when she asked him about "
        f'{who}\'s "so-called judge" tweet.'
    )
    assert _is(_speaker_of(modifier, "so-called judge"), last)
    after = (
        f"{speaker} said judges are confirmed by the Senate. The judge - the "
        f'"so-called judge" of {who}\'s Twitter criticism - was appointed in 2004.'
    )
    assert _is(_speaker_of(after, "so-called judge"), last)
    words = (
        f"{speaker} said the plan failed. In {who}'s words, the plan had \"sided with "
        f'the powerful against the powerless".'
    )
    assert _is(_speaker_of(words, "sided with"), last)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_SPEAKERS), st.sampled_from(_AUTHORS), st.sampled_from(_NOUNS))
def test_a_verb_a_colon_or_a_plain_as_keeps_the_words_with_who_speaks(
    speaker: str, author: str, noun: str
) -> None:
    last = author.split()[-1]
    judged = f'{speaker} said {author}\'s {noun} for a new vote was "not the will of the people".'
    assert _is(_speaker_of(judged, "not the will"), speaker)
    rebutted = (
        f"{speaker}, {_OPENING} She released a statement rebutting {author}'s {noun}: "
        '"No official ever interfered with any investigation," she wrote.'
    )
    assert _is(_speaker_of(rebutted, "No official"), speaker)
    described = f'{speaker} described {author}\'s {noun} as "deeply offensive and untrue".'
    assert not _is(_speaker_of(described, "deeply offensive"), last)
    subject = f'{author}\'s {noun} "speaks for itself," {speaker} told reporters on Monday.'
    assert _is(_speaker_of(subject, "speaks for itself"), speaker)
    claimed = (
        f"{speaker} said {author}'s {noun} that he was wiretapped was "
        '"utterly and completely false".'
    )
    assert _is(_speaker_of(claimed, "utterly and"), speaker)
    timed = f'{speaker} told reporters after {author}\'s {noun} that "they will not take part".'
    assert _is(_speaker_of(timed, "they will not"), speaker)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_SPEAKERS), st.sampled_from(_AUTHORS), st.sampled_from(_NOUNS))
def test_a_that_clause_with_one_verb_is_what_the_author_said(
    speaker: str, author: str, noun: str
) -> None:
    text = (
        f'{speaker}, {_OPENING} "It is plainly unlawful," she said. She took aim at '
        f'{author}\'s {noun} that the press is the "enemy of the American people".'
    )
    assert _is(_speaker_of(text, "enemy of the"), author.split()[-1])
    mate = (
        f"{speaker} was praised not for {author}'s call for reform but for her own "
        f'reputation of "never rocking the boat".'
    )
    assert not _is(_speaker_of(mate, "never rocking") or "", author)


def test_one_who_quotes_a_writer_is_not_replaced_by_the_writer() -> None:
    text = (
        "President Xi Jinping quoted Charles Dickens during his speech this week at Davos, "
        'quoting Charles Dickens: "It was the best of times, it was the worst of times."'
    )
    assert not _is(_speaker_of(text, "It was the best") or "", "Charles Dickens")

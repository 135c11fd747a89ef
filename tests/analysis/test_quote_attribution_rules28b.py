"""Speaker and span rules of round 28 by qb33 (issue 18: nu34 #3, #4, #10), on constructed
text (no corpora needed): a title that is one person's name ("the Dalai Lama") and a style
("His Holiness") are the person "he" points back to, not the reporter named before; a
speech verb after "and" whose clause opened on a name is that name's, not a name used as a
modifier's ("the Biden administration's"); a lost mark after a sentence's stop before a
capital closes a quote, one inside words does not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.quotes_eval import same_person
from index.analysis.quotes import Quote, extract_quotes

_FIRST = ["Sanjay", "Paolo", "Kofi", "Dimitris", "Tom"]
_LAST = ["Gupta", "Rinaldi", "Mensah", "Kalogeropoulos", "Brady"]
_OUTLETS = ["CNN", "BBC", "Reuters", "NBC"]
_QUOTE = "This is not decoration at all"

reporters = st.builds(lambda f, s: f"{f} {s}", st.sampled_from(_FIRST), st.sampled_from(_LAST))


def _quote(text: str, opening: str) -> Quote:
    found = [q for q in extract_quotes(text) if q.inner.startswith(opening)]
    assert len(found) == 1, found
    return found[0]


def _visit(reporter: str, outlet: str, him: str, joke: str) -> str:
    """A reporter interviews someone, the prose then follows that someone ("he")."""
    return (
        f'"When you smile, everyone around you smiles as well," said Dr. {reporter}, '
        f"{outlet}'s chief medical correspondent, in an interview with {him} after the event. "
        f"At the event, {him} finally sat in his chair. He took his time and then reached "
        f'for a jar of candy on the table. "{_QUOTE}," he {joke}, holding it up.'
    )


@settings(max_examples=40, deadline=None)
@given(reporters, st.sampled_from(_OUTLETS), st.sampled_from(["joked", "said", "added"]))
def test_he_after_a_title_used_as_a_name_is_that_person(
    reporter: str, outlet: str, joke: str
) -> None:
    # The oracle: the same prose with a plain name where the title stands gives that name.
    named = _quote(_visit(reporter, outlet, "Tenzin Gyatso", joke), _QUOTE).speaker
    assert named is not None and same_person(named, "Tenzin Gyatso")
    titled = _quote(_visit(reporter, outlet, "the Dalai Lama", joke), _QUOTE).speaker
    assert titled == "Dalai Lama"


@settings(max_examples=30, deadline=None)
@given(reporters, st.sampled_from(["said", "recalled", "told reporters"]))
def test_a_style_is_the_person_of_that_style_the_article_names(reporter: str, verb: str) -> None:
    text = (
        f"The Dalai Lama spoke to {reporter} in Mundgod. His Holiness {verb}: "
        '"I had this experience in 1954 when I was in Peking." The crowd laughed. '
        '"Some ambassador came to my room and everyone was too formal," he said.'
    )
    assert _quote(text, "I had").speaker == "Dalai Lama"
    assert _quote(text, "Some ambassador").speaker == "Dalai Lama"
    # No one of that style named: the style alone names no one (as before).
    alone = text.replace("The Dalai Lama spoke", "Crowds spoke")
    assert _quote(alone, "I had").speaker is None


_JUDGES = ["U.S. District Judge Robert Pitman", "Judge Anna Novak", "Secretary Rex Tillerson"]
_MODIFIERS = ["Biden", "Trump", "Obama"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_JUDGES),
    st.sampled_from(_MODIFIERS),
    st.sampled_from(["granted", "rejected", "issued"]),
    st.sampled_from(["denied", "dismissed"]),
)
def test_a_verb_after_and_speaks_for_the_clause_subject(
    subject: str, modifier: str, verb: str, second: str
) -> None:
    # The oracle: the subject as a plain "X said" attribution names the same person.
    plain = f'The ruling came late. {subject} said: "this Court will not sanction it any longer."'
    expected = _quote(plain, "this Court").speaker
    assert expected is not None and same_person(expected, subject.split()[-1])
    text = (
        f"The ruling came late. {subject} {verb} the {modifier} administration's request to "
        f"block the law and {second} the state's request to pause the ruling, saying "
        '"this Court will not sanction it any longer."'
    )
    assert _quote(text, "this Court").speaker == expected


@settings(max_examples=20, deadline=None)
@given(reporters)
def test_a_verb_after_a_subordinate_clause_keeps_its_own_subject(name: str) -> None:
    # "Jeff Sessions left the room after X arrived and denied ..., saying": X's own verbs
    # after "after", not the clause's (as the chain read it before)
    text = (
        f"The hearing ended. Jeff Sessions left the room after {name} arrived and denied the "
        'report, saying "the inquiry must go on without me at all."'
    )
    speaker = _quote(text, "the inquiry").speaker
    assert speaker is not None and same_person(speaker, name)


_SAID = st.sampled_from(
    [
        "I intend to run this agency in a way that fosters both protection and freedom",
        "We will keep the plant open for as long as the orders keep coming in",
    ]
)
_NEXT = st.sampled_from(
    ["The former CEO spent $100 million on two campaigns", "She has supported lower taxes"]
)


@settings(max_examples=40, deadline=None)
@given(_SAID, _NEXT, st.sampled_from(["\ufffd?", "\ufffd", "\ufffd\ufffd?"]))
def test_a_lost_mark_after_a_stop_closes_the_quote(said: str, after: str, lost: str) -> None:
    # The oracle: the same text with its closing mark where the lost one stands.
    tail = ' Trump described her as "one of the top executives in the country."'
    clean = f'Pruitt said: "{said}." {after} in 2010 and 2012.{tail}'
    dirty = f'Pruitt said: "{said}.{lost}{after} in 2010 and 2012.{tail}'
    want = _quote(clean, said[:12])
    got = _quote(dirty, said[:12])
    assert got.inner == want.inner == f"{said}."
    assert got.closed and got.speaker == want.speaker
    assert dirty[got.start : got.end] == got.text
    rest = [q.inner for q in extract_quotes(dirty)][1:]
    assert rest == [q.inner for q in extract_quotes(clean)][1:]


@settings(max_examples=30, deadline=None)
@given(_SAID, st.sampled_from(['drills"?plan', "drills\ufffdplan", "drills\ufffd?plan"]))
def test_a_lost_mark_inside_words_closes_nothing(said: str, glued: str) -> None:
    # The oracle: the same quote with an apostrophe there runs to the same closing mark.
    clean = f'Talks went on. "Under the drills\' plan, {said.lower()}," Martov said on Monday.'
    dirty = clean.replace("drills' plan", glued)
    want = _quote(clean, "Under the")
    got = _quote(dirty, "Under the")
    assert got.end - len(dirty) == want.end - len(clean)
    assert got.closed and got.speaker == want.speaker

"""Speaker rules of round 13 (issue 18, found in the tuning splits' errors: dev..dev7,
held8..held10; `index.analysis.attribution`, `namecues`, `quotetitles`): a quote given to
no name (someone unnamed, or a "he" no name fits) ends the run that a later unattributed
quote would continue; a sentence opening on a participle ("Speaking with X, he ...") does
not make X its subject, a role noun before it ("College teacher X creates") does not stop
it being one; "mumbled" is a speech verb; an outlet that "reported" a quote did not say it;
a title with a subtitle after a colon is no quotation. Each on constructed sentences (no
corpora needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


_MEN = st.sampled_from(["Tom Berg", "Matias Ferreira", "Noboru Hatakeyama", "Paul Lund"])
_UNNAMED = st.sampled_from(
    ["A senior official", "One trade official", "Another analyst", "A ministry spokesman"]
)


@settings(deadline=None)
@given(_MEN, _UNNAMED, st.sampled_from(["told Reuters", "said", "told reporters"]))
def test_a_quote_by_someone_unnamed_ends_the_named_run(name: str, unnamed: str, verb: str) -> None:
    text = (
        f'"The measures are unfair to us," {name} told reporters.\n\n'
        f"{unnamed}, who declined to be identified, {verb} the threats had undercut the "
        'moderates.\n\n"There is a very strong argument against doing anything," he said. '
        '"Anything we do, we will be bashed."'
    )
    assert speakers(text) == [name, None, None]


@settings(deadline=None)
@given(
    _MEN,
    st.sampled_from(["mumbled", "muttered"]),
    st.sampled_from(["one onlooker", "a bystander", "another trader"]),
)
def test_a_mumbled_quote_is_not_the_last_speakers(name: str, verb: str, who: str) -> None:
    text = (
        f'"The market is moving far too fast for us," {name} said.\n\n'
        f'"I can\'t believe it at all," {verb} {who}.'
    )
    assert speakers(text) == [name, None]


@settings(deadline=None)
@given(
    st.sampled_from(["Rex Tillerson", "Tom Berg", "Paul Lund"]),
    st.sampled_from(["Luis Videgaray", "Matias Ferreira", "Ivan Petrov"]),
    st.sampled_from(["Speaking with", "Standing next to", "Meeting with", "Sitting beside"]),
)
def test_a_name_in_an_opening_participle_is_not_he(speaker: str, other: str, lead: str) -> None:
    text = (
        f'{speaker} flew to the capital. "The rule of law matters on both sides," '
        f"{speaker.split()[-1]} said. {lead} {other} on Thursday, he focused on shared "
        'concerns. "We listened closely and carefully to each other," he said.'
    )
    assert speakers(text) == [speaker, speaker]


@settings(deadline=None)
@given(st.sampled_from(["Noah Bonsey", "Tom Berg", "Paul Lund"]))
def test_according_to_still_names_the_subject(name: str) -> None:
    text = (
        f"According to {name} there are talks in Washington on the city. "
        '"Most officials I have spoken to think the allies are best equipped," he says.'
    )
    assert speakers(text) == [name]


@settings(deadline=None)
@given(
    st.sampled_from(["Forward", "Rebels", "Hope"]),
    st.sampled_from(
        ["Notes on the Future of Our Democracy", "A Memoir", "The Story of a Town in Crisis"]
    ),
    st.sampled_from([".", ",", ""]),
)
def test_a_title_with_a_subtitle_is_no_quotation(title: str, subtitle: str, stop: str) -> None:
    for text in (
        f'Yang will launch the party with his new book, "{title}: {subtitle}{stop}"\n\nIt '
        "is not clear what the party will be called.",
        f'His book, called "{title}: {subtitle}{stop}" is promoted as a way forward, '
        "according to its publisher.",
    ):
        assert extract_quotes(text) == ()


def test_a_sentence_after_a_colon_is_still_a_quotation() -> None:
    text = 'Yang said: "Forward: that is what we must do now for the country," to applause.'
    assert speakers(text) == ["Yang"]
    text = 'Yang wrote: "Warning: Do Not Trust the Old Parties Ever Again in Our Lives Now."'
    assert len(extract_quotes(text)) == 1  # thirteen title-case words: too long for a title


@settings(deadline=None)
@given(
    st.sampled_from(["Kim Jong Un", "Vladimir Putin", "Tom Berg"]),
    st.sampled_from(["said", "emphasized", "told reporters"]),
    st.sampled_from(["KCNA", "TASS", "the Interfax news agency", "state media"]),
)
def test_an_outlet_that_reported_a_quote_did_not_say_it(name: str, verb: str, outlet: str) -> None:
    text = (
        "The test took place on Saturday at the launching ground. "
        f'{name} {verb} the whole world would "soon witness what significance the great '
        f'victory carries," {outlet} reported.'
    )
    assert speakers(text) == [name]


@settings(deadline=None)
@given(
    st.sampled_from(["College teacher", "Local farmer", "Village doctor", "Film student"]),
    st.sampled_from(["Peter Jones", "Xu Han", "Tom Berg"]),
)
def test_a_role_noun_before_a_name_leaves_it_the_subject(role: str, name: str) -> None:
    text = (
        'Carlos Lopez draws for children. "Most people know little about art," said Lopez. '
        f"{role} {name} creates stories about a red fox. Now he is making a film. "
        '"The core of a picture book is the story," he says.'
    )
    assert speakers(text) == ["Carlos Lopez", name]


@settings(deadline=None)
@given(st.sampled_from(["Partida", "Berg", "Lund"]), st.sampled_from(["Margaret", "Anna"]))
def test_a_surname_of_two_people_does_not_end_the_run(surname: str, first: str) -> None:
    text = (
        f"Natalie {surname}, 17, died on Sunday. Her grandmother, {first} {surname}, told "
        'reporters that "she meant the world to all of us here." "It ended so very '
        f'quickly," {surname} said. "They were just beginning their lives."'
    )
    # the bare surname is the namesake already quoted by name (sp50: na-1699's Fillons), not
    # the girl who died; before sp50 it was no one's
    assert speakers(text) == [f"{first} {surname}"] * 3

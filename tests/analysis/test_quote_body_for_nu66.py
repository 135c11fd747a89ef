"""A body named as a whole over "for" or "on" speaks, as one named over "of" does ("The
Centers for Disease Control says VX 'is a ...'": nu66, na-1425), and a role for such a body
("a spokesman for the ...") still names no one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

HEADS = st.sampled_from(["Centers", "Council", "Institute", "Department", "Office", "Committee"])
SUBJECTS = st.lists(
    st.sampled_from(["Disease", "Control", "Foreign", "Relations", "Fiscal", "Studies", "Media"]),
    min_size=1,
    max_size=3,
    unique=True,
)
FORMS = st.sampled_from(
    [
        'The {} says VX "is a human-made chemical warfare agent classified as a nerve agent."',
        '"VX is a chemical warfare agent classified as a nerve agent," the {} said on Monday.',
        'The U.S. {} said: "VX is a chemical warfare agent classified as a nerve agent."',
        '"VX is a chemical warfare agent classified as a nerve agent," said the {}. It is.',
    ]
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@settings(deadline=None, max_examples=60)
@given(HEADS, st.sampled_from(["for", "on", "for the"]), SUBJECTS, FORMS)
def test_a_body_over_for_speaks(head: str, glue: str, subject: list[str], form: str) -> None:
    """The oracle: the body's name as the text writes it, after its article."""
    name = f"{head} {glue} {' '.join(subject)}"
    lead = "Police in Malaysia said the agent was found on the victim's face. "
    written = "U.S. " + name if "U.S." in form else name
    assert _speakers(lead + form.format(name)) == [written]


def test_na_1425() -> None:
    text = (
        "According to the police, a preliminary analysis found VX nerve agent. The Centers"
        ' for Disease Control says VX "is a human-made chemical warfare agent classified as a'
        ' nerve agent." "Nerve agents are the most toxic of the known agents," the site adds.'
    )
    assert _speakers(text) == ["Centers for Disease Control"] * 2


def test_and_a_common_noun_goes_on_with_the_name() -> None:
    """ "... Control and Prevention": the name's "and" before a common noun's ending; not a
    second name ("and Smith")."""
    for name in ("Centers for Disease Control and Prevention", "Office for Migration and Refugees"):
        text = f'The {name} says VX "is a human-made chemical warfare agent, a nerve agent."'
        assert _speakers(text) == [name]
    text = 'The Department for Education and Smith say VX "is a human-made chemical agent."'
    assert _speakers(text) != ["Department for Education and Smith"]


def test_a_role_for_the_body_is_still_no_name() -> None:
    text = (
        'A spokesman for the Centers for Disease Control said VX "is a human-made chemical'
        ' warfare agent classified as a nerve agent."'
    )
    assert _speakers(text) == [None]

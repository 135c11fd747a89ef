"""Clearly attributed quotes that went without a speaker (sp42, issue 18: nu47 #5): a time
phrase between the name and its verb ("Okafor on Tuesday slammed ... as "..."), a participle
after earlier quotes of the same sentence (", warning that "..."), a verb coordinated with
an attributed one ('... "..." and vowed to "..."'), an adjective before a name ("a weary
Okafor said"), a person's own document ("Okafor's proclamation states"), and a signature
line under a quote ("— Sen. Lina Okafor (D-Ore.), in a tweet"). Constructed sentences in
our own words, and properties whose oracle is the sentence's own build."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

# Made-up names: the rules may not lean on a list of known people.
_GIVEN = st.sampled_from(["Lina", "Tolvar", "Quenby", "Ostrid", "Marek", "Idunn"])
_SURNAME = st.sampled_from(["Okafor", "Brennick", "Halvorsen", "Xuto", "Marlaine", "Qtaish"])
_DAY = st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sunday"])
_ROLE = st.sampled_from(["Senator", "Energy Secretary", "Governor", "Mayor", ""])


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a weekday between the name and "slammed ... as"
            "Governor Lina Okafor on Tuesday slammed the court's decision on the canal as a "
            '"reckless blow to every farmer in the valley."',
            ["Lina Okafor"],
        ),
        (  # a participle after a dash, the sentence's earlier quotes its own
            "Mayor Tolvar Brennick on Sunday called the council's offer on the depot "
            "\u201cstingy and late\u201d and \u201can insult to the crews\u201d \u2014 "
            "warning that \u201cthe drivers will walk out by the spring.\u201d",
            ["Tolvar Brennick", "Tolvar Brennick", "Tolvar Brennick"],
        ),
        (  # a participle after a quote in the middle of the sentence
            "Prime Minister Quenby Halvorsen on Friday waved away the allies' plea for a \"quick "
            'end to the strikes" on the border, saying she was "resolved to finish the task."',
            [None, "Quenby Halvorsen"],  # the first: the allies' words
        ),
        (  # a verb coordinated with the attributed one, no subject of its own
            'Okafor said she was "deeply grateful for the trust" of the committee, and vowed '
            'to "rebuild the harbour from the ground up" within two years.',
            ["Okafor", "Okafor"],
        ),
        (
            'Halvorsen confirmed that "the numbers will get worse before winter" and declared '
            'the region "far behind where it needs to be."',
            ["Halvorsen", "Halvorsen"],
        ),
        (  # "but said": the verb goes with the sentence's subject, not the words before it
            "Tolvar Brennick, on Monday, looked back on the long talks with the union, saying "
            '"there was far too much noise" about them, but said the result was "fair to '
            'all the workers."',
            ["Tolvar Brennick", "Tolvar Brennick"],
        ),
        (  # a short opening phrase before the name
            "In private, Lina Okafor has kept up her easy talk about the merger, declaring "
            'that there has "never been a cleaner deal in this city."',
            ["Lina Okafor"],
        ),
        (  # a sentence of indirect speech ending in a participle, the quote after it
            "Senator Tolvar Brennick on Monday defended his vote against the ferry bill and "
            "repeated his case against the levy, declaring that he will not back any new tax."
            '\n\n"I have said this from the first day, and I will say it again on the last '
            'one," Brennick, a veteran of the finance committee...',
            ["Tolvar Brennick"],
        ),
        (  # an adjective before the name
            '"We are leaving on the date we set, and not a day later," a weary Okafor said.',
            ["Okafor"],
        ),
        (  # a person's own document speaks in their voice
            "\u201cMy government will open the ports to every honest trader,\u201d Lina Okafor's "
            "proclamation states.",
            ["Lina Okafor"],
        ),
        (  # a signature line under a quote
            "\u201cThe council has spent the flood money on parking garages and nothing "
            "else.\u201d\n\n\u2014 Sen. Lina Okafor (D-Ore.), in a tweet, May 3, 2021\n",
            ["Lina Okafor"],
        ),
    ],
)
def test_attributed_forms(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a possessive of a plan or report is no one's voice (nu47 #3)
        '"The plan lowers costs for every family," Okafor\'s plan says.',
        # a caption run into the sentence, its full stop lost: not the caption's name
        "Lina Okafo doubts the port will close However, Lina Okafor, a dock worker, was "
        'less sure, arguing: "We will find the money somewhere in the budget."',
        # "but" with its own subject: the later speaker is someone else
        'Okafor said the vote was "far too close to call," but Brennick said the count was '
        '"plainly settled by noon."',
    ],
)
def test_not_over_read(text: str) -> None:
    speakers = _speakers(text)
    assert speakers[0] != "Okafor" or "plan" not in text
    assert "Lina Okafo" not in speakers
    if "Brennick" in text:
        assert speakers == ["Okafor", "Brennick"]


@settings(max_examples=40, deadline=None)
@given(_ROLE, _GIVEN, _SURNAME, _DAY)
def test_time_phrase_keeps_the_speaker(role: str, given: str, surname: str, day: str) -> None:
    """Oracle: the sentence's own subject, the same with or without "on <day>"."""
    name = f"{given} {surname}"
    subject = f"{role} {name}".strip()
    text = (
        f"{subject} on {day} denounced the plan for the old docks as "
        '"an insult to everyone who works on the river."'
    )
    assert _speakers(text) == [name]


@settings(max_examples=40, deadline=None)
@given(_ROLE, _GIVEN, _SURNAME, st.sampled_from(["warning", "declaring", "saying", "adding"]))
def test_participle_after_quotes(role: str, given: str, surname: str, verb: str) -> None:
    """Oracle: a participle with no subject of its own speaks for the sentence's subject,
    whatever quotes stand between."""
    name = f"{given} {surname}"
    subject = f"{role} {name}".strip()
    text = (
        f'{subject} on Tuesday rejected the board\'s "final offer" for the mill, {verb} '
        'that "the workers deserve a great deal better than this."'
    )
    assert _speakers(text)[-1] == name


@pytest.mark.parametrize(
    "text",
    [
        # rv52 (sp42): the name is the object of a verb or preposition, not the one speaking
        '"The evidence of wrongdoing is overwhelming," a committee investigating Okafor said.',
        '"The evidence of wrongdoing is overwhelming," a lawsuit against Okafor says.',
        '"The mayor broke the law and must answer," a complaint filed against Okafor states.',
        '"We will keep fighting this every single day," the group suing Okafor said.',
        '"I will not be silenced by anyone at all," a reply to Okafor\'s tweet said.',
    ],
)
def test_object_of_the_phrase_is_no_speaker(text: str) -> None:
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We leave on the date we set," a visibly weary Okafor said.', "Okafor"),
        ('"We leave on the date we set," an emotional von Brennick said.', "Brennick"),
        ('"We leave on the date we set," the defiant Lina Okafor said.', "Lina Okafor"),
        ('"We leave on the date we set," the governor\'s statement said.', None),
    ],
)
def test_adjective_forms_kept(text: str, expected: str | None) -> None:
    """rv52: the adjective rule's guard keeps its own forms (an adverb, a name particle)."""
    assert _speakers(text) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        # rv52 (sp42): a line under a quote that opens on a dash and names no one who spoke
        "\u2014 Photo: Getty Images",
        "\u2014 Updated March 3, 2021",
        "\u2014 Related: Okafor signs the harbour bill",
        "\u2014 Read More",
        "\u2014 Sign up for our newsletter",
        "\u2014 Pressline's Lina Okafor contributed to this report.",
    ],
)
def test_a_dashed_line_that_is_no_signature(line: str) -> None:
    text = f'The mayor spoke.\n\n"We will rebuild the harbour stone by stone."\n\n{line}\n'
    assert _speakers(text) == [None]


def test_a_signature_with_a_lower_case_role() -> None:
    text = (
        '"We will rebuild the harbour stone by stone."\n\n'
        "\u2014 state senator Lina Okafor, in a statement\n"
    )
    assert _speakers(text) == ["Lina Okafor"]

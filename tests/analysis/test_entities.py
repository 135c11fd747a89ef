"""Names without titles and tags, merged across variants, and called unique only when absent."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.entities import Lexicon, find_names
from index.analysis.namematch import ArticleNames, merge, names_only_in


def names(text: str) -> list[str]:
    return [m.text for m in find_names(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rep. Adam Schiff (D-Calif.) spoke on Monday.", ["Adam Schiff"]),
        ("Sen. Elizabeth Warren, D-Mass., said no.", ["Elizabeth Warren"]),
        (
            "Sen. Chuck Schumer (D–N.Y.) and Sheldon Whitehouse (R.I.) wrote.",
            ["Chuck Schumer", "Sheldon Whitehouse"],
        ),
        ("Attorney General Jeff Sessions met him.", ["Jeff Sessions"]),
        ("He met Secretary of State Rex Tillerson there.", ["Rex Tillerson"]),
        ("White House Press Secretary Sean Spicer said so.", ["Sean Spicer"]),
        ("They met FBI Director James Comey.", ["FBI", "James Comey"]),
        ("Prime Minister Theresa May and Mrs May met.", ["Theresa May", "May"]),
        ("Sen. Steve Daines, a Montana Republican, spoke.", ["Steve Daines", "Montana"]),
        ("They asked the President and the Attorney General.", []),
        ("It honours Martin Luther King today.", ["Martin Luther King"]),
        ("Siti Aishah of Indonesia was held.", ["Siti Aishah", "Indonesia"]),
        ("The Bank of England held rates.", ["Bank of England"]),
        (
            "The Food and Drug Administration (FDA) approved it.",
            ["Food and Drug Administration", "FDA"],
        ),
        ("She met Trump and White House aides.", ["Trump", "White House"]),
        ('He wrote "SEE YOU IN COURT" online.', []),
        ("Visit https://t.co/RW8XBlLFT6 now.", []),
        ("Seoul (CNN) The senators met Mike Pence.", ["Mike Pence"]),  # a credit
        ("Mike Pence met senators, CNN said (Reuters/AFP).", ["Mike Pence", "CNN"]),
        ("Scholar Kevin Kruse has called it white flight.", ["Kevin Kruse"]),
        ("Farmer Elizabeth Antonio lost her crop.", ["Elizabeth Antonio"]),
    ],
)
def test_names_without_titles_and_tags(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_words_that_only_open_a_sentence_are_not_names() -> None:
    text = "Police said the road was closed. Officials said the police would stay."
    assert names(text) == []


def test_variants_of_one_person_merge_into_one_entity() -> None:
    text = (
        "Donald J. Trump arrived. President Trump spoke first. Mr. Trump then left, "
        "and later Trump returned."
    )
    entities = merge(find_names(text))
    assert [e.name for e in entities] == ["Donald J. Trump"]
    assert len(entities[0].spans) == 4


def test_two_people_with_one_surname_stay_apart() -> None:
    text = "Ivanka Trump and Donald Trump met. Later Trump left."
    assert sorted(e.name for e in merge(find_names(text))) == [
        "Donald Trump",
        "Ivanka Trump",
        "Trump",
    ]


def only_in(*texts: str) -> list[list[str]]:
    lexicon = Lexicon.of(texts)
    found = names_only_in([ArticleNames.of(t, lexicon) for t in texts])
    return [[e.name for e in row] for row in found]


@pytest.mark.parametrize(
    ("mine", "other"),
    [
        ("Donald J. Trump spoke.", "Trump spoke."),
        ("Rep. Adam Schiff (D-Calif.) spoke.", "Schiff spoke."),
        ("The United Nations met.", "The UN met."),
        ("Russian jets flew.", "Jets from Russia flew."),
        ("US officials spoke.", "Officials of the United States spoke."),
        ("Sergei Kislyak met him.", "Sergey Kislyak met him."),
        ("Bill Clinton spoke.", "William Clinton spoke."),
        ("The Department of Justice said.", "The Justice Department said."),
        ("The delta variant spread.", "The Delta variant spread."),
        ("Kim Jong-nam died.", "Kim Jong Nam died."),
        ("The Islamic State claimed it.", "ISIL claimed it."),
        ("Afghans fled.", "They fled Afghanistan."),
    ],
)
def test_a_variant_in_the_other_article_is_not_unique(mine: str, other: str) -> None:
    assert only_in(mine, other)[0] == []


def test_names_really_missing_elsewhere_are_unique() -> None:
    a = "Kim Jong Nam was killed at the airport, police in Malaysia said. Kim Jong Un leads."
    b = "Kim Jong Un was briefed, state media in Pyongyang said."
    assert only_in(a, b) == [["Kim Jong Nam", "Malaysia"], ["Pyongyang"]]


def test_one_outlet_alone_with_a_name() -> None:
    wire = "The senator met the ambassador in September, the Justice Department said."
    a = wire + " Sen. Al Franken asked about it."
    found = only_in(wire, wire.replace("senator", "lawmaker"), a)
    assert found == [[], [], ["Al Franken"]]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Sen.",
                "Adam",
                "Schiff",
                "(D-Calif.)",
                "President",
                "Trump's",
                "U.S.",
                "The",
                "Bank",
                "of",
                "and",
                "England",
                "Mr",
                "I’m",
                ".",
                ",",
                "\n",
                "said",
                "NATO",
                "O'Neil",
            ]
        )
        | st.text(max_size=6),
        max_size=40,
    ).map(" ".join)
)
def test_any_text_gives_mentions_that_are_its_slices(text: str) -> None:
    for m in find_names(text):
        assert text[m.start : m.end] == m.text and m.key
    for e in ArticleNames.of(text).entities:
        assert all(0 <= s < t <= len(text) for s, t in e.spans)

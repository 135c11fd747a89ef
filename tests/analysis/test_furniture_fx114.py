"""Page furniture is left out of a comparison (fx114; nu49 #5): the forms of
index/data/furniture.toml and embedded posts glued to a sentence go, exactly; the article's
own sentences around them stay, with their offsets."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.compare import compare
from index.analysis.furniture import content_sentences, is_furniture
from index.analysis.multicompare import Document, compare_many
from index.text.data_files import data_file

TABLE = tomllib.loads(data_file("furniture.toml"))["sentences"]
NEWS = [
    "The council approved the budget on Tuesday after a long debate.",
    "Water levels at the dam rose by two feet overnight, engineers said.",
    "About 188,000 people were told to leave their homes on Sunday.",
    "Officials said the spillway was damaged but not in danger of failing.",
    'The governor called it "a serious situation" in a statement.',
    "Residents were allowed back on Tuesday afternoon.",
    "The state asked the federal government for emergency help.",
    "Police closed the roads around the town for several hours.",
]
POSTS = [
    "Flows over the auxiliary spillway have ceased #Oroville",
    "Wait for the official all clear",
    "Statement from the Attorney General: pic.twitter.com/kZic12DW0R",
    "Area around the building closed off pic.twitter.com/ooLZeADBUC",
]
SIGNATURES = [
    " \u2014 Queensland Ambulance (@QldAmbulance) March 28, 2017",
    ' "?CA - DWR (@CA_DWR) February 13, 2017',
    " A video posted by K Newton (@fignorcal) on Feb 11, 2017 at 7:48pm PST",
    " pic.twitter.com/FGuRWFpP0u",
]


@pytest.mark.parametrize("line", TABLE["examples"])
def test_each_form_drops_its_examples(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", TABLE["keep"])
def test_each_form_keeps_its_keep_lines(line: str) -> None:
    assert not is_furniture(line)


def glued(post: str, signature: str, after: str, mention: str | None) -> str:
    """An embedded post glued to the article's next sentence, as extraction leaves it."""
    opening = f".@{mention} " if mention else ""
    return f"{opening}{post}{signature} {after}"


piece = st.one_of(
    st.tuples(st.just("news"), st.sampled_from(NEWS)),
    st.tuples(st.just("furniture"), st.sampled_from(TABLE["examples"])),
    st.tuples(
        st.just("post"),
        st.tuples(
            st.sampled_from(POSTS),
            st.sampled_from(SIGNATURES),
            st.sampled_from(NEWS),
            st.none() | st.sampled_from(["WhiteHouse", "VP"]),
        ),
    ),
)


@settings(max_examples=300, deadline=None)
@given(paragraphs=st.lists(st.lists(piece, min_size=1, max_size=5), min_size=1, max_size=4))
def test_furniture_dropped_exactly_neighbours_kept(paragraphs: list) -> None:
    lines: list[str] = []
    expected: list[str] = []
    for paragraph in paragraphs:
        words: list[str] = []
        for kind, value in paragraph:
            if kind == "news":
                words.append(value)
                expected.append(value)
            elif kind == "furniture" and value.endswith((".", "!", "?")):
                words.append(value)
            elif kind == "furniture":  # no stop ("Source:-News agencies"): a line of its own
                lines.extend([" ".join(words), value] if words else [value])
                words = []
            else:
                post, signature, after, mention = value
                if mention:  # a post opening on ".@" follows the article's sentence
                    words.append(NEWS[0])
                    expected.append(NEWS[0])
                words.append(glued(post, signature, after, mention))
                expected.append(after)
        if words:
            lines.append(" ".join(words))
    body = "\n\n".join(lines)
    kept = content_sentences(body)
    assert [s.text for s in kept] == expected
    assert all(body[s.start : s.end] == s.text for s in kept)


BODY_A = (
    "Officials said the spillway was damaged but not in danger of failing.\n\n"
    "This is a breaking news story.\n\nPlease check back for updates."
)
BODY_B = (
    "Officials said the spillway was damaged but not in danger of failing.\n\n"
    "Wait for the official all clear \u2014 Queensland Ambulance (@QldAmbulance) March 28, "
    "2017 Residents were allowed back on Tuesday afternoon.\n\nSource:-News agencies"
)


def test_two_way_compare_leaves_furniture_out() -> None:
    result = compare(BODY_A, BODY_B)
    assert [a.text for a in result.a] == [NEWS[3]]
    assert [b.text for b in result.b] == [NEWS[3], NEWS[5]]


def test_multi_compare_leaves_furniture_out() -> None:
    docs = [
        Document(id="a", title="A", source="One", date=None, body=BODY_A),
        Document(id="b", title="B", source="Two", date=None, body=BODY_B),
    ]
    result = compare_many(docs)
    assert [[s.text for s in sents] for sents in result.sentences] == [
        [NEWS[3]],
        [NEWS[3], NEWS[5]],
    ]


def test_a_signature_remnant_is_no_sentence() -> None:
    """RTE's signature split at its lost letter: "RT?" after a picture link is no sentence."""
    body = (
        'Evacuation ordered over hole in spillway pic.twitter.com/36jeHvU1qb "?RT? News '
        "(@rtenews) February 13, 2017 Residents were allowed back on Tuesday afternoon."
    )
    assert [s.text for s in content_sentences(body)] == [NEWS[5]]

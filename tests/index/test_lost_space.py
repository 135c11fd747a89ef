"""A dash a dirty copy wrote for a lost space is a space again; real compounds keep theirs
(`index.text.lost_space`, cl45)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.lost_space import dash_spaces, mend_spaces
from index.text.lost_space_edges import CLOSES_NONE, OPENS_NONE, SPOKE, SPOKE_PREFIXES
from index.text.lost_space_edges import COMPOUNDS as KEPT

COMPOUNDS = [
    "long-term",
    "Merkel-led",
    "Franco-German",
    "al-Assad",
    "anti-EU",
    "2-1",
    "state-of-the-art",
    "black-and-white",
    "face-to-face",
    "editor-in-chief",
    "once-in-a-lifetime",
    "better-than-expected",
    "first-of-its-kind",
    "would-be",
    "when-issued",
    "by-election",
    "in-house",
    "check-in",
    "how-to",
    "must-see",
    "value-added",
    "Kim Jong-un",
    "under-21",
    "as-is",
]
"""Compounds the three corpora hold, with a function word at an edge or inside too."""

PLAIN = st.sampled_from(
    ["minister", "Merkel", "government", "talks", "Berlin", "refugees", "party", "vote"]
)
WORDS = st.lists(
    st.one_of(
        PLAIN,
        st.sampled_from(COMPOUNDS),
        st.sampled_from(sorted(OPENS_NONE)),
        st.sampled_from(sorted(CLOSES_NONE)),
    ),
    min_size=1,
    max_size=12,
)
LOST = st.sampled_from(sorted(CLOSES_NONE))


@given(st.lists(st.sampled_from(COMPOUNDS), min_size=1, max_size=8), st.sampled_from([" ", ", "]))
def test_compounds_keep_their_dashes(compounds: list[str], gap: str) -> None:
    line = gap.join(compounds) + "."
    assert dash_spaces(line) == []
    assert mend_spaces(line) == line


@given(WORDS, st.data())
def test_only_the_lost_spaces_change(words: list[str], data: st.DataObject) -> None:
    """The text written with some spaces lost to "-" (after a word that opens no compound,
    before one that closes none; never two around one word) comes back word for word;
    every other character stays."""
    written = " ".join(words)
    spaces = [k for k, char in enumerate(written) if char == " "]
    lost: set[int] = set()
    for n, k in enumerate(spaces):
        before = written[:k].rsplit(" ", 1)[-1]
        after = written[k + 1 :].split(" ", 1)[0]
        sure = before in OPENS_NONE or after in CLOSES_NONE
        alone = n == 0 or spaces[n - 1] not in lost
        # a listed compound ("and-or", "either-or") keeps its dash: never a lost space there
        # (fx175, seed 3: "... and-or" was drawn as lost)
        kept = f"{before}-{after}".lower() in KEPT
        if sure and alone and not kept and "-" not in before + after and data.draw(st.booleans()):
            lost.add(k)
    dirty = "".join("-" if k in lost else char for k, char in enumerate(written))
    mended = mend_spaces(dirty)
    assert len(mended) == len(dirty)
    assert [k for k, (a, b) in enumerate(zip(dirty, mended, strict=True)) if a != b] == sorted(lost)
    assert mended == written


def test_a_listed_compound_keeps_its_dash() -> None:
    """The draw fx175 found (seed 3): the generator lost the space of "and or", which the
    engine reads as the compound "and-or" (`lost_space_edges.COMPOUNDS`); it is one."""
    assert mend_spaces("minister an minister an and-or") == "minister an minister an and-or"
    for compound in sorted(KEPT - {"has-been"}):  # "minister has-been": a lost space there
        assert mend_spaces(f"the talks {compound} the vote") == f"the talks {compound} the vote"
    assert mend_spaces("a has-been") == "a has-been"


@given(st.sampled_from(["Amnesty International", "The Secretary", "Merkel"]), LOST)
def test_a_name_and_the_word_after(name: str, word: str) -> None:
    assert mend_spaces(f"{name}-{word} voiced concern") == f"{name} {word} voiced concern"


def test_dw_shapes() -> None:
    assert mend_spaces("met on-a joint visit") == "met on a joint visit"
    assert mend_spaces("the Secretary-added that") == "the Secretary added that"
    assert mend_spaces("that the club-has-parted ways") == "that the club has parted ways"
    assert mend_spaces("invaded by Indonesia in-1975.") == "invaded by Indonesia in 1975."
    assert mend_spaces("Schulz's image as ally,-by the SPD") == "Schulz's image as ally, by the SPD"
    assert mend_spaces("IS-held towns, A-level exams") == "IS-held towns, A-level exams"
    assert mend_spaces('to announce a-"new order" and a so-"called" one') == (
        'to announce a "new order" and a so-"called" one'
    )


def test_addresses_keep_their_dashes() -> None:
    line = "see https://www.dw.com/en/the-party-of-the-year/a-1 and @the-of #was-the"
    assert mend_spaces(line) == line


def test_the_body_is_mended_same_length() -> None:
    text = "Amnesty said. Amnesty International-also voiced concern over the-new law."
    body = extract(text, known={"title": "Law"}).body
    assert body == "Amnesty said. Amnesty International also voiced concern over the new law."
    assert len(body) == len(text)


NAMES = st.sampled_from(["ISIL", "Kremlin", "Hamas", "Government", "Pentagon", "Trump"])
SPEECH = st.sampled_from(sorted(SPOKE))


@given(st.sampled_from(["a", "an", "A", "An"]), NAMES, SPEECH, st.sampled_from(["", "In "]))
def test_an_article_makes_a_speech_verb_a_compound(
    article: str, name: str, verb: str, opening: str
) -> None:
    """After "a"/"an" a name and a verb of speech are a compound adjective ("an ISIL-claimed
    attack", na-1380: rv71); without one, the verb is said ("The Kremlin-told reporters")."""
    line = f"{opening}{article} {name}-{verb} attack."
    assert mend_spaces(line) == line
    assert mend_spaces(f"{opening}the {name}-{verb} reporters") == (
        f"{opening}the {name} {verb} reporters"
    )


@given(st.sampled_from(sorted(SPOKE_PREFIXES)), SPEECH)
def test_a_prefix_and_a_speech_verb_make_a_compound(prefix: str, verb: str) -> None:
    """ "Value-added tax", "Co-wrote" as a sentence's first word keep their dash (rv71)."""
    for word in (prefix, prefix.capitalize()):
        line = f"Prices rose. {word}-{verb} and more."
        assert mend_spaces(line) == line


@given(
    st.lists(st.sampled_from(sorted(OPENS_NONE | CLOSES_NONE)), min_size=2, max_size=4),
    st.sampled_from(["com", "org", "co.uk", "de", "pdf", "html"]),
    st.sampled_from(["", "news.", "http:"]),
)
def test_a_site_or_file_name_keeps_its_dashes(words: list[str], ending: str, head: str) -> None:
    """A bare site's or file's name is an address ("the-guardian.com", rv71); a lost space
    beside it is mended all the same."""
    name = f"{head}{'-'.join(words)}.{ending}"
    assert mend_spaces(f"read {name} today") == f"read {name} today"
    assert mend_spaces(f"{name} said-the") == f"{name} said the"


def test_and_or_is_a_compound() -> None:
    assert mend_spaces("cash and-or shares, said-the bank") == "cash and-or shares, said the bank"


@given(st.sampled_from(sorted(OPENS_NONE)), PLAIN, st.sampled_from([",", ";"]))
def test_a_chain_right_after_a_commas_lost_space(word: str, plain: str, mark: str) -> None:
    """A comma's lost space and the chain after it are both mended ("far higher,-with-as
    many": the chain was not read after the comma's dash, rv71)."""
    line = f"far higher{mark}-{word}-{plain} as many"
    assert mend_spaces(line) == f"far higher{mark} {word} {plain} as many"

"""A sentence that shares with another only a name's apposition ("Kim, the estranged
half-brother of ...,") is not carried "in other words" (nu40 #1; fx72): a constructed story
that fails on the rules before, and properties of `main_clause` / `main_stems` whose oracle
is the clause the sentence was built with."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from index.analysis.mainclause import main_clause, main_stems
from index.analysis.multicompare import Document, compare_many
from index.analysis.words import content_stems

BASE = [
    "Police say the murder of Tomas Reyes-Vidal,-the exiled younger cousin of island governor "
    "Ana Reyes, was carried out with poison.",
    "Reyes, the exiled younger cousin of island governor Ana Reyes, died after two sailors "
    "attacked him at the ferry terminal last week as he was waiting to board a boat to Rhodes.",
]
OTHER = [
    "Reyes, the exiled younger cousin of island governor Ana Reyes, died on March 13 before he "
    "was due to board a boat from the ferry terminal to Rhodes.",
    "Fishing quotas were raised for the winter season.",
]


def _doc(id_: str, sentences: list[str]) -> Document:
    return Document(id_, f"Title {id_}", f"Outlet {id_}", "2017-03-02", "\n\n".join(sentences))


def test_a_shared_apposition_does_not_carry_the_base_sentence() -> None:
    c = compare_many([_doc("a", BASE), _doc("b", OTHER)])
    murder, died = c.coverage("a")
    assert murder.carriers == ()  # only "the exiled ... cousin of ... Reyes" in common (was 0.29)
    assert [(r.article, r.sentence) for r in died.carriers] == [(1, 0)]


def test_apposition_cases() -> None:
    assert main_clause("Kim, the half-brother of the leader, died on Monday.") == (
        "Kim , died on Monday"
    )
    assert main_clause("Yesterday, the police said it.") == "Yesterday , the police said it"
    assert main_clause("Quickly, the crowd left.") == "Quickly , the crowd left"
    assert main_clause("The man, the police said, fled.").startswith("The man , the police")
    assert main_stems("Kim, the half-brother of the leader, died before Kim Jong Un spoke.") == {
        "died"
    }
    assert "nam" not in main_stems("The murder of Kim Jong-nam, was carried out.")


_WORD = st.sampled_from(
    ["fisherman", "island", "governor", "freed", "jail", "ministry", "harbour", "poison"]
)
_NAME = st.sampled_from(["Reyes", "Tomas Reyes", "Kim Jong-nam", "Ana de Souza"])


@settings(max_examples=80, deadline=None)
@given(
    lead=st.lists(_WORD, min_size=0, max_size=4),
    name=_NAME,
    article=st.sampled_from(["the", "a", "an"]),
    apposed=st.lists(_WORD, min_size=1, max_size=6),
    main=st.lists(_WORD, min_size=1, max_size=6),
)
def test_the_apposition_is_left_out(
    lead: list[str], name: str, article: str, apposed: list[str], main: list[str]
) -> None:
    """Oracle: the words built around the apposition, which the main clause keeps whole,
    and none of the apposition's own words unless they are in the rest too (a first word
    counts, here the name's when nothing leads)."""
    text = " ".join([*lead, f"{name}, {article} {' '.join(apposed)},", *main]) + "."
    assert main_clause(text) == " ".join([*lead, name, ",", *main])
    assert main_stems(text) >= set(content_stems(" ".join(main))) - set(content_stems(name))
    assume(len(lead) + len(main) >= len(name.split()))  # else read as Title Case: all kept
    allowed = set(content_stems(" ".join([*lead, *main])))
    allowed |= set(content_stems(" ".join(w for w in name.split() if w.islower())))  # "de"
    if not lead:
        allowed |= set(content_stems(name.split()[0]))
    assert not (main_stems(text) - allowed)


_OPENING = st.sampled_from(
    ["In Moscow", "On Tuesday", "According to Reuters", "In a statement on Tuesday",
     "Speaking to CNN", "At the United Nations"]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    opening=_OPENING,
    article=st.sampled_from(["the", "a", "an"]),
    main=st.lists(_WORD, min_size=1, max_size=6),
    tail=st.lists(_WORD, min_size=1, max_size=4),
)
def test_an_opening_phrase_ending_in_a_name_is_no_apposition(
    opening: str, article: str, main: list[str], tail: list[str]
) -> None:
    """rv40 #4: "In Moscow, the Kremlin rejected the sanctions, calling them illegal" read
    "the Kremlin rejected the sanctions" as Moscow's apposition: the main clause was "In
    Moscow, calling them illegal". Oracle: the clause built after the opening is kept."""
    text = f"{opening}, {article} {' '.join(main)}, {' '.join(tail)}."
    assert main_clause(text).split() == [*opening.split(), ",", article, *main, ",", *tail]


def test_a_name_in_ing_keeps_its_apposition() -> None:
    assert main_clause("Beijing, the capital of China, banned fireworks.") == (
        "Beijing , banned fireworks"
    )

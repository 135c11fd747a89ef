"""A clip inside quotes of two groups joins the one of its speaker (`quote_links.split`),
also when an edit of it that no quote contains is one group with it (qg35, issue 18: t43,
m36). "I am here to fight for Rovers" lies in two longer quotes, Lowe's and Pike's; "I am
ready to fight for Rovers", Lowe's, is an edit of it that neither contains: it asks
nothing of the groups around, and gives the clip its speaker."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_links import CLIP, NONE, STRONG, relation, split
from index.analysis.quotes import compared_words

CLIP_TEXT = "I am here to fight for Rovers"
EDIT = "I am ready to fight for Rovers"  # no quote contains it
LOWES = f"Open the gates now! {CLIP_TEXT}. Whatever happens, we will be back"
PIKES = f"They said to me {CLIP_TEXT} and then they all went home laughing"
NAMES = ["Ann Lowe", "Lowe", "Tom Pike", "Pike", None]

Key = tuple[str, int]


def _groups(speakers: dict[str, str | None], with_edit: bool) -> list[set[str]]:
    texts = {"lowe": LOWES, "pike": PIKES, "clip": CLIP_TEXT}
    if with_edit:
        texts["edit"] = EDIT
    words = {(name, 0): tuple(compared_words(text)) for name, text in texts.items()}
    found = split(
        words,
        lambda key: speakers[key[0]],
        lambda key: "2017-03-19",
        lambda key: [],
        lambda key: key[0],
    )
    return sorted(({k[0] for k in group} for group in found), key=sorted)


def test_the_quotes_are_linked_as_the_case_needs() -> None:
    clip, edit = compared_words(CLIP_TEXT), compared_words(EDIT)
    assert relation(clip, edit) == STRONG
    for longer in (LOWES, PIKES):
        assert relation(clip, compared_words(longer)) == CLIP
        assert relation(edit, compared_words(longer)) == NONE


def test_the_edit_of_the_clip_gives_it_to_its_speakers_quotation() -> None:
    speakers = {"lowe": "Ann Lowe", "pike": "Tom Pike", "clip": None, "edit": "Lowe"}
    assert _groups(speakers, with_edit=True) == [{"clip", "edit", "lowe"}, {"pike"}]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(NAMES), st.sampled_from(NAMES))
def test_an_uncontained_edit_decides_as_the_clip_named_so_would(
    lowe: str | None, pike: str | None, edit: str | None
) -> None:
    """Oracle: the clip and its edit (the clip unnamed, the edit named) join the group the
    clip alone, named as the edit is, joins."""
    alone = _groups({"lowe": lowe, "pike": pike, "clip": edit}, with_edit=False)
    both = _groups({"lowe": lowe, "pike": pike, "clip": None, "edit": edit}, with_edit=True)
    expected = [group | {"edit"} if "clip" in group else group for group in alone]
    assert both == sorted(expected, key=sorted)

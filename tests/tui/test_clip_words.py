"""Sentences are cut only where a hard limit holds, and then after a whole word with "…"
(nu54 #4: "... avoid becoming ill themsel…", "…at his Wednesda…"). The oracle: the text's
own words, each kept whole or left out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from index.analysis.multicompare import Document, compare_many
from tui.cli.compare_many_report import to_rich
from tui.clip_words import SENTENCE_LIMIT, clip_words

WORDS = st.text(alphabet="abcdefghij", min_size=1, max_size=12)


@given(st.lists(WORDS, min_size=1, max_size=60), st.integers(min_value=8, max_value=200))
def test_a_cut_keeps_whole_words(words: list[str], limit: int) -> None:
    text = " ".join(words)
    cut = clip_words(text, limit)
    assert len(cut) <= limit
    if len(text) <= limit:
        assert cut == text
        return
    assert cut.endswith("…")
    kept = cut[:-1].split()
    assert " ".join(kept) == text[: len(" ".join(kept))]
    # every word kept is whole, unless whole words would fill under half the limit
    whole = all(w == words[k] for k, w in enumerate(kept))
    assert whole or len(" ".join(kept[:-1])) < limit // 2


def test_a_long_sentence_only_one_outlet_gives_is_shown_whole() -> None:
    own = (
        "Police have not said how the women were able to apply the nerve agent to the "
        "man's face and also avoid becoming ill themselves after walking away from him, "
        "nor whether they wore thin gloves or washed their hands quickly enough afterwards."
    )
    shared = "The two women attacked him at the airport on Monday morning, police said."
    docs = [
        Document("a", "One", None, None, f"{shared} {own}"),
        Document("b", "Two", None, None, f"{shared} Nothing else was said about it."),
        Document("c", "Three", None, None, f"{shared} The airport stayed open all day."),
    ]
    console = Console(width=100, record=True)
    console.print(to_rich(compare_many(docs)))
    flat = " ".join(console.export_text().replace("│", " ").split())
    assert "washed their hands quickly enough afterwards." in flat
    assert 160 < len(own) < SENTENCE_LIMIT

"""nu53 #10: in the memo an article's note was a bare paragraph while a highlight's read
"Note: …", so the two were hard to tell apart. The article's note now reads "Article
note: …". Oracle: the entries' own notes, over generated ones."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.notebook import ArticleRecord
from index.notebook.memo import lines, markdown
from index.notebook.models import AnchorState, Entry, Highlight

NOTE = st.one_of(
    st.none(),
    st.lists(
        st.text(alphabet="abc xyz-1.#*>", min_size=1, max_size=12).filter(str.strip),
        min_size=1,
        max_size=3,
    ).map("\n".join),
)


def highlight(k: int, note: str | None) -> Highlight:
    return Highlight(
        k, "a.txt", f"passage {k}", "", "", 0, 9, note, (), AnchorState.ANCHORED, "", ""
    )


@given(NOTE, st.lists(NOTE, max_size=4))
def test_an_articles_note_is_labelled_apart_from_its_highlights(
    note: str | None, notes: list[str | None]
) -> None:
    marks = [highlight(k, n) for k, n in enumerate(notes)]
    entry = Entry(
        ArticleRecord("a.txt", "Harbour strike", "Coast Wire"), note=note, highlights=tuple(marks)
    )
    memo = markdown([entry], title="t", exported="now")
    said = [line for line in memo.splitlines() if line.startswith("Article note: ")]
    if note is None:
        assert not said
    else:
        first, *rest = lines(note)
        assert said == [f"Article note: {first}"]
        block = memo.split(said[0] + "\n", 1)[1]
        assert block.startswith("\n".join([*rest, ""]))  # its other lines follow it
    shared = {n for n in notes if n and notes.count(n) > 1}
    alone = [n for n in notes if n and n not in shared]
    labelled = [line for line in memo.splitlines() if line.startswith("Note: ")]
    assert labelled == [f"Note: {lines(n)[0]}" for n in alone]

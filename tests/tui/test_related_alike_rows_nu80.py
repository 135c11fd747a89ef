"""The related dialog listed two articles of one title, not told apart (nu79 #3): a row that
would read as another's says its id."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.models import RelatedArticle
from tui.dialogs.related import alike_rows, related_row


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["OIL AID", "Oil  aid", "QUOTA"]), st.sampled_from(["R", "A"])),
        min_size=1,
        max_size=6,
    )
)
def test_rows_that_read_alike_say_their_id(rows: list[tuple[str, str]]) -> None:
    """nu79 #3: two articles of one title listed, not told apart. Oracle: the drawn rows
    are all different exactly when their (title, outlet) pairs, spaces and case folded, are."""
    listed = [
        RelatedArticle(f"reut-{n}", title, outlet, None, 0.3, False, ("opec",), False, False, 0.3)
        for n, (title, outlet) in enumerate(rows)
    ]
    alike = alike_rows(listed)
    drawn = [related_row(r, told=r.id in alike).plain for r in listed]
    assert len(set(drawn)) == len(drawn)
    keys = [(" ".join(t.split()).casefold(), o) for t, o in rows]
    assert {r.id for r, k in zip(listed, keys, strict=True) if keys.count(k) > 1} == alike

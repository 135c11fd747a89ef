"""nu65 #7: at 80 columns a notebook article row with a long title was cut at its end,
"ABC News · 20…": the outlet and date went. Now the title is cut and they stay whole.
Oracle: the row drawn at any width is the title's beginning, then the facts whole."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from rich.console import Console

from index.notebook import ArticleRecord, Entry
from tui.screens.notebook_rows import _article_item, prompt


def drawn(entry: Entry, width: int) -> str:
    item = _article_item(entry)
    console = Console(width=width, record=True, color_system=None, legacy_windows=False)
    with console.capture() as captured:
        console.print(prompt(item.label, item.keep))
    return captured.get().split("\n")[0].rstrip()


@example(title="a" * 15, width=40, tags=["x"])  # fills 40 columns exactly (CI ci133)
@given(
    title=st.text("abcdefgh ", min_size=1, max_size=120).filter(str.strip),
    width=st.integers(40, 160),
    tags=st.lists(st.text("xyz", min_size=1, max_size=12), max_size=4, unique=True),
)
def test_the_outlet_and_date_stay_whole(title: str, width: int, tags: list[str]) -> None:
    record = ArticleRecord("na-1", title.strip(), "ABC News", "2017-03-14T10:00:00")
    entry = Entry(article=record, pinned=bool(tags), tags=tuple(sorted(tags)))
    line = drawn(entry, width)
    mark = "★ " if tags else "  "
    whole = mark + title.strip() + "  ABC News · 2017-03-14"
    assert len(line) <= width
    assert "  ABC News · 2017-03-14" in line, line
    head, _, rest = line.partition("  ABC News · 2017-03-14")
    full = _article_item(entry).label.plain
    # the title whole or cut with "…" (to keep the marks too: nu75); after the date the
    # kept marks, whole or cut with "…"
    assert head == mark + title.strip() or (
        head.endswith("…") and whole.startswith(head[:-1]) and len(full) > width
    )
    after = full.split("ABC News · 2017-03-14")[1]
    # (the marks left out when the title and date fill the line: CI ci133's draw)
    assert (
        rest == after
        or (rest.endswith("…") and after.startswith(rest[:-1]))
        or (rest == "" and len(whole) == width)
    )

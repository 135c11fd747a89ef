"""A list row's second line: outlet, date, "+N copies" and the notebook's mark, fitted to
the list's width.

fx109 put the time in the row ("Reuters · 1987-03-04 15:10"). With the preview beside it
the list is about 50 columns wide at 120, and "Independent Online Weekly Review ·
1987-02-26 15:14 · +2 copies" is 66: the edge cut the time to "15:…" and "+2 copies"
went (rv52 #3, seen at 120x40 by fx116). What a row keeps is its outlet, its day and its
copies; what gives way, first to last:

1. the time (the day stays), when the line with it, and the first part of the notebook's
   mark ("★ pinned"), would not fit;
2. the words of the notebook's mark, cut with "…": a pinned row keeps its "★" alone (a
   mark without ★ is left out where not even "#…" fits);
3. the outlet's name, shortened with "…" so that the day, the copies and the ★ stay whole,
   down to `OUTLET_LEAST` cells (nu52 #2: "Independent Online Weekl… · 2021-10-06 · +1
   copy" showed no ★ at 120x40: the reader's own mark matters more than the outlet's
   full name);
4. the bare ★; a list narrower than the outlet's least cuts at the edge.
"""

from __future__ import annotations

from datetime import datetime

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from index.library import printable
from index.models import counted, has_time

OUTLET_LEAST = 6
"""Cells an outlet's name keeps at least (with its "…"), however narrow the list."""

KEPT_LEAST = 4
"""Cells a mark without ★ needs to show at all ("  #…"); with fewer it is left out,
rather than the list's edge cutting the copies before it."""

STAR = "  ★"
"""What a pinned row keeps of its mark when its words give way."""

WORDS_LEAST = len(STAR + " x…")
"""Cells a pinned row's mark needs to show any of its words ("  ★ p…"); with fewer it is
the ★ alone."""

SEP = " · "
"""Between the line's parts."""

NO_DATE = "date unknown"
"""What the list, the pane and the related articles (`r`) say for an article with no date
(nu56 #6: the list and pane said "date unknown", `r` "undated")."""


def list_date(when: datetime | None) -> str:
    """A row's date: the day, and the time (UTC) where the text gives one ("1987-03-04
    15:10": a wire desk reads the hour, nu48 #12); "date unknown" when there is none."""
    if when is None:
        return NO_DATE
    return when.strftime("%Y-%m-%d %H:%M" if has_time(when) else "%Y-%m-%d")


def list_day(when: datetime | None) -> str:
    """A row's date without its time (`list_date` when there is none)."""
    return list_date(when)[:10] if has_time(when) else list_date(when)


def meta_line(
    source: str | None,
    when: datetime | None,
    copies: int,
    kept: str | None,
    width: int,
    styles: tuple[Style, Style],
) -> Text:
    """The row's second line for a list ``width`` cells wide (see the module's note):
    ``source``, ``when``, how many ``copies`` the row folds in, and the notebook's ``kept``
    mark, in ``styles`` (the meta, the mark)."""
    meta, mark = styles
    outlet = printable(source or "source unknown")
    tail = SEP + "+" + counted(copies, "copy", "copies") if copies else ""
    kept_text = "  " + printable(kept) if kept else ""
    kept_head = kept_text.split(SEP, 1)[0]
    date = list_date(when)
    if 2 + cell_len(outlet + SEP + date + tail + kept_head) > width:
        date = list_day(when)  # the time gives way first
    fixed = 2 + cell_len(SEP + date + tail)
    star = STAR if kept_text.startswith(STAR) else ""
    if fixed + min(cell_len(outlet), OUTLET_LEAST) + cell_len(star) > width:
        star = ""  # the bare ★ gives way last, after the outlet is down to its least
    text = Text("  ", no_wrap=True)
    room = max(width - fixed - cell_len(star), OUTLET_LEAST)
    text.append_text(cut(Text(outlet, style=meta), room))
    text.append(SEP)
    text.append(date, meta)
    text.append(tail, meta)
    left = width - text.cell_len
    if star:
        shown = kept_text if left >= WORDS_LEAST or left >= cell_len(kept_text) else star
        text.append_text(cut(Text(shown, style=mark), left))
    elif kept_text and left >= KEPT_LEAST:
        text.append_text(cut(Text(kept_text, style=mark), left))
    return text


def cut(text: Text, cells: int) -> Text:
    """``text`` in ``cells`` cells at most: cut at the end with "…", after no space."""
    if text.cell_len <= cells:
        return text
    text.truncate(max(0, cells - 1))
    text.rstrip()
    text.append("…")
    return text

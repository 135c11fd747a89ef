"""A one-line list of names cut where a name ends, not inside one (fx152, nu61 #8).

The comparison's "only A: …" / "only B: …" lines hold one line each, cut with "…". At 80
columns Rich's ellipsis cut a name in two ("…, Beirut, Mili…"); cut now after the last whole
item that fits ("…, Beirut, …"), and mid-item only when no item fits (one long sentence).
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.text import Text

_SEPARATORS = (", ", "; ")
_MORE = " …"


def name_cut(line: Text, width: int) -> Text:
    """``line`` whole when it fits ``width`` cells; else cut after its last separator (", "
    or "; ") that leaves room for " …", after the label ("only B: "); else Rich's cut."""
    plain = line.plain
    if cell_len(plain) <= width:
        return line
    label = plain.find(": ") + 2 if ": " in plain else 0
    best = -1
    for sep in _SEPARATORS:
        at = plain.find(sep, label)
        while at >= 0:
            if cell_len(plain[: at + 1]) + len(_MORE) <= width:
                best = max(best, at + 1)
            at = plain.find(sep, at + 1)
    if best <= label:
        cut = line.copy()
        cut.no_wrap, cut.overflow = True, "ellipsis"
        cut.truncate(width, overflow="ellipsis")
        return cut
    cut = line[:best]
    cut.append(_MORE, style="dim")
    cut.no_wrap = True
    return cut


class NameLine:
    """A renderable: ``line`` cut by `name_cut` to the width it is drawn at (resizes too)."""

    def __init__(self, line: Text) -> None:
        self.line = line

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        yield name_cut(self.line, options.max_width)

    def __str__(self) -> str:
        return self.line.plain

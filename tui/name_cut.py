"""A one-line list of names cut where a name ends, not inside one (fx152, nu61 #8).

The comparison's "only A: …" / "only B: …" lines hold one line each, cut with "…". At 80
columns Rich's ellipsis cut a name in two ("…, Beirut, Mili…"); cut now after the last whole
item that fits ("…, Beirut, …"), and mid-item only when no item fits (one long sentence).

The line's last item may be a sentence of its own in quotes ("1 sentence of its own: “Dock
workers at…”"): not a name, it is cut after a whole word, inside its quotes, where at
least its first word fits (fx154: at 80x24 "only B: Portsmouth, four percent, two years; …"
dropped it whole, and with it that B says anything of its own).
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.text import Text

from index.library import Comparison, printable

_SEPARATORS = (", ", "; ")
_MORE = " …"
_OPEN, _CLOSE = "“", "”"
_QUOTE_MORE = "…" + _CLOSE


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
    quoted = _quote_cut(plain, width)
    if quoted > label:  # its first words say more than " …" (the names before it whole)
        cut = line[:quoted]
        cut.append(_QUOTE_MORE)
        cut.no_wrap = True
        return cut
    if best <= label:
        cut = line.copy()
        cut.no_wrap, cut.overflow = True, "ellipsis"
        cut.truncate(width, overflow="ellipsis")
        return cut
    cut = line[:best]
    cut.append(_MORE, style="dim")
    cut.no_wrap = True
    return cut


def _quote_cut(plain: str, width: int) -> int:
    """Where ``plain`` is cut inside the quotes of its last item (a sentence "“…”" that ends
    the line) after a whole word, leaving room for "…”"; -1 when no word of it fits."""
    start = plain.rfind(_OPEN) + 1
    if start == 0 or not plain.endswith(_CLOSE) or _CLOSE in plain[start:-1]:
        return -1
    best = -1
    at = plain.find(" ", start)
    while at >= 0 and cell_len(plain[:at]) + len(_QUOTE_MORE) <= width:
        if plain[at - 1] != " ":  # after a word, not after a space
            best = at
        at = plain.find(" ", at + 1)
    return best


class NameLine:
    """A renderable: ``line`` cut by `name_cut` to the width it is drawn at (resizes too)."""

    def __init__(self, line: Text) -> None:
        self.line = line

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        yield name_cut(self.line, options.max_width)

    def __str__(self) -> str:
        return self.line.plain


NOTHING = "—"
"""What `Comparison.only_said` gives for a side with nothing of its own."""


def only_line(comparison: Comparison, side: int, names: int = 8) -> Text:
    """The header's "only A: …" or "only B: …" line: the side's first ``names`` names and
    numbers, its sentences of its own; "none" for nothing (nu80 #3: at 80x24 "only A: …"
    with no line for B read as cut; both sides are said)."""
    said = comparison.only_said(side, names)
    said = "none" if said == NOTHING else printable(said)
    return Text.assemble((f"only {'AB'[side]}: ", "dim"), said)

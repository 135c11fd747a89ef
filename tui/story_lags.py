"""Who followed a story when, in its head: "then: BBC News +5.4h, RTE +6.2h, …" fitted to
the head's width so that every outlet's lag shows (nu54 #7: at 80x24 the line was cut at
"CNN…", and ABC's and HuffPost's lags were seen only by scrolling the articles).

The lags stay on the first line when they fit there, by full names or by the short names
the outlet table knows ("Epoch Times" for "The Epoch Times", read whole); else they go on a
line of their own ("Then: …"), by full names, known short names or short names
(`short_outlet`, where no other outlet of the corpus has it); else over as many lines as
they take (fx131).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len

from tui.compare_tabs import known_short, short_outlet, shortened

ON_LINE = "  then: "
"""What opens the lags after who was first."""
OWN_LINE = "Then: "
"""What opens them on a line of their own."""


def _forms(outlets: Sequence[str], corpus: Sequence[str]) -> list[list[str]]:
    """The outlets by full names, by the short names the table knows, and by short names
    where no other outlet has the same (else as the table knows it, or whole)."""
    known = [known_short(o) or o for o in outlets]
    kept = shortened(list(outlets), tuple(corpus))
    short = [
        short_outlet(o) if k else said for o, k, said in zip(outlets, kept, known, strict=True)
    ]
    if not _even(outlets, known, short):  # "BBC, Deutsche Welle": all short or none
        known = list(outlets)
    return [list(outlets), known, short]


def _even(outlets: Sequence[str], names: Sequence[str], short: Sequence[str]) -> bool:
    """Whether ``names`` says the outlets short evenly: where it gives one outlet its short
    name (the table's "BBC" for "BBC News"), it gives every outlet that has one its own
    (nu83 #4: "Then: BBC next day, Deutsche Welle next day", DW whole beside BBC short).
    A shorter name read whole ("Epoch Times", "Bloomberg") is no short name."""
    said_short = [n == s != o for o, n, s in zip(outlets, names, short, strict=True)]
    if not any(said_short):
        return True
    return all(n == s for o, n, s in zip(outlets, names, short, strict=True) if s != o)


def lag_lines(
    used: int, lags: Sequence[tuple[str, str]], width: int, corpus: Sequence[str] = ()
) -> tuple[str, list[str]]:
    """Where the lags go: the words after ``ON_LINE`` on the first line (used up to
    ``used`` columns already), and the lines of their own after it (each opened by
    ``OWN_LINE`` or its indent). ``lags``: each outlet and its lag ("+5.4h"), in order;
    ``width``: the head's columns (0: any, all on the first line)."""
    if not lags:
        return "", []
    outlets = [outlet for outlet, _ in lags]

    def said(names: Sequence[str]) -> list[str]:
        return [f"{name} {lag}" for name, (_, lag) in zip(names, lags, strict=True)]

    forms = [said(names) for names in _forms(outlets, corpus)]
    if not width:
        return ", ".join(forms[0]), []
    for items in forms[:2]:  # full or known short names, read whole, on the first line
        if used + cell_len(ON_LINE) + cell_len(", ".join(items)) <= width:
            return ", ".join(items), []
    for items in forms:  # a line of their own
        if cell_len(OWN_LINE) + cell_len(", ".join(items)) <= width:
            return "", [", ".join(items)]
    return "", _wrapped(forms[-1], width - cell_len(OWN_LINE))


def _wrapped(items: Sequence[str], room: int) -> list[str]:
    """``items`` joined by ", " over lines of ``room`` columns, an item never split (one
    longer than a line stands alone; the head cuts it)."""
    lines: list[str] = []
    line = ""
    for item in items:
        joined = f"{line}, {item}" if line else item
        if line and cell_len(joined) + 1 > room:  # the comma ending the line
            lines.append(line + ",")
            line = item
        else:
            line = joined
    return [*lines, line]

"""A row of `Text` wrapped by us at a list's width, its later lines indented under its text.

An `OptionList` wraps a long row back to column 0 ("(says Subramaniam" over "Sathasivam)"),
and Rich breaks at every space, a no-break space too ("— David Davis  3" over "outlets").
`hang` breaks at plain spaces only, so a caller glues words with `GLUE` (shown as a space).
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text

GLUE = "\u00a0"
"""A space `hang` never breaks at (it shows as a plain space)."""


def hang(text: Text, width: int | None, indent: int) -> Text:
    """``text`` in lines of at most ``width`` cells, broken at its spaces, every line after
    the first ``indent`` cells in (glued words longer than a line are broken at their last
    glue that fits, a word longer than a line is cut); ``width`` None (the list not laid
    out yet): the text as it is, glue shown as spaces."""
    plain = text.plain
    lines: list[tuple[int, int]] = []
    if width is not None and cell_len(plain) > width:
        room, start, end = width, 0, 0
        for word in re.finditer(r"[^ ]+", plain):
            if cell_len(plain[start : word.end()]) <= room:
                end = word.end()
                continue
            if end > start:
                lines.append((start, end))
                room = max(1, width - indent)
                start = word.start()
            while cell_len(plain[start : word.end()]) > room:  # one word longer than a line
                cut = start + 1
                while cut < word.end() and cell_len(plain[start : cut + 1]) <= room:
                    cut += 1
                glue = plain.rfind(GLUE, start + 1, cut + 1)  # glued words: broken at a glue
                lines.append((start, glue if glue > start else cut))
                room = max(1, width - indent)
                start = glue + 1 if glue > start else cut
            end = word.end()
        lines.append((start, end))
    else:
        lines.append((0, len(plain)))
    out = Text(style=text.style, end=text.end)
    for number, (start, end) in enumerate(lines):
        if number:
            out.append("\n" + " " * indent)
        out.append_text(text[start:end])
    return Text(out.plain.replace(GLUE, " "), style=out.style, spans=out.spans, end=out.end)

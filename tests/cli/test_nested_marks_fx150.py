"""A kept passage with a mark at one end only (`“We will rebuild,” the mayor said.`) showed as
““We will rebuild,” the mayor said.” (fx147 left it): inside the added “…” its double marks
are single, as typographers set it, wherever `quoted` shows a passage; the stored passage and
the exports' text fields are unchanged. (A passage with marks at its ends: fx170's rule,
`tests/cli/test_passage_marked_once_fx147.py`, `tests/cli/test_passage_marks_fx170.py`.)"""

from __future__ import annotations

import csv
import io
import json

from hypothesis import example, given
from hypothesis import strategies as st
from rich.console import Console

from index.notebook import AnchorState, ArticleRecord, Entry, Highlight
from index.notebook.exports import to_csljson, to_csv, to_json, to_ris
from index.wording import QUOTE_MARKS, quoted
from tui.cli.notebook import entries_table
from tui.screens.notebook_rows import _highlight_item

TURNED = {("“", "‘"), ("”", "’"), ('"', "‘"), ('"', "’")}
"""(passage's mark, shown mark): a double mark shown single."""

PASSAGE = st.text(st.sampled_from(list("ab, .—(“”\"‘’' ")), max_size=30)


def inside_marks_only(passage: str) -> bool:
    """A passage with its marks inside: no space, and no mark, at either end."""
    ends = passage[:1] + passage[-1:]
    return passage == passage.strip() != "" and not any(mark in ends for mark in QUOTE_MARKS)


def check(shown: str, passage: str) -> None:
    """The oracle: ``shown`` is “…” around the passage one character for one, each either the
    passage's own or its double mark turned single; with ‘’ mapped back (where the passage
    had none of its own and no straight "), exactly the passage."""
    assert shown.startswith("“") and shown.endswith("”"), shown
    inner = shown[1:-1]
    assert len(inner) == len(passage)
    for p, s in zip(passage, inner, strict=True):
        assert p == s or (p, s) in TURNED, (passage, shown)
    # only marks that pair up turn (fb43: a lone '"' showed as “‘”): the double marks left
    # inside are closing ones, then opening ones (an opening one before a closing one pairs)
    opening = set()  # where a straight " opens: at the start, after a space, bracket, dash or
    # opening mark, or right after a " that opened and before a word (rv77: '""Rebuild" is…"';
    # ci141 drew '—""a' against the older reading)
    for at, p in enumerate(passage):
        after = passage[at + 1 : at + 2]
        if p == '"' and (
            not at or passage[at - 1] in " \t\n([{—–-/“‘" or (at - 1 in opening and after.isalnum())
        ):
            opening.add(at)
    left = [
        ("“" if p == '"' and at in opening else p)
        for at, (p, s) in enumerate(zip(passage, inner, strict=True))
        if s in '“”"'
    ]
    left = ["”" if m == '"' else m for m in left]
    assert "".join(left) == "”" * left.count("”") + "“" * left.count("“"), shown
    if not any(m in passage for m in '‘’"'):
        assert inner.translate(str.maketrans("‘’", "“”")) == passage


def entry_of(passage: str) -> tuple[Entry, Highlight]:
    highlight = Highlight(
        1, "a1", passage, "", "", 0, len(passage), None, (), AnchorState.ANCHORED, "", ""
    )
    record = ArticleRecord("a1", "Harbour", "Wire", None, None, None)
    return Entry(record, highlights=(highlight,)), highlight


@given(PASSAGE.filter(inside_marks_only))
@example("“We will rebuild,” the mayor said.")
@example('The mayor said "we will rebuild" twice.')
@example("“We will rebuild,” the mayor said, “and soon.")
@example('—""a')  # ci141: two straight marks opening before a word (rv77's rule)
def test_inner_double_marks_show_single(passage: str) -> None:
    check(quoted(passage), passage)
    words = " ".join(passage.split())  # the views make any run of spaces one
    entry, highlight = entry_of(words)
    # the notebook screen's row (`b`)
    row = _highlight_item(entry, highlight).label.plain
    assert quoted(words) in row
    check(quoted(words), words)
    # `broadsheet notes`' table
    console = Console(width=1000, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(entries_table([entry]))
    console.file.close()
    line = next(line for line in console.export_text().splitlines() if "[1]" in line)
    assert quoted(words) in line
    # the one-line exports' notes show it so; the stored passage and text fields are as kept
    assert quoted(words) in to_ris([entry])
    assert quoted(words) in json.loads(to_csljson([entry]))[0]["note"]
    assert highlight.exact == words
    assert words in json.loads(to_json([entry]))[0]["highlights"][0].values()
    assert any(words in row for row in csv.reader(io.StringIO(to_csv([entry]))))


def test_the_mayors_line() -> None:
    assert quoted("“We will rebuild,” the mayor said.") == "“‘We will rebuild,’ the mayor said.”"
    assert quoted("“We will rebuild.”") == "“We will rebuild.”"  # its own marks: as it is

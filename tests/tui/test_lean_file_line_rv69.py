"""A JSONL lean file (`outlets lean --from`) with a bad line said the line's own error,
counted from 1 within the line: line 2 of the file was refused as "(Expecting property name
...: line 1 column 17 (char 16))" (rv69, reviewing fx159, whose deep line already said
"path:2"). Now a later line's refusal names it, ``path:N``, as the deep one does; a bad
first line means the file is neither JSONL nor JSON, and the whole file's error names the
place (at or after the bad line: read as one JSON value, a line may go on into the
next). Oracle: the line number where the bad line was written."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.lean_file import read_entries

BAD = [
    '{"outlet": "Fox",',
    '{"outlet": Fox, "lean": "right"}',
    "{nope}",
    '{"outlet": "A"} x',
    "[1, 2",
]
GOOD = [json.dumps({"outlet": f"Outlet {n}", "lean": "left"}) for n in range(6)]


@settings(max_examples=80, deadline=None)
@given(
    good=st.integers(1, 5),
    at=st.integers(0, 5),
    bad=st.sampled_from(BAD),
    blanks=st.lists(st.integers(0, 2), min_size=7, max_size=7),
)
def test_a_bad_line_is_named_by_its_line(good: int, at: int, bad: str, blanks: list[int]) -> None:
    rows = GOOD[:good]
    rows.insert(min(at, good), bad)
    lines: list[str] = []
    for row, gap in zip(rows, blanks, strict=False):
        lines += [""] * gap + [row]
    number = lines.index(bad) + 1
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "leans.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with pytest.raises(ValueError) as raised:
            read_entries(path)
    said = str(raised.value)
    assert "\n" not in said
    if rows.index(bad) == 0:  # no JSONL: the whole file's error, at or after the bad line
        assert said.startswith(f"{path}: not readable as JSON or JSONL (")
        at_line = re.search(r"line (\d+) column", said)  # read as JSON, a value may go on
        assert at_line is not None and int(at_line.group(1)) >= number
    else:
        assert said.startswith(f"{path}:{number}: not readable as JSON (")
        assert re.search(r"line \d+ column", said) is None  # no line counted within it


def test_line_two_of_two_is_named(tmp_path: Path) -> None:
    """By hand, the case met (`outlets lean --from`): line 2 of two."""
    path = tmp_path / "leans.jsonl"
    path.write_text(GOOD[0] + '\n{"outlet": "Fox",\n', encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(f"{path}:2: not readable as JSON (")):
        read_entries(path)

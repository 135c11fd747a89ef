"""`broadsheet speakers` shows what it sorts by (nu27 #8): its rows were sorted by outlets,
then occurrences, a column the table did not show, so two rows of one outlet each read
out of order (quotations 1 above 2).

The oracle is the JSON of the same listing (the README's contract): the table shows each
speaker's outlets, occurrences and quotations as the JSON counts them, and its rows,
read by those columns from left to right, are in descending order."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.quote_rows import record, write_rows
from tui.cli import app

runner = CliRunner()

SAID = [
    "The new bridge will open before the winter rains arrive in the valley",
    "Nobody on the council ever promised a toll on the old ferry road",
    "We counted every single vote twice and the result did not change at all",
]
"""Three quotations: the first run by three articles of one outlet, the other two once each
by another speaker in one article of that outlet."""


def rows() -> list[dict[str, str]]:
    found = [
        record(
            f"w{n}",
            "Valley Post",
            f"2021-06-0{n + 1}",
            f'Story {n} on the works.\n\n"{SAID[0]}," said engineer Maria Lopez. '
            f"Day {n} of the works began.",
        )
        for n in range(3)
    ]
    body = (
        f'The council met.\n\n"{SAID[1]}," said councillor Peter Hahnemann. Then he added: '
        f'"{SAID[2]}," Hahnemann said.'
    )
    return [*found, record("c1", "Valley Post", "2021-06-05", body)]


@pytest.fixture
def corpus(tmp_path: Path, index_dir: Path) -> Path:
    folder = write_rows(tmp_path / "quoted", rows())
    result = runner.invoke(app, ["index", "rebuild", "--corpus", str(folder)])
    assert result.exit_code == 0, result.output
    return folder


@pytest.mark.parametrize("width", ["80", "120"])  # a name stays whole at 80 columns too
def test_the_table_shows_the_columns_it_sorts_by(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, width: str
) -> None:
    monkeypatch.setenv("COLUMNS", width)
    listed = json.loads(runner.invoke(app, ["speakers", "--json", "-c", str(corpus)]).stdout)
    assert len(listed) >= 2
    out = runner.invoke(app, ["speakers", "-c", str(corpus)]).stdout
    lines = out.splitlines()
    head = next(line for line in lines if "speaker" in line and "outlets" in line)
    columns = re.split(r"\s*[│┃|]\s*", head.strip(" │┃|"))
    assert "occur." in columns, head
    shown: list[tuple[int, ...]] = []
    for speaker in listed:
        row = next(line for line in lines if speaker["speaker"] in line)
        cells = re.split(r"\s*[│┃|]\s*", row.strip(" │┃|"))
        values = dict(zip(columns, cells, strict=True))
        counts = (len(speaker["outlets"]), speaker["occurrences"], speaker["quotes"])
        assert (values["outlets"], values["occur."], values["quotes"]) == tuple(
            str(n) for n in counts
        ), row
        shown.append(counts)
    assert shown == sorted(shown, reverse=True)  # the columns, left to right, explain it
    assert "sorted by outlets, then occurrences (occur.), then quotations (quotes)" in " ".join(
        out.split()
    )

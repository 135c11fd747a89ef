"""`highlight --speaker` keeps who said a quote, and `export` names them in every format
(nu47 #9: the speaker had to be typed as a note)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import rispy

from tests.cli.test_notebook_cli import built, notes, run

__all__ = ["built"]  # the fixture, used by name


def test_highlight_with_a_speaker_is_exported_with_them(built: Path) -> None:
    code, _, err = run(
        "highlight", "harbour.txt", "--quote", "union said the deal", "--speaker", "Sen. Jo Ray"
    )
    assert code == 0, err
    [entry] = notes()
    assert entry["highlights"][0]["speaker"] == "Sen. Jo Ray"
    listed = " ".join(run("notes")[1].split())
    assert "“union said the deal” — Sen. Jo Ray" in listed
    [row] = csv.DictReader(io.StringIO(run("export", "-f", "csv")[1], newline=""))
    assert row["highlight_speaker"] == "Sen. Jo Ray"
    [ris] = rispy.loads(run("export", "-f", "ris")[1])
    assert "“union said the deal” (said by Sen. Jo Ray)" in ris["notes"]
    [item] = json.loads(run("export", "-f", "csljson")[1])
    assert "(said by Sen. Jo Ray)" in item["note"]
    assert "— said by Sen. Jo Ray" in run("export", "-f", "markdown")[1]
    run("highlight", "harbour.txt", "--quote", "The union")  # no speaker: none said
    assert [h["speaker"] for h in notes()[0]["highlights"]] == [None, "Sen. Jo Ray"]

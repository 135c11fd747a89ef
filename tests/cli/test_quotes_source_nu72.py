"""`broadsheet quotes --source OUTLET`: the quotes an article of that outlet ran, the outlet
named as `search --source` names it (any spelling of its name), and an outlet the index has
none of refused as `search` refuses it (nu69 #5: `Library.quotes(source=)` had no option).

The oracle is the unfiltered list: the groups one of whose occurrences that outlet ran, in
the same order, each whole."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.cli.test_quotes_older_rules_nu71 import quoted
from tests.quote_rows import ROWS
from tui.cli import app

runner = CliRunner()
__all__ = ["quoted"]  # the fixture, shared


def listed(corpus: Path, *args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["quotes", "--json", "--corpus", str(corpus), *args])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


OUTLETS = sorted({row["source"] for row in ROWS})


@pytest.mark.parametrize("outlet", OUTLETS)
@pytest.mark.parametrize("spelt", [str, str.upper, lambda name: name.replace(" ", "  ")])
@pytest.mark.parametrize("query", ["", "keller", "fees"])
def test_source_keeps_the_quotes_that_outlet_ran(
    quoted: Path, outlet: str, spelt: Any, query: str
) -> None:
    every = listed(quoted, query)
    expected = [g for g in every if any(o["source"] == outlet for o in g["occurrences"])]
    assert listed(quoted, query, "--source", spelt(outlet)) == expected


def test_source_is_said_in_the_table(quoted: Path) -> None:
    result = runner.invoke(app, ["quotes", "--source", "coast wire", "--corpus", str(quoted)])
    assert result.exit_code == 0, result.stderr
    assert "Coast Wire" in result.stdout
    assert "farmer" not in result.stdout.casefold()  # Valley Post's alone


@pytest.mark.parametrize("as_json", [False, True])
def test_an_outlet_the_index_lacks_is_refused_as_search_refuses_it(
    quoted: Path, as_json: bool
) -> None:
    args = ["--source", "valey post", "--corpus", str(quoted), *(["--json"] if as_json else [])]
    searched = runner.invoke(app, ["search", "keller", *args])
    result = runner.invoke(app, ["quotes", "keller", *args])
    assert result.exit_code == searched.exit_code == 3
    assert result.stderr == searched.stderr
    assert "No outlet of this index is called 'valey post'" in " ".join(result.stderr.split())
    assert "Did you mean: Valley Post?" in " ".join(result.stderr.split())
    assert result.stdout == ("[]\n" if as_json else "")

"""`outlets lean --from FILE`: many outlets' leans in one write, each name resolved as the
single command resolves it (fx121).

The oracle: the map a file gives, by the corpus's names (the later row of an outlet
winning), is what `outlets --json` reads back; and `outlets --json` is itself a file
`--from` takes, giving the same map again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.cli import test_outlet_lean_names as names
from tui.cli import Exit, app
from tui.outlet_leans import leans_path, read_leans

runner = CliRunner()

OUTLETS = names.OUTLETS
SPELLINGS = {
    "The New York Times": ["The New York Times", "nyt", "NYT", "new york times"],
    "Fox News": ["Fox News", "fox news", " FOX  NEWS "],
    "Reuters": ["Reuters", "reuters"],
}
"""Names `search --source` reads as each outlet."""
SIDES = {
    "left": ["left", "Left", "Lean Left", "Left-Center", "liberal"],
    "center": ["center", "Centre", "CENTER", "neutral"],
    "right": ["right", "Lean Right", "RIGHT", "conservative"],
}
"""Ratings the corpus's metadata parser reads as each side."""


news = names.news  # the corpus of three outlets: "The New York Times", "Fox News", "Reuters"


def outlets() -> list[dict[str, Any]]:
    result = runner.invoke(app, ["outlets", "--json"])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def leans() -> dict[str, str | None]:
    return {row["outlet"]: row["lean"] for row in outlets()}


def written(rows: list[tuple[str, str]], form: str, header: bool, folder: Path) -> Path:
    """The rows as a file of ``form``."""
    if form in ("csv", "tsv"):
        gap = "," if form == "csv" else "\t"
        lines = [f"{name}{gap}{side}" for name, side in rows]
        text = "\n".join([f"Outlet{gap}Lean"] * header + lines) + "\n"
    elif form == "object":
        text = json.dumps(dict(rows))
    elif form == "array":
        text = json.dumps([{"outlet": name, "lean": side} for name, side in rows])
    else:
        text = "".join(json.dumps({"outlet": name, "lean": side}) + "\n" for name, side in rows)
    path = folder / f"leans.{form}"
    path.write_text(text, "utf-8")
    return path


def lean_from(path: Path, *more: str) -> Any:
    return runner.invoke(app, ["outlets", "lean", "--from", str(path), *more])


rows_of = st.lists(
    st.sampled_from(sorted(OUTLETS)).flatmap(
        lambda outlet: st.tuples(
            st.just(outlet),
            st.sampled_from(SPELLINGS[outlet]),
            st.sampled_from(sorted(SIDES)).flatmap(
                lambda side: st.tuples(st.just(side), st.sampled_from(SIDES[side]))
            ),
        )
    ),
    max_size=6,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=rows_of,
    form=st.sampled_from(["csv", "tsv", "object", "array", "jsonl"]),
    header=st.booleans(),
)
def test_a_map_written_from_a_file_reads_back_and_round_trips(
    news: Path, tmp_path: Path, rows: list[Any], form: str, header: bool
) -> None:
    leans_path().unlink(missing_ok=True)
    if form == "object":  # one key per spelling: the later of two equal keys is kept
        rows = list({spelling: row for row in rows for _, spelling, _ in [row]}.values())
    expected: dict[str, str | None] = dict.fromkeys(OUTLETS)
    for outlet, _, (side, _) in rows:
        expected[outlet] = side
    path = written([(spelling, typed) for _, spelling, (_, typed) in rows], form, header, tmp_path)
    result = lean_from(path)
    assert result.exit_code == 0, result.output
    told = sum(side is not None for side in expected.values())
    leans_said = "outlet's lean" if told == 1 else "outlets' leans"
    assert result.stdout.startswith(f"Set {told} {leans_said}")
    assert leans() == expected
    assert read_leans() == {o: s for o, s in expected.items() if s}  # the corpus's names
    again = tmp_path / "outlets.json"  # `outlets --json` is a file --from takes
    again.write_text(json.dumps(outlets()), "utf-8")
    leans_path().unlink(missing_ok=True)
    assert lean_from(again).exit_code == 0
    assert leans() == expected


def test_unknown_names_are_refused_each_with_a_reason_and_the_rest_written(
    news: Path, tmp_path: Path
) -> None:
    path = tmp_path / "allsides.csv"
    path.write_text("name,rating\nnyt,Lean Left\nFoxx Newz,Right\nreuters,Center\nZzqx,left\n")
    result = lean_from(path)
    assert result.exit_code == Exit.NOT_FOUND
    assert result.stdout.splitlines() == [
        f"Set 2 outlets' leans (in {leans_path()}); 2 names unknown: 'Foxx Newz', 'Zzqx'."
    ]
    assert result.stderr.splitlines() == [
        f"broadsheet: {path}:3: No outlet of this index is called 'Foxx Newz'. "
        "Did you mean: Fox News?",
        f"broadsheet: {path}:5: No outlet of this index is called 'Zzqx'. "
        "Its outlets: The New York Times, Fox News, Reuters.",
        "broadsheet: use --new to keep unknown names as typed.",
    ]
    assert read_leans() == {"The New York Times": "left", "Reuters": "center"}
    kept = lean_from(path, "--new", "--json")
    assert kept.exit_code == 0, kept.output
    assert json.loads(kept.stdout)["set"] == {
        "The New York Times": "left",
        "Foxx Newz": "right",
        "Reuters": "center",
        "Zzqx": "left",
    }
    assert read_leans()["Zzqx"] == "left"


def test_a_lean_of_no_side_is_refused_and_none_takes_an_entry_out(
    news: Path, tmp_path: Path
) -> None:
    assert runner.invoke(app, ["outlets", "lean", "Valley Gazette", "left", "--new"]).exit_code == 0
    path = tmp_path / "leans.tsv"
    path.write_text("Fox News\tMixed\nvalley gazette\tnone\nNYT\tright\n")
    result = lean_from(path, "--json")
    assert result.exit_code == Exit.USAGE
    told = json.loads(result.stdout)
    assert told["set"] == {"The New York Times": "right"}
    assert told["taken_out"] == ["Valley Gazette"]
    assert [(r["where"], r["outlet"]) for r in told["unread"]] == [(1, "Fox News")]
    assert "'Mixed' names no side" in result.stderr
    assert read_leans() == {"The New York Times": "right"}


def test_a_file_of_no_outlets_and_leans_is_bad_usage_and_writes_nothing(
    news: Path, tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"outlet": 3}')
    assert lean_from(path).exit_code == Exit.USAGE
    both = runner.invoke(app, ["outlets", "lean", "nyt", "left", "--from", str(path)])
    assert both.exit_code == Exit.USAGE
    assert runner.invoke(app, ["outlets", "lean"]).exit_code == Exit.USAGE
    assert not leans_path().exists()

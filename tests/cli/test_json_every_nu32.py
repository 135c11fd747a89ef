"""`--json` gives every row unless `--limit` is given (nu32 #13): `quotes --json` and
`speakers --json` printed 20 of 285 and said nothing of the rest, where `stories --json`
gave all 44. JSON is for scripts: the tables still show 20 (`related`: 10) and say "N of M".

The oracle is the corpus written here: 24 articles of one event, each with its own speaker
and quotation, so there are 24 quotations, 24 speakers and 23 articles related to each."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from tests.quote_rows import record, write_rows
from tui.cli import app

runner = CliRunner()

FIRST = [
    "Maria",
    "Peter",
    "Anna",
    "Tomas",
    "Clara",
    "Victor",
    "Helen",
    "Oscar",
    "Julia",
    "Martin",
    "Laura",
    "Simon",
    "Irene",
    "Hugo",
    "Nora",
    "Felix",
    "Alice",
    "Bruno",
    "Carla",
    "Denis",
    "Elena",
    "Frank",
    "Greta",
    "Henry",
]
LAST = [
    "Lopez",
    "Hahnemann",
    "Keller",
    "Berg",
    "Novak",
    "Duarte",
    "Moreau",
    "Lindqvist",
    "Ferreira",
    "Okafor",
    "Brandt",
    "Castillo",
    "Jansen",
    "Petrov",
    "Rossi",
    "Sandoval",
    "Takeda",
    "Ulrich",
    "Vidal",
    "Weber",
    "Yilmaz",
    "Zeller",
    "Aguilar",
    "Brennan",
]
THINGS = [
    "bridge",
    "ferry",
    "tunnel",
    "road",
    "levee",
    "dam",
    "canal",
    "school",
    "clinic",
    "market",
    "station",
    "harbour",
    "library",
    "stadium",
    "airport",
    "museum",
    "depot",
    "bakery",
    "quarry",
    "mill",
    "prison",
    "chapel",
    "garden",
    "reservoir",
]
COUNT = len(FIRST)


def said(n: int) -> str:
    """Article n's quotation: eight made-up words no other article's quotation shares."""
    syllables = ["ba", "ke", "lo", "mi", "nu", "ra", "si", "to", "ve"]
    made = [
        "".join(syllables[i // 81 % 9] + syllables[i // 9 % 9] + syllables[i % 9])
        for i in range(n * 8, n * 8 + 8)
    ]
    return f"We have {made[0]} and {made[1]} for the {made[2]} {' '.join(made[3:])} today"


def rows() -> list[dict[str, str]]:
    found = []
    for n, (first, last, thing) in enumerate(zip(FIRST, LAST, THINGS, strict=True)):
        body = (
            "The Riverton levee failed on Tuesday night and the river flooded the lower town, "
            "forcing evacuations along the valley as the water kept rising.\n\n"
            f'"{said(n)}," said {first} {last}, who runs the {thing}. Rescue crews worked '
            "through the night on the Riverton levee breach and the flooded valley roads."
        )
        found.append(record(f"lv{n:02d}", f"Outlet {n:02d}", "2021-06-01", body))
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The options that name the corpus and its index, built."""
    root = tmp_path_factory.mktemp("every")
    where = ["-c", str(write_rows(root / "levee", rows())), "--index-dir", str(root / "index")]
    result = runner.invoke(app, ["index", "rebuild", *where])
    assert result.exit_code == 0, result.output
    return where


def run(built: list[str], *args: str) -> str:
    result = runner.invoke(app, [*args, *built])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_corpus_is_what_the_oracle_says(built: list[str]) -> None:
    speakers = json.loads(run(built, "speakers", "--json", "-n", "1000"))
    assert sorted(s["speaker"] for s in speakers) == sorted(
        f"{f} {last}" for f, last in zip(FIRST, LAST, strict=True)
    )
    assert len(json.loads(run(built, "quotes", "--json", "-n", "1000"))) == COUNT
    assert len(json.loads(run(built, "related", "lv00", "--json", "-n", "1000"))) == COUNT - 1


@pytest.mark.parametrize(
    ("command", "total", "table", "noun"),
    [
        (["quotes"], COUNT, 20, "quotation"),
        (["speakers"], COUNT, 20, "speaker"),
        (["stories", "--min-articles", "1"], None, None, "stor"),
        (["related", "lv00"], COUNT - 1, 10, ""),
    ],
)
def test_json_gives_every_row_unless_limited(
    built: list[str], command: list[str], total: int | None, table: int | None, noun: str
) -> None:
    every = json.loads(run(built, *command, "--json"))
    if total is not None:
        assert len(every) == total
    assert every == json.loads(run(built, *command, "--json", "-n", "1000"))
    assert json.loads(run(built, *command, "--json", "-n", "3")) == every[:3]
    shown = run(built, *command)
    if table is not None and noun:
        assert f"{table} of {total} {noun}s" in shown  # the table: 20, and says of how many
    if command[0] == "related":  # the table: 10 rows, each with its id on a line of its own
        assert sum(bool(re.fullmatch(r"lv\d\d", line.strip())) for line in shown.splitlines()) == 10

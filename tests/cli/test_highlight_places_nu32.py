"""A passage refused for occurring twice printed two identical contexts when the article
repeats a paragraph (nu32 #16: `highlight reut-12340 --quote "mixed signals"`). Each
occurrence now says where it is: its first character and its paragraph.

The oracle: bodies built paragraph by paragraph, the repeated paragraph's places known from
where it was put."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.notebook import quote_spans
from tests.quote_rows import record, write_rows
from tui.cli import Exit, app
from tui.cli.highlight_said import occurrences_said

REPEATED = "Traders said the figures sent mixed signals to the market on Tuesday."
WORDS = ["coffee", "quota", "council", "prices", "Brazil", "talks", "London", "export"]
PLACE = re.compile(r"(\d+) \(character ([\d,]+), paragraph (\d+)\) “")

paragraph = st.lists(st.sampled_from(WORDS), min_size=3, max_size=12).map(
    lambda words: " ".join(words).capitalize() + "."
)


@settings(max_examples=100, deadline=None)
@given(
    others=st.lists(paragraph, min_size=1, max_size=8),
    places=st.lists(st.integers(0, 8), min_size=2, max_size=4),
    gap=st.sampled_from(["\n", "\n\n", "\n \n"]),
)
def test_each_occurrence_says_its_character_and_paragraph(
    others: list[str], places: list[int], gap: str
) -> None:
    paragraphs = list(others)
    for place in places:
        paragraphs.insert(min(place, len(paragraphs)), REPEATED)
    body = gap.join(paragraphs)
    expected, at = [], 0
    for number, text in enumerate(paragraphs, start=1):
        if text == REPEATED:
            expected.append((at + text.index("mixed"), number))
        at += len(text) + len(gap)
    said = occurrences_said(body, quote_spans(body, "mixed signals"), "a1")
    found = [(int(c.replace(",", "")), int(p)) for _, c, p in PLACE.findall(said)]
    assert found == expected
    assert "\n" not in said and f"occurs {len(expected)} times" in said


def test_the_cli_tells_a_repeated_paragraph_apart(tmp_path: Path, index_dir: Path) -> None:
    body = f"Coffee talks resumed in London.\n\n{REPEATED}\n\nThe quota was not set.\n\n{REPEATED}"
    corpus = write_rows(tmp_path / "wires", [record("w1", "Reuters", "1987-03-02", body)])
    runner = CliRunner()
    assert runner.invoke(app, ["index", "rebuild", "-c", str(corpus)]).exit_code == 0
    result = runner.invoke(app, ["highlight", "w1", "-q", "mixed signals", "-c", str(corpus)])
    assert result.exit_code == Exit.USAGE
    shown = json.loads(runner.invoke(app, ["show", "w1", "--json", "-c", str(corpus)]).stdout)
    first = shown["body"].index("mixed signals")
    second = shown["body"].index("mixed signals", first + 1)
    places = [(int(c.replace(",", "")), int(p)) for _, c, p in PLACE.findall(result.stderr)]
    assert places == [(first, 2), (second, 4)]

"""A bad field in a JSON Lines record is reported as a .json file's is (nu31 #7): the record
is indexed without it, and the build, an update and `index status` say one part was left
out (`left_out`, "JSON field ignored: 'date' is not a date", named by its line). Before,
a .jsonl record's bad date was indexed undated in silence. The oracle: the records written,
each a good or a bad date, a good or a bad title, or none."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.conftest import write_corpus
from tui.cli import app

DATES = {"good": "2017-02-07", "bad": "not a date", "none": None}
TITLES = {"good": "Dam holds", "bad": ["a", "list"], "none": None}
FIELDS = st.tuples(st.sampled_from(sorted(DATES)), st.sampled_from(sorted(TITLES)))


def _line(n: int, date: str, title: str) -> str:
    record: dict[str, object] = {"id": f"r{n}", "body": f"The dam number {n} held, they said."}
    if DATES[date] is not None:
        record["date"] = DATES[date]
    if TITLES[title] is not None:
        record["title"] = TITLES[title]
    return json.dumps(record)


def _bad(fields: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """Each record's bad fields: its line and the field's name."""
    return [
        (n + 1, key)
        for n, (date, title) in enumerate(fields)
        for key, kind in (("date", date), ("title", title))
        if kind == "bad"
    ]


@settings(max_examples=6, deadline=None)
@given(first=st.lists(FIELDS, min_size=1, max_size=5), more=st.lists(FIELDS, max_size=3))
def test_a_bad_field_of_a_jsonl_record_is_left_out_and_said(
    first: list[tuple[str, str]], more: list[tuple[str, str]]
) -> None:
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as top:
        lines = [_line(n, *f) for n, f in enumerate(first)]
        corpus = write_corpus(Path(top) / "corpus", {"feed.jsonl": "\n".join(lines) + "\n"})
        where = ["--corpus", str(corpus), "--index-dir", str(Path(top) / "index")]
        built = runner.invoke(app, [*where, "index", "rebuild"])
        assert built.exit_code == 0, built.output
        _said_left_out(built.output, len(_bad(first)))
        lines += [_line(len(lines) + n, *f) for n, f in enumerate(more)]  # appended records
        (corpus / "feed.jsonl").write_text("\n".join(lines) + "\n")
        updated = runner.invoke(app, [*where, "index", "update"])
        assert updated.exit_code == 0, updated.output
        if more:  # the file changed: it is read again, its notes with it
            _said_left_out(updated.output, len(_bad(first + more)))
        shown = runner.invoke(app, [*where, "index", "status", "--json"])
        assert shown.exit_code == 0, shown.output
        status = json.loads(shown.output)
        bad = _bad(first + more)
        assert (status["skipped"], status["left_out"]) == (0, len(bad)), status
        parts = sorted(status.get("left_out_parts", []), key=lambda p: (p["path"], p["reason"]))
        assert [(p["path"], p["reason"].split(":")[0]) for p in parts] == [
            (f"{corpus.resolve()}/feed.jsonl:{line}", "JSON field ignored")  # whole (fx160)
            for line, _ in sorted(bad)
        ]
        assert [re.search(r"'(\w+)'", p["reason"]).group(1) for p in parts] == [  # type: ignore[union-attr]
            key for _, key in sorted(bad)
        ]
        listed = runner.invoke(app, [*where, "export", "--format", "jsonl"])
        assert listed.exit_code == 0, listed.output
        kept = [json.loads(line) for line in listed.output.splitlines() if line.strip()]
        assert len(kept) == len(first + more)  # no record dropped
        dated = {a["id"] for a in kept if a.get("date")}
        assert dated == {f"r{n}" for n, (d, _) in enumerate(first + more) if d == "good"}


def _said_left_out(output: str, parts: int) -> None:
    said = re.search(r"([\d,]+) unreadable parts? left out", output)
    assert (int(said.group(1)) if said else 0) == parts, output
    assert "skipped" not in output.split("left out")[0], output  # no record skipped

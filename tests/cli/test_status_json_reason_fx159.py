"""`index status --json` gave a JSON Lines record's skip as {"path": "f.jsonl:2", "reason":
"line 2: not valid JSON ..."}: the line said twice, where the table says it once (fx159).
The JSON's reason is the table's: each text line is ``path: reason`` of a JSON entry."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tui.cli import app
from tui.skips import skip_line, skip_reason

GOOD = '{{"id": "g{n}", "title": "Dam {n}", "body": "The dam held on day {n} of the storm."}}'
BAD = (
    '{"id": "b", "title": "Cut',  # not valid JSON
    '{"id": "e{n}", "title": "Empty", "body": ""}',  # empty body
    '{{"id": "g1", "title": "Again", "body": "The same id as the first good record."}}',
)


def test_status_json_says_a_record_s_line_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [GOOD.format(n=1), BAD[0], GOOD.format(n=2), BAD[1].replace("{n}", "4"), BAD[2]]
    (corpus / "f.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    where = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    runner = CliRunner()
    assert runner.invoke(app, [*where, "index", "rebuild"]).exit_code == 0
    shown = runner.invoke(app, [*where, "index", "status", "--json"])
    assert shown.exit_code == 0, shown.output
    skips = json.loads(shown.output)["skipped_files"]
    whole = corpus.resolve()  # the JSON's paths are whole, the table's within the corpus (fx160)
    assert [s["path"] for s in skips] == [f"{whole}/f.jsonl:{n}" for n in (2, 4, 5)]
    for skip in skips:
        number = skip["path"].rsplit(":", 1)[1]
        assert not skip["reason"].startswith(f"line {number}:"), skip
    table = runner.invoke(app, [*where, "index", "status"], env={"COLUMNS": "400"}).output
    for skip in skips:  # the table's line, word for word
        assert f"{skip['path'].removeprefix(f'{whole}/')}: {skip['reason']}" in table


_REASONS = st.text(st.characters(codec="ascii", categories=("L", "N", "P", "Zs")), max_size=30)


@settings(max_examples=200, deadline=None)
@given(
    name=st.sampled_from(("f.jsonl", "a/b/feed.jsonl", "x.json")),
    number=st.one_of(st.none(), st.integers(1, 10**6)),
    said=st.sampled_from(("line", "name", "path", "none")),
    rest=_REASONS,
)
def test_the_reason_drops_only_what_its_path_says(
    name: str, number: int | None, said: str, rest: str
) -> None:
    path = name if number is None else f"{name}:{number}"
    prefix = {
        "line": f"line {number}: " if number is not None else "",
        "name": f"{Path(path).name}: ",
        "path": f"{path}: ",
        "none": "",
    }[said]
    why = prefix + rest
    reason = skip_reason(path, why)
    assert skip_line(path, why) == f"{path}: {reason}"
    assert why.endswith(reason)  # only a prefix goes
    if said != "none":
        assert len(reason) <= len(rest)  # ... and what the path said went

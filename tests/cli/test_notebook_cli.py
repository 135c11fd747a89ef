"""The notebook's commands: pin, tag, note, highlight, notes, saved searches and exports."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import rispy
from typer.testing import CliRunner

from tui.cli import Exit, app

runner = CliRunner()

NOTE_KEYS = {"article", "title", "source", "date", "url", "pinned", "tags", "note"}
NOTE_KEYS |= {"highlights", "created", "updated"}
HIGHLIGHT_KEYS = {"exact", "prefix", "suffix", "start", "end", "note"}


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def notes(*args: str) -> list[dict[str, Any]]:
    code, out, err = run("notes", "--json", *args)
    assert code == 0, err
    data = json.loads(out)
    assert isinstance(data, list)
    return data


@pytest.fixture
def built(corpus: Path, records: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    records.rename(corpus / "wires.jsonl")
    monkeypatch.setenv("BROADSHEET_CORPUS", str(corpus))
    code, out, _ = run("index", "rebuild")
    assert code == 0, out
    return corpus


def test_pin_with_tags_and_a_note_then_unpin(built: Path) -> None:
    code, out, _ = run("pin", "harbour.txt", "--tag", "strikes", "-t", "Ports", "--note", "ask")
    assert code == 0
    assert "pinned harbour.txt" in out and "tags: Ports, strikes" in out
    [entry] = notes()
    assert entry.keys() >= NOTE_KEYS
    assert entry["article"] == "harbour.txt" and entry["pinned"] is True
    assert entry["title"] == "Harbour strike ends after three weeks"
    assert entry["tags"] == ["Ports", "strikes"] and entry["note"] == "ask"
    code, out, _ = run("unpin", "harbour.txt")
    assert code == 0 and "unpinned" in out
    [entry] = notes()  # the tags and note stay
    assert entry["pinned"] is False and entry["tags"] == ["Ports", "strikes"]
    code, _, err = run("unpin", "harbour.txt")
    assert code == Exit.NOT_FOUND and err.count("\n") == 1 and "not pinned" in err


def test_pin_an_unknown_article_is_one_line_and_exit_3(built: Path) -> None:
    code, _, err = run("pin", "nope.txt")
    assert code == Exit.NOT_FOUND
    assert err.strip() == "broadsheet: no article with id 'nope.txt' (try `broadsheet search`)"


def test_tag_and_untag(built: Path) -> None:
    assert run("tag", "w2", "trade", "geneva")[0] == 0
    assert run("tag", "orchard.txt", "Trade")[0] == 0  # the first spelling is kept
    assert [e["article"] for e in notes("--tag", "TRADE")] == ["orchard.txt", "w2"]
    code, out, _ = run("untag", "w2", "trade")
    assert code == 0 and "tags: geneva" in out
    assert [e["article"] for e in notes("--tag", "trade")] == ["orchard.txt"]
    assert run("untag", "w2", "geneva")[0] == 0  # nothing left: the entry goes
    assert [e["article"] for e in notes()] == ["orchard.txt"]
    code, _, err = run("untag", "harbour.txt", "x")
    assert code == Exit.NOT_FOUND and "holds nothing" in err
    code, _, err = run("tag", "w2", " ")
    assert code == Exit.USAGE and err.count("\n") == 1


def test_note_is_set_and_cleared(built: Path) -> None:
    assert run("note", "w1", "grain up")[0] == 0
    assert notes()[0]["note"] == "grain up"
    code, out, _ = run("note", "w1", "")
    assert code == 0 and "cleared the note" in out
    assert notes() == []


def test_highlight_keeps_the_passage_with_its_context(built: Path) -> None:
    code, out, _ = run(
        "highlight", "harbour.txt", "--quote", "union said   the deal", "--note", "key", "-t", "x"
    )
    assert code == 0, out
    [entry] = notes()
    [highlight] = entry["highlights"]
    assert highlight.keys() >= HIGHLIGHT_KEYS
    assert highlight["exact"] == "union said the deal" and highlight["note"] == "key"
    assert highlight["tags"] == ["x"] and highlight["state"] == "anchored"
    assert highlight["prefix"].endswith("The ") and highlight["suffix"].startswith(" was")
    body = json.loads(run("show", "harbour.txt", "--json")[1])["body"]
    assert body[highlight["start"] : highlight["end"]] == "union said the deal"
    code, _, err = run("highlight", "harbour.txt", "--quote", "not in it at all")
    assert code == Exit.NOT_FOUND and err.strip().endswith("does not occur in the article")
    assert run("unhighlight", str(highlight["id"]))[0] == 0
    code, _, err = run("unhighlight", str(highlight["id"]))
    assert code == Exit.NOT_FOUND and err.strip() == f"broadsheet: no highlight {highlight['id']}"


def test_a_passage_found_twice_is_refused_until_its_occurrence_is_chosen(built: Path) -> None:
    # nu31 #12: "DeVos", 9 times in the body, was anchored at the first in silence
    code, out, err = run("highlight", "harbour.txt", "--quote", "deal")
    assert code == Exit.USAGE and out == "" and not notes()
    assert len(err.strip().splitlines()) == 1, err
    assert "occurs 2 times in harbour.txt: say which with --occurrence 1-2" in err
    first = "…brokered a pay deal. The union said…"
    second = "…union said the deal was fair. Peacekeeping…"
    body = json.loads(run("show", "harbour.txt", "--json")[1])["body"]
    at = body.index("deal"), body.index("deal", body.index("deal") + 1)
    assert f"1 (character {at[0]:,}, paragraph 1) “{first}”" in err
    assert "\n\n" in body[at[0] : at[1]]  # the next paragraph
    assert f"2 (character {at[1]:,}, paragraph 2) “{second}”" in err
    code, out, err = run("highlight", "harbour.txt", "--quote", "deal", "--occurrence", "2")
    assert code == 0, err
    [highlight] = notes()[0]["highlights"]
    second = body.index("deal", body.index("deal") + 1)
    assert (highlight["start"], highlight["end"]) == (second, second + 4)
    assert f"characters {second}-{second + 4}" in out
    code, _, err = run("highlight", "harbour.txt", "-q", "deal", "--occurrence", "3")
    assert code == Exit.USAGE and "occurs 2 times: there is no occurrence 3" in err
    code, _, err = run("highlight", "harbour.txt", "-q", "pay deal", "--occurrence", "2")
    assert code == Exit.USAGE and "occurs once: there is no occurrence 2" in err
    assert run("highlight", "harbour.txt", "-q", "pay deal", "--occurrence", "1")[0] == 0
    assert run("highlight", "harbour.txt", "-q", "pay deal")[0] == 0  # once: no option needed


def test_notes_follow_the_text_through_edits_and_deletion(built: Path) -> None:
    assert run("highlight", "harbour.txt", "--quote", "The union said the deal was fair")[0] == 0
    assert run("pin", "orchard.txt", "--note", "frost")[0] == 0
    harbour = built / "harbour.txt"
    text = harbour.read_text(encoding="utf-8")
    harbour.write_text(text.replace("The union said", "Pay rose by 4%. The union said"))
    (built / "orchard.txt").unlink()
    assert run("index", "update")[0] == 0
    by_id = {e["article"]: e for e in notes()}
    assert by_id["orchard.txt"]["orphaned"] is True and by_id["orchard.txt"]["note"] == "frost"
    [moved] = by_id["harbour.txt"]["highlights"]
    assert moved["state"] == "anchored"  # found again verbatim, further on
    body = json.loads(run("show", "harbour.txt", "--json")[1])["body"]
    assert body[moved["start"] : moved["end"]] == "The union said the deal was fair"
    assert body[: moved["start"]].endswith("Pay rose by 4%. ")
    assert run("index", "rebuild")[0] == 0  # a rebuild keeps every note
    assert {e["article"] for e in notes()} == {"harbour.txt", "orchard.txt"}


def test_saved_searches_count_new_hits(built: Path) -> None:
    code, out, _ = run("saved", "add", "Grain", "grain", "--sort", "newest")
    assert code == 0 and "2 hits now" in out
    [listed] = json.loads(run("saved", "list", "--json")[1])
    assert listed["name"] == "Grain" and listed["query"] == "grain" and listed["new"] == 0
    (built / "silo.txt").write_text("Grain silo opens\n\nA new grain silo opened in the port.\n")
    assert run("index", "update")[0] == 0
    assert json.loads(run("saved", "list", "--json")[1])[0]["new"] == 1
    result = runner.invoke(app, ["saved", "run", "grain", "--json"])
    assert result.exit_code == 0 and "1 new since" in result.stderr
    searched = runner.invoke(app, ["search", "grain", "--sort", "newest", "--json"])
    assert json.loads(result.stdout) == json.loads(searched.stdout)
    assert json.loads(run("saved", "list", "--json")[1])[0]["new"] == 0
    code, _, err = run("saved", "add", "grain", "other")
    assert code == Exit.ERROR and "already named" in err
    code, _, err = run("saved", "add", "bad", '"unclosed')
    assert code == Exit.QUERY and err.count("\n") == 1
    code, _, err = run("saved", "add", "when", "grain", "--since", "not a date at all")
    assert code == Exit.USAGE
    assert [s["name"] for s in json.loads(run("saved", "list", "--json")[1])] == ["Grain"]
    assert run("saved", "remove", "GRAIN")[0] == 0
    code, _, err = run("saved", "run", "grain")
    assert code == Exit.NOT_FOUND and err.strip() == "broadsheet: no saved search named 'grain'"


@pytest.fixture
def kept(built: Path) -> Path:
    assert run("pin", "w2", "-t", "trade", "--note", "=cmd|' /C calc'!A0")[0] == 0
    assert run("highlight", "w2", "--quote", "met in Geneva", "--note", "where")[0] == 0
    assert run("tag", "harbour.txt", "ports")[0] == 0
    assert run("saved", "add", "grain", "grain")[0] == 0
    return built


def test_export_formats_parse_back(kept: Path) -> None:
    code, out, _ = run("export", "--format", "csv", "--pinned")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [(r["article"], r["highlight"]) for r in rows] == [("w2", "met in Geneva")]
    assert rows[0]["note"].startswith("'=")  # no spreadsheet runs it as a formula
    data = json.loads(run("export", "-f", "json", "--tag", "trade")[1])
    assert [e["article"] for e in data] == ["w2"] and data[0]["url"] == "https://example.org/w2"
    [ris] = rispy.loads(run("export", "-f", "ris", "--tag", "trade")[1])
    assert ris["type_of_reference"] == "NEWS" and ris["title"] == "Ministers meet on trade"
    assert ris["urls"] == ["https://example.org/w2"] and ris["keywords"] == ["trade"]
    items = json.loads(run("export", "-f", "csljson")[1])
    assert {i["id"] for i in items} == {"w2", "harbour.txt"}
    w2 = next(i for i in items if i["id"] == "w2")
    assert w2["type"] == "article-newspaper" and w2["issued"] == {"date-parts": [[1987, 3, 5]]}
    code, memo, _ = run("export", "-f", "md", "--saved", "grain")
    assert code == 0 and memo.startswith("# Saved search: grain")
    assert "Ministers meet on trade" in memo and "GRAIN PRICES RISE" in memo
    assert "“met in Geneva”" in memo or "met in Geneva" in memo


def test_export_to_a_file_and_bad_selections(kept: Path, tmp_path: Path) -> None:
    target = tmp_path / "memo.md"
    code, out, err = run("export", "-f", "markdown", "--tag", "ports", "-o", str(target))
    assert code == 0 and out == "" and f"1 article written to {target}" in err
    assert "Harbour strike ends after three weeks" in target.read_text(encoding="utf-8")
    code, _, err = run("export", "-f", "csv", "--tag", "a", "--pinned")
    assert code == Exit.USAGE and "one of" in err
    code, _, err = run("export", "--pinned")  # jsonl is every article, not the notebook
    assert code == Exit.USAGE and err.count("\n") == 1
    code, _, err = run("export", "-f", "json", "--saved", "nope")
    assert code == Exit.NOT_FOUND
    code, _, err = run("export", "-f", "csv", "-o", str(tmp_path / "no" / "dir" / "x.csv"))
    # a path that cannot be written is bad usage, said so (nu23 #7: it was exit 3)
    assert code == Exit.USAGE and err.count("\n") == 1 and "no such directory" in err


def test_the_installed_command_keeps_notes(built: Path, index_dir: Path, tmp_path: Path) -> None:
    command = Path(sys.prefix) / "bin" / "broadsheet"
    if not command.exists():
        pytest.skip("the broadsheet command is not installed")
    base = [str(command), "--corpus", str(built), "--index-dir", str(index_dir)]

    def call(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*base, *args], capture_output=True, text=True, timeout=60)

    assert call("pin", "w1", "--tag", "grain").returncode == 0
    assert call("highlight", "w1", "--quote", "traders said").returncode == 0
    listed = json.loads(call("notes", "--json").stdout)
    assert listed[0]["highlights"][0]["exact"] == "traders said"
    exported = call("export", "--format", "ris", "--tag", "grain")
    assert exported.returncode == 0 and rispy.loads(exported.stdout)[0]["id"] == "w1"
    missing = call("unpin", "harbour.txt")
    assert missing.returncode == Exit.NOT_FOUND and "Traceback" not in missing.stderr


def test_notes_say_an_article_is_gone_even_when_its_title_is_long() -> None:
    """The mark stood after the title, which the column cuts with an ellipsis."""
    from rich.console import Console

    from index.notebook import ArticleRecord, Entry
    from tui.cli.notebook import entries_table

    title = "Betsy DeVos Confirmed as Education Secretary, With Pence Casting Historic Vote"
    gone = Entry(ArticleRecord("na_000.txt", title), pinned=True, orphaned=True)
    console = Console(width=80, record=True)
    console.print(entries_table([gone, Entry(ArticleRecord("kept.txt", title), pinned=True)]))
    text = console.export_text()
    assert text.count("(gone from the index)") == 1, text


def test_export_of_a_tag_no_note_carries_says_so(kept: Path, tmp_path: Path) -> None:
    """nu30 #9: `export --tag nosuchtag -o e.md` wrote a memo of its heading alone, exit 0."""
    memo = tmp_path / "e.md"
    code, _, err = run("export", "--tag", "trad", "-o", str(memo))
    assert code == Exit.NOT_FOUND and "no note is tagged 'trad'" in err
    assert "did you mean 'trade'?" in err and not memo.exists()
    code, _, err = run("export", "-f", "md", "--tag", "zzzz")
    assert code == Exit.NOT_FOUND and "tags in use:" in err and "trade" in err
    code, out, _ = run("export", "-f", "md", "--tag", "TRADE")  # a tag in use, any case
    assert code == 0 and "Ministers meet on trade" in out


def test_a_gone_articles_highlight_is_gone_not_as_last_found(built: Path, tmp_path: Path) -> None:
    """nu32 #8: the article said "(gone from the index)", its highlight "worded differently
    now" (CSV: fuzzy), the state found before the article was deleted."""
    orchard = built / "orchard.txt"
    body = json.loads(run("show", "orchard.txt", "--json")[1])["body"]
    passage = body.split(".")[0].strip()
    assert run("highlight", "orchard.txt", "--quote", passage)[0] == 0
    orchard.write_text(orchard.read_text(encoding="utf-8").replace(passage, passage[:-3] + "xyz"))
    assert run("index", "update")[0] == 0
    assert notes()[0]["highlights"][0]["state"] == "fuzzy"  # reworded: found as similar text
    orchard.unlink()
    assert run("index", "update")[0] == 0
    [entry] = notes()
    assert entry["orphaned"] is True and entry["highlights"][0]["state"] == "gone"
    target = tmp_path / "gone.csv"
    assert run("export", "-f", "csv", "-o", str(target))[0] == 0
    [row] = csv.DictReader(target.open(newline="", encoding="utf-8"))
    assert (row["orphaned"], row["highlight_state"]) == ("yes", "gone")
    orchard.write_text(body, encoding="utf-8")  # back: found again, anchored
    assert run("index", "update")[0] == 0
    assert notes()[0]["highlights"][0]["state"] == "anchored"


def test_an_export_file_has_the_mode_of_any_file_written_there(kept: Path, tmp_path: Path) -> None:
    """nu32 #8: exports were 0600 (`tempfile.mkstemp`'s mode, by the way). The oracle: a
    file `open` creates in the same folder (the umask applies); an existing file keeps its."""
    out = tmp_path / "out"
    out.mkdir()
    old = os.umask(0o027)  # not 077: a umask that agrees with 0600 would prove nothing
    try:
        plain = out / "plain.txt"
        plain.write_text("x")
        target = out / "memo.md"
        assert run("export", "-f", "markdown", "-o", str(target))[0] == 0
        assert stat.S_IMODE(target.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode) == 0o640
        target.chmod(0o604)
        assert run("export", "-f", "markdown", "-o", str(target))[0] == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o604
    finally:
        os.umask(old)
    assert sorted(p.name for p in out.iterdir()) == ["memo.md", "plain.txt"]  # no temporaries

"""`broadsheet quotes` and `broadsheet speakers`: the JSON contract, the table, the errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.quote_rows import OTHER, QUOTE, ROWS, write_rows
from tui.cli import Exit, app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def quoted(tmp_path: Path, index_dir: Path) -> Path:
    corpus = write_rows(tmp_path / "quoted", ROWS)
    code, out, _ = run("index", "rebuild", "--corpus", str(corpus))
    assert code == 0, out
    return corpus


def test_quotes_json_keeps_the_contract(quoted: Path) -> None:
    code, out, _ = run("quotes", "--corpus", str(quoted), "--json")
    assert code == 0
    groups = json.loads(out)
    assert [g["speaker"] for g in groups] == ["Anna Keller", "Tom Berg"]
    for group in groups:
        assert {"id", "text", "speaker", "occurrences", "first"} <= set(group)
        for o in group["occurrences"]:
            assert {"article", "source", "date", "text", "speaker", "start", "end"} <= set(o)
            # text is exactly the slice of the body that `show --json` prints
            code, shown, _ = run("show", o["article"], "--corpus", str(quoted), "--json")
            assert code == 0
            assert json.loads(shown)["body"][o["start"] : o["end"]] == o["text"]
    keller = groups[0]
    assert keller["first"] == keller["occurrences"][0]["article"]
    # the group's text reads as the quotation: not the comma of a1's `"...job," Keller said`,
    # which the occurrence's text (the body's slice) keeps
    assert keller["text"] == QUOTE
    assert keller["occurrences"][0]["text"] == f'"{QUOTE},"'
    assert [o["change"] for o in keller["occurrences"]][2] == "clipped"
    assert keller["occurrences"][2]["diff"][0]["op"] == "delete"


def test_quotes_filters(quoted: Path) -> None:
    def speakers(*args: str) -> list[str]:
        code, out, err = run("quotes", *args, "--corpus", str(quoted), "--json")
        assert code == 0, err
        return [g["speaker"] for g in json.loads(out)]

    assert speakers("--speaker", "berg") == ["Tom Berg"]
    assert speakers("blossom") == ["Tom Berg"]
    assert speakers("--since", "2021-05-01") == ["Anna Keller"]
    assert speakers("-n", "1") == ["Anna Keller"]
    assert speakers("no-such-word") == []


def test_quotes_table_names_first_and_changes(quoted: Path) -> None:
    code, out, _ = run("quotes", "--corpus", str(quoted))
    assert code == 0
    assert "2 quotations" in out
    assert "Anna Keller" in out and "3 outlets" in out
    assert "first" in out and "clipped" in out and "same" in out
    code, out, _ = run("quotes", "nothing-matches-this", "--corpus", str(quoted))
    assert code == 0 and "Did you mean" not in out
    assert "No quotes match 'nothing-matches-this'." in out  # named, as `stories` does (nu17)


def test_quotes_offer_the_articles_lists_respelling(quoted: Path) -> None:
    """nu16: `quotes gorsuh` said "No quotes match", where the articles list offered
    gorsuch."""
    code, out, _ = run("quotes", "blosom", "--corpus", str(quoted))
    assert code == 0 and " ".join(out.split()) == "No quotes match 'blosom'. Did you mean: blossom?"
    # a respelling that lists no quote (of this speaker) is not offered
    _, out, _ = run("quotes", "blosom", "--speaker", "keller", "--corpus", str(quoted))
    assert " ".join(out.split()) == "No quotes match 'blosom'."


def test_speakers_json_and_table(quoted: Path) -> None:
    code, out, _ = run("speakers", "--corpus", str(quoted), "--json")
    assert code == 0
    speakers = json.loads(out)
    assert speakers[0] == {
        "speaker": "Anna Keller",
        "quotes": 1,
        "occurrences": 3,
        "articles": 3,
        "outlets": speakers[0]["outlets"],
    }
    assert sorted(speakers[0]["outlets"]) == ["Coast Wire", "Harbour Times", "Valley Post"]
    code, out, _ = run("speakers", "--corpus", str(quoted))
    assert code == 0 and "Anna Keller" in out and "Tom Berg" in out


def test_bad_input_is_one_line(quoted: Path) -> None:
    code, _, err = run("quotes", "--since", "not a date at all", "--corpus", str(quoted))
    assert code == Exit.USAGE and "--since" in err and "Traceback" not in err
    code, _, err = run("quotes", "title:(", "--corpus", str(quoted))
    assert code == Exit.QUERY and len(err.strip().splitlines()) == 1


def test_an_index_without_quotes_says_to_update(tmp_path: Path, index_dir: Path) -> None:
    from index.library import Library

    corpus = write_rows(tmp_path / "quoted", ROWS)
    Library.open(corpus, index_dir, derived=()).close()  # built before quotes were kept
    code, _, err = run("quotes", "--corpus", str(corpus))
    assert code == Exit.INDEX and "broadsheet index update" in err
    assert run("index", "update", "--corpus", str(corpus))[0] == 0
    assert run("speakers", "--corpus", str(corpus))[0] == 0


def test_installed_command(quoted: Path, index_dir: Path) -> None:
    command = Path(sys.executable).parent / "broadsheet"
    if not command.exists():
        pytest.skip("the console script is not installed in this environment")
    env = {**os.environ, "BROADSHEET_INDEX_DIR": str(index_dir)}
    done = subprocess.run(
        [str(command), "quotes", "--corpus", str(quoted), "--speaker", "keller", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert [g["speaker"] for g in json.loads(done.stdout)] == ["Anna Keller"]


def test_quotes_of_a_story_are_those_its_articles_carry(quoted: Path) -> None:
    code, out, _ = run("stories", "--corpus", str(quoted), "--json", "--min-articles", "1")
    assert code == 0
    stories = json.loads(out)
    every = json.loads(run("quotes", "--corpus", str(quoted), "--json")[1])
    assert len(stories) >= 2 and every
    for story in stories:
        code, out, err = run("quotes", "--story", story["id"], "--corpus", str(quoted), "--json")
        assert code == 0, err
        members = set(story["articles"])
        want = [g for g in every if members & {o["article"] for o in g["occurrences"]}]
        assert json.loads(out) == want  # the same groups, whole, in the same order
    keller = next(s for s in stories if "a1" in s["articles"])
    code, out, _ = run(
        "quotes", "--story", keller["id"], "--speaker", "berg", "--corpus", str(quoted)
    )
    assert code == 0 and "No quotes match." in out


def test_an_unknown_story_is_one_line(quoted: Path) -> None:
    code, out, err = run("quotes", "--story", "s-none", "--corpus", str(quoted), "--json")
    # a script reads the error as JSON too (fx119): {"error", "exit"} on stdout
    assert code == Exit.NOT_FOUND and json.loads(out)["exit"] == Exit.NOT_FOUND
    assert err.strip().splitlines() == [
        "broadsheet: no story with id 's-none' (try `broadsheet stories`)"
    ]


def test_an_undated_carrier_is_listed_beside_the_first_dated(
    tmp_path: Path, index_dir: Path
) -> None:
    # "first" is the first of the dated carriers; the undated ones are said, not dropped (un24)
    undated = {"id": "a4", "title": "Story a4", "source": "Bay Daily"}
    undated["body"] = f'The quay was quiet.\n\n"{QUOTE}," Mayor Anna Keller said.'
    corpus = write_rows(tmp_path / "quoted", [*ROWS, undated])
    assert run("index", "rebuild", "--corpus", str(corpus))[0] == 0
    code, out, _ = run("quotes", "--corpus", str(corpus), "--json")
    assert code == 0
    keller, berg = json.loads(out)
    assert keller["first"] == "a1" and keller["undated_articles"] == ["a4"]
    assert "a4" in {o["article"] for o in keller["occurrences"]}
    assert berg["undated_articles"] == []
    code, out, _ = run("quotes", "--corpus", str(corpus))
    assert code == 0 and "first of dated (1 undated)" in out


def test_a_quote_one_undated_article_alone_carries_has_no_first_word(
    tmp_path: Path, index_dir: Path
) -> None:
    # nu24: "no dates: none known first" on a lone carrier's row, where no other could be first
    lone = {"id": "c1", "title": "Story c1", "source": "Bay Daily"}
    lone["body"] = f'The quay was quiet.\n\n"{OTHER}," said farmer Ruth Moss.'
    rows = [*ROWS[:3], lone, {**lone, "id": "c2", "title": "Story c2"}]
    corpus = write_rows(tmp_path / "quoted", rows)
    assert run("index", "rebuild", "--corpus", str(corpus))[0] == 0
    code, out, _ = run("quotes", "--corpus", str(corpus), "--json")
    by = {g["speaker"]: g for g in json.loads(out)}
    assert by["Ruth Moss"]["undated_articles"] == ["c1", "c2"]  # JSON as before
    assert by["Ruth Moss"]["first"] is None  # an undated article is first of none (nu42 #8)
    code, out, _ = run("quotes", "--corpus", str(corpus))
    assert code == 0 and "first: none known (no article is dated)" in out  # two undated
    corpus, alone = write_rows(tmp_path / "lone", [*ROWS[:3], lone]), str(tmp_path / "lone-index")
    assert run("index", "rebuild", "--corpus", str(corpus), "--index-dir", alone)[0] == 0
    code, out, _ = run("quotes", "--corpus", str(corpus), "--index-dir", alone)
    row = next(line for line in out.splitlines() if line.strip().endswith("c1"))
    assert code == 0 and row.split() == ["undated", "Bay", "Daily", "c1"]
    assert "none known" not in out and "first of dated" not in out


@pytest.mark.parametrize(("later", "shown"), [(True, "Berg"), (False, "Karin Berg")])
def test_a_bare_surname_is_not_named_by_a_relative_named_after_its_quote(
    tmp_path: Path, index_dir: Path, later: bool, shown: str
) -> None:
    """`quotes` and `speakers` name a bare "Berg said" by the full name its article gives
    before the quote, not by a relative named after it ("his wife, Karin Berg"; nu27: a bare
    "Trump said" was listed as Ivanka Trump, "his wife" named later)."""
    said = '"The harbour will stay open all winter whatever the council decides," Berg said.'
    wife = "He came with his wife, Karin Berg, to the quay."
    body = f"{said}\n\n{wife}" if later else f"{wife}\n\n{said}"
    row = {"id": "b1", "title": "Harbour", "source": "Coast Wire", "date": "2021-05-04"}
    corpus = write_rows(tmp_path / "berg", [{**row, "body": body}])
    code, out, _ = run("index", "rebuild", "--corpus", str(corpus))
    assert code == 0, out
    code, out, _ = run("quotes", "--corpus", str(corpus), "--json")
    assert code == 0
    assert [g["speaker"] for g in json.loads(out)] == [shown]
    code, out, _ = run("speakers", "--corpus", str(corpus), "--json")
    assert code == 0
    assert [s["speaker"] for s in json.loads(out)] == [shown]

"""Every subcommand of `broadsheet`, its output, its errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.store.generations import build_lock
from tui.cli import Exit, app, bundled_seeds

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def built(corpus: Path, index_dir: Path) -> Path:
    code, out, _ = run("index", "rebuild", "--corpus", str(corpus))
    assert code == 0, out
    return corpus


def test_bundled_seeds_exist() -> None:
    assert len(list(bundled_seeds().glob("*.txt"))) == 4


def test_rebuild_prints_a_summary(corpus: Path, index_dir: Path) -> None:
    (corpus / "bad.txt").write_bytes(b"\x00\x01binary")
    code, out, _ = run("index", "rebuild", "--corpus", str(corpus))
    assert code == 0
    assert "3 articles indexed" in out
    assert "1 skipped" in out and "bad.txt: binary file (contains NUL bytes)" in out


def test_a_skipped_json_line_gives_its_number_once(corpus: Path, index_dir: Path) -> None:
    # was "feed.jsonl:2: line 2: invalid JSON: ..."
    (corpus / "feed.jsonl").write_text('{"id": "a", "body": "Snow fell."}\nnot json\n')
    code, out, _ = run("index", "rebuild", "--corpus", str(corpus))
    assert code == 0 and "feed.jsonl:2: not valid JSON" in out and "line 2" not in out
    code, out, _ = run("index", "status", "--corpus", str(corpus))
    assert code == 0 and "feed.jsonl:2: not valid JSON" in out and "line 2" not in out


def test_global_options_before_the_command(corpus: Path, index_dir: Path) -> None:
    code, out, _ = run("--corpus", str(corpus), "index", "rebuild")
    assert code == 0 and "3 articles indexed" in out


def test_update_and_status(built: Path) -> None:
    code, out, _ = run("index", "status", "--corpus", str(built), "--json")
    assert code == 0
    status = json.loads(out)
    assert status["state"] == "fresh" and status["articles"] == 3
    (built / "new.txt").write_text("A new article about snow.\n")
    status = json.loads(run("index", "status", "--corpus", str(built), "--json")[1])
    assert status["state"].startswith("stale") and status["new_files"] == 1
    code, out, _ = run("index", "update", "--corpus", str(built))
    assert code == 0 and "1 article added, 0 changed, 0 removed" in out
    code, out, _ = run("index", "status", "--corpus", str(built))
    assert code == 0 and "fresh" in out


def test_update_counts_the_files_skipped_in_all(corpus: Path, index_dir: Path) -> None:
    """An update reads only new and changed files: it said "1 skipped" (or nothing) while
    `index status` counted every file skipped; now it says how many in all."""
    (corpus / "empty.txt").write_text("")
    assert run("index", "rebuild", "--corpus", str(corpus))[0] == 0
    (corpus / "binary.txt").write_bytes(b"\x00\x01binary")
    code, out, _ = run("index", "update", "--corpus", str(corpus))
    assert code == 0 and "1 skipped:" in out and "binary.txt" in out
    assert "2 files skipped in all: 1 file now, 1 file by earlier builds" in out
    # the command that lists them is status (a rebuild would list them only by redoing all)
    assert "(`broadsheet index status` lists them)" in out
    status = json.loads(run("index", "status", "--corpus", str(corpus), "--json")[1])
    assert status["skipped"] == 2
    (corpus / "binary.txt").unlink()
    code, out, _ = run("index", "update", "--corpus", str(corpus))
    assert code == 0 and "1 file skipped by earlier builds" in out
    # the paths are said within the corpus folder, as the reader's toast says them
    code, out, _ = run("index", "status", "--corpus", str(corpus))
    assert "\n  empty.txt: empty file" in out and str(corpus) + "/empty.txt" not in out


def test_status_without_index(corpus: Path, index_dir: Path) -> None:
    code, out, _ = run("index", "status", "--corpus", str(corpus))
    assert code == 0 and "missing" in out


def test_search_table_and_json(built: Path) -> None:
    code, out, _ = run("search", "peacekeepers", "--corpus", str(built))
    assert code == 0 and "Harbour strike ends" in out and "1 article matches" in out
    code, out, _ = run("search", "harbour", "--json", "--corpus", str(built))
    hits = json.loads(out)
    assert {h["id"] for h in hits} == {"harbour.txt", "notes/budget.md"}
    assert set(hits[0]) >= {"id", "title", "source", "date", "score", "snippet"}


def test_search_shows_a_score_only_when_ranked_by_relevance(built: Path) -> None:
    code, out, _ = run("search", "harbour", "--corpus", str(built))
    assert code == 0 and "score" in out
    code, out, _ = run("search", "harbour", "--sort", "date", "--corpus", str(built))
    assert code == 0 and "score" not in out and "0.00" not in out
    # nu18 #10: a query of a date alone ranks nothing: every row said 0.00
    code, out, _ = run("search", "date:2021", "--corpus", str(built))
    assert code == 0 and "Council approves the budget" in out, out
    assert "score" not in out and "0.00" not in out, out


def test_an_empty_query_says_what_its_filters_keep(built: Path) -> None:
    """nu19 #10: `search --source 'BBC News' ''` said "18 articles match ''"."""
    code, out, _ = run("search", "", "--source", "Valley Gazette", "--corpus", str(built))
    assert code == 0 and "match ''" not in out and "from Valley Gazette" in out, out
    code, out, _ = run("search", "", "--since", "2999-01-01", "--corpus", str(built))
    assert code == 0 and "No articles since 2999-01-01." in out, out


def test_a_source_no_outlet_is_called_says_so_and_the_names_near_it(built: Path) -> None:
    """nu16: `--source Foxnews` said "No articles match" (exit 0): the outlet was the cause;
    nu23 #6: and exits 3 (not found), nothing having been searched for."""
    code, out, err = run("search", "harbour", "--source", "valey gazete", "--corpus", str(built))
    assert code == 3 and out == ""  # nu29 #10: an error, on stderr (it was on stdout)
    assert "No outlet of this index is called 'valey gazete'" in " ".join(err.split())
    assert "Did you mean: Valley Gazette?" in " ".join(err.split())
    code, out, err = run("search", "harbour", "--json", "--source", "zzz", "--corpus", str(built))
    assert code == 3 and json.loads(out) == []
    assert "No outlet of this index is called 'zzz'." in err and "Did you mean" not in err
    # a known outlet with no hits for the query is no unknown outlet
    code, out, _ = run(
        "search", "nonesuchword", "--source", "Valley Gazette", "--corpus", str(built)
    )
    assert code == 0 and "No articles match" in out and "No outlet" not in out


def test_a_source_clause_no_outlet_is_called_says_so_too(built: Path) -> None:
    """nu16: `source:aljazeera` in a query said only "No articles match"."""
    code, out, err = run("search", 'harbour source:"valey gazete"', "--corpus", str(built))
    assert code == 3 and "No outlet of this index is called 'valey gazete'" in err and out == ""
    assert "Did you mean: Valley Gazette?" in " ".join(err.split())
    _, out, _ = run("search", "nonesuchword -source:zzz", "--corpus", str(built))
    assert "No outlet" not in out  # an outlet left out is no outlet looked for


def test_search_options(built: Path) -> None:
    _, out, _ = run(
        "search", "harbour", "--json", "--sort", "date", "--limit", "1", "--corpus", str(built)
    )
    assert [h["id"] for h in json.loads(out)] == ["notes/budget.md"]
    _, out, _ = run(
        "search", "harbour", "--json", "--source", "valley gazette", "--corpus", str(built)
    )
    assert [h["id"] for h in json.loads(out)] == ["notes/budget.md"]
    _, out, _ = run(
        "search",
        "harbour",
        "--json",
        "--since",
        "2021-01-01",
        "--until",
        "2021-12-31",
        "--corpus",
        str(built),
    )
    assert [h["id"] for h in json.loads(out)] == ["notes/budget.md"]


def test_search_builds_a_missing_index(corpus: Path, index_dir: Path) -> None:
    code, out, err = run("search", "frost", "--json", "--corpus", str(corpus))
    assert code == 0 and "built the index" in err
    assert [h["id"] for h in json.loads(out)] == ["orchard.txt"]


def test_options_after_the_double_dash_are_refused_with_the_way_out(built: Path) -> None:
    # was Click's bare "Got unexpected extra argument (--limit)", exit 2
    code, _, err = run("search", "--corpus", str(built), "--", "-x y", "--limit", "2")
    assert code == 2
    assert "--limit came after --, where every word is the query's: put options before it" in (
        " ".join(err.split())
    )
    code, _, err = run("search", "snow", "rain", "--corpus", str(built))
    assert code == 2 and "quote a query of several words" in err
    code, out, _ = run("search", "--limit", "2", "--corpus", str(built), "--", "-snow")
    assert code == 0 and "match '-snow'" in out  # options before --: the way that works


def test_search_suggests(built: Path) -> None:
    code, out, _ = run("search", "blossum", "--as-typed", "--corpus", str(built))
    assert code == 0 and "Did you mean: blossom?" in out


def test_search_shows_the_offer_when_nothing_matches(built: Path) -> None:
    """nu66: one plain word the index lacks: its offer's hits, said on stderr, with the
    way back (``--as-typed``); ``--json`` names the query each hit was found by."""
    code, out, err = run("search", "blossum", "--corpus", str(built))
    assert code == 0 and "1 article matches 'blossom'" in out and "orchard.txt" in out
    assert "Showing results for blossom; search instead for blossum: --as-typed" in err
    code, out, err = run("search", "blossum", "--json", "--corpus", str(built))
    hits = json.loads(out)
    assert [hit["id"] for hit in hits] == ["orchard.txt"]
    assert {hit["searched"] for hit in hits} == {"blossom"} and "read" in hits[0]
    code, out, _ = run("search", "blossom", "--json", "--corpus", str(built))
    assert {hit["searched"] for hit in json.loads(out)} == {"blossom"}
    for kept in ("title:blossum", '"blossum"', "blossu*", "blossum~"):  # never replaced
        code, out, err = run("search", kept, "--json", "--corpus", str(built))
        assert code == 0 and "Showing results" not in err, kept


def test_show_text_and_json(built: Path) -> None:
    code, out, _ = run("show", "harbour.txt", "--corpus", str(built))
    assert code == 0 and "Harbour strike ends after three weeks" in out
    code, out, _ = run("show", "harbour.txt", "--json", "--corpus", str(built))
    article = json.loads(out)
    expected = {
        "id",
        "title",
        "title_derived",
        "source",
        "byline",
        "dateline",
        "date",
        "body",
        "removed",
        "path",
    }
    assert expected <= set(article)
    assert article["path"].endswith("harbour.txt")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("search", "x", "--corpus", "/no/such/folder"), Exit.NOT_FOUND, "corpus not found"),
        (("show", "nope.txt"), Exit.NOT_FOUND, "no article with id 'nope.txt'"),
        (("search", '"unclosed'), Exit.QUERY, "bad query: unclosed quote at column 1"),
        (("search", "colour:red"), Exit.QUERY, "unknown field 'colour'"),
        (("search", "x", "--since", "someday"), Exit.USAGE, "--since must be a date"),
        (
            ("search", "x", "--since", "2024-06-01", "--until", "2024-05-01"),
            Exit.USAGE,
            "--since 2024-06-01 is after --until 2024-05-01: nothing can match",
        ),
        (
            ("search", "x", "--sort", "nope"),
            Exit.USAGE,
            "--sort must be one of relevance, date, newest, oldest, outlet, source (not 'nope')",
        ),
        (
            ("export", "x", "--format", "nope"),
            Exit.USAGE,
            "--format must be one of jsonl, markdown, md, csv, json, ris, csljson (not 'nope')",
        ),
    ],
)
def test_errors_are_one_line(
    built: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], code: Exit, message: str
) -> None:
    monkeypatch.setenv("BROADSHEET_CORPUS", str(built))
    exit_code, _, err = run(*args)
    assert exit_code == code
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_rebuild_while_locked(built: Path, index_dir: Path) -> None:
    with build_lock(index_dir):
        code, _, err = run("index", "rebuild", "--corpus", str(built))
    assert code == Exit.LOCKED and "a rebuild is already running" in err


def test_status_says_what_a_no_stories_index_lacks(corpus: Path, index_dir: Path) -> None:
    """nu15: `index status` said "fresh" alone after `rebuild --no-stories --no-quotes`,
    and showed "building False"."""
    assert run("index", "rebuild", "--no-stories", "--no-quotes", "--corpus", str(corpus))[0] == 0
    code, out, _ = run("index", "status", "--corpus", str(corpus))
    assert code == 0 and "fresh, but lacks quotes, stories" in " ".join(out.split())
    assert "False" not in out and "True" not in out
    status = json.loads(run("index", "status", "--corpus", str(corpus), "--json")[1])
    assert status["state"] == "fresh" and status["building"] is False  # JSON as it was
    assert status["lacks"].startswith("quotes, stories")
    assert run("index", "update", "--corpus", str(corpus))[0] == 0
    status = json.loads(run("index", "status", "--corpus", str(corpus), "--json")[1])
    assert "lacks" not in status

"""The rough edges a new user met in the CLI (nu22): each fails on the code before its fix.

- a listing cut by --limit said "5 stories" of 452 (stories, quotes, speakers);
- `search '' --source dw` said "from dw", not the outlet as the index names it;
- `notes` ran a highlight's note on from the highlight's text;
- `index status` of a stale index that lacks stories gave its advice twice over.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.quote_rows import ROWS, write_rows
from tests.story_corpus import write_corpus
from tui.cli import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def words(text: str) -> str:
    return " ".join(text.split())


# -- counts of a listing cut by --limit ---------------------------------------------------


@pytest.fixture
def news(tmp_path: Path, index_dir: Path) -> Path:
    corpus = write_corpus(tmp_path / "news" / "news.jsonl")
    assert run("index", "rebuild", "--corpus", str(corpus))[0] == 0
    return corpus


@pytest.fixture
def quoted(tmp_path: Path, index_dir: Path) -> Path:
    corpus = write_rows(tmp_path / "quoted", ROWS)
    assert run("index", "rebuild", "--corpus", str(corpus))[0] == 0
    return corpus


def count_line(limit: int, total: int, noun: str, plural: str) -> str:
    """What the heading should say: the truth taken from the JSON of the whole listing."""
    if limit < total:
        return f"{limit} of {total} {plural if total != 1 else noun}"
    return f"{total} {plural if total != 1 else noun}"


def test_stories_cut_by_limit_say_of_how_many(news: Path) -> None:
    total = len(json.loads(run("stories", "--json", "--corpus", str(news))[1]))
    assert total >= 2  # the corpus has several: a cut is possible
    for limit in range(1, total + 2):
        code, out, _ = run("stories", "--limit", str(limit), "--corpus", str(news))
        assert code == 0
        assert out.splitlines()[0].strip() == count_line(limit, total, "story", "stories"), out
        assert len(re.findall(r"^\s+s[0-9a-f]{12}\s*$", out, re.M)) == min(limit, total)


def test_quotes_and_speakers_cut_by_limit_say_of_how_many(quoted: Path) -> None:
    corpus = str(quoted)
    quotes = len(json.loads(run("quotes", "--json", "-n", "1000", "--corpus", corpus)[1]))
    speakers = len(json.loads(run("speakers", "--json", "-n", "1000", "--corpus", corpus)[1]))
    assert quotes >= 2 and speakers >= 2
    for limit in (1, quotes, quotes + 1):
        out = run("quotes", "--limit", str(limit), "--corpus", corpus)[1]
        said = count_line(limit, quotes, "quotation", "quotations")
        said += f" (-n {quotes} lists all)" if limit < quotes else ""  # nu47 #10
        assert out.splitlines()[0] == said
    for limit in (1, speakers, speakers + 1):
        out = run("speakers", "--limit", str(limit), "--corpus", corpus)[1]
        said = count_line(limit, speakers, "speaker", "speakers")
        said += f"; -n {speakers} lists all" if limit < speakers else ""
        assert out.splitlines()[0] == f"Who is quoted ({said})", out


# -- the outlet named as the index names it -----------------------------------------------

OUTLETS = {"DW": 3, "Valley Gazette": 2, "ABC News": 1}
"""The corpus's outlets (as its records spell them) and how many articles each has."""
SPELLINGS = {
    "DW": ["DW", "Deutsche Welle", "DW News"],  # the outlet table's aliases of one outlet
    "Valley Gazette": ["Valley Gazette"],
    "ABC News": ["ABC News"],
}


@pytest.fixture(scope="module")
def outlets(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("outlets")
    rows = [
        {
            "id": f"{name[:3].lower()}-{n}",
            "title": f"Report {n} of {name}",
            "source": name,
            "date": f"2021-05-0{n + 1}",
            "body": f"The harbour council met on day {n} and {name} reported the vote.",
        }
        for name, count in OUTLETS.items()
        for n in range(count)
    ]
    corpus = root / "outlets.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    index = root / "index"
    code, out, _ = run("index", "rebuild", "--corpus", str(corpus), "--index-dir", str(index))
    assert code == 0, out
    return corpus, index


@st.composite
def typed_outlets(draw: st.DrawFn) -> tuple[str, str]:
    """(the outlet as the corpus names it, a spelling of it as a user may type it: any
    case, any spaces)."""
    name = draw(st.sampled_from(sorted(OUTLETS)))
    spelling = draw(st.sampled_from(SPELLINGS[name]))
    cased = "".join(c.upper() if draw(st.booleans()) else c.lower() for c in spelling)
    gaps = [" " * draw(st.integers(1, 3)) for _ in cased.split()]
    typed = "".join(w + g for w, g in zip(cased.split(), gaps, strict=True))
    return name, typed.rstrip() if draw(st.booleans()) else typed


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=typed_outlets())
def test_an_empty_query_names_the_outlet_as_the_index_does(
    outlets: tuple[Path, Path], typed: tuple[str, str]
) -> None:
    corpus, index = outlets
    name, spelling = typed
    where = ("--corpus", str(corpus), "--index-dir", str(index))
    code, out, _ = run("search", "", "--source", spelling, *where)
    assert code == 0
    hits = json.loads(run("search", "", "--json", "--source", spelling, *where)[1])
    [indexed] = {hit["source"] for hit in hits}  # the outlet as the index names it ("DW":
    count = OUTLETS[name]  # "Deutsche Welle", the outlet table's name)
    assert len(hits) == count
    assert out.splitlines()[0] == f"{count} article{'s' * (count != 1)} from {indexed}", out
    # and where nothing is left: "No articles from Deutsche Welle since ..."
    _, out, _ = run("search", "", "--source", spelling, "--since", "2999-01-01", *where)
    assert words(out) == f"No articles from {indexed} since 2999-01-01."


def test_an_outlet_with_no_name_near_it_gets_the_outlets_listed(
    outlets: tuple[Path, Path],
) -> None:
    corpus, index = outlets
    where = ("--corpus", str(corpus), "--index-dir", str(index))
    code, out, err = run("search", "", "--source", "qqqq", *where)
    # 3 (not found): nothing was searched for (nu23 #6); on stderr (nu29 #10)
    assert code == 3 and out == ""
    assert words(err).startswith("No outlet of this index is called 'qqqq'.")
    listed = words(err).split("Its outlets: ", 1)[1].removesuffix(".")
    hits = json.loads(run("search", "", "--json", *where)[1])
    assert sorted(listed.split(", ")) == sorted({hit["source"] for hit in hits})


# -- a highlight's note apart from its text -----------------------------------------------


def test_notes_put_a_highlights_note_on_its_own_line(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BROADSHEET_CORPUS", str(corpus))
    assert run("highlight", "harbour.txt", "-q", "The union said", "--note", "key line")[0] == 0
    note = "first thought\nsecond thought"
    assert run("highlight", "harbour.txt", "-q", "Dock workers", "--note", note)[0] == 0
    code, out, _ = run("notes")
    assert code == 0
    lines = [line.rstrip() for line in out.splitlines()]
    quoted = next(i for i, line in enumerate(lines) if "“The union said”" in line)
    assert lines[quoted].endswith("“The union said”")  # nothing after the passage's end
    assert lines[quoted + 1].strip() == "note: key line"
    docks = next(i for i, line in enumerate(lines) if "“Dock workers”" in line)
    assert lines[docks + 1 : docks + 3] == ["  note: first thought", "        second thought"]
    memo = run("export", "--format", "markdown")[1]
    assert "> The union said\n\nNote: key line\n" in memo
    assert "> Dock workers\n\nNote: first thought\nsecond thought\n" in memo


# -- a stale index that lacks stories and quotes ------------------------------------------


def test_status_of_a_stale_index_that_lacks_kinds_says_both_once(
    corpus: Path, index_dir: Path
) -> None:
    where = ("--corpus", str(corpus))
    assert run("index", "rebuild", "--no-stories", "--no-quotes", *where)[0] == 0
    (corpus / "orchard.txt").write_text("Apple growers rest\n\nThe frost has passed.\n")
    code, out, _ = run("index", "status", *where)
    assert code == 0
    said = words(out)
    assert (
        "state stale, and lacks quotes, stories (run `broadsheet index update`; it adds them too)"
        in said
    ), out
    assert said.count("broadsheet index update") == 1
    status = json.loads(run("index", "status", "--json", *where)[1])  # the JSON as it was
    assert status["state"].startswith("stale") and status["lacks"].startswith("quotes, stories")
    assert run("index", "update", *where)[0] == 0  # the advice given does both
    assert words(run("index", "status", *where)[1]).count("state fresh verified") == 1

"""`outlets lean` keeps an outlet under the corpus's own name, refuses a name of no outlet
(exit 3, as `search --source`), and `outlets` reads a map written under aliases (nu42 #4);
`export` of the seeds by default says so (nu42 #9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tui.cli import Exit, app
from tui.outlet_leans import leans_path, read_leans

runner = CliRunner()

OUTLETS = {"The New York Times": 3, "Fox News": 2, "Reuters": 1}


@pytest.fixture
def news(tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    corpus = tmp_path / "news"
    corpus.mkdir()
    rows = [
        {
            "id": f"{outlet[:3]}-{i}",
            "title": f"Vote {i} of {outlet}",
            "source": outlet,
            "body": f"The senate voted on the bill, report {i}.",
            "date": "2021-06-0{i}",
        }
        for outlet, count in OUTLETS.items()
        for i in range(1, count + 1)
    ]
    (corpus / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    monkeypatch.setenv("BROADSHEET_CORPUS", str(corpus))
    assert runner.invoke(app, ["index", "rebuild"]).exit_code == 0
    return corpus


def leans() -> dict[str, str | None]:
    rows = json.loads(runner.invoke(app, ["outlets", "--json"]).stdout)
    return {row["outlet"]: row["lean"] for row in rows}


@pytest.mark.parametrize("typed", ["nyt", "NYT", "New York Times", " the new  york times "])
def test_a_spelling_of_an_outlet_is_kept_under_its_name(news: Path, typed: str) -> None:
    result = runner.invoke(app, ["outlets", "lean", typed, "left"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("The New York Times: left (in ")
    assert read_leans() == {"The New York Times": "left"}
    assert leans()["The New York Times"] == "left"


def test_setting_it_again_in_another_spelling_replaces_it(news: Path) -> None:
    runner.invoke(app, ["outlets", "lean", "nyt", "left"])
    runner.invoke(app, ["outlets", "lean", "New York Times", "right"])
    assert read_leans() == {"The New York Times": "right"}
    assert runner.invoke(app, ["outlets", "lean", "NYT", "none"]).stdout.startswith(
        "The New York Times: no lean"
    )
    assert read_leans() == {}


def test_a_name_of_no_outlet_is_refused_with_the_names_near_it(news: Path) -> None:
    result = runner.invoke(app, ["outlets", "lean", "Foxx Newz", "right"])
    assert result.exit_code == Exit.NOT_FOUND
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "broadsheet: No outlet of this index is called 'Foxx Newz'. Did you mean: Fox News? "
        "Use --new to keep it as typed."
    ]
    assert not leans_path().exists()
    far = runner.invoke(app, ["outlets", "lean", "Zzqx", "left"])  # none near: the few outlets
    assert far.exit_code == Exit.NOT_FOUND
    assert "Its outlets: The New York Times, Fox News, Reuters." in far.stderr


def test_new_keeps_a_name_as_typed_and_none_takes_it_out(news: Path) -> None:
    result = runner.invoke(app, ["outlets", "lean", "Valley Gazette", "center", "--new"])
    assert result.exit_code == 0, result.output
    assert read_leans() == {"Valley Gazette": "center"}
    # an entry of the map is taken out without --new, though no outlet is called so
    taken = runner.invoke(app, ["outlets", "lean", "valley gazette", "none"])
    assert taken.exit_code == 0, taken.output
    assert read_leans() == {}


def test_a_map_written_under_aliases_reads_as_the_corpus_outlets(news: Path) -> None:
    path = leans_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"nyt": "left", "Fox News Channel": "right"}), "utf-8")
    assert leans() == {"The New York Times": "left", "Fox News": None, "Reuters": None}
    stories = json.loads(runner.invoke(app, ["stories", "--json", "-n", "50"]).stdout)
    assert stories  # the corpus' articles tell one story at least
    told = sum(s["coverage"]["left"] for s in stories)
    assert told  # the map's "nyt" counts them left
    assert told == sum(1 for s in stories for a in s["articles"] if a.startswith("The"))


def test_the_group_corpus_option_reaches_lean(
    news: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BROADSHEET_CORPUS")
    monkeypatch.delenv("BROADSHEET_INDEX_DIR")  # the seeds' index, in the user's data folder
    seeds = runner.invoke(app, ["outlets", "lean", "nyt", "left"])  # the seeds have no NYT
    assert seeds.exit_code == Exit.NOT_FOUND
    assert seeds.stderr.rstrip().endswith("Use --new to keep it as typed, or --corpus DIR.")
    group = ["outlets", "--corpus", str(news), "--index-dir", str(index_dir)]
    result = runner.invoke(app, [*group, "lean", "nyt", "left"])
    assert result.exit_code == 0, result.output
    assert read_leans() == {"The New York Times": "left"}


def test_export_of_the_seeds_by_default_says_so(
    news: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BROADSHEET_CORPUS")
    monkeypatch.delenv("BROADSHEET_INDEX_DIR")  # the seeds' index, in the user's data folder
    seeds = runner.invoke(app, ["export"])
    assert seeds.exit_code == 0, seeds.output
    assert "broadsheet: corpus: seeds (bundled); use --corpus DIR" in seeds.stderr.splitlines()
    named = runner.invoke(app, ["export", "--corpus", str(news), "--index-dir", str(index_dir)])
    assert named.exit_code == 0 and "seeds" not in named.stderr
    assert len(named.stdout.splitlines()) == sum(OUTLETS.values())

"""`broadsheet compare` with two to eight articles: outputs, the JSON contract, errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import write_corpus
from tests.wirestory import STORY
from tui.cli import Exit, app

runner = CliRunner()
IDS = ["wire.md", "herald.md", "ledger.md", "gazette.md"]


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def story(tmp_path: Path, index_dir: Path) -> Path:
    corpus = write_corpus(tmp_path / "story", STORY)
    code, out, _ = run("index", "rebuild", "--corpus", str(corpus))
    assert code == 0, out
    return corpus


def words(text: str) -> str:
    """Text as its lower-case words, one space apart (case and punctuation aside)."""
    return " ".join(re.findall(r"\w+", text.lower()))


def compare_json(story: Path, *args: str) -> dict[str, object]:
    code, out, err = run("compare", *args, "--corpus", str(story), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


def test_json_contract_for_four(story: Path) -> None:
    data = compare_json(story, *IDS)
    assert {"articles", "passages", "only_in", "quotes"} <= set(data)
    articles = data["articles"]
    assert isinstance(articles, list)
    assert [a["id"] for a in articles] == IDS
    assert all(set(a) == {"id", "title", "source", "date", "url"} for a in articles)
    assert articles[0]["source"] == "Coast Wire" and articles[0]["date"] == "2024-04-08"
    passages = data["passages"]
    assert isinstance(passages, list) and passages
    for passage in passages:
        assert passage["kind"] in {"verbatim", "paraphrase"}
        assert set(passage["articles"]) <= set(IDS) and len(passage["articles"]) >= 2
    verbatim = [p for p in passages if p["kind"] == "verbatim"]
    assert any(set(p["articles"]) == {"wire.md", "herald.md"} for p in verbatim)
    only_in = data["only_in"]
    assert isinstance(only_in, dict) and set(only_in) == set(IDS)
    assert all(set(v) == {"sentences", "names", "numbers", "partly"} for v in only_in.values())
    assert "coverage" not in data  # only with --base


def test_verbatim_passages_occur_in_every_listed_article(story: Path) -> None:
    data = compare_json(story, *IDS)
    texts = {i: words(STORY[i].split("---\n")[-1]) for i in IDS}
    passages = data["passages"]
    assert isinstance(passages, list)
    verbatim = [p for p in passages if p["kind"] == "verbatim"]
    assert verbatim
    for passage in verbatim:
        for article in passage["articles"]:
            assert words(passage["text"]) in texts[article]


def test_only_in_merges_name_variants_and_numbers_by_value(story: Path) -> None:
    only_in = compare_json(story, *IDS)["only_in"]
    assert isinstance(only_in, dict)
    # "Mayor Helen Okafor", "Mayor Okafor" and "Ms. Okafor" are one person, in three articles
    for article in ("wire.md", "herald.md", "ledger.md"):
        assert not any("Okafor" in name for name in only_in[article]["names"])
    assert any("Dominguez" in name for name in only_in["herald.md"]["names"])
    assert any("Solberg" in name for name in only_in["gazette.md"]["names"])
    # "$1.5 billion" and "1.5bn dollars" have the same value: neither is only in one
    assert not only_in["wire.md"]["numbers"] and not only_in["ledger.md"]["numbers"]
    assert "40 percent" in only_in["herald.md"]["numbers"]
    assert only_in["gazette.md"]["sentences"]  # the gazette tells another part of the story


def test_base_adds_the_heat_map(story: Path) -> None:
    data = compare_json(story, *IDS[:3], "--base", "herald.md")
    assert data["base"] == "herald.md"
    coverage = data["coverage"]
    assert isinstance(coverage, list)
    assert coverage[0]["carried_by"] == 2  # the wire's first sentence is in all three
    assert {c["article"] for c in coverage[0]["carriers"]} == {"wire.md", "ledger.md"}
    assert all(len(row["cells"]) == 3 for row in data["alignment"])  # type: ignore[attr-defined]


def test_two_articles_keep_the_two_way_keys(story: Path) -> None:
    data = compare_json(story, "wire.md", "herald.md")
    assert {"articles", "passages", "only_in", "quotes"} <= set(data)
    assert {"a", "b", "summary", "sentences", "two_way"} <= set(data)
    assert data["a"]["id"] == "wire.md"  # type: ignore[index]
    code, out, _ = run("compare", "wire.md", "herald.md", "--corpus", str(story))
    assert code == 0 and "Overall similarity" in out  # the side-by-side table


def test_table_and_markdown_for_three(story: Path) -> None:
    code, out, _ = run("compare", *IDS[:3], "--corpus", str(story), "--base", "wire.md")
    assert code == 0
    assert "Coast Wire" in out and "Evening Ledger" in out and "Heat map over 1" in out
    assert "Only in 2 Bay Herald" in out and "Dominguez" in out
    code, md, _ = run("compare", *IDS[:3], "--corpus", str(story), "--markdown")
    assert code == 0
    assert md.startswith("# Comparison of 3 articles")
    assert "## Shared passages" in md and "## Only in 3 Evening Ledger" in md
    code, same, _ = run("compare", *IDS[:3], "--corpus", str(story), "--format", "markdown")
    assert code == 0 and same == md


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["wire.md"], "compare needs 2 to 8 article ids, got 1"),
        ([f"a{k}" for k in range(9)], "compare takes at most 8 article ids, got 9"),
        (["wire.md", "herald.md", "wire.md"], "article 'wire.md' is given twice"),
        (["wire.md", "herald.md", "--base", "ledger.md"], "is not one of the articles"),
    ],
)
def test_refusals_are_one_line(story: Path, args: list[str], message: str) -> None:
    code, out, err = run("compare", *args, "--corpus", str(story))
    assert code == Exit.USAGE and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_unknown_article(story: Path) -> None:
    code, _, err = run("compare", "wire.md", "nope.md", "herald.md", "--corpus", str(story))
    assert code == Exit.NOT_FOUND and "no article with id 'nope.md'" in err


def test_the_installed_command(story: Path, index_dir: Path) -> None:
    command = Path(sys.executable).parent / "broadsheet"
    if not command.exists():
        pytest.skip("the broadsheet command is not installed beside this Python")
    done = subprocess.run(
        [str(command), "compare", *IDS, "--corpus", str(story), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert [a["id"] for a in json.loads(done.stdout)["articles"]] == IDS
    done = subprocess.run(
        [str(command), "compare", "wire.md", "--corpus", str(story)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == int(Exit.USAGE)
    assert done.stderr.strip() == "broadsheet: compare needs 2 to 8 article ids, got 1"


def test_only_in_sentences_are_wrapped_whole_not_cut_at_the_edge(story: Path) -> None:
    """nu15: at 80 columns each sentence of "Only in" stopped at the panel's edge, no "…"."""
    data = compare_json(story, *IDS)
    only_in = data["only_in"]
    assert isinstance(only_in, dict)
    sentences = [s for v in only_in.values() for s in v["sentences"] if len(s) > 74]
    assert sentences, "the story has a long sentence only one article tells"
    code, out, _ = run("compare", *IDS, "--corpus", str(story))
    assert code == 0
    for sentence in sentences:
        assert words(sentence[:150]) in words(out)  # whole, if over several lines


APART = {
    "orchard.md": "---\ntitle: Orchard picks early\nsource: Valley Post\n---\n"
    "Growers in the valley began picking apples a fortnight early after a warm spring.\n",
    "chess.md": "---\ntitle: Chess club wins league\nsource: Town Crier\n---\n"
    "The town chess club took the county league title on the final board of the season.\n",
    "tram.md": "---\ntitle: Tram line reopens\nsource: City Desk\n---\n"
    "Trams ran again along the river line on Sunday after a month of track repairs.\n",
}


def test_no_shared_passage_is_said_not_an_empty_table(tmp_path: Path, index_dir: Path) -> None:
    corpus = write_corpus(tmp_path / "apart", APART)
    said = "No passage is shared by any two of the 3 articles, word for word or in other words."
    code, out, _ = run("compare", *APART, "--corpus", str(corpus))
    assert code == 0
    assert said in " ".join(out.split()) and "Shared passages (0)" not in out
    code, md, _ = run("compare", *APART, "--corpus", str(corpus), "--markdown")
    assert code == 0 and f"## Shared passages\n\n{said}\n" in md

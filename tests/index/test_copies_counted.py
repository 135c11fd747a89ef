"""Every count a person reads leaves exact copies (`index.copies`) out: a corpus with copies
shows the same story sizes, first lines, followed counts and quote groups as the same corpus
with its copies deleted first, and related articles among its (never the article's own text,
nor a text twice: the story model's stored neighbours may hold a copy, one fewer then)
(issue 16; nu22 item 1)."""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.library import Library
from tests.conftest import write_corpus
from tui import notebook_ops
from tui.cli import app

TOPICS = {
    "dam": (
        "Oroville dam spillway erosion forced evacuation of residents downstream as engineers "
        "inspected the damaged concrete channel and the reservoir kept rising after storms.",
        '"We are doing everything we can to protect the people of Butte County," said Kory Honea.',
    ),
    "frost": (
        "A late frost ruined apricot orchards across the valley and growers counted their losses "
        "while insurers sent assessors to inspect blackened blossoms on thousands of trees.",
        '"This is the worst spring freeze our family has seen in forty years," said Maria Lopez.',
    ),
    "rail": (
        "Commuter rail strike halted trains across the capital as unions demanded higher wages "
        "and the transport ministry warned of long delays for travellers on every line.",
        '"Our members have been left with no choice but to walk out," said union leader Tom Reed.',
    ),
}
OUTLETS = ("Herald", "Ledger", "Courier")


def _article(topic: str, number: int) -> str:
    lede, quote = TOPICS[topic]
    outlet = OUTLETS[number]
    body = f"{lede} {outlet} reporters were there on day {number + 1}.\n\n{quote}\n"
    title = f"{topic.title()} report {number + 1} from {outlet}"
    return f"---\ntitle: {title}\nsource: {outlet}\ndate: 2021-02-1{2 + number // 2}\n---\n{body}"


BASE = {f"{topic}{n}.md": _article(topic, n) for topic in TOPICS for n in range(3)}


def _seen(library: Library) -> dict[str, Any]:
    """What a person reads of the corpus: per story (named by its articles' base names), its
    size, its JSON articles, its first line's tie, the followed count; the quote groups'
    sizes and ties; each article's related ones (base names) and whether a text repeats there."""

    def base(article_id: str) -> str:
        return article_id.rsplit("_", 1)[-1]

    runner = CliRunner()
    corpus = ["--corpus", str(library.corpus), "--index-dir", str(library.index_dir)]
    listed = json.loads(runner.invoke(app, ["stories", "--json", *corpus]).stdout)
    stories = {}
    with library.notebook() as notebook:
        for record in listed:
            told = json.loads(runner.invoke(app, ["story", record["id"], "--json", *corpus]).stdout)
            notebook_ops.follow(library, notebook, record["id"])
            key = frozenset(base(i) for i in record["articles"])
            stories[key] = (
                library.story(record["id"]).story.size,
                len(record["articles"]),
                len(told["articles"]),
                sum(day["count"] for day in told["timeline"]),
                len(record["first_tied"]),
                len(told["first_tied"]),
            )
        followed = sorted(
            len(n.articles or ()) for n in notebook_ops.followed_news(library, notebook)
        )
    quotes = json.loads(runner.invoke(app, ["quotes", "--json", "-n", "100", *corpus]).stdout)
    groups = Counter(
        (g["text"], len({o["article"] for o in g["occurrences"]}), len(g["first_tied"]))
        for g in quotes
    )
    same = library.copies()
    related = {}
    for article_id in sorted(library.titles(BASE)):  # every base text, whichever id holds it
        own = same.get(article_id, article_id)
        found = [r.id for r in library.related(article_id, 20)]
        assert own not in found and not any(same.get(i) == own for i in found)
        assert len({same.get(i, i) for i in found}) == len(found)  # no text twice
        related[base(article_id)] = sorted(base(i) for i in found)
    return {"stories": stories, "followed": followed, "groups": groups, "related": related}


def _seen_in(files: dict[str, str]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as top:
        corpus = write_corpus(Path(top) / "corpus", files)
        with Library.open(corpus, Path(top) / "index") as library:
            library.rebuild()
            library.refresh()
            return _seen(library)


@cache
def _without() -> dict[str, Any]:
    """What a person reads of the corpus without copies (built once)."""
    return _seen_in(BASE)


@settings(max_examples=8)
@given(
    copies=st.dictionaries(
        st.sampled_from(sorted(BASE)),
        st.lists(st.sampled_from(["0", "9", "x"]), min_size=1, max_size=2, unique=True),
        max_size=4,
    )
)
def test_counts_are_those_of_the_corpus_without_its_copies(copies: dict[str, list[str]]) -> None:
    """A copy named "0_dam1.md" takes the original's place (the least id); "9_…", "x_…"
    come after it: whichever id holds a text, the counts are those of the text once."""
    without = _without()
    files = dict(BASE)
    for name, prefixes in copies.items():
        files.update({f"{prefix}_{name}": BASE[name] for prefix in prefixes})
    seen = _seen_in(files)
    related = seen.pop("related")
    assert seen == {k: v for k, v in without.items() if k != "related"}
    for article_id, found in related.items():  # a copy can take one of the neighbours the
        assert set(found) <= set(without["related"][article_id])  # model keeps: no more
    assert seen["stories"]  # the corpus has stories to count
    for size, listed, told, per_day, *_ in seen["stories"].values():
        assert size == listed == told == per_day  # the row, JSON, screen and chart agree


def test_the_cli_and_the_picker_count_a_copy_once(tmp_path: Path, index_dir: Path) -> None:
    files = {**BASE, "dam0_again.md": BASE["dam0.md"]}
    corpus = write_corpus(tmp_path / "corpus", files)
    runner = CliRunner()
    where = ["--corpus", str(corpus), "--index-dir", str(index_dir)]
    assert runner.invoke(app, ["index", "rebuild", *where]).exit_code == 0
    with Library.open(corpus, index_dir) as library:
        assert dict(library.sources())["Herald"] == 3  # the picker's count (was 4)
        for article_id in ("dam0.md", "dam0_again.md"):  # compared with dam1 and dam2 alone
            assert library.story_wording(article_id).compared == 2
        (story,) = [s for s in library.stories() if "dam0.md" in s.article_ids]
        assert story.copies == ("dam0_again.md",) and story.counted == (
            "dam0.md",
            "dam1.md",
            "dam2.md",
        )
    plain = runner.invoke(app, ["story", story.id, *where]).stdout
    assert "3 articles" in plain and "2 articles the same day" in plain
    assert "same text also in (counted once): dam0_again.md" in plain
    exported = runner.invoke(app, ["export", "--story", story.id, "--format", "json", *where])
    assert [r["article"] for r in json.loads(exported.stdout)["articles"]] == list(story.counted)
    related = json.loads(runner.invoke(app, ["related", "dam0_again.md", "--json", *where]).stdout)
    assert {"dam0.md", "dam0_again.md"}.isdisjoint(r["id"] for r in related)


def test_a_duplicate_id_says_what_to_do(tmp_path: Path, index_dir: Path) -> None:
    record = json.dumps(
        {"id": "same", "title": "Dam", "source": "Herald", "body": TOPICS["dam"][0]}
    )
    corpus = write_corpus(tmp_path / "corpus", {"a.json": record, "a_again.json": record})
    with Library.open(corpus, index_dir) as library:
        (skipped,) = library.rebuild().skipped
    assert skipped.reason == (
        "duplicate id 'same' (first in a.json): "
        'delete the file if it is the same article, else give its record another "id"'
    )

"""An update of an edited JSON Lines file re-indexes only the records that changed (jr32).

The oracle: the edited file rebuilt from scratch. After any sequence of edits (a line
dropped, inserted, edited, moved, a url given to a second record), the live index the
update made holds the articles the rebuild holds, field for field, and so does a derived
kind (`Seen`); the report counts the articles added, changed and removed by id, as the two
rebuilds before and after the edit tell them apart; and the derived kind is handed only
the articles added or changed (`index.store.derive.Streamed` / `derive_changes`).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.ingest import records as records_module
from index.ingest.articles import make_article
from index.ingest.records import Keys, line_id, repeated_urls
from index.library import Library
from index.models import Article, ProgressCallback
from index.store.build import rebuild
from index.store.generations import MANIFEST, current_generation, load_manifest
from index.store.update import update

TITLES = ["Harbour cranes", "Rail strike", "Storm warning"]
BODIES = [
    f"Body {n}. The harbour board met on Tuesday and the cranes stood still." for n in range(4)
]
URLS = [f"https://news.test/{n}" for n in range(3)]


class Seen:
    """An extracting kind that keeps each article's title and body, and notes which
    articles its last update was given."""

    name = "seen"

    def extract(self, article: Article) -> list[str]:
        return [article.id, article.title, article.body]

    def build(
        self, values: Iterable[Any], folder: Path, on_progress: ProgressCallback | None
    ) -> None:
        self._write(folder, {value[0]: value[1:] for value in values}, None)

    def update(
        self,
        previous: Path,
        added: Iterable[Any],
        removed: Collection[str],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        held = json.loads((previous / "seen.json").read_text(encoding="utf-8"))
        for article_id in removed:
            held.pop(article_id, None)
        given = list(added)
        held.update({value[0]: value[1:] for value in given})
        self._write(folder, held, [value[0] for value in given])

    @staticmethod
    def _write(folder: Path, held: dict[str, Any], given: list[str] | None) -> None:
        (folder / "seen.json").write_text(json.dumps(held, sort_keys=True), encoding="utf-8")
        (folder / "given.json").write_text(json.dumps(given), encoding="utf-8")


def _record(
    kind: str, number: int, title: int, body: int, url: int, date: str | None = None
) -> dict[str, Any]:
    record: dict[str, Any] = {"title": TITLES[title], "body": BODIES[body]}
    if date is not None:  # "soon": a bad field, said as a skip by its line (nu31 #7)
        record["date"] = date
    if kind == "id":
        record["id"] = f"r{number}"
    elif kind == "url":
        record["url"] = URLS[url]
    return record


records = st.builds(
    _record,
    st.sampled_from(["id", "url", "none"]),
    st.integers(0, 12),
    st.integers(0, len(TITLES) - 1),
    st.integers(0, len(BODIES) - 1),
    st.integers(0, len(URLS) - 1),
    st.sampled_from([None, "2021-03-04", "soon"]),
)
lines = st.one_of(records.map(json.dumps), st.just("{not json"))
edits = st.lists(
    st.tuples(
        st.sampled_from(["drop", "insert", "title", "body", "move", "url"]),
        st.integers(0, 30),
        st.integers(0, 30),
        lines,
    ),
    min_size=1,
    max_size=5,
)


def _edited(rows: list[str], steps: list[tuple[str, int, int, str]]) -> list[str]:
    rows = list(rows)
    for op, at, to, line in steps:
        if op == "insert" or not rows:
            rows.insert(at % (len(rows) + 1), line)
            continue
        at %= len(rows)
        if op == "drop":
            del rows[at]
        elif op == "move":
            rows.insert(to % len(rows), rows.pop(at))
        elif rows[at].startswith("{not"):
            rows[at] = line
        else:
            record = json.loads(rows[at])
            if op == "title":
                record["title"] = TITLES[(TITLES.index(record["title"]) + 1) % len(TITLES)]
            elif op == "body":
                record["body"] = BODIES[(BODIES.index(record["body"]) + 1) % len(BODIES)]
            else:  # another record's url, or a url of the pool: two records of one url
                record["url"] = URLS[to % len(URLS)]
            rows[at] = json.dumps(record)
    return rows


def _records(rows: list[str]) -> dict[str, str]:
    """Each id's record (the first of an id), as `index.ingest.held` names them."""
    keys, found = Keys(repeated_urls((0, row.encode()) for row in rows)), {}
    for row in rows:
        if not row.startswith("{not"):
            found.setdefault(line_id("feed.jsonl", json.loads(row), keys) or "", row)
    return found


def _write(corpus: Path, rows: list[str]) -> None:
    text = "".join(row + "\n" for row in rows)
    (corpus / "feed.jsonl").write_text(text or "\n", encoding="utf-8")
    other = corpus / "other.json"  # never changed: an update never reads it
    if not other.exists():
        other.write_text(json.dumps({"id": "o1", "body": BODIES[0]}), encoding="utf-8")


def _live(corpus: Path, folder: Path) -> tuple[dict[str, Article], str]:
    with Library.open(corpus, folder, derived=(Seen(),)) as library:
        articles = {article.id: article for article in library.articles()}
        seen = library.derived_folder("seen")
        assert seen is not None
        return articles, (seen / "seen.json").read_text(encoding="utf-8")


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(before=st.lists(lines, min_size=1, max_size=10), steps=edits)
def test_an_update_of_edited_records_is_the_rebuild_of_the_edited_file(
    tmp_path: Path, before: list[str], steps: list[tuple[str, int, int, str]]
) -> None:
    shutil.rmtree(tmp_path / "run", ignore_errors=True)
    corpus, live, fresh = (tmp_path / "run" / name for name in ("corpus", "live", "fresh"))
    corpus.mkdir(parents=True)
    _write(corpus, before)
    rebuild(corpus, live, procs=1, derived=(Seen(),))
    old, _ = _live(corpus, live)
    _write(corpus, _edited(before, steps))
    report = update(corpus, live, procs=1, derived=(Seen(),))
    rebuild(corpus, fresh, procs=1, derived=(Seen(),))
    assert _live(corpus, live) == _live(corpus, fresh)
    new, _ = _live(corpus, fresh)
    # changed: an id whose record is another (its bytes), which its article may not show
    # (a bad date edited); an id whose article differs always is
    was, now = _records(before), _records(_edited(before, steps))
    changed = {i for i in old.keys() & new.keys() if was.get(i) != now.get(i)}
    assert {i for i in old.keys() & new.keys() if old[i] != new[i]} <= changed
    added, removed = new.keys() - old.keys(), old.keys() - new.keys()
    assert (report.added, report.changed, report.removed) == (
        len(added),
        len(changed),
        len(removed),
    )
    generation = current_generation(live)
    assert generation is not None
    given = json.loads((generation / "seen" / "given.json").read_text(encoding="utf-8"))
    assert sorted(given) == sorted(added | changed)  # the derived kinds see only these
    entry = load_manifest(generation)["files"]["feed.jsonl"]
    assert entry == load_manifest(current_generation(fresh) or generation)["files"]["feed.jsonl"]


@pytest.mark.parametrize("procs", [1, 2])
def test_one_record_edited_in_many_is_one_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, procs: int
) -> None:
    """The other records are parsed, not cleaned: one article is made, and the derived
    kind is given that one (with two processes: streamed to its forked child)."""
    corpus, live = tmp_path / "corpus", tmp_path / "live"
    corpus.mkdir()
    rows = [json.dumps(_record("id", n, n % 3, n % 4, 0)) for n in range(60)]
    _write(corpus, rows)
    rebuild(corpus, live, procs=1, derived=(Seen(),))
    rows[30] = json.dumps(_record("id", 30, 0, 0, 0, date="2021-03-04"))
    _write(corpus, rows)
    made: list[str] = []

    def counted(*args: Any, **kwargs: Any) -> Article:
        made.append(args[1])
        return make_article(*args, **kwargs)

    monkeypatch.setattr(records_module, "make_article", counted)
    report = update(corpus, live, procs=procs, derived=(Seen(),))
    assert (report.added, report.changed, report.removed, report.indexed) == (0, 1, 0, 1)
    assert len(made) == 1
    generation = current_generation(live)
    assert generation is not None
    assert json.loads((generation / "seen" / "given.json").read_text(encoding="utf-8")) == ["r30"]
    fresh = tmp_path / "fresh"
    rebuild(corpus, fresh, procs=procs, derived=(Seen(),))
    assert _live(corpus, live) == _live(corpus, fresh)
    assert "1 changed" in report.summary


def test_an_index_without_record_digests_updates_the_whole_file(tmp_path: Path) -> None:
    """An index built before the digests (its manifest entry has none): the file is read
    again whole, once, and the digests are kept from then on."""
    corpus, live = tmp_path / "corpus", tmp_path / "live"
    corpus.mkdir()
    rows = [json.dumps({"id": f"r{n}", "body": BODIES[n % 4]}) for n in range(8)]
    _write(corpus, rows)
    rebuild(corpus, live, procs=1)
    generation = current_generation(live)
    assert generation is not None
    manifest = load_manifest(generation)
    del manifest["files"]["feed.jsonl"]["records"]
    (generation / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    rows[2] = json.dumps({"id": "r2", "body": BODIES[3]})
    _write(corpus, rows)
    report = update(corpus, live, procs=1)
    # the whole file, this once: each record re-indexed and said changed, as before jr32
    assert (report.added, report.changed, report.removed, report.indexed) == (0, 8, 0, 8)
    rows[5] = json.dumps({"id": "r5", "body": BODIES[0]})
    _write(corpus, rows)
    report = update(corpus, live, procs=1)
    assert (report.changed, report.indexed) == (1, 1)


def _write_two(corpus: Path, first: list[str] | None, second: list[str]) -> None:
    """a.jsonl (None: gone) and b.jsonl, which share ids and urls (fx36a, rv32 #1); a file
    as it was is not written (an update then does not read it)."""
    for name, rows in (("a.jsonl", first), ("b.jsonl", second)):
        path = corpus / name
        text = "".join(row + "\n" for row in rows or ()) or "\n"
        if rows is None:
            path.unlink(missing_ok=True)
        elif not path.exists() or path.read_text("utf-8") != text:
            path.write_text(text, "utf-8")
    if not (corpus / "feed.jsonl").exists():
        _write(corpus, [json.dumps({"id": "f1", "body": BODIES[1]})])


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.lists(lines, min_size=1, max_size=6),
    second=st.lists(lines, min_size=1, max_size=6),
    steps=edits,
    which=st.sampled_from(["a", "b", "both", "a gone"]),
)
def test_an_update_of_two_files_sharing_ids_is_the_rebuild(
    tmp_path: Path, first: list[str], second: list[str], steps: Any, which: str
) -> None:
    """Two files whose records share ids and urls (the second file's skipped as duplicates
    of the first's), either edited or the first gone: the update is the rebuild, articles,
    derived kind and manifest entries (their skips) alike, and counts what came and went."""
    shutil.rmtree(tmp_path / "run", ignore_errors=True)
    corpus, live, fresh = (tmp_path / "run" / name for name in ("corpus", "live", "fresh"))
    corpus.mkdir(parents=True)
    _write_two(corpus, first, second)
    rebuild(corpus, live, procs=1, derived=(Seen(),))
    old, _ = _live(corpus, live)
    after = _edited(first, steps) if which in ("a", "both") else first
    _write_two(
        corpus,
        None if which == "a gone" else after,
        _edited(second, steps) if which in ("b", "both") else second,
    )
    report = update(corpus, live, procs=1, derived=(Seen(),))
    rebuild(corpus, fresh, procs=1, derived=(Seen(),))
    assert _live(corpus, live) == _live(corpus, fresh)
    new, _ = _live(corpus, fresh)
    added, removed = new.keys() - old.keys(), old.keys() - new.keys()
    assert (report.added, report.removed) == (len(added), len(removed))
    live_files = load_manifest(current_generation(live) or live)["files"]
    assert live_files == load_manifest(current_generation(fresh) or fresh)["files"]

"""The index never lies: what older rules made (`index.rules`) is remade by the next update.

The oracle of an update after a rules version bump is a fresh rebuild with the new rules.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.library import Library, default_derived
from index.models import Article, ProgressCallback
from index.rules import ARTICLES, RULES, missing, outdated
from index.store.build import rebuild
from index.store.generations import MANIFEST, current_generation, load_manifest
from index.store.status import index_status
from index.store.update import update
from tests.index.test_derived import _files
from tui.cli import app

TAGS = "tags.json"


class Tagged:
    """A derived kind whose rules are its ``rule``: each article's first word, tagged."""

    name = "tagged"

    def __init__(self, rule: str, *, fail: bool = False) -> None:
        self.rule, self.fail = rule, fail
        self.calls: list[tuple[str, list[str]]] = []

    def _tag(self, article: Article) -> str:
        return f"{self.rule}:{article.body.split()[0]}"

    def build(
        self, articles: Iterable[Article], folder: Path, on_progress: ProgressCallback | None
    ) -> None:
        tags = {a.id: self._tag(a) for a in articles}
        self.calls.append(("build", sorted(tags)))
        if self.fail:
            raise RuntimeError("the new rules failed")
        (folder / TAGS).write_text(json.dumps(tags, sort_keys=True), encoding="utf-8")

    def update(
        self,
        previous: Path,
        added: Iterable[Article],
        removed: Collection[str],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        tags = json.loads((previous / TAGS).read_text(encoding="utf-8"))
        fresh = list(added)
        self.calls.append(("update", [a.id for a in fresh]))
        for article_id in removed:
            del tags[article_id]
        tags.update({a.id: self._tag(a) for a in fresh})
        (folder / TAGS).write_text(json.dumps(tags, sort_keys=True), encoding="utf-8")


def _live(index_dir: Path) -> Path:
    generation = current_generation(index_dir)
    assert generation is not None
    return generation


def _set_rules(index_dir: Path, rules: dict[str, int] | None) -> None:
    """Make the live generation's manifest say other rules made it (None: record none)."""
    path = _live(index_dir) / MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if rules is None:
        del manifest["rules"]
    else:
        manifest["rules"] = rules
    path.write_text(json.dumps(manifest), encoding="utf-8")


@pytest.fixture
def tagged_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(RULES, "tagged", 1)


def test_a_build_records_the_rules_of_every_kind(corpus: Path, index_dir: Path) -> None:
    with Library.open(corpus, index_dir):
        pass
    manifest = load_manifest(_live(index_dir))
    kinds = (ARTICLES, "quotes", "stories", "copies", "leans", "casing")
    assert manifest["rules"] == {kind: RULES[kind] for kind in kinds}
    assert index_status(corpus, index_dir).state == "fresh"


@pytest.mark.usefixtures("tagged_rules")
@pytest.mark.parametrize("procs", [1, 2])
def test_an_update_after_a_bump_gives_what_a_rebuild_gives(
    corpus: Path, index_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, procs: int
) -> None:
    rebuild(corpus, index_dir, derived=[Tagged("old")])
    (corpus / "fresh.txt").write_text("Fresh snow closes the mountain pass.\n")
    # the same rules: only the new file is tagged (by the new code: the bug this fixes)
    monkeypatch.setitem(RULES, "tagged", 2)
    status = index_status(corpus, index_dir)
    assert status.stale and status.outdated == ("tagged",)
    assert status.advice == "tagged made by older rules: run `broadsheet index update`"
    kind = Tagged("new")
    report = update(corpus, index_dir, derived=[kind], procs=procs)
    assert not report.full and report.added == 1
    assert report.reason == "tagged made by older rules: derived anew from every article"
    ids = sorted(json.loads((_live(index_dir) / "tagged" / TAGS).read_text()))
    assert kind.calls == [("build", ids)]  # every article, not only the new one
    oracle = tmp_path / "oracle"
    rebuild(corpus, oracle, derived=[Tagged("new")])
    assert _files(_live(index_dir), "tagged") == _files(_live(oracle), "tagged")
    assert load_manifest(_live(index_dir))["rules"]["tagged"] == 2
    assert index_status(corpus, index_dir).state == "fresh"
    again = Tagged("new")
    update(corpus, index_dir, derived=[again])
    assert again.calls == []  # versions match: a no-op update stays one


@pytest.mark.usefixtures("tagged_rules")
def test_a_failed_rederive_keeps_the_old_generation(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir, derived=[Tagged("old")])
    before = _live(index_dir)
    monkeypatch.setitem(RULES, "tagged", 2)
    with pytest.raises(RuntimeError):
        update(corpus, index_dir, derived=[Tagged("new", fail=True)])
    assert _live(index_dir) == before
    assert load_manifest(before)["rules"]["tagged"] == 1
    assert index_status(corpus, index_dir).outdated == ("tagged",)


@pytest.mark.parametrize("procs", [1, 2])
def test_real_kinds_rederived_equal_a_rebuild(
    corpus: Path, index_dir: Path, tmp_path: Path, procs: int
) -> None:
    """With ``procs`` 2 the copies are updated in the child forked before the scan, which
    opened the quotes and stories too: it is killed, and one forked for the copies alone
    (`index.store.derive_early`)."""
    derived = default_derived()
    rebuild(corpus, index_dir, derived=derived)
    _set_rules(
        index_dir,
        {
            ARTICLES: RULES[ARTICLES],
            "quotes": 0,
            "stories": 0,
            "copies": 1,
            "leans": 1,
            "casing": 1,
        },
    )
    assert index_status(corpus, index_dir).outdated == ("quotes", "stories")
    report = update(corpus, index_dir, derived=default_derived(), procs=procs)
    assert not report.full and report.indexed == 0
    assert report.reason.startswith("quotes, stories made by older rules")
    oracle = tmp_path / "oracle"
    rebuild(corpus, oracle, derived=default_derived())
    for name in ("quotes", "stories", "copies", "leans", "casing"):
        assert _files(_live(index_dir), name) == _files(_live(oracle), name)
    assert index_status(corpus, index_dir).state == "fresh"


@pytest.mark.parametrize(
    ("rules", "why"),
    [
        (None, "the index records no rules versions (made by an older broadsheet): rebuilt"),
        ({ARTICLES: 0, "quotes": 1, "stories": 1}, "articles made by older rules: rebuilt"),
    ],
)
def test_articles_read_by_older_rules_are_rebuilt(
    corpus: Path, index_dir: Path, rules: dict[str, int] | None, why: str
) -> None:
    rebuild(corpus, index_dir, derived=default_derived())
    _set_rules(index_dir, rules)
    status = index_status(corpus, index_dir)
    assert status.stale and ARTICLES in status.outdated
    assert status.advice.endswith("run `broadsheet index update` to rebuild the index")
    report = update(corpus, index_dir, derived=default_derived())
    assert report.full and report.reason == why
    assert index_status(corpus, index_dir).state == "fresh"


def test_cli_status_and_update_say_what_older_rules_made(corpus: Path, index_dir: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["index", "rebuild", "--corpus", str(corpus)]).exit_code == 0
    _set_rules(
        index_dir,
        {
            ARTICLES: RULES[ARTICLES],
            "quotes": 0,
            "stories": RULES["stories"],
            "copies": 1,
            "leans": 1,
            "casing": 1,
        },
    )
    status = runner.invoke(app, ["index", "status", "--corpus", str(corpus), "--json"])
    data = json.loads(status.stdout)
    assert data["state"] == "stale (quotes made by older rules: run `broadsheet index update`)"
    assert data["older_rules"] == "quotes"
    done = runner.invoke(app, ["index", "update", "--corpus", str(corpus)])
    assert done.exit_code == 0
    assert "quotes made by older rules: derived anew from every article" in done.stdout
    _set_rules(index_dir, None)  # an index from before versions: no traceback, one line
    status = runner.invoke(app, ["index", "status", "--corpus", str(corpus)])
    assert status.exit_code == 0
    said = " ".join(status.stdout.split())  # the state wraps in the 80-column table
    assert "articles, quotes, stories, copies, leans, casing made by older rules" in said
    assert "to rebuild the index" in said
    done = runner.invoke(app, ["index", "update", "--corpus", str(corpus)])
    assert done.exit_code == 0 and "Rebuilt index" in done.stdout
    assert "records no rules versions (made by an older broadsheet): rebuilt" in done.stdout


def test_a_kind_never_held_is_added_not_made_by_older_rules(
    corpus: Path, index_dir: Path, tmp_path: Path
) -> None:
    derived = default_derived()
    rebuild(corpus, index_dir, derived=[kind for kind in derived if kind.name != "stories"])
    manifest = load_manifest(_live(index_dir))
    assert outdated(manifest, ["quotes", "stories"]) == []
    assert missing(manifest, ["quotes", "stories"]) == ["stories"]
    assert index_status(corpus, index_dir).state == "fresh"  # as status said before
    report = update(corpus, index_dir, derived=default_derived())
    assert report.reason == "stories added: derived from every article"
    oracle = tmp_path / "oracle"
    rebuild(corpus, oracle, derived=default_derived())
    assert _files(_live(index_dir), "stories") == _files(_live(oracle), "stories")
    _set_rules(
        index_dir,
        {
            ARTICLES: RULES[ARTICLES],
            "quotes": 0,
            "stories": RULES["stories"],
            "copies": 1,
            "leans": 1,
            "casing": 1,
        },
    )
    manifest = load_manifest(_live(index_dir))
    assert outdated(manifest, ["quotes", "stories"]) == ["quotes"]

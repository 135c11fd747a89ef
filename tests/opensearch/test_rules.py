"""An OpenSearch index never lies either: `index status` names what older rules made and
what it lacks (`index.rules`), as for Whoosh, and an update remakes it.

The articles' rules are in the index's ``_meta`` (made with the index); the derived kinds'
are in this machine's record, beside their folders. The unit tests of `kinds.judged` need
no node; the others run on the test node (`conftest`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.library import Library
from index.models import Article, ProgressCallback
from index.opensearch.client import configured_url
from index.opensearch.corpus import OpenSearchEngine
from index.opensearch.documents import FORMAT_VERSION, index_meta, same_articles
from index.opensearch.kinds import judged, reason
from index.opensearch.record import RECORD
from index.opensearch.writer import concrete_indices
from index.rules import ARTICLES, RULES
from tests.opensearch.generated import write_corpus
from tui.cli import app
from tui.widgets.status_line import freshness

CURRENT = {"quotes": RULES["quotes"], "stories": RULES["stories"], "copies": RULES["copies"]}
KINDS = ["quotes", "stories", "copies"]


class Kind:
    """A derived kind named as a real one (so `index.rules` versions it), made fast."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.builds = 0

    def build(
        self, articles: Iterable[Article], folder: Path, on_progress: ProgressCallback | None
    ) -> None:
        self.builds += 1
        (folder / "ids.json").write_text(json.dumps([article.id for article in articles]))

    def update(self, *args: object) -> None:
        raise AssertionError("the OpenSearch engine builds derived data anew")


# -- no node ---------------------------------------------------------------------------


def test_a_current_index_holding_both_kinds_is_fresh_and_lacks_nothing() -> None:
    assert judged(index_meta(), CURRENT, KINDS) == ((), ())


def test_an_index_that_records_no_versions_was_made_by_older_rules() -> None:
    # an index and a record from before the versions were kept
    meta = {"format": FORMAT_VERSION, "schema": 5}
    assert judged(meta, None, KINDS) == (("articles", *KINDS), ())
    assert not same_articles(meta)
    assert reason(meta, None, ["quotes", "stories"], ["quotes", "stories"], True) == (
        "the index records no rules versions (made by an older broadsheet): rebuilt"
    )


def test_a_kind_not_held_is_lacking_not_older() -> None:
    older, lacking = judged(index_meta(), {"quotes": RULES["quotes"]}, ["quotes"])
    assert (older, lacking) == ((), ("copies", "stories"))
    assert reason(index_meta(), {}, [], ["quotes", "stories"], False) == (
        "quotes, stories added: derived from every article"
    )


def test_the_record_never_speaks_for_the_articles() -> None:
    # the articles are on the cluster: only its _meta says which rules read them
    meta = {**index_meta(), "rules": {ARTICLES: RULES[ARTICLES] - 1}}
    recorded = {ARTICLES: RULES[ARTICLES], **CURRENT}
    assert judged(meta, recorded, KINDS)[0] == ("articles",)
    assert judged(index_meta(), {**CURRENT, ARTICLES: 0}, KINDS) == ((), ())


# -- on the node -----------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    write_corpus(folder / "part.jsonl", count=30, seed=7, prefix="r-")
    return folder


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[OpenSearchEngine]:
    found = OpenSearchEngine(tmp_path / "os", configured_url(), name=_unique())
    yield found
    found.index.drop()


def _unique() -> str:
    return f"bs-test-{uuid.uuid4().hex[:12]}"


def _library(corpus: Path, engine: OpenSearchEngine, *names: str) -> Library:
    kinds = [Kind(name) for name in names or KINDS]
    return Library(corpus, engine.local.parent, engine=engine, derived=kinds)


def _serving(engine: OpenSearchEngine) -> str:
    serving, _ = concrete_indices(engine.index.client, engine.name)
    assert len(serving) == 1
    return serving[0]


def _meta(engine: OpenSearchEngine) -> dict[str, object]:
    serving = _serving(engine)
    mapping = engine.index.client.indices.get_mapping(index=serving)[serving]["mappings"]
    found = mapping["_meta"]["broadsheet"]
    assert isinstance(found, dict)
    return found


def _record(engine: OpenSearchEngine) -> dict[str, object]:
    found = json.loads((engine.local / RECORD).read_text(encoding="utf-8"))
    assert isinstance(found, dict)
    return found


def _set_meta(engine: OpenSearchEngine, rules: dict[str, int] | None) -> None:
    """Make the serving index's _meta say other rules read its articles (None: none)."""
    serving = _serving(engine)
    meta: dict[str, object] = {"format": FORMAT_VERSION, "schema": index_meta()["schema"]}
    if rules is not None:
        meta["rules"] = rules
    engine.index.client.indices.put_mapping(index=serving, body={"_meta": {"broadsheet": meta}})


@pytest.mark.opensearch
def test_a_build_records_the_rules_and_reads_fresh(corpus: Path, engine: OpenSearchEngine) -> None:
    library = _library(corpus, engine)
    library.rebuild()
    assert _meta(engine)["rules"] == {ARTICLES: RULES[ARTICLES]}
    assert _record(engine)["rules"] == CURRENT
    status = library.status()
    assert (status.state, status.outdated, status.lacking) == ("fresh", (), ())


@pytest.mark.opensearch
def test_derived_data_made_by_older_rules_is_stale_and_an_update_remakes_it(
    corpus: Path, engine: OpenSearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = _library(corpus, engine)
    library.rebuild()
    before = _serving(engine)
    monkeypatch.setitem(RULES, "quotes", RULES["quotes"] + 1)
    status = library.status()
    assert (status.state, status.outdated) == ("stale", ("quotes",))
    assert status.advice == "quotes made by older rules: run `broadsheet index update`"
    assert freshness(status) == "stale: quotes made by older rules — press u to update"
    report = library.update()
    assert not report.full and _serving(engine) == before
    assert report.reason == "quotes made by older rules: derived anew from every article"
    assert library.status().state == "fresh"


@pytest.mark.parametrize(
    ("rules", "why"),
    [
        (None, "the index records no rules versions (made by an older broadsheet): rebuilt"),
        ({ARTICLES: RULES[ARTICLES] - 1}, "articles made by older rules: rebuilt"),
    ],
)
@pytest.mark.opensearch
def test_articles_read_by_older_rules_are_rebuilt(
    corpus: Path, engine: OpenSearchEngine, rules: dict[str, int] | None, why: str
) -> None:
    library = _library(corpus, engine)
    library.rebuild()
    before = _serving(engine)
    _set_meta(engine, rules)
    status = library.status()
    assert status.stale and status.rebuilds and status.outdated[0] == ARTICLES
    assert status.advice.endswith("run `broadsheet index update` to rebuild the index")
    assert freshness(status).endswith("— press u to rebuild")
    report = library.update()
    assert report.full and report.reason == why
    assert _serving(engine) != before
    assert library.status().state == "fresh"


@pytest.mark.opensearch
def test_an_old_index_and_record_read_as_made_by_older_rules(
    corpus: Path, engine: OpenSearchEngine
) -> None:
    library = _library(corpus, engine)
    library.rebuild()
    _set_meta(engine, None)
    record = _record(engine)
    del record["rules"]
    (engine.local / RECORD).write_text(json.dumps(record), encoding="utf-8")
    status = library.status()
    assert status.outdated == ("articles", "quotes", "stories", "copies")
    assert status.as_dict()["state"] == (
        "stale (articles, quotes, stories, copies made by older rules: "
        "run `broadsheet index update` to rebuild the index)"
    )
    assert status.as_dict()["older_rules"] == "articles, quotes, stories, copies"


@pytest.mark.opensearch
def test_a_kind_not_built_is_lacking_and_an_update_adds_it(
    corpus: Path, engine: OpenSearchEngine
) -> None:
    _library(corpus, engine, "quotes", "copies").rebuild()
    library = _library(corpus, engine)
    status = library.status()
    assert (status.state, status.outdated, status.lacking) == ("fresh", (), ("stories",))
    assert status.as_dict()["lacks"].startswith("stories (run `broadsheet index update`")
    report = library.update()
    assert report.reason == "stories added: derived from every article"
    assert library.status().lacking == ()
    # an update without a kind drops its folder: it would be of older articles
    _library(corpus, engine, "quotes", "copies").update()
    assert library.status().lacking == ("stories",)
    assert engine.derived_folder("stories") is None


@pytest.mark.opensearch
def test_cli_status_and_update_say_what_older_rules_made(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / _unique()
    engine = OpenSearchEngine(index_dir, configured_url())
    cli = ["--engine", "opensearch", "--opensearch-url", configured_url()]
    cli += ["--corpus", str(corpus), "--index-dir", str(index_dir)]
    runner = CliRunner()
    try:
        assert runner.invoke(app, [*cli, "index", "rebuild"]).exit_code == 0
        _set_meta(engine, None)  # an index from before versions: no traceback, one line
        done = runner.invoke(app, [*cli, "index", "status", "--json"])
        data = json.loads(done.stdout)
        assert data["older_rules"] == "articles"
        assert data["state"].endswith("to rebuild the index)")
        done = runner.invoke(app, [*cli, "index", "status"])
        assert done.exit_code == 0 and "articles made by older rules" in done.stdout
        done = runner.invoke(app, [*cli, "index", "update"])
        assert done.exit_code == 0
        assert "records no rules versions (made by an older broadsheet): rebuilt" in done.stdout
        done = runner.invoke(app, [*cli, "index", "status", "--json"])
        data = json.loads(done.stdout)
        assert data["state"] == "fresh" and "older_rules" not in data and "lacks" not in data
    finally:
        engine.index.drop()

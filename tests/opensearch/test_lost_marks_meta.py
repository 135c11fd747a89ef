"""An OpenSearch index records whether any article holds a word with a lost letter, and a
query of one that holds none asks it nothing about lost spellings (sx47,
`index.opensearch.lost.record_marks`, `marks_held`): one request a query less, the same hits.
The oracle: the flag is whether some article's title or body has a "?" or U+FFFD for a
lost letter (`index.text.lostletter`), and what each query finds is the Whoosh engine's."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.opensearch.lost import MARKS_FOR, forget_marks, marks_held
from index.opensearch.translate import lost_asked
from index.search.query import parse_unbound
from index.text.lostletter import LOST_END, LOST_LETTER, LOST_RUN
from tests.opensearch.conftest import articles_of, both_engines

NAMES = ("Schäuble", "Dudenhöffer", "Gardaí")
WAYS = {
    "whole": lambda n: n,
    "lost": lambda n: n.replace(n[-5], "?") if n[-1] != "í" else n[:-1] + "\ufffd\ufffd",
    "german": lambda n: n.replace("ä", "ae").replace("ö", "oe"),
}
QUERIES = ("Schäuble", "Schaeuble", "dudenhoffer", "Gardai", "Expert", "spoke")


def _meta(node: Any) -> dict[str, Any]:
    mappings = node.client.indices.get_mapping(index=node.name)
    (only,) = mappings.values()
    meta: dict[str, Any] = only["mappings"]["_meta"]["broadsheet"]
    return meta


def _asked(node: Any, query: str) -> list[Any]:
    """The held-terms requests ``node`` sends to translate ``query``."""
    client = node.client
    calls: list[Any] = []
    search = client.search

    def counted(*args: Any, **kwargs: Any) -> Any:
        if "aggs" in (kwargs.get("body") or {}):
            calls.append(kwargs)
        return search(*args, **kwargs)

    client.search = counted
    try:
        node.query(query)
    finally:
        client.search = search
    return calls


def _write(folder: Path, rows: list[dict[str, str]]) -> Path:
    corpus = folder / "news"
    corpus.mkdir(exist_ok=True)
    (corpus / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return corpus


@pytest.mark.opensearch
@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.sampled_from(NAMES), st.sampled_from(sorted(WAYS))), min_size=1, max_size=4
    )
)
def test_the_flag_says_whether_a_word_lost_a_letter(
    tmp_path_factory: Any, picks: list[Any]
) -> None:
    folder = tmp_path_factory.mktemp("marks")
    rows = [
        {"id": f"a{k}", "title": "Report", "body": f"Expert {WAYS[way](name)} spoke."}
        for k, (name, way) in enumerate(picks)
    ]
    corpus = _write(folder, rows)
    marked = any(re.search(f"{LOST_LETTER}|{LOST_RUN}|{LOST_END}", row["body"]) for row in rows)
    whoosh, node = both_engines(corpus, folder / "ix")
    try:
        assert _meta(node)["marks"] is marked
        forget_marks(node.name)
        assert marks_held(node.client, node.url, node.name) is marked
        for query in QUERIES:
            # every spelling asked where a word lost a letter; else only the German ones
            wanted = [
                pair for pair in lost_asked(parse_unbound(query)) if marked or "?" not in pair[1]
            ]
            asked = _asked(node, query)
            assert len(asked) == (1 if wanted else 0)
            if asked:
                filters = asked[0]["body"]["aggs"]["held"]["filters"]["filters"].values()
                assert [
                    (f, t["value"]) for each in filters for f, t in each["term"].items()
                ] == wanted
            found = {hit.id for hit in node.search(query, limit=None).hits}
            assert found == {hit.id for hit in whoosh.search(query, limit=None).hits}
    finally:
        node.drop()


@pytest.mark.opensearch
def test_an_update_that_adds_a_lost_letter_is_searched_at_once(tmp_path: Path) -> None:
    rows = [{"id": "a", "title": "Report", "body": "Expert Dudenhöffer spoke."}]
    corpus = _write(tmp_path, rows)
    _, node = both_engines(corpus, tmp_path / "ix")
    try:
        assert _meta(node)["marks"] is False and len(_asked(node, "Expert")) == 0
        rows.append({"id": "b", "title": "Report", "body": "Expert Dudenh?ffer spoke."})
        _write(tmp_path, rows)
        articles = articles_of(corpus)
        node.update(articles, total=len(articles))
        assert _meta(node)["marks"] is True  # and read again at once, within MARKS_FOR
        assert MARKS_FOR > 0 and len(_asked(node, "Expert")) == 1
        assert {hit.id for hit in node.search("Dudenhöffer", limit=None).hits} == {"a", "b"}
    finally:
        node.drop()


@pytest.mark.opensearch
def test_an_update_that_dies_half_way_leaves_no_false_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an update is applied article by article: one that dies after sending "Dudenh?ffer"
    # leaves it live, so the flag must no longer say the index holds no lost letter (rv70:
    # it kept marks=False, and every process skipped the "?" spellings until the next
    # update ended: "Dudenhöffer" found "a" alone where Whoosh finds "a" and "b")
    from index.opensearch import writer

    rows = [{"id": "a", "title": "Report", "body": "Expert Dudenhöffer spoke."}]
    corpus = _write(tmp_path, rows)
    _, node = both_engines(corpus, tmp_path / "ix")
    try:
        assert _meta(node)["marks"] is False
        rows.append({"id": "b", "title": "Report", "body": "Expert Dudenh?ffer spoke."})
        _write(tmp_path, rows)
        sent = writer._send

        def dies(*args: Any, **kwargs: Any) -> Any:
            sent(*args, **kwargs)
            raise ConnectionResetError("the update died half way")

        monkeypatch.setattr(writer, "_send", dies)
        articles = articles_of(corpus)
        with pytest.raises(Exception, match="half way"):
            node.update(articles, total=len(articles))
        node.client.indices.refresh(index=node.name)
        forget_marks(node.name)  # another process, or this one past MARKS_FOR
        assert _meta(node).get("marks") is not False
        assert {hit.id for hit in node.search("Dudenhöffer", limit=None).hits} == {"a", "b"}
    finally:
        node.drop()

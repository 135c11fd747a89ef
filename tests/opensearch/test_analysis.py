"""OpenSearch indexes exactly the terms, at the same relative positions, that Whoosh does.

The oracle is the Whoosh schema's own analyzer; OpenSearch's side is what its
``_analyze`` API makes of the document field that `index.opensearch.documents` sends.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.opensearch.documents import TEXT_FIELDS, analysed, analysed_terms, index_body
from index.store.hyphens import POSITION_GAP
from index.store.schema import make_schema
from tests.conftest import SHARED_CORPORA
from tests.opensearch.conftest import new_index

SCHEMA = make_schema()

# words that stem, stop words, single letters, dotted and starred tokens, digits, and
# initialisms, stop words in capitals (shouted or not: `index.store.initialisms`), and
# every kind of space and punctuation (Unicode's and Java's ideas of space differ)
_WORDS = (
    "the of and a I running runs peacekeepers U.S. 3.5 e.g. ex-minister peace* "
    "café ÖLPREIS İstanbul ΣΟΦΟΣ straße ﬁnance ٣٤ 東京 e\u0301 x_y G-7 COVID-19-related "
    "al-Qaeda K-pop state-of-the-art US IT LET PRAY N.A.T.O. u.n. a.m. US-led U.S.-led SENATE"
)
WORDS = st.sampled_from(_WORDS.split())
SPACES = st.sampled_from(
    [" ", "  ", "\n", "\t", "\u00a0", "\u2007", "\u202f", "\u2028", "\u3000", "\u001c", "\x85"]
)
PUNCT = st.sampled_from(list(".,;:!?-–—'\"()[]{}/\\*&%$#@…“”‘’«»"))
TEXTS = st.one_of(
    st.lists(st.one_of(WORDS, SPACES, PUNCT), max_size=40).map("".join),
    st.text(max_size=200),
)


def whoosh_tokens(field: str, text: str) -> list[tuple[str, int]]:
    """(term, position) as Whoosh indexes them, positions counted from the first term."""
    tokens = [(t.text, t.pos) for t in SCHEMA[field].analyzer(text, positions=True, mode="index")]
    first = tokens[0][1] if tokens else 0
    return [(term, pos - first) for term, pos in tokens]


@given(text=TEXTS, field=st.sampled_from(TEXT_FIELDS))
def test_the_sent_text_splits_into_whoosh_terms(text: str, field: str) -> None:
    # no Whoosh term holds a space, so a split gives the terms back, positions and all
    terms = analysed_terms(field, text)
    assert all(term and not any(char.isspace() for char in term) for term in terms)
    sent = analysed(field, text)
    values = [sent] if isinstance(sent, str) else sent
    # a shouted word's two readings, at one position, are sent as one word ("u.|us", fx76)
    sent_terms = [term for value in values for word in value.split() for term in word.split("|")]
    assert sent_terms == terms
    assert [term for term, _ in whoosh_tokens(field, text)] == terms


@given(text=TEXTS, field=st.sampled_from(TEXT_FIELDS))
def test_the_sent_values_keep_whoosh_positions(text: str, field: str) -> None:
    # each value after the first starts `POSITION_GAP` + 1 after the last term before it
    # (what the server tests below check OpenSearch does), so the positions are Whoosh's
    sent = analysed(field, text)
    values = [sent] if isinstance(sent, str) else sent
    placed: list[tuple[str, int]] = []
    at = -1
    for n, value in enumerate(values):
        at += POSITION_GAP if n else 0
        for word in value.split():
            at += 1
            placed.extend((term, at) for term in word.split("|"))  # stacked: one position
    assert placed == whoosh_tokens(field, text)


@pytest.fixture(scope="module")
def analyse() -> Iterator[Any]:
    """``analyse(field, text)``: (term, position) as the OpenSearch index makes them."""
    index = new_index()
    client = index.client
    concrete = f"{index.name}.analysis"
    client.indices.create(index=concrete, body=index_body())

    def run(field: str, text: str) -> list[tuple[str, int]]:
        body = {"field": field, "text": analysed(field, text)}
        tokens = client.indices.analyze(index=concrete, body=body)["tokens"]
        return [(token["token"], token["position"]) for token in tokens]

    yield run
    client.indices.delete(index=concrete, ignore_unavailable=True)


@pytest.mark.opensearch
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXTS, field=st.sampled_from(TEXT_FIELDS))
def test_opensearch_indexes_the_whoosh_terms(analyse: Any, text: str, field: str) -> None:
    assert analyse(field, text) == whoosh_tokens(field, text)


@pytest.mark.opensearch
@pytest.mark.corpus
@pytest.mark.parametrize(
    "name", ["reuters21578.jsonl", "newsarticles.jsonl", "allsides_stories.jsonl"]
)
def test_opensearch_indexes_the_whoosh_terms_of_real_news(analyse: Any, name: str) -> None:
    path = SHARED_CORPORA / name
    if not path.exists():
        pytest.skip(f"needs {path} (../shared/corpora)")
    checked = 0
    with open(path, encoding="utf-8") as handle:
        for line in itertools.islice(handle, 150):
            record = json.loads(line)
            for field in ("title", "body", "source"):
                text = record.get(field)
                if isinstance(text, str) and text:
                    assert analyse(field, text) == whoosh_tokens(field, text), record.get("id")
                    checked += 1
    assert checked > 300

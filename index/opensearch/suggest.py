"""Did you mean, on OpenSearch: the Whoosh engine's choice, with the cluster's term lookups.

A word the articles hold as written one edit from the word typed is offered first, the one
most articles hold first (their keyword field of words, `WORDS`, read by a terms
aggregation of the word's one-edit variants: `index.search.written_near`, sg51); else
`index.search.suggest` replaces each query word the index lacks by the nearest body word
within two edits (of the word or its stem), ranked by edits, then by how often the word
occurs, then alphabetically; the five best are read back as the written form nearest the
word typed, from the first four articles holding them (`index.search.suggest.choose`, the
same code here). Stems the word begins with are candidates too ("evacu" of
"evacuaton"). Here the ranking runs on what OpenSearch gives: the candidates come from its term
suggester (Lucene's spell checker, asked for every term within two edits of the word and
within one of the word with its first letter edited, as the checker keeps the first
letter at two edits; rapidfuzz measures each again, as Whoosh does), their total
frequencies from an artificial ``_termvectors`` document (exact on one shard, a shard's
view on several; they also say which of the stems the word begins with are indexed), and
the written forms from the first four articles by id containing the stem.
"""

from __future__ import annotations

from typing import Any

from rapidfuzz.distance import OSA

from index.opensearch.prefixes import WORDS
from index.search.first_by_id import held_terms
from index.search.held_forms import held_docs
from index.search.suggest import (
    MAX_EDITS,
    SURFACE_DOCS,
    begun_stems,
    choose,
    corrected,
    one_edit_offers,
)
from index.search.written_forms import nearest_form
from index.search.written_near import by_longest_part, folded, one_edit
from index.store.schema import DEFAULT_FIELDS, TEXT_FIELDS, make_schema

_SCHEMA = make_schema()
CANDIDATES = 200
"""Most candidates the term suggester gives for one probe (before they are ranked here)."""
_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"
"""First letters tried (with the word's own): a term two edits away whose first letter is
none of these is missed, where the Whoosh engine would find it."""
_TERM_OPTIONS = {
    "field": "body",
    "suggest_mode": "always",
    "prefix_length": 0,
    "min_word_length": 1,
    "accuracy": 0.0,
    "size": CANDIDATES,
    "max_inspections": 5,
    "string_distance": "levenshtein",
    "max_term_freq": 1.0,
    "min_doc_freq": 0,
}


def suggest_on(client: Any, index: str, text: str) -> list[str]:
    """Corrected queries, best first; none when every word of ``text`` is in the index.

    Args:
        client: An OpenSearch client.
        index: The index (or alias) searched.
        text: The query as typed.
    """

    def correct(word: str, stem: str) -> list[str]:
        if _indexed(client, index, word):
            return []
        return _nearest(client, index, word.lower(), stem)

    return corrected(text, correct, lambda part: _holding(client, index, part))


def _indexed(client: Any, index: str, word: str) -> bool:
    """True if ``word`` (analysed as each default field analyses it) is in the index."""
    terms = [
        {"term": {field: token.text}}
        for field in DEFAULT_FIELDS
        for token in _SCHEMA[field].analyzer(word)
    ]
    if not terms:
        return False
    body = {"query": {"bool": {"should": terms}}, "size": 0, "track_total_hits": 1}
    answer = client.search(index=index, body=body)
    return int(answer["hits"]["total"]["value"]) > 0


def _holding(client: Any, index: str, word: str) -> int:
    """How many times an article holds ``word`` (analysed as each default field analyses
    it) in a default field, as the Whoosh engine counts (`index.search.suggest._holding`):
    each field's term's document count, summed."""
    terms = [
        (field, token.text) for field in DEFAULT_FIELDS for token in _SCHEMA[field].analyzer(word)
    ]
    if not terms:
        return 0
    aggs = {f"t{n}": {"filter": {"term": {field: text}}} for n, (field, text) in enumerate(terms)}
    answer = client.search(index=index, body={"size": 0, "aggs": aggs})
    return sum(int(each["doc_count"]) for each in answer["aggregations"].values())


def _variants(probe: str) -> list[str]:
    """``probe`` with one edit at its first letter: deleted, changed or preceded by another.

    Lucene's spell checker keeps the first letter when it looks two edits away; a term
    two edits from ``probe`` whose first letter differs is one edit from one of these.
    """
    letters = dict.fromkeys(_LETTERS + probe)
    changed = [letter + probe[1:] for letter in letters if letter != probe[:1]]
    return list(dict.fromkeys([probe[1:], *changed, *(letter + probe for letter in letters)]))


def _candidates(client: Any, index: str, probes: list[str]) -> dict[str, int]:
    """Body terms within `MAX_EDITS` edits of any probe, with their least distance."""
    asked = [(probe, MAX_EDITS) for probe in probes]
    asked += [(variant, 1) for probe in probes for variant in _variants(probe) if variant]
    # a swap of the first two letters is one edit to the Whoosh engine (OSA, fx43) but two
    # to Lucene's automaton, which keeps the first letter: ask with them swapped back
    asked += [(probe[1] + probe[0] + probe[2:], MAX_EDITS) for probe in probes if len(probe) > 2]
    suggest = {
        f"p{n}": {"text": text, "term": {**_TERM_OPTIONS, "max_edits": edits}}
        for n, (text, edits) in enumerate(asked)
    }
    answer = client.search(index=index, body={"size": 0, "suggest": suggest})
    distance: dict[str, int] = {}
    for entries in answer.get("suggest", {}).values():
        for entry in entries:
            for option in entry.get("options", []):
                term = option["text"]
                edits = min(OSA.distance(p, term, score_cutoff=MAX_EDITS) for p in probes)
                if edits <= MAX_EDITS:
                    distance[term] = edits
    return distance


def _frequencies(client: Any, index: str, terms: list[str]) -> dict[str, int]:
    """How often each term occurs in the bodies of the index (0 if it does not)."""
    if not terms:
        return {}
    body = {
        "doc": {"body": " ".join(terms)},
        "fields": ["body"],
        "term_statistics": True,
        "field_statistics": False,
        "positions": False,
        "offsets": False,
    }
    answer = client.termvectors(index=index, body=body)
    found = answer.get("term_vectors", {}).get("body", {}).get("terms", {})
    return {term: int(found.get(term, {}).get("ttf", 0) or 0) for term in terms}


def _written_near(client: Any, index: str, word: str) -> dict[str, int]:
    """The words one edit from ``word`` (`one_edit`) that the articles of the index hold as
    written (their keyword field `WORDS`), with how many hold each, as the Whoosh engine
    reads them from its segments' lists (`index.search.written_near.listed_near`)."""
    variants = one_edit(folded(word))
    if not variants:
        return {}
    aggs = {"near": {"terms": {"field": WORDS, "include": variants, "size": len(variants)}}}
    body = {"size": 0, "query": {"terms": {WORDS: variants}}, "aggs": aggs}
    buckets = client.search(index=index, body=body)["aggregations"]["near"]["buckets"]
    return {str(each["key"]): int(each["doc_count"]) for each in buckets}


def _nearest(client: Any, index: str, word: str, stem: str) -> list[str]:
    near = by_longest_part(word, lambda part: _written_near(client, index, part))
    offered = one_edit_offers(word, stem, near or {}, lambda offer: _texts(client, index, offer))
    if offered:
        return offered
    distance = _candidates(client, index, list(dict.fromkeys((word, stem))))
    prefixes = sorted(begun_stems(word) - distance.keys())
    frequency = _frequencies(client, index, sorted({*distance, *prefixes}))
    begun = {term for term in prefixes if frequency[term]}

    def surface(term: str) -> str | None:
        return nearest_form(word, term, _bodies(client, index, term))

    return choose(word, distance, begun, frequency, surface)


def _bodies(client: Any, index: str, stem: str) -> list[str]:
    """The titles and bodies of the first `SURFACE_DOCS` articles by id whose title or body
    holds ``stem`` (as Whoosh reads them: `index.search.first_by_id`; the body alone was
    read here, in Whoosh's order there, and the engines could read other articles)."""
    return _first_texts(client, index, [stem], SURFACE_DOCS)


def _texts(client: Any, index: str, offer: str) -> list[str]:
    """The titles and bodies of the first articles by id whose title or body hold the
    terms of ``offer`` in a row (`held_terms`: "won" then "t" of "won't"), as many as
    `index.search.held_forms` reads (`held_docs`), as Whoosh reads them (sx53: this read
    the articles whose words hold "won" and "t" anywhere, the first 256 on Reuters no
    "won't")."""
    return _first_texts(client, index, held_terms(offer), held_docs(offer))


def _first_texts(client: Any, index: str, terms: list[str], most: int) -> list[str]:
    """The titles and bodies of the first ``most`` articles by id holding ``terms`` in a
    row in their title or body (`index.search.first_by_id.holding_query`)."""
    if not terms:
        return []
    held: list[dict[str, Any]]
    if len(terms) == 1:
        held = [{"term": {field: {"value": terms[0]}}} for field in TEXT_FIELDS]
    else:  # the terms analyser only splits on spaces: these stay the phrase's exact terms
        phrase = " ".join(terms)
        held = [{"match_phrase": {field: {"query": phrase, "slop": 0}}} for field in TEXT_FIELDS]
    body: dict[str, Any] = {
        "query": {"bool": {"should": held, "minimum_should_match": 1}},
        "size": most,
        "sort": [{"id": "asc"}],
        "_source": {"includes": ["article.title", "article.body"]},
    }
    hits = client.search(index=index, body=body)["hits"]["hits"]
    articles = [hit["_source"].get("article") or {} for hit in hits]
    return [f"{row.get('title') or ''}\n{row.get('body') or ''}" for row in articles]

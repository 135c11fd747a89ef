"""What broadsheet sends to OpenSearch: Whoosh-analysed terms, sort keys and a display copy.

OpenSearch does not analyse broadsheet's text itself. Each text field is analysed here by
the very analyzer of the Whoosh schema (`index.store.schema.make_schema`) and sent as its terms
separated by spaces; the index splits them on whitespace and nothing else. The terms and
their relative positions are then Whoosh's by construction, so a term, phrase, prefix,
wildcard or fuzzy query built from Whoosh's parse tree finds the same articles on both
engines. (OpenSearch's own ``porter_stem`` differs from Whoosh's stemmer on about 1% of
the words of the Reuters corpus: "add", "planned", "estimated", "employee", ...)
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from whoosh.util.times import datetime_to_long

from index.models import Article, StyleSpan
from index.opensearch.prefixes import WORDS, words_of
from index.rules import ARTICLES, versions
from index.search.tickers import TICKERS, bracketed_tickers, ticker_key
from index.store.hyphens import POSITION_GAP
from index.store.schema import SCHEMA_VERSION, TIMED, make_schema, source_key, title_key
from index.when import has_time, iso_when

FORMAT_VERSION = 13
"""Bump when the documents, the mapping or the terms (`make_schema`'s analyzers) change: every
article is then sent again (4: accents folded; 5: stop words and single letters sent, and
hyphenated words' parts, their joined forms as values of their own; 6: Chinese, Japanese
and Korean runs sent as their pairs of characters, `index.store.cjk`; 7: the text fields'
terms stemmed by Porter2, `index.store.schema.stem`; and, unreleased, the ``timed`` keyword,
dt33; 8: the ``words`` keyword, a prefix's words, `index.opensearch.prefixes`, px34; 9:
initialisms one word, "U.S." and "US" sent as "u.", a shouted one's two readings stacked
at its position, "u.|us", `STACKED`, `index.store.initialisms`, sr36, fx76; 10: the words
and terms analysed with positions, as Whoosh does: a shouted stop word after a hyphenated
word, "x-ray OR-IT", keeps its plain reading "it", rv40 #6; and the ``tickers`` keyword,
the one-letter tickers a field writes in brackets, `index.search.tickers`; sx37; 11: the
``tickers`` keyword lists every ticker a field brackets, ``<UN.A>`` as "body:un", sx42;
12: and one glued to a word, "<ROST>FEBRUARY", "MOBIL'S<MOB>", sx43; 13: a "?" for a lost
letter inside its word, "dudenh?ffer" one term, `index.store.hyphens.LOST_AT`, sx44; and,
in the same unreleased version, a run of U+FFFD, "garda??", `LOST_RUN`, sx45)."""
TEXT_FIELDS = ("title", "body", "source", "byline", "dateline")
"""The fields that Whoosh analyses; OpenSearch indexes their analysed terms."""
MAX_TERM_CHARS = 8000
"""Lucene refuses a term over 32,766 UTF-8 bytes: a longer Whoosh term is cut to this."""
TERMS_ANALYZER = "whoosh_terms"
"""The OpenSearch analyzer of the text fields: split on whitespace, and stacked terms
split at `STACK`, nothing else."""
STACK = "|"
"""Between two terms at one position, sent as one word (no Whoosh term holds it)."""
STACKED = "whoosh_stacked"
"""The token filter that splits a word at `STACK` into its terms, all at its position
(``pattern_capture``; a word without it passes as it is)."""
_SCHEMA = make_schema()


def index_meta() -> dict[str, Any]:
    """The ``_meta.broadsheet`` of a new index: its format and the version of the rules that
    read its articles (`index.rules`; the derived data is kept and recorded on this machine,
    `index.opensearch.corpus`). Made with the index, so it goes live with the alias swap."""
    return {"format": FORMAT_VERSION, "schema": SCHEMA_VERSION, "rules": versions(())}


def same_articles(meta: dict[str, Any]) -> bool:
    """Whether an index of this ``_meta.broadsheet`` holds articles as this code sends them
    (its format and articles rules): else an update sends every article anew, as a rebuild
    (one index never holds two rules' articles). An index that records no rules predates
    them: older rules read it."""
    rules = meta.get("rules")
    recorded = rules.get(ARTICLES) if isinstance(rules, dict) else None
    return meta.get("format") == FORMAT_VERSION and recorded == versions(()).get(ARTICLES)


def analysed_terms(field: str, text: str) -> list[str]:
    """The terms Whoosh indexes for ``text`` in ``field``, in order (stop words kept).

    With positions, as Whoosh indexes a text field: `InitialismFilter` reads the gap before
    `HyphenFilter`'s joined forms from them (without, "x-ray WHO OR-IT" lost its "it", rv40 #6).
    """
    tokens = _SCHEMA[field].analyzer(text, mode="index", positions=True)
    return [token.text[:MAX_TERM_CHARS] for token in tokens]


def analysed(field: str, text: str) -> str | list[str]:
    """``text`` as OpenSearch receives it for ``field``: its Whoosh terms, space-separated;
    a list when Whoosh leaves a gap between them (the joined forms of hyphenated words,
    `HyphenFilter`: each a value of its own, which OpenSearch puts `POSITION_GAP` positions
    after the one before, as Whoosh does). Two terms at one position, a shouted stop word's
    readings ("US" in "LET US PRAY": "u." and "us", `index.store.initialisms`), are sent
    as one word joined by `STACK`, which the index's `STACKED` filter splits back into
    both at that position (fx76)."""
    values: list[list[str]] = []
    last: int | None = None
    for token in _SCHEMA[field].analyzer(text, mode="index", positions=True):
        if token.pos == last:  # a second term at the word's position: stacked on it
            values[-1][-1] += STACK + token.text[:MAX_TERM_CHARS]
            continue
        if last is None or token.pos > last + 1:
            values.append([])
        values[-1].append(token.text[:MAX_TERM_CHARS])
        last = token.pos
    joined = [" ".join(terms) for terms in values]
    if len(joined) > 1:
        return joined
    return joined[0] if joined else ""


def ticker_keys(article: Article) -> list[str]:
    """The tickers each text field writes in brackets, as `TICKERS` holds them ("body:t",
    "body:un" for ``<UN.A>``): what a typed ``<T>`` or ``<UN.A>`` keeps to
    (`index.search.tickers`)."""
    keys: set[str] = set()
    for field in TEXT_FIELDS:
        value = getattr(article, field)
        if value:
            keys.update(ticker_key(field, name) for name in bracketed_tickers(value))
    return sorted(keys)


def doc_key(article_id: str) -> str:
    """The OpenSearch ``_id`` of an article.

    A hash, not the id itself: article ids are relative paths, which may be longer than
    the 512 bytes an ``_id`` can hold. The article id is kept in the ``id`` field.
    """
    raw = article_id.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def document(article: Article) -> dict[str, Any]:
    """The OpenSearch document of an article, with the digest that `update` compares."""
    card = {
        "title": article.title,
        "title_derived": article.title_derived,
        "source": article.source,
        "date": article.date.isoformat() if article.date else None,
        "path": article.path,
    }
    rest = {
        "byline": article.byline,
        "dateline": article.dateline,
        "body": article.body,
        "removed": list(article.removed),
        "url": article.url,
        "extra": dict(article.extra),
        "provenance": dict(article.provenance),
        "styles": [[span.start, span.end, span.style] for span in article.styles],
    }
    doc: dict[str, Any] = {
        "id": article.id,
        "card": card,
        "article": rest,
        "title_sort": title_key(article.title),  # as the Whoosh engine sorts titles
    }
    for field in TEXT_FIELDS:
        value = getattr(article, field)
        terms = analysed(field, value) if value else ""
        if terms:  # no field at all when no term: `field:*` then matches as in Whoosh
            doc[field] = terms
    words = words_of(article, MAX_TERM_CHARS)  # what a prefix begins (as `index.store.words`)
    if words:
        doc[WORDS] = words
    tickers = ticker_keys(article)
    if tickers:
        doc[TICKERS] = tickers
    if article.source:
        doc["source_exact"] = article.source
        doc["source_key"] = source_key(article.source)
        doc["source_sort"] = article.source.lower()
    if article.date is not None:
        doc["date"] = datetime_to_long(article.date)  # Whoosh's microseconds: exact ranges
        # as the JSON prints it (`iso_when`): a day, or a moment; a stated midnight never
        # shows the microsecond the index keeps it by (rv35 #6); `timed` keeps the fact
        doc["published"] = iso_when(article.date)
        if has_time(article.date):
            doc["timed"] = TIMED  # as the Whoosh index: `index.store.collect.document`
    doc["digest"] = digest(doc)
    return doc


def digest(doc: dict[str, Any]) -> str:
    """A fingerprint of a document's content (and of this format's version)."""
    content = {key: value for key, value in doc.items() if key != "digest"}
    text = json.dumps([FORMAT_VERSION, content], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_from(source: dict[str, Any]) -> Article:
    """Rebuild an `Article` from a document's ``_source``."""
    card = source.get("card") or {}
    rest = source.get("article") or {}
    date = card.get("date")
    return Article(
        id=source["id"],
        path=card.get("path") or "",
        title=card.get("title") or "",
        title_derived=bool(card.get("title_derived")),
        source=card.get("source"),
        byline=rest.get("byline"),
        dateline=rest.get("dateline"),
        date=datetime.fromisoformat(date) if date else None,
        body=rest.get("body") or "",
        removed=tuple(rest.get("removed") or ()),
        url=rest.get("url"),
        extra=dict(rest.get("extra") or {}),
        provenance=dict(rest.get("provenance") or {}),
        styles=tuple(StyleSpan(*span) for span in rest.get("styles") or ()),
    )


def index_body(shards: int = 1) -> dict[str, Any]:
    """Settings and mapping of a new index (built without replicas or refreshes).

    Args:
        shards: Primary shards; one suits up to a few million articles on one node.
    """
    text = {"type": "text", "analyzer": TERMS_ANALYZER, "position_increment_gap": POSITION_GAP}
    sort_key = {"type": "keyword", "index": False}
    return {
        "settings": {
            "index": {
                "number_of_shards": shards,
                "number_of_replicas": 0,
                "refresh_interval": "-1",
            },
            "analysis": {
                # Whoosh's terms never hold whitespace; the limit only has to exceed
                # MAX_TERM_CHARS (in UTF-16 units) so that no term is ever split
                "tokenizer": {TERMS_ANALYZER: {"type": "whitespace", "max_token_length": 16384}},
                "filter": {
                    STACKED: {
                        "type": "pattern_capture",
                        "preserve_original": False,
                        "patterns": [f"([^{STACK}]+)"],
                    }
                },
                "analyzer": {
                    TERMS_ANALYZER: {
                        "type": "custom",
                        "tokenizer": TERMS_ANALYZER,
                        "filter": [STACKED],
                    }
                },
            },
        },
        "mappings": {
            "dynamic": "strict",
            "_meta": {"broadsheet": index_meta()},
            # the analysed terms are for searching only; the text to show is in card/article
            "_source": {"excludes": [*TEXT_FIELDS, WORDS, TICKERS]},
            "properties": {
                "id": {"type": "keyword"},
                "digest": {"type": "keyword", "index": False},
                **{field: dict(text) for field in TEXT_FIELDS},
                "date": {"type": "long"},
                "published": {"type": "date"},
                "timed": {"type": "keyword"},
                WORDS: {"type": "keyword"},
                TICKERS: {"type": "keyword"},
                "source_exact": {"type": "keyword"},
                "source_key": {"type": "keyword"},
                "source_sort": sort_key,
                "title_sort": sort_key,
                "card": {"type": "object", "enabled": False},
                "article": {"type": "object", "enabled": False},
            },
        },
    }

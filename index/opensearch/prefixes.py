"""A prefix on OpenSearch as the Whoosh engine reads it: the stems of the words it begins.

The text fields hold Porter2 stems (`index.opensearch.documents`), so ``investigat*`` must
also look for "investig", the stem of "investigated", and ``governo*`` must not look for
"govern" ("government"), which no word it begins has. The Whoosh index lists each
segment's words as written (`index.store.words`); here each document carries its title's
and body's distinct words in a keyword field (`WORDS`: the text analyzer's words before
the stemmer), and a prefix's words are read from it with a terms aggregation, then
stemmed here (`words_stems`, `other_stems`). The same words, so the same stems: the two engines find
the same articles (tests/opensearch/test_differential.py).
"""

from __future__ import annotations

from typing import Any

from index.models import Article

WORDS = "words"
"""The keyword field of a document's distinct words as written (title and body)."""
MAX_WORDS = 60_000
"""The most words one aggregation returns (OpenSearch's ``search.max_buckets`` is 65,535);
a prefix that begins more is read with the guessed endings' stems as well."""


def words_of(article: Article, longest: int) -> list[str]:
    """The distinct words of an article's title and body as the text analyzer yields them
    before its stemmer (lower-cased, folded, hyphenated words split and joined), sorted,
    each cut to ``longest`` characters (as its terms are)."""
    from index.store.schema import make_words_analyzer

    analyzer = make_words_analyzer()
    words: set[str] = set()
    for text in (article.title, article.body):
        if text:
            # positions, as Whoosh indexes: `InitialismFilter` reads the gap before the
            # joined forms of hyphenated words from them (rv40 #6)
            tokens = analyzer(text, mode="index", positions=True)
            words.update(token.text[:longest] for token in tokens)
    return sorted(words)


def other_stems(found: tuple[frozenset[str], bool], prefix: str) -> frozenset[str]:
    """The stems, not starting with the prefix, from the answer of `words_stems`."""
    from index.search.prefixes import ending_stems

    stems, whole = found
    if not whole:
        stems = stems | ending_stems(prefix)
    return frozenset(each for each in stems if not each.startswith(prefix))


def starred_stems(found: tuple[frozenset[str], bool], prefix: str) -> frozenset[str]:
    """The stems of all the words a phrase's starred word begins (`index.search.starred`),
    from the answer of `words_stems`.

    Raises:
        QueryError: Past `MAX_WORDS` words: sp33's guess (the word as typed, a few
            endings) stood for them, silently a fraction of them (sx49); so many words have
            far more stems than the phrases a phrase is looked for as, and the Whoosh
            engine refuses the phrase too."""
    from index.search.limits import QueryError
    from index.search.starred import MAX_VARIANTS

    stems, whole = found
    if not whole:
        raise QueryError(
            f"the starred word of a phrase ({prefix}*) begins more than {MAX_WORDS:,} words "
            f"here; a phrase is looked for as at most {MAX_VARIANTS}: type more of the word"
        )
    return stems


def begun_stems(found: tuple[frozenset[str], bool]) -> frozenset[str] | None:
    """The stems of all the words a wildcard fits, from the answer of `words_stems`, or
    None past `MAX_WORDS` words (as the Whoosh engine's `index.search.wildcards.fitted_stems`
    for an index without lists); a phrase's starred word reads `starred_stems`."""
    stems, whole = found
    return stems if whole else None


def words_stems(
    client: Any, index: str, prefix: str, timeout: str | None = None, *, pattern: bool = False
) -> tuple[frozenset[str], bool] | None:
    """The stems of the first `MAX_WORDS` words ``prefix`` begins (or, if ``pattern``, that
    it fits as a wildcard: ``r?tes``, `index.search.wildcards`) in ``index``'s documents,
    and whether those are all of them (one terms aggregation, within ``timeout``, as a
    search's own requests are: "250ms"); None when the shards stopped at the timeout."""
    from index.store.schema import stem

    include = wildcard_regex(prefix) if pattern else _escaped(prefix) + ".*"
    terms = {"field": WORDS, "include": include, "size": MAX_WORDS}
    body: dict[str, Any] = {"size": 0, "aggs": {"words": {"terms": terms}}}
    if timeout is not None:
        body["timeout"] = timeout
    reply = client.search(index=index, body=body)
    if reply.get("timed_out"):
        return None
    answer = reply["aggregations"]["words"]
    stems = frozenset(stem(bucket["key"]) for bucket in answer["buckets"])
    return stems, not answer.get("sum_other_doc_count")


def wildcard_regex(pattern: str) -> str:
    """A wildcard (``*`` any letters, ``?`` one) as a Lucene regular expression; a "?"
    also fits "??", the two U+FFFD of a lost letter as the analyzers fold them, as on the
    Whoosh engine (`index.search.wildcards`: "garda?" fits "garda??"; sx46)."""
    return "".join({"*": ".*", "?": r"(\?\?|.)"}.get(c) or _escaped(c) for c in pattern)


def _escaped(text: str) -> str:
    """``text`` matched literally in a Lucene regular expression."""
    return "".join(c if c.isalnum() else "\\" + c for c in text)

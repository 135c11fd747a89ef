"""A prefix in a text field finds every article with a word it begins (nu34 #1).

The index keeps Porter2 stems only; ``investigat*`` must still find "investigated" (stem
"investig"). The texts are generated from roots and Porter2's endings (`endings`: "ation",
"ed", "ing", "ational", "ity", ...) with the doubled consonants and dropped "e"s English
writes ("running", "hoped"), over several segments, each listing its words
(`index.store.words`); the words of each article are found here by splitting on spaces,
not by broadsheet's analyzers. The exact oracle is `test_prefix_listed`'s.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from index.search.highlight import highlighter_for_text
from index.search.prefixes import endings
from index.search.query import make_parser, parse_query
from index.store.schema import TEXT_ANALYZER, make_schema
from index.store.words_writer import WordsWriter
from tests.ramstore import PrivateRamStorage

ROOTS = [
    "investig",
    "evacu",
    "run",
    "hop",
    "nation",
    "gener",
    "compet",
    "real",
    "happ",
    "activ",
    "peace",
    "relat",
    "sky",
    "dy",
    "commun",
    "arsen",
    "cri",
    "organ",
    "argu",
    "conduct",
]
ENDINGS = ["", "e", "y", "ed", "ing", "s", "es", "ies", "ied", "ly", "er", "ers", "ness"]
ENDINGS += ["ion", "ions", "ional", "ive", "ively", "ation", "ations", "ator", "ity", "ment"]
ENDINGS += ["ments", "able", "ably", "ism", "ist", "ical", "ically", "ization", "iveness"]

letters = st.text(alphabet="abcdeilnorstuy", min_size=1, max_size=5)


@st.composite
def words(draw: Any) -> str:
    """A root (or some letters) and an ending: from Porter2's tables or a common one, its
    last consonant doubled or its "e" dropped as English writes them."""
    root = draw(st.one_of(st.sampled_from(ROOTS), letters))
    ending = draw(st.one_of(st.sampled_from(ENDINGS), st.sampled_from(endings())))
    ending = ending.replace("'", "")
    if ending[:1] in ("e", "i") and draw(st.booleans()):
        root += root[-1]  # "running", "hopped"
    if root.endswith("e") and ending[:1] in ("e", "i", "a"):
        root = root[:-1]  # "hoping", "evacuating"
    return root + ending


def texts() -> Any:
    return st.lists(words(), min_size=0, max_size=5).map(" ".join)


articles = st.lists(st.tuples(texts(), texts()), min_size=1, max_size=6)


def build(found: list[tuple[str, str]], cut: int) -> Any:
    """An index of the (title, body) pairs, in two segments split at ``cut``."""
    ix = PrivateRamStorage().create_index(make_schema())
    cut = min(cut, len(found))
    for part in (range(0, cut), range(cut, len(found))):
        if not part:
            continue
        writer = WordsWriter(ix)
        for number in part:
            title, body = found[number]
            writer.add_document(id=f"a{number}", title=title, body=body)
        writer.commit(merge=False)
    return ix


def hits(ix: Any, query: str) -> set[str]:
    parsed = parse_query(query, make_parser(ix.schema), lambda field: [])
    with ix.searcher() as searcher:
        return {hit["id"] for hit in searcher.search(parsed, limit=None)}


@settings(max_examples=60, deadline=None)
@given(articles, st.integers(0, 6), st.integers(0, 40), st.integers(1, 12), st.booleans())
def test_a_prefix_finds_every_word_it_begins(
    found: list[tuple[str, str]], cut: int, pick: int, size: int, in_title: bool
) -> None:
    written = sorted({word for pair in found for text in pair for word in text.split()})
    if not written:
        return
    prefix = written[pick % len(written)][:size]
    fields = (0,) if in_title else (0, 1)
    query = f"title:{prefix}*" if in_title else f"{prefix}*"
    needed = {
        f"a{number}"
        for number, pair in enumerate(found)
        if any(word.startswith(prefix) for field in fields for word in pair[field].split())
    }
    got = hits(build(found, cut), query)
    assert needed <= got, (query, sorted(needed - got))
    # and only articles with a stem starting with the prefix or the stem of a word it begins
    wanted = {stem for word in written if word.startswith(prefix) for stem in _stems(word)}
    for number, pair in enumerate(found):
        stems = {stem for field in fields for stem in _stems(pair[field])}
        matches = any(stem.startswith(prefix) or stem in wanted for stem in stems)
        assert (f"a{number}" in got) == matches, (query, number, sorted(stems))


def _stems(text: str) -> set[str]:
    return {token.text for token in TEXT_ANALYZER(text, mode="index")}


@settings(max_examples=60, deadline=None)
@given(texts(), st.integers(0, 40), st.integers(1, 12))
def test_every_word_a_prefix_begins_is_lit(text: str, pick: int, size: int) -> None:
    written = text.split()
    if not written:
        return
    prefix = written[pick % len(written)][:size]
    spans = highlighter_for_text(f"{prefix}*").spans(text)
    lit = {text[span.start : span.end] for span in spans}
    assert {word for word in written if word.startswith(prefix)} <= lit


def test_nu34_forms() -> None:
    ix = build([("", "They investigated it"), ("", "an investigation"), ("", "evacuated")], 1)
    assert hits(ix, "investigat*") == {"a0", "a1"}
    assert hits(ix, "evacuat*") == {"a2"}
    assert hits(ix, "body:investigate*") == {"a0", "a1"}  # "investigate" is "investig"

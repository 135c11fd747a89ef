"""Searching: query language, ranking, filters, sorting, spans, snippets, suggestions."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from index.library import Library
from index.search.engine import WhooshEngine, open_index
from index.search.highlight import Highlighter, highlighter_for_terms, highlighter_for_text
from index.search.limits import QueryError
from index.search.snippets import snippet
from index.store.build import rebuild
from index.store.schema import DEFAULT_FIELDS, FIELD_BOOSTS
from index.store.update import update


@pytest.fixture
def index(corpus: Path, records: Path, index_dir: Path) -> WhooshEngine:
    # one corpus folder with text, Markdown and JSON Lines articles together
    records.rename(corpus / "wires.jsonl")
    rebuild(corpus, index_dir)
    return open_index(index_dir)


def ids(index: WhooshEngine, query: str, **options: object) -> list[str]:
    return [hit.id for hit in index.search(query, **options).hits]  # type: ignore[arg-type]


def test_stemmed_search(index: WhooshEngine) -> None:
    assert ids(index, "peacekeeper") == ["harbour.txt"]
    assert ids(index, "grower") == ["orchard.txt"]


def test_boolean_phrase_field_wildcard_fuzzy(index: WhooshEngine) -> None:
    assert set(ids(index, "grain")) == {"w1", "w2"}
    assert ids(index, "grain AND Geneva") == ["w2"]
    assert ids(index, "grain NOT Geneva") == ["w1"]
    assert set(ids(index, "frost OR snow OR strike")) == {"orchard.txt", "harbour.txt"}
    assert ids(index, '"pay deal"') == ["harbour.txt"]
    assert ids(index, '"deal pay"') == []
    assert ids(index, "source:other") == ["w2"]
    assert set(ids(index, "source:wire")) == {"w1", "w2"}
    assert set(ids(index, "harb*")) == {"harbour.txt", "notes/budget.md"}
    assert ids(index, "blosom~") == ["orchard.txt"]


def test_date_queries_and_filters(index: WhooshEngine) -> None:
    assert set(ids(index, "date:1987")) == {"w1", "w2"}
    assert ids(index, "date:[1987-03-04 to 1987-03-06]") == ["w2"]
    assert ids(index, "grain", since=datetime(1987, 3, 3)) == ["w2"]
    assert ids(index, "grain", until=datetime(1987, 3, 3)) == ["w1"]
    assert ids(index, "grain", source="OTHER wire") == ["w2"]


def test_title_is_boosted(tmp_path: Path, index_dir: Path) -> None:
    (tmp_path / "a.txt").write_text("Budget news\n\nThe council met. Frost was mentioned once.\n")
    (tmp_path / "b.txt").write_text("Frost warning issued\n\nThe council met today.\n")
    rebuild(tmp_path, index_dir)
    with open_index(index_dir) as index:
        assert ids(index, "frost")[0] == "b.txt"


def test_sorting(index: WhooshEngine) -> None:
    newest = ids(index, "", sort="newest")
    assert newest[:3] == ["notes/budget.md", "w2", "w1"]
    assert ids(index, "", sort="relevance") == newest
    oldest = ids(index, "", sort="oldest")
    assert oldest[:3] == ["w1", "w2", "notes/budget.md"]
    # unknown dates come last both ways
    assert set(newest[3:]) == set(oldest[3:]) == {"harbour.txt", "orchard.txt"}
    assert ids(index, "grain", sort="oldest") == ["w1", "w2"]
    by_source = ids(index, "", sort="source")
    assert by_source.index("w2") < by_source.index("w1")  # "Other Wire" < "Wire"


def test_limit_and_total(index: WhooshEngine) -> None:
    result = index.search("", limit=2)
    assert len(result.hits) == 2 and result.total == 5


def test_spans_are_stem_aware(index: WhooshEngine) -> None:
    body = "Peacekeepers and peacekeeping: a peacekeeper's job. Keep peace."
    spans = highlighter_for_text("peacekeeper").spans(body)
    words = [body[s.start : s.end] for s in spans]
    assert words == ["Peacekeepers", "peacekeeping", "peacekeeper"]


def test_spans_skip_negated_terms(index: WhooshEngine) -> None:
    body = "grain and Geneva"
    spans = highlighter_for_text("grain NOT Geneva").spans(body)
    assert [body[s.start : s.end] for s in spans] == ["grain"]


def test_spans_for_wildcards_and_phrases(index: WhooshEngine) -> None:
    body = "The harbour and the harbours; a pay deal."
    assert [body[s.start : s.end] for s in highlighter_for_text("harb*").spans(body)] == [
        "harbour",
        "harbours",
    ]
    spans = highlighter_for_text('"pay deal"').spans(body)
    assert [body[s.start : s.end] for s in spans] == ["pay deal"]  # one stretch (nu31 #1)


def test_hits_carry_snippets_with_spans(index: WhooshEngine, corpus: Path) -> None:
    library = Library(corpus, index.index_dir, engine=index)
    hit = library.search("peacekeepers", snippets=True).hits[0]
    assert hit.snippet
    assert hit.snippet_spans
    for span in hit.snippet_spans:
        assert hit.snippet[span.start : span.end].lower().startswith("peacekeep")


def test_snippet_moves_spans() -> None:
    text = "word " * 100 + "target  here\n\nand   more " + "tail " * 50
    start = text.index("target")
    spans = Highlighter(frozenset({"target"})).spans(text)
    assert spans[0].start == start
    cut, moved = snippet(text, spans, width=60)
    assert cut.startswith("…") and cut.endswith("…")
    assert cut[moved[0].start : moved[0].end] == "target"
    assert "\n" not in cut


def test_watch_words() -> None:
    body = "Sanctions bite; the sanctioned bank."
    spans = highlighter_for_terms(["sanction"]).spans(body)
    assert [body[s.start : s.end] for s in spans] == ["Sanctions", "sanctioned"]


def test_did_you_mean(index: WhooshEngine) -> None:
    result = index.search("blossum")
    assert result.total == 0
    assert result.suggestion == "blossom"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"unclosed phrase', "unclosed quote at column 1"),
        ("(grain OR frost", "unclosed '(' at column 1"),
        ("grain)", "unmatched ')' at column 6"),
        ("colour:red", "unknown field 'colour'"),
        ("grain AND", "'AND' needs something after it"),
        ("date:notadate", "cannot read"),
    ],
)
def test_query_errors(index: WhooshEngine, query: str, message: str) -> None:
    with pytest.raises(QueryError, match=re.escape(message)):
        index.search(query)


def test_article_round_trip(index: WhooshEngine) -> None:
    article = index.article("w2")
    assert article.title == "Ministers meet on trade"
    assert article.date == datetime(1987, 3, 5, 10, 0)
    assert article.extra == {}
    with pytest.raises(KeyError):
        index.article("nope")


def test_refresh_picks_up_new_generation(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    with open_index(index_dir) as index:
        assert not index.refresh()
        (corpus / "fresh.txt").write_text("Fresh snow closes the pass.\n")
        rebuild(corpus, index_dir)
        assert not index.is_current()
        assert index.refresh()
        assert index.search("snow").total == 1


def test_sources(index: WhooshEngine) -> None:
    names = dict(index.sources())
    assert names["Wire"] == 1 and names["Valley Gazette"] == 1


def test_most_similar(index: WhooshEngine) -> None:
    similar = [hit.id for hit in index.most_similar("w1")]
    assert similar and similar[0] == "w2"
    assert "w1" not in similar
    with pytest.raises(KeyError):
        index.most_similar("nope")


def test_deferred_count(index: WhooshEngine) -> None:
    quick = index.search("grain OR harbour", limit=1, count=False)
    assert len(quick.hits) == 1
    assert quick.total <= 4
    assert index.count("grain OR harbour") == index.search("grain OR harbour").total == 4
    assert index.count("grain", source="wire") == 1
    assert index.count("") == 5


def _whoosh_ids(index: WhooshEngine, query: str) -> set[str]:
    """What Whoosh itself finds for a query, with no shortcuts."""
    searcher = index.searcher.reader.searcher
    reader = searcher.reader()
    return {
        index.searcher.reader.ids[n]
        for n in searcher.docs_for_query(index.searcher.parse(query))
        if not reader.is_deleted(n)
    }


@pytest.mark.parametrize(
    "query",
    [
        "date:[2020-01-05 to 2020-01-20]",
        "date:[2020-01-05 to]",
        "date:[to 2020-01-10]",
        "date:>2020-01-10",
        "date:<2020-01-10",
        "date:2020-01",
        "date:2020-01-08",
        "cargo date:[2020-01-05 to 2020-01-20]",
        "date:[2020-01-01 to 2020-01-15] AND date:[2020-01-10 to 2020-02-01] AND cargo",
        "date:[2020-01-05 to 2020-01-08] OR ferry",
        "cargo NOT date:[2020-01-05 to 2020-01-20]",
        "title:ferry AND date:[2020-01-01 to 2020-01-31]",
    ],
)
def test_date_ranges_answer_as_whoosh_does(tmp_path: Path, index_dir: Path, query: str) -> None:
    # date ranges run as bisections of in-memory dates; they must agree with Whoosh,
    # also once an update has left deleted documents behind in the segments
    corpus = tmp_path / "days"
    corpus.mkdir()
    for day in range(1, 41):
        date = f"2020-{1 + (day - 1) // 31:02d}-{1 + (day - 1) % 31:02d}T{day % 24:02d}:30:00"
        word = "cargo" if day % 3 else "ferry"
        front = f"---\ntitle: {word.title()} report {day}\ndate: {date}\n---\n" if day % 7 else ""
        (corpus / f"d{day:02d}.md").write_text(f"{front}The {word} news of day {day}.\n")
    rebuild(corpus, index_dir)
    for day in (3, 9, 12):  # rewritten files: their old documents are deleted, not gone
        path = corpus / f"d{day:02d}.md"
        path.write_text(path.read_text() + "Amended.\n")
    update(corpus, index_dir)
    with open_index(index_dir) as index:
        expected = _whoosh_ids(index, query)
        assert expected, "the case should find something"
        assert set(ids(index, query, limit=None)) == expected
        assert len(ids(index, query, limit=None)) == len(expected)  # no duplicates
        assert index.count(query) == len(expected)
        for sort in ("newest", "oldest", "source"):
            assert set(ids(index, query, limit=None, sort=sort)) == expected


def test_outlet_filter_after_an_update_lists_each_article_once(
    corpus: Path, records: Path, index_dir: Path
) -> None:
    records.rename(corpus / "wires.jsonl")
    rebuild(corpus, index_dir)
    wires = corpus / "wires.jsonl"
    wires.write_text(wires.read_text() + '{"id": "w4", "source": "Wire", "body": "Grain."}\n')
    update(corpus, index_dir)  # w1 and w2 are deleted and added again
    with open_index(index_dir) as index:
        assert sorted(ids(index, "", source="wire")) == ["w1", "w4"]
        assert sorted(ids(index, "grain", source="wire")) == ["w1", "w4"]
        assert ids(index, "grain", source="wire", since=datetime(1987, 1, 1)) == ["w1"]
        assert index.count("", source="other wire") == 1
        assert index.count("grain", source="wire") == 2


@pytest.mark.parametrize(
    "query", ["blosom~", "growr~2", "harbor~", "peacekeepr~1", "title:frst~", "dok~2 OR unoin~"]
)
@pytest.mark.parametrize("segments", [1, 2])
def test_fuzzy_terms_find_what_whoosh_finds(
    corpus: Path, records: Path, index_dir: Path, query: str, segments: int
) -> None:
    # the candidate words come from rapidfuzz over the vocabulary, not Whoosh's automaton
    from whoosh.qparser import FuzzyTermPlugin, MultifieldParser

    records.rename(corpus / "wires.jsonl")
    rebuild(corpus, index_dir)
    if segments == 2:
        (corpus / "late.txt").write_text("Blossom and growers\n\nThe harbour docks blosom.\n")
        update(corpus, index_dir)
    with open_index(index_dir) as index:
        assert len(index.searcher.reader.searcher.reader().leaf_readers()) == segments
        parser = MultifieldParser(
            list(DEFAULT_FIELDS), index.searcher.reader.schema, fieldboosts=FIELD_BOOSTS
        )
        parser.add_plugin(FuzzyTermPlugin())
        theirs = index.searcher.reader.searcher.search(parser.parse(query), limit=None)
        expected = {index.searcher.reader.ids[hit.docnum] for hit in theirs}
        assert expected, "the case should find something"
        assert set(ids(index, query, limit=None)) == expected


@pytest.mark.parametrize("segments", [1, 2])
def test_a_fuzzy_title_match_keeps_its_boost_however_the_index_is_split(
    corpus: Path, index_dir: Path, segments: int
) -> None:
    # Whoosh drops the title boost in a segment that holds only one matching word; here
    # the score is always the union of the words' terms, each with the field's boost
    from whoosh.query import Or, Term

    rebuild(corpus, index_dir)
    title_words = ["frost"]
    if segments == 2:
        (corpus / "late.txt").write_text("Fret over prices\n\nTraders worried all day.\n")
        update(corpus, index_dir)
        title_words = ["fret", "frost"]
    with open_index(index_dir) as index:
        assert len(index.searcher.reader.searcher.reader().leaf_readers()) == segments
        meant = Or(
            [Term("title", word, boost=2.0) for word in title_words] + [Term("body", "frost")]
        )
        expected = {
            index.searcher.reader.ids[hit.docnum]: round(hit.score, 6)
            for hit in index.searcher.reader.searcher.search(meant, limit=None)
        }
        found = index.search("frot~", limit=None).hits
        assert {hit.id: round(hit.score, 6) for hit in found} == expected
        assert "orchard.txt" in expected


@pytest.mark.parametrize("query", ["blosom~", "blosom~2", "title:growr~", "frost AND blosom~"])
def test_fuzzy_matches_are_lit(
    index: WhooshEngine, corpus: Path, index_dir: Path, query: str
) -> None:
    body = "Growers said the frost destroyed half the blossom."
    lit = {body[span.start : span.end].lower() for span in highlighter_for_text(query).spans(body)}
    assert lit & {"blossom", "growers"}
    hit = Library.open(corpus, index_dir).search(query, limit=5, snippets=True).hits[0]
    assert hit.snippet_spans or "growr" in query  # a title-only match lights the title

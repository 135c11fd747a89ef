"""Comparing 2-8 articles: a wire story reprinted with edits, names, numbers, degenerate input."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.multicompare import (
    CompareError,
    Document,
    MultiComparison,
    compare_many,
)
from index.analysis.words import normalize_words
from index.models import Article

WIRE = [
    "GENEVA (Wire) - Negotiators from both sides agreed on Tuesday to extend the ceasefire in "
    "the northern province for another thirty days, the mediators said in a statement.",
    "The agreement followed four days of talks at a lakeside hotel outside the city and came "
    "after heavy shelling last week killed at least 14 civilians.",
    "Under the deal, both armies will pull heavy weapons back 15 kilometres from the front "
    "line and allow aid convoys through two crossings.",
    '"The truce is fragile, but both delegations want to keep talking," chief mediator Anna '
    "Lindqvist told reporters.",
    "The talks are due to resume in March, when the sides will discuss a prisoner exchange "
    "and the return of displaced families.",
]
OWN_B = "Residents of the border town of Velka said they had heard no gunfire since the weekend."
PARAPHRASE_C = (
    "Both armies will move their heavy weapons 15 km back from the front line under the deal, "
    "and aid convoys will be let through two crossings."
)
OWN_C = (
    "Opposition leader Marek Horvat called the extension a victory and said 3,000 fighters "
    "would stay in their positions."
)


def doc(id_: str, paragraphs: list[str]) -> Document:
    return Document(id_, f"Title {id_}", f"Outlet {id_}", "2017-03-14", "\n\n".join(paragraphs))


def wire_story() -> list[Document]:
    a = doc("a", WIRE)
    b_paras = [WIRE[0], WIRE[1].replace("killed at least 14", "killed 14"), WIRE[2], OWN_B, WIRE[3]]
    c_paras = [WIRE[0], WIRE[1], PARAPHRASE_C, WIRE[3], WIRE[4], OWN_C]
    return [a, doc("b", b_paras), doc("c", c_paras)]


def assert_sound(c: MultiComparison) -> None:
    """What must hold for any comparison: passages true, indexes valid, rows complete."""
    docs = c.documents
    for p in c.passages:
        assert len(set(p.articles)) == len(p.articles) >= 2
        if p.kind == "verbatim":
            words = normalize_words(p.text)
            assert len(words.split()) == p.words >= 6
            for a, start, end in p.spans:
                assert normalize_words(docs[a].body[start:end]) == words
                assert f" {words} " in f" {normalize_words(docs[a].body)} "
    for base in range(len(docs)):
        coverage = c.coverage(base)
        assert [cv.sentence for cv in coverage] == list(range(len(c.sentences[base])))
        for cv in coverage:
            assert docs[base].body[cv.start : cv.end] == cv.text
            assert base not in {r.article for r in cv.carriers}
            assert len({r.article for r in cv.carriers}) == cv.count <= len(docs) - 1
            for r in cv.carriers:
                assert c.sentences[r.article][r.sentence].text == r.text
        rows = c.alignment(base)
        seen = [(a, s) for row in rows for a, s in row.members]
        want = [(a, s) for a in range(len(docs)) for s in range(len(c.sentences[a]))]
        assert sorted(seen) == want  # every sentence in exactly one row
        base_order = [row.sentence_of(base) for row in rows if row.sentence_of(base) is not None]
        assert base_order == sorted(base_order)
        for row in rows:
            assert len(row.articles) == len(set(row.articles)) == len(row.kinds)
    for k, only in enumerate(c.only_in):
        assert all(0 <= s < len(c.sentences[k]) for s in only.sentences)
    json.dumps(c.to_json(0))


def test_wire_copy_reprinted_by_three_outlets_with_edits() -> None:
    a, b, c_doc = wire_story()
    c = compare_many([a, b, c_doc])
    assert_sound(c)
    first = normalize_words(WIRE[0])
    everywhere = [p for p in c.passages if p.kind == "verbatim" and len(p.articles) == 3]
    assert any(first in normalize_words(p.text) for p in everywhere)
    # The edit in B cuts the second paragraph: A and C share it whole (with the first), and
    # the passage of all three stops where B's wording changes.
    second = normalize_words(WIRE[1])
    assert any(p.articles == (0, 2) and second in normalize_words(p.text) for p in c.passages)
    assert not any(second in normalize_words(p.text) for p in everywhere)
    coverage = c.coverage("a")
    assert [cv.count for cv in coverage] == [2, 2, 2, 2, 1]
    assert all(r.kind == "verbatim" for r in coverage[0].carriers)
    assert {r.article: r.kind for r in coverage[2].carriers} == {1: "verbatim", 2: "paraphrase"}
    assert [r.article for r in coverage[4].carriers] == [2]  # B dropped the last paragraph
    assert c.coverage("a")[1].carriers[0].kind == "verbatim"  # "at least" dropped: still nearly
    paraphrased = [p for p in c.passages if p.kind == "paraphrase"]
    assert any(set(p.articles) == {0, 1, 2} for p in paraphrased)


def test_only_in_names_numbers_and_sentences() -> None:
    c = compare_many(wire_story())
    only_b, only_c = c.only_in[1], c.only_in[2]
    assert [c.sentences[1][s].text for s in only_b.sentences] == [OWN_B]
    assert [c.sentences[2][s].text for s in only_c.sentences] == [OWN_C]
    assert [e.name for e in only_c.names] == ["Marek Horvat"]
    assert [n.text for n in only_c.numbers] == ["3,000"]
    assert [e.name for e in only_b.names] == ["Velka"]
    assert c.only_in[0].names == () and c.only_in[0].sentences == ()
    # "15 kilometres" (A, B) and "15 km" (C) are one value; "thirty" is not lost either.
    assert all(n.value != 15 for only in c.only_in for n in only.numbers)


def test_alignment_reads_in_the_base_order_with_others_slotted_in() -> None:
    c = compare_many(wire_story())
    rows = c.alignment("a")
    cells = [tuple(row.sentence_of(k) for k in range(3)) for row in rows]
    assert cells[:3] == [(0, 0, 0), (1, 1, 1), (2, 2, 2)]
    assert cells[3] == (None, 3, None)  # B's own sentence, after B's previous one
    assert cells[4] == (3, 4, 3)
    assert cells[5] == (4, None, 4)
    assert cells[6] == (None, None, 5)
    kinds = dict(zip(rows[2].articles, rows[2].kinds, strict=True))
    assert kinds == {0: "verbatim", 1: "verbatim", 2: "paraphrase"}
    # Another base keeps its own order.
    c_rows = c.alignment("c")
    assert [r.sentence_of(2) for r in c_rows if r.sentence_of(2) is not None] == list(range(6))


def test_quotes_grouped_across_articles() -> None:
    c = compare_many(wire_story())
    shared = [g for g in c.quotes if len(g.articles) == 3]
    assert len(shared) == 1 and shared[0].speaker == "Anna Lindqvist"


def test_json_contract() -> None:
    c = compare_many(wire_story())
    data = json.loads(json.dumps(c.to_json()))
    assert set(data) == {"articles", "passages", "only_in", "quotes"}
    assert data["articles"][0] == {
        "id": "a",
        "title": "Title a",
        "source": "Outlet a",
        "date": "2017-03-14",
        "url": None,  # each article's address, null when unknown (nu74 #3)
    }
    for p in data["passages"]:
        assert set(p) >= {"text", "articles", "kind"} and p["kind"] in ("verbatim", "paraphrase")
        assert set(p["articles"]) <= {"a", "b", "c"}
    assert set(data["only_in"]) == {"a", "b", "c"}
    assert data["only_in"]["c"] == {
        "sentences": [OWN_C],
        "names": ["Marek Horvat"],
        "numbers": ["3,000"],
        "partly": [],  # none part-copied word for word (nu45 #6)
    }
    with_base = c.to_json("b")
    assert with_base["base"] == "b"
    assert len(with_base["coverage"]) == len(c.sentences[1])
    assert all(len(row["cells"]) == 3 for row in with_base["alignment"])


def test_two_identical_articles() -> None:
    text = "\n\n".join(WIRE)
    c = compare_many([Document("x", "", None, None, text), Document("y", "", None, None, text)])
    assert_sound(c)
    assert all(cv.count == 1 and cv.verbatim == 1 for cv in c.coverage(0))
    assert all(o.sentences == () and o.names == () and o.numbers == () for o in c.only_in)
    verbatim = [p for p in c.passages if p.kind == "verbatim"]
    assert len(verbatim) == 1 and normalize_words(verbatim[0].text) == normalize_words(text)


def test_an_empty_body() -> None:
    a = doc("a", WIRE)
    c = compare_many([a, Document("e", "Empty", None, None, "")])
    assert_sound(c)
    assert c.coverage("e") == ()
    assert c.passages == ()
    assert len(c.only_in[0].sentences) == len(WIRE)
    assert [row.sentence_of(0) for row in c.alignment("e")] == list(range(len(WIRE)))


def test_one_article_very_long() -> None:
    filler = [
        f"Paragraph {i} of the background notes the {i * 3} villages of district {i % 17}, "
        f"their wells, roads and markets, and the families who left them in year {1990 + i % 30}."
        for i in range(700)
    ]
    long_doc = doc("long", filler[:350] + WIRE + filler[350:])
    assert len(long_doc.body.split()) > 15_000
    short = doc("short", WIRE[:3])
    c = compare_many([long_doc, short])
    assert_sound(c)
    assert all(cv.count == 1 for cv in c.coverage("short"))
    assert len(c.only_in[0].sentences) >= 700


def test_eight_articles_and_the_limits() -> None:
    docs = [
        doc(f"d{k}", [*WIRE[: 2 + k % 4], f"Outlet {k} adds its own closing line here."])
        for k in range(8)
    ]
    c = compare_many(docs)
    assert_sound(c)
    assert max(cv.count for cv in c.coverage(0)) == 7
    with pytest.raises(CompareError, match="at most 8"):
        compare_many([*docs, doc("d8", WIRE)])
    with pytest.raises(CompareError, match="at least two"):
        compare_many(docs[:1])
    with pytest.raises(CompareError, match="given twice"):
        compare_many([docs[0], docs[0]])
    with pytest.raises(CompareError, match="not in this comparison"):
        c.coverage("nope")


def test_articles_from_the_index_are_accepted() -> None:
    art = Article(
        id="x.txt",
        path="/tmp/x.txt",
        title="T",
        title_derived=False,
        source="S",
        byline=None,
        dateline=None,
        date=datetime(2017, 3, 14, 9, 30),
        body="\n\n".join(WIRE),
    )
    c = compare_many([art, doc("a", WIRE)])
    # the moment, as every JSON date (nu35 #9: the day alone before)
    assert c.documents[0] == Document("x.txt", "T", "S", "2017-03-14T09:30:00", art.body)
    day = dataclasses.replace(art, date=datetime(2017, 3, 14))
    assert compare_many([day, doc("a", WIRE)]).documents[0].date == "2017-03-14"


SENTENCES = [
    "The council approved the new budget on Monday after a long debate.",
    "Mayor Jane Holt said the plan would fund two new schools and a hospital wing.",
    "Opposition members argued that taxes would rise for most families next year.",
    "The vote was close, with seven members in favour and six against.",
    "Heavy snow closed mountain passes across the Alps for a third straight day.",
    "Forecasters expect milder weather to arrive by the weekend, officials said.",
    '"We will not give up," said Holt.',
    "",
]
edits = st.sampled_from(["", "the ", "new ", "Mr. ", "U.S. ", "said ", "3.5 ", "\n"])


@st.composite
def articles(draw: st.DrawFn) -> list[Document]:
    n = draw(st.integers(2, 4))
    out = []
    for k in range(n):
        picked = draw(st.lists(st.sampled_from(SENTENCES), max_size=8))
        text = " ".join(draw(edits) + s for s in picked)
        if draw(st.booleans()):
            text = text.replace(" ", "\n\n", draw(st.integers(0, 3)))
        out.append(Document(f"doc{k}", "", None, None, text))
    return out


@settings(max_examples=60, deadline=None)
@given(articles())
def test_any_articles_give_a_sound_comparison(docs: list[Document]) -> None:
    assert_sound(compare_many(docs))


def test_the_comparison_core_imports_no_ui_library() -> None:
    code = (
        "import sys; import index.analysis.multicompare, index.analysis.comparejson; "
        "bad = [m for m in ('textual', 'rich', 'typer', 'tui') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True)
    assert result.returncode == 0, result.stdout

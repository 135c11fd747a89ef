"""Shorter forms of an article id (nu54 #1): `index.short_ids.resolve` against an oracle that
enumerates every form each id has, with its rank, rather than testing a form against an id."""

from __future__ import annotations

import posixpath
import re

from hypothesis import given
from hypothesis import strategies as st

from index.short_ids import SHOWN_CANDIDATES, ShortForm, forms, resolve, shortest_form

PART = st.text(alphabet="ab1-_.", min_size=1, max_size=5).filter(lambda p: p not in (".", ".."))
IDS = st.lists(
    st.lists(PART, min_size=1, max_size=3).map("/".join), min_size=1, max_size=8, unique=True
)


def forms_of(article_id: str) -> dict[str, int]:
    """Every form naming ``article_id``, with the best rank it names it at."""
    name = article_id.rsplit("/", 1)[-1]
    root, ext = posixpath.splitext(name)
    stem = root if root and ext else name
    bare = article_id[: len(article_id) - len(name)] + stem
    forms: dict[str, int] = {}

    def add(form: str, at: int) -> None:
        if form:
            forms[form] = min(forms.get(form, at), at)

    add(article_id, 1)
    for whole in (article_id, bare):
        parts = whole.split("/")
        for k in range(len(parts)):
            add("/".join(parts[k:]), 2)
    for n in range(1, len(stem) + 1):
        head, rest = stem[:n], stem[n:]
        add(head, 3 if not rest[:1].isalnum() or not head[-1].isalnum() else 4)
    return forms


def oracle(form: str, ids: list[str]) -> set[str]:
    """The ids ``form`` names at the best rank any id is named at."""
    ranks = {i: forms_of(i).get(form) for i in ids}
    named = {i: r for i, r in ranks.items() if r is not None}
    if not named:
        return set()
    best = min(named.values())
    return {i for i, r in named.items() if r == best}


@given(IDS, st.data())
def test_a_form_resolves_iff_it_names_one_id(ids: list[str], data: st.DataObject) -> None:
    pool = sorted({f for i in ids for f in forms_of(i)})
    form = data.draw(st.sampled_from(pool) | st.text(alphabet="ab1-_./", max_size=6))
    expected = oracle(form, ids)
    short = resolve(form, ids)
    assert set(short.candidates) == expected
    assert short.resolved == (next(iter(expected)) if len(expected) == 1 else None)
    if form in ids:  # an exact id always wins
        assert short.resolved == form


@given(IDS)
def test_every_id_resolves_to_itself(ids: list[str]) -> None:
    for article_id in ids:
        assert resolve(article_id, ids).resolved == article_id


FETCHED = [
    "fetched/127.0.0.2_8054/2017-02-24/na-1491-ed77040d25.html",
    "fetched/127.0.0.3_8054/2017-02-24/na-1457-2d6c0759da.html",
    "fetched/127.0.0.4_8054/2017-02-24/na-14910-0123456789.html",
]


def test_the_forms_a_feed_reader_types() -> None:
    first = FETCHED[0]
    tail = "2017-02-24/na-1491-ed77040d25"
    for form in ("na-1491", "na-1491-ed77040d25", "na-1491-ed77040d25.html", tail, "na-1491-ed"):
        assert resolve(form, FETCHED).resolved == first, form
    assert resolve("na-14910", FETCHED).resolved == FETCHED[2]
    ambiguous = resolve("na-14", FETCHED)
    assert ambiguous.resolved is None and len(ambiguous.candidates) == 3
    assert "could be any of 3 articles" in ambiguous.said()
    assert resolve("nope", FETCHED) == ShortForm("nope", None, ())


def test_an_ambiguous_form_names_at_most_five() -> None:
    ids = [f"f/x-{n}.html" for n in range(9)]
    said = resolve("x", ids).said()
    assert said.count("f/x-") == SHOWN_CANDIDATES and "and 4 more" in said
    assert "\n" not in said


@given(IDS)
def test_the_shortest_form_names_its_id_alone(ids: list[str]) -> None:
    for article_id in ids:
        form = shortest_form(article_id, ids)
        assert resolve(form, ids).resolved == article_id
        earlier = forms(article_id)[: forms(article_id).index(form)]
        assert all(resolve(f, ids).resolved != article_id for f in earlier)


def test_the_shortest_form_of_a_fetched_id() -> None:
    assert shortest_form(FETCHED[1], FETCHED) == "na-1457"
    assert shortest_form(FETCHED[0], FETCHED) == "na-1491"


NUMBERED = st.lists(
    st.text(alphabet="ab0129-/", min_size=1, max_size=8).filter(
        lambda i: "" not in i.split("/") and not {".", ".."} & set(i.split("/"))
    ),
    min_size=1,
    max_size=10,
    unique=True,
)


def natural(article_id: str) -> tuple[list[tuple[int, int, str]], str]:
    """Numbers by value, text as text (an oracle written apart from `id_order`)."""
    tokens = re.findall(r"[0-9]+|[^0-9]+", article_id)
    return [(0, int(t), "") if t.isdigit() else (1, 0, t) for t in tokens], article_id


@given(NUMBERED, st.data())
def test_candidates_are_named_in_order(ids: list[str], data: st.DataObject) -> None:
    """nu59 #8: `show dated` named dated2, dated3, dated4, dated5, dated1 (the index's order)."""
    form = data.draw(st.sampled_from(sorted({f for i in ids for f in forms_of(i)})))
    short = resolve(form, ids)
    assert list(short.candidates) == sorted(oracle(form, ids), key=natural)


def test_dated_ones_are_named_dated1_first() -> None:
    ids = [f"dated{n}.txt" for n in (2, 3, 10, 5, 1)]
    assert resolve("dated", ids).candidates == tuple(f"dated{n}.txt" for n in (1, 2, 3, 5, 10))

"""Query forms the grammar test does not draw, against plain Whoosh (sx53).

`test_query_grammar` draws words, phrases, wildcards, fuzzy words, one-word field clauses
and dates joined by the operators. Here the leaves are the README's other forms: a
field's group (``title:(frost OR dam)``) and phrase (``source:"valley gazette"``), the
``id:`` field, boosts in a field, words typed with accents, in capitals or with
punctuation around them, and hyphenated words; and the search's outlet and date filters
(``source``, ``since``, ``until``, as the command line's ``--source``, ``--since`` and
``--until``). Broadsheet's hits, its total and its count must be plain Whoosh's ids for
the same text (`tests.search.oracle.Oracle`; a minus rendered as the NOT it means), the
filters applied to them as `test_differential.expected` applies them; or the query is
refused with a one-line reason."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from index.search.limits import QueryError
from index.search.query import parse_unbound
from tests.search.oracle import SOURCES, write_corpus
from tests.search.test_differential import Setup, _key, _setup
from tests.search.test_query_grammar import glue, grown, render

_PAIRS = (
    ("title:(frost -dam)", "title:(frost NOT dam)"),
    ("body:(-frost dam)", "body:(NOT frost dam)"),
    ("-title:frost", "NOT title:frost"),
    ("title:-frost", "NOT title:frost"),
    ("body:-(frost OR dam)", "NOT body:(frost OR dam)"),
    ("-'frost'", "NOT 'frost'"),
    ("-\u201cdam\u201d", "NOT dam"),
    ("title:NOT dam", "NOT title:dam"),
    ("body:NOT(frost OR dam)", "NOT body:(frost OR dam)"),
    ('title:NOT "frost dam"', 'NOT title:"frost dam"'),
    ("source:NOT (wire OR hill)", "NOT source:(wire OR hill)"),
)
"""Forms whose minus, or NOT after a field's name, is broadsheet's NOT, each with the plain
Whoosh text that means it."""
leaves = st.one_of(
    st.sampled_from(
        (
            "title:(frost OR dam)",
            "body:(frost dam)",
            "title:(truce OR drone) body:frost",
            'title:"frost dam"',
            'body:"security council"',
            'source:"valley gazette"',
            'source:"the hill"',
            "source:(wire OR hill)",
            'byline:"jane doe"',
            'dateline:"united nations"',
            "id:g001",
            "id:g017 OR id:g042",
            "title:frost^2",
            "body:(frost dam)^3",
        )
    ).map(lambda w: ("word", w)),
    st.sampled_from(
        ("fröst", "FROST", "Trüce", "BORDER", "ÉLECTION", "Ministers", "harbour's", "DAM")
    ).map(lambda w: ("word", w)),
    st.sampled_from(
        ("frost,", "frost.", "frost;", "'frost'", "frost/dam", "frost!", "“frost”")
    ).map(lambda w: ("word", w)),
    st.sampled_from(("pro-Russian", "pro-russian", '"pro-russian talks"', "Pro-Russian")).map(
        lambda w: ("word", w)
    ),
    st.sampled_from(_PAIRS).map(lambda pair: ("pair", *pair)),
)
trees = grown(leaves, 4)
_DAYS = (datetime(2017, 1, 15), datetime(2017, 3, 1), datetime(2017, 3, 15))
"""The filters' days: ``since`` from a day's start, ``until`` to its end, as the command
line's ``--since`` and ``--until`` give them (an article dated by its day alone is kept by
an instant within its day only when the filter holds its whole day, dt33)."""
_SINCE = st.sampled_from((None, *_DAYS))
_UNTIL = st.sampled_from((None, *(day.replace(hour=23, minute=59, second=59) for day in _DAYS)))


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    work = tmp_path_factory.mktemp("sweep")
    yield _setup(write_corpus(work / "corpus.jsonl", count=160, seed=53), work)


def _kept(setup: Setup, ids: set[str], source: str | None, since: Any, until: Any) -> set[str]:
    """``ids`` the filters keep: the outlet by its key; dates from ``since``, to ``until``."""
    kept = set()
    for each in ids:
        article = setup.articles[each]
        if source is not None and _key(article["source"]) != _key(source):
            continue
        if since is not None or until is not None:
            if not article["date"]:
                continue
            when = datetime.fromisoformat(article["date"])
            if (since is not None and when < since) or (until is not None and when > until):
                continue
        kept.add(each)
    return kept


@settings(
    max_examples=150,
    deadline=None,  # a shared 2-core machine: time is not what is tested here
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    tree=trees,
    source=st.sampled_from((None, *[s for s in SOURCES if s], "valley  GAZETTE")),
    since=_SINCE,
    until=_UNTIL,
    glued=st.booleans(),
)
def test_a_swept_query_finds_what_plain_whoosh_finds(
    setup: Setup, tree: Any, source: str | None, since: Any, until: Any, glued: bool
) -> None:
    ours, whoosh = render(tree, "-"), render(tree, "NOT ", set())
    if glued:  # "a NOT(b OR c)" is "a NOT (b OR c)"; plain Whoosh is asked the spaced form
        ours = glue(ours)
        event("glued" if ours != render(tree, "-") else "nothing to glue")
    limits = {"source": source, "since": since, "until": until}
    try:
        result = setup.index.search(ours, limit=None, **limits)
        counted = setup.index.count(ours, **limits)
    except QueryError as refused:
        assert "\n" not in str(refused) and str(refused), (ours, str(refused))
        event("refused")
        return
    found = {hit.id for hit in result.hits}
    want = _kept(setup, setup.oracle.ids(whoosh), source, since, until)
    event("found some" if want else "found none")
    assert found == want, (ours, whoosh, limits)
    assert result.total == counted == len(found), (ours, limits)


@pytest.mark.parametrize(
    ("ours", "whoosh"),
    [
        ("-'frost'", "NOT 'frost'"),
        ("-\u201cfrost\u201d", "NOT frost"),
        ("-\u2018frost\u2019", "NOT frost"),
        ("-\u00abfrost\u00bb", "NOT frost"),
        ("dam -'frost'", "dam NOT 'frost'"),
        ("-'frost dam'", "NOT 'frost dam'"),
    ],
)
def test_a_minus_before_a_quote_mark_is_not(setup: Setup, ours: str, whoosh: str) -> None:
    """sx53's sweep: a minus before a word in quote marks other than '"' (``-'frost'``,
    ``-\u201cfrost\u201d``, pasted) was no NOT: Whoosh's parser dropped it, and the search
    found the articles holding the word, the opposite of what was asked."""
    found = {hit.id for hit in setup.index.search(ours, limit=None).hits}
    assert found == setup.oracle.ids(whoosh), (ours, whoosh)


@pytest.mark.parametrize(
    "ours",
    [
        "NOT -'frost'",
        "NOT title:-frost",
        "dam NOT body:-frost",
        "-title:-frost",
        "-title:NOT frost",
        "NOT body:NOT(frost)",
        "title:NOT NOT frost",
        "title:NOT -frost",
        "dam NOT title:NOT frost",
    ],
)
def test_two_nots_are_refused(setup: Setup, ours: str) -> None:
    """``NOT -'frost'``, ``NOT title:-frost``, ``-title:-frost`` and ``title:NOT -frost`` are
    two NOTs in a row, as ``NOT -frost`` is (Whoosh's parser cannot read them; it read
    ``-title:-frost`` as one)."""
    with pytest.raises(QueryError, match="two NOTs"):
        setup.index.search(ours, limit=None)


@pytest.mark.parametrize(
    ("ours", "whoosh"),
    [
        ("title:-frost", "NOT title:frost"),
        ("body:-frost", "NOT body:frost"),
        ('title:-"frost dam"', 'NOT title:"frost dam"'),
        ("frost body:-dam", "frost NOT body:dam"),
        ("title:-(frost OR dam)", "NOT title:(frost OR dam)"),
        ("source:-wire", "NOT source:wire"),
    ],
)
def test_a_minus_after_a_field_name_is_not(setup: Setup, ours: str, whoosh: str) -> None:
    """sx53's sweep: ``title:-frost`` was ``title:frost`` (Whoosh's parser dropped the minus
    after the colon), the opposite of what was asked; a minus at the start of a word is
    NOT, after a field's name too."""
    found = {hit.id for hit in setup.index.search(ours, limit=None).hits}
    assert found == setup.oracle.ids(whoosh), (ours, whoosh)


@pytest.mark.parametrize(
    ("ours", "whoosh"),
    [
        ("title:NOT dam", "NOT title:dam"),
        ("title:NOT(dam)", "NOT title:(dam)"),
        ("title:NOT (dam)", "NOT title:(dam)"),
        ("body:NOT  frost", "NOT body:frost"),
        ('title:NOT "frost dam"', 'NOT title:"frost dam"'),
        ('title:NOT("frost dam")', 'NOT title:"frost dam"'),
        ("frost body:NOT dam", "frost NOT body:dam"),
        ("frost OR title:NOT(dam OR truce)", "frost OR NOT title:(dam OR truce)"),
        ("(title:NOT dam) body:frost", "(NOT title:dam) body:frost"),
        ("title:NOT(NOT dam)", "NOT title:(NOT dam)"),
        ("source:NOT wire", "NOT source:wire"),
        ("date:NOT 2017-03", "NOT date:2017-03"),
    ],
)
def test_a_not_after_a_field_name_is_not(setup: Setup, ours: str, whoosh: str) -> None:
    """sx54 left it: ``title:NOT dam`` and ``title:NOT(dam)`` held the word NOT in the title
    (the initialism N.O.T., which no title holds) ANDed with dam anywhere, and found
    nothing; a NOT after a field's name is the NOT of the field's clause, as ``title:-dam``
    is ``-title:dam`` (sx53)."""
    found = {hit.id for hit in setup.index.search(ours, limit=None).hits}
    assert found == setup.oracle.ids(whoosh), (ours, whoosh)
    assert found, ours


@pytest.mark.parametrize(
    ("ours", "whoosh"),
    [
        ("frost NOT(dam)", "frost NOT (dam)"),
        ("NOT(frost OR dam)", "NOT (frost OR dam)"),
        ("frost AND(dam OR truce)", "frost AND (dam OR truce)"),
        ("frost OR(dam truce)", "frost OR (dam truce)"),
        ("(frost OR dam)ANDNOT(truce)", "(frost OR dam) NOT truce"),
        ("frost ANDNOT(dam)", "frost NOT dam"),
        ("title:(frost NOT(dam))", "title:(frost NOT (dam))"),
        ("frost NOT(title:dam OR body:truce)", "frost NOT (title:dam OR body:truce)"),
        ("NOT(NOT(frost))", "NOT (NOT (frost))"),
    ],
)
def test_an_operator_glued_to_a_bracket_is_the_operator(
    setup: Setup, ours: str, whoosh: str
) -> None:
    """sx53's sweep: ``frost NOT(dam)`` found nothing (on plain Whoosh too): ``NOT`` glued to
    its bracket was read as a word, the initialism N.O.T., and ANDed in. An operator word
    in capitals glued to an opening bracket is the operator, then the group (sx54)."""
    found = {hit.id for hit in setup.index.search(ours, limit=None).hits}
    assert found == setup.oracle.ids(whoosh), (ours, whoosh)
    assert found, ours


@pytest.mark.parametrize(
    ("ours", "field", "operator"),
    [
        ("title:AND dam", "title", "AND"),
        ("title:OR dam", "title", "OR"),
        ("frost body:ANDNOT(dam)", "body", "ANDNOT"),
        ("source:ANDMAYBE wire", "source", "ANDMAYBE"),
        ("-title:OR dam", "title", "OR"),
        ("NOT title:AND dam", "title", "AND"),
        ("(title:AND  dam) OR frost", "title", "AND"),
        ("title:(frost) byline:OR(doe)", "byline", "OR"),
    ],
)
def test_an_operator_after_a_field_name_is_refused(
    setup: Setup, ours: str, field: str, operator: str
) -> None:
    """nu77 #2: ``title:AND dam`` and ``title:OR dam`` held the initialism A.N.D. (O.R.) in
    the title, ANDed with dam anywhere: no title holds it, and the search found nothing,
    unsaid. AND, OR, ANDNOT and ANDMAYBE join two clauses; after a field's colon they join
    none, and the query is refused in one line, its column at the operator (NOT there is
    the field's NOT: sx55)."""
    with pytest.raises(QueryError) as refused:
        setup.index.search(ours, limit=None)
    said, column = str(refused.value), refused.value.column
    assert column is not None and ours[column - 1 :].startswith(f"{operator}"), (said, column)
    assert f"{field}:{operator}" in said and "\n" not in said, said
    with pytest.raises(QueryError, match=f"{field}:{operator}"):  # both engines' parse
        parse_unbound(ours)


@pytest.mark.parametrize(
    "ours",
    [
        'title:"AND" dam',
        "title:AND",
        "frost title:OR",
        "title:ANDes",
    ],
)
def test_an_operator_word_not_joining_is_a_word(setup: Setup, ours: str) -> None:
    """In quotes, at the end, or as the start of a longer word, AND and OR join nothing:
    each is searched as plain Whoosh searches it (a capitalised "AND" as the initialism
    "a.n.d"; ``title:and`` in lower case, a stop word whose clause Whoosh drops, is refused:
    test_dropped_field_word_nu82)."""
    found = {hit.id for hit in setup.index.search(ours, limit=None).hits}
    assert found == setup.oracle.ids(ours), ours

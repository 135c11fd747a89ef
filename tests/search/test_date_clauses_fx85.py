"""Every documented ``date:`` shape, with or without a time, alone or beside words, finds
what its dates say, and never raises (fx85: ``wheat date:>"2021-02-13 10:00"`` crashed with
IndexError inside Whoosh when the corpus's last wheat article was timed and before it).

Oracle: each typed date is drawn as a unit and an instant, and its span ([first, next)) is
computed here from those, not read back from the text; the README's rules give the hits:
a timed article is in when its moment is, a day-only one when its whole day is; an
undated one is in no clause. A range that holds nothing is refused ("nothing can match").
"""

from __future__ import annotations

import contextlib
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search.engine import WhooshEngine, open_index
from index.search.limits import QueryError
from index.search.query import parse_unbound
from index.search.query_dates import resolve_date
from index.store.build import rebuild

FIRST_DAY = datetime(2021, 2, 8)  # a Monday: Feb 8 .. Feb 16 holds a whole week
DAYS = 9
NOW = datetime(2021, 2, 15, 12, 0)  # "last week" is Feb 8 .. Feb 14
TIMES = ((0, 0, 0), (9, 30, 0), (10, 0, 0), (10, 0, 30), (23, 59, 59))
WORDS = ("wheat", "frost")
EARLY, LATE = datetime(1, 1, 1), datetime(9999, 12, 31)

# an article: id, its words, its date (None: undated), whether the date has a time
Article = tuple[str, frozenset[str], datetime | None, bool]
# a typed date: text, first instant, the instant after its last, names a time
Typed = tuple[str, datetime, datetime, bool]


@st.composite
def articles(draw: st.DrawFn) -> list[Article]:
    found: list[Article] = []
    for n in range(draw(st.integers(1, 10))):
        words = frozenset(draw(st.sets(st.sampled_from(WORDS), min_size=1)))
        kind = draw(st.sampled_from(["none", "day", "timed", "timed"]))
        day = FIRST_DAY + timedelta(days=draw(st.integers(0, DAYS - 1)))
        if kind == "none":
            found.append((f"a{n}", words, None, False))
        elif kind == "day":
            found.append((f"a{n}", words, day, False))
        else:
            h, m, s = draw(st.sampled_from(TIMES))
            found.append((f"a{n}", words, day.replace(hour=h, minute=m, second=s), True))
    return found


def _month_after(start: datetime) -> datetime:
    return start.replace(month=start.month % 12 + 1, year=start.year + start.month // 12)


@st.composite
def typed(draw: st.DrawFn) -> Typed:
    """A date in one of the README's forms (ISO, English words, relative to `NOW`)."""
    unit = draw(st.sampled_from(["year", "month", "day", "hour", "minute", "second", "rel"]))
    day = FIRST_DAY + timedelta(days=draw(st.integers(-1, DAYS)))
    if unit == "year":
        return (
            f"{day:%Y}",
            day.replace(month=1, day=1),
            day.replace(year=day.year + 1, month=1, day=1),
            False,
        )
    if unit == "month":
        start = day.replace(day=1)
        text = draw(st.sampled_from([f"{start:%Y-%m}", f"{start:%b %Y}".lower()]))
        return text, start, _month_after(start), False
    if unit == "day":
        text = draw(st.sampled_from([f"{day:%Y-%m-%d}", f"{day.day} {day:%B %Y}"]))
        return text, day, day + timedelta(days=1), False
    if unit == "rel":
        yesterday = NOW.replace(hour=0) - timedelta(days=1)
        return draw(
            st.sampled_from(
                [
                    ("yesterday", yesterday, yesterday + timedelta(days=1), False),
                    (
                        "3 days ago",
                        yesterday - timedelta(days=2),
                        yesterday - timedelta(days=1),
                        False,
                    ),
                    ("last week", datetime(2021, 2, 8), datetime(2021, 2, 15), False),
                    (
                        "2 hours ago",
                        NOW - timedelta(hours=2),
                        NOW - timedelta(hours=2, microseconds=-1),
                        True,
                    ),
                ]
            )
        )
    start = day.replace(hour=draw(st.sampled_from([0, 9, 10, 23])))
    words = f"{day.day} {day:%B %Y}"  # 13 February 2021
    if unit == "hour":
        clock = f"{(start.hour + 11) % 12 + 1}{'pm' if start.hour >= 12 else 'am'}"  # 10am
        text = draw(st.sampled_from([f"{start:%Y-%m-%dT%H}", f"{words} {clock}"]))
        return text, start, start + timedelta(hours=1), True
    start = start.replace(minute=draw(st.sampled_from([0, 30, 59])))
    if unit == "minute":
        forms = [f"{start:%Y-%m-%dT%H:%M}", f"{start:%Y-%m-%d %H:%M}", f"{words} {start:%H:%M}"]
        return draw(st.sampled_from(forms)), start, start + timedelta(minutes=1), True
    start = start.replace(second=draw(st.sampled_from([0, 30, 59])))
    forms = [f"{start:%Y-%m-%dT%H:%M:%S}", f"{words} {start:%H:%M:%S}"]
    return draw(st.sampled_from(forms)), start, start + timedelta(seconds=1), True


def _quoted(text: str) -> str:
    return f'"{text}"' if " " in text else text


# a clause: its text, the span it holds ([low, high)), whether it names a time, refused
Clause = tuple[str, datetime, datetime, bool, bool]


@st.composite
def clauses(draw: st.DrawFn) -> Clause:
    a = draw(typed())
    shape = draw(st.sampled_from(["=", ">", ">=", "<", "<=", "[]", "{}", "[a", "[b", "{a", "{b"]))
    text, start, after, timed = a
    if shape == "=":
        return f"date:{_quoted(text)}", start, after, timed, False
    if shape in (">", ">=", "<", "<="):
        low = {">": after, ">=": start}.get(shape, EARLY)
        high = {"<": start, "<=": after}.get(shape, LATE)
        return f"date:{shape}{_quoted(text)}", low, high, timed, False
    if shape[1:] == "a":  # open at its end
        low = start if shape[0] == "[" else after
        return f"date:{shape[0]}{text} to{']' if shape[0] == '[' else '}'}", low, LATE, timed, False
    if shape[1:] == "b":  # open at its start
        high = after if shape[0] == "[" else start
        return (
            f"date:{shape[0]}to {text}{']' if shape[0] == '[' else '}'}",
            EARLY,
            high,
            timed,
            False,
        )
    b = draw(typed())
    timed = timed or b[3]
    if shape == "[]":
        low, high = start, b[2]
        return f"date:[{text} to {b[0]}]", low, high, timed, low >= high
    low, high = after, b[1]
    return f"date:{{{text} to {b[0]}}}", low, high, timed, low >= high


def in_clause(article: Article, clause: Clause) -> bool:
    _, _, when, has_time = article
    _, low, high, _, _ = clause
    if when is None:
        return False
    if has_time:
        return low <= when < high
    return low <= when and when + timedelta(days=1) <= high  # its whole day


COMBOS = (
    ("{c}", lambda c, w: c),
    ("wheat {c}", lambda c, w: c & w["wheat"]),
    ("{c} AND wheat", lambda c, w: c & w["wheat"]),
    ("(wheat OR frost) {c}", lambda c, w: c & (w["wheat"] | w["frost"])),
    ("frost OR {c}", lambda c, w: c | w["frost"]),
    ("wheat -{c}", lambda c, w: w["wheat"] - c),
    ("frost ANDNOT {c}", lambda c, w: w["frost"] - c),
)


def build(folder: Path, found: list[Article]) -> WhooshEngine:
    corpus = folder / "corpus"
    corpus.mkdir(parents=True)
    with (corpus / "herald.jsonl").open("w") as out:
        for article_id, words, when, has_time in found:
            date = None if when is None else when.isoformat() if has_time else f"{when:%Y-%m-%d}"
            body = " ".join(sorted(words)) + " reported."
            row = {"id": article_id, "title": f"Note {article_id}", "date": date}
            out.write(json.dumps(row | {"source": "Herald", "url": None, "body": body}) + "\n")
    rebuild(corpus, folder / "index")
    engine = open_index(folder / "index")
    engine.searcher.now = NOW
    return engine


def hits(engine: WhooshEngine, text: str) -> set[str] | None:
    """The ids a query finds (None: refused as matching nothing)."""
    try:
        return {hit.id for hit in engine.search(text, limit=None).hits}
    except QueryError as error:
        assert "nothing can match" in str(error), (text, str(error))
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    corpus=articles(),
    asked=st.lists(st.tuples(clauses(), st.sampled_from(COMBOS)), min_size=6, max_size=6),
)
def test_date_clauses_find_what_their_dates_say(
    tmp_path_factory: pytest.TempPathFactory,
    corpus: list[Article],
    asked: list[tuple[Clause, tuple[str, object]]],
) -> None:
    engine = build(tmp_path_factory.mktemp("herald"), corpus)
    with_word = {w: {a[0] for a in corpus if w in a[1]} for w in WORDS}
    for clause, (shape, combine) in asked:
        text = shape.format(c=clause[0])
        found = hits(engine, text)
        if clause[4]:
            assert found is None, text
            continue
        matched = {a[0] for a in corpus if in_clause(a, clause)}
        assert found == combine(matched, with_word), text  # type: ignore[operator]


def test_the_reported_case(tmp_path: Path) -> None:
    # fx81's repro: two Herald articles saying wheat, one of a day, one timed before 10:00
    corpus: list[Article] = [
        ("day", frozenset({"wheat"}), datetime(2021, 2, 14), False),
        ("timed", frozenset({"wheat"}), datetime(2021, 2, 13, 9, 30), True),
    ]
    engine = build(tmp_path, corpus)
    assert hits(engine, 'wheat date:>"2021-02-13 10:00"') == {"day"}
    assert hits(engine, "wheat date:[2021-02-13T10:00 to]") == {"day"}
    assert hits(engine, 'wheat date:<"2021-02-13 10:00"') == {"timed"}
    assert hits(engine, "date:>=2021-02-13T09:30 wheat") == {"day", "timed"}


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="0123456789-:T .[]{}<>=\"'tofebmarchlastweekagoy", max_size=24),
)
def test_any_date_text_parses_or_is_refused(text: str) -> None:
    """Whatever follows ``date:``, the query parses or is refused with a QueryError."""
    for query in (f"date:{text}", f"wheat date:{text}", f"date:>{text} frost"):
        with contextlib.suppress(QueryError):
            parse_unbound(query)


@pytest.mark.parametrize(
    ("text", "start", "last"),
    [
        ("13 february 2021 10am", datetime(2021, 2, 13, 10), datetime(2021, 2, 13, 10, 59, 59)),
        ("13 feb 2021 10 p.m.", datetime(2021, 2, 13, 22), datetime(2021, 2, 13, 22, 59, 59)),
        ("feb 14 2017 12:00am", datetime(2017, 2, 14), datetime(2017, 2, 14, 0, 0, 59)),
        ("13 february 2021 10:30:15", datetime(2021, 2, 13, 10, 30, 15), None),
    ],
)
def test_a_written_time_names_what_an_iso_one_does(
    text: str, start: datetime, last: datetime | None
) -> None:
    period = resolve_date(text)
    end = (last or start).replace(microsecond=999999)
    assert (period.start, period.end, period.timed) == (start, end, True)

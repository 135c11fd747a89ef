"""A time that finds nothing because the day's articles are dated by the day alone says so
(sx51, rv75 #1): ``date:2017-02-07T10:00`` on a corpus whose Feb 7 articles carry no time
found 0, silently. The rule stays (README: a day-only date matches a clause naming a time
only when the clause holds its whole day); `Library.date_miss` (the CLI's stderr, the
reader's note) names the clause widened to its whole days, and how many that finds.

Generated corpora mix day-only and timed articles; generated timed clauses, alone or with a
word: when the search finds nothing and the widened query finds some, the note names it
with its count (the oracle: the widened query's own count); otherwise it says nothing of it.
"""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.library import Library
from index.search.engine import WhooshEngine

DAYS = ("2017-02-06", "2017-02-07", "2017-02-08")
WORDS = ("frost", "dam", "truce")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    draw = random.Random(51)
    folder = tmp_path_factory.mktemp("dayonly")
    rows = []
    for n in range(60):
        day = draw.choice(DAYS)
        timed = n % 3 == 0
        date = f"{day}T{draw.randrange(24):02d}:{draw.randrange(60):02d}:00" if timed else day
        body = " ".join(draw.choice(WORDS) for _ in range(3))
        rows.append({"id": f"t{n:02d}", "title": body.title(), "body": body, "date": date})
    (folder / "news").mkdir()
    (folder / "news" / "c.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
    )
    found = Library(folder / "news", folder / "idx", engine=WhooshEngine(folder / "idx"))
    found.open_or_build()
    return found


_clauses = st.one_of(
    st.tuples(st.sampled_from(DAYS), st.integers(0, 23)).map(lambda p: f"date:{p[0]}T{p[1]:02d}"),
    st.tuples(st.sampled_from(DAYS), st.integers(0, 23), st.integers(0, 59)).map(
        lambda p: f"date:{p[0]}T{p[1]:02d}:{p[2]:02d}"
    ),
    st.tuples(st.sampled_from(DAYS), st.integers(0, 23), st.sampled_from(DAYS)).map(
        lambda p: f"date:[{p[0]}T{p[1]:02d} to {p[2]}T23]" if p[0] <= p[2] else f"date:{p[0]}"
    ),
)


@settings(max_examples=50, deadline=None)
@given(_clauses, st.sampled_from(["", "frost ", "dam AND "]))
@example("date:[2017-02-06T22 to 2017-02-06T23]", "")  # ci140: a range within one day
def test_a_time_that_misses_day_only_articles_names_their_days(
    library: Library, clause: str, words: str
) -> None:
    query = f"{words}{clause}"
    found = library.search(query, limit=None).total
    if found:  # the CLI and the reader ask `date_miss` only of a query that found nothing
        assert "by its day alone matches" not in (library.search_note(query, found) or "")
        return
    said = library.date_miss(query) or ""
    day = clause[5:15] if "[" not in clause else None
    if day is None and clause[6:16] == clause[-14:-4]:  # a range within one day (ci140):
        day = clause[6:16]  # its whole day is that day's clause
    if day is None:
        assert "by its day alone matches" not in said or "date:[" in said
        return
    widened = f"{words}date:{day}"
    wide = library.count(widened)
    if wide:
        assert f"try {widened}: it finds {wide:,}" in said, (query, said)
        assert "by its day alone matches" in said
    else:
        assert "by its day alone matches" not in said, (query, said)
    note = library.search_note(query, found) or ""
    assert said in note

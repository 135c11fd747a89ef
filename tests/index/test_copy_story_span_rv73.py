"""rv73: a story counts an exact copy once (`index.copies.fold_story`), but its start and end
still came from every article: a copy saved a day later ended the story on a day none of its
listed articles has ("end" in `stories --json`, "last" in the table, the span of `story`),
and `--since` that day listed it. 75 stories of 10,000 newsarticles+Reuters records had an
end no listed article gave. Oracles: the span of the articles left once counted, over
generated stories (hypothesis); and the CLI's "end" against `story --json`'s articles."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.copies import fold_story
from index.library import Library
from index.models import Story
from tests.conftest import write_corpus
from tests.index.test_copies import _text
from tui.cli import app

DAY = datetime(2021, 2, 12)

rows = st.lists(
    st.tuples(
        st.sampled_from(["Herald", "Ledger", None]),
        st.one_of(st.none(), st.integers(0, 5 * 24).map(lambda h: DAY + timedelta(hours=h))),
        st.booleans(),  # a copy of the first article
    ),
    min_size=1,
    max_size=7,
)


@given(rows)
def test_a_storys_span_leaves_its_copies_out(
    facts: list[tuple[str | None, datetime | None, bool]],
) -> None:
    dated = [(f"a{k}", source, when) for k, (source, when, _) in enumerate(facts)]
    dated.sort(key=lambda row: (row[2] is None, row[2] or DAY, row[0]))
    ids = tuple(i for i, _, _ in dated)
    same = {f"a{k}": "a0" for k, (_, _, copy) in enumerate(facts) if copy and k > 0}
    when = [d for _, _, d in dated if d is not None]
    story = Story("s1", "T", ids, (), ids[0], min(when, default=None), max(when, default=None))
    folded = fold_story(story, same, dated)
    kept = [d for i, _, d in dated if i not in folded.copies and d is not None]
    assert folded.start == min(kept, default=None)
    assert folded.end == max(kept, default=None)
    if folded.copies:  # with none, the story is as given (its per_day too)
        assert sum(folded.per_day) == len(kept)


def test_a_later_copy_neither_ends_the_story_nor_lists_it_since(
    tmp_path: Path, index_dir: Path
) -> None:
    corpus = write_corpus(
        tmp_path / "dup",
        {
            "a.md": _text("Herald", 12),
            "b.md": _text("Herald", 14),  # a.md saved again two days later: a copy
            "c.md": _text("Ledger", 13),
        },
    )
    with Library.open(corpus, index_dir) as library:
        (story,) = library.stories()
        assert story.copies == ("b.md",)
        assert story.end == datetime(2021, 2, 13)
        assert library.stories(since=datetime(2021, 2, 14)) == []
    where = ["--corpus", str(corpus), "--index-dir", str(index_dir)]
    runner = CliRunner()
    listed = json.loads(runner.invoke(app, [*where, "stories", "--json"]).stdout)
    told = json.loads(runner.invoke(app, [*where, "story", listed[0]["id"], "--json"]).stdout)
    days = sorted(a["date"] for a in told["articles"])
    assert (
        (listed[0]["start"], listed[0]["end"])
        == (days[0], days[-1])
        == ("2021-02-12", "2021-02-13")
    )
    since = runner.invoke(app, [*where, "stories", "--since", "2021-02-14", "--json"])
    assert json.loads(since.stdout) == []

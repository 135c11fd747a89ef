"""YAML front matter may name one list many times over (anchors and aliases): 9 lists of 9
of ... 9 levels down is 387 million items in 400 bytes. `safe_load` shares them, but a bad
date's note wrote the whole value out to keep 40 characters of it: 1.6 s at 7 levels,
eight times longer each level more, so one Markdown file held a build for minutes and
ate the memory (rv69, reviewing fx159's deep files). Now the note shows a few levels and
items. Oracle: the note is the one a small value gives in the same words, the body is
kept, and the time does not grow with the levels."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.readers import iter_articles
from index.ingest.sidecars import front_matter
from index.models import Article, Skipped

BODY = "The council met on Tuesday and voted to open the new bridge over the river."


def _bomb(levels: int, width: int, key: str) -> str:
    lines = [f"a0: &a0 [{', '.join(['x'] * width)}]"]
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * width) + "]")
    return "---\n" + "\n".join([*lines, f"{key}: *a{levels - 1}", "title: Bridge"]) + "\n---\n"


@settings(max_examples=25, deadline=None)
@given(
    levels=st.integers(1, 14),
    width=st.integers(1, 9),
    key=st.sampled_from(("date", "updated")),
)
def test_an_alias_bomb_is_one_quick_note(levels: int, width: int, key: str) -> None:
    start = time.perf_counter()
    front = front_matter(_bomb(levels, width, key) + BODY + "\n")
    took = time.perf_counter() - start
    assert took < 2.0, took  # 9 wide, 8 levels: 13 s before
    assert front.text.strip() == BODY
    assert front.fields["title"] == "Bridge"
    [note] = front.dropped
    assert note.startswith((f"'{key}' is not a date: '[", f"'{key}' is not a date: \"["))
    assert len(note) <= len(f"'{key}' is not a date: ''") + 40


def test_a_small_bad_date_reads_as_before() -> None:
    front = front_matter("---\ndate: [1, 2]\n---\n" + BODY + "\n")
    assert front.dropped == ("'date' is not a date: '[1, 2]'",)


def test_the_build_keeps_the_article(tmp_path: Path) -> None:
    (tmp_path / "bomb.md").write_text(_bomb(9, 9, "date") + BODY + "\n", encoding="utf-8")
    found = list(iter_articles(tmp_path))
    assert [a.title for a in found if isinstance(a, Article)] == ["Bridge"]
    assert [s.reason[:40] for s in found if isinstance(s, Skipped)] == [
        "front matter field ignored: 'date' is no"
    ]

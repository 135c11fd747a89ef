"""A table or key ``feeds.toml`` does not know is told, not read silently as no feeds (fx95,
rv44: a ``[[feeds]]`` typo was valid TOML holding no ``[[feed]]``).

The oracle: files built block by block (feeds, typo'd tables, ``[settings]``, unknown
keys, a feed's sub-tables) with the line of each block known: the feeds read are the
``[[feed]]`` blocks', and
the notes are one line per unknown name at its first line, with its nearest known name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.fetch.feedcheck import feed_file_notes
from index.fetch.feedlist import add_feed, feeds_path, read_feeds
from index.fetch.models import Feed, FetchError

TYPOS = {  # header name -> what the note shows, and the hint
    "feeds": ("[[feeds]]", "; did you mean [[feed]]?"),
    "Feed": ("[[Feed]]", "; did you mean [[feed]]?"),
    "FEED": ("[[FEED]]", "; did you mean [[feed]]?"),
    "fed": ("[[fed]]", "; did you mean [[feed]]?"),
    '"feed "': ("[[feed ]]", "; did you mean [[feed]]?"),
    "hooks": ("[[hooks]]", ""),
    "setting": ("[[setting]]", "; did you mean [settings]?"),
}
SUBTABLES = {  # a feed's sub-table header -> its name (rv45: told with no line before)
    "[feed.extra]": "extra",
    '[ feed . "my tags" ]': "my tags",
    "[[feed.items]]": "items",  # was counted as a new feed: the next feed's lines were off
}
KEYS = {"nmae": "; did you mean name?", "ulr": "; did you mean url?", "tags": ""}
_BLOCKS = st.lists(
    st.one_of(
        st.tuples(st.just("feed"), st.sampled_from(["", *KEYS])),
        st.tuples(st.just("subtable"), st.sampled_from(sorted(SUBTABLES))),
        st.tuples(st.just("typo"), st.sampled_from(sorted(TYPOS))),
        st.tuples(st.just("settings"), st.just("")),
        st.tuples(st.just("comment"), st.just("")),
    ),
    max_size=8,
)


def _file(blocks: list[tuple[str, str]]) -> tuple[str, list[Feed], list[str]]:
    """The text of ``blocks``, the feeds it holds, and the notes it should give."""
    lines: list[str] = []
    feeds: list[Feed] = []
    notes: list[str] = []
    seen: set[str] = set()
    settings_done = False
    for kind, what in blocks:
        if kind == "settings" and settings_done:
            continue  # one [settings] table: a second is invalid TOML
        if kind == "feed":
            lines.append("[[feed]]")
            url = f"https://h{len(feeds)}.example/rss"
            feeds.append(Feed(url))
            lines.append(f'url = "{url}"')
            if what:
                lines.append(f'{what} = "x"')
                notes.append(f"W: unknown key {what} in feed {len(feeds)} (line {len(lines)})")
                notes[-1] += KEYS[what]
        elif kind == "subtable":
            lines.append("[[feed]]")
            url = f"https://h{len(feeds)}.example/rss"
            feeds.append(Feed(url))
            lines += [f'url = "{url}"', what, "x = 1"]
            line = len(lines) - 1  # the sub-table's header
            notes.append(f"W: unknown key {SUBTABLES[what]} in feed {len(feeds)} (line {line})")
        elif kind == "typo":
            lines.append(f"[[{what}]]")
            shown, hint = TYPOS[what]
            if what not in seen:
                notes.append(f"W: unknown table {shown} (line {len(lines)}){hint}")
            seen.add(what)
            lines.append('url = "https://typo.example/rss"')
        elif kind == "settings":
            settings_done = True
            lines += ["[settings]", "interval = 2"]
        else:
            lines.append("# a comment of mine")
        lines.append("")
    if notes and not feeds:
        notes.append("W: no feed was read: the file has no [[feed]] table")
    return "\n".join(lines), feeds, notes


def _ordered(notes: list[str]) -> list[str]:
    """Table notes come in the file's order of names, then the feeds' keys, then the end."""
    return sorted(notes, key=lambda n: ("in feed" in n, "no feed was read" in n))


@settings(max_examples=150, deadline=None)
@given(blocks=_BLOCKS)
def test_unknown_tables_and_keys_are_told_and_the_feeds_read(
    tmp_path_factory: pytest.TempPathFactory, blocks: list[tuple[str, str]]
) -> None:
    root = tmp_path_factory.mktemp("c")
    text, feeds, notes = _file(blocks)
    feeds_path(root).write_text(text, "utf-8")
    assert read_feeds(root) == feeds
    said = [n.replace(str(feeds_path(root)), "W") for n in feed_file_notes(feeds_path(root))]
    assert said == _ordered(notes)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_no_text_gives_anything_but_notes_or_one_line(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    root = tmp_path_factory.mktemp("c")
    feeds_path(root).write_text(text, "utf-8")
    assert all("\n" not in note for note in feed_file_notes(feeds_path(root)))
    try:
        read_feeds(root)
    except FetchError as error:
        assert str(error)


def test_a_lone_feed_table_is_read_and_mended_on_the_next_add(tmp_path: Path) -> None:
    text = '# mine\n[feed]\nurl = "https://a.example/rss"\nname = "A"\n\n[settings]\nx = 1\n'
    feeds_path(tmp_path).write_text(text, "utf-8")
    assert read_feeds(tmp_path) == [Feed("https://a.example/rss", "A")]
    [note] = feed_file_notes(feeds_path(tmp_path))
    assert note.endswith("[feed] (line 2) should be [[feed]] (one table a feed): read as one")
    added = add_feed(tmp_path, "https://b.example/rss")
    after = feeds_path(tmp_path).read_text("utf-8")
    assert after.startswith('# mine\n[[feed]]\nurl = "https://a.example/rss"\nname = "A"\n')
    assert "[settings]\nx = 1\n" in after
    assert read_feeds(tmp_path) == [Feed("https://a.example/rss", "A"), added]
    assert feed_file_notes(feeds_path(tmp_path)) == []


def test_a_key_meant_for_a_feed_and_an_inline_typo(tmp_path: Path) -> None:
    for text, said in (
        ('url = "https://a.example/rss"\n', "unknown key url (line 1); it belongs under a"),
        ('feeds = [{url = "https://a.example/rss"}]\n', "unknown key feeds (line 1); did you"),
    ):
        feeds_path(tmp_path).write_text(text, "utf-8")
        first, nothing = feed_file_notes(feeds_path(tmp_path))
        assert said in first and "no feed was read" in nothing

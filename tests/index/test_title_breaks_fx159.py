"""A line break in a given title ("\\r", "\\r\\n", U+2028...) was kept as "\\n" and shown so
(nu63 #4: "Dam opens\\rin the valley" listed as "Dam opens\\nin the valley"): a title is one
line, so each break, with the blanks around it, is one space. Oracle: the words of the title
as given, joined by one space, wherever the title is given (JSON Lines, JSON, a sidecar)."""

from __future__ import annotations

import json
import tempfile
import tomllib
from pathlib import Path

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.readers import iter_articles
from index.models import Article

BREAKS = ("\r", "\n", "\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", " \r\n\t ", "\n\n")
_WORDS = st.lists(
    st.text("abcdefgkmoprsABCDEFGKMOPRS", min_size=1, max_size=8), min_size=1, max_size=6
)
BODY = "The council met on Tuesday and voted to open the new bridge over the river."


def _joined(words: list[str], seps: list[str]) -> str:
    return "".join(w + s for w, s in zip(words[:-1], seps, strict=False)) + words[-1]


def _title(folder: Path, place: str, title: str) -> str:
    if place == "jsonl":
        line = json.dumps({"id": "t1", "title": title, "body": BODY})
        (folder / "f.jsonl").write_text(line + "\n", encoding="utf-8")
    elif place == "json":
        text = json.dumps({"id": "t1", "title": title, "body": BODY})
        (folder / "t1.json").write_text(text, encoding="utf-8")
    else:
        (folder / "t1.txt").write_text(BODY + "\n", encoding="utf-8")
        side = tomli_w.dumps({"title": title})
        assert tomllib.loads(side)["title"] == title
        (folder / "t1.meta.toml").write_text(side, encoding="utf-8", newline="")
    found = [a for a in iter_articles(folder) if isinstance(a, Article)]
    assert len(found) == 1
    return found[0].title


@settings(max_examples=60, deadline=None)
@given(
    words=_WORDS,
    seps=st.lists(st.sampled_from((" ", *BREAKS)), min_size=5, max_size=5),
    place=st.sampled_from(("jsonl", "json", "sidecar")),
)
def test_a_given_title_is_one_line(words: list[str], seps: list[str], place: str) -> None:
    given_title = _joined(words, seps)
    with tempfile.TemporaryDirectory() as name:
        title = _title(Path(name), place, given_title)
    assert title == " ".join(words)


def test_nu63_title_shown_as_written() -> None:
    with tempfile.TemporaryDirectory() as name:
        assert _title(Path(name), "jsonl", "Dam opens\rin the valley") == "Dam opens in the valley"

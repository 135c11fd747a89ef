"""A kept passage is shown in one pair of marks by one rule (`index.wording.quoted`), wherever
it is shown: the notebook's rows read “"In order…, “‘He made it…’ he said.” and a bare
"At this point…" (fx170). “…” around it, its double marks that pair up single inside; a lone
mark at either end (a quotation the passage starts or ends within) left out; a passage in a
pair of marks of its own not wrapped again, a straight "…" curled. Display only: the exports
that promise the article's own characters (JSON, CSV, the memo's block quotes) keep them."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import example, given
from hypothesis import strategies as st
from rich.console import Console

from index.notebook import AnchorState, ArticleRecord, Entry, Highlight
from index.notebook.exports import to_csljson, to_csv, to_json, to_ris
from index.notebook.memo import inline, markdown
from index.wording import quoted
from tests.passage_marks import marked_once, own_pair_kept
from tui.cli.notebook import entries_table
from tui.screens.notebook_rows import _highlight_item

LETTERS = st.text(
    st.sampled_from("abcdefghijklmnopqrstuvwxyzAHO0123456789"), min_size=1, max_size=6
)
WORD = st.one_of(
    LETTERS,
    st.tuples(LETTERS, st.sampled_from("'’"), LETTERS).map("".join),  # don't, O’Neill
    LETTERS.map(lambda word: word + "s’"),  # the workers’ union
    st.tuples(LETTERS, st.sampled_from(",.;:?!…")).map("".join),
)
INSIDE = [("“", "”"), ('"', '"'), ("‘", "’")]
"""The pairs of marks a quotation inside a passage comes in."""
ENDS = [("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("„", "“"), ("「", "」")]
"""The pairs a passage may come in, or start or end with one mark of."""


@st.composite
def passages(draw: st.DrawFn) -> tuple[str, bool]:
    """A passage of words, maybe with a quotation inside, maybe starting and ending with a
    pair of marks of its own (then True), or with a lone mark at one end or both."""
    words = draw(st.lists(WORD, min_size=1, max_size=7))
    if len(words) > 1 and draw(st.booleans()):
        start = draw(st.integers(0, len(words) - 1))
        end = draw(st.integers(start, len(words) - 1))
        opening, closing = draw(st.sampled_from(INSIDE))
        words[start] = opening + words[start]
        words[end] = words[end] + closing
    text = " ".join(words)
    how = draw(st.sampled_from(["both", "none", "open", "close", "lone both"]))
    opening, closing = draw(st.sampled_from(ENDS))
    if how == "lone both":  # the middle of a quotation: its close, words, the next's open
        return f"{closing} {text} {opening}", False
    before = opening if how in ("both", "open") else ""
    after = closing if how in ("both", "close") else ""
    return before + text + after, how == "both"


def entry_of(passage: str) -> tuple[Entry, Highlight]:
    highlight = Highlight(
        1, "a1", passage, "", "", 0, len(passage), None, (), AnchorState.ANCHORED, "", ""
    )
    record = ArticleRecord("a1", "Harbour", "Wire", None, None, None)
    return Entry(record, highlights=(highlight,)), highlight


@given(passages())
@example(('"In order to keep the port open', False))  # the rows fx170 saw
@example(("“He made it,” he said.", False))
@example(('"At this point we know nothing."', True))
@example(("‘We don’t know,’ she said of the workers’ union.", False))
@example(('“"Rebuild" is the word,” he said, “and soon.”', False))
def test_a_kept_passage_is_shown_in_one_pair_of_marks(drawn: tuple[str, bool]) -> None:
    passage, own = drawn
    shown = quoted(passage)
    assert marked_once(shown, passage), shown
    assert not own or own_pair_kept(shown, passage), shown


@given(passages())
@example(('"In order to keep the port open', False))
@example(("0.", False))  # ci144: the memo escapes a line that would start a list ("0\\.")
def test_every_view_shows_it_so_and_the_exact_exports_keep_its_characters(
    drawn: tuple[str, bool],
) -> None:
    passage, _ = drawn
    shown = quoted(passage)
    entry, highlight = entry_of(passage)
    assert shown in _highlight_item(entry, highlight).label.plain  # the notebook (`b`)
    console = Console(width=1000, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(entries_table([entry]))  # `broadsheet notes`
    console.file.close()
    assert f"[1] {shown}" in console.export_text()
    assert f"N1  - {shown}\r\n" in to_ris([entry])
    assert json.loads(to_csljson([entry]))[0]["note"] == shown
    # the exact text, as the article has it (its offsets point into it)
    assert json.loads(to_json([entry]))[0]["highlights"][0]["exact"] == passage
    assert any(passage in row for row in csv.reader(io.StringIO(to_csv([entry]))))
    # the memo: the article's characters, escaped as Markdown escapes them ("0." as "0\\.")
    assert f"> {inline(passage)}\n" in markdown([entry], title="N", exported="2026-12-07")


def test_the_rows_fx170_saw() -> None:
    assert quoted('"In order to keep the port open') == "“In order to keep the port open”"
    assert quoted("“He made it,” he said.") == "“‘He made it,’ he said.”"
    assert quoted('"At this point we know nothing."') == "“At this point we know nothing.”"
    # a quotation's end, the words after it, the next one's start: the words, in one pair
    assert quoted("” he said. “") == "“he said.”"
    # an apostrophe at an end is no lone mark; a pair of its own in another style is kept
    assert quoted("the workers’") == "“the workers’”"
    assert quoted("'Tis the season") == "“'Tis the season”"
    assert quoted("«Nous reconstruirons.»") == "«Nous reconstruirons.»"
    assert quoted("„Wir bauen wieder auf.“") == "„Wir bauen wieder auf.“"
    # an excerpt cut short keeps one closing mark
    assert quoted('"At this point we know nothing."', '"At this point…') == "“At this point…”"

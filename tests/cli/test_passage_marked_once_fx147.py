"""A highlight whose passage starts and ends with quotation marks (a quote's paragraph) was
shown ““…”” in the notebook (`b`) and in `broadsheet notes` (nu60 #8): a passage in a pair of
marks of its own (any style) is shown in those, a straight "…" curled (fx170); any other in
“…”, a lone mark at one end left out (fx170: “"In order…)."""

from __future__ import annotations

import json
from pathlib import Path
from unicodedata import normalize

from hypothesis import example, given
from hypothesis import strategies as st
from rich.console import Console
from typer.testing import CliRunner

from index.models import quoted
from index.notebook import AnchorState, ArticleRecord, Entry, Highlight
from index.notebook.exports import to_csljson, to_ris
from index.wording import QUOTE_MARKS
from tests.conftest import write_corpus
from tests.passage_marks import marked_once, own_pair_kept
from tui.cli import app
from tui.cli.notebook import entries_table
from tui.screens.notebook_rows import _highlight_item

STYLES = [
    ("“", "”"),
    ('"', '"'),
    ("„", "“"),
    ("« ", " »"),
    ("»", "«"),
    ("‘", "’"),
    ("'", "'"),
    ("「", "」"),
    ("”", "”"),
]
"""Pairs of marks a passage may open and close with, in some language's style."""

WORD = st.text(
    st.characters(
        codec="utf-8", categories=("L", "N", "P"), exclude_characters="".join(QUOTE_MARKS)
    ),
    min_size=1,
    max_size=12,
)
INNER = st.lists(WORD, min_size=1, max_size=6).map(lambda words: normalize("NFC", " ".join(words)))
"""Words with no mark at either end, one space apart and composed (the views make any run of
spaces one; the exports compose: a compatibility ideograph is another character there)."""


@st.composite
def passages(draw: st.DrawFn) -> tuple[str, bool]:
    """A passage, and whether it comes in a pair of marks of its own (else: none, one end
    only, or a Swedish ”…”, whose marks the rule cannot tell from a quotation's end)."""
    inner = draw(INNER)
    how = draw(st.sampled_from(["both", "none", "open", "close"]))
    opening, closing = draw(st.sampled_from(STYLES))
    passage = {
        "both": f"{opening}{inner}{closing}",
        "none": inner,
        "open": f"{opening}{inner}",
        "close": f"{inner}{closing}",
    }[how]
    return passage, how == "both" and opening != "”"


def shown_once(shown: str, passage: str, own: bool) -> bool:
    """The rule (`tests.passage_marks`), and a passage's own pair kept as it is."""
    return marked_once(shown, passage) and (not own or own_pair_kept(shown, passage))


def highlight_of(passage: str) -> Highlight:
    return Highlight(
        1, "a1", passage, "", "", 0, len(passage), None, (), AnchorState.ANCHORED, "", ""
    )


@given(passages())
@example(("“We will rebuild the harbour before winter.”", True))  # nu60's case
@example(("“We will rebuild,” the mayor said.", False))
@example(('"In order to', False))  # fx170's rows: “"In order… and "At this point…"
@example(('"At this point"', True))
@example(("„/“", True))  # ci140: “ after a slash, at the end, opened and was dropped
def test_every_view_shows_the_passage_marked_once(drawn: tuple[str, bool]) -> None:
    passage, own = drawn
    shown = quoted(passage)
    assert shown_once(shown, passage, own), shown
    highlight = highlight_of(passage)
    entry = Entry(ArticleRecord("a1", "Harbour", "Wire", None, None, None), highlights=(highlight,))
    # the notebook screen's row (`b`)
    assert shown in _highlight_item(entry, highlight).label.plain
    # `broadsheet notes`' table
    console = Console(width=1000, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(entries_table([entry]))
    console.file.close()
    line = next(line for line in console.export_text().splitlines() if "[1]" in line)
    assert f"[1] {shown}" in line
    # the exports that write a highlight on one line
    assert f"N1  - {shown}\r\n" in to_ris([entry])
    assert json.loads(to_csljson([entry]))[0]["note"] == shown


def test_notes_of_a_quoted_paragraph_marks_it_once(tmp_path: Path) -> None:
    """nu60's walkthrough as the command: the highlight of a quote's paragraph."""
    paragraph = "“We will rebuild the harbour before winter.”"
    corpus = write_corpus(
        tmp_path / "corpus",
        {"harbour.txt": f"Harbour repairs\n\n{paragraph}\n\nThe mayor spoke.\n"},
    )
    runner = CliRunner(env={"BROADSHEET_INDEX_DIR": str(tmp_path / "index")})
    done = runner.invoke(app, ["highlight", "harbour.txt", paragraph, "--corpus", str(corpus)])
    assert done.exit_code == 0, done.stderr
    listed = runner.invoke(app, ["notes", "--corpus", str(corpus)])
    assert listed.exit_code == 0, listed.stderr
    assert f"[1] {paragraph}" in listed.stdout and "““" not in listed.stdout

"""A highlight whose passage starts and ends with quotation marks (a quote's paragraph) was
shown ““…”” in the notebook (`b`) and in `broadsheet notes` (nu60 #8): a passage is put in
marks only when it has none of its own at both ends (any style)."""

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
from index.wording import QUOTE_MARKS, nested
from tests.conftest import write_corpus
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
    """A passage, and whether it comes in marks of its own at both ends (else: none, or one
    end only, which does not make it quoted)."""
    inner = draw(INNER)
    how = draw(st.sampled_from(["both", "none", "open", "close"]))
    opening, closing = draw(st.sampled_from(STYLES))
    passage = {
        "both": f"{opening}{inner}{closing}",
        "none": inner,
        "open": f"{opening}{inner}",
        "close": f"{inner}{closing}",
    }[how]
    return passage, how == "both"


def marked_once(shown: str, passage: str, own: bool) -> bool:
    """Whether ``shown`` has ``passage`` exactly once, in marks once: its own (no mark right
    outside it), or “ and ” around it (its double marks single inside them: fx150)."""
    passage = passage if own else nested(passage)
    if shown.count(passage) != 1:
        return False
    at = shown.index(passage)
    before, after = shown[at - 1 : at], shown[at + len(passage) : at + len(passage) + 1]
    if own:
        return before not in QUOTE_MARKS and after not in QUOTE_MARKS
    return (before, after) == ("“", "”")


def highlight_of(passage: str) -> Highlight:
    return Highlight(
        1, "a1", passage, "", "", 0, len(passage), None, (), AnchorState.ANCHORED, "", ""
    )


@given(passages())
@example(("“We will rebuild the harbour before winter.”", True))  # nu60's case
@example(("“We will rebuild,” the mayor said.", False))
def test_every_view_shows_the_passage_marked_once(drawn: tuple[str, bool]) -> None:
    passage, own = drawn
    assert marked_once(quoted(passage), passage, own)
    highlight = highlight_of(passage)
    entry = Entry(ArticleRecord("a1", "Harbour", "Wire", None, None, None), highlights=(highlight,))
    # the notebook screen's row (`b`)
    assert marked_once(_highlight_item(entry, highlight).label.plain, passage, own)
    # `broadsheet notes`' table
    console = Console(width=1000, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(entries_table([entry]))
    console.file.close()
    shown = next(line for line in console.export_text().splitlines() if "[1]" in line)
    assert marked_once(shown.strip(), passage, own)
    # the exports that write a highlight on one line
    assert marked_once(to_ris([entry]), passage, own)
    assert marked_once(json.loads(to_csljson([entry]))[0]["note"], passage, own)


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

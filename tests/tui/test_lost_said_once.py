"""nu57 #6: a highlight not found in its article's text is said in one phrase by `notes`,
the notebook screen's row and the exported memo (it was "(not found in the text)", "(not
found in the text now)" and "(no longer found in the article)")."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from index.models import CHANGED, NOT_FOUND
from index.notebook import ArticleText, Notebook, anchor_quote
from index.notebook.memo import markdown
from index.notebook.models import ArticleRecord
from tui.cli.notebook import entries_table
from tui.screens.notebook import items

BODY = "The dam held through the night. Engineers checked the spillway at dawn."
OLD_WORDS = ("not found in the text)", "no longer found", "not found in the text now now")


def test_one_phrase_for_a_lost_highlight(tmp_path: Path) -> None:
    record = ArticleRecord("a1", "Dam holds", "Reuters")
    with Notebook.open(tmp_path) as notebook:
        notebook.highlight(record, anchor_quote(BODY, "Engineers checked the spillway"))
        notebook.highlight(record, anchor_quote(BODY, "The dam held"))
        notebook.refresh(lambda _: ArticleText(record, "The dam held. Then rain fell."))
        entries = notebook.notes()
    console = Console(width=200, record=True)
    console.print(entries_table(entries))
    listed = console.export_text()
    [row] = [r.label.plain for r in items(entries, [], []) if r.highlight and r.highlight.orphaned]
    memo = markdown(entries, title="Notebook", exported="2026-12-06T10:00:00+00:00")
    for said in (listed, row, memo):
        assert said.count(f"({NOT_FOUND})") == 1, said
        assert not any(words in said.replace(f"({NOT_FOUND})", "") for words in OLD_WORDS)


def test_one_phrase_for_a_highlight_found_in_changed_text(tmp_path: Path) -> None:
    """Reworded inside, or its words found out of their old context (nu57 #2): both fuzzy,
    both said "(as highlighted: the text changed there)" ("worded differently now" was
    untrue of the second)."""
    record = ArticleRecord("a1", "Dam holds", "Reuters")
    body = BODY + " Officials later said the dam held through the night again, to their relief."
    with Notebook.open(tmp_path) as notebook:
        notebook.highlight(record, anchor_quote(body, "Engineers checked the spillway"))
        notebook.highlight(record, anchor_quote(body, "held through the night", near=100))
        changed = body.replace("checked", "inspected").replace(
            "Officials later said the dam held through the night again, to their relief.",
            "Residents were told that it held through the night with no leak.",
        )
        notebook.refresh(lambda _: ArticleText(record, changed))
        entries = notebook.notes()
    assert [h.edited for h in entries[0].highlights] == [True, True]
    console = Console(width=200, record=True)
    console.print(entries_table(entries))
    rows = "\n".join(r.label.plain for r in items(entries, [], []) if r.highlight)
    memo = markdown(entries, title="Notebook", exported="2026-12-06T10:00:00+00:00")
    for said in (console.export_text(), rows, memo):
        assert said.count(f"({CHANGED})") == 2, said

"""Keeping a comparison: what each article alone says, as highlights in the notebook (nu40
#7: neither the heat map nor the story memo kept the "only in" lists; the workaround was
`compare --markdown`, pasted by hand).

No Textual here: run by the comparison screen in a thread worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from index.library import Library, MultiComparison, printable
from index.notebook import ArticleRecord, Notebook, anchor_at

TAG = "only-here"
"""The tag on every kept passage: the notebook's filter finds them all (`#only-here`)."""


def only_here_note(comparison: MultiComparison, position: int) -> str:
    """The note on an article's kept passage: which articles it was compared with."""
    others = [
        f"{k + 1} {printable(doc.source or 'outlet unknown')} ({doc.id})"
        for k, doc in enumerate(comparison.documents)
        if k != position
    ]
    return f"Only here, of {len(comparison.documents)} compared; not in {', '.join(others)}"


def keep_only_here(
    notebook: Notebook, comparison: MultiComparison, records: Sequence[ArticleRecord]
) -> int:
    """Highlight, in each compared article, every sentence no other article carries
    (``comparison.only_in``), tagged `TAG`, its note naming the other articles. Keeping the
    same comparison again adds nothing (the notebook keeps a passage once). A passage
    kept already with a note keeps it (the reader's own, or an earlier comparison's: the
    notebook would write this one over it, rv40 #2); it gets the tag.

    Args:
        notebook: The open notebook.
        comparison: The comparison.
        records: Each compared article's record, in the comparison's order.

    Returns:
        How many passages were kept.
    """
    kept = 0
    for position, only in enumerate(comparison.only_in):
        body = comparison.documents[position].body
        note = only_here_note(comparison, position)
        entry = notebook.entry(records[position].id)
        noted = {(h.start, h.exact) for h in entry.highlights if h.note} if entry else set()
        for s in only.sentences:
            sentence = comparison.sentences[position][s]
            anchor = anchor_at(body, sentence.start, sentence.end)
            mine = None if (anchor.start, anchor.exact) in noted else note
            notebook.highlight(records[position], anchor, note=mine, tags=[TAG])
            kept += 1
    return kept


def keep_comparison(library: Library, comparison: MultiComparison) -> tuple[int, int]:
    """`keep_only_here` in the library's notebook; (passages kept, articles with some)."""
    records = [_record(library, doc) for doc in comparison.documents]
    with library.notebook() as notebook:
        kept = keep_only_here(notebook, comparison, records)
    return kept, sum(1 for only in comparison.only_in if only.sentences)


def _record(library: Library, doc: Any) -> ArticleRecord:
    """A compared article's record (``doc``, the comparison's document) as indexed now;
    if an update deleted it since, as the comparison read it (rv40 #3: `h` failed with
    "notebook failed: 'id'" and kept nothing for any article). The notebook keeps a gone
    article's passages."""
    try:
        return ArticleRecord.of(library.article(doc.id))
    except KeyError:
        return ArticleRecord(doc.id, doc.title, doc.source, doc.date)

"""Keeping a comparison in the notebook: one sentence (`keep_sentence`, the heat map's `h`,
as `h` in the reader keeps one passage: nu44, `h` kept 72 at once), or what each article
alone says (`keep_comparison`, `H`, asked first; nu40 #7: neither the heat map nor the
story memo kept the "only in" lists; the workaround was `compare --markdown`, pasted by
hand).

No Textual here: run by the comparison screen in a thread worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from index.library import Library, MultiComparison, printable
from index.notebook import ArticleRecord, Notebook, anchor_at

TAG = "only-here"
"""The tag on every kept passage: the notebook's filter finds them all (`#only-here`)."""


def only_here_note(comparison: MultiComparison, position: int) -> str:
    """The note on an article's kept passage: which articles it was compared with, each by
    its outlet, day and the shortest form of its id that names it among them (nu54 #2:
    "3 RTE (fetched/127.0.0.3_8054/2017-02-24/na-1457-2d6c0759da.html)", ~390 characters
    a note): "2 RTE 2017-02-24 (na-1457)"."""
    from index.library import shortest_form

    ids = [doc.id for doc in comparison.documents]
    others = [
        " ".join(
            part
            for part in (
                str(k + 1),
                printable(doc.source or "outlet unknown"),
                (doc.date or "")[:10],
                f"({printable(shortest_form(doc.id, ids))})",
            )
            if part
        )
        for k, doc in enumerate(comparison.documents)
        if k != position
    ]
    return f"Only here, of {len(comparison.documents)} compared; not in {', '.join(others)}"


@dataclass(frozen=True, slots=True)
class Kept:
    """What keeping a comparison did (rv40 #7: `h` twice said "Kept 66 sentences" both
    times, though the second kept nothing new).

    Attributes:
        new: Passages the notebook did not have with the tag before.
        already: Passages it had with the tag already (kept by an earlier `h`).
        articles: Compared articles with a passage of their own (0 when not counted).
    """

    new: int
    already: int
    articles: int = 0

    def said(self, compared: int) -> str:
        """The toast: what was kept, of ``compared`` articles, and what was there before."""
        where = f"({self.articles} of {compared} articles) in the notebook, tagged #{TAG}"
        if not self.new and not self.already:
            return "No sentence here is one article's alone: nothing to keep"
        if not self.new:
            return f"Already kept: {sentences(self.already)} only one article has {where}"
        if not self.already:
            return f"Kept {sentences(self.new)} only one article has {where}"
        were = "was" if self.already == 1 else "were"
        return (
            f"Kept {sentences(self.new, 'new ')} only one article has {where} "
            f"({self.already} {were} there already)"
        )


def sentences(count: int, kind: str = "") -> str:
    """A count of sentences in words: "1 sentence", "3 new sentences" (rv48: `H` keeps one
    without asking, and its toast read "Kept 1 sentences")."""
    return f"{count} {kind}sentence{'s' * (count != 1)}"


def keep_only_here(
    notebook: Notebook, comparison: MultiComparison, records: Sequence[ArticleRecord]
) -> Kept:
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
        How many passages are new in the notebook, and how many it had with the tag.
    """
    new = already = 0
    for position, only in enumerate(comparison.only_in):
        body = comparison.documents[position].body
        note = only_here_note(comparison, position)
        entry = notebook.entry(records[position].id)
        highlights = entry.highlights if entry else ()
        noted = {(h.start, h.exact) for h in highlights if h.note}
        tagged = {(h.start, h.exact) for h in highlights if TAG in h.tags}
        for s in only.sentences:
            sentence = comparison.sentences[position][s]
            anchor = anchor_at(body, sentence.start, sentence.end)
            mine = None if (anchor.start, anchor.exact) in noted else note
            notebook.highlight(records[position], anchor, note=mine, tags=[TAG])
            if (anchor.start, anchor.exact) in tagged:
                already += 1
            else:
                new += 1
    return Kept(new, already)


def keep_comparison(library: Library, comparison: MultiComparison) -> Kept:
    """`keep_only_here` in the library's notebook, with the articles that have some."""
    records = [_record(library, doc) for doc in comparison.documents]
    with library.notebook() as notebook:
        kept = keep_only_here(notebook, comparison, records)
    articles = sum(1 for only in comparison.only_in if only.sentences)
    return Kept(kept.new, kept.already, articles)


def only_here_count(comparison: MultiComparison) -> tuple[int, int]:
    """How many sentences `keep_comparison` would keep, and in how many articles (what `H`
    asks about before it keeps them)."""
    counts = [len(only.sentences) for only in comparison.only_in]
    return sum(counts), sum(1 for count in counts if count)


def kept_already(library: Library, comparison: MultiComparison) -> int:
    """How many of the sentences `keep_comparison` would keep the notebook has with the
    tag already (rv48: `H` asked "Keep 138 sentences…?" when all 138 were kept); 0 when
    the notebook cannot be read (keeping then says why)."""
    from index.notebook import NotebookError

    try:
        with library.notebook() as notebook:
            kept = 0
            for position, only in enumerate(comparison.only_in):
                entry = notebook.entry(comparison.documents[position].id)
                highlights = entry.highlights if entry else ()
                tagged = {(h.start, h.exact) for h in highlights if TAG in h.tags}
                body = comparison.documents[position].body
                for s in only.sentences:
                    sentence = comparison.sentences[position][s]
                    anchor = anchor_at(body, sentence.start, sentence.end)
                    kept += (anchor.start, anchor.exact) in tagged
            return kept
    except NotebookError:
        return 0


def keep_sentence(
    library: Library, comparison: MultiComparison, position: int, sentence: int, note: str | None
) -> bool:
    """Highlight one sentence of one compared article (its ``position`` in the comparison),
    with ``note`` (None keeps a note it has). True when the notebook did not have it."""
    doc = comparison.documents[position]
    found = comparison.sentences[position][sentence]
    anchor = anchor_at(doc.body, found.start, found.end)
    with library.notebook() as notebook:
        entry = notebook.entry(doc.id)
        had = {(h.start, h.exact) for h in entry.highlights} if entry else set()
        notebook.highlight(_record(library, doc), anchor, note=note)
    return (anchor.start, anchor.exact) not in had


def _record(library: Library, doc: Any) -> ArticleRecord:
    """A compared article's record (``doc``, the comparison's document) as indexed now;
    if an update deleted it since, as the comparison read it (rv40 #3: `h` failed with
    "notebook failed: 'id'" and kept nothing for any article). The notebook keeps a gone
    article's passages."""
    try:
        return ArticleRecord.of(library.article(doc.id))
    except KeyError:
        return ArticleRecord(doc.id, doc.title, doc.source, doc.date)

"""The heat map's keys that keep in the notebook: `h` one sentence, the one under the
cursor (nu44: `h` kept 72 highlights at once, with no word before; in the reader `h` keeps
one passage), and `H` what each article alone says, asked first when it is more than one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.screen import Screen

from index.library import Library, MultiComparison, SentenceCoverage, printable
from index.models import quoted
from tui.dialogs.confirm import Confirm
from tui.dialogs.prompt import Prompt
from tui.worker_failures import ReportsWorkerFailures

SHOWN = 40
"""Characters of a kept sentence the toast quotes."""
ASKED = 100
"""Most characters of the sentence `h`'s question quotes (two lines of its box)."""


def at_word(text: str, limit: int) -> str:
    """``text`` on one line, cut at the last word that ends within ``limit`` characters,
    with "…" (a word longer than half of it is cut where the limit falls)."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def keep_question(sentence: str, outlet: str, kept: str = "highlight") -> Text:
    """`h`'s question in the heat map (and the quotes panel's: ``kept`` "quote", nu67),
    saying which words it keeps and in which outlet (nu54 #8: "Note on the highlight"
    alone): plain text, not markup (a "[" in a sentence)."""
    question = Text("Keep “")
    question.append(at_word(printable(sentence), ASKED), "bold")
    question.append("”" + (f" ({printable(outlet)})" if outlet else "") + "\n")
    question.append(f"Note on the {kept} (optional; enter keeps it without one):")
    return question


class ComparisonKeeping(ReportsWorkerFailures, Screen[None]):
    """Keeping a comparison of many articles: one sentence, or each article's own."""

    if TYPE_CHECKING:  # the comparison screen's
        library: Library
        comparison: MultiComparison | None
        coverage: tuple[SentenceCoverage, ...]
        labels: tuple[str, ...]
        base: int
        sentence: int
        row: int
        table_view: bool

    def sentence_here(self) -> tuple[int, int] | None:
        """The sentence under the cursor: its article's position and its number there.

        In the heat map, the base's current sentence; in the table, the base's cell of the
        current row, else the row's first cell (None: nothing is compared yet)."""
        if self.comparison is None:
            return None
        if not self.table_view:
            if not self.coverage:
                return None
            return self.base, self.coverage[self.sentence].sentence
        rows = self.comparison.alignment(self.base)
        if not 0 <= self.row < len(rows):
            return None
        row = rows[self.row]
        here = row.sentence_of(self.base)
        if here is not None:
            return self.base, here
        first = row.articles[0]
        found = row.sentence_of(first)
        return None if found is None else (first, found)

    def action_highlight(self) -> None:
        """Keep the sentence under the cursor, then an optional note (as `h` in the reader)."""
        here, comparison = self.sentence_here(), self.comparison
        if here is None or comparison is None:
            self.notify("No sentence to keep here")
            return
        position, sentence = here

        def noted(answer: str | None) -> None:
            if answer is not None:
                note = answer.strip() or None  # empty: kept without one (a note it has stays)
                self._keep_sentence(self.library, comparison, position, sentence, note)

        text = comparison.sentences[position][sentence].text
        where = self.labels[position] if position < len(self.labels) else ""
        where = where or printable(comparison.documents[position].source or "")
        self.app.push_screen(Prompt(keep_question(text, where), allow_empty=True), noted)

    @work(thread=True, exit_on_error=False, group="notebook-write", name="notebook")
    def _keep_sentence(
        self,
        library: Library,
        comparison: MultiComparison,
        position: int,
        sentence: int,
        note: str | None,
    ) -> None:
        from tui.compare_keep import keep_sentence

        new = keep_sentence(library, comparison, position, sentence, note)
        text = " ".join(printable(comparison.sentences[position][sentence].text).split())
        shown = text if len(text) <= SHOWN else text[:SHOWN].rstrip() + "…"
        where = self.labels[position] if position < len(self.labels) else ""
        said = f"{'Highlighted' if new else 'Already kept:'} {quoted(text, shown)}"
        said += f" in {position + 1} {where}".rstrip()
        self.app.call_from_thread(self.notify, said, markup=False)

    def action_keep(self) -> None:
        """Keep what each article alone says in the notebook (`keep_comparison`): asked
        first when that is more than one sentence, saying how many."""
        comparison = self.comparison
        if comparison is None:
            return
        from tui.compare_keep import TAG, kept_already, only_here_count, sentences

        count, articles = only_here_count(comparison)
        if count > 1 and kept_already(self.library, comparison) == count:
            self.notify(f"All {sentences(count)} only one article has are kept already")
            return
        if count <= 1:  # nothing (the toast says so), or one: no question
            self._keep(self.library, comparison)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._keep(self.library, comparison)

        compared = len(comparison.documents)
        question = (
            f"Keep {count} sentences only one article has ({articles} of {compared} "
            f"articles) in the notebook, tagged #{TAG}?"
        )
        self.app.push_screen(Confirm(question), answered)

    @work(thread=True, exit_on_error=False, group="notebook-write", name="notebook")
    def _keep(self, library: Library, comparison: MultiComparison) -> None:
        from tui.compare_keep import keep_comparison

        said = keep_comparison(library, comparison).said(len(comparison.documents))
        self.app.call_from_thread(self.notify, said, markup=False)

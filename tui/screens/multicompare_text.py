"""What the comparison of many articles says in words: the bases' tabs with the base's
title, and in the side column the outlets carrying the current sentence and what the base
alone says.

Split from `tui.screens.multicompare` by job (its size): the screen computes and lays out
(its workers), this base says it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from index.library import printable
from tui.clip_words import SENTENCE_LIMIT, clip_words
from tui.compare_tabs import bare_rooms, one_day_form, shared_room, shortened, tab_text
from tui.outlet_count import UNKNOWN
from tui.outlet_labels import SEPARATOR, without_outlet
from tui.screens.multicompare_keep import ComparisonKeeping

CLIP = 240
"""Longest carrier sentence the side column shows whole."""


def _clip(text: str, limit: int = CLIP) -> str:
    return clip_words(printable(text), limit)  # at a word's end (nu54 #4)


class ComparisonText(ComparisonKeeping):
    """The words of the comparison screen: tabs, carriers, what each article alone says."""

    if TYPE_CHECKING:  # the comparison screen's
        outlets: tuple[str, ...]

    def _outlet(self, position: int) -> str:
        assert self.comparison is not None
        doc = self.comparison.documents[position]
        label = self.labels[position] if position < len(self.labels) else None
        return f"{position + 1} {label or printable(doc.source or UNKNOWN)}"

    def _bases(self) -> Text:
        """The bases' tabs on one line, their names shortened to share the width (at 80x24
        the tabs wrapped and pushed the base's title out of the header: nu18), each with its
        date and title's start where they fit (`tab_text`: nu40 #6), then the base's title."""
        assert self.comparison is not None
        count = len(self.comparison.documents)
        width = self.query_one("#many-bases", Static).size.width or 10_000
        room = max(4, min(60, width // count - 3))  # " name " and a space a tab
        text = Text()
        bare = (self._tabs([60] * count, False, form) for form in (None, 0, 1))  # fx162
        rooms = next(filter(None, (bare_rooms(t, room * count, 60, self.base) for t in bare)), None)
        for k, tab in enumerate(shared_room(self._tabs, rooms or [room] * count, 60)):
            style = "bold reverse" if k == self.base else "dim"
            text.append(f" {tab} ", style=style)
            text.append(" ")
        doc = self.comparison.documents[self.base]
        text.append("\n")
        text.append(_clip(doc.title or "(untitled)", max(8, min(100, width - 16))), style="bold")
        day = (doc.date or "")[:10] or "date unknown"  # the day; `compare --json` the moment
        names = [printable(d.source or UNKNOWN) for d in self.comparison.documents]
        if without_outlet(names, names) is not None:  # the tabs do not say it (nu80 #1)
            day = f"{names[0]}{SEPARATOR}{day}"
        text.append(f"  {day}", style="dim")
        return text

    def _tabs(self, rooms: list[int], titled: bool = True, form: int | None = None) -> list[str]:
        """Each article's tab in its ``rooms`` characters (`tab_text`), ``titled`` or not,
        its day in ``form`` (default: as `one_day_form` finds)."""
        assert self.comparison is not None
        documents = self.comparison.documents
        names = [printable(doc.source or UNKNOWN) for doc in documents]
        outlets = shortened(names, self.outlets)
        labels = [
            self.labels[k] if k < len(self.labels) else printable(doc.source or UNKNOWN)
            for k, doc in enumerate(documents)
        ]  # an outlet said short where it does not fit
        if (bare := without_outlet(labels, names)) is not None:  # one outlet: said below
            labels, outlets = bare, [""] * len(bare)

        def said(form: int | None) -> list[str]:
            return [
                tab_text(k + 1, labels[k], doc.title * titled, doc.date, rooms[k], outlets[k], form)
                for k, doc in enumerate(documents)
            ]

        return said(form) if form is not None else one_day_form(said, [d.date for d in documents])

    def _carriers(self) -> Text:
        assert self.comparison is not None
        if not self.coverage:
            return Text("This article has no sentences to compare.", style="dim")
        c = self.coverage[self.sentence]
        others = len(self.comparison.documents) - 1
        text = Text()
        text.append(f"Sentence {c.sentence + 1} of {len(self.coverage)}", style="bold")
        partly = len({part.article for part in c.partly})
        text.append(f" · {carried_said(c.count, others, partly)}\n", style="dim")
        carried = set()
        for r in c.carriers:
            carried.add(r.article)
            how = _how_carried(r.kind, r.similarity)
            text.append(f"\n{self._outlet(r.article)}", style="bold")
            text.append(f" {how}\n", style="dim")
            text.append(f"  {_clip(r.text, SENTENCE_LIMIT)}\n")  # wrapped whole (nu54 #4)
        for part in c.partly:  # a verbatim passage in both: not "not in" (nu45 #6)
            carried.add(part.article)
            text.append(f"\n{self._outlet(part.article)}", style="bold")
            text.append(f" partly: {part.words} words the same\n", style="dim")
        missing = [
            self._outlet(k) for k in range(others + 1) if k != self.base and k not in carried
        ]
        if missing:
            text.append("\nnot in: ", style="dim")
            text.append(", ".join(missing))
        return text

    def _only_in(self) -> Text:
        assert self.comparison is not None
        only = self.comparison.only_in[self.base]
        said = self.comparison.sentences[self.base]
        text = Text()
        text.append(f"Only in {self._outlet(self.base)}", style="bold")
        text.append("\nnames: ", style="dim")
        text.append(printable(", ".join(e.name for e in only.names)) or "—")
        text.append("\nnumbers: ", style="dim")
        text.append(printable(", ".join(n.text for n in only.numbers)) or "—")
        text.append(f"\nsentences: {len(only.sentences)}", style="dim")
        for s in only.sentences:
            text.append(f"\n  {s + 1}. {_clip(said[s].text, SENTENCE_LIMIT)}")
        if only.partly:
            text.append(f"\npartly in others: {len(only.partly)}", style="dim")
        for s in only.partly:
            text.append(f"\n  {s + 1}. {_clip(said[s].text, SENTENCE_LIMIT)}")
        return text


def carried_said(count: int, others: int, partly: int) -> str:
    """How many of the ``others`` carry a sentence, and how many carry part of it word for
    word (nu74: "carried by 0 of 2" above a "partly" outlet read as none)."""
    said = f"carried by {count} of {others}"
    return f"{said} ({partly} partly)" if partly else said


def _how_carried(kind: str, similarity: float) -> str:
    """How an article carries a sentence, as a reader says it: "word for word" only when it
    is (a sentence with a few words changed is "nearly word for word (84%)")."""
    if kind != "verbatim":
        return f"in other words ({similarity:.0%})"
    return "word for word" if similarity >= 0.995 else f"nearly word for word ({similarity:.0%})"

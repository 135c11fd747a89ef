"""What `quotes` and `speakers` work out anew at every command, kept beside the generation.

Naming a group's bare surname by its stories (`index.analysis.story_speakers`: the story
model, then the articles' bodies read) and tallying every speaker cost a whole command most
of its CPU (qp42, issue 18; nu53 #8: `speakers` 1.8 CPU s on Reuters, of which ~0.9 s this
work). Both depend on the generation alone (its quotes, stories, copies and articles,
never rewritten once published), so their results are kept in `RECORD` in the generation
folder, as `index.store.verified` keeps its record there: read by the next command, gone
with the generation when it is pruned. A record of another generation, format or rules
version, or one that cannot be read, counts as none; one that cannot be written (a
read-only index) is simply not kept.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.ingest.files import read_state

if TYPE_CHECKING:
    from index.analysis.quote_derived import Speaker
    from index.analysis.quote_groups import QuoteGroup

RECORD = "quote-names.json"
FORMAT = 1
"""The record's format; a record of another is ignored (and written anew)."""


def _rules() -> list[int]:
    from index.rules import RULES

    return [RULES.get("quotes", 0), RULES.get("stories", 0), RULES.get("articles", 0)]


class KeptNames:
    """`StorySpeakers.named` (``named``) with its answers kept for the generation ``folder``.

    Only groups whose speaker is a bare surname are looked up or kept: the others ``named``
    returns as they are, at no cost. `speakers` keeps the corpus's whole speaker list too.
    """

    def __init__(self, named: Callable[[QuoteGroup], QuoteGroup], folder: Path | None) -> None:
        self._named = named
        self.folder = folder
        self._names: dict[str, list[str]] = {}
        """By group id: its speaker as stored, then as named."""
        self._speakers: list[list[Any]] | None = None
        self._dirty = False
        self._read()

    def __call__(self, group: QuoteGroup) -> QuoteGroup:
        from index.analysis.speakernames import bare_surname

        speaker = group.speaker
        if not speaker or bare_surname(speaker) is None:
            return group
        kept = self._names.get(group.id)
        if kept is not None and kept[0] == speaker:
            return group if kept[1] == speaker else replace(group, speaker=kept[1])
        found = self._named(group)
        if found.speaker is not None:
            self._names[group.id] = [speaker, found.speaker]
            self._dirty = True
        return found

    def speakers(self, count: Callable[[], list[Speaker]]) -> list[Speaker]:
        """Every speaker of the corpus (``count``'s answer, kept)."""
        from index.analysis.quote_derived import Speaker

        if self._speakers is None:
            self._speakers = [
                [s.name, s.quotes, s.occurrences, s.articles, list(s.outlets)] for s in count()
            ]
            self._dirty = True
        return [Speaker(n, q, o, a, tuple(outlets)) for n, q, o, a, outlets in self._speakers]

    def save(self) -> None:
        """Write what was worked out since the record was read (nothing when nothing was)."""
        if not self._dirty or self.folder is None:
            return
        self._dirty = False
        data = {
            "format": FORMAT,
            "generation": self.folder.name,
            "rules": _rules(),
            "names": dict(self._names),  # a copy: a reader thread may name more meanwhile
            "speakers": self._speakers,
        }
        part = self.folder / f"{RECORD}.{os.getpid()}.{threading.get_ident()}.part"  # writers apart
        try:
            part.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(part, self.folder / RECORD)
        except OSError:  # a read-only index, a full disk: the next command works it out
            with contextlib.suppress(OSError):
                part.unlink()

    def _read(self) -> None:
        if self.folder is None:
            return
        try:
            data = json.loads(read_state(self.folder / RECORD))  # never a FIFO (fx166)
            if (
                data["format"] != FORMAT
                or data["generation"] != self.folder.name
                or data["rules"] != _rules()
            ):
                return
            names, speakers = data["names"], data["speakers"]
            if not isinstance(names, dict) or not _pairs(names.values()):
                return
            if speakers is not None and not _rows(speakers):
                return
        except (OSError, ValueError, KeyError, TypeError):
            return
        self._names, self._speakers = names, speakers


def _pairs(values: Iterable[Any]) -> bool:
    return all(
        isinstance(v, list) and len(v) == 2 and all(isinstance(s, str) for s in v) for v in values
    )


def _rows(rows: Any) -> bool:
    """Whether ``rows`` are speakers as `KeptNames.speakers` keeps them."""
    return isinstance(rows, list) and all(
        isinstance(r, list)
        and len(r) == 5
        and isinstance(r[0], str)
        and all(isinstance(n, int) for n in r[1:4])
        and isinstance(r[4], list)
        and all(isinstance(s, str) for s in r[4])
        for r in rows
    )

"""The status line: corpus, counts, order, outlet, watch words, matches, the index's state."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from rich.text import Text
from textual.widgets import Static

from index.library import printable
from index.models import IndexStatus

SEPARATOR = " │ "


def _left_out(kept: list[str], parts: Sequence[str], width: int) -> None:
    """``parts`` taken out of ``kept`` whole, first given first, until it fits ``width``."""
    for part in parts:
        if len(SEPARATOR.join(kept)) <= width:
            break
        if part in kept:
            kept.remove(part)


def fitted(
    parts: Sequence[str],
    width: int,
    optional: Sequence[str] = (),
    shorter: Mapping[str, str] | None = None,
    droppable: Sequence[str] = (),
    tighter: Sequence[tuple[str, str]] = (),
) -> str:
    """``parts`` joined by bars, leaving out the ``optional`` ones (first given, first left
    out) until the line fits in ``width`` cells; then saying parts in their ``shorter``
    words, one at a time in the order given, till it fits (the stale line's "— press u to
    update" was cut to "…press u to" at 80x24; nu24 #4: the skip note's "(why: …)" goes
    before the stale line's counts): words that are `LEAVE_OUT` leave the part out there,
    and words that are a key again say it shorter still (sm33: the match count, which the
    pane's border says too, goes before the stale line's counts, and those before the
    sort); then leaving out the ``droppable`` ones whole, first
    given first (cl24 #4: at 80x24 each part was cut, "305 articl…"), and saying again in
    whole the parts that now fit so (nu32 #14: "stale: 1 new file" stayed "stale" after the
    match count left), then the optional parts that fit again, last left out first (rv33
    #7: at 120 columns the corpus name stayed out of a 112-character line), unless a
    droppable part was left out (an optional part goes first: nu44, after `u` the corpus
    name came back where the sort had been); then the ``tighter`` steps, one at a time
    in the order given, each a part and its fewer words (`LEAVE_OUT`: left out whole),
    and their whole words again where they fit (nu56 #5: "399 articles, 1 re… │ 2 marked,
    2 not in…" at 80 columns; `_tightened`); then cutting the
    longest parts but the last, evenly, with "…": the last, the index's state, stays whole
    (nu18 #6: the line's end cut "index fresh" off at 80 columns)."""
    kept = list(parts)
    _left_out(kept, optional, width)
    missing = [part for part in optional if part in parts and part not in kept]
    for part, words in (shorter or {}).items():  # one at a time, first given first (nu24 #4)
        if len(SEPARATOR.join(kept)) <= width:
            break
        kept = [words if p == part else p for p in kept if p != part or words != LEAVE_OUT]
    _left_out(kept, [(shorter or {}).get(part, part) for part in droppable], width)
    for part, words in reversed(list((shorter or {}).items())):  # room made: whole words again
        if words == LEAVE_OUT:
            continue  # a part left out stays out, as the droppable ones do
        longer = [part if p == words else p for p in kept]
        if len(SEPARATOR.join(longer)) <= width:
            kept = longer
    dropped = [p for p in droppable if not set(_forms(p, shorter or {})) & set(kept)]
    for part in reversed(missing if not dropped else []):  # back where it now fits (rv33 #7),
        at = parts.index(part)  # never in the room a droppable part left (fx96: the sort)
        before = {form for p in parts[:at] for form in _forms(p, shorter or {})}
        back = [*(p for p in kept if p in before), part, *(p for p in kept if p not in before)]
        if len(SEPARATOR.join(back)) <= width:
            kept = back
    kept = _tightened(kept, tighter, width)
    sizes = [len(part) for part in kept]
    over = len(SEPARATOR.join(kept)) - width
    while over > 0 and len(kept) > 1:  # a character at a time off the longest but the last
        longest = max(range(len(kept) - 1), key=sizes.__getitem__)
        if sizes[longest] <= MIN_CUT:
            break  # nothing left worth cutting: the line's own ellipsis cuts the end
        sizes[longest] -= 1
        over -= 1
    pairs = zip(kept, sizes, strict=True)
    return SEPARATOR.join(p if len(p) == n else p[: n - 1].rstrip(" ,") + "…" for p, n in pairs)


def _tightened(kept: list[str], steps: Sequence[tuple[str, str]], width: int) -> list[str]:
    """``kept`` with the ``steps`` (a part, its fewer words) taken in turn till it fits
    ``width``; then the whole words of each, last taken first, where they fit again."""
    taken: list[tuple[str, str]] = []
    for part, words in steps:
        if len(SEPARATOR.join(kept)) <= width:
            break
        if part in kept:
            kept = [words if p == part else p for p in kept if p != part or words != LEAVE_OUT]
            taken.append((part, words))
    for part, words in reversed(taken):
        longer = [part if p == words else p for p in kept]
        if words != LEAVE_OUT and len(SEPARATOR.join(longer)) <= width:
            kept = longer
    return kept


def _forms(part: str, shorter: Mapping[str, str]) -> list[str]:
    """``part`` and each shorter form of it, in turn."""
    forms = [part]
    while forms[-1] in shorter and shorter[forms[-1]] not in forms:
        forms.append(shorter[forms[-1]])
    return forms


MIN_CUT = 8
"""The fewest characters `fitted` leaves of a part it cuts."""

LEAVE_OUT = ""
"""The ``shorter`` words of a part `fitted` leaves out at that step rather than cut."""


def shorter_freshness(said: str) -> dict[str, str]:
    """The index's state said shorter and shorter, each key's words shorter than the key:
    the stale line first drops its "files" and "to update" but keeps its counts ("stale: 3
    new, 1 changed — press u"), then the counts (`short_freshness`), then "to update"
    ("stale, press u"), so at 80 columns the sort stays (sm33: it was left out to keep
    "stale — press u to update" whole). A line that rebuilds keeps its words, so `u`'s
    full rebuild is never a surprise."""
    short = short_freshness(said)
    if not said.startswith("stale") or not said.endswith(PRESS_U):
        return {said: short}  # fresh, lacking kinds, rebuilding or another corpus's index
    changes, *rest = said.removesuffix(PRESS_U).split("; ")
    counts = "; ".join([re.sub(r" files?\b", "", changes, count=1), *rest])
    forms = [said]
    for words in (f"{counts} — press u", short, short.removesuffix(PRESS_U) + ", press u"):
        if len(words) < len(forms[-1]):  # each shorter than the last: no step goes round
            forms.append(words)
    return dict(pairwise(forms))


PRESS_U = " — press u to update"
"""How the stale line ends when `u` updates in place."""


def short_freshness(said: str) -> str:
    """The stale line without what changed: "stale — press u to update" ("stale, lacks
    stories — press u to update" when it lacks kinds too); the line of an
    index that lacks kinds, fewer words: "index fresh, lacks stories — press u"."""
    if said.startswith(LACKS) and said.endswith(ADD_THEM):
        return "index fresh, lacks " + said[len(LACKS) : -len(ADD_THEM)] + " — press u"
    if not said.startswith("stale") or " — " not in said:
        return said
    head, keys = said.rsplit(" — ", 1)
    lacks = head.split("; lacks ", 1)[1] if "; lacks " in head else ""
    return f"stale{', lacks ' if lacks else ''}{lacks} — {keys}"  # what it lacks stays (nu22)


def without_copies(said: str) -> str:
    """The count of articles without its note of exact copies ("57 articles (2 exact
    copies), 3 files skipped" -> "57 articles, 3 files skipped"; an outlet's rows' note
    too, `fold_note`): said so before the sort
    is left out (nu44: after `u` found a copy, the sort left an 80-column line)."""
    return re.sub(r" \(\+?[\d,]+ exact cop(?:y|ies)(?: folded into them)?\)", "", said, count=1)


def fold_note(copies: int) -> str:
    """Beside the count of an outlet's rows, the exact copies folded under them (each row
    says its own "+2 copies"): " (+2 exact copies folded into them)", or "" (fx128)."""
    if not copies:
        return ""
    return f" (+{copies:,} exact cop{'y' if copies == 1 else 'ies'} folded into them)"


LACKS, ADD_THEM = "index fresh, but lacks ", " — press u to add them"
"""How the line says that a fresh index lacks kinds (`index status`: "fresh, but lacks
quotes, stories"), built with ``--no-stories --no-quotes`` (nu22 #7: it said "index fresh")."""


class StatusLine(Static):
    """One line of facts under the panes: the optional facts make room for the essential
    ones at 80 columns, and what still does not fit is cut with an ellipsis."""

    _parts: tuple[Sequence[str], Sequence[str], Mapping[str, str], Sequence[str]] = (
        (),
        (),
        {},
        (),
    )
    """What was shown last (shown again, fitted anew, after a resize)."""
    _line: str | None = None
    """The line on screen (None before the first)."""

    def show(
        self,
        parts: Sequence[str],
        optional: Sequence[str] = (),
        shorter: Mapping[str, str] | None = None,
        droppable: Sequence[str] = (),
        tighter: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Show ``parts`` (strings from outside are escaped), separated by bars; the
        ``optional`` ones are left out, in that order, while the line is too wide, then
        the ``shorter`` words said, then the ``droppable`` ones left out, then the
        ``tighter`` steps taken (`fitted`)."""
        self._parts = (tuple(parts), tuple(optional), dict(shorter or {}), tuple(droppable))
        self._tighter = tuple(tighter)
        width = self.content_size.width or 10_000
        line = printable(fitted(parts, width, optional, shorter, droppable, tighter))
        if line == self._line:
            return  # the reader says the same after most keys: no repaint
        # One row high (the stylesheet fixes it): a new line repaints this widget alone;
        # a layout would reflow the whole screen, scroll bars and all, after every search.
        fixed = self.styles.height is not None and self.styles.height.is_cells
        self._line = line
        self.update(Text(line, no_wrap=True, overflow="ellipsis"), layout=not fixed)

    _tighter: tuple[tuple[str, str], ...] = ()

    def on_resize(self) -> None:
        self.show(*self._parts, self._tighter)


STATES = ("fresh", "missing", "damaged")
"""The states `freshness` says as "index <state>"; any other but "stale" is a reason the
index cannot be read (`IndexStatus.state`), said as it is."""


def freshness(status: IndexStatus) -> str:
    """The index against the corpus, for the status line: "index fresh", or what changed
    ("stale: 3 new files, 1 changed, 2 deleted — press u to update"; "stale: quotes made by
    older rules — press u to update"). When older rules read the articles themselves, `u`
    rebuilds the index in full (`index.store.update`), and the line says so."""
    if status.state == "fresh" and status.lacking:
        keys = f" — {OTHER_CORPUS}" if status.built_from else ADD_THEM
        return f"{LACKS}{', '.join(status.lacking)}{keys}"
    if status.state in STATES:
        return f"index {status.state}"
    if status.state != "stale":  # why it cannot be read, whole ("index index pointer …": fx166)
        return status.state
    changes = [
        f"{number:,} {what}"
        for number, what in (
            (status.new_files, "new"),
            (status.changed_files, "changed"),
            (status.deleted_files, "deleted"),
        )
        if number
    ]
    if changes:  # the noun after the first count, agreeing with it (rv33 #7: "1 new, 1
        # changed files")
        changes[0] += " file" if changes[0].split(" ", 1)[0] == "1" else " files"
    said = [", ".join(changes)] if changes else []
    if status.outdated:  # one notice: the index opens as it is, an update remakes them
        said.append(f"{', '.join(status.outdated)} made by older rules")
    if status.lacking:  # "stale" alone hid it (nu22): the update adds them as well
        said.append(f"lacks {', '.join(status.lacking)}")
    action = "rebuild" if status.rebuilds else "update"
    keys = OTHER_CORPUS if status.built_from else f"press u to {action}"
    return f"stale{': ' if said else ''}{'; '.join(said)} — {keys}"


OTHER_CORPUS = "another corpus's index: `broadsheet index update --force` replaces it"
"""What the stale line says of an index copied from another corpus's folder: `u` is
refused there (`index.library.Library.refuse_other_corpus`), so it is not offered."""

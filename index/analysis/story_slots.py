"""One template filed from city after city: each city's report is its own event (issue 16).

A wire files some reports from many places under one headline form, the place first:
"PEORIA HOGS SEEN STEADY/UP 0.50 DLR - PRIVATE", "OMAHA HOGS SEEN OFF 0.50 DLR", "ST PAUL
HOGS SEEN STEADY", each datelined in its own city. Their words are the form's, so a
morning of livestock markets read as one "story". A wire editor reads the form's slot:
the headline's first words name the dateline's place (its `slot`, up to `SLOT_WORDS`
words, "FLASH SIOUX FALLS" too), and the two words after it are the form (its `frame`,
"HOGS SEEN"). Two articles of one outlet, on one UTC day, of one frame, whose slots
differ (neither's words all the other's: "FLASH OMAHA" and "OMAHA" are one, "ST LOUIS"
and "ST PAUL" two) report different places' events when the outlet fills that frame with
`TEMPLATE_SLOTS` or more slots that day: the clustering counts
`StoryParams.ticker_factor` of their likeness (`apart`), and they are not folded as one
article when near copies (`story_daily.not_copies`). A headline not led by its
dateline's place ("MERCANTILE BANK <MTRC> RAISES PRIME RATE" from St. Louis: banks
raising the prime rate, one concerted move), an article without a dateline, and one
city's two reports are left alone. Slots are keyed by bits of a 63-bit mask; two words
sharing a bit under every hash (`story_tickers.SALTS`) are taken for one, which only
keeps the rule from firing ("PEORIA" and "SIOUX CITY" share one under the first). Kept
in the last three columns of `story_daily.forms` (an older model's rows read as none).
"""

from __future__ import annotations

import re
import zlib
from typing import TYPE_CHECKING

import numpy as np

from index.analysis.story_tickers import SALTS, bit

if TYPE_CHECKING:
    from index.analysis.pairs import Pairs

SLOT_WORDS = 3
"""The most headline words a slot (the place and words before it) may take."""
FRAME_WORDS = 1
"""Headline words after the slot that make its frame ("HOGS")."""
TEMPLATE_SLOTS = 3
"""Distinct slots an outlet fills one frame with on one UTC day to make it a template."""
COLUMNS = 7
"""Columns of `story_daily.forms` that hold slots: the last three of these."""
_WORD = re.compile(r"[A-Z0-9][A-Z0-9&'./-]*")
_FIGURE = re.compile(r"\d+(?:[.,/-]\d+)*")


def _words(text: str) -> list[str]:
    """The words of ``text`` in capitals, brackets taken off, a figure as "#"."""
    found = _WORD.findall(re.sub(r"[<>()]", " ", text.upper()))
    return ["#" if _FIGURE.fullmatch(word) else word for word in found]


def slot(title: str, dateline: str | None) -> tuple[int, int, int]:
    """The frame (a nonzero hash of the `FRAME_WORDS` after the slot) and slot (a 63-bit
    mask of its words for each of `SALTS`) of a headline led by its ``dateline``'s place
    (the words before its first comma); zeros for one that is not."""
    place = set(_words(dateline.split(",")[0])) if dateline else set()
    words = _words(title)
    if not place or "#" in place:
        return 0, 0, 0
    for end in range(1, min(SLOT_WORDS, len(words) - FRAME_WORDS) + 1):
        if place <= set(words[:end]):
            frame = words[end : end + FRAME_WORDS]
            if all(word == "#" for word in frame):
                return 0, 0, 0
            first, second = (sum({bit(w, salt) for w in words[:end]}) for salt in SALTS)
            return zlib.crc32(" ".join(frame).encode()) + 1, first, second
    return 0, 0, 0


def _templates(source: np.ndarray, found: np.ndarray) -> np.ndarray:
    """Whether each row's frame (``found``: `story_daily.forms`, the frame and slot masks
    its last three columns, the day its second) is filled by its outlet (``source``) with
    `TEMPLATE_SLOTS` or more slots on its day."""
    day, frame = found[:, 1], found[:, -3]
    rows = np.flatnonzero((frame != 0) & (source >= 0) & (day >= 0))
    out = np.zeros(len(found), dtype=bool)
    if not len(rows):
        return out
    key = np.stack((source[rows].astype(np.int64), day[rows], frame[rows]), axis=1)
    keys, of_row = np.unique(key, axis=0, return_inverse=True)
    of_row = of_row.reshape(-1)
    slots = np.unique(np.column_stack((of_row, found[rows, -2:])), axis=0)
    out[rows] = (np.bincount(slots[:, 0], minlength=len(keys)) >= TEMPLATE_SLOTS)[of_row]
    return out


def clashes(i: np.ndarray, j: np.ndarray, source: np.ndarray, found: np.ndarray) -> np.ndarray:
    """Whether each pair is one outlet's two slots of one template frame on one UTC day
    whose slots are not nested under some hash (``found``: `story_daily.forms`; one with
    fewer than `COLUMNS` columns has no slots)."""
    if found.shape[1] < COLUMNS or not len(i):
        return np.zeros(len(i), dtype=bool)
    day, frame = found[:, 1], found[:, -3]
    clash = (frame[i] != 0) & (frame[j] != 0) & (day[i] == day[j]) & (day[i] >= 0)
    clash &= (source[i] == source[j]) & (source[i] >= 0)
    apart = np.zeros(len(i), dtype=bool)
    for column in (-2, -1):
        a, b = found[i, column], found[j, column]
        apart |= ((a & ~b) != 0) & ((b & ~a) != 0)
    clash &= apart
    if not clash.any():
        return np.asarray(clash)
    template = _templates(source, found)
    return np.asarray(clash & template[i] & template[j])


def apart(
    pairs: Pairs, source: np.ndarray | None, found: np.ndarray | None, factor: float
) -> Pairs:
    """``pairs`` with the likeness of each pair that `clashes` times ``factor`` (with
    ``found`` None or ``factor`` 1, kept as is)."""
    i, j, s = pairs
    if source is None or found is None or factor == 1.0 or not len(s):
        return pairs
    return scaled(pairs, clashes(i, j, source, found), factor)


def scaled(pairs: Pairs, clash: np.ndarray, factor: float) -> Pairs:
    """``pairs`` with the likeness of each pair ``clash`` marks times ``factor``."""
    i, j, s = pairs
    if not clash.any():
        return pairs
    return i, j, np.where(clash, s * np.float32(factor), s).astype(s.dtype, copy=False)


__all__ = [
    "COLUMNS",
    "FRAME_WORDS",
    "SLOT_WORDS",
    "TEMPLATE_SLOTS",
    "apart",
    "clashes",
    "scaled",
    "slot",
]

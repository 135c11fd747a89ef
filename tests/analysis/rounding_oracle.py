"""An independent reading of "one number is the other rounded" for the numbers oracles.

`index.analysis.numbers.same_number` counts "280" as given by "275" (two significant digits,
the other rounded): the generated pairs of tests/analysis/test_number_units.py and
test_metres_or_million.py met such pairs (ci122: 280 feet / 275 feet, 1740 / 1735m) that
their oracles, reading only equal values, called different. The tests leave them out.
"""

from __future__ import annotations

from collections.abc import Iterable


def _significant(value: int) -> int:
    return len(str(value).rstrip("0")) or 1


def near_rounding(x: float, y: float) -> bool:
    """True when the less precise of two different whole numbers (two significant digits or
    more) lies within half a unit of its last significant digit of the other: a rounding
    either way (ties included, whatever the rounding rule)."""
    if x == y or x != int(x) or y != int(y) or x <= 0 or y <= 0:
        return False
    a, b = int(x), int(y)
    rough, fine = (a, b) if _significant(a) <= _significant(b) else (b, a)
    digits = _significant(rough)
    if digits < 2:
        return False
    unit = 10 ** (len(str(rough)) - digits)
    return abs(fine - rough) * 2 <= unit


def any_near_rounding(mine: Iterable[float], theirs: Iterable[float]) -> bool:
    """Whether any value of ``mine`` and any of ``theirs`` are one the other rounded."""
    others = list(theirs)
    return any(near_rounding(x, y) for x in mine for y in others)

"""How many outlets carry something, said as a person reads it: never "0 outlets"."""

from __future__ import annotations

UNKNOWN = "outlet unknown"
"""What a line says when none of the articles names its outlet."""


def outlets(count: int) -> str:
    """ "1 outlet", "3 outlets", or "outlet unknown" when no article names its outlet."""
    if count <= 0:
        return UNKNOWN
    return f"{count:,} outlet{'s' * (count != 1)}"


def outlets_cell(count: int) -> str:
    """A table cell of the count: the number, or "—" when no article names its outlet."""
    return str(count) if count > 0 else "—"

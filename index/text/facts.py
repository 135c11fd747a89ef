"""The facts found in an article's text, each with the line it came from, and the roles
of its lines (body, removed, metadata)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

BODY, REMOVED, META = 0, 1, 2
"""A line's role: the article's text, debris moved aside, or a line a fact is taken from."""
CITE_CHARS = 100
"""How much of a line the provenance quotes."""


class Facts:
    """The facts found in a text, each with the line it came from (the first one wins)."""

    def __init__(
        self, lines: Sequence[str], line_numbers: Sequence[int] | None = None, where: str = "line"
    ):
        self.lines = lines
        self.line_numbers = line_numbers
        self.where = where
        self._found: dict[str, tuple[object, int | None]] = {}
        self._quoted: dict[str, str] = {}

    def note(self, key: str, value: object, line: int | None, quote: str | None = None) -> None:
        """Record ``value`` for ``key`` from line index ``line``, unless one is already known;
        ``quote`` is the part of the line the provenance quotes, when the fact comes from its
        end ("Source:-Al Jazeera" cut off the last paragraph: nu50 #7)."""
        if value is not None and key not in self._found:
            self._found[key] = (value, line)
            if quote is not None:
                self._quoted[key] = quote

    def forget(self, key: str) -> None:
        self._found.pop(key, None)
        self._quoted.pop(key, None)

    def value(self, key: str) -> object:
        found = self._found.get(key)
        return found[0] if found else None

    def line_of(self, key: str) -> int | None:
        found = self._found.get(key)
        return found[1] if found else None

    def origin(self, key: str) -> str | None:
        """Where the fact came from, as shown to a user: 'line 4: "By Jane Doe"'."""
        line = self.line_of(key)
        return self.cite(line, self._quoted.get(key)) if line is not None else None

    def cite(self, line: int, quote: str | None = None) -> str:
        number = self.line_numbers[line] if self.line_numbers else line + 1
        text = self.lines[line] if quote is None else quote
        if len(text) > CITE_CHARS:
            text = text[: CITE_CHARS - 1].rstrip() + "…"
        return f"{self.where} {number}: “{text}”"

    def best_outlet(self, order: Iterable[str]) -> tuple[str | None, str | None]:
        """The outlet from the most trusted place that names one, and that place's key."""
        if not any(key.startswith("outlet:") for key in self._found):
            return None, None
        for key in order:
            value = self.value(f"outlet:{key}")
            if isinstance(value, str) and value:
                return f"outlet:{key}", value
        return None, None

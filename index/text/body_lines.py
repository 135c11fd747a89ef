"""An article's lines, once each has its role, as the body text and the removed blocks
(`index.text.extract`)."""

from __future__ import annotations

from index.text.facts import BODY, REMOVED


def join_lines(lines: list[str], role: list[int]) -> tuple[str, dict[int, int]]:
    """The body lines as text, and where each line starts in it.

    Lines next to each other stay on consecutive lines; a blank or removed line between
    two body lines makes one paragraph break.
    """
    parts: list[str] = []
    offsets: dict[int, int] = {}
    position = 0
    gap = False
    for k, line in enumerate(lines):
        if role[k] != BODY or not line:
            gap = True
            continue
        if parts:
            separator = "\n\n" if gap else "\n"
            parts.append(separator)
            position += len(separator)
        offsets[k] = position
        parts.append(line)
        position += len(line)
        gap = False
    return "".join(parts), offsets


def removed_blocks(lines: list[str], role: list[int]) -> tuple[str, ...]:
    """Removed lines grouped into blocks (runs separated only by blank lines)."""
    blocks: list[list[str]] = []
    open_block = False
    for k, line in enumerate(lines):
        if role[k] == REMOVED and line:
            if open_block:
                blocks[-1].append(line)
            else:
                blocks.append([line])
                open_block = True
        elif line:
            open_block = False
    return tuple("\n".join(block) for block in blocks)

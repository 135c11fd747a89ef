"""A speaker's role ("the minister", "Ukraine's president"): its head noun, and whether its
qualifiers fit someone named earlier.

Moved out of `index.analysis.attribution` (mx42).
"""

from __future__ import annotations

from index.analysis.speechverbs import words


def qualifiers_fit(description: str | None, candidate: str) -> bool:
    """True when the capitalised words of a role ("Ukraine's president") fit the candidate's
    title and name ("russian president vladimir putin" does not)."""
    have = candidate.lower().replace("-", " ").split()
    for word in (description or "").split():
        if not word[:1].isupper() or word.lower() in ("the", "a", "an"):
            continue
        stem = word.lower().removesuffix("'s").removesuffix("’s")[:5]
        if not any(h.startswith(stem) for h in have):
            return False
    return True


GENERIC_ROLES = words(
    """official officials source sources spokesman spokeswoman spokesperson person people man
    woman statement analyst analysts aide expert resident residents witness report lawsuit
    study filing letter survey document"""
)


def role_head(description: str) -> str | None:
    """The head noun of a role ("the one-time chairman of X" -> "chairman")."""
    words = description.lower().replace("'s", "").split()
    for i, w in enumerate(words):
        if w in ("of", "for", "at", "in", "with", "from", "who", "which"):
            words = words[:i]
            break
    if not words:
        return None
    head = words[-1].strip(".,")
    if len(head) <= 3 or head in GENERIC_ROLES or words[0] in ("a", "an", "one", "another"):
        return None  # "a spokesman", "one official": someone new, unnamed
    return head

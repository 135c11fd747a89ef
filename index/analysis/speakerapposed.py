"""What an article calls a speaker in an apposition: "says Kaddu Sebunya, president of the
Africa Wildlife Foundation" makes Sebunya "the president" of a later '..., says the
president', as a title before the name would ("President Kaddu Sebunya")."""

from __future__ import annotations

import re

__all__ = ["described_as"]

_APPOSED = re.compile(
    r",\s+((?:[A-Za-z\-]+\s+){0,4}?[A-Za-z\-]+)(?=\s+(?:of|at|for|with|in)\b|\s*[,.(])"
)
"""The words of an apposition after a name, up to its "of"/"at"/"for" ("president of
the Africa Wildlife Foundation": "president"; "a lawyer for the family": "a lawyer")."""


def described_as(description: str | None, speaker: str, text: str, before: int) -> str:
    """The lower-case words that describe ``speaker``: its attribution's description, its
    name, and what an apposition after the full name in ``text`` before ``before`` calls
    it."""
    said = f"{description or ''} {speaker}"
    at = text.find(speaker + ",", 0, before)  # a plain search first: most names have none
    while at >= 0:
        found = _APPOSED.match(text, at + len(speaker), before)
        if found is not None:
            said += " " + found.group(1)
        at = text.find(speaker + ",", at + 1, before)
    return said.lower().replace("-", " ")

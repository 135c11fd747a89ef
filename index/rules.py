"""The version of the rules that made each kind of an index's data, kept in its manifest.

What an index holds is made by rules that change between releases: the articles
themselves (reading a file, cleaning its web debris, the facts of its header: title,
byline, date, outlet), and each kind of derived data (`index.derived`): the quotes
(extraction, speakers, the words grouping compares, the grouping) and the stories. A
build records the version of each kind's rules in the manifest (``"rules"``); an update
made by code whose version differs re-derives that kind for every article, or rebuilds
when the articles' own rules changed, so one index never mixes two rules' output; `index
status` names what older rules made.

Whoever changes what a kind's rules make bumps its number here (no analysis module is
imported to read them: `index status` and the reader's first frame read this module).
``tests/index/test_rules_version.py`` hashes each kind's output of a fixed input and fails
when the output changes with its number unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

ARTICLES = "articles"
"""The articles as indexed: `index.ingest` and `index.text` (cleaning, header facts)."""

RULES: dict[str, int] = {
    ARTICLES: 1,
    "quotes": 2,  # index.analysis.quotes, quote_limit, speaker*, quote_groups (its words)
    "stories": 2,  # index.analysis.stories, story_build and what they read of an article
}
"""Each kind's rules version. A kind not named here (a test's) records none and is never
found made by older rules."""


def versions(names: Iterable[str]) -> dict[str, int]:
    """The versions a new generation holding the derived kinds ``names`` records."""
    return {name: RULES[name] for name in (ARTICLES, *names) if name in RULES}


def outdated(manifest: dict[str, Any], names: Iterable[str]) -> list[str]:
    """The kinds among the articles and ``names`` that older rules made (their recorded
    version differs from the code's). An index that records no versions was made before
    they were kept: every kind is outdated."""
    recorded = manifest.get("rules")
    if not isinstance(recorded, dict):
        recorded = {}
    return [
        name for name in (ARTICLES, *names) if name in RULES and recorded.get(name) != RULES[name]
    ]


def made_by_older(kinds: Iterable[str]) -> str:
    """What `index status` and an update say of outdated kinds ("quotes, stories made by
    older rules")."""
    return f"{', '.join(kinds)} made by older rules"

"""A field's clause of a word the search leaves out, refused rather than dropped unsaid.

``title:and dam`` was ``dam`` anywhere: "and" is a stop word, so Whoosh's parser dropped
the title's clause and searched the rest alone, and nothing said so (nu77 left it; nu82).
A loose word the stop filter drops (`index.store.phrase_stops.is_stop`: Whoosh's stop list,
a single letter) after a field's colon is refused in one line, its column at the word, as
an operator there is (`index.search.negation.operator_after_field`). Quoted, the word is
searched (``title:"and"``: a phrase keeps its stop words); in a field's group
(``title:(and dam)``) the group's other words still search the field, as a loose word does.
"""

from __future__ import annotations

import re
from typing import Any

from index.search.limits import QueryError
from index.search.negation import quotes_blanked

_FIELD_WORD = re.compile(
    r"(?:^|(?<=[\s()]))(?:-|NOT\s+)?(?P<name>[A-Za-z_]\w*):(?P<word>[^\W_]+)(?=[\s)]|$)"
)
"""A field's name, its colon and one plain word (no wildcard, fuzziness or boost after it)."""
WORD_FIELDS = ("title", "body", "byline", "source", "dateline")
"""The fields whose loose words pass the stop filter (not ``date:``, nor ``id:``'s keys).
``source:`` names an outlet (`index.search.source_clause`), but its query words pass the
same filter: ``source:and frost`` was ``frost`` anywhere (nu85); ``source:"and"`` is
searched, the index keeping an outlet name's stop words in their places."""


def dropped_field_word(text: str, schema: Any) -> None:
    """Refuse ``field:word`` (outside quotes, a field of `WORD_FIELDS`) when the field's
    analyzer in ``schema`` (a parser's: None reads nothing) leaves ``word`` out in a query:
    the field's clause would be dropped, the rest of the query searched alone. The
    analyzer is the judge, not the stop list: it keeps a capitalised "US" (an initialism,
    "u.s") where "us" is a stop word (`tests/search/test_typed_shapes.py`).

    Raises:
        QueryError: Such a clause, its column the word's.
    """
    if ":" not in text:
        return
    for match in _FIELD_WORD.finditer(quotes_blanked(text)):
        name, word = match.group("name"), match.group("word")
        field = schema[name] if schema is not None and name in schema else None
        analyzer = getattr(field, "analyzer", None) if name in WORD_FIELDS else None
        if analyzer is not None and not any(
            not getattr(token, "stopped", False) for token in analyzer(word, mode="query")
        ):
            raise QueryError(
                f"{name}:{word}: '{word}' is too common to search; the clause would drop "
                f'out unsaid. Quote it: {name}:"{word}"',
                match.start("word") + 1,
            )

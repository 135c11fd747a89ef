"""A "Source:" trailer closing a text names its outlet: Al Jazeera ends its stories "Source:-Al
Jazeera and news agencies" (also "Source: Al Jazeera News", "SOURCE: Reuters"), run on to
the last paragraph or on a line of its own (nu45 #2: the story then named a later article
"first", this one being of unknown outlet).

Only an outlet the outlet table knows is taken ("Source:-News agencies" names none), and
only at the very end of the text: a "Source: ..." inside the body (a quote, a caption) never
names the outlet. A plain "Source:" is a trailer only opening its line or after a sentence's
end ("...came from one Source: Reuters." is prose, rv47); Al Jazeera's "Source:-" mark after
anything (its real trailers follow a Twitter handle, a photo credit or a bare name as often as
a sentence). A trailer that names the outlet is boilerplate and leaves the body; one naming
another outlet than the article's, known otherwise, is its credit of a wire: content, kept.
"""

from __future__ import annotations

import re

from index.text.facts import BODY, REMOVED, Facts
from index.text.outlets import known_outlet

_TRAILER = re.compile(
    r"(?:^|(?<=[\s.!?\"'”’)\]-]))(?:Source|SOURCE)\s*(?P<mark>:\s*-|-|:)\s*"
    r"(?P<name>[A-Z][\w.&' -]{1,60}?)"
    r"(?i:\s*(?:,|and|&)\s*(?:other\s+)?(?:news\s+)?(?:wire\s+)?agencies)?\s*\.?$"
)
"""A trailer at a line's end: "Source:-Al Jazeera and news agencies", "SOURCE: Reuters"."""


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*[\s\-–—]*$")
"""A sentence's end, then closing marks and a dash at most: where a plain "Source:" may follow."""

_KNOWN_BEFORE = ("outlet line", "url", "title suffix", "byline", "source line", "signoff")
"""Facts naming the article's own outlet, read before the trailer (`extract.OUTLET_ORDER`)."""


def source_trailer(line: str) -> tuple[int, str] | None:
    """Where a "Source: <known outlet> [and news agencies]" trailer starts at the end of
    ``line``, and the table's name of its outlet; None when the line ends in none or the
    outlet is not one the table knows."""
    found = _TRAILER.search(line)
    if found is None:
        return None
    before = line[: found.start()]
    if "-" not in found.group("mark") and before.strip() and not _SENTENCE_END.search(before):
        return None  # a plain "Source:" inside a sentence: prose
    name = re.sub(r"^(?i:al)(?=jazeera)", "Al ", found.group("name").strip(" -."), flags=re.I)
    outlet = known_outlet(name) or known_outlet(re.sub(r"\s+News$", "", name))
    return None if outlet is None else (found.start(), outlet)


def cut_source_trailer(
    lines: list[str], role: list[int], facts: Facts, given: object = None
) -> str | None:
    """Read a "Source:" trailer closing the text: the outlet it names is noted ("outlet:source
    trailer", trusted only when nothing else names one), and the trailer leaves the body: the
    last body line when it is the trailer alone, else its end, cut off the line (``lines``
    changes) and returned. When the outlet is known otherwise (``given``, or a fact of the
    head) and is not the trailer's, the trailer is a wire's credit: it stays in the body."""
    last = max((k for k, line in enumerate(lines) if line and role[k] == BODY), default=None)
    found = source_trailer(lines[last]) if last is not None else None
    if last is None or found is None:
        return None
    start, outlet = found
    own = given if isinstance(given, str) and given.strip() else None
    own = own or facts.best_outlet(_KNOWN_BEFORE)[1]
    if own and (known_outlet(own) or own).casefold() != outlet.casefold():
        return None  # CNN's text closing "Source: Reuters": its wire, content (rv47)
    facts.note("outlet:source trailer", outlet, last, lines[last][start:].strip(" -"))
    if not lines[last][:start].strip(" -"):
        role[last] = REMOVED
        return None
    lines[last], trailer = lines[last][:start].rstrip(" -"), lines[last][start:]
    return trailer

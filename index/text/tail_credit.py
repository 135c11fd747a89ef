"""What closes a text and names its outlet: an agency's credit ("... Macron.(dpa/NAN)"),
Reuters' credit line ("(Reporting by A; Editing by B)"), and a note naming where the text
first appeared, "This article first appeared in National Review on August 23, 2021."
(nu55 #5, fx133). The note is boilerplate and leaves the body
(`boilerplate.toml`, "originally-published"), but it names the outlet and the day: both are
read from it, trusted only when nothing else names them (`extract.OUTLET_ORDER`; a date line
in the head wins, as any fact read earlier does).

The outlet is the one the outlet table knows by that name, or the name as written when it is
a name (capitalised words, no address: "example.com" is none, nor "print").
"""

from __future__ import annotations

import re

from index.text.dates import is_date_text, parse_date_text
from index.text.facts import BODY, REMOVED, Facts
from index.text.metadata import TRAILING_AGENCY, source_from_credit
from index.text.outlets import known_outlet

FIRST_APPEARED = "first appeared"
"""The outlet fact's place (`extract.OUTLET_ORDER`)."""
_NOTE = re.compile(
    r"^(?:This|The) (?:article|story|post|piece|essay|report|column|interview|analysis)"
    r"(?: was)? (?:first|originally) (?:appeared|published|ran|posted)"
    r"(?: (?:in|on|by|at))? (?P<name>.{2,60}?)(?: on (?P<date>[^.]{6,40}\.?[^.]{0,30}))?\.?$"
)
_NAME = re.compile(r"(?:The |the )?[A-Z][\w'’&-]*(?: (?:of |and |the |& )?[A-Z][\w'’&-]*){0,5}")
_NO_OUTLET = re.compile(
    r"(?:Print|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|Spanish|French"
    r"|German|Arabic|Chinese|Russian|Portuguese|Italian|Japanese|Korean|Hindi|Urdu|Turkish)",
    re.IGNORECASE,
)
"""Capitalised words the note names that are no outlet (rv59: "first appeared on Monday.",
"originally published in April.", "... in Spanish." gave the outlets Monday, April, Spanish)."""
TAIL_CREDIT = 80
"""How far from the end of the text a closing agency credit ("(dpa/NAN)") is looked for."""
_LAST = 3
"""How many of the last lines of the text the note may be among (debris may follow it)."""


def _first_appeared(lines: list[str], role: list[int], facts: Facts) -> None:
    """Note the outlet ("outlet:first appeared") and the date ("date") a closing "first
    appeared in" note names, when it is among the last lines and was removed as boilerplate.
    The date only when the text gives no date or update otherwise."""
    last = [k for k, line in enumerate(lines) if line][-_LAST:]
    for k in reversed(last):
        found = _NOTE.match(lines[k]) if role[k] == REMOVED else None
        if found is None:
            continue
        name = found.group("name").strip()
        outlet = known_outlet(name) or (
            name if _NAME.fullmatch(name) and not _NO_OUTLET.fullmatch(name) else None
        )
        if outlet:
            facts.note(f"outlet:{FIRST_APPEARED}", outlet, k)
        text = (found.group("date") or "").strip().rstrip(".")
        if text and is_date_text(text) and facts.value("updated") is None:
            facts.note("date", parse_date_text(text), k)
        return


_WIRE_CREDIT = re.compile(
    r"^\((?:Additional )?(?:[Rr]eporting|[Ww]riting) by [^()]+?;"
    r"[^()]*?\b[Ee]dit(?:ing|ed) by [^()]+\)$"
)
"""Reuters' credit line closing a text: "(Reporting by A and B; Editing by C)", also as
another outlet runs it ("...; French version by D, edited by E")."""
_CREDIT_LINES = 6
"""How many of the last body lines may hold that credit (debris may follow it)."""


def read_tail_credit(body: str, lines: list[str], role: list[int], facts: Facts) -> None:
    """An agency credit closing the text: "... Macron.(dpa/NAN)", Reuters' credit line (the
    outlet only when nothing else names one: a seed's, nu31 #10), a "first appeared in" note."""
    _first_appeared(lines, role, facts)  # nu55 #5
    kept = [k for k, line in enumerate(lines) if line and role[k] == BODY][-_CREDIT_LINES:]
    for k in reversed(kept):
        if _WIRE_CREDIT.match(lines[k].strip()):
            facts.note("outlet:credit line", "Reuters", k)
            break
    tail = body[-TAIL_CREDIT:].rstrip()
    if not tail.endswith(")"):
        return
    trailing = TRAILING_AGENCY.search(tail)
    if trailing is None:
        return
    outlet = source_from_credit(trailing.group("agency"))
    last = max((k for k, line in enumerate(lines) if line and role[k] == BODY), default=None)
    if outlet and last is not None:
        facts.note("outlet:trailing", outlet, last)

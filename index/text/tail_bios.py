"""An article's last lines: an author's bio goes, a URL line or a wire's sign-off gives the
outlet."""

from __future__ import annotations

import re

from index.text.clean import tail_rule
from index.text.facts import BODY, META, REMOVED, Facts
from index.text.outlets import ADDRESS_LABEL, outlet_from_url_line, url_of_line

TAIL_LINES = 2
"""How many of an article's last lines may be an author's bio."""
_SIGNOFF_OUTLETS = {"wire-signoff": "Reuters"}
"""The outlet a sign-off rule's line names when it closes the text: Reuters' wire closed
its stories with "Reuter" ("REUTER"): written as .txt, 18,719 of reuters21578's 19,043 texts
change from no outlet to Reuters so, and none from another outlet. No
other agency's lone sign-off closes a text in the corpora (newsarticles, allsides), so no
AP or AFP form is guessed (nu39 #10)."""
_URLISH = re.compile(r"^<?(?:https?://|www\.)", re.IGNORECASE)
_RUN_ON_SIGNOFF = re.compile(
    r"(?<=[.!?\"'”’)\d])\s+(?:Reuter|REUTER|reuter)(?:\.{2,3}|…)?"
    r"(?:\d{1,2}:\d{2}(?:/[A-Z]{1,3})?)?(?:\^M)?$"
)
"""Reuters' sign-off run on to the text's last line, after its last sentence or figure:
"... 235.8 (33.7).        REUTER", "... SAO SIMAO NIL. REUTER11:43/VB" (fx103: nu46 #5)."""


def remove_tail_bios(lines: list[str], role: list[int], facts: Facts) -> str | None:
    """The last lines: an author's bio goes; a URL line gives the outlet; a wire's sign-off
    on the last line names its agency, the outlet only when nothing else names one.

    Returns:
        Reuters' sign-off when it ends the last line (cut off it: ``lines`` changes), else None.
    """
    checked = 0
    for k in range(len(lines) - 1, -1, -1):
        if not lines[k] or role[k] != BODY:
            continue
        if _URLISH.match(ADDRESS_LABEL.sub("", lines[k], count=1)):  # "Source: https://…"
            address = outlet_from_url_line(lines[k])
            if address:
                role[k] = META
                facts.note("outlet:url tail", address, k)
                facts.note("url", url_of_line(lines[k]), k)
                continue
        rule = tail_rule(lines[k]) if checked < TAIL_LINES else None
        run_on = _RUN_ON_SIGNOFF.search(lines[k]) if rule is None and checked == 0 else None
        if run_on is not None:
            facts.note("outlet:credit line", "Reuters", k)
            lines[k], signoff = lines[k][: run_on.start()], run_on.group().strip()
            return signoff
        if rule is None:
            return None
        if checked == 0 and rule in _SIGNOFF_OUTLETS:
            facts.note("outlet:credit line", _SIGNOFF_OUTLETS[rule], k)
        checked += 1
        role[k] = REMOVED
    return None

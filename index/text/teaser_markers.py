"""Where a related article's teaser run into a paragraph starts: its marker (`related_teaser`).

A marker stands after a sentence's end (or opening the line) and has its colon or dash:
"READ MORE: <headline>", DW's "You may be interested in reading this: <headline>".
"""

from __future__ import annotations

import re

LABEL = (
    r"(?P<marker>You (?:may|might) (?:also )?be interested in reading(?: this)?"
    r"|READ MORE|REAd MORE|Read more|ALSO READ|Also read|READ ALSO|RELATED|Related"
    r"|WATCH|Watch|(?:READ|Read|MORE)(?=\s*:)"
    r"|OPINION|INTERACTIVE|IN PICTURES|PROFILE|EXPLAINER|INFOGRAPHIC|PHOTOS)"
    r"\s*(?::-?|-|–|—)\s*(?=\S)"
)
"""A teaser's label and its colon or dash ("READ MORE:", "ALSO READ -", "WATCH:-"); "Read more
from Mark" (no colon: a BBC link into prose) is none. AJ's labels in capitals for its other
pages ("OPINION: <headline>", "INTERACTIVE:", "IN PICTURES:", "PROFILE:": fx172, newsarticles
124 run into a paragraph) are markers too; so are CNN's "READ:", DW's and RTE's "Read:" and
"Read:-", ABC's "MORE:" and a "REAd MORE:", with a colon only (fx173: newsarticles 38 cuts
more, 37 right, one taking a CNN subhead in quotes with its headline; "More: <link>" closing
an embedded tweet is none)."""
MARKER = re.compile(r"(?:(?<=[.!?\"'”’)])|(?<=[.!?\"'”’)]-)|^)\s*" + LABEL)
"""A teaser's marker after a sentence's end (or its lost character's dash: "said.- READ MORE:
..."), or opening the line."""
CHAINED = re.compile(r"\s*" + LABEL)
"""A teaser's marker right after another's headline: CNN's lists ("READ: Vonn crashes in
Cortina READ: Vonn wins first race since comeback READ: ..."), where it ends the headline."""

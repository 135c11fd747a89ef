"""A newsroom's call for readers' stories at the end of the text (nu36 #10).

BBC News closes many articles with "Are you in the area? Email haveyoursay@... with your
stories. Please include a contact number ... You can also contact us in the following
ways: ...", often run into the last paragraph, where no line rule sees it: it stayed in 19
newsarticles bodies and compare listed it as text only the BBC had. The patterns are the
``[contact_appeal]`` table of ``index/data/boilerplate.toml``; a sentence that mentions
such an address in reported speech, or one followed by more article text, is kept.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from index.text.clean import is_reported
from index.text.data_files import data_file
from index.text.facts import BODY, REMOVED
from index.text.slide_promo import cut_slide_promo

_SENTENCE = re.compile(r"\S.*?(?:[.!?]+[\"'”’)]?(?=\s|$)|$)")
"""A sentence: text up to a full stop, a question or an exclamation mark followed by a
space (the dots inside an address "news@bbc.co.uk" are none), or to the end."""


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    table = tomllib.loads(data_file("boilerplate.toml"))["contact_appeal"]
    keys = ("anchor", "contact", "asks", "newsroom")
    return tuple(re.compile(table[key], re.IGNORECASE) for key in keys)


def sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of ``text`` with where each starts (spaces between them left out)."""
    return [(match.start(), match.group()) for match in _SENTENCE.finditer(text)]


def contact_appeal_start(text: str) -> int | None:
    """Where a call for readers' stories that runs to the end of ``text`` starts, or None.

    The appeal is the first sentence asking for mail to an address (not in reported
    speech) when every sentence after it is a way to reach the newsroom, with the questions
    to the reader right before it ("Are you in the area?"). It must be the newsroom's own:
    its address or words (`newsroom`) from that sentence on; a police call for witnesses,
    a helpline or a consultation closing the story is the story's news (rv36 #6).
    """
    if "@" not in text:
        return None  # (every appeal gives an address: most paragraphs end here)
    anchor, contact, asks, newsroom = _patterns()
    parts = sentences(text)
    for position, (_, sentence) in enumerate(parts):
        if not anchor.search(sentence) or is_reported(sentence):
            continue
        if not all(contact.search(rest) for _, rest in parts[position + 1 :]):
            continue  # article text after it: an address the story mentions
        if not newsroom.search(text, parts[position][0]):
            return None  # the story's own appeal (witnesses, a helpline): news, kept
        while position and asks.match(parts[position - 1][1]):
            position -= 1
        return parts[position][0]
    return None


def cut_contact_appeal(lines: list[str], role: list[int]) -> str | None:
    """Remove a call for readers' stories closing the text: the last body line, when it is
    one, or its end, which is cut off the line (``lines`` changes) and returned. A slide's
    share row or a "Learn more" link after it goes first (`slide_promo`, returned with it)."""
    promo = cut_slide_promo(lines, role)
    appeal = _cut_appeal(lines, role)
    return "\n".join(cut for cut in (appeal, promo) if cut) or None


def _cut_appeal(lines: list[str], role: list[int]) -> str | None:
    last = max((k for k, line in enumerate(lines) if line and role[k] == BODY), default=None)
    start = contact_appeal_start(lines[last]) if last is not None else None
    if last is None or start is None:
        return None
    if start == 0:
        role[last] = REMOVED  # (a block of its own: `extract` lists it with the others)
        return None
    lines[last], appeal = lines[last][:start].rstrip(), lines[last][start:]
    return appeal

"""Who "he" is when a name whose gender is known stands between an earlier speaker whose
gender the article leaves open and the pronoun (sp47, issue 18)."""

from __future__ import annotations

import re

from index.analysis.firstnames import FEMALE, MALE
from index.analysis.mention import Mention

_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“]?[A-Z]")


def nearer_known(
    text: str, speaker: Mention, nearest: Mention | None, gender: str | None, known: str | None
) -> Mention:
    """``nearest``, a name of the pronoun's gender after ``speaker`` (the last to speak,
    ``known`` its gender as the article tells it), when the speaker's gender is unknown and
    a sentence ends between the two ('One company, JA Solar, explained ... The prediction
    comes from Sven Lindstroem ... he claims that "..."'); else ``speaker``. Not a name in
    the speaker's own sentence ("spokesman Lu Kang, whose government worked with Barack
    Obama, said ... '...,' he said": Lu Kang's)."""
    if (
        gender not in (MALE, FEMALE)
        or nearest is None
        or nearest.gender != gender
        or speaker.gender in (MALE, FEMALE)
        or known in (MALE, FEMALE)
    ):
        return speaker
    if _SENTENCE_END.search(text, speaker.start, nearest.start) is None:
        return speaker
    return nearest

"""Cues before a name in running text that make it a quotation's speaker."""

from __future__ import annotations

import re

_SPEAKS_BEFORE = re.compile(
    r"\b(?:said|says|added|adds|wrote|writes|explained|noted|insisted|stated|argued|declared|"
    r"continued|replied|responded|recalled|commented|remarked|concluded|conceded|confirmed|"
    r"countered|reiterated|announced|acknowledged|admitted|observed|stressed|tweeted|"
    r"according[ \t]+to)[ \t]+$"
)
"""A verb before a name that makes it the speaker ("said Zhou Zhiping", "according to Nial
Wheate": whom a later "he said" points back to), never its listener ("told Newsbeat")."""


def spoken_by(before: str) -> bool:
    """True when the words right ``before`` a name make it the speaker: a speech verb
    with no subject of its own before it ('"...," said Zhou', 'according to Zhou'), not
    "he said Acme would" nor "Byrd said Reagan's veto"."""
    told = _SPEAKS_BEFORE.search(before)
    if told is None:
        return False
    if told.group().startswith("according"):
        return True
    lead = before[: told.start()].rstrip(" \t")
    return not lead or not lead[-1].isalnum()

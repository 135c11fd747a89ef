"""Clips of three or four words: joined to the quotation around them only on evidence.

"integrity of the investigation" in one outlet and Pelosi's "with respect for the integrity
of the investigation" in another, the same day, are one quotation clipped; "part of the
process" or "the next step" is a phrase many quotations hold. A clip this short
(`quote_relation.SHORT_CLIP`) joins the group around it (`settle_short`, the last step of
`quote_links.split`) only when every copy of it is told by a quote around it
(`quote_stock.short_clip_told`: one speaker or none, within a day; two content words or
more) and every quote holding its words, on any day and by anyone, is in that one group
(qg40, nu47 #6).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from index.analysis.quote_unions import find

__all__ = ["settle_short"]

Key = tuple[str, int]


def settle_short(
    parent: dict[Key, Key],
    words: Mapping[Key, Sequence[str]],
    containers: Mapping[Key, Sequence[Key]],
    told: Mapping[Key, Sequence[Key]],
    every: Mapping[Key, Sequence[Key]],
) -> None:
    """Join each group of short clips to the group around it (see the module's rule), until
    none joins: a clip held by a four-word clip and by the quotation both are cut from joins
    once the four-word clip has, whichever key sorts first (rv54).

    Args:
        parent: The joins so far (`quote_unions.find`), changed in place.
        words: Each quote's words, by key.
        containers: The quotes each clip of five words or more lies in: a group holding
            one such clip is settled already (`quote_links`' own rule), never here.
        told: The quotes each short clip lies in that tell it (`short_clip_told`).
        every: Every quote each short clip lies in.
    """
    joined = True
    while joined:
        joined = False
        groups: dict[Key, list[Key]] = defaultdict(list)
        for key in sorted(words):
            groups[find(parent, key)].append(key)
        for own, members in groups.items():
            if any(containers.get(k) for k in members) or not all(told.get(k) for k in members):
                continue
            around = {find(parent, c) for k in members for c in every[k]} - {find(parent, own)}
            if len(around) == 1:
                parent[find(parent, own)] = around.pop()
                joined = True

"""Who a group of reprints of one quotation is by: the vote of its occurrences' speakers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from index.analysis.speakerdoubt import GUESS
from index.analysis.speakernames import aliases

_READ_BACK = frozenset(["pronoun", "continued", GUESS])
"""Rules that read a speaker back from earlier text ("he said", a quote after another):
weaker than a name the attribution itself gives ("says Fahd")."""


def voted_speaker(told: Sequence[tuple[str | None, str]], full: str | None) -> str | None:
    """The speaker of a group whose occurrences give ``told``, ``(speaker, rule)`` pairs:
    the one most occurrences name outright (`_READ_BACK` rules count only to break ties),
    then the one most give at all, then ``full``'s (the fullest form's speaker). Aliases
    count as one ("Trump", "Donald Trump"). Pronoun-resolved reprints do not outvote an
    explicit attribution: "he said" after "King Fahd ... said" went to the article's
    subject Nazer in two reprints, outvoting reut-03455's "The King replied" (sp48)."""
    named = {s for s, _ in told if s}
    same = aliases(s for s, _ in told) if len(named) > 1 else {}
    counts: Counter[str] = Counter()
    outright: Counter[str] = Counter()
    for speaker, rule in told:
        if speaker:
            speaker = same.get(speaker, speaker)
            counts[speaker] += 1
            outright[speaker] += rule not in _READ_BACK
    if not counts:
        return None
    full = same.get(full or "", full)
    return max(counts, key=lambda s: (outright[s], counts[s], s == full))

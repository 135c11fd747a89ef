"""Who a group of reprints of one quotation is by: the vote of its occurrences' speakers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from index.analysis.speakerdoubt import GUESS
from index.analysis.speakernames import aliases
from index.analysis.spelling_fold import LOST, alike, lost_letter_match

_READ_BACK = frozenset(["pronoun", "continued", GUESS])
"""Rules that read a speaker back from earlier text ("he said", a quote after another):
weaker than a name the attribution itself gives ("says Fahd")."""
_MARKS = re.compile(f"[{LOST}]+")


def voted_speaker(told: Sequence[tuple[str | None, str]], full: str | None) -> str | None:
    """The speaker of a group whose occurrences give ``told``, ``(speaker, rule)`` pairs:
    the one most occurrences name outright (`_READ_BACK` rules count only to break ties),
    then the one most give at all, then ``full``'s (the fullest form's speaker). Aliases
    count as one ("Trump", "Donald Trump"), and so do spellings of one name ("Schäuble",
    "Schaeuble", "Sch?uble": `spellings`, sp56). Pronoun-resolved reprints do not outvote
    an explicit attribution: "he said" after "King Fahd ... said" went to the article's
    subject Nazer in two reprints, outvoting reut-03455's "The King replied" (sp48)."""
    found = spellings(s for s, _ in told if s)
    spelt = {name: shown for name, (shown, _) in found.items()}
    named = dict(found.values())
    same = _aliases(named) if len(named) > 1 else {}
    counts: Counter[str] = Counter()
    outright: Counter[str] = Counter()
    for speaker, rule in told:
        if speaker:
            speaker = spelt[speaker]
            speaker = same.get(speaker, speaker)
            counts[speaker] += 1
            outright[speaker] += rule not in _READ_BACK
    if not counts:
        return None
    full = spelt.get(full or "", full)
    full = same.get(full or "", full)
    return max(counts, key=lambda s: (outright[s], counts[s], s == full))


def _aliases(names: dict[str, str]) -> dict[str, str]:
    """`aliases` of the spellings ``names`` maps to their keys (in the order given: the first
    full form of a person stands for it, as before), read in their folded forms
    ("Schaeuble" the surname of "Wolfgang Schäuble")."""
    forms = {_form(name, key): name for name, key in names.items()}
    return {forms[bare]: forms[full] for bare, full in aliases(forms).items()}


def _form(name: str, key: str) -> str:
    """The key ``key`` of ``name`` written in its case ("Wolfgang Schaeuble" -> "Wolfgang
    Schauble", "NATO" stays, "Sch?uble" -> "Schauble" when it spells that)."""
    words, folded = name.split(), key.split()
    if len(words) != len(folded):
        return name
    out = []
    for word, low in zip(words, folded, strict=True):
        if word.isupper() and len(word) > 1:
            out.append(low.upper())
        elif word[:1].isupper():
            out.append(low[:1].upper() + low[1:])
        else:
            out.append(low)
    return " ".join(out)


def spellings(names: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Each of ``names`` mapped to the one spelling its name is voted under and that name's
    key: the names `alike` folds to one key are one ("Wolfgang Schäuble", "Wolfgang
    Schaeuble"), and a name with a lost letter is the one other it spells
    (`lost_letter_match`: "Wolfgang Sch?uble"; a surname alone, "Sch?uble", the surname of
    the group's one full name that ends with it). The spelling shown: a whole one (no lost
    letter), the most given, then the greatest (as `index.analysis.quote_people` lists
    one person's names: "Schäuble" before "Schaeuble")."""
    given = Counter(names)
    keys = {name: _MARKS.sub("?", alike(name)) for name in given}
    whole = {k for n, k in keys.items() if not _lost(n)}
    ends = Counter(k.split()[-1] for k in whole if len(k.split()) > 1)
    surnames = {e for e, n in ends.items() if n == 1}
    for name, key in keys.items():
        if _lost(name):
            match = lost_letter_match(key, whole)
            if match is None and " " not in key:
                match = lost_letter_match(key, surnames)
            elif match is None:  # "Wolfgang Sch?uble" with "Schäuble" alone: his surname
                *given_, last = key.split()
                found = lost_letter_match(last, {k for k in whole if " " not in k})
                match = " ".join([*given_, found]) if found else None
            keys[name] = match or key
    shown: dict[str, str] = {}
    for name in sorted(given, key=lambda n: (not _lost(n), given[n], n)):
        shown[keys[name]] = name  # the last, the greatest, wins
    return {name: (shown[keys[name]], keys[name]) for name in given}


def _lost(name: str) -> bool:
    return any(c in LOST for c in name)

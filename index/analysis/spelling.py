"""British and American spellings of one word as one word, for the quote diff (nu53 #10:
"favourable" in one outlet's quote and "favorable" in another's made it "reworded").

`spelling_key` gives both spellings of a word one key by a few suffix rules (-our/-or,
-ise/-ize, -yse/-yze, -tre/-ter, -ogue/-og, a doubled "l" before -ed/-ing/-er) and a short
list of words no rule covers. A rule needs three letters before the suffix it changes, so
that "four" and "for", "prise" and "prize", "filled" and "filed" stay two words; the words
two spellings of which are both other words ("timbre", "timber") are left as they are.
No package in the environment does this (breame and eng on PyPI would be a dependency for
a dozen lines; fx131 checked /work/.library/env/packages).
"""

from __future__ import annotations

import re

__all__ = ["spelling_key"]

_OUR = "s|ed|ing|able|ably|ite|ites|itism|ful|fully|less|er|ers|ism|ist|ists|al|ally|y|hood|hoods"
"""What may follow "our" in a word the -our rule changes ("favourite", "neighbourhood")."""

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # favour(s/ed/ing/able/ably/ite/ites/ful/less/er/ers), colour, honour, labour, behaviour
    (re.compile(rf"^([a-z]{{3,}})our({_OUR})?$"), r"\1or\2"),
    # organise(s/d/r/rs), organising, organisation(s), criticism stays: -is- then a suffix
    (re.compile(r"^([a-z]{3,})is(e|es|ed|er|ers|ing|ation|ations|able)$"), r"\1iz\2"),
    # analyse, paralysed, catalysing
    (re.compile(r"^([a-z]{3,})ys(e|es|ed|er|ers|ing)$"), r"\1yz\2"),
    # centre(s), centred, centring; theatre, kilometre, sombre, spectre, meagre (after b, g
    # or t only: "Andres" and "Anders", "Alexandre" and "Alexander" are other names)
    (re.compile(r"^([a-z]{3,}[bgt])re(s|d)?$"), r"\1er\2"),
    (re.compile(r"^([a-z]{3,}[bgt])ring$"), r"\1ering"),
    # catalogue(s), dialogue, analogue, monologue
    (re.compile(r"^([a-z]{3,})ogue(s)?$"), r"\1og\2"),
    # travelled, cancelling, labelled, fuelled, modeller
    (re.compile(r"^([a-z]{2,}[aeiou])ll(ed|ing|er|ers|or|ors)$"), r"\1l\2"),
)
"""Each rule's British pattern and the American form it is given (the key)."""

_RE_SECOND = re.compile(r"^([a-z]{3,}[bgt])ered$")
"""The American "centered" of the British "centred" (the -tre rule makes "centred" "centerd")."""

_WORDS: dict[str, str] = {
    "defence": "defense",
    "defences": "defenses",
    "offence": "offense",
    "offences": "offenses",
    "licence": "license",
    "licences": "licenses",
    "pretence": "pretense",
    "programme": "program",
    "programmes": "programs",
    "grey": "gray",
    "aluminium": "aluminum",
    "jewellery": "jewelry",
    "judgement": "judgment",
    "judgements": "judgments",
    "ageing": "aging",
    "enrolment": "enrollment",
    "instalment": "installment",
    "instalments": "installments",
    "fulfil": "fulfill",
    "fulfilment": "fulfillment",
    "skilful": "skillful",
    "wilful": "willful",
    "sceptic": "skeptic",
    "sceptical": "skeptical",
    "scepticism": "skepticism",
    "mould": "mold",
    "metre": "meter",
    "metres": "meters",
    "litre": "liter",
    "litres": "liters",
    "fibre": "fiber",
    "fibres": "fibers",
    "sabre": "saber",
    "sabres": "sabers",
    "odour": "odor",
    "odours": "odors",
    "plough": "plow",
    "pyjamas": "pajamas",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "manoeuvring": "maneuvering",
    "cheque": "check",
    "cheques": "checks",
    "tyre": "tire",
    "tyres": "tires",
}
"""Spellings no rule makes one, each with its key (the American form)."""

_KEPT = frozenset({"timbre", "timbres", "refilled", "refilling", "unfilled"})
"""Words a rule would change whose other spelling is another word ("timber", "refiled")."""


def spelling_key(word: str) -> str:
    """One key for the British and American spellings of a lower-cased ``word``
    ("favourable" and "favorable" give "favorable"); any other word is its own key."""
    if word in _WORDS:
        return _WORDS[word]
    if word in _KEPT or not word.isascii() or not word.isalpha():
        return word
    match = _RE_SECOND.match(word)
    if match:
        return match.group(1) + "erd"  # "centered" as the -tre rule makes "centred"
    for pattern, american in _RULES:
        key, changed = pattern.subn(american, word)
        if changed:
            return key
    return word

"""Headlines of one issue form naming different issuers: a cue that keeps issue and payout
wires apart (issue 16, st43).

A wire files one form for every bond or note issue and every payout: "CAECL ISSUES 12
BILLION YEN EUROBOND", "MERRILL LYNCH ISSUES 100 MLN ECU EUROBOND", "FRANKLIN OHIO SETS
MONTHLY PAYOUT". Their words are the form's, so a morning's issues by a dozen issuers
read as one "story"; most issuers name no ticker, so `story_tickers` did not tell them
apart. A headline of the form names its issuer before its verb (`VERBS`) and the thing
issued or paid after it (`ISSUED`); a headline ending in a payout (`PAYOUTS`) names its
payer before a verb of `MOVES` or before the payout ("<FRANKLIN GOLD FUND> CUTS
DIVIDEND", "<X FUND> PAYOUT"). The issuer is the words before the verb, brackets taken
off ("<FRANKLIN AGE HIGH INCOME FUND>", "FORD <F>"), company suffixes ("INC", "UNIT")
and the payout's kind before the verb or payout ("QTLY", "REGULAR", "IN": `KINDS`) left
out. Two headlines of the form are about different issuers when neither issuer's
words are all among the other's ("FORD <F>" and "FORD" are one, "RJR NABISCO INC" and
"RJR NABISCO" one, "FRANKLIN OHIO" and "FRANKLIN CALIFORNIA" two): `story_tickers.unlike`
then counts `StoryParams.ticker_factor` of their likeness, and two near copies of
different issuers (payout tables alike but for their figures) are not folded as one
article (`story_daily.not_copies`). Headlines not of the form (a prime rate rise by many
banks, a merger told from both sides) are left alone, and a corpus without such
headlines gets the stories it had. Words are keyed by bits of a 63-bit mask
(`issuer_mask`, one per hash of `story_tickers.SALTS`); two words sharing a bit in every
mask are taken for one, which only keeps the rule from firing. Chosen on the tuning half
of `python -m bench.stories_templates` (one same-event pair of its labels is of two
issuers: "FRANKLIN PENNSYLVANIA TAX-FREE IN INITIAL PAYOUT" and "FRANKLIN PENNSYLVANIA
U.S. SETS INITIAL PAYOUT").
"""

from __future__ import annotations

import re
import zlib

VERBS = frozenset(
    [
        "ISSUES",
        "ISSUING",
        "LAUNCHES",
        "LAUNCHING",
        "SELLS",
        "SELLING",
        "OFFERS",
        "OFFERING",
        "SETS",
        "DECLARES",
        "PAYS",
    ]
)
"""The verbs of the issue form: the issuer comes before, the thing issued after."""
ISSUED = frozenset(
    [
        "EUROBOND",
        "EUROBONDS",
        "BOND",
        "BONDS",
        "NOTES",
        "DEBENTURES",
        "DEBT",
        "WARRANTS",
        "FRN",
        "FRNS",
        "CERTIFICATES",
        "PAYOUT",
        "DIVIDEND",
    ]
)
"""What an issue or a payout is of: one of these after the verb makes the form."""
PAYOUTS = frozenset(("PAYOUT", "DIVIDEND"))
"""A headline ending in one of these names its payer first, with or without a verb."""
MOVES = frozenset(
    [
        "RAISES",
        "CUTS",
        "OMITS",
        "LOWERS",
        "INCREASES",
        "RESUMES",
        "SUSPENDS",
        "HIKES",
        "UPS",
        "BOOSTS",
    ]
)
"""Verbs of a payout headline (`PAYOUTS`): the payer comes before."""
SUFFIXES = frozenset(["UNIT", "INC", "CORP", "CO", "LTD", "PLC", "THE"])
"""Words of an issuer's name that tell no issuer from another."""
KINDS = frozenset(
    [
        "REGULAR",
        "QTLY",
        "QUARTERLY",
        "MONTHLY",
        "SEMI-ANNUAL",
        "ANNUAL",
        "INITIAL",
        "SPECIAL",
        "EXTRA",
        "YEAR-END",
        "STOCK",
        "CASH",
        "HIGHER",
        "LOWER",
        "IN",
        "VOTES",
        "SPLIT",
        "SPLITS",
    ]
)
"""Words of a payout's kind or move that a headline without a verb of the form puts
between its payer and the payout ("X QTLY DIVIDEND", "X REGULAR DIVIDEND", "X IN PAYOUT",
"X VOTES STOCK SPLIT, RAISES PAYOUT"): they end no issuer's name (st46: one company's
payouts split on them)."""
_RATIO = re.compile(r"\d+-FOR-\d+")
_BRACKETS = re.compile(r"[<>()]")
_WORD = re.compile(r"[A-Z0-9][A-Z0-9&'./-]*")


def issuer_words(title: str) -> frozenset[str]:
    """The issuer a headline of the issue form names (its words in capitals), or none when
    the headline is not of the form ("FED ADDS RESERVES", "ISSUES OF THE DAY")."""
    words = _WORD.findall(_BRACKETS.sub(" ", title.upper()))
    verb = next((k for k, word in enumerate(words) if word in VERBS), -1)
    if verb < 0 and words and words[-1] in PAYOUTS:  # "<X FUND> PAYOUT", "X CUTS PAYOUT"
        verb = next((k for k, word in enumerate(words) if word in MOVES), len(words) - 1)
    if verb <= 0 or ISSUED.isdisjoint(w.strip("./-'") for w in words[verb:]):
        return frozenset()
    end = verb
    while end > 1 and (words[end - 1] in KINDS or _RATIO.fullmatch(words[end - 1])):
        end -= 1  # "ACME QTLY DIVIDEND", "ACME REGULAR DIVIDEND": one payer, ACME
    names = {word.removesuffix("'S").strip("./-'") for word in words[:end]}
    return frozenset(names - SUFFIXES - {""})


def issuer_mask(title: str, salt: int = 0) -> int:
    """The issuer of a headline as bits of a 63-bit mask, a bit per word chosen by a hash
    ``salt`` varies (0: not of the issue form)."""
    mask = 0
    for word in issuer_words(title):
        mask |= 1 << (zlib.crc32(word.encode(), salt) % 63)
    return mask


__all__ = ["ISSUED", "KINDS", "SUFFIXES", "VERBS", "issuer_mask", "issuer_words"]

"""Names in an embedded post's signature the comparison should not list (fx110, nu49 #5).

A page's embedded tweet ends "— RTÉ News (@rtenews) February 12, 2017" and an Instagram
post "A video posted by K Newton (@fignorcal) on Feb 12, 2017": the account's name is the
embed's byline, not a name the article reports ("RT", "CA", "K Newton" were listed as
names only one article gives). Like `index.analysis.namefragments`, this only tidies what a
comparison reports, so the stored rules are untouched.
"""

from __future__ import annotations

import re

from index.analysis.entities import NameMention

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"  # "Feb", "February"
_SIGNATURE_TAIL = re.compile(
    # what may stand between the name's end and the handle ("CA - DWR (@CA_DWR)", "RT? News
    # (@rtenews)"), the handle, then the post's date
    rf"[\w \t?'’.\-–—]{{0,16}}?\(@\w{{1,15}}\)[ \t]+(?:on[ \t]+)?"
    rf"{_MONTH}[ \t]+\d{{1,2}},[ \t]+\d{{4}}"
)


def signature_name(text: str, mention: NameMention) -> bool:
    """True for a name in an embedded post's signature: a handle in brackets and a date
    follow it ("RT? News (@rtenews) February 13, 2017", "K Newton (@fignorcal) on Feb 12,
    2017")."""
    return _SIGNATURE_TAIL.match(text, mention.end) is not None

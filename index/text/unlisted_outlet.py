"""An outlet line the table does not know: a name between the headline and a date line or a
byline ("Valley Gazette", "The Sacramento Bee": nu27 #5; it was left as the body's first
paragraph, the article without an outlet).

The line is told from what else sits there (a deck, a kicker or topic tag, an author's
bare name, a role line) by its shape: one to six words, each capitalised (or "of", "the",
"&"...), no sentence punctuation, no desk, section, banner, place or role ("Staff Reporter",
"Associated Press Writer"); and by what the line itself proves: its name ends in a word of
the press ("Gazette", "Times", "Post-Dispatch", "News"; or "Times of India"), with another
word that is no kicker's ("Good News", "The Daily", "Guest Post" are no outlet's). A leading
"The", an acronym or an inner capital prove nothing ("The White House", "FBI", "SpaceX":
rv26), so "NHK" or "Al Jazeera" stay missed: a miss is better than a wrong outlet. The name
is the outlet only when nothing else names one (``extract.OUTLET_ORDER``, last);
bench/outlet_lines.py measures both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.text.head_lines import dates_of
from index.text.metadata import NOT_PLACES, read_byline
from index.text.outletnames import SECTIONS, is_desk_label, is_section
from index.text.outlets import known_outlet
from index.text.places import is_place_name, words

UNLISTED = "unlisted line"
"""The fact's place (``outlet:unlisted line``), last in ``extract.OUTLET_ORDER``."""
MASTHEAD = "masthead"
"""The place of a name on the text's top line (``outlet:masthead``), before `UNLISTED`."""
MASTHEAD_WORDS = 4
"""The most words a masthead the table does not know may have ("The Times of India")."""
_JOINERS = frozenset({"of", "the", "and", "&", "for", "on", "de", "du", "la", "le", "el"})
"""Lower-case words an outlet's name may hold ("Voice of America", "U.S. News & World")."""
_WORD = re.compile(r"^[A-Z][\w.'’&-]*$|^[&+]$")
_LABEL_WORDS = SECTIONS | words(
    """news latest live updates update breaking watch now blog video videos photos pictures
    podcast exclusive special report analysis explainer factbox feature features interview
    review comment editorial opinion sport sports business health science tech technology
    entertainment lifestyle culture arts travel money markets economy climate environment
    education weather"""
)
"""Words of a section label or kicker ("World News", "Live Updates", "The Latest"): a name
of these alone is no outlet's."""
PRESS_WORDS = words(
    """gazette times post herald tribune journal news daily chronicle courier bee observer
    register sentinel press radio tv television broadcasting telegraph examiner inquirer
    dispatch ledger courant enquirer gleaner bulletin mail express globe wire digest"""
)
"""Last words of a newspaper's or broadcaster's name. Not "Star", "Sun", "Standard",
"Review", "Report", "Today": kickers end in them too ("Rising Star", "Gold Standard").
"Wire" and "Digest" (fx78, nu41 #3: "Gulf Wire", "Wire Digest") only after a word no
kicker's ("Live Wire", "Daily Digest" are kickers). Another press word before the last one
counts ("Daily Mail", "Wire Digest") unless it is a broadcaster's ("TV News", "Radio Times"
stay kickers) or "press" ("Press Herald"), as `KICKER_WORDS` lists."""
_ROLES = words(
    """writer writers reporter reporters correspondent editor editors staff contributor
    columnist photographer producer intern anchor host"""
)
KICKER_WORDS = _LABEL_WORDS | words(
    """good bad fake big top more other hard end modern happy great best old our your my this
    that last next first weekly morning evening sunday guest blog free public talk local
    national international related spelling reality real tv television radio broadcasting
    press"""
)
"""Words that make a press word a kicker's ("Good News", "Guest Post", "Spelling Bee")."""


def outlet_under_headline(line: str, below: str) -> str | None:
    """The outlet named by a head line right under the headline, over ``below``, when the
    table does not know it: ``below`` must be a date line or a byline, ``line`` shaped as
    an outlet's name (`unlisted_outlet`)."""
    if not below or not (dates_of(below) or read_byline(below) is not None):
        return None
    return unlisted_outlet(line)


def masthead(line: str, below: Sequence[str]) -> str | None:
    """The outlet named by the text's top line over its headline, then a date line or a
    byline within three lines (``below``: the head lines under it, the headline first; a
    standfirst and a byline without "By" may come between), when the table does
    not know it: "The Sacramento Bee" over "River breaches levee" over "March 14, 2023"
    (nu28 #1: it was taken for the headline). Shaped as an outlet's name (`unlisted_outlet`),
    of `MASTHEAD_WORDS` at most and fewer than the headline's ("Trump Attacks Washington
    Post" over a longer standfirst would still be read as one: a headline in title case
    ending in a press word, over a longer line and a date, is that rare)."""
    words = len(line.split())
    if words > MASTHEAD_WORDS or len(below) < 2 or len(below[0].split()) <= words:
        return None
    if dates_of(below[0]) or read_byline(below[0]) is not None:
        return None  # no headline under it
    if not any(dates_of(b) or read_byline(b) is not None for b in below[1:4]):
        return None  # a date line or a byline under the headline, maybe under a standfirst
    return unlisted_outlet(line)


def unlisted_outlet(line: str) -> str | None:
    """The outlet a line names when it is shaped as an outlet's name (see the module), else
    None. Only for a line between a headline and a date line or byline (`index.text.head`)."""
    name = line.strip()
    parts = name.split()
    if not 1 <= len(parts) <= 6 or len(name) > 60 or name[-1] in ".!?:;,":
        return None
    if any(c in name for c in ',;:!?"“”()[]|/') or not all(
        _WORD.match(w) or w in _JOINERS for w in parts[1:]
    ):
        return None  # a sentence or a deck: a word in lower case, a comma
    if not _WORD.match(parts[0]) or parts[0] in "&+":
        return None
    bare = parts[1:] if parts[0] == "The" and len(parts) > 1 else parts
    plain = [w.lower().strip(".") for w in bare if w not in _JOINERS]
    if not plain or all(w in _LABEL_WORDS for w in plain) or is_desk_label(name):
        return None  # "World News", "The Latest", "Opinion"
    if is_section(" ".join(bare)) or is_place_name(" ".join(bare)):
        return None  # "US & Canada" is a section's; "New York", "Paris" a dateline's place
    if len(parts) > 1 and name.isupper():
        return None  # "WORLD NEWS", "U.S. POLITICS": a kicker in capitals
    if name.isupper() and (name in NOT_PLACES or name.lower() in _LABEL_WORDS):
        return None  # "EXCLUSIVE", "VIDEO"
    return name if known_outlet(name) or _pressed(bare) else None


def _pressed(bare: list[str]) -> bool:
    """Whether a name (without its "The") ends in a press word, with another word before it
    that is no kicker's: "Valley Gazette", "St. Louis Post-Dispatch", "Times of India",
    "Daily Press" (a press word other than a broadcaster's may be that word: fx78)."""
    low = [w.lower().strip(".'’") for w in bare]
    if any(part in _ROLES for w in low for part in w.split("-")):
        return False  # "Staff Reporter", "Associated Press Writer": a role, not an outlet
    head, rest = low, []
    if "of" in low and low.index("of") > 0:  # "Times of India": the name before "of" ends in it
        head, rest = low[: low.index("of")], low[low.index("of") + 1 :]
    if head[-1].split("-")[-1] not in PRESS_WORDS:
        return False
    others = [w for w in head[:-1] + rest if w not in _JOINERS] + head[-1].split("-")[:-1]
    if head[-1] == "digest":
        others = [w for w in others if w != "daily"]  # "Daily Digest": a newsletter's label
    return any(w not in KICKER_WORDS for w in others)


DATELINE_CREDIT = "dateline credit"
"""The place of a credit the table does not know in a dateline (``outlet:dateline credit``)."""
_NOT_CREDITS = (
    _LABEL_WORDS
    | _ROLES
    | words(
        """file photo photos pictured image images graphic audio listen corrected correction
    clarification sponsored advertisement map maps updated wires pool staff agencies
    monday tuesday wednesday thursday friday saturday sunday repeat repeats corrects refiled
    recasts adds writethru gmt utc est edt cst cdt mst mdt pst pdt bst cet cest ist jst"""
    )
)
"""Words of what a dateline's parentheses hold that is no outlet ("AP Photo" is known)."""
_DATELINE_PRESS = PRESS_WORDS | words("beacon record weekly star sun standard review today")
"""A name's last word that makes it a paper's in a dateline's credit, where no kicker stands."""
_SHAPED = re.compile(r"^[A-Z]{2,6}$|^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|com\.au|ca|ie)$")
"""A call sign or an acronym ("KTLA", "WTOP") or a site ("Variety.com")."""


def dateline_credit(credit: str) -> str | None:
    """The outlet a credit in a dateline names when the table does not know it: "WASHINGTON,
    Oct. 19, 2021 (Valley Gazette) — " (nu32 #10). Shaped as a name (one to five words, each
    capitalised, or "of", "the", "&"...), not a place, a desk, a label, a tag, a zone or a role
    ("(Photo)", "(Updated)", "(REPEAT)", "(GMT)", "(Ontario)"), and proved a paper's: a
    paper's last word after another word ("Valley Beacon"), a call sign or acronym ("KTLA") or
    a site ("Variety.com"); one other word is no proof ("Getty", "Jane Doe": rv31)."""
    name = credit.strip()
    parts = name.split()
    if not 1 <= len(parts) <= 5 or name[-1] in ",;:-&" or not _WORD.match(parts[0]):
        return None
    if not all(_WORD.match(w) or w in _JOINERS for w in parts[1:]):
        return None
    bare = parts[1:] if parts[0] == "The" and len(parts) > 1 else parts
    plain = [w.lower().strip(".'’") for w in bare if w not in _JOINERS]
    if not plain or any(w in _NOT_CREDITS for w in plain) or is_desk_label(name):
        return None
    if is_section(" ".join(bare)) or is_place_name(" ".join(bare)) or name in NOT_PLACES:
        return None
    if len(parts) == 1:  # one word proves nothing ("Getty", "Minister") but a call sign's shape
        return name if _SHAPED.match(name) else None
    head = [w.lower().strip(".'’") for w in bare]
    if _pressed(bare):
        return name
    if head[-1] not in _DATELINE_PRESS or any(w in _ROLES for w in head):
        return None  # "Jane Doe", "Press Release", "Prime Minister": no paper's name
    return name if any(w not in _DATELINE_PRESS and w not in _JOINERS for w in head) else None

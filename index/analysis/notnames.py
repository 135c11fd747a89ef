"""Capitalised words that are no one's name in any corpus: a place's abbreviation
("Santa Monica, Calif.", "Boston, Mass., Feb. 8", "(R., Ky.)") and a web page's navigation
labels ("PREV", "NEXT", "Previous article") left at the foot of a scraped article, and a
chemical's systematic name, capitalised where it opens a term ("S-2 Diisoprophylaminoethyl
methylphosphonothiolate", VX: nu66).

An abbreviation is told first by how the text writes it: a short capitalised word whose
full stop ends no sentence ("Calif., said", "Calif. students"). A full stop before a
capital or a bracket may end a sentence ("Boise, Idaho. He died", "(... Legos.)"), so
there only the abbreviations of the AP stylebook's convention for US states and Canadian
provinces, which English-language news everywhere follows, count: after a place and its
comma, or in a bracket ("(R., Ky.)")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.analysis.speechverbs import words

if TYPE_CHECKING:
    from index.analysis.names import Token

NAV_LABELS = frozenset(("prev", "previous", "next"))
"""Labels of a page's links to its neighbours: an adjective or a label, never a name."""
_SHORT = re.compile(r"[A-Z][a-z]{1,4}")
"""A word short enough to be an abbreviation ("Ky", "Calif"; "Ill" and "Mass" too)."""
_NOT_AN_END = re.compile(r"\.(?:[ \t]*[,;:]|[ \t]+[a-z]+[ \t,])")
"""A full stop that ends no sentence: a comma or a lower-case word after it (a word:
"China. hewei@chinadaily.com.cn" is an end, then an address)."""
_BRACKET = re.compile(r"\.[ \t]*[)\]]")
"""A full stop before a closing bracket: "(R., Ky.)", but also "(... and Legos.)"."""
STATE_ABBREVIATIONS = words(
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo "
    "mont neb nev okla ore pa tenn tex va vt wash wis wyo alta man ont que sask"
)
"""The AP stylebook's abbreviations of US states (and of Canadian provinces) in datelines
and after a town ("Santa Monica, Calif."); the short names (Ohio, Texas) are written whole."""
_PLACE_BEFORE = re.compile(r"[A-Z][\w'’-]*,[ \t]+$")
"""A place and its comma just before: "Santa Monica, " of "Santa Monica, Calif."."""


def nav_label(word: str) -> bool:
    """True for a navigation label as a page writes it ("PREV", "Next", "Previous"): a
    capital first. The adverb of prose ("Secretary Tillerson spoke next, saying") is none:
    dropped from a phrase's end, it left "spoke" there and lost the speaker."""
    return word[:1].isupper() and word.lower() in NAV_LABELS


SHARE_BUTTONS = frozenset(
    [
        "facebook",
        "twitter",
        "google",
        "google+",
        "whatsapp",
        "linkedin",
        "pinterest",
        "reddit",
        "email",
        "e-mail",
        "messenger",
        "telegram",
        "tumblr",
        "flipboard",
        "print",
        "share",
        "tweet",
        "sms",
        "copy",
        "link",
        "newsvine",  # DW's row: "Facebook Twitter ... Newsvine Permalink" (fx97)
        "permalink",
        "digg",
        "stumbleupon",
        "stumble",
        "send",
    ]
)
"""The words of a page's row of share buttons ("Facebook Twitter Google Whatsapp")."""
COLLECTIVES = frozenset(
    [
        "people",
        "women",
        "men",
        "children",
        "workers",
        "farmers",
        "veterans",
        "citizens",
        "nations",
        "peoples",
    ]
)
"""Nouns whose possessive stays inside a name ("People's Republic", "Workers' Party")."""


def share_row(words: list[str]) -> bool:
    """True for a run of two or more share buttons' words: a page's share row, no name."""
    return len(words) >= 2 and all(w.lower() in SHARE_BUTTONS for w in words)


def abbreviation(text: str, word: str, start: int) -> bool:
    """True when ``word`` at ``start`` of ``text`` is an abbreviation, not a name.

    It is short, capitalised and written with a full stop ("Calif."), and the full stop
    ends no sentence ("Calif., said", "Calif. students"), or it is a state's abbreviation
    after a place and its comma ("Santa Monica, Calif. Immune therapies") or in a
    bracket ("(R., Ky.)").
    """
    end = start + len(word)
    if not _SHORT.fullmatch(word) or not text.startswith(".", end):
        return False
    if _NOT_AN_END.match(text, end):
        return True
    return word.lower() in STATE_ABBREVIATIONS and bool(
        _BRACKET.match(text, end) or _PLACE_BEFORE.search(text, max(0, start - 40), start)
    )


def not_name_edges(words: list[str]) -> list[str]:
    """A run's words without a navigation label or a state's abbreviation written with its
    full stop at either end ("PREV Benfica" -> "Benfica", "Calif. Gov. Gavin Newsom" ->
    "Gov. Gavin Newsom"): what a run read without its text around it can drop."""
    start, end = name_between(words)
    return words[start:end]


def name_between(words: list[str]) -> tuple[int, int]:
    """Where `not_name_edges` keeps ``words``: the slice ``words[start:end]``. A share row
    of two words or more that opens them goes too ("Send Facebook Twitter Ann Lee": sp46)."""
    start, end = 0, len(words)
    row = 0
    while row < end and words[row].lower() in SHARE_BUTTONS:
        row += 1
    if row >= 2:
        start = row
    while start < end and _edge(words[start]):
        start += 1
    while end > start and _edge(words[end - 1]):
        end -= 1
    return start, end


def _edge(word: str) -> bool:
    bare = word.rstrip(",")
    return nav_label(bare) or (bare.endswith(".") and bare[:-1].lower() in STATE_ABBREVIATIONS)


def tag_side(words: list[Token], verb_after: bool) -> list[Token]:
    """The speaker's words without hashtags and handles: before the verb, those after the
    last tag that a word follows (a tweet's "#TrumpPresser He said" gives "He": nu38 #2 read
    the speaker "TrumpPresser He"); after it, all but the tags ("says @VP Mike Pence"). A
    tag is a mark glued to the word after it."""
    tags = [
        k
        for k in range(len(words) - 1)
        if words[k].text in ("#", "@") and words[k].end == words[k + 1].start
    ]
    if not verb_after:  # "says @VP Mike Pence", "said Ann Lee @annlee": the words less tags
        return [w for k, w in enumerate(words) if k not in tags and k - 1 not in tags]
    # a word after the tag: "... #TrumpPresser He said" (not "Founder of #ResistMarch, told")
    tags = [k for k in tags if k + 2 < len(words) and words[k + 2].text[:1].isalnum()]
    return words[tags[-1] + 2 :] if tags else words


_CHEMICAL = re.compile(
    r"methyl|ethyl|propyl|prophyl|butyl|phenyl|amino|phosph|thio|chlor|fluor|brom|iod"
    r"|hydroxy|nitro|carboxy|sulf|sulph|benz|acet"
)
"""The stems systematic chemical names are built of (IUPAC: substituents and elements)."""


def chemical(run: list[str]) -> bool:
    """True for a run of capitalised words one of which is a chemical's systematic name: a
    long word built of two stems or more ("Diisoprophylaminoethyl": amino, ethyl), no
    person's, place's or body's name (its locant, "S-2", goes with it)."""
    return any(
        len(w) >= 9 and len({m.group() for m in _CHEMICAL.finditer(w.lower())}) >= 2 for w in run
    )

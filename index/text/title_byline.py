"""A byline glued to the end of a title: "Meet the Kims: Who's who in North Korea's first
family Michael Madden" (fx172: 62 Al Jazeera features of newsarticles).

The page set its author's name under the headline; the copy ran the two into one title, so
the author was no byline and the title named a person the article never speaks of. A title in
sentence case ending on a person's name (a known first name and a surname: two words, three
with a particle, "Nihad El Aabedy") gives the name to the byline when the article names that
person as its author ("Follow Michael Madden on Twitter", "Dorian Geiger is a Canadian
journalist") or not at all, and the address's path does not hold the surname either: a name
the story speaks of ("... lawsuit against Bill Cosby") is the story's. A title in title case
("... Immigration Order Will Work") is left alone: there every word is capitalised. The
article's own outlet's staff glued so ("... in the US this year Al Jazeera Staff") is the
byline too.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from index.text.outlet_behind import person_like

_SMALL_IN_TITLES = frozenset(
    [
        "with",
        "from",
        "into",
        "onto",
        "over",
        "upon",
        "than",
        "that",
        "this",
        "after",
        "about",
        "under",
        "their",
        "between",
        "against",
        "during",
        "without",
        "within",
        "across",
        "along",
        "among",
        "around",
        "before",
        "behind",
        "below",
        "beneath",
        "beside",
        "beyond",
        "since",
        "through",
        "toward",
        "towards",
        "until",
        "amid",
    ]
)
"""Words of four letters or more that title case leaves in small letters."""
_WORD = re.compile(r"[A-Z][a-z]+|(?:al|el)-[A-Z][a-z]+")
_PARTICLE = frozenset(["El", "Al", "al", "el", "de", "van", "von", "bin", "da", "di", "del"])
_AUTHOR_NOTE = (
    r"(?:Follow {name} on\b"
    r"|\b{name} (?:is|was) an? (?:[\w-]+ ){{0,4}}"
    r"(?:journalist|writer|reporter|correspondent|photographer|photojournalist|editor"
    r"|columnist|author|filmmaker)\b"
    r"|\b{name} has been writing\b)"
)
"""How an article names its author at its end ("Follow Ali Younes on Twitter")."""


def glued_byline(title: str, body: str, url: str | None) -> tuple[str, str] | None:
    """The title without its last words and the author's name they are, when ``title``
    ends on a glued byline (see the module); else None."""
    words = title.split()
    for size in (2, 3):
        if len(words) < size + 3:
            return None
        name_words = words[-size:]
        if size == 3 and name_words[1] not in _PARTICLE:
            return None
        if not all(_WORD.fullmatch(w) or w in _PARTICLE for w in name_words):
            return None
        name = " ".join(name_words)
        if not person_like(name):
            continue
        if not _sentence_case(words[:-size]):
            return None
        surname, head = name_words[-1], " ".join(words[:-size])
        named = _named(body, surname)
        if not (named or _in_address(url, surname)):
            return head, name
        if named and re.search(_AUTHOR_NOTE.format(name=re.escape(name)), body):
            return head, name  # (read only where named: each name's pattern is compiled anew)
        return None
    return None


def split_glued_byline(values: dict[str, object], provenance: dict[str, str], body: str) -> None:
    """Move a byline glued to the end of ``values``' title to its byline when it has none
    (`glued_byline`; two authors' names, one after the other, are both the byline's; the
    outlet's "<outlet> Staff" too); the byline's provenance names the title's."""
    title, url = values.get("title"), values.get("url")
    if "byline" in values or not isinstance(title, str):
        return
    address = url if isinstance(url, str) else None
    names: list[str] = []
    staff = f" {values.get('source')} Staff"  # "... in the US this year Al Jazeera Staff"
    if title.endswith(staff) and _sentence_case(title.removesuffix(staff).split()):
        title, names = title.removesuffix(staff), [staff.strip()]
    while len(names) < 2 and (glued := glued_byline(title, body, address)):
        title, name = glued  # two authors' names: "... a lifetime' Shatha Hammad Zena Tahhan"
        names.insert(0, name)
    if not names:
        return
    values["title"], values["byline"] = title, " and ".join(names)
    provenance["byline"] = f"the title's end ({provenance.get('title', 'given')})"


def _sentence_case(words: list[str]) -> bool:
    """Whether a headline's ``words`` are in sentence case: one of four letters or more in
    small letters that title case would capitalise ("first", "family")."""
    for word in words:
        bare = word.strip("'\"‘’“”:;,.?!()")
        if len(bare) >= 4 and bare.isalpha() and bare.islower() and bare not in _SMALL_IN_TITLES:
            return True
    return False


def _named(body: str, surname: str) -> bool:
    """Whether ``body`` names ``surname`` (as written, a whole word)."""
    return re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", body) is not None


def _in_address(url: str | None, surname: str) -> bool:
    """Whether the path of ``url`` holds ``surname`` ("...-bill-cosby-45548829")."""
    if not url:
        return False
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return False
    return surname.lower().removeprefix("al-").removeprefix("el-") in path

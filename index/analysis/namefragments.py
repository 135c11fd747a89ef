"""Capitalised words the comparison of several articles should not list as names.

The name finder (``entities.find_names``) feeds quotes and stories too; these checks only
tidy what a comparison reports as a name, so the stored rules are untouched. Each uses what
the compared texts themselves say (their ``Lexicon``: words seen written in lower case):

- a page's label word in capitals before a colon ("EXPLAINED: How could ...", "WATCH:");
- a common noun left alone after a determiner ("One Nation, Divided", "this Nation",
  "NOT A Drill"): the name finder drops the determiner and keeps the noun;
- a verb in title case run on after a name ("Le Pen Tweeted photos"): the name is kept,
  the verb cut;
- the words of a title in title case inside a sentence ("a series called One Nation,
  Divided."): a determiner capitalised after a lower-case word opens it;
- a word opening a sentence before a date ("Effective Nov. 8, travelers must ..."), never
  capitalised inside one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.analysis.demonyms import PLACES
from index.analysis.embednames import signature_name
from index.analysis.entities import Lexicon, NameMention, _at_sentence_start, key_words
from index.analysis.entitywords import NOT_NAME_WORDS
from index.analysis.nameabbrevs import state_code, title_abbreviation
from index.analysis.nameheadings import credit_label, heading_word, label_cut, person_split
from index.analysis.namewhole import day_title, with_initials, word_start
from index.analysis.speechverbs import ORG_WORDS, words
from index.analysis.words import MONTHS_DAYS
from index.analysis.wordscan import word_count
from index.analysis.worknames import in_work_title, role_modifier_cut, work_title_spans
from index.text.places import is_place_name

LABELS = words(
    "breaking update updated exclusive analysis opinion editorial commentary explainer "
    "explained watch read live photos video factbox timeline"
)
"""Kicker labels a page prints in capitals before a colon."""
DETERMINERS = words("a an one this every each no not another")
"""Words before a common noun, never before a proper name alone ("the" is: "the Pentagon")."""
_ARTICLES = words("a an this")
_PHRASE_END = re.compile(r"[.,;:!?\"”’)]")
_PLACE_COMMA = re.compile(r",[ \t]+[A-Z]")
_COLON_AFTER = re.compile(r"[ \t]*:")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_TITLE_WORD = r"[A-Z][a-z][\w'’-]*"
_TITLE = re.compile(
    # a determiner in capitals after a lower-case word, then words in title case (joined by
    # spaces or ", ") up to the end of a phrase: "called One Nation, Divided."
    rf"(?<=[a-z,][ \t])(?:One|A|An(?=[ \t]+[AEIOU])|This|Every|Each|No|Another)[ \t]+"
    rf"(?P<run>{_TITLE_WORD}(?:,?[ \t]{_TITLE_WORD})*)"
    r"(?=[.;:!?\"”’)]|,(?![ \t]+[A-Z])|[ \t]*$)"
)


def label_word(text: str, mention: NameMention, lexicon: Lexicon) -> bool:
    """True for one word in capitals before a colon that is a word, not an acronym:
    "EXPLAINED:" (in ``LABELS``, in lower case in the texts, or ending like a verb)."""
    word = mention.text
    if " " in word or not word.isupper() or len(word) < 4:
        return False
    if not _COLON_AFTER.match(text, mention.end):
        return False
    low = word.lower()
    return low in LABELS or low in lexicon.lower or low.endswith(("ed", "ing"))


def common_noun(text: str, mention: NameMention, lexicon: Lexicon) -> bool:
    """True for one capitalised word written in lower case elsewhere in the texts, just
    after a determiner ("One Nation", "this Nation", "A Drill")."""
    if len(mention.key) != 1 or " " in mention.text or mention.acronym:
        return False
    before = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is None or before.group(1).lower() not in DETERMINERS:
        return False
    if mention.text.lower() in lexicon.lower:
        return True
    # no lower-case spelling to go by: a phrase that ends on the noun ("this Nation,",
    # "A Drill.") after an article or "this" ("a Trump voter" goes on; "One Direction" may
    # be a band's name)
    return (
        before.group(1).lower() in _ARTICLES
        and _PHRASE_END.match(text, mention.end) is not None
        and _PLACE_COMMA.match(text, mention.end) is None  # "A Washington, D.C., court"
    )


_QUOTE_OPENS = re.compile(r"(?:(?:^|[\s(\[])[\"“‘']|(?<=\S)\?)$")
"""A quotation opening just before a word ('said, "Lot of killers', a lost mark glued on:
'judgment."?Early Sunday'): a sentence of its own opens there."""


def quote_opener(text: str, mention: NameMention, lexicon: Lexicon) -> bool:
    """True for one word capitalised only because a quotation opens on it, written in lower
    case elsewhere in the texts and capitalised nowhere else inside a sentence ("Lot":
    fx152, nu61 #4; the name finder reads only a sentence's start so)."""
    if len(mention.key) != 1 or " " in mention.text or mention.acronym:
        return False
    if _QUOTE_OPENS.search(text, max(0, mention.start - 3), mention.start) is None:
        return False
    if mention.text.lower() not in lexicon.lower:
        return False
    return all(  # capitalised nowhere else but where a sentence or quotation opens
        _at_sentence_start(text, m.start())
        or _QUOTE_OPENS.search(text, max(0, m.start() - 3), m.start())
        for m in re.finditer(rf"\b{re.escape(mention.text)}\b", text)
    )


def title_words(text: str, lexicon: Lexicon) -> set[int]:
    """Starts of the one-word fragments of titles in title case inside a sentence ("One
    Nation, Divided."): the noun after the determiner, unless it is capitalised again
    elsewhere in the text, and words the texts write in lower case ("divided")."""
    starts: set[int] = set()
    for m in _TITLE.finditer(text):
        for k, word in enumerate(re.finditer(r"[^\s,]+", m.group("run"))):
            again = word_count(text, word.group()) > 1
            if (k == 0 and not again) or word.group().lower() in lexicon.lower:
                starts.add(m.start("run") + word.start())
    return starts


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)\.?[ \t]+\d")


def date_opener(text: str, mention: NameMention, lexicon: Lexicon) -> bool:
    """True for one word shaped like an adjective or a participle ("Effective Nov. 8,",
    "Starting Jan. 1") opening a sentence before a date, that the texts never capitalise
    inside a sentence: the name finder cut the date off the run and kept the word."""
    low = mention.text.lower()
    if " " in mention.text or mention.acronym or low in lexicon.mid_caps:
        return False
    if not low.endswith(("ive", "ing", "ed")):
        return False  # "Merkel Feb. 3 said"
    after = _NEXT_WORD.match(text, mention.end)
    return (
        after is not None
        and after.group(1).lower() in MONTHS_DAYS
        and _at_sentence_start(text, mention.start)
    )


def verb_cut(text: str, mention: NameMention, lexicon: Lexicon) -> NameMention:
    """``mention`` without a last word that is a past tense written in lower case in the
    texts and followed by a lower-case word ("Le Pen Tweeted photos" -> "Le Pen")."""
    parts = mention.text.split()
    last = parts[-1]
    if (
        len(parts) < 2
        or len(mention.key) < 2
        or not last.lower().endswith("ed")
        or last.lower() not in lexicon.lower
        or not re.match(r"[ \t]+[a-z]", text[mention.end : mention.end + 2])
        or mention.key[-1:] != key_words(last)
        or parts[-2].lower() in lexicon.lower | NOT_NAME_WORDS  # "Cyber Most Wanted list"
    ):
        return mention
    end = mention.start + mention.text.rstrip().rfind(" ")
    name = text[mention.start : end].rstrip()
    end = mention.start + len(name)
    return NameMention(mention.start, end, name, mention.key[:-1], mention.acronym)


_LIST_LINK = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")
_LIST_ITEMS = re.compile(r",[ \t]+(?:[A-Z][a-z]+,[ \t]+)*[A-Z][a-z]+,?[ \t]+and[ \t]+")
"""Between two names, the other items of one list, one capitalised word each (", Education,
Labor and ")."""
_OF_LINK = re.compile(r"[ \t]+(?:on|of|for)[ \t]+")
_OF_INSIDE = re.compile(r"([A-Za-z]+)[ \t]+(?:on|of|for)[ \t]+([A-Z][\w'’-]*)$")
ORG_HEADS = ORG_WORDS | words("conference committee caucus")
"""Words that end an organisation's name, which may go on after "on", "of" or "for"."""


def _one_word_not_a_place(word: str) -> bool:
    return " " not in word and word.lower() not in PLACES and not is_place_name(word)


def _link(text: str, left: NameMention, right: NameMention, pattern: re.Pattern[str]) -> bool:
    return pattern.fullmatch(text, left.end, right.start) is not None


def _joined(text: str, chain: list[NameMention]) -> NameMention:
    first, last = chain[0], chain[-1]
    key = tuple(w for k, m in enumerate(chain) for w in (*m.key, *_gap(text, chain, k)))
    return NameMention(first.start, last.end, text[first.start : last.end], key, False)


def _gap(text: str, chain: list[NameMention], k: int) -> tuple[str, ...]:
    if k + 1 == len(chain):
        return ()
    return tuple(
        w.lower() for w in re.findall(r"[A-Za-z]+", text[chain[k].end : chain[k + 1].start])
    )


def org_chains(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """One organisation's name the name finder cut into pieces, joined again (nu31 #3):
    a list of three or more names whose first and last hold an organisation's word ("the
    Senate Health, Education, Labor and Pensions Committee"), and an organisation's word
    going on after "on", "of" or "for" with a name or two ("Leadership Conference on Civil
    and Human Rights"; "Council of Europe and Russia" stays two: a place ends it)."""
    out: list[NameMention] = []
    k = 0
    while k < len(mentions):
        chain = [mentions[k]]
        while k + len(chain) < len(mentions) and _link(
            text, chain[-1], mentions[k + len(chain)], _LIST_LINK
        ):
            chain.append(mentions[k + len(chain)])
        if (
            len(chain) == 1
            and k + 1 < len(mentions)
            and _link(text, mentions[k], mentions[k + 1], _LIST_ITEMS)
        ):
            chain.append(mentions[k + 1])
        items = len(chain) + len(_LIST_ITEMS.findall(text, chain[0].end, chain[-1].start))
        heads = [any(w in ORG_HEADS for w in m.key) for m in chain]
        if items >= 3 and heads[0] and heads[-1]:
            out.append(_joined(text, chain))
            k += len(chain)
            continue
        first, rest = mentions[k], mentions[k + 1 : k + 3]
        inner = _OF_INSIDE.search(first.text)  # "Alliance on Clean", found as one name
        if (
            first.key
            and first.key[-1] in ORG_HEADS
            and rest
            and _link(text, first, rest[0], _OF_LINK)
        ):
            chain, rest, tail = [first, rest[0]], rest[1:], rest[0].text
        elif inner is not None and inner.group(1).lower() in ORG_HEADS:
            chain, tail = [first], inner.group(2)
        else:
            chain, rest, tail = [first], [], ""
        if rest and _one_word_not_a_place(tail) and _link(text, chain[-1], rest[0], _LIST_LINK):
            chain.append(rest[0])
        out.append(_joined(text, chain) if len(chain) > 1 else first)
        k += len(chain)
    return out


def tidy(text: str, mentions: Iterable[NameMention], lexicon: Lexicon) -> list[NameMention]:
    """``mentions`` without labels, lone common nouns, title fragments, words of a work's
    title in quotes, abbreviations beside a name (`index.analysis.nameabbrevs`) and names
    signing an embedded post (`index.analysis.embednames`), with run-on verbs and a role's
    words cut (`index.analysis.worknames`) and an organisation's name cut in pieces joined
    again (`org_chains`), a title's weekday put back and a person's dotted initials kept
    inside the name, a name started where its word starts (`index.analysis.namewhole`);
    headings' and titles' dictionary words, page labels and an office or organisation run
    on into a person's name (`index.analysis.nameheadings`, fx155)."""
    titles = title_words(text, lexicon)
    works = work_title_spans(text)
    parted = [
        p
        for w in mentions
        if (m := word_start(text, w)) is not None
        for p in person_split(text, label_cut(text, m), lexicon)
    ]
    kept = [
        day_title(text, role_modifier_cut(text, verb_cut(text, m, lexicon), lexicon))
        for m in parted
        if not label_word(text, m, lexicon)
        and not credit_label(text, m)
        and not heading_word(text, m, lexicon)
        and not common_noun(text, m, lexicon)
        and not quote_opener(text, m, lexicon)
        and not date_opener(text, m, lexicon)
        and not (m.start in titles and " " not in m.text)
        and not in_work_title(text, m, works)
        and not title_abbreviation(text, m)
        and not state_code(text, m)
        and not signature_name(text, m)
    ]
    return org_chains(text, with_initials(text, kept))

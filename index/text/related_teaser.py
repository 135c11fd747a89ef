"""A related article's teaser run into a paragraph (cl43; st54's finding).

On a page the link to another article stands on a line of its own ("READ MORE: <its
headline>"), which the ``related-link`` line rule removes. In bodies whose paragraph breaks
were lost (newsarticles: every Al Jazeera, DW and BBC body) the link is run into the prose:
"... told AFP news agency. READ MORE: Idlib's rebel split - A crossroads for Syrian
opposition Abdel Rahman said ...", or DW's "You may be interested in reading this: Merkel
officially nominated as candidate for Chancellor The chancellor's trip ...". There the
other article's headline is read as the article's own words (na-0269 joined na-0278's
story by it). The teaser is cut from the line and kept aside (`t`, ``show --removed``).

A teaser is a marker after a sentence's end (or opening the line), then a headline: words
up to the first capitalised word that opens a sentence (`OPENERS`, "The", "But", "Last"),
or past a headline's own "?" or "!". Headlines are written in sentence case, so such a
word inside one stands after a colon or a dash ("Part of the neighbourhood: The ..."),
where it is passed over. A teaser whose headline end is not found that way (a headline
ending on a name before the next sentence's name: "... in Germany Ingolstadt police
spokesman said") is left in the body: cutting the article's own words would be worse
than keeping another's headline.
"""

from __future__ import annotations

import re

from index.text.facts import BODY
from index.text.lost_space_words import ROLES
from index.text.teaser_markers import CHAINED as _CHAINED
from index.text.teaser_markers import MARKER as _MARKER
from index.text.teaser_subjects import opens_on_a_group, opens_on_a_person
from index.text.title_case import SENTENCE_FIRST, inside_title_case

OPENERS = SENTENCE_FIRST | frozenset(  # (its articles and pronouns: `title_case`)
    {
        "In",
        "On",
        "At",
        "But",
        "And",
        "While",
        "When",
        "Whereas",
        "Last",
        "According",
        "After",
        "Before",
        "Since",
        "As",
        "If",
        "Meanwhile",
        "However",
        "Earlier",
        "Later",
        "Most",
        "More",
        "Several",
        "Among",
        "During",
        "Despite",
        "Although",
        "Though",
        "Yet",
        "So",
        "Speaking",
        "Under",
        "Over",
        "For",
        "With",
        "Without",
        "From",
        "Such",
        "Other",
        "Others",
        "Now",
        "Then",
        "Still",
        "Also",
        "Even",
        "Each",
        "Both",
        "Nearly",
        "About",
        "Around",
        "Almost",
        "Only",
        "Just",
        "What",
        "Why",
        "How",
        "Who",
        "Where",
        "Critics",
        "Officials",
        "Police",
        "Analysts",
        "Authorities",
        "Residents",
    }
    | frozenset(  # cl47: "... change the face of Europe Once a front-runner, Fillon ..." (nu65 #9)
        [
            "Once",
            "Moreover",
            "Nevertheless",
            "Nonetheless",
            "Indeed",
            "Overall",
            "Together",
            "Every",
            "Another",
            "Nationally",
            "Throughout",
            "Of",
            "Instead",
            "Thus",
            "Therefore",
            "Furthermore",
            "Increasingly",
            "Additionally",
            "Similarly",
            "Likewise",
            "Currently",
            "Previously",
            "Recently",
            "Initially",
            "Eventually",
            "Finally",
            "Ultimately",
            "Separately",
            "Elsewhere",
            "Unlike",
            "Amid",
            "Within",
            "Until",
            "Because",
            "Having",
            "Asked",
            "Two",
            "Three",
            "Four",
            "Five",
            "Six",
            "Seven",
            "Eight",
            "Nine",
            "Ten",
            "Eleven",
            "Twelve",
        ]
    )
    | frozenset(["To"])  # fx173: "READ: Ski like a South Korean To avoid any confusion ..."
)
"""Capitalised words that open a sentence and never stand mid-headline in sentence case."""

_WORD = re.compile(r"\S+")
MIN_WORDS = 2
"""A headline has at least this many words before the sentence after it."""
MAX_WORDS = 16
"""A headline past this many words without an end found is no teaser's (left alone)."""
QUOTE_WORDS = 12
"""A double quote opening on a capital opens the sentence after a headline of at most this
many words, and a headline's own "?" or "!" ends one of at most this many (a longer run is
a headline and the next sentence's first words)."""
_NO_END = ("-", "–", "—", ":", ",")
_MID = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "told",
        "tells",
        "into",
        "than",
        "from",
        "by",
        "with",
        "at",
        "and",
        "or",
        "according",
        "between",
        "against",
        "about",
        "reporters",
        "in",
        "for",
    ]
)
"""A word that never closes a headline in sentence case: a capitalised opener or a quotation
after it stands inside a sentence ("... told The Associated Press", 'in The Hague', 'told
reporters "We ...'), so the headline's end is before that sentence and not known (rv63)."""
"""A headline word ending so goes on: a subtitle or a clause follows (\"Six years on, The...\")."""


def teaser_spans(line: str) -> list[tuple[int, int]]:
    """Where each teaser run into ``line`` starts and ends (its marker and headline), in
    order; a teaser that is the whole line or whose headline end is not found is none."""
    spans: list[tuple[int, int]] = []
    for found in _MARKER.finditer(line):
        if spans and found.start() < spans[-1][1]:
            continue
        end = _headline_end(line, found.end())
        if end is None:
            continue
        start = found.start("marker")
        if not line[:start].strip() and not line[end:].strip():
            continue  # the whole line: the line rules' (`related-link`), not run-in text
        spans.append((start, end))
        while (chained := _CHAINED.match(line, end)) and (
            after := _headline_end(line, chained.end())
        ):
            spans.append((chained.start("marker"), after))  # the list's next teaser
            end = after
    return spans


def _headline_end(line: str, start: int) -> int | None:
    """Where the headline starting at ``start`` ends: before the first sentence opener
    after ``MIN_WORDS`` words, past a "?" or "!" before a capital, or at the line's end."""
    words = list(_WORD.finditer(line, start))
    quoted: int | None = None  # a headline ending in a quotation ends here if nothing else
    asking = bool(words) and words[0].group() in ASKING
    for position, word in enumerate(words[: MAX_WORDS + 1]):
        token = word.group()
        starts = token.strip("\"'“‘(").removesuffix(",") in OPENERS or (
            token[0] in '"“' and token[1:2].isupper()
        )
        if position >= MIN_WORDS and _CHAINED.match(line, word.start()):
            return words[position - 1].end()  # the next teaser's marker (a list of them)
        if position >= 1 and starts and words[position - 1].group().lower() in _MID:
            return quoted  # mid-sentence: the sentence after the headline began before (rv63)
        if position >= MIN_WORDS and token.strip("\"'“‘(").removesuffix(",") in OPENERS:
            before = words[position - 1].group()
            if not before.endswith(_NO_END) and not inside_title_case(words, position):
                return words[position - 1].end()
        if (
            MIN_WORDS <= position <= QUOTE_WORDS
            and token[0] in '"“'
            and token[1:2].isupper()  # a sentence's quotation, not '... branded "thugs"'
            and not words[position - 1].group().endswith(_NO_END)
            and not before_quotes(words, position)
        ):
            return words[position - 1].end()  # a quotation opens the next sentence
        if MIN_WORDS <= position + 1 <= QUOTE_WORDS and token.rstrip("-").endswith(
            ("?", "!", '?"', "?'")
        ):  # (a longer run to a "?" holds an interview's question: "Al Jazeera:-What ...?")
            following = words[position + 1].group() if position + 1 < len(words) else ""
            if not following or following[0].isupper() or following[0] in "\"“'‘":
                return word.end()
        if quoted is None and position >= MIN_WORDS and _after_quoted(words, position):
            quoted = words[position - 1].end()
        if (
            quoted is None
            and position >= MIN_WORDS + 1
            and (_opens_on_a_name(words, position) or _opens_on_a_subject(words, position))
        ):  # (fx172's subject: "... family Malaysian officials have")
            if asking and position <= ASKED_WITHIN:
                asking = False  # the question's own subject: "Why a hard Brexit will" (cl48)
            else:
                quoted = words[position - 1].end()
        if token.endswith(".") and position + 1 >= MIN_WORDS:
            return quoted  # a full stop: a sentence, not a headline (or one not told apart)
    if len(words) <= MAX_WORDS and len(words) >= MIN_WORDS:
        return words[-1].end() if words else None  # the teaser closes the paragraph
    return quoted


ASKING = frozenset(["Why", "How", "What", "Who", "When", "Where", "Which", "Whether"]) | frozenset(
    ["Is", "Are", "Was", "Can", "Could", "Should", "Would", "Will", "Does", "Do", "Did", "Has"]
)
"""Words opening a headline that asks a question: its first name then a verb ("Why a hard Brexit
will cost ...", "Can a weakened Erdogan also win ...") is its own subject, not the next
sentence's (cl48, na-1592); a later one still ends the headline."""
ASKED_WITHIN = 5
"""How far into a question headline its own subject's name stands (word 5: "Why the new French
president Macron will ..."): one further on is the next sentence's ("Why ordinary farmers lose
out after the vote | Malaysian officials have said": rv78, the teaser was left whole)."""
_NAME_THEN = frozenset(
    ["said", "says", "told", "added", "has", "had", "is", "was", "were", "will", "would", "also"]
)
"""Words that follow the name opening the sentence after a headline ("Sesay said", "Barrow has
released", "Mativo also said")."""
_NAME_COMMA = re.compile(r"\d+[,;.]\S*|who|which|the|a|an|however,")
"""What follows a name's comma there: an age or a clause ("Faqha, 38, was", "Rato, who")."""
_NOT_NAMES = frozenset(
    [
        "I",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
_INSIDE = frozenset(
    [
        "on",
        "after",
        "before",
        "since",
        "until",
        "during",
        "by",
        "over",
        "under",
        "across",
        "near",
        "upon",
        "within",
        "as",
        "whether",
        "that",
        "if",
        "because",
        "when",
        "while",
        "and",
        "or",
        "but",
        "than",
        "who",
        "which",
    ]
)
"""Small words after which a name goes on the sentence ("approved, on Sunday, a new", "asked
Babacar whether I had", "questioned whether Adityanath would")."""
_SUBJECT_INSIDE = _MID | _INSIDE | frozenset(["amid", "like", "whom", "how", "why", "what"])
"""Small words after which a capitalised subject goes on the sentence."""


def _opens_on_a_name(words: list[re.Match[str]], position: int) -> bool:
    """Whether the word at ``position`` opens a sentence on a name after a headline ending on a
    word in small letters ("... in Sierra Leone Sesay said", "... assassination Faqha, 38,
    was": cl47): not after a role ("police spokesman Hans Kammerer said") nor a word inside a
    sentence ("of", "whether"); a name of one or two words, then a verb from `_NAME_THEN` or a
    comma and an age or a clause."""
    before = words[position - 1].group()
    if not (before.isalpha() and before.islower()) or before in _MID or before in _INSIDE:
        return False
    if before in ROLES:
        return False
    name = [word.group() for word in words[position : position + 3]]
    for size in (1, 2):
        if len(name) <= size or not all(part[:1].isupper() for part in name[:size]):
            return False
        last, following = name[size - 1], name[size]
        if last.rstrip(",") in _NOT_NAMES or not last.rstrip(",").replace("-", "").isalpha():
            return False
        if size == 2 and name[0] == last.rstrip(","):
            return False  # "accommodating Trump Trump has": the headline's last word, then his
        if following in _NAME_THEN or (last.endswith(",") and _NAME_COMMA.fullmatch(following)):
            return True
        if last.endswith((",", ".", ":", ";")):
            return False
    return False


def _opens_on_a_subject(words: list[re.Match[str]], position: int) -> bool:
    """Whether the word at ``position`` opens a sentence on a group or a named person with an
    appositive (`index.text.teaser_subjects`)."""
    tokens = [word.group() for word in words[: position + 5]]
    if tokens[position].rstrip(",") in _NOT_NAMES:
        return False
    return opens_on_a_group(tokens, position, _SUBJECT_INSIDE) or opens_on_a_person(
        tokens, position, _SUBJECT_INSIDE
    )


def _after_quoted(words: list[re.Match[str]], position: int) -> bool:
    """Whether the word at ``position`` opens a sentence after a headline ending in a quotation
    in single marks ("... 'violates rights and dignity' Trump is ...": cl47): a capitalised word,
    not all capitals ("'demolish and destroy' ISIL"), before a word in small letters."""
    token, before = words[position].group(), words[position - 1].group()
    if not before.endswith(("'", "’")) or not any(
        word.group().startswith(("'", "‘")) for word in words[:position]
    ):
        return False
    following = words[position + 1].group() if position + 1 < len(words) else ""
    return token[:1].isupper() and not token.rstrip("'’s").isupper() and following[:1].islower()


def before_quotes(words: list[re.Match[str]], position: int) -> bool:
    """True when a double quote is open at the word ``position`` (a headline quoting)."""
    marks = sum(word.group().count('"') + word.group().count("“") for word in words[:position])
    return marks % 2 == 1


def cut_teasers(lines: list[str], role: list[int]) -> list[str]:
    """Cut the teasers run into the body's lines (``lines`` changes); returns them."""
    cuts: list[str] = []
    for k, line in enumerate(lines):
        if role[k] != BODY or not line or not _MARKER.search(line):
            continue
        spans = teaser_spans(line)
        if not spans:
            continue
        kept: list[str] = []
        at = 0
        for start, end in spans:
            kept.append(line[at:start].strip())  # one space between parts (fx173)
            cuts.append(line[start:end].strip())
            at = end
        kept.append(line[at:].lstrip())
        lines[k] = " ".join(part for part in kept if part)
    return cuts

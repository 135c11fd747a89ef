"""Recognise web debris in article text: one file of hand rules, trafilatura's and jusText's lists.

Three sources decide, in this order of trust:

- trafilatura's share and social button labels (``trafilatura.utils.RE_FILTER``), which
  make a line of only button labels a button row ("Share Tweet Email");
- jusText's English stop list and its paragraph thresholds, which say when a line reads
  as prose: such a line is never removed by a rule that a sentence could open like;
- the hand rules of ``index/data/boilerplate.toml``, each with examples and lines it must
  keep (tested one by one).

jusText is one of trafilatura's own dependencies. Their lists are read from the installed
packages' files on first use, without importing them (see `index.text.rule_sources`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from index.text.data_files import data_file
from index.text.rule_sources import justext_lists, openers, trafilatura_filter

SHORT_LINE = 220
"""The default longest line a rule applies to; few rules allow longer ones."""
MAX_RULE_LINE = 400
"""No rule looks at a longer line: a paragraph that long is article text."""
LIST_ITEMS = 12
"""Most headlines under a "Most read" header."""
PARAGRAPH_CHARS = 140
"""A line this long with two sentences is a paragraph, not a label and a headline."""
_TOKEN = re.compile(r"[^\s|•·/,;]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ADDRESS = re.compile(r"\S*(?:https?://|www\.|pic\.twitter\.com|t\.co/)\S*", re.IGNORECASE)
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.):]?|[•·*-])\s+")


@dataclass(frozen=True, slots=True)
class Rule:
    """A hand rule from the data file (see its header for the fields)."""

    id: str
    kind: str
    guard: str
    max: int
    regex: re.Pattern[str]
    examples: tuple[str, ...]
    keep: tuple[str, ...]
    requires: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Knowledge:
    """Everything the rules need, loaded once."""

    rules: tuple[Rule, ...]
    line_ids: dict[str, Rule]
    openers: dict[str, frozenset[str] | None]
    """Each line rule's possible first characters (lower case; None: any)."""
    buckets: dict[tuple[str, bool], _Bucket]
    """The line rules for a first character and a line length, gathered when first needed."""
    floating: tuple[Rule, ...]
    floating_words: tuple[str, ...]
    by_kind: dict[str, tuple[Rule, ...]]
    button_labels: frozenset[str]
    fillers: frozenset[str]
    social: re.Pattern[str]
    stopwords: frozenset[str]
    prose_length: int
    prose_stopwords: float
    reported: re.Pattern[str]
    promo: re.Pattern[str]
    appeal_opener: re.Pattern[str]
    appeal_closer: re.Pattern[str]
    appeal_words: re.Pattern[str]
    appeal_reach: int
    appeal_alone: int
    appeal_cause: re.Pattern[str]


@cache
def knowledge() -> Knowledge:
    """Load the rules, trafilatura's button labels and jusText's stop list (once)."""
    table: dict[str, Any] = tomllib.loads(data_file("boilerplate.toml"))
    rules = tuple(
        Rule(
            id=raw["id"],
            kind=raw.get("kind", "line"),
            guard=raw.get("guard", "reported"),
            max=int(raw.get("max", SHORT_LINE)),
            regex=re.compile(raw["pattern"], 0 if raw.get("case") else re.IGNORECASE),
            examples=tuple(raw.get("examples", ())),
            keep=tuple(raw.get("keep", ())),
            requires=tuple(word.lower() for word in raw.get("requires", ())),
        )
        for raw in table["rule"]
    )
    line_rules = [r for r in rules if r.kind == "line" and not r.requires]
    stopwords, length, density = justext_lists()
    appeal = table["appeal"]
    buttons = table["buttons"]
    return Knowledge(
        rules=rules,
        line_ids={f"r{k}": r for k, r in enumerate(line_rules)},
        openers={f"r{k}": openers(r.regex) for k, r in enumerate(line_rules)},
        buckets={},
        floating=tuple(r for r in rules if r.kind == "line" and r.requires),
        floating_words=tuple(w for r in rules if r.kind == "line" for w in r.requires),
        by_kind={
            kind: tuple(r for r in rules if r.kind == kind) for kind in {r.kind for r in rules}
        },
        button_labels=frozenset(w.lower() for w in buttons["labels"]),
        fillers=frozenset(w.lower() for w in buttons["fillers"]),
        social=trafilatura_filter(),
        stopwords=stopwords,
        prose_length=length,
        prose_stopwords=density,
        reported=re.compile(table["guard"]["reported"]),
        promo=re.compile(table["guard"]["promo"], re.IGNORECASE),
        appeal_opener=re.compile(appeal["opener"], re.IGNORECASE),
        appeal_closer=re.compile(appeal["closer"], re.IGNORECASE),
        appeal_words=re.compile(appeal["words"], re.IGNORECASE),
        appeal_reach=int(appeal["reach"]),
        appeal_alone=int(appeal["alone"]),
        appeal_cause=re.compile(appeal["cause"], re.IGNORECASE),
    )


COMPILE_AFTER = 256
"""Lines a bucket of line rules tries rule by rule before its rules are compiled into one
pattern: compiling costs milliseconds a bucket (2-8 ms), which a run of a few articles (an
update) never earns back; a rebuild does within its first lines. At 64, an update of 100
Reuters articles compiled three buckets (138, 81 and 78 lines; 22 ms of CPU) where trying
their rules one by one cost less than one compile; the busiest of 100 stays under 256."""


class _Bucket:
    """The line rules that can match a line opening with one character (and of one length):
    tried one by one at first, then as one pattern whose named group says which matched.

    Either way the first rule (in file order) that matches the whole line wins: an
    alternation tries its branches in order, each to the end of the line.
    """

    __slots__ = ("pattern", "rules", "uses")

    def __init__(self, rules: list[tuple[str, Rule]]) -> None:
        self.rules = rules
        self.uses = 0
        self.pattern: re.Pattern[str] | None = None

    def match(self, line: str) -> str | None:
        """The name of the first rule that matches the whole line, or None."""
        if self.pattern is None:
            self.uses += 1
            if self.uses <= COMPILE_AFTER:
                for name, rule in self.rules:
                    if rule.regex.fullmatch(line) is not None:
                        return name
                return None
            parts = []
            for name, rule in self.rules:
                flags = "" if rule.regex.flags & re.IGNORECASE else "-i"
                parts.append(f"(?P<{name}>(?{flags}:{rule.regex.pattern})\\Z)")
            self.pattern = re.compile("|".join(parts) or "(?!)", re.IGNORECASE)
        found = self.pattern.match(line)
        return found.lastgroup if found is not None else None


def _rules_for(know: Knowledge, first: str, long: bool) -> _Bucket:
    """The line rules that can match a line opening with ``first``.

    Trying only the rules that can start with the line's first character (and allow its
    length) keeps the cost per line low: most lines of an article start where no rule does.
    """
    key = (first, long)
    bucket = know.buckets.get(key)
    if bucket is None:
        rules = []
        for name, rule in know.line_ids.items():
            openers = know.openers[name]
            if (openers is None or first in openers) and (rule.max > SHORT_LINE or not long):
                rules.append((name, rule))
        bucket = know.buckets[key] = _Bucket(rules)
    return bucket


def reads_as_prose(line: str) -> bool:
    """jusText's test for a paragraph that is not boilerplate: long enough, with enough
    stop words (a good or near-good paragraph in its context-free classification)."""
    know = knowledge()
    if len(line) < know.prose_length:
        return False
    # a web address is a link's residue, not words (jusText counts the words of the text,
    # outside the link markup)
    words = _WORD.findall(_ADDRESS.sub(" ", line))
    if not words:
        return False
    stops = sum(1 for w in words if w.lower() in know.stopwords)
    return stops / len(words) >= know.prose_stopwords


def is_reported(line: str) -> bool:
    """True for a line with reported speech ("..., the council urged")."""
    return knowledge().reported.search(line) is not None


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z]")


def _guarded(rule: Rule, line: str) -> bool:
    """True when the line reads as article text that the rule must leave alone."""
    if rule.guard == "none":
        return False
    if rule.guard == "paragraph":
        # longer than a headline under its label, more than one sentence, and prose
        long_enough = len(line) > 200 or (
            len(line) >= PARAGRAPH_CHARS and _SENTENCE_BREAK.search(line) is not None
        )
        return long_enough and reads_as_prose(line)
    if is_reported(line):
        return True
    if rule.guard == "headline" and is_capitals_news(line):
        return True
    return rule.guard in ("prose", "headline") and reads_as_prose(line)


def is_capitals_news(line: str) -> bool:
    """A wire's headline in capitals, four words or more, with none of a promo's words
    ("MEES NEWSLETTER SAYS OMAN OFFERS OIL DISCOUNTS", "... 13 PCT COMPLETE - NEWSLETTER"):
    news of a newsletter, never a call to get one ("SIGN UP FOR OUR NEWSLETTER": fx107)."""
    return (
        line.isupper() and len(_WORD.findall(line)) >= 4 and knowledge().promo.search(line) is None
    )


def is_button_row(line: str) -> bool:
    """A line of share/social button labels and the filler words between them."""
    if len(line) > 160 or (line.endswith(".") and line.count(" ") >= 4):
        return False  # a sentence, not a row of buttons
    know = knowledge()
    labels = 0
    for count, found in enumerate(_TOKEN.finditer(line)):
        if count >= 16:
            return False
        word = found.group().strip("[](){}:!.\"'").lower()
        if not word:
            continue
        if word in know.button_labels or know.social.match(word) is not None:
            labels += 1
        elif word not in know.fillers:
            return False
    return labels > 0


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    # a plain loop: a regex alternation scans slower, a generator costs more per call
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


def line_rule(line: str) -> str | None:
    """The id of the rule that makes this line debris wherever it stands, or None.

    Args:
        line: One line, stripped.
    """
    if not line or len(line) > MAX_RULE_LINE:
        return None
    know = knowledge()
    matched = _rules_for(know, line[0].lower(), len(line) > SHORT_LINE).match(line)
    if matched is not None:
        rule = know.line_ids[matched]
        if len(line) <= rule.max and not _guarded(rule, line):
            return rule.id
    lowered = line.lower()
    if _holds_any(lowered, know.floating_words):
        for rule in know.floating:
            if (
                len(line) <= rule.max
                and _holds_any(lowered, rule.requires)
                and rule.regex.fullmatch(line)
                and not _guarded(rule, line)
            ):
                return rule.id
    if len(line) <= 160 and is_button_row(line):
        return "button-row"
    return None


def _kind_rule(kind: str, line: str) -> str | None:
    if not line or len(line) > MAX_RULE_LINE:
        return None
    for rule in knowledge().by_kind.get(kind, ()):
        if len(line) <= rule.max and rule.regex.fullmatch(line) and not _guarded(rule, line):
            return rule.id
    return None


def after_cookie_rule(line: str) -> str | None:
    """A consent button label ("OK", "Accept"), debris right after a cookie banner."""
    return _kind_rule("after-cookie", line)


def tail_rule(line: str) -> str | None:
    """A rule for the last lines of an article only (an author's bio), or None."""
    return _kind_rule("tail", line)


def list_header_rule(line: str) -> str | None:
    """The rule of a list header ("Most read", "More from The Post"), or None."""
    return _kind_rule("list", line)


def list_end(lines: list[str], start: int) -> int:
    """The index just past the headlines listed under the header at ``start``.

    Items are short headline-like lines (perhaps numbered); the list stops at the first
    line that is not one, or that is debris, a date line or a byline of its own.
    """
    from index.text.dates import read_date_line  # the list's end is a date line's start
    from index.text.metadata import read_byline

    end = start + 1
    items = 0
    index = start + 1
    while index < len(lines) and items < LIST_ITEMS:
        line = lines[index]
        if not line:
            index += 1
            continue
        if (
            not is_list_item(line)
            or line_rule(line) is not None
            or read_date_line(line)
            or read_byline(line) is not None
        ):
            break
        items += 1
        index += 1
        end = index
    return end


def is_list_item(line: str) -> bool:
    """A headline in a list: short, perhaps numbered ("3. Dam holds"), not a paragraph.

    A headline may end with a full stop ("Cubans are losing their fear. We want change.")
    only while it is short: a paragraph is longer.
    """
    text = _LIST_NUMBER.sub("", line)
    if text[:1].islower() and not text[1:2].isupper():
        text = line  # "5 takeaways from ...": the number is the headline's
    numbered = len(text) < len(line)
    words = len(text.split())
    if not 1 <= words <= 30 or len(text) > 200:
        return False
    if (text[0].islower() and not text[1:2].isupper()) or text[-1] in ":;,":
        return False
    return text[-1] != "." or numbered or (words <= 16 and len(text) <= 100)


def is_separator(line: str) -> bool:
    """True for a line of punctuation or symbols only."""
    return line_rule(line.strip()) == "separator"


def is_boilerplate_line(line: str) -> bool:
    """True for a line that is debris by itself (navigation, share, footer...)."""
    return line_rule(line.strip()) is not None


def appeal_end(lines: list[str], start: int) -> int | None:
    """If an appeal opens at ``lines[start]``, the index just past its last line.

    An appeal runs to a closing line ("Remind me later", "Thank you...") within the data
    file's ``reach``; without one, it runs to the end of the text only when the rest reads
    as an appeal. Every line between must speak of support, journalism, donations or
    subscriptions: an article paragraph between an opener and a button ends the appeal.
    """
    know = knowledge()
    opener = lines[start].strip()
    if not opener or len(opener) > 220 or not know.appeal_opener.match(opener):
        return None
    if is_reported(opener):
        return None  # "Subscribe now to the bus pass, the council urged" is news
    end = _appeal_block_end(lines, start, opener)
    return start + 1 if end is None and is_appeal_line(opener) else end


_APPEAL_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def is_appeal_line(line: str) -> bool:
    """A donation or membership appeal on one line, wherever it stands ("Donate now: every
    dollar helps us report. Click here to give."): it opens as an appeal, every sentence
    speaks of support, donations or subscriptions, with two such words besides "please" or
    one and the newsroom's cause (its journalism, "us"); not reported speech. "Please
    consider donating to the flood fund" is the story's appeal, kept."""
    know = knowledge()
    if len(line) > know.appeal_alone or not know.appeal_opener.match(line) or is_reported(line):
        return False
    parts = [p for p in _APPEAL_SENTENCE.findall(line) if p.strip()]
    if not parts or not all(know.appeal_words.search(part) for part in parts):
        return False
    words = {m.group().lower() for m in know.appeal_words.finditer(line)} - {"please"}
    return len(words) >= 2 or (bool(words) and know.appeal_cause.search(line) is not None)


def _appeal_block_end(lines: list[str], start: int, opener: str) -> int | None:
    """The end of an appeal opening at ``start`` that runs to a closer or the text's end."""
    know = knowledge()
    last = min(len(lines), start + 1 + know.appeal_reach)
    for index in range(start + 1, last):
        if know.appeal_closer.fullmatch(lines[index].strip()):
            inner = [line for line in lines[start + 1 : index] if line.strip()]
            if all(_appeal_talk(line) for line in inner):
                return index + 1
            return None  # article text between an appeal's opener and a button
    rest = [line for line in lines[start + 1 :] if line.strip()]
    if not rest:
        # a one-line appeal that ends the text: "Support our journalism: donate today."
        words = {m.group().lower() for m in know.appeal_words.finditer(opener)}
        return len(lines) if len(words) >= 2 and len(opener) <= 160 else None
    if len(rest) <= know.appeal_reach and all(_appeal_talk(line) for line in rest):
        return len(lines)
    return None


def _appeal_talk(line: str) -> bool:
    """A line inside an appeal: it speaks of support, donations or subscriptions, and is no
    reported speech ("... financially supported by the government ..., he said" between two
    subscribe prompts is article text: fx173)."""
    return knowledge().appeal_words.search(line) is not None and not is_reported(line)


def appeal_outlet(line: str) -> str | None:
    """The outlet an appeal names ("A Message from The Moscow Times:" -> "The Moscow Times")."""
    match = knowledge().appeal_opener.match(line.strip())
    if match and match.group("outlet"):
        return match.group("outlet").strip()
    return None

"""Page furniture among a comparison's sentences: "This is a breaking news story.", "Source:-
News agencies", an embedded post glued to the sentence after it (fx114; nu49 #5).

The comparison reads sentences through ``content_sentences``, so furniture is neither a shared
sentence nor one "only in" an outlet. The stored body is untouched (articles' rules make the
same): the forms live in ``index/data/furniture.toml``.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from typing import Any

from index.text.data_files import data_file
from index.text.sentences import Sentence, split_sentences

_WORDS = re.compile(r"\w+")
_MENTION_OPENING = re.compile(r"(?<![\w@.])\.@\w")
"""A post that opens on a mention: ".@VP Pence was required to ..."."""
_MISSED_END = re.compile(
    r"(?<=[a-z0-9%)\]])[.!?](?:[\"\u201d]\?(?=[\"\u201c]?[A-Za-z])"
    r"|[\"'\u201d\u2019]+\??(?=[\"\u201c]?[A-Z](?:[a-z]|\s)))"
    r"|(?<=[a-z0-9%)\]\"'\u201d\u2019])[.!?][\"'\u201d\u2019]*(?=\s*[-\u2013\u2014]+\s+[^\sa-z])"
    r"|(?<=\b[A-Z]\.[A-Z]\.)(?=\s+[A-Z][a-z])"
    r"|(?<=\w)[\"\u201d]?\s*:(?=-+\s)"
    r"|[.!?][\"'\u201d\u2019]*\W{0,3}(?=\s*A (?:photo|video|post) (?:posted|shared) by\b)"
)
"""An article's sentence end the splitter missed, so the post after it shares its sentence:
glued to the post ('situation."?Winter Storm', 'dreams."You can'), a dash after it
('hindrance.- 20% containment'), or an initialism's dot before a capital ("in D.C. Thank
you"); a colon and dash the post's line break left ("on Sunday:-- Travis Kalanick's
email"); an Instagram signature after a sentence end ('presidency."?A post shared by').
Where a post opens there, the words before it are the article's (cp42)."""
_TAG_OPENING = re.compile(r"(?<=[a-z0-9%)\]\"'\u201d\u2019])[.!?][\"'\u201d\u2019]*(?=\s+[#@]\w)")
"""A sentence end before a hashtag or mention: a post opening on one ("police said. #FDNY
mourns the loss"), unless the tag only closes a post ("This is it. #PassTheBill")."""
_TAGS = re.compile(r"[#@]\w")
_PLAIN_WORD = re.compile(r"(?<!\S)(?![#@])[^\s/]*[^\W\d_][^\s/]*(?!\S)")
_POST_LONGEST = 280
"""The most characters a post's text runs to before its end (a tweet's limit): a longer run
before a picture link holds the article's sentence, which ends where the post starts."""
_ANY_END = re.compile(r"[.!?][\"'\u201d\u2019]*(?=\s)")
_LEAD = " \t\"'\u201c\u201d?-\u2014\u2013"
"""What the glued sentence after a post may start with: a dash, a stray quote mark."""


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The whole-sentence forms (one pattern) and the ends of an embedded post."""
    table: dict[str, Any] = tomllib.loads(data_file("furniture.toml"))
    forms = "|".join(f"(?:{form})" for form in table["sentences"]["forms"])
    embeds = table["embeds"]
    whole = re.compile(rf"(?:{forms})", re.IGNORECASE)
    ends = re.compile(rf"(?:{embeds['signature']})|(?:{embeds['picture']})", re.IGNORECASE)
    return whole, ends


def is_furniture(sentence: str) -> bool:
    """Whether the whole sentence is one of the furniture forms."""
    whole, _ = _rules()
    return whole.fullmatch(sentence.strip()) is not None


def after_embeds(sentence: Sentence) -> tuple[Sentence, ...]:
    """The sentence less an embedded post in it: what stands before and after the post.

    The post runs to its last end (a signature's date or a picture link); the words after it
    are the article's sentence the post was glued to. It starts the sentence unless it opens
    after an article's sentence end the splitter missed (`_post_start`): on ".@handle"
    ("... required."?.@WhiteHouse statement ..."), glued to a closing quote, after ":-", a
    hashtag after a long sentence, or past a post's longest text. The words before are the
    article's.
    """
    _, ends = _rules()
    found = list(ends.finditer(sentence.text))
    if not found:
        return (sentence,)
    post_end = found[-1].end()
    kept = list(_piece(sentence, 0, _post_start(sentence.text, found[0].start())))
    kept.extend(_piece(sentence, post_end, len(sentence.text)))
    return tuple(kept)


def _post_start(text: str, before: int) -> int:
    """Where the post ending at ``before`` opens: after the last article sentence end before
    it (a ".@" opening, or an end the splitter missed), else where the sentence starts."""
    starts = [m.start() for m in _MENTION_OPENING.finditer(text, 0, before)]
    starts += [m.end() for m in _MISSED_END.finditer(text, 0, before)]
    first = min(starts, default=before)
    starts += [m.end() for m in _TAG_OPENING.finditer(text, 0, first) if _opens(text, m, before)]
    start = max(starts, default=0)
    if before - start <= _POST_LONGEST:
        return start
    end = _ANY_END.search(text, before - _POST_LONGEST, before)
    return end.end() if end is not None else before


def _opens(text: str, end: re.Match[str], before: int) -> bool:
    """Whether the tag after ``end`` opens a post: the words before are a whole sentence of
    ten words or more with no tag of a post ("What a day! #Brexit ..." is a post's own), and
    the post runs on in four plain words or more (no tag, no link)."""
    return (
        _TAGS.search(text, 0, end.start()) is None
        and len(_WORDS.findall(text, 0, end.start())) >= 10
        and len(_PLAIN_WORD.findall(text[end.end() : before])) >= 4
    )


def _piece(sentence: Sentence, start: int, end: int) -> tuple[Sentence, ...]:
    """``sentence.text[start:end]`` as a sentence of its own, trimmed; none under two words
    (a signature's remnant: "RT?" of "RT\u00c9 News (@rtenews)", the splitter cut at the
    lost letter)."""
    part = sentence.text[start:end]
    stripped = part.lstrip(_LEAD).rstrip()
    if len(_WORDS.findall(stripped)) < 2:
        return ()
    begin = sentence.start + start + len(part) - len(part.lstrip(_LEAD))
    return (Sentence(start=begin, end=begin + len(stripped), text=stripped),)


def without_furniture(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """``sentences`` with furniture left out and embedded posts cut from their sentences."""
    out: list[Sentence] = []
    for sentence in sentences:
        if is_furniture(sentence.text):
            continue
        out.extend(part for part in after_embeds(sentence) if not is_furniture(part.text))
    return tuple(out)


def content_sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` a comparison reads: ``split_sentences`` less furniture."""
    return without_furniture(split_sentences(text))

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
    on ".@handle" (a post that begins with a mention): the words before that are the
    article's too ("... required."?.@WhiteHouse statement ...").
    """
    _, ends = _rules()
    found = list(ends.finditer(sentence.text))
    if not found:
        return (sentence,)
    post_end = found[-1].end()
    opening = _MENTION_OPENING.search(sentence.text, 0, found[0].start())
    kept: list[Sentence] = []
    if opening is not None:
        kept.extend(_piece(sentence, 0, opening.start()))
    kept.extend(_piece(sentence, post_end, len(sentence.text)))
    return tuple(kept)


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

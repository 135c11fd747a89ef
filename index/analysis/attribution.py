"""Who said each quotation: attribution patterns around it, pronouns and surnames resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.analysis.firstnames import FEMALE, MALE, first_name_gender
from index.analysis.namebook import NameBook
from index.analysis.names import NounPhrase, Token, ends_sentence, parse_phrase, tokens
from index.analysis.quotemarks import QuotedSpan
from index.analysis.speechverbs import (
    AUXILIARIES,
    INLINE_ONLY,
    ORG_WORDS,
    PERSON_PRONOUNS,
    PRONOUNS,
    SPEECH_VERBS,
    words,
)

_RIGHT_CHARS = 220
_LEFT_CHARS = 320
_CONTINUE_GAP = 500
"""An unattributed quote this close after an attributed one goes on quoting its speaker."""
_SAME_SENTENCE_GAP = 160
_INDIRECT_CHARS = 400
"""How far before a sentence-initial quote the indirect speech of its speaker may stand."""
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s+[\"“‘(]?[A-Z0-9]")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who the text says spoke a quotation, and where it says so.

    Attributes:
        speaker: The speaker's name as the article gives it most fully, or None.
        description: Title or role ("Foreign Ministry spokesperson"), or None.
        start: Offset of the attribution ("Ban told reporters", "he said").
        end: Offset just past it.
        rule: How it was found: "after" ('"...," Ban said'), "inverted" ('"...," said
            Ban'), "before" ('Ban said: "..."'), "according" ('according to Ban'),
            "pronoun" ("he said", resolved to the last person named), "role" ("the
            minister said", resolved to a speaker with that role), "continued" (a quote
            right after another one by the same speaker), or "unresolved" (a pattern
            matched but names no one).
    """

    speaker: str | None
    description: str | None
    start: int
    end: int
    rule: str


def attribute(text: str, spans: list[QuotedSpan]) -> list[Attribution | None]:
    """Find the speaker of each quoted span.

    Args:
        text: The article body.
        spans: Its quoted spans, in document order (as from ``quoted_spans``).

    Returns:
        One attribution per span (None where the text gives no speaker pattern).
    """
    if not spans:
        return []  # most articles quote no one: skip reading their names
    book = NameBook(text, [(s.start, s.end) for s in spans])
    out: list[Attribution | None] = []
    previous: tuple[QuotedSpan, Attribution] | None = None
    for k, span in enumerate(spans):
        lo = spans[k - 1].end if k > 0 else 0
        hi = spans[k + 1].start if k + 1 < len(spans) else len(text)
        found = _after(text, span, hi) or _before(text, span, lo)
        result: Attribution | None = None
        if found is not None:
            phrase, rule, a_start, a_end = found
            result = _resolve(phrase, rule, a_start, a_end, book, out)
        if result is None and _opens_sentence(text, span.start):
            indirect = _indirect(text, span, lo)
            if indirect is not None:
                phrase, rule, a_start, a_end = indirect
                result = _resolve(phrase, rule, a_start, a_end, book, out)
        if result is None and previous is not None:
            prev_span, prev_attr = previous
            if prev_attr.speaker and _continues(text, prev_span, span):
                result = Attribution(
                    prev_attr.speaker,
                    prev_attr.description,
                    prev_attr.start,
                    prev_attr.end,
                    "continued",
                )
        if result is not None and result.speaker:
            previous = (span, result)
            if result.rule not in ("pronoun", "continued", "role", "indirect"):
                book.add(
                    result.start,
                    result.speaker,
                    _is_org_name(result.speaker),
                    result.description or "",
                )
        out.append(result)
    return out


def _is_org_name(name: str) -> bool:
    return any(w.lower().rstrip(".") in ORG_WORDS for w in name.split())


def _after(text: str, span: QuotedSpan, hi: int) -> tuple[NounPhrase, str, int, int] | None:
    """An attribution right after the closing mark: '," Ban said', '," said Ban'."""
    if not span.closed:
        return None
    line_end = text.find("\n", span.end)
    stop = min(hi, span.end + _RIGHT_CHARS, len(text) if line_end < 0 else line_end)
    toks = tokens(text, span.end, stop)
    while toks and toks[0].text in (",", "—", "–", "-", "?", ";"):
        toks = toks[1:]
    if not toks:
        return None
    inner_last = text[span.start : span.inner_end].rstrip()[-1:]
    new_sentence = (
        inner_last == "."
        and (toks[0].capital or toks[0].text[0].isdigit())
        and toks[0].norm not in SPEECH_VERBS
    )
    if toks[0].norm == "according" and len(toks) > 2 and toks[1].norm == "to" and not new_sentence:
        phrase_toks = _until_clause_end(toks[2:])
        phrase = parse_phrase(phrase_toks, verb_after=False)
        if phrase is not None and phrase_toks:
            return phrase, "according", toks[0].start, phrase_toks[-1].end
        return None
    if _is_verb(toks[0]) and toks[0].norm not in INLINE_ONLY and not new_sentence:
        rest = toks[1:]
        while rest and rest[0].norm in AUXILIARIES and not rest[0].capital:
            rest = rest[1:]
        phrase_toks = _until_clause_end(rest)
        phrase = parse_phrase(phrase_toks, verb_after=False)
        if phrase is not None and phrase_toks:
            return phrase, "inverted", toks[0].start, phrase_toks[-1].end
        return None
    for v, tok in enumerate(toks[:24]):
        if ends_sentence(tok) and not _is_verb(tok):
            return None
        if tok.norm == "according" and v + 2 < len(toks) and toks[v + 1].norm == "to":
            # '... "severe head injuries" and remains in hospital, according to his friend'
            phrase_toks = _until_clause_end(toks[v + 2 :])
            phrase = parse_phrase(phrase_toks, verb_after=False)
            if phrase is not None and phrase_toks:
                return phrase, "according", tok.start, phrase_toks[-1].end
            return None
        if v >= 16:
            continue
        if _is_verb(tok) and tok.norm not in INLINE_ONLY and v > 0:
            if not new_sentence and not _may_start_subject(toks[0]):
                # '"counterweight for propaganda" from abroad, Wanderwitz said'
                comma = max((c for c in range(v) if toks[c].text == ","), default=-1)
                subject = toks[comma + 1 : v]
                phrase = parse_phrase(subject, verb_after=True) if comma >= 0 else None
                if phrase is not None and (phrase.name or phrase.pronoun) and len(subject) <= 6:
                    return phrase, "after", subject[0].start, tok.end
                return None
            if new_sentence:
                return None
            subject = toks[:v]
            while subject and subject[-1].norm in AUXILIARIES and not subject[-1].capital:
                subject = subject[:-1]
            if _cites(subject):
                return _nobody(subject), "after", toks[0].start, tok.end
            phrase = parse_phrase(subject, verb_after=True)
            if phrase is None:
                return None
            return phrase, "after", toks[0].start, tok.end
    return None


def _is_verb(tok: Token) -> bool:
    return not tok.capital and tok.norm in SPEECH_VERBS


_CLAUSE_STARTS = words(
    """as when while because if after before since until although though and but or so then
    which that who where for in on at to of with by from during as"""
)
_FINITE = words("have has had was were is are been will would could can did does do")
"""Verbs that make the words before "and" a clause of their own ("Family ... have been
informed and the police have confirmed")."""
_SUBJECT_STARTS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "one", "another", "two", "three"]
)


def _may_start_subject(tok: Token) -> bool:
    """True for a word that can open the subject of '," X said' (not "as", "when", ...)."""
    return tok.capital or tok.norm not in _CLAUSE_STARTS


def _until_clause_end(toks: list[Token]) -> list[Token]:
    """The tokens of a phrase after a verb, up to the end of its clause."""
    out: list[Token] = []
    for tok in toks[:20]:
        if tok.text in (";", ":", '"', "“", "”") or ends_sentence(tok):
            if ends_sentence(tok) and tok.text not in (".", "!", "?"):
                out.append(tok)
            break
        if (
            not tok.capital
            and tok.norm in ("on", "in", "at", "during", "after", "before", "when")
            and (not out or out[-1].text != ",")
        ):
            break
        out.append(tok)
    while out and out[-1].text in (",", "-", "—"):
        out.pop()
    return out


def _before(text: str, span: QuotedSpan, lo: int) -> tuple[NounPhrase, str, int, int] | None:
    """An attribution before the opening mark, in the same sentence: 'Ban said: "...'."""
    line_start = text.rfind("\n", 0, span.start) + 1
    start = max(lo, line_start, span.start - _LEFT_CHARS)
    toks = tokens(text, start, span.start)
    if not toks and line_start > 0 and lo < line_start:
        # 'Ban said in a statement:' closing the previous paragraph.
        prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        prev = text[prev_start:line_start].rstrip()
        if prev.endswith(":"):
            toks = tokens(text, max(lo, prev_start, line_start - _LEFT_CHARS), line_start)
    # Only the sentence the quote stands in.
    for i in range(len(toks) - 1, -1, -1):
        if ends_sentence(toks[i]):
            toks = toks[i + 1 :]
            break
    if not toks:
        return None
    for i in range(len(toks) - 1):
        if toks[i].norm == "according" and toks[i + 1].norm == "to":
            phrase_toks = _until_clause_end(toks[i + 2 :])
            phrase = parse_phrase(phrase_toks, verb_after=False)
            if phrase is not None and phrase_toks:
                return phrase, "according", toks[i].start, phrase_toks[-1].end
    return _verb_subject(toks, "before")


def _indirect(text: str, span: QuotedSpan, lo: int) -> tuple[NounPhrase, str, int, int] | None:
    """The speaker of the sentence of indirect speech right before a quote that opens a
    sentence: 'Donohoe said the commission had dealt with 1,400 cases. "The Government ...'."""
    start = max(lo, span.start - _INDIRECT_CHARS)
    toks = tokens(text, start, span.start)
    ends = [i for i, t in enumerate(toks) if ends_sentence(t) or t.text == ":"]
    if not ends or ends[-1] < len(toks) - 3:
        return None
    if len(ends) >= 2:
        sentence = toks[ends[-2] + 1 : ends[-1]]
    elif start == lo or text[start - 1 : start] == "\n":
        sentence = toks[: ends[-1]]
    else:
        return None  # the sentence began before the stretch read: its subject is unknown
    if not sentence or any(t.text in _MARKS for t in sentence):
        return None
    found = _verb_subject(sentence, "indirect", inline=False)
    if found is None or found[0].organisation:
        return None  # "..., San Francisco School of Medicine told": too weak a cue for a body
    if found[0].name is None and found[0].pronoun is None:
        return None
    return found


_MARKS = frozenset('"“”«»„')


def _verb_subject(
    toks: list[Token], rule: str, inline: bool = True
) -> tuple[NounPhrase, str, int, int] | None:
    """The subject of the last speech verb of a sentence's tokens, read as a speaker."""
    fallback: tuple[NounPhrase, str, int, int] | None = None
    for v in range(len(toks) - 1, 0, -1):
        if not _is_verb(toks[v]) or (not inline and toks[v].norm in INLINE_ONLY):
            continue
        subject = toks[:v]
        while subject and subject[-1].norm in AUXILIARIES and not subject[-1].capital:
            subject = subject[:-1]
        if not subject:
            continue
        # The clause the verb stands in: after the last ", and" / "; " / "that".
        cut = 0
        for j in range(len(subject) - 1, -1, -1):
            after_comma = j > 0 and subject[j - 1].text == ","
            clause_before = j < len(subject) - 1 and any(t.norm in _FINITE for t in subject[:j])
            if subject[j].text in (";", ":") or (
                subject[j].norm in ("that", "but", "and", "while")
                and (after_comma or j == 0 or clause_before)
            ):
                cut = j + 1
                break
            if subject[j].norm == "that" and not subject[j].capital:
                cut = j + 1
                break
        subject = subject[cut:]
        if not subject:
            continue
        if len(subject) >= 2 and subject[-2].text == "," and subject[-1].norm in PRONOUNS:
            subject = subject[-1:]  # '... the attack, she said, "because ...'
        if subject[-1].norm in ("and", "but") and not subject[-1].capital:
            subject = _clause_subject(subject[:-1])  # "He did not give details but said"
            if not subject:
                continue
        if _cites(subject):
            return _nobody(subject), rule, subject[0].start, toks[v].end
        if toks[v].norm.endswith("ing") and toks[v - 1].text == ",":
            # '..., saying "...': the speaker is the sentence's subject, not the nearest name.
            found = _sentence_subject(toks[:v])
            if found is None:
                return _nobody(subject), rule, subject[0].start, toks[v].end
            return found, rule, found.start, toks[v].end
        phrase = parse_phrase(subject, verb_after=True)
        if phrase is None:
            continue
        if phrase.name is None and phrase.pronoun is None:
            fallback = fallback or (phrase, rule, subject[0].start, toks[v].end)
            continue  # "the agreement calls for ...": an earlier "Amstutz said" may name one
        return phrase, rule, subject[0].start, toks[v].end
    return fallback


def _clause_subject(toks: list[Token]) -> list[Token]:
    """The words that open a clause up to its verb: "He" of "He did not give details"."""
    out: list[Token] = []
    for tok in toks:
        if tok.text == "," or (not tok.capital and tok.norm not in _SUBJECT_STARTS):
            break
        out.append(tok)
    return out


def _cites(subject: list[Token]) -> bool:
    """True for "CNN, citing an unnamed source": the words are the source's, not CNN's."""
    return any(t.norm in ("citing", "quoting") for t in subject)


def _nobody(subject: list[Token]) -> NounPhrase:
    """An attribution that names no one the text lets us name."""
    return NounPhrase(None, None, None, False, subject[0].start, subject[-1].end)


def _sentence_subject(toks: list[Token]) -> NounPhrase | None:
    """Who a participle ("..., adding") goes with: the subject of the nearest speech verb
    before it ("Masood kept to himself, she said, adding:"), else the first comma-separated
    stretch of the sentence that names a person or body."""
    parts: list[list[Token]] = [[]]
    for tok in toks:
        if tok.text == ",":
            parts.append([])
        else:
            parts[-1].append(tok)
    for part in reversed(parts):
        verb = next(
            (i for i, t in enumerate(part) if not t.capital and t.norm in SPEECH_VERBS), None
        )
        if verb is not None:
            phrase = parse_phrase(part[:verb], verb_after=True) if verb else None
            if phrase is not None and (phrase.name is not None or phrase.pronoun is not None):
                return phrase
            return None
    for part in parts:
        if part:
            phrase = parse_phrase(part, verb_after=True)
            if phrase is not None and (phrase.name is not None or phrase.pronoun is not None):
                return phrase
    return None


def _resolve(
    phrase: NounPhrase,
    rule: str,
    start: int,
    end: int,
    book: NameBook,
    earlier: list[Attribution | None],
) -> Attribution:
    if phrase.pronoun is not None:
        if phrase.pronoun in PERSON_PRONOUNS:
            gender = FEMALE if phrase.pronoun == "she" else MALE
            mention = book.last_before(start, organisation=False, gender=gender)
            if mention is not None and mention.name:
                name = book.full_name(mention.name, start)
                return Attribution(name, _description_of(name, earlier), start, end, "pronoun")
        elif phrase.pronoun == "it":
            mention = book.last_before(start, organisation=True)
            if mention is not None:
                return Attribution(mention.name, None, start, end, "pronoun")
        return Attribution(None, None, start, end, "unresolved")
    if phrase.name is not None and _named(phrase, book, rule, start, end):
        name = book.full_name(phrase.name, start)
        description = phrase.description or _description_of(name, earlier)
        return Attribution(name, description, start, end, rule)
    if phrase.name is not None:
        return Attribution(None, phrase.description, start, end, "unresolved")
    # A role without a name: the last speaker (or name) given with that role.
    role = _head(phrase.description or "")
    if role:
        for attr in reversed(earlier):
            if attr is None or attr.speaker is None:
                continue
            described = f"{attr.description or ''} {attr.speaker}".lower().replace("-", " ")
            if role in described.split() and _qualifiers_fit(phrase.description, described):
                return Attribution(attr.speaker, attr.description, start, end, "role")
        mention = book.with_role(role, start)
        if mention is not None and _qualifiers_fit(
            phrase.description, f"{mention.title} {mention.name}".lower()
        ):
            name = book.full_name(mention.name, start)
            return Attribution(name, mention.title or None, start, end, "role")
    return Attribution(None, phrase.description, start, end, "unresolved")


def _named(phrase: NounPhrase, book: NameBook, rule: str, start: int, end: int) -> bool:
    """False for what only looks like a name: "Police" or "Family" opening a sentence."""
    assert phrase.name is not None
    parts = phrase.name.split()
    if phrase.organisation and all(w.lower().rstrip(".") in ORG_WORDS for w in parts):
        return False  # "Police", "the Government": a body, but which one?
    if len(parts) > 1 or phrase.name.isupper() or phrase.organisation or phrase.description:
        return True
    next_to_verb = (rule in ("after", "before") and end - phrase.end <= 16) or (
        rule == "inverted" and phrase.start - start <= 16
    )  # "Smith said", "said Smith"
    return (
        next_to_verb
        or first_name_gender(phrase.name) is not None
        or book.occurrences(phrase.name) >= 2
        or book.full_name(phrase.name, 0) != phrase.name
    )


def _qualifiers_fit(description: str | None, candidate: str) -> bool:
    """True when the capitalised words of a role ("Ukraine's president") fit the candidate's
    title and name ("russian president vladimir putin" does not)."""
    have = candidate.lower().replace("-", " ").split()
    for word in (description or "").split():
        if not word[:1].isupper() or word.lower() in ("the", "a", "an"):
            continue
        stem = word.lower().removesuffix("'s").removesuffix("’s")[:5]
        if not any(h.startswith(stem) for h in have):
            return False
    return True


_GENERIC_ROLES = words(
    """official officials source sources spokesman spokeswoman spokesperson person people man
    woman statement analyst analysts aide expert resident residents witness report lawsuit
    study filing letter survey document"""
)


def _head(description: str) -> str | None:
    """The head noun of a role ("the one-time chairman of X" -> "chairman")."""
    words = description.lower().replace("'s", "").split()
    for i, w in enumerate(words):
        if w in ("of", "for", "at", "in", "with", "from", "who", "which"):
            words = words[:i]
            break
    if not words:
        return None
    head = words[-1].strip(".,")
    if len(head) <= 3 or head in _GENERIC_ROLES or words[0] in ("a", "an", "one", "another"):
        return None  # "a spokesman", "one official": someone new, unnamed
    return head


def _description_of(name: str, earlier: list[Attribution | None]) -> str | None:
    for attr in reversed(earlier):
        if attr is not None and attr.speaker == name and attr.description:
            return attr.description
    return None


def _opens_sentence(text: str, start: int) -> bool:
    """True when a quote at ``start`` begins a sentence (or a paragraph)."""
    j = start - 1
    while j >= 0 and text[j] in " \t\u00a0-":
        j -= 1
    return j < 0 or text[j] in '.!?:\n"”’…'


def _continues(text: str, prev: QuotedSpan, span: QuotedSpan) -> bool:
    """True when ``span`` is a sentence-initial quote soon after ``prev``, or a partial quote
    further on in the sentence ``prev`` stands in ('"...", while Democrats "..."')."""
    if span.start - prev.end > _CONTINUE_GAP:
        return False
    between = text[prev.end : span.start]
    if (
        len(between) < _SAME_SENTENCE_GAP
        and text[prev.start : prev.inner_end].rstrip()[-1:] not in (".", "!", "?", "…")
        and "\n" not in between
        and not _SENTENCE_END.search(between)
        and not any(t.norm in SPEECH_VERBS for t in tokens(between))
    ):
        return True
    j = span.start - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in '.!?:\n"”’…'

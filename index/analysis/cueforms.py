"""Attribution forms the speaker patterns read past (sp42, issue 18: nu47 #5): a time phrase
between a name and its verb, an adjective before a name, a person's own document, a
participle after earlier quotes of its sentence, a verb coordinated with an attributed one,
and a signature line under a quote."""

from __future__ import annotations

from index.analysis.names import Token, ends_sentence, tokens
from index.analysis.phrases import NounPhrase, parse_phrase
from index.analysis.quotemarks import QuotedSpan
from index.analysis.speakersubject import Found
from index.analysis.speechverbs import PARTICLES, SPEECH_VERBS, TITLES, words

_DAYS = words("monday tuesday wednesday thursday friday saturday sunday")
_TIMES = _DAYS | words("morning afternoon evening night today yesterday tonight")
_TIME_LEADS = words("on this last early late earlier later")
_OWN_DOCUMENTS = words(
    """proclamation statement letter tweet tweets post posts op-ed memoir speech remarks
    message email e-mail column essay testimony address"""
)
"""What a person writes or says in their own voice: "Biden's proclamation states" is Biden;
not "plan", "report" or "memo" (nu47 #3: a plan's words are no one's speech)."""


def mended(text: str, found: Found | None) -> Found | None:
    """The attribution with a name read out of a phrase that named no one: "President Biden
    on Thursday" (a time phrase after the name), "a defiant Biden" (an adjective before it),
    "Biden's proclamation" (a person's own document); else ``found`` as it is."""
    if found is None:
        return None
    phrase, rule, start, end = found
    if phrase.name is not None or phrase.pronoun is not None or not phrase.description:
        return found
    toks = tokens(text, phrase.start, phrase.end)
    verb_after = rule not in ("inverted", "according")
    named = _before_time(toks, verb_after) or _after_adjective(toks) or _document_of(toks)
    if named is None:
        return found
    return named, rule, min(start, named.start), max(end, named.end)


def _before_time(toks: list[Token], verb_after: bool) -> NounPhrase | None:
    """The name before a closing time phrase: "Energy Secretary Jennifer Granholm on Sunday"."""
    cut = len(toks)
    while cut > 0 and toks[cut - 1].norm in _TIMES:
        cut -= 1
    if cut == len(toks) or not any(t.norm in _DAYS or t.norm in _TIMES for t in toks[cut:]):
        return None
    while cut > 0 and toks[cut - 1].norm in _TIME_LEADS and not toks[cut - 1].capital:
        cut -= 1
    if cut == 0:
        return None
    return _named(parse_phrase(toks[:cut], verb_after=verb_after))


def _after_adjective(toks: list[Token]) -> NounPhrase | None:
    """The name after an article and one to three lower-case words: "a defiant Biden", "a
    visibly upset Fillon" (the words before the last are adverbs: "a committee investigating
    Trump" is no Trump)."""
    if len(toks) < 3 or toks[0].norm not in ("a", "an", "the"):
        return None
    k = 1
    while k < len(toks) and not toks[k].capital and toks[k].text.isalpha():
        if toks[k].norm in TITLES or toks[k].norm in _GLUE:
            return None  # "the former president Trump", "a market review by BTCC"
        k += 1
    if not 1 < k <= 4 or k == len(toks) or not all(t.capital for t in toks[k:]):
        return None
    words_before = [t.norm for t in toks[1:k] if t.norm not in PARTICLES]
    if not words_before or not all(w.endswith("ly") for w in words_before[:-1]):
        return None  # rv52: "a committee investigating Trump", "a lawsuit against Trump"
    phrase = _named(parse_phrase(toks[k:], verb_after=True))
    return phrase if phrase is not None and not phrase.organisation else None


_GLUE = words("by of from for with at in on to and or but the a an")


def _document_of(toks: list[Token]) -> NounPhrase | None:
    """The person whose own document speaks: "Biden's proclamation" -> Biden (the phrase
    opens on the owner or an article: "a reply to Biden's tweet" is no Biden)."""
    if len(toks) < 2 or toks[-1].norm not in _OWN_DOCUMENTS or toks[-1].capital:
        return None
    owner = toks[-2]
    if not owner.capital or not owner.text.endswith(("'s", "’s")):
        return None
    k = len(toks) - 2
    while k > 0 and toks[k - 1].capital:
        k -= 1
    if any(t.norm not in ("a", "an", "the") for t in toks[:k]):
        return None  # rv52: "a reply to Musk's tweet" is not Musk's
    run = [*toks[k : len(toks) - 2], Token(owner.text[:-2], owner.start, owner.end - 2)]
    phrase = _named(parse_phrase(run, verb_after=True))
    return phrase if phrase is not None and not phrase.organisation else None


def _named(phrase: NounPhrase | None) -> NounPhrase | None:
    return phrase if phrase is not None and phrase.name is not None else None


_PARTICIPLES = words(
    """saying adding noting warning declaring insisting arguing explaining stressing vowing
    claiming stating calling describing"""
)
_CLAUSE_MARKS = frozenset([",", "—", "–", "--", ";"])
_QUOTE_MARKS = frozenset('"“”‘’«»')
_READ_BACK = 600


def participle_subject(text: str, span: QuotedSpan) -> Found | None:
    """The subject of the sentence a participle clause ends, read across that sentence's
    earlier quotes: 'Netanyahu on Wednesday brushed off Biden's call for a "..." in Gaza,
    saying he is "..."', 'Granholm slammed ... as "curious" — warning that "..."'. Only a
    sentence that opens on a name (titles and a party tag allowed) followed by its verb."""
    line_start = text.rfind("\n", 0, span.start) + 1
    lo = max(line_start, span.start - _READ_BACK)
    # qp41: a stretch whose lower case holds no participle has no token whose norm is one
    # (6 quotes in 7; tokenising their 600 characters was 1.0 of 11 CPU s of extraction)
    lowered = text[lo : span.start].lower()
    if not any(word in lowered for word in _PARTICIPLES):
        return None
    toks = tokens(text, lo, span.start)
    cue = _participle_at(toks)
    if cue is None:
        return None
    opening = 0
    for i in range(cue - 1, -1, -1):
        following = " ".join(t.text for t in toks[i + 1 : i + 3])
        if ends_sentence(toks[i], following) and toks[i].text not in _QUOTE_MARKS:
            opening = i + 1
            break
    else:
        if line_start < span.start - _READ_BACK:
            return None  # the sentence began before the stretch read
    phrase = opening_subject(toks[opening:cue])
    if phrase is None:
        return None
    return phrase, "before", phrase.start, toks[cue].end


def participle_sentence(sentence: list[Token]) -> Found | None:
    """The opening name of a sentence of indirect speech that a participle clause ends
    ("Sen. Joe Manchin on Sunday defended ... the filibuster, declaring in the strongest
    terms yet that he ..."), for the quote after it."""
    at = next(
        (
            k
            for k in range(1, len(sentence))
            if sentence[k].norm in _PARTICIPLES
            and not sentence[k].capital
            and sentence[k - 1].text in _CLAUSE_MARKS
        ),
        None,
    )
    phrase = opening_subject(sentence[:at]) if at is not None else None
    if phrase is None or at is None:
        return None
    return phrase, "indirect", phrase.start, sentence[at].end


_OPENERS = words("in on at after before during since last earlier later")


def opening_subject(toks: list[Token]) -> NounPhrase | None:
    """The name a sentence opens on, after at most a short opening phrase and its comma
    ("In public, Trump has ..."), when its verb follows."""
    if toks and toks[0].norm in _OPENERS:
        comma = next((k for k, t in enumerate(toks[:6]) if t.text == ","), None)
        if comma is None:
            return None
        toks = toks[comma + 1 :]
    if any(
        t.capital and t.norm in _ADVERBS and not toks[k].capital and toks[k].text.isalpha()
        for k, t in enumerate(toks[1:])
    ):
        return None  # "... trade deals However, Greg Mayne, ...": a full stop lost, unsure
    run = _opening_name(toks)
    return _named(parse_phrase(run, verb_after=True)) if run is not None else None


_ADVERBS = words("however meanwhile instead still yet but moreover nevertheless")


def _participle_at(toks: list[Token]) -> int | None:
    """Where a participle clause ending the tokens starts: the participle after a comma or
    dash (an "and" allowed), followed by at most five lower-case words ("saying he is"), or
    by a colon ("saying:")."""
    colon = 1 if toks and toks[-1].text == ":" else 0  # "..., saying: "...""
    for back in range(1 + colon, 7 + colon):
        k = len(toks) - back
        if k < 1:
            return None
        tok = toks[k]
        if tok.norm in _PARTICIPLES and not tok.capital:
            before = toks[k - 1]
            if before.norm == "and" and k >= 2:
                before = toks[k - 2]
            return k if before.text in _CLAUSE_MARKS else None
        if tok.capital or tok.text in _QUOTE_MARKS or not tok.text[0].isalpha():
            return None
    return None


def _opening_name(toks: list[Token]) -> list[Token] | None:
    """The capitalised run a sentence opens on, when a lower-case word (its verb or a time
    phrase) follows it: "Rep. Marjorie Taylor Greene (R-Ga.)" of "... (R-Ga.) on Monday"."""
    k = 0
    while k < len(toks) and (toks[k].capital or toks[k].text in ("(", ")") or _in_tag(toks, k)):
        k += 1
    if k == 0 or k >= len(toks) or toks[k].capital or not toks[k].text.isalpha():
        return None
    if toks[k].norm in SPEECH_VERBS or toks[k - 1].text.endswith(("'s", "’s")):
        return None  # '"..." Biden said, saying': not this rule's; "Biden's call"
    role = toks[k].norm in TITLES and toks[k].norm not in _TIME_LEADS  # TITLES holds "on"
    if role or toks[0].norm in ("the", "a", "an"):
        return None  # "The Philippine vice president": a place before a role, no name
    return toks[:k]


def _in_tag(toks: list[Token], k: int) -> bool:
    """True inside a party tag's brackets: "(R-Ga.)"."""
    opened = max((i for i in range(k) if toks[i].text == "("), default=-1)
    closed = max((i for i in range(k) if toks[i].text == ")"), default=-1)
    return opened > closed and k - opened <= 4


def coordinated_only(between: list[Token]) -> bool:
    """True when every speech verb between two quotes follows "and" or "but" with no
    subject of its own ('"..." and vowed to "..."'): the first quote's speaker goes on."""
    for k, tok in enumerate(between):
        if tok.norm not in SPEECH_VERBS or tok.capital:
            continue
        if k == 0 or between[k - 1].norm not in ("and", "but") or between[k - 1].capital:
            return False
    return True


def signature(text: str, span: QuotedSpan) -> Found | None:
    """The speaker a signature line under a paragraph that is only the quote names:
    '"..."\\n\\n— Sen. Tom Cotton (R-Ark.), in a tweet'."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start : span.start].strip():
        return None
    at = span.end
    while at < len(text) and text[at] in " \t\u00a0":
        at += 1
    if at >= len(text) or text[at] != "\n":
        return None
    while at < len(text) and text[at] in "\n \t\u00a0":
        at += 1
    if text[at : at + 1] not in ("—", "–") and text[at : at + 2] != "--":
        return None
    line_end = text.find("\n", at)
    toks = tokens(text, at, len(text) if line_end < 0 else line_end)[1:]
    if toks and toks[0].text in ("-", "—", "–"):
        toks = toks[1:]
    comma = next((k for k, t in enumerate(toks) if t.text == ","), len(toks))
    run = toks[:comma]
    if not run or len(run) > 10 or run[0].norm in _NO_SIGNATURE:
        return None
    if not all(_signature_word(t) for t in run):
        return None  # rv52: "— Photo: Getty Images", "— X's Y contributed to this report"
    phrase = _named(parse_phrase(run, verb_after=False))
    if phrase is None:
        return None
    return phrase, "after", run[0].start, run[-1].end


_NO_SIGNATURE = words(
    """read more related sign click watch photo photos image video updated update share
    follow subscribe see listen advertisement editing reporting writing additional source"""
)
"""First words of a dashed line under a quote that is a page's furniture, no signature."""


def _signature_word(tok: Token) -> bool:
    """A word a signature's name part may hold: capitalised ("Sen.", "R-Ark."), a bracket
    of a party tag, a particle of a name, or a lower-case role ("state senator")."""
    if tok.text in ("(", ")") or tok.norm in PARTICLES:
        return True
    if tok.capital:
        return not tok.text.endswith(("'s", "’s"))
    return tok.text.isalpha() and tok.norm in TITLES and tok.norm not in _GLUE

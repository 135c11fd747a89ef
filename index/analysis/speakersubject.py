"""The speaker of a speech verb: the subject of the last speech verb of a sentence's words
(`verb_subject`), read as a person, a pronoun, a body or a role, with the clause, relative
and participle cases that point elsewhere ("who said", "..., saying")."""

from __future__ import annotations

from index.analysis.firstnames import FEMALE, MALE, first_name_gender
from index.analysis.names import Token
from index.analysis.phrases import NounPhrase, parse_phrase
from index.analysis.speakerchannel import past_channel
from index.analysis.speakerclauses import (
    BE,
    CLAUSE_OPENERS,
    heard_subject,
    main_clause,
    place_tail,
    relative_start,
)
from index.analysis.speakercoordinated import coordinated_subject
from index.analysis.speakerquoted import unquoted
from index.analysis.speechverbs import (
    AUXILIARIES,
    INLINE_ONLY,
    PRONOUNS,
    SPEECH_VERBS,
    TITLES,
    words,
)

__all__ = ["FINITE", "Found", "cites", "is_verb", "nobody", "plural_noun", "verb_subject"]


Found = tuple[NounPhrase, str, int, int]
"""A speaker phrase, the rule that found it, and where the attributing words start and end."""


def is_verb(tok: Token) -> bool:
    return tok.norm in SPEECH_VERBS and not tok.capital  # few tokens are verbs: test that first


def plural_noun(toks: list[Token], v: int) -> bool:
    """True when the speech verb at ``v`` is an -s form read as a plural noun: after a
    preposition ("after comments in which", "over claims", "of member states"), where no
    verb can stand (sp37: na-1437, reut-01848)."""
    word = toks[v].norm
    return v > 0 and word.endswith("s") and toks[v - 1].norm in _BEFORE_NOUN
    # "says" after "of" never comes: the test needs no list of which -s forms are nouns


def _subordinate(toks: list[Token], v: int) -> bool:
    """True when the speech verb at ``v`` stands in a clause that "if", "why", "whether" ...
    opens inside what an earlier speech verb reports ('He said that if he explained why the
    U.S. agreed ... "I would ..."'): the quote goes with the earlier verb's subject, not with
    the subordinate clause's (sp37: reut-07669)."""
    for j in range(v - 1, 0, -1):
        tok = toks[j]
        if tok.text in (",", ";", ":") or tok.norm in ("and", "but") or _said(toks, j):
            return False  # the verb's clause starts after the mark, the "but", the verb
        if tok.norm in _SUBORDINATORS and not tok.capital:
            return any(_said(toks, i) for i in range(j))
    return False


def _passive(toks: list[Token], v: int) -> bool:
    """True when the speech verb at ``v`` is a passive with its agent after "by" ("Mark Duffy
    was described by a friend as '...'", "..., described by a friend as"): the subject
    before it is who was described, not who spoke (sp38: na-2953). Not "said by phone",
    nor "He said by the end of the year" (no "was" or comma before the verb)."""
    if v + 2 >= len(toks) or toks[v + 1].norm != "by" or not toks[v].norm.endswith("ed"):
        return False
    agent = toks[v + 2]
    if toks[v - 1].norm in BE and agent.norm.isalpha() and agent.norm not in _MEANS:
        return True  # "Sessions was asked by reporters:" (rv46): theirs, not his
    return (agent.norm in _AGENT_LEADS or agent.capital) and toks[v - 1].text == ","


def _agent(toks: list[Token], at: int) -> NounPhrase | None:
    """The name after a passive's "by", to the next comma or colon, when it is one."""
    end = at
    while end < len(toks) and toks[end].text not in (",", ":", ";") and toks[end].capital:
        end += 1
    if end == at or (end < len(toks) and toks[end].text not in (",", ":", ";")):
        return None  # "by a friend as": no one named; "by Franken what he would": unclear
    phrase = parse_phrase(toks[at:end], verb_after=False)
    return phrase if phrase is not None and phrase.name else None


_AGENT_LEADS = words("a an the his her their its one")
_MEANS = words("phone telephone email e-mail letter text video videolink satellite fax radio")
"""How one speaks, not who: "he was interviewed by telephone"."""


def _said(toks: list[Token], i: int) -> bool:
    """True for a speech verb that reports a clause ("said", "told"; not "labelling")."""
    return is_verb(toks[i]) and toks[i].norm not in INLINE_ONLY and not plural_noun(toks, i)


_SUBORDINATORS = words("if whether why how")
"""Words that open a question or condition inside reported speech ("said that if he")."""


_BEFORE_NOUN = words(
    """of in on at by for with from after about over under against amid despite following
    member"""
)
"""Words after which an -s form is a noun: prepositions, and "member" of "member states".
Not after a determiner: "Eggar dismissed the claims as '...'" is the subject's quote (the
subject read as the noun's speaker; 3 right speakers over the corpora, one held-out)."""


FINITE = words("have has had was were is are been will would could can did does do")
"""Verbs that make the words before "and" a clause of their own ("Family ... have been
informed and the police have confirmed")."""
_ROLE_WORDS = TITLES - words("his her their its the a an of for to and at in on with from")
"""Lower-case title words after a capitalised one: "Philippine vice president" is a role."""
_NAME_GLUE = words("of for and at in on to from with by de da di del van von der al el bin la le")
"""Lower-case words inside a name or title ("Secretary of Homeland Security John Kelly")."""
_NOMINATIVE = frozenset(["he", "she", "they"])
"""Pronouns that can only be a verb's subject: right before the verb, its subject."""
_RELATIVES = frozenset(["who", "what", "which", "that"])
_CAUSES = words("because")
"""A word that opens a clause whose own subject follows it ("because it said"); not
"although it said", "where it estimates" (an "it" the sentence's subject may not be)."""
_SUBJECT_STARTS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "one", "another", "two", "three"]
)


def verb_subject(toks: list[Token], rule: str, inline: bool = True) -> Found | None:
    """The subject of the last speech verb of a sentence's tokens, read as a speaker."""
    fallback: Found | None = None
    for v in range(len(toks) - 1, 0, -1):
        if not is_verb(toks[v]):
            continue
        if toks[v].norm in INLINE_ONLY and (not inline or _opening_clause(toks, v)):
            continue
        if plural_noun(toks, v) or _subordinate(toks, v):
            continue  # "after comments in which he ...": a noun, no one's speech verb
        if _passive(toks, v):  # "Sessions was asked by Senator Al Franken:": Franken
            agent = _agent(toks, v + 2)
            if agent is not None:
                return agent, rule, agent.start, agent.end
            continue
        heard = heard_subject(toks, v)
        if heard is not None:  # "a call in which a woman is heard saying:": hers (sp41)
            return heard, rule, heard.start, toks[v].end
        subject = toks[:v]
        while subject and subject[-1].norm in AUXILIARIES and not subject[-1].capital:
            subject = subject[:-1]
        subject = unquoted(subject)  # "X was quoted by al-Qabas as saying": X
        if not subject:
            continue
        if subject[-1].norm == "as" and toks[v].norm == "saying" and len(subject) > 1:
            # "the Jardine statement quoted chairman Simon Keswick as saying:"
            named = _named_before(subject[:-1])
            if named is not None:
                return named, rule, named.start, toks[v].end
        if subject[-1].norm == "who" and not subject[-1].capital:
            # "... an ally in Mr Bannon, who described the media as '...'": the name the
            # relative clause hangs on speaks
            named = _placed_role(subject[:-1]) or _named_before(subject[:-1])
            if named is not None:
                return named, rule, named.start, toks[v].end
        if (
            len(subject) >= 2
            and subject[-1].norm in ("he", "she")
            and subject[-2].norm in ("who", "what", "which", "that")
            and not subject[-2].capital
        ):
            # "... organisations who he said were '...'", "to abandon what he called '...'":
            # the pronoun of the relative clause speaks when the sentence names no one
            relative = parse_phrase(subject[-1:], verb_after=True)
            if relative is not None:
                fallback = fallback or (relative, rule, subject[-1].start, toks[v].end)
        subject = subject[_clause_start(subject) or relative_start(subject, toks[v + 1 :]) :]
        subject = subject[_reporting_clause(subject) :]
        if not subject:
            continue
        if len(subject) >= 2 and subject[-2].text == "," and subject[-1].norm in PRONOUNS:
            subject = subject[-1:]  # '... the attack, she said, "because ...'
        elif (
            len(subject) >= 2
            and subject[-1].capital
            and subject[-1].norm in ("he", "she")
            and not subject[-2].capital
        ):
            subject = subject[-1:]  # "... leading to Shatter resignation He also said": a
            # capitalised "He" opens a sentence whose full stop this copy lost
        elif (
            len(subject) >= 2
            and subject[-1].norm == "it"
            and subject[-2].norm in _CAUSES
            and not subject[-2].capital
        ):
            # "Iowa Beef, a subsidiary of ..., closed its plant at Dakota City, Nebraska,
            # because it said": "it" is the firm the sentence opens on (sp40: reut-02495)
            lead = _opening_subject(toks[: v - 2])
            if lead is not None:
                return lead, rule, lead.start, toks[v].end
            subject = subject[-1:]  # else "it", the body named last before
        elif (
            len(subject) >= 2
            and subject[-1].norm in _NOMINATIVE
            and not subject[-1].capital
            and subject[-2].norm not in _RELATIVES
        ):
            subject = subject[-1:]  # "During a speech in Glasgow she said": "she" is no
            # object; the words before it set the scene, they do not name the speaker
        if subject[-1].norm in ("and", "but") and not subject[-1].capital:
            subject = _clause_subject(main_clause(subject[:-1]))  # "He did not ... but said"
            if not subject:
                continue
        if cites(subject):
            return nobody(subject), rule, subject[0].start, toks[v].end
        if toks[v].norm.endswith("ing") and toks[v - 1].text == ",":
            # '..., saying "...': the speaker is the sentence's subject, not the nearest name.
            found = _sentence_subject(toks[:v])
            if found is None:
                return nobody(subject), rule, subject[0].start, toks[v].end
            return found, rule, found.start, toks[v].end
        said = subject[0].start  # the attribution keeps its opening ("In a statement ...")
        phrase = parse_phrase(past_channel(subject), verb_after=True)  # "Via his PAC, X, the"
        if phrase is None:
            continue
        if phrase.name is None and phrase.pronoun is None:
            fallback = fallback or (phrase, rule, said, toks[v].end)
            continue  # "the agreement calls for ...": an earlier "Amstutz said" may name one
        return phrase, rule, said, toks[v].end
    return fallback


def _opening_subject(toks: list[Token]) -> NounPhrase | None:
    """The name a sentence opens on, after at most a time or place phrase and its comma
    ("In mid-December, Iowa Beef, a subsidiary ..."), when a comma follows it; or None."""
    at = 0
    if toks and toks[0].norm in _OPENING_PREPOSITIONS:
        at = next((k + 1 for k, t in enumerate(toks[:6]) if t.text == ","), 0)
        if at == 0:
            return None
    end = at
    while end < len(toks) and toks[end].capital and toks[end].norm not in _OPENING_PREPOSITIONS:
        end += 1
    if end == at or end >= len(toks) or toks[end].text != ",":
        return None
    phrase = parse_phrase(toks[at:end], verb_after=True)
    return phrase if phrase is not None and phrase.name else None


_OPENING_PREPOSITIONS = words("in on at after before during since last earlier")


def _opening_clause(toks: list[Token], v: int) -> bool:
    """True when the verb at ``v`` stands in a clause that opens the sentence with "When",
    "After", ... and that a comma closes before the quote: 'When GCHQ called that a crock,
    Trump played artful dodger: "..."'. A verb that attributes only a partial quote in its
    own clause (`INLINE_ONLY`) then attributes nothing: the quote is the main clause's."""
    if toks[0].norm not in CLAUSE_OPENERS:
        return False
    comma = next((c for c, t in enumerate(toks) if t.text == ","), None)
    return comma is not None and v < comma < len(toks) - 1


def _named_before(toks: list[Token]) -> NounPhrase | None:
    """The person named by the capitalised words that end ``toks`` (a comma after them
    dropped): "Mr Bannon" of "... has an ally in Mr Bannon,"."""
    if toks and toks[-1].text == ",":
        toks = toks[:-1]
    k = len(toks)
    while k > 0 and (toks[k - 1].capital or toks[k - 1].norm in ("de", "van", "von", "al")):
        k -= 1
    if k == len(toks) or not toks[k].capital:
        return None
    phrase = parse_phrase(toks[k:], verb_after=True)
    if phrase is None or phrase.name is None or phrase.organisation:
        return None
    return phrase


def _placed_role(toks: list[Token]) -> NounPhrase | None:
    """The role a relative clause hangs on when a place ends it ("the North Korean ambassador
    in Kuala Lumpur, who accused"): from its article to the place, read as a role."""
    if toks and toks[-1].text == ",":
        toks = toks[:-1]
    k = len(toks)
    while k > 0 and toks[k - 1].capital:
        k -= 1
    if k < 2 or k == len(toks) or toks[k - 1].norm not in _WHERE or not _no_person(toks[k:]):
        return None
    at = next((j for j in range(k - 2, max(-1, k - 8), -1) if toks[j].norm in _ARTICLES), -1)
    if at < 0 or any(t.text in (",", ";") for t in toks[at:k]):
        return None
    phrase = parse_phrase(toks[at:], verb_after=True)
    return phrase if phrase is not None and phrase.name is None else None


_ARTICLES = words("the a an")
_WHERE = words("in at from near outside inside across")
"""Prepositions before a place ("the ambassador in Kuala Lumpur"); "an ally in Mr Bannon"
has a person after it: a title or a first name tells them apart (`_no_person`)."""


def _no_person(run: list[Token]) -> bool:
    """True for capitalised words with no cue of a person's name: no title or honorific,
    no known first name opening them ("Kuala Lumpur", "New York"; not "Mr Bannon", "Steve
    Bannon")."""
    return not (
        any(t.norm in TITLES for t in run) or first_name_gender(run[0].text) in (MALE, FEMALE)
    )


def _clause_subject(toks: list[Token]) -> list[Token]:
    """The words that open a clause up to its verb: "He" of "He did not give details", "The
    US president" of "The US president urged ..." (role words after capitals: sp37)."""
    out: list[Token] = []
    for tok in toks:
        if tok.text == "," or (
            not tok.capital
            and tok.norm not in _SUBJECT_STARTS
            and not (out and out[-1].capital and tok.norm in _ROLE_WORDS)
        ):
            break
        out.append(tok)
    return out


def _reporting_clause(subject: list[Token]) -> int:
    """Where a reporting clause after the words it reports starts ("Russia has seen drastic
    changes in recent years, the president noted": at "the"), when the words before its
    comma are a clause of their own (a finite verb in them); 0 otherwise (sp37: na-1360)."""
    comma = max((k for k, t in enumerate(subject) if t.text == ","), default=-1)
    if comma < 1 or comma + 2 > len(subject) or subject[comma + 1].norm not in _ARTICLES:
        return 0
    if subject[comma + 1].capital:
        return 0
    return comma + 1 if any(t.norm in FINITE and not t.capital for t in subject[:comma]) else 0


def _clause_start(subject: list[Token]) -> int:
    """Where the clause of the words before a verb starts: after the last ", and" / "; " /
    "that" (0: the whole). Whether a finite verb stands before a clause word is read only
    where it decides (it was read for every word, the cost growing with the square)."""
    for j in range(len(subject) - 1, -1, -1):
        word = subject[j]
        if word.text in (";", ":"):
            return j + 1
        norm = word.norm
        if (
            norm in ("that", "but", "and", "while")
            and (
                (j > 0 and subject[j - 1].text == ",")  # after a comma
                or j == 0
                or (j < len(subject) - 1 and any(t.norm in FINITE for t in subject[:j]))
            )
        ):
            return j + 1
        if norm == "that" and not word.capital:
            return j + 1
    return 0


def cites(subject: list[Token]) -> bool:
    """True for "CNN, citing an unnamed source": the words are the source's, not CNN's."""
    return any(t.norm in ("citing", "quoting") for t in subject)


def nobody(subject: list[Token]) -> NounPhrase:
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
            (i for i, t in enumerate(part) if t.norm in SPEECH_VERBS and not t.capital), None
        )
        if verb:  # a speech verb after its subject in this stretch ("she said")
            phrase = coordinated_subject(part, verb) or parse_phrase(part[:verb], verb_after=True)
            if phrase is not None and (phrase.name is not None or phrase.pronoun is not None):
                return phrase
            return None
        if verb == 0:
            break  # "praised the plan": its subject is the sentence's
    for n, part in enumerate(parts):
        if part and not place_tail(parts, n):
            phrase = _before_finite(part) or parse_phrase(part, verb_after=True)
            if phrase is not None and (phrase.name is not None or phrase.pronoun is not None):
                lead = _clause_subject(part)  # the words that open the clause, up to its verb
                k = len(lead)
                while k < len(part) and not part[k].capital and part[k].norm in _ROLE_WORDS:
                    k += 1  # "The Philippine vice president has raised ..., saying": a role
                if k > len(lead) > 0:
                    role = parse_phrase(part[:k], verb_after=True)
                    if role is not None and role.name is None:
                        return role
                if 0 < len(lead) < len(part) and part[len(lead)].norm not in _NAME_GLUE:
                    # "He thanked Trump, saying": the name after the verb is its object
                    subject = parse_phrase(lead, verb_after=True)
                    if subject is not None and (subject.name or subject.pronoun):
                        return subject
                return phrase
    return None


def _before_finite(part: list[Token]) -> NounPhrase | None:
    """The body named before the first finite verb of a stretch whose words after it name
    others ("The U.S. Department of Homeland Security has issued requests for ... along the
    Mexican border, saying"): read alone, when it is a name of capitalised words."""
    f = next((i for i, t in enumerate(part) if t.norm in FINITE and not t.capital), 0)
    if f < 2 or not part[f - 1].capital:
        return None
    phrase = parse_phrase(part[:f], verb_after=True)
    if phrase is None or phrase.name is None or not phrase.organisation:
        return None
    return phrase

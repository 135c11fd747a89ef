"""Who said each quotation: attribution patterns around it, pronouns and surnames resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.analysis.firstnames import FEMALE, MALE
from index.analysis.honoured import styled_speaker
from index.analysis.namebook import NameBook
from index.analysis.namesakes import namesakes, pronoun_namesake, quoted_namesake
from index.analysis.officewords import office_fits, office_qualifier
from index.analysis.persons import full_speaker, named_within, person_before
from index.analysis.phrases import NounPhrase
from index.analysis.pronounperson import of_unknown_gender, past_no_person
from index.analysis.quotecontinue import continues as _continues
from index.analysis.quotecontinue import opens_sentence as _opens_sentence
from index.analysis.quotemarks import QuotedSpan
from index.analysis.quotetitles import is_title
from index.analysis.speakerapposed import described_as
from index.analysis.speakerauthor import credit_authors
from index.analysis.speakerbodies import voice_of
from index.analysis.speakercommon import common_speaker
from index.analysis.speakerdoubt import GUESS, acronym, guessed, unsure
from index.analysis.speakerguards import (
    closes_sentence,
    ends_run,
    new_person_near,
    relays,
    resumed,
    someone_new,
    still_after,
    teaser_between,
    unnamed_paper,
)
from index.analysis.speakerinner import inner_clauses, narrated, told_within
from index.analysis.speakerlead import subject_before
from index.analysis.speakerlower import lower_speaker
from index.analysis.speakernamed import named as _named
from index.analysis.speakernoone import no_body, who_speaks
from index.analysis.speakerpapers import (
    bare_role,
    in_paper,
    last_to_speak,
    paper_noun,
    paper_since,
    paper_spoke,
)
from index.analysis.speakerpapers import issuer as issuer_of
from index.analysis.speakerpatterns import find_after, find_before, find_indirect, said_before
from index.analysis.speakerpronouns import family_of, pronoun_gender, rather_unknown, role_since
from index.analysis.speakerroles import qualifiers_fit as _qualifiers_fit
from index.analysis.speakerroles import role_head as _head
from index.analysis.speechverbs import (
    KIN,
    PARTY_MEMBERS,
    PERSON_PRONOUNS,
    org_word,
)

_IMPERSONAL = re.compile(r"[Ii]t\s+(?:is|was|has\s+been|had\s+been|had|has)\s+\w+ed\b")
"""'..., it was alleged': a passive that names no speaker, not a body's "it said"."""


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
            "pronoun" ("he said", resolved to the last person named), "body" (a body's
            spokesman or statement: "a Ministry of Defence spokesman"), "role" ("the
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
        One attribution per span (None where the text gives no speaker pattern, or the
        span is a title, `is_title`).
    """
    if not spans:
        return []  # most articles quote no one: skip reading their names
    book: NameBook | None = None  # read once a pattern names someone (most quoting articles)
    clauses = inner_clauses(text, spans)  # 'he said, "...' inside the quote before
    quoted = narrated(spans, clauses)
    out: list[Attribution | None] = _Said()
    previous: tuple[QuotedSpan, Attribution] | None = None
    unnamed = -1  # where the last quote given to someone unnamed was ("said a spokesman")
    for k, span in enumerate(spans):
        lo = spans[k - 1].end if k > 0 else 0
        hi = spans[k + 1].start if k + 1 < len(spans) else len(text)
        found = find_after(text, span, hi)
        if found is None or relays(text, found) or said_before(text, span, lo, found):
            found = find_before(text, span, clauses.get(k, lo)) or still_after(text, found)
        result: Attribution | None = None
        if found is not None:
            phrase, rule, a_start, a_end = found
            clause_end = span.start if rule in ("before", "according") else a_end
            book = book or NameBook(text, quoted)
            result = _resolve(
                phrase, rule, a_start, a_end, book, out, unnamed, clause_end, span.start
            )
            result = lower_speaker(result, phrase.description, book)  # "the foreign ministry"
        if result is None and _opens_sentence(text, span.start):
            indirect = find_indirect(text, span, lo)
            if indirect is not None:
                phrase, rule, a_start, a_end = indirect
                book = book or NameBook(text, quoted)
                result = _resolve(phrase, rule, a_start, a_end, book, out, unnamed, a_end)
        if k in clauses:  # 'Tom Lee said: "When Mr. Trump came, he said, "..."': Trump
            result = told_within(book, result, out[k - 1], spans[k - 1], clauses[k])
        result = who_speaks(text, result, book)  # "Police", "Edelman of Drexel"
        result = no_body(text, styled_speaker(common_speaker(text, result), book))  # not "Bank"
        nameless = result is not None and ends_run(phrase, result.speaker, result.description)
        if result is None and previous is not None:
            prev_span, prev_attr = previous
            if (
                book is not None  # built for the attribution before: `previous` had one
                and prev_attr.speaker
                and (
                    _continues(text, prev_span, span)
                    or resumed(text, prev_span, (prev_attr.start, prev_attr.end), span)
                )
                and not new_person_near(
                    book,
                    max(prev_span.end, prev_attr.end),  # its own attribution's other names
                    span.end,
                    hi,
                    prev_attr.speaker,
                    closes_sentence(text, span),
                )
            ):
                result = Attribution(
                    prev_attr.speaker,
                    prev_attr.description,
                    prev_attr.start,
                    prev_attr.end,
                    GUESS if prev_attr.rule == GUESS else "continued",
                )
        if result is None or nameless:
            previous = None  # a quote given to no one, or to someone unnamed, ends the run
        if result is not None and result.speaker:
            previous = (span, result)
            if (
                book is not None
                and result.rule not in ("continued", "role", "indirect", "body")
                and " and " not in result.speaker  # two, as "John McCain and Lindsey Graham"
            ):
                book.add(
                    result.start,
                    result.speaker,
                    _is_org_name(result.speaker),
                    result.description or "",
                    pronoun_gender(text, result.start, result.end)
                    if result.rule in ("pronoun", GUESS)
                    else None,
                )
        if (
            result is not None
            and (result.speaker is None or result.rule == "body")
            and someone_new(result.description)
        ):
            unnamed = result.start  # "he" after "a spokesman for Acme said" is the spokesman
        out.append(None if is_title(text, span) else unsure(result))  # a title: it carries on
    return credit_authors(text, spans, out, book)  # "Trump's call for '...'"


def _is_org_name(name: str) -> bool:
    return any(org_word(w) for w in name.split())


def _resolve(
    phrase: NounPhrase,
    rule: str,
    start: int,
    end: int,
    book: NameBook,
    earlier: list[Attribution | None],
    unnamed: int = -1,
    clause_end: int = -1,
    quote_start: int = -1,
) -> Attribution:
    if phrase.pronoun is not None:
        if phrase.pronoun in PERSON_PRONOUNS:
            gender = FEMALE if phrase.pronoun == "she" else MALE
            others = book.names_between(phrase.end, clause_end)  # "He warned that Mr Rutte"
            mention = book.last_before(start, organisation=False, gender=gender, exclude=others)
            mention = person_before(book, mention, start, gender, others)  # not "Nashville"
            mention = past_no_person(book, mention, start, gender, others)  # not "Arkansas"
            if gender == FEMALE:
                spoke = of_unknown_gender(book, start, others)
                mention = spoke if rather_unknown(mention, spoke) else mention
            if mention is None and rule == "after" and quote_start > unnamed >= -1:
                lead = subject_before(book, quote_start, gender)  # "Wibke Werner, ..., thinks"
                if lead is not None:
                    return Attribution(lead, _description_of(lead, earlier), start, end, rule)
            if mention is not None and mention.name:
                # "... The minister later confirmed ... '...,' he said": that minister
                known = f"{_description_of(mention.name, earlier) or ''} {mention.title}"
                mention = role_since(book, mention, start, f"{known} {mention.name}")
            # "... said a spokesman for Acme. '...,' he said": the spokesman, unnamed
            if (
                mention is not None
                and mention.name
                and mention.start > unnamed
                and not teaser_between(book.text, mention.start, start)
                and (sole := pronoun_namesake(book, mention, start)) is not False  # Blackman?
            ):
                name = sole or family_of(book, mention, book.full_name(mention.name, start), start)
                # far back, others named since: kept for the pronouns after, given to no one
                rule = GUESS if guessed(book, mention, start) or acronym(name) else "pronoun"
                return Attribution(name, _description_of(name, earlier), start, end, rule)
        elif phrase.pronoun == "it" and _IMPERSONAL.match(book.text, phrase.start):
            pass  # "it was alleged": no one in particular
        elif phrase.pronoun == "it":
            last = next((a for a in reversed(earlier) if a is not None), None)
            said = (last.start, last.end) if last is not None else (-1, -1)
            if last and last.speaker and paper_spoke(book.text, last.rule, said, start):
                return Attribution(last.speaker, None, start, end, last.rule)  # "It added"
            mention = book.last_before(start, organisation=True)
            body = paper_since(book, mention, start) if mention is not None else None
            if body is not None and not (last and unnamed_paper(last.speaker, last.description)):
                rule = GUESS if acronym(body) else "pronoun"  # "The communique said ... It"
                return Attribution(body, None, start, end, rule)
        return Attribution(None, None, start, end, "unresolved")
    phrase = named_within(book, phrase)  # "said former French premier Jean-Pierre Raffarin"
    honorific = book.honorific_gender(phrase.start, phrase.end)
    if phrase.name is not None and len(found := namesakes(book, phrase.name, honorific)) >= 2:
        # "Blackman said" where Alexander and Claire Blackman are both named: which one? The
        # one quoted before, if only one was
        sole = quoted_namesake(found, (a.speaker for a in earlier if a and a.rule in _BY_NAME))
        return Attribution(sole, phrase.description, start, end, rule if sole else "unresolved")
    if phrase.name is not None and _named(phrase, book, rule, start, end):
        name = full_speaker(book, phrase, start, honorific, clause_end)
        description = phrase.description or _description_of(name, earlier)
        return Attribution(name, description, start, end, rule)
    if phrase.name is not None:
        return Attribution(None, phrase.description, start, end, "unresolved")
    voice = voice_of(phrase.description, book, start)  # "a Ministry of Defence spokesman",
    if voice is not None:  # "a statement by Acme", "the Kremlin spokesman" named before
        return Attribution(voice[0], phrase.description, start, end, voice[1])
    issuer = issuer_of(phrase.description, start, book) or _paper_before(phrase, earlier, book.text)
    if issuer is not None:  # "the statement added": whoever issued it
        paper = paper_noun(phrase.description)
        if isinstance(earlier, _Said) and paper is not None:
            earlier.papers[paper] = issuer  # a later "the statement said" is the same paper's
        return Attribution(issuer, None, start, end, "role")
    # A role without a name: the last speaker (or name) given with that role.
    role = _head(phrase.description or "")
    if role in PARTY_MEMBERS:  # "the West Virginia Democrat told reporters": as "he" would
        mention = book.last_before(start, organisation=False)
        if mention is not None and mention.name and mention.start > unnamed:
            name = book.full_name(mention.name, start, mention.gender)
            return Attribution(name, phrase.description, start, end, "role")
    if role in KIN:
        return Attribution(None, phrase.description, start, end, "unresolved")
    if role:
        office = office_qualifier(phrase.description, role)  # "prime" minister, not "first"
        for attr in reversed(earlier):
            if attr is None or attr.speaker is None:
                continue
            described = described_as(attr.description, attr.speaker, book.text, start)
            held = described.split()
            if (
                role in held
                and office_fits(office, held, role, described)
                and _qualifiers_fit(phrase.description, described)
            ):
                return Attribution(attr.speaker, attr.description, start, end, "role")
        mention = book.with_role(role, start, office)
        if mention is not None and _qualifiers_fit(
            phrase.description, f"{mention.title} {mention.name}".lower()
        ):
            name = book.full_name(mention.name, start)
            return Attribution(name, mention.title or None, start, end, "role")
    if rule in ("after", "inverted") and bare_role(phrase.description, role):
        # '"...," the UN envoy said', no envoy named: the person who spoke just before
        mention = last_to_speak(book, start, unnamed, role or "")
        if mention is not None and mention.name:
            name = book.full_name(mention.name, start, mention.gender)
            known = f"{_description_of(name, earlier) or ''} {mention.title} {name}".lower()
            if role not in known.split() or _qualifiers_fit(phrase.description, known):
                # not "the Japanese brokerage house economist" after a bank's economist
                return Attribution(name, phrase.description, start, end, "role")
    return Attribution(None, phrase.description, start, end, "unresolved")


_BY_NAME = frozenset(["after", "before", "inverted", "according", "indirect"])
"""Rules that give a quote to a name the attribution says (not "he said", not a guess)."""


_IN_STATEMENT = 24
"""How close before an attribution "a statement" makes it the statement's ("In a statement,
the Department said")."""


def _paper_before(phrase: NounPhrase, earlier: list[Attribution | None], text: str) -> str | None:
    """Who wrote "the statement": the author of the last statement quoted by its author
    ("said a statement by Islamic Jihad ... '...,' said the statement"), or the speaker
    of the last attribution made in a statement ("In a statement, the Department said")."""
    paper = paper_noun(phrase.description)
    if paper is None:
        return None
    if isinstance(earlier, _Said) and paper in earlier.papers:
        return earlier.papers[paper]  # "the statement said" as that paper's issuer was found
    for attr in reversed(earlier):
        if attr is None or attr.speaker is None:
            continue
        if (attr.rule == "body" and paper in (attr.description or "")) or (
            in_paper(paper, text, max(0, attr.start - _IN_STATEMENT), attr.end + _IN_STATEMENT)
        ):
            return attr.speaker
    return None


class _Said(list[Attribution | None]):
    """The attributions found so far, in order, with each speaker's latest description:
    looking it up by going back through every attribution made `attribute` quadratic in a
    long article's quotes."""

    def __init__(self) -> None:
        super().__init__()
        self.descriptions: dict[str, str] = {}
        self.papers: dict[str, str] = {}
        """Who issued the paper ("statement", "report") "the statement said" last stood for."""

    def append(self, attr: Attribution | None) -> None:
        super().append(attr)
        if attr is not None and attr.speaker is not None and attr.description:
            self.descriptions[attr.speaker] = attr.description


def _description_of(name: str, earlier: list[Attribution | None]) -> str | None:
    """The description the last attribution to ``name`` gave, if one did."""
    if isinstance(earlier, _Said):
        return earlier.descriptions.get(name)
    for attr in reversed(earlier):
        if attr is not None and attr.speaker == name and attr.description:
            return attr.description
    return None

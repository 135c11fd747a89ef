"""Who a paper ("the report said") or a bare role ("the UN envoy said") stands for, when the
words name no one: the body that issued the paper, the person who spoke just before."""

from __future__ import annotations

import re

from index.analysis.namebook import Mention, NameBook
from index.analysis.speakerdateline import dateline_end
from index.analysis.speakerreporter import reporting_body
from index.analysis.speechverbs import GROUP_NOUNS, ORG_WORDS, PLACE_NAMES, PLACE_WORDS, words

PAPERS = words("statement report circular communique letter")
"""Papers that speak for whoever issued them ("the circular to banks states")."""
NOT_PEOPLE = ORG_WORDS | words(
    """note statement report letter charity document study survey filing lawsuit article
    paper website ruling verdict order decree communique circular release petition
    persona account book film video"""
)
"""Heads of a "the ..." subject that are no person's role ("the charity", "the note")."""
_LOOKBACK = 1500
"""How far back the paper's issuing may stand."""
_ROLE_LOOKBACK = 500
"""How far back the person a bare role ("the UN envoy said") stands for may have spoken."""
_CLAUSE_END = re.compile(r"[.,;:\n]|[ \t](?:on|in|at|about|into|for|which|that)[ \t]")
_BY = re.compile(r"[ \t]+(?:issued[ \t]+)?(?:by|from)[ \t]+(?:the[ \t]+)?")


_PAPER_SPOKE = re.compile(
    rf"(?:^|(?<=[.!?\n])\s*|(?<=[.!?][\"”])\s*)[Tt]he[ \t]+(?:[A-Za-z\-]+[ \t]+){{0,2}}?"
    rf"(?P<paper>{'|'.join(sorted(PAPERS))})[ \t]+(?:also[ \t]+)?"
    r"(?:said|says|added|adds|stated|states|noted|notes|urged|urges|warned|warns|welcomed)\b"
)
"""A sentence whose subject is a paper that speaks ("The communique said Japan ...")."""
_SAID_SINCE = re.compile(
    r"[^.!?\n]*?\b(?:said|says|told|added|stated|announced|warned|noted|urged|reported)\b"
)
"""A speech verb after a name in its sentence ("the OECD said", not "the Bank of Japan
intervened")."""


def paper_since(book: NameBook, mention: Mention, start: int) -> str | None:
    """Who "it" at ``start`` is, ``mention`` the last body that spoke or led a sentence:
    that body, unless a sentence since opens on a paper that speaks ("The communique said
    ..."): then the paper's issuer (`issuer`), else the body only if a speech verb goes with
    its sentence (reut-15450: "the Bank of Japan intervened ... The communique said ... It said
    the officials '...'": no one; "The OECD said ... The report said ... it warned": the
    OECD, sp48)."""
    papers = list(_PAPER_SPOKE.finditer(book.text, mention.start, start))
    if not papers:
        return mention.name
    paper = papers[-1].group("paper").lower()
    body = issuer(f"the {paper}", start, book)
    return body or (mention.name if _SAID_SINCE.match(book.text, mention.start) else None)


_PAPER_SAID = re.compile(r"\b[Tt]he[ \t]+(?:" + "|".join(sorted(PAPERS)) + r")[ \t]+\w+\W*\Z")
_NEXT_QUOTE = 1500
"""How far after a paper's last words an "it said" may take them up (one quote between)."""


def paper_spoke(text: str, rule: str, said: tuple[int, int], start: int) -> bool:
    """True when the attribution before "it" at ``start`` (its ``rule`` and span ``said``)
    gave a quote to a paper that spoke ('"...," the report said. "...," it added': the
    report's issuer again, sp50) and only the next quote stands between: it opens right
    after the paper's words and closes right before "it"."""
    return (
        rule == "role"
        and 0 <= start - said[1] <= _NEXT_QUOTE
        and _PAPER_SAID.search(text, said[0], said[1]) is not None
        and _QUOTE_NEXT.match(text, said[1]) is not None  # '... said. "'
        and _QUOTE_CLOSED.search(text, said[1], start) is not None  # '," it added'
    )


_QUOTE_NEXT = re.compile(r"[ \t]*[.,;:]?[ \t]+[\"“]")
_QUOTE_CLOSED = re.compile(r"[,.!?]?[\"”][ \t]*\Z")


def in_paper(paper: str, text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (an attribution, with a few words either side) says it
    was made in such a paper ("In a statement, the Department said", "said in a prepared
    statement")."""
    return bool(
        re.search(rf"\b(?:[Aa]n?|[Ii]ts)[ \t]+(?:[\w\-]+[ \t]+)?{paper}\b", text[start:end])
    )


def paper_noun(description: str | None) -> str | None:
    """The paper of "the statement" / "The circular to banks" ("statement", "circular"),
    or None for anything else."""
    found = (description or "").lower().replace(";", " ").split()
    if len(found) >= 2 and found[0] == "the" and found[1] in PAPERS:
        return found[1]
    return None


def issuer(description: str | None, start: int, book: NameBook) -> str | None:
    """Who issued "the statement" (or report, circular, ...) that speaks at ``start``: where
    the text last brings in such a paper (not "the report" again), the name that paper is
    named for ("The SPLC report"), or its author ("a report by the Economist magazine's
    Economist Intelligence Unit"), or else the first name in that sentence ("The Bahrain
    Monetary Agency has issued a circular")."""
    paper = paper_noun(description)
    if paper is None:
        said = (description or "").lower().split()
        if len(said) == 2 and said[0] == "the" and said[1] in ORG_WORDS:
            return reporting_body(start, book, said[1])  # "the company said": Acme Company
        return None
    text = book.text
    brought = re.compile(
        rf"\b(?:(?:[Aa]n?|[Ii]ts|[Tt]heir)[ \t]+(?:[\w\-]+[ \t]+)?|[Tt]he[ \t]+(?=[A-Z]))"
        rf"(?:(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w'’\-]*)[ \t]+)*{paper}\b"
    )
    found = list(brought.finditer(text, max(0, start - _LOOKBACK), start))
    if not found and not _THE_PAPER.search(text, max(0, start - _LOOKBACK), start):
        return reporting_body(start, book)  # no paper brought in: the body the sentence
        # before has report
    if not found:  # "the report" went on being spoken of since it was brought in, far back
        found = [  # ("The MSC published its annual report ... the report --entitled
            m  # ... the report said", sp50); only a paper its issuer owns ("its report")
            for m in brought.finditer(text, 0, start)
            if text[m.start()] in "Ii"
        ][-1:]
        if not found:
            return reporting_body(start, book)
    at, end = found[-1].start(), found[-1].end()
    if text[at] in "Tt":
        # "The SPLC report", "The Finance Ministry statement": its words name the issuer
        name = re.sub(r"['’]s$", "", text[at + 4 : end - len(paper)].strip())
        if len(name.split()) > 1:
            return name
        fuller = [
            m.name for m in book.between(0, at) if m.name.split()[1:] and m.name.split()[-1] == name
        ]
        return fuller[-1] if fuller else book.full_name(name, at)  # "Inspectorate"
    named = [m for m in book.between(at, end) if _who(m)]
    if named:  # "a Reuters report"
        return _name_of(named[-1], book, at)
    by = _BY.match(text, end)
    if by is not None:  # "a report by the X's Y": the last name before the clause ends
        stop = _CLAUSE_END.search(text, by.end())
        named = [m for m in book.between(by.end(), stop.start() if stop else len(text)) if _who(m)]
        if named and text[by.end()].isupper():  # not "by subcommittee staffs of ..."
            return _name_of(named[-1], book, at)
    opening = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    if _IT_SAID_IN.search(text, opening, at):
        # past a paragraph's opening dateline ("Riverton, Calif. (AFP) - Malaysia ...": its
        # "Calif. " is no sentence's end, sp49's rule; ci128)
        subject_at = max(opening, dateline_end(text, text.rfind("\n", 0, at) + 1))
        return _sentence_subject(book, subject_at, at)  # "Malaysia condemned VX, it said in a"
    named = [m for m in book.between(opening, at) if m.name]
    # "... the crash of Malaysia Airlines ..., the Office of X said in a report": the one
    # who speaks in the sentence issued it, not the first name in it (lf31, na-1150)
    speaking = [m for m in named if m.speaker]
    if speaking:
        return _name_of(speaking[-1], book, at)
    return _name_of(named[0], book, at) if named else None


_THE_PAPER = re.compile(r"\b[Tt]he[ \t]+(?:" + "|".join(sorted(PAPERS)) + r")\b")
"""A paper spoken of again ("the report --entitled ...", "as the report points out")."""
_IT_SAID_IN = re.compile(
    r"(?:^|[ \t,;])[Ii]t[ \t]+(?:also[ \t]+)?(?:said|says|added|stated|announced)[ \t]+in[ \t]+\Z"
)
"""A paper brought in by "it" ("..., it said in a statement"): its issuer is what "it" is."""
_SUBJECT = re.compile(r"\s*(?:[Tt]he[ \t]+)?(?P<run>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*)")


def _sentence_subject(book: NameBook, opening: int, at: int) -> str | None:
    """The body or country that opens the sentence at ``opening`` (before ``at``), which an
    "it said" later in it stands for ("Malaysia condemned the use of VX, it said": Malaysia,
    not VX, the nearest name, sp49's finding, sp50); None when the sentence opens on neither."""
    lead = _SUBJECT.match(book.text, opening, at)
    if lead is None:
        return None
    named = [m for m in book.between(opening, lead.end("run")) if m.name]
    if named and named[0].start <= lead.start("run") and named[0].organisation:
        return _name_of(named[0], book, opening)
    run = lead.group("run")
    return run if run.lower() in PLACE_NAMES else None


def _who(mention: Mention) -> bool:
    """True for a name that can issue a paper: a body's or a person's, not a place's."""
    return bool(mention.name) and (mention.organisation or mention.person)


def _name_of(mention: Mention, book: NameBook, at: int) -> str:
    assert mention.name is not None
    if mention.organisation and len(mention.name.split()) > 1:
        return mention.name
    return book.full_name(mention.name, at)  # "SPLC": the name it stands for


def bare_role(description: str | None, role: str | None) -> bool:
    """True for "the UN envoy", "the one-time chairman of Acme": one person's role with
    the article's "the", not "the charity", "the researchers", "the online persona who"."""
    words_ = (description or "").lower().split()
    return (
        role is not None
        and role not in NOT_PEOPLE
        and not (role.endswith("s") and not role.endswith("ss"))  # "the companies"
        and len(words_) >= 2
        and words_[0] == "the"
        and words_[-1] not in ("who", "which", "that")
    )


def last_to_speak(book: NameBook, start: int, unnamed: int, role: str) -> Mention | None:
    """The last person a speech verb went with in the few sentences before ``start``
    ("Donald Regan ... said ... '...,' the one-time chairman of Merrill Lynch said"); None
    when someone unnamed spoke since ("a spokesman said"), when another person is named in a
    later sentence ("... Sturgeon painted a picture ...", "the SNP leader said"), or when
    the role itself was someone's since ("The caller then said ...", "the caller said")."""
    text = book.text
    later: list[tuple[int, str]] = []
    for mention in reversed(book.between(max(0, start - _ROLE_LOOKBACK, unnamed + 1), start)):
        if mention.organisation or not mention.name:
            continue
        surname = mention.name.split()[-1].lower()
        if mention.name.lower() in PLACE_NAMES | GROUP_NOUNS or surname in PLACE_WORDS:
            continue  # "China", "Northern Ireland", "Officials": not who spoke
        if mention.person and book.spoke(mention):
            stop = _SENTENCE_STOP.search(text, mention.start, start)
            after = stop.end() if stop else start  # the sentences after the speaker's
            opening = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start))
            if any(at >= after and name != surname for at, name in later) or re.search(
                rf"\b{re.escape(role)}\b", text[opening + 1 : start], re.I
            ):  # "A Japanese trader in Peking said ... '...,' the trader said"
                return None
            return mention
        later.append((mention.start, surname))
    return None


_SENTENCE_STOP = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z])")

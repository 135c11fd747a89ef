"""Counts and empty lists said in words, the same in the CLI and the reader (re-exported by
`index.models`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from index.skip_count import files_and_records, is_note, is_record_path, skipped_words

if TYPE_CHECKING:
    from index.models import BuildReport, Progress, RelatedArticle

COMMON_WORDS_ONLY = "shared common words only"
"""The why of a related article that shares no telling word and no passage: alike in the
words many articles use, and in wire units ("mln") left out of the why (sm32: it read
"alike in lighter words only", fx35a #5)."""


def counted(number: int, noun: str, plural: str = "") -> str:
    """A count with its noun, singular or plural: "1 article", "3,781 articles"."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


def quotes_found_in(query: str, found_in: int, source: str | None = None) -> str:
    """The heading over the quotes of the ``found_in`` articles ``query`` finds (of
    ``source``), listed because none of its quotes match in their own words or speaker
    (`Library.articles_quotes`): the reader's quotes panel and `broadsheet quotes` say it
    alike (nu77 #1)."""
    carried = f", carried by {source}" if source else ""
    return (
        f"Quotes in the {counted(found_in, 'article')} the query {query.strip()!r} "
        f"finds{carried} (no quote's own words or speaker match it)"
    )


NOT_FOUND = "not found in the text now"
"""A highlight whose passage is not found in its article's current text, said the same by
`notes`, the reader, the exported memo and the update (nu57 #6: it was said three ways)."""


CHANGED = "as highlighted: the text changed there"
"""A fuzzy highlight: its words as highlighted, the article's text reworded in it or around
it since (the words found elsewhere than in their old context), said the same by `notes`,
the notebook screen and the memo (it said "worded differently now" of a passage whose words
were all still there: nu57 #2)."""


def highlights_changed_said(fuzzy: int, lost: int, lists: str = "`broadsheet notes`") -> str:
    """What an update changed in the notebook's highlights, one line ("" for nothing): "2
    highlights found in changed text, 1 not found in the text now (`broadsheet notes` lists
    them)" (nu57 #3: only `b`, `notes` or the article told); ``lists``: what lists them (the
    reader: its notebook)."""
    parts = [f"{counted(fuzzy, 'highlight')} found in changed text"] if fuzzy else []
    if lost:
        lost_said = f"{lost:,}" if fuzzy else counted(lost, "highlight")
        parts.append(f"{lost_said} {NOT_FOUND}")
    if not parts:
        return ""
    them = "it" if fuzzy + lost == 1 else "them"
    return f"{', '.join(parts)} ({lists} lists {them})"


def highlights_said(found: int, lost: int) -> str:
    """Highlights counted as the reader and the CLI say them: the ones found in the text, and
    those not found said apart ("2 highlights · 1 not found", "1 highlight not found"), as a
    bare count of an orphaned one read as a passage lit in the text (nu28 #7); "" for none."""
    parts = [counted(found, "highlight")] if found else []
    if lost:
        parts.append(f"{lost:,} not found" if found else f"{counted(lost, 'highlight')} not found")
    return " · ".join(parts)


def progress_count(step: Progress) -> tuple[str, int, int]:
    """What a build's bar counts: ``("records", read, of)`` while the one file of a corpus
    of one JSON Lines file is read (`Progress.records`: the bar stood at 0/1 till the file
    was all read, nu28 #9), else ``("files", done, total)``."""
    if step.records is not None and step.total == 1 and step.done == 0:
        return ("records", *step.records)
    return ("files", step.done, step.total)


def no_stories(articles: int) -> str:
    """Why a corpus of ``articles`` articles lists no story, in a line: not a bare "No stories"."""
    if articles <= 0:
        return "No stories: the index has no articles yet."
    alone = "this article stands" if articles == 1 else f"these {articles:,} articles each stand"
    return f"No stories yet: a story needs two articles on the same event; {alone} alone."


def copies_note(copies: int) -> str:
    """Beside a count of articles that counts each text once: " (1 exact copy)", or ""."""
    return f" ({counted(copies, 'exact copy', 'exact copies')})" if copies else ""


def build_summary(report: BuildReport) -> str:
    """What a build did, in one line ("1,204 articles indexed, 2 files skipped in 3.1 s"); its
    articles counted as the reader, search and `index status` count them: a text once, its
    exact copies beside ("142 articles indexed (1 exact copy)": nu25 #11)."""
    skips = [skip for skip in report.skipped if not is_note(skip)]
    notes = len(report.skipped) - len(skips)
    skipped = f", {skipped_words(skips)} skipped" if skips else ""
    if notes:  # a bad field left out of a file indexed all the same (rv23): no file skipped
        skipped += f", {counted(notes, 'unreadable part')} left out"
    same = copies_note(report.copies)
    if report.full:
        once = counted(report.indexed - report.copies, "article")
        # nu53 #3: "18,765 articles indexed (278 exact copies)" of a 19,043-record corpus:
        # were the copies counted, records skipped? The sum with the copies says it
        both = f": {report.indexed:,} with the copies{'' if skips else ', none skipped'}"
        return f"{once} indexed{same}{skipped} in {report.seconds:.1f} s{both if same else ''}"
    if report.added is None or report.changed is None or report.removed is None:
        done = f"{counted(report.indexed, 'article')} added or changed, {report.deleted:,} removed"
    else:
        done = (
            f"{counted(report.added, 'article')} added, {report.changed:,} changed, "
            f"{report.removed:,} removed"
        )
    n = report.files
    files = f"; files: {n[0]:,} new, {n[1]:,} changed, {n[2]:,} deleted" if any(n) else ""
    return (
        f"{done}{skipped}, {counted(report.unchanged, 'file')} unchanged{files} "
        f"({report.seconds:.2f} s); {counted(report.total - report.copies, 'article')} in all{same}"
    )


def in_all_said(report: BuildReport, total: int, records: int) -> str:
    """An update's line on what is skipped in all (``total`` files and records, ``records``
    of them records) when earlier builds skipped some too, in the build's words ("4 files
    and 3 records skipped in all: 1 file and 3 records now, 3 files by earlier builds";
    nu27 #7: it said "7 files"); "" when all were skipped now (the list above says them)."""
    now = [skip.path for skip in report.skipped if not is_note(skip)]  # no part left out
    if report.full or total <= len(now):
        return ""
    records_now = sum(map(is_record_path, now))
    records = max(records, records_now)  # an engine that counts no records: by count alone
    earlier = files_and_records(total - len(now) - records + records_now, records - records_now)
    said = f"in all: {files_and_records(len(now) - records_now, records_now)} now, {earlier}"
    whole = files_and_records(total - records, records)
    return (
        f"{whole} skipped {said} by earlier builds" if now else f"{whole} skipped by earlier builds"
    )


NAME_PARTICLES = frozenset(
    {"abu", "bin", "ibn", "bint", "van", "von", "der", "den", "del", "des", "dos", "das"}
)
"""Particles of names, a telling word in no language: "al" of "al-Sabah" and "Al Ahram"
(its own word once the hyphen splits it), "bin", "van", "von" (nu80 #4: `opec, al`)."""


def telling_term(term: str) -> bool:
    """Whether a shared term says why two articles are related: longer than two letters
    and no name's particle (`NAME_PARTICLES`), or a shorter one the articles write in
    capitals ("UK", "EC": `index.analysis.story_view.telling_terms` gives it so) or a
    number ("18"); not the "al", "el", "de", "la" of names split at a hyphen or a space."""
    if len(term) <= 2:
        return term.isupper() or term.isdigit()  # nu82: "uk", "ec", "18" were hidden
    return term.casefold() not in NAME_PARTICLES


def related_reasons(related: RelatedArticle) -> str:
    """Why an article is related, in a few words: "same story; same day; strike, port";
    "4 days later"; `COMMON_WORDS_ONLY` with no passage nor telling word (nu31 #2)."""
    return "; ".join(", ".join(items) for items in related_reason_parts(related))


def related_reason_parts(related: RelatedArticle) -> list[tuple[str, ...]]:
    """`related_reasons` before it is joined: each reason, as the phrases it lists (the
    telling words, one a word; any other, one), so that a reader wraps the why between
    them, never inside "4 days later" (nu77)."""
    flags = {"same story": related.same_story, "shared passage": related.shared_passage}
    reasons: list[tuple[str, ...]] = [
        (r,) for r, f in (flags | {"same day": related.same_day}).items() if f
    ]
    terms = [term for term in related.shared_terms if telling_term(term)]
    if terms:
        reasons.append(tuple(terms[:4]))
    elif not (related.same_story or related.shared_passage):
        reasons.insert(0, (COMMON_WORDS_ONLY,))
    if related.days_apart and not related.same_day:
        n, later = abs(related.days_apart), "later" if related.days_apart > 0 else "earlier"
        reasons.append((f"{n} day{'s' * (n > 1)} {later}",))
    return reasons


def undated_left_words(left: int) -> str:
    """What the CLI (on stderr) and the reader's status line say of the matches a date filter
    left out for having no date (`Library.undated_left_out`, nu42 #5): "1 undated match left
    out (no date in the text)"."""
    return f"{counted(left, 'undated match', 'undated matches')} left out (no date in the text)"


DATES_FROM = "dates come from the text or a NAME.meta.toml sidecar: README, Corpora"
"""Where an article's date comes from, said where most of a corpus has none (nu46 #2: a
wire that says "March 3" with no year is undated, and nothing pointed to the sidecar). A
file's time is never its date: a saved file's time is not the article's."""


def mostly_undated(undated: int | None, articles: int | None) -> bool:
    """True when over half of a corpus's ``articles`` have no date (`IndexStatus.undated`):
    then `index status` and the reader say where dates come from (`undated_said`)."""
    return bool(undated and articles and undated * 2 > articles)


def undated_said(undated: int, articles: int) -> str:
    """`index status`'s "undated" line, and the reader's note once, when most articles have
    no date: "2,972 of 2,972 articles have no date in their text (dates come from ...)"."""
    have = "has no date in its text" if undated == 1 else "have no date in their text"
    return f"{undated:,} of {counted(articles, 'article')} {have} ({DATES_FROM})"


QUOTE_MARKS = frozenset("\"“”„‟«»‹›'‘’‚‛「」『』")
"""Quotation marks of any style (straight and curly; English, German, French, Swiss, CJK), at
either end: „…“, »…«, ”…” and 「…」 each open and close a quote in some language."""

_SINGLE = frozenset("'‘’‚‛‹›")
"""The single marks: a straight ' or a ’ between two letters is an apostrophe (don't)."""

_CLOSES = {
    **{"“": '”"', '"': '”"', "„": '“”"', "‟": "”", "«": "»", "»": "«", "「": "」"},
    **{"『": "』", "‘": "’'", "'": "’'", "‚": "‘’", "‛": "’", "‹": "›", "›": "‹"},
}
"""The marks that may open a quotation, each with the marks that close it (German „…“ and
‚…‘, Danish »…«, besides “…” and ‘…’)."""

_OPENS_AFTER = frozenset(" \t\n([{—–-/“‘„‚«‹「『")
"""What a straight mark opens after (else it closes): a space, a bracket, a dash, an opening
mark (“"Rebuild" is the word,” he said)."""


def mark_pairs(text: str) -> dict[int, int]:
    """Where ``text``'s quotation marks pair up: each opening mark's place to its closing
    one's, and back; a lone mark (`5" pipe`, a quote the passage starts within) is in none.
    Double and single marks pair apart (“a ‘b’ c”); a straight mark opens at the start or
    after `_OPENS_AFTER`, and closes elsewhere, as “ or ‘ inside German „…“ or ‚…‘ does
    (rv77: „“Nein” sagte er“ paired „“ and was wrapped again); a single mark between two
    letters or digits is an apostrophe (don't, O’Neill) and pairs with nothing."""
    stacks: dict[bool, list[int]] = {False: [], True: []}
    pairs: dict[int, int] = {}
    for at, char in enumerate(text):
        if char not in QUOTE_MARKS:
            continue
        before, after = text[at - 1 : at] or " ", text[at + 1 : at + 2] or " "
        single = char in _SINGLE
        if single and before.isalnum() and after.isalnum():
            continue
        stack = stacks[single]
        # a straight mark's place, never the text's last (ci140 drew „/“: “ after a slash
        # opened), or right after one that opened, before a word ('""Rebuild" is…"': rv77,
        # fx170's oracle drew '""0" 0"')
        opens = before in _OPENS_AFTER and at + 1 < len(text)
        opens = opens or (after.isalnum() and any(s[-1:] == [at - 1] for s in stacks.values()))
        either = char in "\"'" or (char in "“‘" and text[stack[-1]] in "„‚" if stack else False)
        if stack and char in _CLOSES[text[stack[-1]]] and not (either and opens):
            opened = stack.pop()
            pairs[opened], pairs[at] = at, opened
        elif char in _CLOSES and (char not in "\"'" or opens):
            stack.append(at)
    return pairs


def quoted(passage: str, shown: str | None = None) -> str:
    """``shown`` (``passage``, or an excerpt of it), spaces at its ends aside, in one pair of
    marks, the same wherever a kept passage is shown (fx170: the notebook showed “"In order…,
    “‘He made it…’ he said.” and "At this point…"): “…” around it, its double marks that pair
    up single inside (`nested`); lone marks at either end of ``passage`` (a quotation it
    starts or ends within) left out; a passage in a pair of marks of its own (“…”, «…», „…“)
    shown in those, not in “…” again (nu60 #8: ““…””), a straight "…" curled. For display
    only: the stored passage, and the exports' exact text, are unchanged."""
    bare = passage.strip()
    text = bare if shown is None else shown.strip()
    whole = text[-1:] == bare[-1:]  # ``shown`` ends where the passage does (not cut short)
    pairs = mark_pairs(bare)
    if len(bare) > 1 and (pairs.get(0) == len(bare) - 1 or _singles_around(bare)):
        english = bare[0] in '"“' and bare[-1] in '"”'  # a straight "…" curled
        opening, closing = ("“", "”") if english else (bare[0], bare[-1])
        closing = "“" if closing == '"' else closing  # „…" as „…“
        inside = text[1:-1] if whole else text[1:]
        return opening + (_inner(inside) if english else inside) + closing
    core = _trimmed(text, _lone_run(bare, pairs, 1), _lone_run(bare, pairs, -1) if whole else 0)
    return f"“{_inner(core) if core else text}”"  # only marks: as they are (fb43: '"' kept)


def _singles_around(bare: str) -> bool:
    """Whether ``bare`` opens and closes with single marks of one pair (‘…’): its own pair,
    whatever ’ it holds (an apostrophe, workers’, is no closing mark one can tell apart)."""
    return bare[0] in _SINGLE and bare[-1] in _CLOSES.get(bare[0], "")


def _lone_run(bare: str, pairs: dict[int, int], step: int) -> int:
    """How many marks at ``bare``'s start (``step`` 1) or end (-1), spaces between aside, pair
    with none: the passage starts or ends inside a quotation. A straight ' or ’ there may be
    an apostrophe ('Tis, workers’): it stays. A " after a digit closes a quotation more often
    than it is an inch (by 2025")."""
    count, at = 0, 0 if step == 1 else len(bare) - 1
    while 0 <= at < len(bare) and (bare[at].isspace() or bare[at] in QUOTE_MARKS):
        char, before = bare[at], bare[at - 1 : at]
        if char.isspace():
            at += step
            continue
        if at in pairs or (char in "'’" and (step == 1 or before.isalnum())):  # 'Tis, workers’
            break
        count, at = count + 1, at + step
    return count


def _trimmed(text: str, lead: int, trail: int) -> str:
    """``text`` without its first ``lead`` and last ``trail`` quotation marks (spaces between
    aside), and the spaces at its ends."""
    chars = list(text)
    for step, count in ((1, lead), (-1, trail)):
        at = 0 if step == 1 else len(chars) - 1
        while count and 0 <= at < len(chars):
            if chars[at] in QUOTE_MARKS:
                chars[at], count = "", count - 1
            elif not chars[at].isspace():
                break
            at += step
    return "".join(chars).strip()


_ENGLISH = frozenset('"“”„‟')
"""The double marks `nested` turns single where they pair up: „…“ to ‚…‘, the others to ‘…’."""


def nested(text: str) -> str:
    """``text`` with its double marks turned single, as it reads inside “…”: a passage with a
    mark at one end only (`“We will rebuild,” the mayor said.`) showed as ““We will rebuild,”
    the mayor said.”; typographers set “‘We will rebuild,’ the mayor said.” (fx150). For
    display only: one character for one, the stored passage is unchanged. Only marks that
    pair up (`mark_pairs`: an opening “, " or „, then its closing one) are a quotation inside:
    a lone mark (`5" pipe`, `"`) is left as it is (fb43: a passage '"' was exported as “‘”)."""
    pairs = mark_pairs(text)
    turned = {
        at: ("‚" if text[at] == "„" else "‘") if at < to else ("‘" if text[to] == "„" else "’")
        for at, to in pairs.items()
        if text[at] in _ENGLISH and text[to] in _ENGLISH
    }
    return "".join(turned.get(at, char) for at, char in enumerate(text))


_LONE_SINGLE = {"“": "‘", "”": "’", "„": "‚", "‟": "‛"}
"""A lone curly double mark inside “…” and the single one it reads as."""


def _inner(text: str) -> str:
    """``text`` as it reads inside “…”: `nested`, and a lone double mark single too (rv77: a
    paragraph of a quote running on, `The mayor said: “We will rebuild.`, read “The mayor
    said: “We will rebuild.”). A lone straight " is turned only where it reads as a quote's
    opening (before a letter, at the start or after `_OPENS_AFTER`) or closing (after a
    letter or a stop, before a space or the end); after a digit it is an inch (`5" pipe`).
    Two or more lone straight ones stay: a pair written with a space inside ("Burn the
    Witch, " Radiohead) is no quotation half turned."""
    turned = nested(text)
    chars = [_LONE_SINGLE.get(char, char) for char in turned]
    for at, char in enumerate(turned):
        if char != '"' or turned.count('"') > 1:
            continue
        before, after = turned[at - 1 : at] or " ", turned[at + 1 : at + 2] or " "
        if before in _OPENS_AFTER and after.isalpha():
            chars[at] = "‘"
        elif (before.isalpha() or before in ".,;:!?…") and (after.isspace() or after in ",.;:"):
            chars[at] = "’"
    return "".join(chars)

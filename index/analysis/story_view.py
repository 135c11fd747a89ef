"""Stories as people ask for them: found by a query, limited to dates, told as a timeline."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import datetime

from index.analysis.stories import Related, StoryModel
from index.analysis.words import PRONOUN_FORMS, STOPWORDS
from index.first_dated import outlet_order, precise_order
from index.models import (
    Article,
    Hit,
    RelatedArticle,
    Story,
    StoryDay,
    StoryLag,
    StoryMember,
    StoryTimeline,
)
from index.story_models import earliest
from index.when import has_time
from index.wording import telling_term


def within(story: Story, since: datetime | None, until: datetime | None) -> bool:
    """True when the story ran at some time between ``since`` and ``until`` (either may be
    None); an undated story is within only when neither is given."""
    if since is None and until is None:
        return True
    if story.start is None or story.end is None:
        return False
    return (since is None or story.end >= since) and (until is None or story.start <= until)


def ranked_by_hits(
    model: StoryModel, hits: Iterable[Hit], min_articles: int, keep: Collection[str] = ()
) -> list[Story]:
    """The stories of the articles that matched a query, best first (those ``keep`` names
    whatever their size, the others of ``min_articles`` or more).

    A story scores the sum of its matching articles' scores (each at least a small
    amount, so that an unranked search still counts matches): a story many of whose
    articles match well comes before one that a single article mentions.
    """
    scores: dict[str, float] = {}
    for hit in hits:
        story_id = model.story_of(hit.id)
        if story_id is not None:
            scores[story_id] = scores.get(story_id, 0.0) + max(hit.score, 1e-3)
    found = []
    least = max(min_articles, 1)
    for story_id, score in scores.items():
        # sized first: a story too small is never made (nor kept by the model: issue 21,
        # a query's thousands of articles alone made thousands of stories no list shows)
        smallest = 1 if story_id in keep else least
        story = model.story(story_id) if model.size(story_id) >= smallest else None
        if story is not None and story.size >= smallest:
            found.append((score, story))
    found.sort(key=lambda pair: (-pair[0], -pair[1].size, pair[1].id))
    return [story for _, story in found]


def member(article: Article) -> StoryMember:
    """An article as a story lists it."""
    return StoryMember(article.id, article.title, article.source, article.date, article.url)


def timeline(story: Story, members: Sequence[StoryMember]) -> StoryTimeline:
    """The story told in time: its articles, articles per day per outlet, each outlet's lag.

    Args:
        story: The story.
        members: Its articles, in the story's order (oldest first, undated last).
    """
    days = Counter((m.date.date(), m.source) for m in members if m.date is not None)
    per_day = tuple(
        StoryDay(day, source, count)
        for (day, source), count in sorted(days.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))
    )
    # who was first: the earliest dated article of a known outlet (`StoryTimeline.first`)
    lead = earliest(members)
    first = lead.date if lead is not None else None
    lead_source = lead.source if lead is not None else None
    seen: dict[str, datetime] = {}
    for m in members:
        if m.source and m.date is not None and m.source not in seen:
            seen[m.source] = m.date
    # the first article's outlet leads even when another ran at the same time (a date
    # without a time ties every outlet of the day): the reader and `story` call it first
    # then in the story's one order (st47, nu51 #8: a time before a day alone, then by name)
    in_order = sorted(
        seen.items(),
        key=lambda kv: (kv[0] != lead_source, precise_order(kv[1]), outlet_order(kv[0])),
    )
    lags = tuple(StoryLag(source, _hours(first, when)) for source, when in in_order if first)
    return StoryTimeline(story, tuple(members), per_day, lags)


def _hours(first: datetime, when: datetime) -> float:
    """Hours from the first article to ``when``: between two times, to a tenth; when either
    is a day alone, 24 a day between their days (never below 0: a day alone on the first's
    day ties with it, nu38 #8)."""
    if has_time(first) and has_time(when):
        return round((when - first).total_seconds() / 3600, 1)
    return 24.0 * (when.date() - first.date()).days


def plain_terms(terms: tuple[str, ...]) -> tuple[str, ...]:
    """Shared words as a person reads them: without a possessive "'s" (nu17: "nam's",
    "malaysia's"), each once, in their order."""
    plain = (re.sub(r"['’]s$", "", term) or term for term in terms)
    return tuple(dict.fromkeys(plain))


_JARGON = re.compile(
    r"\d|^(?:mln|bln|pct|cts|dlrs?|shrs?|qtrs?|revs?|mths?|oper|avg|vs|pts?|yrs?|wks?)$"
)
"""A term with a digit ("88", "1986/87") or a wire's unit or abbreviation ("mln", "pct",
"cts", "dlrs", "shr", "qtr"), unless a text writes it as a name ("SRA", "Yulo"); short
words of a title ("oil", "war", "tax") stay."""


_NOT_TELLING = STOPWORDS | PRONOUN_FORMS
"""Words that say nothing of what two articles share, however written (nu74: "same day; us",
the pronoun, or the US of two titles: a word of every other article)."""


def telling_terms(terms: tuple[str, ...], one: Article, other: Article) -> tuple[str, ...]:
    """The shared terms that say what two articles share (nu32 #5: "mln", "crop" alone):
    names, written with a capital inside a sentence of either text ("Yulo", "ICO"), and
    words of either title ("quota" of "ICO QUOTA TALKS") that are no unit or abbreviation
    (`_JARGON`), in their order; never a stop word or a pronoun (`_NOT_TELLING`). A number
    is one when both titles hold it; a short word written in capitals is given so
    (`_as_written`). Shown, not scored: the order and scores stay. Only words the why shows
    (`index.wording.telling_term`): `related --json` listed "gd" of two "<GD>" titles where
    the dialog said "shared common words only" (nu85: 74 of 4,764 Reuters rows differed)."""
    texts = one.body + "\n" + other.body
    titles = [(a.title or "").lower() for a in (one, other)]

    def name(term: str) -> bool:
        written = re.compile(rf"(?<![.!?\n]\s)(?<!^)\b{re.escape(term)}\b", re.I | re.M)
        return any(m.group()[0].isupper() for m in written.finditer(texts))

    def titled(term: str) -> bool:
        held = [bool(re.search(rf"\b{re.escape(term)}\b", title)) for title in titles]
        if term.isdigit():
            return all(held)  # "18" of two "OPEC WANTS 18 DLR OIL PRICE" titles (nu82)
        return not _JARGON.search(term) and any(held)

    told = (t for t in terms if t.lower() not in _NOT_TELLING)
    shown = (_as_written(t, texts) for t in told if name(t) or titled(t))
    return tuple(t for t in shown if telling_term(t))


def _as_written(term: str, texts: str) -> str:
    """``term``, in capitals when it is a word of two letters or fewer that ``texts`` write
    so ("uk" of "the UK", "ec" of "the EC"), which the why shows; the particle of a name
    ("al" of "al-Sabah", "Al Ahram") stays in lower case, and is not shown (nu82)."""
    if len(term) > 2 or not term.isalpha():
        return term
    upper = term.upper()
    return upper if re.search(rf"(?<!\w){re.escape(upper)}(?!\w)", texts) else term


def related_article(
    related: Related,
    article: Article,
    asked: datetime | None,
    asked_article: Article,
    passage: PassageTest | None = None,
) -> RelatedArticle:
    """A related article with what a person reads of it; ``asked`` is the date of the
    article it is related to (``asked_article``); ``passage``, the asked article's
    `PassageTest` when several rows share it (made here otherwise)."""
    if passage is None and not related.shared_passage:
        passage = PassageTest(asked_article)
    apart = (article.date.date() - asked.date()).days if article.date and asked else None
    return RelatedArticle(
        id=related.id,
        title=article.title,
        source=article.source,
        date=article.date,
        score=related.score,
        same_story=related.same_story,
        shared_terms=telling_terms(plain_terms(related.shared_terms), asked_article, article),
        shared_passage=related.shared_passage or (passage is not None and passage.shares(article)),
        same_day=related.same_day,
        likeness=related.likeness,
        days_apart=apart,
    )


class PassageTest:
    """Whether ``compare`` would list a verbatim passage of an article and the asked one: a
    run of `MIN_PASSAGE_WORDS` words or more, case and punctuation aside (nu54 #10: `related`
    said "same story; same day" of a BBC report `compare` showed sharing ten words with the
    asked one; the story model's flag reads runs of 8+ words in its candidates and
    quotations of 12+ only).

    ``compare.shared_passages`` lists a passage exactly when the two texts share one
    n-gram of that many words, so the asked article's n-grams are made once and each
    other body is read until its first shared one (rv58: `shared_passages` per row, both
    texts read and every run extended, made `related --limit 50` on newsarticles 32 / 51 /
    255 ms CPU p50 / mean / max; so, 13 / 18 / 58, the same rows flagged).
    """

    def __init__(self, asked: Article) -> None:
        from index.analysis.passages import MIN_PASSAGE_WORDS  # not compare's heavy imports

        self.asked = asked
        self.n = MIN_PASSAGE_WORDS
        self._grams: frozenset[tuple[str, ...]] | None = None

    def shares(self, other: Article) -> bool:
        """True when ``other`` and the asked article share a passage (never with itself)."""
        if other.id == self.asked.id or not other.body or not self.asked.body:
            return False
        if self._grams is None:
            words = _words(self.asked.body)
            self._grams = frozenset(_ngrams(words, self.n))
        grams = self._grams
        return any(gram in grams for gram in _ngrams(_words(other.body), self.n))


def _words(text: str) -> list[str]:
    from index.analysis.words import WORD, norm_word

    return [norm_word(word) for word in WORD.findall(text)]


def _ngrams(words: list[str], n: int) -> Iterator[tuple[str, ...]]:
    return (tuple(words[i : i + n]) for i in range(len(words) - n + 1))

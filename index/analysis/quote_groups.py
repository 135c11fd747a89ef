"""The same quotation across articles: groups kept up to date as articles come and go.

A `QuoteIndex` holds the quotes of each article (extracted once) and puts every quote into
a region of quotes linked by the same words (`quote_links`: equal after normalisation,
lightly edited, or clipped), and splits each region into groups by a rule that depends on
the region's quotes alone: a clip inside two different quotations joins neither. Adding or
removing an article touches only the regions its quotes reach; the whole state goes to and
from JSON, so it can be kept with an index generation.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from index.analysis.quote_candidates import SHORT, candidates
from index.analysis.quote_change import Change, difference
from index.analysis.quote_cited import cited_words
from index.analysis.quote_grouped import Occurrence, QuoteGroup
from index.analysis.quote_links import components, same_quotation, split
from index.analysis.quote_links import loose as _loose
from index.analysis.quote_links import shingles as _shingles
from index.analysis.quotes import Quote, quotation_text
from index.first_dated import listed_order, moment, outlet_order, timed_days

__all__ = ["Change", "Occurrence", "QuoteGroup", "QuoteIndex", "same_quotation"]

Key = tuple[str, int]


class _Entry:
    """One article's outlet, date and quotes; read from JSON, its quotes are made only when
    asked for (an update asks for few), and written back as they were read."""

    __slots__ = ("_quotes", "date", "raw", "source")

    def __init__(
        self,
        source: str | None,
        date: str | None,
        quotes: tuple[Quote, ...] | None,
        raw: list[dict[str, Any]] | None = None,
    ) -> None:
        self.source = source
        self.date = date
        self._quotes = quotes
        self.raw = raw

    @property
    def quotes(self) -> tuple[Quote, ...]:
        if self._quotes is None:
            self._quotes = tuple(Quote.from_json(q) for q in self.raw or ())
        return self._quotes

    def __len__(self) -> int:
        return len(self.raw) if self._quotes is None and self.raw is not None else len(self.quotes)

    def to_json(self) -> list[dict[str, Any]]:
        if self.raw is not None:
            return self.raw
        return [q.to_json() for q in self.quotes]


def _date_text(date: datetime | str | None) -> str | None:
    return date if date is None or isinstance(date, str) else date.isoformat()


class QuoteIndex:
    """Quotes per article and their groups across articles, updated incrementally."""

    def __init__(self) -> None:
        """An empty index."""
        self._articles: dict[str, _Entry] = {}
        self._words: dict[Key, tuple[str, ...]] = {}
        self._region_of: dict[Key, int] = {}
        self._regions: dict[int, set[Key]] = {}  # linked quotes: the groups' reach
        self._split: dict[int, list[set[Key]]] = {}  # a region's groups, once asked for
        self._shingles: dict[int, set[Key]] = defaultdict(set)
        self._short: set[Key] = set()  # quotes of `SHORT` words or fewer (`_candidates`)
        self._loose: set[Key] = set()  # the last `_candidates` call's loose ones (`LOOSE`)
        self._next = 0
        self._changed: set[int] = set()  # regions made or changed since `from_json`

    def __len__(self) -> int:
        """How many articles it holds."""
        return len(self._articles)

    def __contains__(self, article: object) -> bool:
        """True when the article's quotes are held."""
        return article in self._articles

    def quotes(self, article: str) -> tuple[Quote, ...]:
        """The quotes of one article (empty when it is not held)."""
        entry = self._articles.get(article)
        return entry.quotes if entry else ()

    def add_article(
        self,
        article: str,
        source: str | None,
        date: datetime | str | None,
        quotes: Iterable[Quote],
        words_of: Sequence[tuple[str, ...]] | None = None,
    ) -> None:
        """Add (or replace) an article's quotes and put each into its group.

        Args:
            article: The article's id.
            source: Its outlet.
            date: Its date.
            quotes: Its quotes, as ``extract_quotes`` gives them.
            words_of: Each quote's ``words``, when they were found already.
        """
        if article in self._articles:
            self.remove_article(article)
        entry = _Entry(source, _date_text(date), tuple(quotes))
        self._articles[article] = entry
        for i, quote in enumerate(entry.quotes):
            key = (article, i)
            words = quote.words if words_of is None else words_of[i]
            self._words[key] = words
            own = _shingles(words)
            self._loose.clear()
            joined = self._joined(words, self._candidates(key, words, own), self._loose)
            self._index(key, words, own)
            if not joined:
                self._new_region({key})
                continue
            target = min(joined, key=lambda g: (-len(self._regions[g]), g))
            self._regions[target].add(key)
            self._region_of[key] = target
            self._changed.add(target)
            self._split.pop(target, None)
            for other in joined - {target}:  # this quote links two regions: one now
                self._split.pop(other, None)
                for member in self._regions.pop(other):
                    self._region_of[member] = target
                    self._regions[target].add(member)

    def remove_article(self, article: str) -> None:
        """Drop an article's quotes; regions they held together are split again if need be."""
        entry = self._articles.pop(article, None)
        if entry is None:
            return
        touched: set[int] = set()
        for i in range(len(entry)):
            key = (article, i)
            words = self._words.pop(key)
            self._short.discard(key)
            for sh in _shingles(words):
                bucket = self._shingles.get(sh)
                if bucket is not None:
                    bucket.discard(key)
                    if not bucket:
                        del self._shingles[sh]
            region = self._region_of.pop(key)
            self._regions[region].discard(key)
            touched.add(region)
        for region in touched:
            members = self._regions.pop(region)
            self._split.pop(region, None)
            for component in components({k: self._words[k] for k in members}):
                self._new_region(component)

    def group_at(self, article: str, start: int, end: int) -> str | None:
        """The id of the group of the quote of ``article`` that overlaps ``start:end`` most."""
        entry = self._articles.get(article)
        if entry is None:
            return None
        best: tuple[int, int] | None = None
        for i, q in enumerate(entry.quotes):
            overlap = min(end, q.end) - max(start, q.start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, i)
        if best is None:
            return None
        key = (article, best[1])
        group = next(g for g in self._groups_in(self._region_of[key]) if key in g)
        return self._gid(group)

    def groups(self, min_articles: int = 1) -> list[QuoteGroup]:
        """Every group carried by at least ``min_articles`` articles, most carried first."""
        out = []
        for region in self._regions:
            for members in self._groups_in(region):
                if len({a for a, _ in members}) >= min_articles:
                    out.append(self._group(members))
        out.sort(key=lambda g: (-len(g.articles), g.first, g.id))
        return out

    def changes(self) -> tuple[list[QuoteGroup], set[str]]:
        """What changed since the index was read (`from_json`): the groups made or changed
        (as `groups` gives them), and the ids of the groups left exactly as they were.

        A group left as it was has the same members, so the same id and the same form:
        what was kept of it need not be computed again. Every group of a region a change
        reached counts as changed.
        """
        touched = [r for r in self._changed if r in self._regions]
        changed = [self._group(g) for r in touched for g in self._groups_in(r)]
        kept = {
            self._gid(g)
            for r in self._regions
            if r not in self._changed
            for g in self._groups_in(r)
        }
        return changed, kept

    def to_json(self) -> dict[str, Any]:
        """The whole index as JSON-ready data (``from_json`` reads it back, no recomputing)."""
        articles = {
            aid: {
                "source": e.source,
                "date": e.date,
                "quotes": e.to_json(),
                # each quote's words, so that reading this back need not find them again
                "words": [" ".join(self._words[(aid, i)]) for i in range(len(e))],
            }
            for aid, e in self._articles.items()
        }
        regions = [
            sorted([a, i] for a, i in members) for members in self._regions.values() if members
        ]
        return {"version": 1, "articles": articles, "groups": regions}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QuoteIndex:
        """Read an index written by ``to_json``."""
        index = cls()
        for aid, e in data["articles"].items():
            entry = _Entry(e.get("source"), e.get("date"), None, e["quotes"])
            index._articles[aid] = entry
            kept = e.get("words")
            if not kept or len(kept) != len(entry):  # written before words were kept
                kept = [" ".join(q.words) for q in entry.quotes]
            for i, words in enumerate(kept):
                key = (aid, i)
                index._words[key] = tuple(words.split())
                index._index(key, index._words[key])
        for members in data["groups"]:  # regions (the groups of single-link grouping)
            index._new_region({(str(a), int(i)) for a, i in members})
        index._changed.clear()
        return index

    # --- internals -----------------------------------------------------------------------

    def _candidates(self, key: Key, words: tuple[str, ...], own: set[int]) -> list[Key]:
        """The quotes to compare with ``key``'s (`quote_candidates`; `StoredQuotes` has its
        own); those that share fewer shingles, but `LOOSE` or more, are left in
        ``self._loose``."""
        return candidates(key, words, own, self._shingles, self._short, self._words, self._loose)

    def _joined(self, words: tuple[str, ...], close: list[Key], loose: set[Key]) -> set[int]:
        """The regions of the ``close`` quotes that are the same quotation as ``words``, and
        of the ``loose`` ones that are renderings of it (`quote_links.loose`): one such
        quote of a region is enough, so the others of a region joined already are not
        compared (a quotation reprinted 400 times: 400 comparisons, not 80,000)."""
        joined: set[int] = set()
        for others, alike in ((close, same_quotation), (loose, _loose)):
            for other in others:
                region = self._region_of.get(other)
                if (region is None or region not in joined) and alike(words, self._words[other]):
                    joined.add(self._region_of[other])
        return joined

    def _index(self, key: Key, words: tuple[str, ...], own: set[int] | None = None) -> None:
        for sh in _shingles(words) if own is None else own:
            self._shingles[sh].add(key)
        if len(words) <= SHORT:
            self._short.add(key)
        else:
            self._short.discard(key)

    def _new_region(self, members: set[Key]) -> None:
        rid = self._next
        self._next += 1
        self._changed.add(rid)
        self._regions[rid] = set(members)
        for m in members:
            self._region_of[m] = rid

    def _groups_in(self, region: int) -> list[set[Key]]:
        """The groups of a region (`quote_links.split`), found once while it stays."""
        found = self._split.get(region)
        if found is None:
            members = self._regions[region]
            if len(members) == 1:
                found = [set(members)]
            else:
                words = {k: self._words[k] for k in members}
                found = split(words, self._speaker, self._date, self._cited, self._outlet)
            self._split[region] = found
        return found

    def _speaker(self, key: Key) -> str | None:
        """Who the article says spoke the quote (what `split` asks of an ambiguous clip)."""
        return self._articles[key[0]].quotes[key[1]].speaker

    def _cited(self, key: Key) -> list[tuple[str, ...]]:
        return cited_words(self._articles[key[0]].quotes[key[1]])  # (what `split` asks)

    def _outlet(self, key: Key) -> str | None:
        return self._articles[key[0]].source  # (what `split` asks of two renderings)

    def _date(self, key: Key) -> str | None:
        """The date of the quote's article (what `split` asks of a short clip)."""
        return self._articles[key[0]].date

    def _region_label(self, region: int) -> str:
        """A region's name on disk (from its least key, as a group's id)."""
        return "r" + self._gid(self._regions[region])[1:]

    def _size(self, key: Key) -> int:
        """A quote's number of words."""
        return len(self._words[key])

    @staticmethod
    def _gid(members: set[Key]) -> str:
        """A group's id: from its least key, so it stays while that member does."""
        first = min(members)
        digest = hashlib.blake2b(f"{first[0]}\0{first[1]}".encode(), digest_size=6)
        return "q" + digest.hexdigest()

    def _group(self, members: set[Key]) -> QuoteGroup:
        if len(members) == 1:
            return self._single(members)
        keys = sorted(members)
        entries = {a: self._articles[a] for a, _ in keys}
        days = {a: entry.date or "" for a, entry in entries.items()}
        timed = timed_days(moment(e.date) for e in entries.values() if e.source)  # (rv47)

        def when(key: Key) -> tuple[Any, ...]:
            # `first_dated`'s order, named first of equals, then by outlet name (`outlet_order`);
            # above the first only earlier ones
            entry, at = entries[key[0]], moment(days[key[0]])
            day = (0, *listed_order(at, bool(entry.source), timed)) if at else (1, days[key[0]])
            return (*day, not entry.source, outlet_order(entry.source), key[0], key[1])

        fullest = (
            keys[0]
            if len(keys) == 1  # most groups: no other form to choose from
            else max(keys, key=lambda k: (len(self._words[k]), [-ord(c) for c in days[k[0]]]))
        )
        full_words = self._words[fullest]
        occurrences: list[Occurrence] = []
        told: list[tuple[str | None, str]] = []
        for key in sorted(keys, key=when):
            entry = entries[key[0]]
            q = entry.quotes[key[1]]
            change, diff = difference(full_words, self._words[key])
            where = (key[0], entry.source, entry.date, q.start, q.end, q.text, q.speaker)
            occurrences.append(Occurrence(*where, change, diff))
            told.append((q.speaker, q.rule))
        # the vote reads the name book (namebook, datelines: ~0.08 CPU s to import), which a
        # read-only `quotes` or `speakers` command never needs: imported when grouping (qp43)
        from index.analysis.quote_vote import voted_speaker

        full_quote = entries[fullest[0]].quotes[fullest[1]]
        speaker = voted_speaker(told, full_quote.speaker)  # "Trump" and "Donald Trump": one
        return QuoteGroup(
            id=self._gid(members),
            text=quotation_text(full_quote.inner),
            speaker=speaker,
            occurrences=tuple(occurrences),
            first=occurrences[0].article,
        )

    def _single(self, members: set[Key]) -> QuoteGroup:
        """`_group` of a quote alone (most groups): its only form, its own speaker."""
        ((article, number),) = members
        entry = self._articles[article]
        q = entry.quotes[number]
        occurrence = Occurrence(
            article, entry.source, entry.date, q.start, q.end, q.text, q.speaker, "same", ()
        )
        return QuoteGroup(
            self._gid(members), quotation_text(q.inner), q.speaker or None, (occurrence,), article
        )

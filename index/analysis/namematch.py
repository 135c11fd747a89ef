"""Names merged across their variants, and which ones the other articles lack.

"Donald J. Trump", "President Trump", "Mr. Trump" and "Trump" in one article are one
entity. A name is missing from another article only when no variant of it is there: the
same words in any case, a compatible full name ("Bill"/"William Clinton"), the surname
alone or with another given name ("Sergei"/"Sergey Kislyak": one outlet spells it so),
the acronym ("UN" for "United Nations") or another form of a place ("Russian"/"Russia").
So an "only in" name errs towards not being called unique.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from index.analysis.capitalruns import capital_runs, opens_sentence
from index.analysis.credit_lines import Credits, outlet_key
from index.analysis.demonyms import is_demonym, not_a_name
from index.analysis.entities import Lexicon, NameMention, find_names, fold, key_words
from index.analysis.firmnames import LINK_WORDS, bare_firm, initialisms, same_firm, spelt_out
from index.analysis.firstnames import first_name_gender
from index.analysis.givenalone import owners as name_owners
from index.analysis.givenalone import titled_persons
from index.analysis.namefragments import tidy
from index.analysis.namekeys import (
    COUNTRY_PREFIXES,
    FROM,
    SPELLINGS,
    first_compatible,
    initials,
    org_like,
    person_like,
    place_of,
    same_person,
    same_stem,
)
from index.analysis.sharedsurnames import People
from index.analysis.speakerdateline import dateline_end
from index.analysis.speechverbs import ORG_WORDS
from index.analysis.words import STOPWORDS, normalize_words, undot, word_set


@dataclass(frozen=True, slots=True)
class Entity:
    """A name one article gives, with all the mentions of it merged.

    Attributes:
        name: The fullest form the article gives ("Donald J. Trump").
        key: That form's matching words (see ``NameMention.key``).
        spans: ``(start, end)`` of every mention, in order.
        acronym: True when the name is only ever an acronym.
    """

    name: str
    key: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    acronym: bool = False


def sentence_cased(title: str) -> bool:
    """True when a word of ``title`` past its first, not a short function word, is in lower
    case ("Kim Jong Nam investigation: ..."), so its capitals mark names; False for a title in
    title case or capitals ("Trump Says Very Dishonest Press Does Not Report")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", title)[1:]
    return any(w[0].islower() and len(w) > 3 and w not in STOPWORDS for w in words)


_LINK_WORDS = LINK_WORDS


@dataclass(frozen=True, slots=True)
class TitleWords:
    """A title's words as a name's key reads them, to ask whether it holds a whole name."""

    words: str
    """Its words' matching forms (`key_words`) joined and padded by spaces."""
    caps: frozenset[str]
    """The matching forms of its capitalised words."""

    @classmethod
    def of(cls, title: str) -> TitleWords:
        tokens = [t.rstrip("'’-") for t in re.findall(r"\w[\w'’.-]*", fold(title))]
        words = " ".join(p for t in tokens for p in key_words(t))
        caps = {p for w in re.findall(r"\b[A-Z][\w'’.-]*", fold(title)) for p in key_words(w)}
        return cls(f" {words} ", frozenset(caps))

    def _run_of(self, key: tuple[str, ...]) -> bool:
        """A run of the title's words that is the name's words in another order ("Justice
        Department" / "Department of Justice") or joined otherwise ("G-7" / "G7")."""
        title = self.words.split()
        wanted = {w for w in key if w not in _LINK_WORDS}
        joined = "".join(key)
        for start in range(len(title)):
            for end in range(start + 1, min(len(title), start + len(key) + 2) + 1):
                run = title[start:end]
                if "".join(run) == joined or (
                    len(key) > 1
                    and {w for w in run if w not in _LINK_WORDS} == wanted
                    and run[0] not in _LINK_WORDS
                    and run[-1] not in _LINK_WORDS
                ):
                    return True
        return False

    def holds(self, key: tuple[str, ...]) -> bool:
        """True when the title writes the whole name ``key``: its words in order, or a
        spelling of its place (a one-word spelling capitalised: "American", not "us")."""
        if len(self.words) <= 2:
            return False
        if f" {' '.join(key)} " in self.words or self._run_of(key):
            return True
        if len(key) == 1 and any(same_stem(key[0], w) for w in self.caps):
            return True  # "Anti-Semitic" for "Semitism"
        if person_like(key) and first_name_gender(key[0]) and key[-1] in self.caps:
            return True  # "Biden gets booster" names Joe Biden: a headline's surname
        return any(
            (f" {s} " in self.words) if " " in s else s in self.caps
            for s in SPELLINGS.get(place_of(key), ())
        )


@dataclass(slots=True)
class ArticleNames:
    """The names of one article, merged, with indexes for asking whether it has a name."""

    entities: list[Entity]
    cap_words: frozenset[str]
    words: str
    _by_last: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    _surnames: set[str] = field(default_factory=set)
    _by_last_or_given: set[str] = field(default_factory=set)
    """The last words of full names, and the first of persons' (`has`'s last resort)."""
    _tokens: set[str] = field(default_factory=set)
    _keys: set[tuple[str, ...]] = field(default_factory=set)
    _singles: set[str] = field(default_factory=set)
    _openers: set[str] = field(default_factory=set)
    """One-word names only ever opening a sentence ("Government said ..."): maybe no name."""
    _places: set[str] = field(default_factory=set)
    _initials: set[str] = field(default_factory=set)
    _firms: set[tuple[str, ...]] = field(default_factory=set)
    """Every name's key without a legal suffix (`bare_firm`)."""
    _by_len: dict[int, list[tuple[str, ...]]] = field(default_factory=dict)
    _stems: dict[str, list[str]] = field(default_factory=dict)
    dateline_end: int = 0
    """Where a dateline opening the text ends ("MEXICO CITY — "): a place, no name it gives."""
    outlet: tuple[str, ...] = ()
    """The article's own outlet, as `outlet_key` reads it: its byline, no name it gives."""
    numbered: frozenset[tuple[str, ...]] = frozenset()
    """Keys of a common word only ever met before a number ("Article III", "Title IX")."""
    title: TitleWords = field(default_factory=lambda: TitleWords.of(""))
    """The article's title, which gives a name only in whole (`TitleWords.holds`)."""
    cap_runs: tuple[frozenset[str], ...] = ()
    """Its runs of capitalised words (`capital_runs`): an organisation's words together."""
    credits: Credits = field(default_factory=Credits)  # bylines, wire credits (nu55 #7)

    @classmethod
    def of(
        cls, text: str, lexicon: Lexicon | None = None, source: str = "", title: str = ""
    ) -> ArticleNames:
        """Find, merge and index the names of ``text``, an article of outlet ``source``.

        Its ``title`` gives a name only when it holds the whole name, its words in order in
        any case, hyphened or spaced, or a place in another spelling ("U.S." for "United
        States"): nu44's CNN "Kim Jong Nam investigation: ..." names him, though its body
        only says "Kim". A word of a name is not the name: "Arizona Senate" gives no "Arizona
        Federal Theatre", "Birthday Party" no "Happy Birthday" (rv46). Title names are never
        listed as names only this article gives: a headline's capitals ("Macron RECALLS
        French", "Senate OKs") are too often no name.
        """
        caps = {part for w in re.findall(r"\b[A-Z][\w'’-]*", text) for part in key_words(w)}
        words = f" {normalize_words(fold(undot(text)))} "
        lexicon = lexicon or Lexicon.of([text])
        mentions = tidy(text, find_names(text, lexicon), lexicon)
        titled = [m.key for m in find_names(title, lexicon) if person_like(m.key)]
        titled = titled_persons(title, titled, (m.key for m in mentions), same_person)
        titled = titled if sentence_cased(title) else []
        names = cls(merge(mentions, titled), frozenset(caps), words, outlet=outlet_key(source))
        names.title = TitleWords.of(title)
        names.cap_runs, names.credits = capital_runs(text), Credits.of(text)
        names.numbered = frozenset(
            e.key
            for e in names.entities
            if (len(e.key) == 1 or (len(e.key) == 2 and _ROMAN.fullmatch(e.key[1])))
            and (e.key[0] in lexicon.lower or e.key[0] in _NUMBERED_WORDS)
            and all(_NUMBERED.match(text, start) for start, _ in e.spans)
        )
        # every dateline the quotes skip (nu55 #6; a wire's with its year, "VIENNA, Austria,
        # 20 March 1987 --", and "RIVERTON, Calif., March 3 -": nu82): none of its words
        names.dateline_end = dateline_end(text, 0)
        by_last: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for e in names.entities:
            names._keys.add(e.key)
            names._tokens.update(e.key)
            names._places.add(place_of(e.key))
            names._firms.add(bare_firm(e.key))
            if len(e.key) == 1:
                names._singles.add(e.key[0])
                if all(opens_sentence(text, start) for start, _ in e.spans):
                    names._openers.add(e.key[0])
            else:
                by_last[e.key[-1]].append(e.key)
                names._initials.add(initials(e.key))
                names._initials.update(i for i in initialisms(e.name) if len(i) >= 3)
                if person_like(e.key):
                    names._surnames.add(e.key[-1])
                    names._by_last_or_given.add(e.key[0])
        names._by_last = dict(by_last)
        names._by_last_or_given.update(by_last)
        for key in names._keys:
            names._by_len.setdefault(len(key), []).append(key)
        return names

    def has(self, entity: Entity, people: People | None = None) -> bool:
        """True when this article gives ``entity`` (of another article) in any variant."""
        key = entity.key
        if people is not None and people.shared(key):
            return people.gives(key, self._by_last.get(key[-1], ()), self.words, self.title.words)
        if self.title.holds(key):
            return True
        if key in self._keys or place_of(key) in self._places:
            return True
        if f" {' '.join(key)} " in self.words:
            return True  # the same words, in any case ("Delta variant"/"delta variant")
        if self._spelt(place_of(key)):
            return True  # "U.S." here as "American" or "America's", no name of its own (sm32)
        if len(key) == 1:
            return self._has_word(key[0])
        letters = initials(key)
        if any(len(s) >= 3 and letters.startswith(s) for s in self._singles) or (
            letters in self._singles
        ):
            return True  # "United Nations" here as "UN", "Centers for Disease Control" as "CDC"
        if any(len(i) >= 3 and i in self._singles for i in initialisms(entity.name)):
            return True  # "Department of Transportation" here as "DOT"
        if bare_firm(key) in self._firms:
            return True  # "Norfolk Southern Corp" here as "Norfolk Southern"
        if key[-1] in self._singles - self._openers:
            return True  # "the US Cabinet" here as "the Cabinet"; not "Government said"
        if org_like(key) and self._together(key):
            return True  # "Democratic Party" where "Democratic lawmakers" are named
        for other in self._by_len.get(len(key), ()):
            if other[:-1] == key[:-1] and same_stem(other[-1], key[-1]):
                return True  # "New Yorkers" / "New York"
        if org_like(key):
            bare = set(key) - COUNTRY_PREFIXES
            for other in self._keys:  # not "EU-UK" for every organisation: nothing left of it
                rest = set(other) - COUNTRY_PREFIXES
                if len(other) > 1 and org_like(other) and rest and rest <= bare:
                    return True  # "US Department of Defense" here as "Defense Department"
        if person_like(key) and (key[-1] in self._surnames or key[-1] in self._singles):
            return True  # the surname, alone or with another given name
        for other in self._by_last.get(key[-1], ()):
            if first_compatible(key[0], other[0]) or set(key) <= set(other):
                return True
            if set(other) <= set(key):
                return True
        if any(set(key) == set(other) for others in self._by_last.values() for other in others):
            return True  # "Department of Justice" / "Justice Department"
        if key[0] in self._singles and person_like(key):
            return True  # "Kim" for "Kim Jong Nam", never given in full here
        last = key[-1]  # not "Ali" of "Ali Khan" for "Mohamed Ali" (qp49)
        return person_like(key) and last in self.cap_words and last not in self._by_last_or_given

    def _together(self, key: tuple[str, ...]) -> bool:
        """True when an organisation's own words are capitalised here, its last two in one run
        of capitals ("Water Resources director" for the California Department of Water
        Resources); where it is from may stand apart ("Russian ... the Defense Ministry").
        Not "Michigan" and "Republican" apart for the Michigan Republican Party, nor "Exiting"
        opening a sentence for the Department for Exiting the European Union (cp42)."""
        own = [w for w in key if w not in ORG_WORDS and w not in _LINK_WORDS]
        if not own or not all(w in self.cap_words for w in own):
            return False
        wanted = [w for w in own if not is_demonym(w) and w not in FROM] or own
        return any(
            all(w in run or any(same_stem(w, r) for r in run) for w in wanted[-2:])
            for run in self.cap_runs
        )  # "Israeli Defense Forces" for "Israel Defense Force"

    def _spelt(self, place: str) -> bool:
        """True when this article writes ``place`` in any of its spellings: a word of one
        capitalised ("American"; not "us", the pronoun), or the words of several."""
        return any(
            (f" {s} " in self.words) if " " in s else s in self.cap_words
            for s in SPELLINGS.get(place, ())
        )

    def _has_word(self, word: str) -> bool:
        if word in self._tokens or word in self.cap_words or word in self._initials:
            return True
        if len(word) < 4:
            return False
        if not self._stems:
            for w in self._tokens | self.cap_words:
                self._stems.setdefault(w[:4], []).append(w)
        return any(same_stem(word, w) for w in self._stems.get(word[:4], ()))


def merge(mentions: Sequence[NameMention], titled: Sequence[tuple[str, ...]] = ()) -> list[Entity]:
    """One entity per name: full names with compatible ones, lone surnames with their name.

    Args:
        mentions: One article's name mentions, as ``find_names`` gives them.
        titled: The persons its title names whom the body never names in full
            (`titled_persons`): a lone word one of them owns stays apart.

    Returns:
        The entities in order of first mention.
    """
    full: dict[tuple[str, ...], list[NameMention]] = {}
    for m in mentions:
        if len(m.key) > 1:
            target = next((k for k in full if same_person(k, m.key) or same_firm(k, m.key)), m.key)
            full.setdefault(target, []).append(m)
    singles: dict[tuple[str, ...], list[NameMention]] = {}
    for m in mentions:
        if len(m.key) > 1:
            continue
        word = m.key[0]
        owners = name_owners(word, [*full, *titled], person_like)  # "Apandi" (fx171)
        if m.acronym:  # "DOT" after "Department of Transportation": the same text's
            owners = [k for k in full if initials(k) == word or spelt_out(word, full[k])] or owners
        if len(owners) == 1 and owners[0] in full:
            full[owners[0]].append(m)
        else:
            singles.setdefault(m.key, []).append(m)
    out: list[Entity] = []
    for group in (*full.values(), *singles.values()):
        group.sort(key=lambda m: m.start)
        fullest = max(group, key=lambda m: (len(m.key), not m.acronym, len(m.text), -m.start))
        out.append(
            Entity(
                fullest.text,
                fullest.key,
                tuple((m.start, m.end) for m in group),
                all(m.acronym for m in group),
            )
        )
    out.sort(key=lambda e: e.spans[0][0])
    return out


_NUMBERED = re.compile(r"[A-Z][a-z]+\.?[ \u00a0](?:[IVXLC]+|\d[\d.,]*[A-Za-z]?)\b")
"""A capitalised word then a roman numeral or a number: "Article III", "Section 8"."""

_ROMAN = re.compile(r"[ivxlc]+|\d[\d.,]*[a-z]?")

_NUMBERED_WORDS = word_set(
    """article title section chapter part clause paragraph schedule annex appendix amendment
    phase stage level tier category class grade type rule form division"""
)
"""Common words that head a numbered part or class, written in lower case or not."""


def names_only_in(articles: Sequence[ArticleNames]) -> list[list[Entity]]:
    """For each article, the names that no other article gives in any variant.

    Words that only say where from ("Mexican", "British Prime Minister"), a dateline's
    place ("MEXICO CITY — "), the article's own outlet ("Al Jazeera News" in Al Jazeera)
    and a common word before a number ("Article III") are no name an article alone gives:
    they are never listed.

    Args:
        articles: The names of each article, read with one shared ``Lexicon``.

    Returns:
        One list per article, in the order of first mention.
    """
    kin = People.of((e for a in articles for e in a.entities if person_like(e.key)), articles)
    return [
        [
            mine.credits.shown(e)
            for e in mine.entities
            if _listed(e, mine) and not any(o.has(e, kin) for k, o in enumerate(articles) if k != i)
        ]
        for i, mine in enumerate(articles)
    ]


def _listed(entity: Entity, article: ArticleNames) -> bool:
    """A name to list: not a people's adjective, nor a place given only in the dateline,
    nor the article's own outlet (its byline), nor a common word only ever numbered. A
    dateline's place the text names again is listed (seed 000's "Ban, who was in Mexico
    City": a real difference; cp43 had dropped it, reverted at integration, rv56)."""
    if not_a_name(entity.key) or entity.key in article.numbered:
        return False
    if article.outlet and outlet_key(" ".join(entity.key)) == article.outlet:
        return False
    return article.credits.outside(entity, article.dateline_end)  # no credit's (nu55 #7)

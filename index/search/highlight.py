"""Highlighting: which words of a text a query matched, by stem (the spans the reader lights).

`Highlighter` is imported before the reader's first frame (`index.library` re-exports
it), so this module imports Whoosh (the analyzer, the query classes), the query parser
and rapidfuzz only when a highlighter is made or used, not when it is imported.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from typing import TYPE_CHECKING, Any

from index.models import Span
from index.search.highlight_phrases import Word, merged_spans, with_phrases
from index.search.lost_letters import lost_terms
from index.store.cjk import cjk_pieces, has_cjk

if TYPE_CHECKING:
    from whoosh.query import Query


@dataclass(frozen=True, slots=True)
class Highlighter:
    """Finds the words of a text that a query matched, by stem.

    Tokens are analysed exactly as the index analyses them, then compared the way Whoosh
    compares index terms, so no lexicon expansion is needed and an article that is not
    (yet) indexed lights up the same.

    Attributes:
        stems: Index terms (stems) matched exactly, from plain terms and phrases.
        patterns: Wildcard patterns (``peace*``, ``te?t``) matched against stems (a
            prefix's own stems, "investig" for ``investigat*``, are among ``stems``:
            `index.search.prefixes`); a wildcard's where the index lists no words.
        fuzzy: ``(text, maxdist, prefixlength)`` of fuzzy terms (``zelensky~``).
        phrases: ``(terms, slop)`` of quoted phrases, each lit only where Whoosh's phrase
            matching finds it (`highlight_phrases.phrase_stretches`: its terms in order, each within
            ``slop`` positions of the stretch before), as one stretch from its first word
            to its last: ``"tie-breaking vote"`` lights "tie-breaking vote", never a lone
            "vote" (nu31 #1). A phrase's starred word is a term ending in "*"
            ("governo*"), which stands for every stem starting with it; a term joining
            a word's spellings (`highlight_phrases.ONE_OF`) for each of them.
        fitted: Wildcard patterns (``r?tes``) matched against each word as the index lists
            it (lower-cased, folded: `index.store.words`), where it lists its words: the
            words the pattern fits are lit, not their stems' other forms. The search finds
            those too (`index.search.wildcards`: ``u?s`` fits "ups", so it finds every
            article with "up"), but a user reads a lit word as one the pattern fits (rv45
            #2: "up" lit for ``u?s``; sx42).
        kin: The stems of the words each wildcard of ``fitted`` fits in the index (what
            the search finds it by), in their order: `for_article` lights them in an
            article that holds no word the wildcard fits (sx43).

    The spans never overlap: stretches that do are one span, so the reader's count of
    matches (n/N) is the count of stretches lit.
    """

    stems: frozenset[str] = frozenset()
    patterns: tuple[str, ...] = ()
    fuzzy: tuple[tuple[str, int, int], ...] = ()
    phrases: tuple[tuple[tuple[str, ...], int], ...] = ()
    fitted: tuple[str, ...] = ()
    kin: tuple[frozenset[str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.stems or self.patterns or self.fuzzy or self.phrases or self.fitted)

    def for_article(self, *texts: str) -> Highlighter:
        """This highlighter for one article (its title and body): a wildcard lights the
        words it fits where the article holds one, else the words sharing a stem with a
        word it fits in the index, which found the article (`index.search.highlight_kin`:
        a hit lights a word for it, sx43)."""
        if not self.kin:
            return self
        from index.search.highlight_kin import for_article

        return for_article(self, texts)

    def fits(self, word: str) -> bool:
        """True if a word as the index lists it (lower-cased, folded) fits a wildcard of
        ``fitted``."""
        return any(fnmatch.fnmatchcase(word, pattern) for pattern in self.fitted)

    def lights(self, word: str, stem: str) -> bool:
        """True if a word (as the index lists it) whose index term is ``stem`` is lit."""
        return self.matches(stem) or self.fits(word)

    def matches(self, stem: str) -> bool:
        """True if an index term (a stem) is one the query matched."""
        if stem in self.stems:
            return True
        for pattern in self.patterns:
            if fnmatch.fnmatchcase(stem, pattern):
                return True
        if not self.fuzzy:
            return False
        # once a call; Levenshtein, as the search's fuzzy terms (`LexiconFuzzyTerm`)
        from rapidfuzz.distance import Levenshtein

        for text, maxdist, prefix in self.fuzzy:
            if (
                stem[:prefix] == text[:prefix]
                and abs(len(stem) - len(text)) <= maxdist
                and Levenshtein.distance(stem, text, score_cutoff=maxdist) <= maxdist
            ):
                return True
        return False

    def spans(self, text: str) -> tuple[Span, ...]:
        """Return the spans of ``text`` whose stem the query matches, in order."""
        if not self:
            return ()
        steps = _analyzer_steps()
        if steps is None:
            return self.spans_analysed(text)
        expression, fold, stops, minsize, maxsize, ignore, stem = steps
        found: list[Span] = []
        stems = self.stems
        slow = bool(self.patterns or self.fuzzy)
        seen: dict[str, bool] = {}
        fits: dict[str, bool] | None = {} if self.fitted else None  # by word, once a call
        # each word's stem (None: a stop word), worked out once a call
        stemmed: dict[str, str | None] = {}
        words: list[Word] = []  # every word, for the phrases
        paired = False  # whether a pair of Chinese, Japanese or Korean characters matched
        before: bool | None = None  # whether the word before was in capitals (None: none)
        loud = False  # whether a shouted word's dotted form matched (its two readings)
        also: list[tuple[int, str]] = []  # (position, term) of a shouted word's dotted form
        for match in expression.finditer(text):
            word = match.group()
            if "." in word or word.isupper():  # an initialism (`index.store.initialisms`)
                word, dotted = _initialism(word, before, expression, text, match.end())
                if dotted is not None:
                    written = dotted.lower()
                    dotted = written if written in ignore else stem(written)
                    also.append((len(words), dotted))
                    if self.lights(written, dotted):
                        found.append(Span(match.start(), match.end(), dotted))
                        loud = True
                before = len(match.group()) > 1 and match.group().isupper()
            else:
                before = False
            word = word.lower()
            term = stemmed.get(word, _UNSEEN)
            if term is _UNSEEN:  # folded once a word a call, and only if not ASCII: fast
                folded = word if word.isascii() else word.translate(fold)
                kept = len(folded) >= minsize and (maxsize is None or len(folded) <= maxsize)
                if not word.isascii() and has_cjk(word):
                    term = _PAIRED  # its pieces, each its own word (`index.store.cjk`)
                elif kept and folded not in stops:
                    term = folded if folded in ignore else stem(folded)
                else:
                    term = None
                stemmed[word] = term
            if term is None:
                continue
            if term is _PAIRED:
                hits = self._paired(match.group(), match.start(), steps, words)
                found.extend(hits)
                paired = paired or len(hits) > 1
                continue
            if self.phrases:
                words.append((match.start(), match.end(), term))
            hit: bool | None = term in stems
            if not hit and slow:
                hit = seen.get(term)
                if hit is None:
                    hit = seen[term] = self.matches(term)
            if not hit and fits is not None:  # by the word itself (a wildcard's)
                hit = fits.get(word)
                if hit is None:
                    hit = fits[word] = self.fits(word if word.isascii() else word.translate(fold))
            if hit:
                found.append(Span(match.start(), match.end(), term))
        joined = self._joined(text, steps) if "-" in text else []
        found.extend(joined)
        # each word's position is its place in ``words`` (joined forms come after them all)
        lit = with_phrases(found, words, self.phrases, also)
        return merged_spans(lit, bool(joined) or paired or loud or len(lit) > len(found))

    def _paired(
        self, part: str, start: int, steps: tuple[Any, ...], words: list[Word]
    ) -> list[Span]:
        """The pieces of a part of a word that holds Chinese, Japanese or Korean characters
        (`index.store.cjk.cjk_pieces`, at ``start`` in the text) that the query matches;
        every piece is added to ``words`` (for the phrases)."""
        fold, ignore, stem = steps[1], steps[5], steps[6]
        found: list[Span] = []
        for begin, end, piece in cjk_pieces(part, start):
            folded = piece.lower()
            folded = folded if folded.isascii() else folded.translate(fold)
            term = folded if folded in ignore else stem(folded)
            if self.phrases:
                words.append((begin, end, term))
            if self.lights(folded, term):
                found.append(Span(begin, end, term))
        return found

    def _joined(self, text: str, steps: tuple[Any, ...]) -> list[Span]:
        """The joined forms of the hyphenated words of ``text`` that the query matches
        (`spans`: its steps have split them into their parts)."""
        from index.store.hyphens import CHAIN, pieces

        fold, ignore, stem = steps[1], steps[5], steps[6]
        found: list[Span] = []
        for chain in CHAIN.finditer(text):
            for start, end, word in pieces(chain.group(), chain.start())[1]:
                folded = word.lower().translate(fold)
                term = folded if folded in ignore else stem(folded)
                if self.lights(folded, term):
                    found.append(Span(start, end, term))
        return found

    def spans_analysed(self, text: str) -> tuple[Span, ...]:
        """`spans` through the text analyzer's own token stream (the reference)."""
        if not self:
            return ()
        from index.store.schema import TEXT_ANALYZER, make_words_analyzer

        found: list[Span] = []
        stems = self.stems
        slow = bool(self.patterns or self.fuzzy or self.fitted)
        seen: dict[str, bool] = {}
        words: dict[int, Word] = {}  # by position
        joins = False  # whether a joined form matched (`HyphenFilter`: after a gap)
        also: list[tuple[int, str]] = []  # a second term at a word's position (shouted "US")
        last: int | None = None
        tokens = TEXT_ANALYZER(text, chars=True, positions=True, mode="index")
        # each term's word as written (the steps before the stemmer: one term a word), read
        # with positions as the terms are: a shouted word's plain reading ("us" of the second
        # "US") is a term of its own only so, and without it the words fell out of step (rv51)
        steps = make_words_analyzer()
        written = (
            (token.text for token in steps(text, chars=True, positions=True, mode="index"))
            if self.fitted
            else repeat("")
        )
        for token, word in zip(tokens, written, strict=False):
            stem = token.text
            joined = last is not None and token.pos > last + 1
            if token.pos == last:
                also.append((token.pos, stem))
            elif not joined:
                words[token.pos] = (token.startchar, token.endchar, stem)
            last = token.pos
            hit = stem in stems
            if not hit and slow:
                known = seen.get(stem) if not self.fitted else None
                if known is None:
                    known = seen[stem] = self.lights(word, stem)
                hit = known
            if hit:
                # a joined form, or a pair overlapping the one before ("東京", "京都")
                joins = joins or joined or bool(found and token.startchar < found[-1].end)
                found.append(Span(token.startchar, token.endchar, stem))
        lit = with_phrases(found, words, self.phrases, also)
        return merged_spans(lit, joins or len(lit) > len(found))


_UNSEEN: Any = object()
_PAIRED: Any = object()
"""A word holding Chinese, Japanese or Korean characters: split into pieces (`_paired`)."""


@cache
def _analyzer_steps() -> (
    tuple[Any, Any, frozenset[str], int, int | None, frozenset[str], Any] | None
):
    """The text analyzer's steps, to run them without its token stream; None if it is not
    the chain they copy.

    `TEXT_ANALYZER` is Whoosh's `StemmingAnalyzer` with accents folded: a regular
    expression's matches (`RegexTokenizer`), hyphenated ones split (`HyphenFilter`: the
    steps match their parts, `index.store.hyphens.PART`, and then the joined forms of
    those with a weak part, `Highlighter._joined`), initialisms given their terms
    (`InitialismFilter`: `_initialism`), lower-cased, folded (`CharsetFilter`,
    "café" to "cafe"), none dropped (`PhraseStopFilter` keeps stop words in "index"
    mode), stemmed unless ignored (`index.store.words.RecordingStemFilter`). A word's stem
    depends on the word alone, so `Highlighter.spans` works out each word once a call,
    where the token stream passes a `Token` through six generators for each of a text's
    words (about half the time of a search's snippets). `spans_analysed` is the reference
    the tests hold it to.
    """
    from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer

    from index.store.hyphens import PART, WORD_EXPRESSION, HyphenFilter
    from index.store.initialisms import InitialismFilter
    from index.store.phrase_stops import PhraseStopFilter
    from index.store.schema import TEXT_ANALYZER
    from index.store.words import RecordingStemFilter

    items = list(getattr(TEXT_ANALYZER, "items", ()))
    kinds = [type(item) for item in items]
    chain = [
        RegexTokenizer,
        HyphenFilter,
        InitialismFilter,
        LowercaseFilter,
        CharsetFilter,
        PhraseStopFilter,
        RecordingStemFilter,
    ]
    if kinds != chain or items[0].gaps or items[0].expression.pattern != WORD_EXPRESSION:
        return None
    fold, stemmer = items[4].charmap, items[6]
    return (PART, fold, frozenset(), 0, None, stemmer.ignore, stemmer._stem)


def _initialism(
    word: str, before: bool | None, expression: Any, text: str, end: int
) -> tuple[str, str | None]:
    """What `InitialismFilter` makes of ``word`` (a dotted part or one in capitals, ending
    at ``end`` of ``text``, whose words ``expression`` finds; whether the word before it is
    in capitals, None if none): the text in its place, and the dotted form it adds at the
    same position if ``word`` is shouted, else None. The word after it is looked for only for a stop
    word in capitals (rv39: looked for after every word in capitals, a Reuters headline's
    each, the fast path took a third longer than before initialisms)."""
    from index.store.initialisms import capital_stop, capitals, dotted_term, shouted

    if capital_stop(word) is None:
        return dotted_term(word) or word, None
    after = expression.search(text, end)
    if shouted(word, before, None if after is None else capitals(after.group())):
        return word, ".".join(word)
    return ".".join(word), None


def highlighter_for_terms(words: Iterable[str]) -> Highlighter:
    """A highlighter for plain words (watch words): each lights up all its stem's forms."""
    from index.store.schema import TEXT_ANALYZER

    stems: set[str] = set()
    for word in words:
        stems.update(token.text for token in TEXT_ANALYZER(word))
    return Highlighter(frozenset(stems))


def highlighter_for_text(
    text: str,
    prefix_stems: Callable[[str], frozenset[str]] | None = None,
    wildcard_stems: Callable[[str], frozenset[str] | None] | None = None,
) -> Highlighter:
    """A highlighter for a query string ("" gives one that lights nothing).

    ``prefix_stems``: the stems of the words a prefix begins in the index searched
    (`index.search.prefixes.prefix_stems`); without an index, the guessed endings'.
    ``wildcard_stems``: the stems of the words a wildcard fits in the index searched
    (`index.search.wildcards.fitted_stems`), or None where it cannot tell: where it can,
    the words the wildcard fits are lit (`Highlighter.fitted`); without it, or then, the
    wildcard as the analyzer stems it, matched against the stems.

    Raises:
        QueryError: The query is malformed or over a limit.
    """
    if not text.strip():
        return Highlighter()
    from index.search.query import parse_unbound

    return highlighter_for_query(parse_unbound(text), prefix_stems, wildcard_stems)


def highlighter_for_query(
    query: Query,
    prefix_stems: Callable[[str], frozenset[str]] | None = None,
    wildcard_stems: Callable[[str], frozenset[str] | None] | None = None,
) -> Highlighter:
    """A highlighter for a parsed query: its positive terms in the stemmed fields (a
    prefix's other stems, a wildcard's stems, as `highlighter_for_text` says)."""
    from whoosh.query import FuzzyTerm, Phrase, Prefix, Term, Wildcard

    from index.search.lost_phrases import lit_phrases  # imports Whoosh (sx48)
    from index.search.prefixes import ending_stems
    from index.search.starred import StarredPhrase, starred_phrases
    from index.store.schema import TEXT_FIELDS

    stems_of = prefix_stems or ending_stems

    stems: set[str] = set()
    patterns: list[str] = []
    wildcards: dict[str, frozenset[str]] = {}  # each wildcard's stems (``kin``)
    fuzzy: list[tuple[str, int, int]] = []
    phrases: list[tuple[tuple[str, ...], int]] = []
    for leaf in positive_leaves(query):
        if leaf.field() not in TEXT_FIELDS:  # names fields are matched whole, not lit
            continue
        # by isinstance: the parser swaps in subclasses (budgeted, rapidfuzz-backed)
        text = getattr(leaf, "text", None)
        if isinstance(leaf, FuzzyTerm) and isinstance(text, str):
            fuzzy.append((text, int(leaf.maxdist), int(leaf.prefixlength)))
        elif isinstance(leaf, Prefix) and isinstance(text, str):
            # as the search expands it: the stems starting with it, and its endings' stems
            patterns.append(text + "*")
            stems.update(stems_of(text))
        elif isinstance(leaf, Wildcard) and isinstance(text, str):
            # the words it fits, where the index lists its words (sx42: the search finds
            # their stems, sx39, but "up" is no word ``u?s`` fits); else the stems, as
            # the search reads it then
            fitted = wildcard_stems(text) if wildcard_stems is not None else None
            if fitted is None:
                patterns.append(getattr(leaf, "stemmed", None) or text)
            else:
                wildcards[text] = fitted
        elif isinstance(leaf, StarredPhrase):  # its starred words as the search expands them
            for words, slop in starred_phrases(leaf, stems_of):  # and spellings (rv70)
                phrases.extend((lit, slop) for lit in lit_phrases(leaf, wildcard_stems, words))
        elif isinstance(leaf, Phrase):  # lit where it stands, its words nowhere else
            slop = max(1, int(leaf.slop))  # its words' lost-letter spellings too (sx47)
            phrases.extend((words, slop) for words in lit_phrases(leaf, wildcard_stems))
        elif isinstance(leaf, Term):
            stems.update(str(word) for _, word in leaf.terms(phrases=True))
            stems.update(lost_terms(leaf))  # its spellings with a letter lost (sx44)
            for pattern in getattr(leaf, "patterns", ()):  # a quoted "Sch?uble" (sx47)
                fitted = wildcard_stems(pattern) if wildcard_stems is not None else None
                stems.update(fitted or ())
    return Highlighter(
        frozenset(stems),
        tuple(dict.fromkeys(patterns)),
        tuple(set(fuzzy)),
        tuple(dict.fromkeys(phrases)),
        tuple(wildcards),
        tuple(wildcards.values()),
    )


def positive_leaves(query: Query) -> Iterator[Query]:
    """Leaves of a query tree outside any NOT: what a hit actually contains."""
    from whoosh.query import AndNot, Not

    if isinstance(query, Not):
        return
    if query.is_leaf():
        yield query
        return
    children = list(query.children())
    # AndNot(a, b) keeps a and excludes b
    if isinstance(query, AndNot):
        children = children[:1]
    for child in children:
        yield from positive_leaves(child)

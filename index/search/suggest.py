"""Did you mean: each query word the index lacks, replaced by the nearest word it has."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from index.search.first_by_id import first_by_id, held_terms, holding_query
from index.search.held_forms import held_docs
from index.search.limits import QueryError
from index.search.slips import slip
from index.search.written_forms import nearest_form
from index.search.written_near import by_longest_part, first_offers, listed_near, one_edit_from
from index.store.schema import DEFAULT_FIELDS, TEXT_ANALYZER

MAX_EDITS = 2
"""Suggestions are at most this many edits from the word typed."""
_SHORTLIST = 5
"""Candidates whose surface form is looked up (each costs one stored-field read)."""
SURFACE_DOCS = 4
"""Articles read for the written forms of a candidate stem (the first by id, both engines:
`index.search.first_by_id`)."""
LOST = re.compile(r"[?\ufffd]")
"""A lost letter in a written form."""
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})
_FIELD = r'\w+:[<>=]*(?:"[^"]*"|\[[^\]]*\]|\{[^}]*\}|\([^)]*\)|\S+)'
"""A field's clause: ``source:bbc``, ``date:>"last week"``, ``date:[2014 to 2015]``."""
_NEGATED = r"(?:^|(?<=[\s()]))(?:-|(?:AND)?NOT(?:\s+|(?=\()))"
_AS_TYPED = re.compile(rf'{_NEGATED}(?:"[^"]*"|\([^)]*\)|{_FIELD}|\S+)|"[^"]*"|{_FIELD}')
"""What a suggestion leaves as typed: phrases and fields' clauses, and any word, phrase,
group or clause that is negated (``-word``, ``NOT word``, ``NOT(a b)``): a respelt word
there asks for something else (``-evacuation`` became ``-exact``)."""


def suggest(text: str, searcher: Any, lexicon_of: Callable[[str], list[str]]) -> list[str]:
    """Corrected queries, best first (at most `OFFERED`); none when every word of ``text``
    is in the index.

    Candidates are indexed body and title words within `MAX_EDITS` edits (OSA: a swap of
    two neighbouring letters is one) of the word or its stem. They are ranked by edit
    distance, then by how often they occur in the corpus. The distance is taken to the
    stem and to a real form of the word (the stem of "DeVos" is "devo"), so ``devoss``
    gives ``devos``, not the commoner ``devoting``.

    Args:
        text: The query as typed.
        searcher: An open Whoosh searcher.
        lexicon_of: Gives every indexed word of a field.
    """
    reader = searcher.reader()
    schema = searcher.schema

    def correct(word: str, stem: str) -> list[str]:
        if _indexed(word, reader, schema):
            return []
        body, title = lexicon_of("body"), lexicon_of("title")
        lexicon = [*body, *(set(title).difference(body))]  # title-only words too (nu36 #6)
        return _nearest(word.lower(), stem, searcher, lexicon)

    return corrected(text, correct, lambda part: _holding(part, searcher))


OFFERED = 3
"""The most respellings offered for a query."""


def finding(offered: Iterable[str], count: Callable[[str], int]) -> list[str]:
    """The respellings of ``offered`` that match an article (``count``, the query's limits
    kept): one that finds nothing either is no help, nor one that cannot run (`QueryError`).
    Every engine filters its suggestions so (`index.opensearch.corpus`)."""

    def finds(option: str) -> bool:
        try:
            return count(option) > 0
        except QueryError:
            return False

    return [option for option in offered if finds(option)]


def corrected(
    text: str,
    correct: Callable[[str, str], list[str]],
    indexed: Callable[[str], int] | None = None,
) -> list[str]:
    """``text`` with each plain word replaced by the first of ``correct(word, stem)``'s
    options that are close to it (`close`); [] when no word was replaced. When one word
    alone is replaced, each of its close options gives a query (at most `OFFERED`).
    Phrases, groups, fielded clauses and negated words are left as typed (`_AS_TYPED`).
    With ``indexed`` (how many articles hold a word), a word the index lacks is first
    offered as the phrase of its parts (`split_options`: ``jongnam``, ``"jong nam"``),
    unless a word one edit from it as written is offered ("drier" is no "dri er"; sg51)."""
    replaced: list[tuple[int, int, list[str]]] = []
    outside = _AS_TYPED.sub(lambda m: " " * len(m.group()), text)
    for match in _WORD.finditer(outside):
        word = match.group()
        if word in _OPERATORS:
            continue
        stems = [t.text for t in TEXT_ANALYZER(word)]
        options = [o for o in correct(word, stems[0]) if close(word, stems[0], o)] if stems else []
        if indexed is not None and stems and (options or not indexed(word)):
            # no split ("dri er") when a word one edit from it as written is offered (sg51)
            splits = [] if one_edit_from(word, options[:1]) else split_options(word, indexed)
            options = list(dict.fromkeys([*splits, *options]))
        if options:
            replaced.append((match.start(), match.end(), options))
    if len(replaced) == 1:
        start, end, options = replaced[0]
        return [text[:start] + option + text[end:] for option in options[:OFFERED]]
    return _each_respelt(text, replaced)


def _each_respelt(text: str, replaced: list[tuple[int, int, list[str]]]) -> list[str]:
    """``text`` with several words replaced: each by its first option, then each by its
    first respelling (an option not a split's phrase) where it has one, so a word whose
    split comes first and finds nothing does not leave the query unoffered (nu67:
    ``kiling malysia`` gave ``"ki ling" malaysia`` alone, which `finding` dropped)."""
    picks = [
        [options[0] for _, _, options in replaced],
        [
            next((o for o in options if not o.startswith('"')), options[0])
            for *_, options in replaced
        ],
    ]
    offered: list[str] = []
    for pick in picks:
        out, last = [], 0
        for (start, end, _), option in zip(replaced, pick, strict=True):
            out += [text[last:start], option]
            last = end
        offered.append("".join(out) + text[last:])
    return list(dict.fromkeys(offered)) if replaced else []


MIN_PART = 2
"""The fewest letters of a part `split_options` reads in a word."""
MAX_PARTS = 3
"""The most parts `split_options` reads a word as."""


def split_options(word: str, indexed: Callable[[str], int]) -> list[str]:
    """A word the index lacks read as words it holds written together, each a phrase of
    them: ``jongnam`` is ``"jong nam"``, which finds "Jong-nam" and "Jong Nam" (the index
    holds a hyphenated word's parts apart, `index.store.hyphens`; sx49). Every way of
    cutting it into two parts (then three) of `MIN_PART` letters or more, each part a
    word the index holds (``indexed``: how many articles hold it, asked once a part),
    fewest parts first, then those whose rarest part the most articles hold ("new york"
    before "newy ork"), at most `OFFERED`; the engines then keep those that find an
    article (`finding`). Letters only: digits are the joined forms' (``g7``,
    `index.search.phrases`)."""
    if not word.isalpha():
        return []
    lowered = word.lower()
    held: dict[str, int] = {}

    def holds(part: str) -> int:
        if part not in held:
            held[part] = indexed(part)
        return held[part]

    def cuts(rest: str, parts: int) -> Iterator[list[str]]:
        if parts == 1:
            if len(rest) >= MIN_PART and holds(rest):
                yield [rest]
            return
        for at in range(MIN_PART, len(rest) - MIN_PART * (parts - 1) + 1):
            if holds(rest[:at]):
                yield from ([rest[:at], *more] for more in cuts(rest[at:], parts - 1))

    found: list[str] = []
    for parts in range(2, MAX_PARTS + 1):
        ways = sorted(cuts(lowered, parts), key=lambda way: -min(map(holds, way)))
        found += ['"' + " ".join(way) + '"' for way in ways]
        if len(found) >= OFFERED:
            break
    return found[:OFFERED]


SHORT = 5
"""A word of this many letters or fewer is respelt by one edit at most (`close`)."""


def close(word: str, stem: str, option: str) -> bool:
    """Whether ``option`` reads as a respelling of ``word`` (whose stem is ``stem``): at
    most `MAX_EDITS` edits apart as written, or one edit apart as stems ("peacekep" ~
    "peacekeeping"). Candidates within two edits of the stem let "oroville" (stem
    "orovil") become "providing" ("provid").

    A word of `SHORT` letters or fewer is one edit from the option as written, a swap of
    two neighbouring letters counting as one ("trupm" ~ "trump"): two edits leave little
    of a short word ("covid" became "could", nu15 #8c). And that edit must be a slip a
    user makes (`slip`): a letter left out, doubled or swapped, a key's neighbour, or a
    vowel for a vowel ("cild" ~ "cold"); one letter for a far one makes another word
    ("covd" became "cold", nu16)."""
    from rapidfuzz.distance import OSA, Levenshtein  # only a search with no hits gets here

    short = len(word) <= SHORT
    if short:
        if OSA.distance(word.lower(), option.lower(), score_cutoff=1) <= 1:
            return slip(word.lower(), option.lower())
    elif OSA.distance(word.lower(), option.lower(), score_cutoff=MAX_EDITS) <= MAX_EDITS:
        return True
    stems = [t.text for t in TEXT_ANALYZER(option)]
    if not stems or Levenshtein.distance(stem, stems[0], score_cutoff=1) > 1:
        return False
    return not short or slip(stem, stems[0])


def _indexed(word: str, reader: Any, schema: Any) -> bool:
    """True if ``word`` (analysed as each default field analyses it) is in the index."""
    for field in DEFAULT_FIELDS:
        for token in schema[field].analyzer(word):
            if reader.doc_frequency(field, token.text):
                return True
    return False


def _holding(word: str, searcher: Any) -> int:
    """How many times an article holds ``word`` (analysed as each default field analyses
    it) in a default field: its document frequencies summed (an article holding it in its
    title and body counts twice; a union of the postings cost ~180 ms a query of three
    common parts, sx49). The OpenSearch engine sums them alike."""
    reader, schema = searcher.reader(), searcher.schema
    fields = ((field, schema[field].analyzer(word)) for field in DEFAULT_FIELDS)
    return sum(int(reader.doc_frequency(field, t.text)) for field, tokens in fields for t in tokens)


def _nearest(word: str, stem: str, searcher: Any, lexicon: list[str]) -> list[str]:
    reader = searcher.reader()

    def frequency(term: str) -> int:
        return int(reader.frequency("body", term) + reader.frequency("title", term))

    def surface(term: str) -> str | None:
        docnums = first_by_id(searcher, holding_query([term]), SURFACE_DOCS)
        fields = (searcher.stored_fields(docnum) for docnum in docnums)
        texts = (f"{row.get('title') or ''}\n{row.get('body') or ''}" for row in fields)
        return nearest_form(word, term, texts)

    def texts(offer: str) -> Iterator[str]:  # of the first articles holding it (sx52, sx53)
        holding = holding_query(held_terms(offer))
        for docnum in first_by_id(searcher, holding, held_docs(offer)):
            row = searcher.stored_fields(docnum)
            yield f"{row.get('title') or ''}\n{row.get('body') or ''}"

    written = by_longest_part(word, lambda part: listed_near(reader, part))
    return options(word, stem, lexicon, frequency, surface, written, texts)


def options(
    word: str,
    stem: str,
    lexicon: list[str],
    frequency: Callable[[str], int],
    surface: Callable[[str], str | None],
    written: dict[str, int] | None = None,
    texts: Callable[[str], Iterable[str]] | None = None,
) -> list[str]:
    """The written forms to offer for ``word`` (lower-cased; its stem ``stem``), best
    first: the words as written one edit from it (``written``, with how many articles
    hold each: `index.search.written_near.first_offers`; as ``texts``, those of the
    articles holding a word's parts, write them: `one_edit_offers`), else from the indexed terms
    ``lexicon`` (`choose`): ``frequency`` gives how often a term occurs, ``surface`` its
    written form nearest the word. Never one with a lost letter ("such\ufffdable",
    "sch?uble": no spelling to offer, sx45)."""
    if written:
        offered = one_edit_offers(word, stem, written, texts)
        if offered:
            return offered
    lexicon = [term for term in lexicon if "?" not in term]
    distance = near_terms(word, stem, lexicon)
    prefixes = begun_stems(word)
    begun = {term for term in lexicon if term in prefixes and term not in distance}
    counts = {term: frequency(term) for term in [*distance, *begun]}
    offered = choose(word, distance, begun, counts, surface)
    return [each for each in offered if not LOST.search(each)]


def one_edit_offers(
    word: str,
    stem: str,
    written: dict[str, int],
    texts: Callable[[str], Iterable[str]] | None = None,
) -> list[str]:
    """The words of ``written`` (one edit from ``word`` as written, with how many articles
    hold each) to offer, best first, at most `OFFERED` (`close`, no lost letter); with
    ``texts`` (of the articles holding a word's parts), each as they write it, with its
    accents, and one with an apostrophe only if they write it whole (`held_offers`)."""
    from index.search.held_forms import held_offers

    def fits(option: str) -> bool:
        return not LOST.search(option) and close(word, stem, option)

    ranked = first_offers(word, written, fits)
    return ranked[:OFFERED] if texts is None else held_offers(ranked, texts, OFFERED)


def near_terms(word: str, stem: str, lexicon: list[str]) -> dict[str, int]:
    """The terms of ``lexicon`` within `MAX_EDITS` edits (OSA) of ``word`` or ``stem``,
    with the fewer."""
    # imported here: only a search with no hits looks for a nearer word (rapidfuzz ~5 ms)
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    distance: dict[str, int] = {}
    for probe in dict.fromkeys((word, stem)):
        for term, edits, _ in process.extract(
            probe, lexicon, scorer=OSA.distance, score_cutoff=MAX_EDITS, limit=None
        ):
            distance[term] = min(edits, distance.get(term, edits))
    return distance


def begun_stems(word: str) -> set[str]:
    """The stems ``word`` begins with that may be candidates although further than
    `MAX_EDITS` from it as stems ("evacu" for "evacuaton": four edits as a stem, one
    from its written form "evacuation"): its prefixes of four letters or more, down to
    five letters short of the word."""
    return {word[:k] for k in range(max(4, len(word) - 5), len(word))}


def choose(
    word: str,
    distance: dict[str, int],
    begun: set[str],
    frequency: dict[str, int],
    surface: Callable[[str], str | None],
) -> list[str]:
    """The written forms to offer for ``word``, best first: fewest edits (OSA) from the
    word to the form as written ("klling": "killing" before "king", whose stem is nearer;
    sg51), then the commonest; those as near as the best, at most `OFFERED`; shared by
    both engines. The shortlist whose forms are read is the nearest stems'.

    Args:
        word: The word typed, lower-cased.
        distance: Indexed stems within `MAX_EDITS` edits of the word or its stem, with
            that distance.
        begun: Indexed stems the word begins with (`begun_stems`), not in ``distance``.
        frequency: How often each stem of ``distance`` and ``begun`` occurs.
        surface: Gives a stem's written form nearest the word (`nearest_form`), or None.
    """
    from rapidfuzz.distance import OSA  # only a search with no hits gets here

    # the begun stems apart: at one edit each until their forms are read, they pushed
    # the one word a letter away out of the shortlist
    near = sorted(distance, key=lambda t: (distance[t], -frequency[t], t))[:_SHORTLIST]
    distance = {**distance, **dict.fromkeys(begun, 1)}
    surfaces: dict[str, str] = {}
    for term in [*near, *sorted(begun)]:
        surfaces[term] = surface(term) or term
        distance[term] = OSA.distance(word, surfaces[term])  # as written, not as a stem (sg51)
    shortlist = [t for t in surfaces if t not in begun or distance[t] <= MAX_EDITS]
    # only a respelling `corrected` offers: a commoner word that is no slip ("cold" for
    # "covd") must not hide a rarer one that is ("covid")
    stem = next((t.text for t in TEXT_ANALYZER(word)), word)
    shortlist = [t for t in shortlist if close(word, stem, surfaces[t])]
    ranked = sorted(shortlist, key=lambda t: (distance[t], -frequency[t], t))
    # as near as the best only: beside "cuomo", "compo" and "comon" (two edits) were noise
    ranked = [t for t in ranked if distance[t] == distance[ranked[0]]]
    return list(dict.fromkeys(surfaces[t] for t in ranked))[:OFFERED]

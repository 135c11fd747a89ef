"""Which quotes are one quotation: the links between two quotes, and the groups of a region.

Two quotes are *linked* when they share enough word shingles and are the same quotation
(`relation`): equal, lightly edited (a *strong* link) or one a clip of the other (words
left out around it, or, for a clip of eight words or more, also cut or respelled inside it). A
*region* is a connected set of linked quotes; it is split into groups by a rule that
depends on the region's quotes alone, never on the order they came in:

- quotes strongly linked are one group (transitively);
- quotes that overlap (one outlet ran a quotation's first half, another its second, by
  ``MIN_OVERLAP_WORDS`` shared words or more) are one group, unless a quote's end (or
  start) overlaps quotes of two different groups; a shorter overlap (``MIN_SAID_OVERLAP_WORDS``
  or more) only when both quotes' articles give them to one speaker (by surname) and ran
  within ``STOCK_DAYS`` of each other;
- a clip joins the group of the longer quotes that contain it only when every one of them
  is in one group: a clip inside two different quotations ("the president of the United
  States") joins neither, unless its speaker is the speaker of the quotes of one of them
  alone (by surname; that group holding a container of each of the clip's group's quotes
  that lies in any: an edit of the clip no quote contains asks nothing), or it is one
  speaker's statement quoted in parts
  (`quote_stock.one_statement`: every quote naming that one speaker or none, all within
  ``STOCK_DAYS`` for a clip of eight words or more, within ``SHORT_STATEMENT_DAYS`` for a
  shorter one), when the clip and all those groups are one.
  Groups are settled longest first, so a clip sees the joins of longer clips (a clip of a
  clip of the full quote joins it);
- two renderings of one statement (`PARAPHRASE`: a translation, a paraphrase) are one
  group when one person (or one body, named on both sides) said both, within a few days,
  in two outlets (`quote_paraphrase.said_alike`); renderings carrying the same names and numbers
  (`NAMED`) when one speaker is named, a body too, on one side or both, and they go no
  opposite ways ("rose", "fell": `quote_paraphrase.opposed`);
- a stock phrase (a short clip of few content words, `quote_stock`) joins the quotation
  that contains it only when a side names no speaker or they share one;
- an edit or a clip that is reworded (the shorter's words not the longer's, in order) joins
  nothing when two different people are named, one on each side, and they ran more than
  ``STOCK_DAYS`` apart (`quote_paraphrase.named_apart`): Baker's "We think we are beginning
  to see changes" in March and Seger's "I think we are beginning to see more calm in those
  markets" in June share a phrase, not a quotation (nu37 #2);
- two quotes of common words alone (four words or fewer, one content word or none: "This
  is a disaster!") are one group only when a surname names both, they ran within a day
  of each other or in one outlet (`quote_stock.common_apart`, nu38 #1);
- a clip whose words lie inside a phrase the longer quote itself quotes (`quote_cited`:
  '... that "now is not the time"?') is no clip of it, unless a telling's own words
  (`quote_cited.told`: 10+ words, within a day);
- a clip of three or four words (`SHORT_CLIP`) joins last, only on evidence
  (`quote_short`).
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

from index.analysis.quote_cited import cited_in, told
from index.analysis.quote_paraphrase import named, named_apart, paraphrase, said_alike
from index.analysis.quote_parts import join_parts, next_quotes
from index.analysis.quote_relation import (
    CLIP,
    MIN_OVERLAP_WORDS,
    MIN_SAID_OVERLAP_WORDS,
    NAMED,
    NONE,
    OVERLAP,
    PARAPHRASE,
    RUN,
    SAID_OVERLAP,
    SHORT_CLIP,
    STRONG,
    K,
    Words,
    in_order,
    overlap,
    region_relation,
    relation,
    same_quotation,
    shorter,
)
from index.analysis.quote_short import settle_short
from index.analysis.quote_stock import (
    common_apart,
    one_statement,
    said_together,
    short_clip_told,
    stock_apart,
)
from index.analysis.quote_stock import surname as _surname
from index.analysis.quote_unions import find as _find
from index.analysis.quote_unions import join_overlaps, join_paraphrases, said_run

__all__ = [  # the pairwise rule lives in `quote_relation`; its names are kept here
    "CLIP",
    "LOOSE",
    "MIN_OVERLAP_WORDS",
    "MIN_SAID_OVERLAP_WORDS",
    "NAMED",
    "NONE",
    "OVERLAP",
    "PARAPHRASE",
    "SAID_OVERLAP",
    "STRONG",
    "linked",
    "linked_by",
    "loose",
    "need",
    "overlap",
    "relation",
    "same_quotation",
    "split",
    "whole",
]

LONGEST_FIRST = True
"""Settle groups longest first, a clip seeing the joins of longer ones (False: a clip
looks at the groups of equal and edited quotes only; kept to measure the two)."""

Key = tuple[str, int]


def need(a: int, b: int) -> int:
    """Shingles two quotes of ``a`` and ``b`` words must share to be compared at all: a
    third of the shorter one's shingles, 1 to 3 (the same whichever came first)."""
    return max(1, min(3, (min(a, b) - K + 1) // 3))


LOOSE = 2
"""Shingles two quotes sharing fewer than `need` must share to be compared as renderings of
one statement alone (`loose`): two translations share a phrase or two ("PVV voters - thank
you. We have won seats" and "PVV voters thanks. We won seats"), not the three shingles a
clip or an edit of a long quote shares (qg33: p31, the first two of x09)."""


def loose(a: Words, b: Words) -> int:
    """How two quotes sharing `LOOSE` shingles but fewer than `need` are one quotation:
    `NAMED` or `PARAPHRASE` (`relation`'s last two answers, asked alone: too few words in
    common for an edit, a clip or an overlap) or `NONE`."""
    short, long_ = (a, b) if shorter(a, b) else (b, a)
    if named(short, long_):
        return NAMED
    return PARAPHRASE if paraphrase(short, long_) else NONE


def shingles(words: Words) -> set[int]:
    """The quote's shingles (``K`` words running), each as a stable 64-bit number, and its
    whole text's (`whole`).

    Stable (not Python's salted ``hash``): they are kept on disk (`quote_store`) and looked
    up by later processes. CRC-32 and Adler-32 of the words make the 64 bits.
    """
    if len(words) < K:
        return {_stable(" ".join(words)), whole(words)}
    # `_stable` inlined: this runs for every quote of a rebuild
    texts = [" ".join(run) for run in zip(*(words[i:] for i in range(K)), strict=False)]
    crc32, adler32 = zlib.crc32, zlib.adler32
    found = {crc32(data) | adler32(data) << 32 for data in map(str.encode, texts)}
    found.add(whole(words))
    return found


def whole(words: Words) -> int:
    """The number of a quote's whole text, kept among its shingles: the quotes of the same
    words share it, and its bucket is never too common to look in (a shingle in more than
    `quote_candidates.COMMON_SHINGLE` quotes is not: the 401st reprint of a quotation found
    no candidate and made a group of its own, nu28 #8), as one of them is enough."""
    return _stable("\x1f" + " ".join(words))


def _stable(text: str) -> int:
    data = text.encode()
    return zlib.crc32(data) | zlib.adler32(data) << 32


def linked(a: Words, b: Words) -> int:
    """`relation` of two quotes that share `need` shingles, `loose` of two that share
    `LOOSE` or more, else `NONE` (what grouping compares: candidates are found by shared
    shingles)."""
    return linked_by(a, b, len(shingles(a) & shingles(b)))


def _links(words: Mapping[Key, Words]) -> list[tuple[Key, Key, int]]:
    """Every linked pair of ``words`` (each pair once), with its relation."""
    own = {k: shingles(w) for k, w in words.items()}
    bucket: dict[int, list[Key]] = defaultdict(list)
    for key in sorted(words):
        for sh in own[key]:
            bucket[sh].append(key)
    out = []
    form: dict[Words, int] = {}  # a reprint's words are another's: each pair of forms once
    form_of = {k: form.setdefault(tuple(w), len(form)) for k, w in words.items()}
    known: dict[tuple[int, int], int] = {}
    for key in sorted(words):
        shared: dict[Key, int] = defaultdict(int)
        for sh in own[key]:
            for other in bucket[sh]:
                if other > key:
                    shared[other] += 1
        for other, count in shared.items():
            if count >= LOOSE or count >= need(len(words[key]), len(words[other])):
                pair = (form_of[key], form_of[other])
                rel = known.get(pair, -1)
                if rel < 0:
                    rel = known[pair] = linked_by(words[key], words[other], count)
                if rel != NONE:
                    out.append((key, other, rel))
    return out


def linked_by(a: Words, b: Words, shared: int) -> int:
    """`linked` of two quotes known to share ``shared`` shingles."""
    if shared >= need(len(a), len(b)):
        return region_relation(a, b)
    return loose(a, b) if shared >= LOOSE else NONE


def _longer(a: tuple[Key, Words], b: tuple[Key, Words]) -> bool:
    """True when ``a`` is the longer of a clip pair: the one `relation` took as the longer
    (`shorter`), then the larger key (equal words: any fixed order of the pair)."""
    (ka, wa), (kb, wb) = a, b
    if wa == wb:
        return ka > kb
    return not shorter(wa, wb)


def split(
    words: Mapping[Key, Words],
    speaker_of: Callable[[Key], str | None] | None = None,
    date_of: Callable[[Key], str | None] | None = None,
    cited: Callable[[Key], Sequence[Words]] | None = None,
    outlet_of: Callable[[Key], str | None] | None = None,
) -> list[set[Key]]:
    """The groups of a region (or of any set of quotes): see the module's rule.

    Args:
        words: Each quote's words, by key.
        speaker_of: Each quote's speaker, asked only for a clip inside quotes of two
            groups or more (`_said_by`) or a short one (`quote_stock`).
        date_of: Each quote's date (ISO 8601), asked only for a short clip.
        cited: The words of each phrase a quote itself quotes (`quote_cited`), asked only
            of the longer quote of a clip pair.
        outlet_of: Each quote's outlet, asked only of two renderings (`PARAPHRASE`) or of
            two quotes of common words (`common_apart`).

    Returns:
        The groups, each a set of keys; together they hold every key once.
    """
    parent = {k: k for k in words}
    containers: dict[Key, list[Key]] = defaultdict(list)
    overlaps: list[tuple[Key, Key]] = []  # (the quote whose end, the one whose start)
    paraphrases: list[tuple[Key, Key]] = []
    apart: set[tuple[Key, Key]] = set()  # (clip, container) reworded, two people's (nu37 #2)
    every: dict[Key, list[Key]] = defaultdict(list)  # the quotes a short clip lies in
    vouched: dict[Key, list[Key]] = defaultdict(list)  # ... of them, those that tell it
    for a, b, rel in _links(words):
        if rel == STRONG:
            if not _reworded_apart(a, b, words, speaker_of, date_of, outlet_of):
                parent[_find(parent, a)] = _find(parent, b)
        elif rel == OVERLAP:
            overlaps.append((a, b) if overlap(words[a], words[b]) else (b, a))
        elif rel == SAID_OVERLAP:
            if speaker_of and date_of and said_together(a, b, speaker_of, date_of):
                least = MIN_SAID_OVERLAP_WORDS
                overlaps.append((a, b) if overlap(words[a], words[b], least) else (b, a))
        elif rel in (PARAPHRASE, NAMED):
            anyone = rel == NAMED  # the same names and numbers: a body or no one will do
            if (
                speaker_of
                and date_of
                and outlet_of
                and said_alike(a, b, speaker_of, date_of, outlet_of, anyone=anyone)
            ):
                paraphrases.append((a, b))
        elif rel == RUN:  # else nothing here: `quote_parts` reads the region
            if speaker_of and date_of and said_run(a, b, words.__getitem__, speaker_of, date_of):
                paraphrases.append((a, b))  # one speaker's sentence transcribed two ways
        elif rel == CLIP:
            long, short = (a, b) if _longer((a, words[a]), (b, words[b])) else (b, a)
            if (
                cited is None
                or not cited_in(words[short], cited(long))
                or (date_of is not None and told(words[short], date_of(short), date_of(long)))
            ):
                containers[short].append(long)
                if _reworded_apart(short, long, words, speaker_of, date_of, outlet_of):
                    apart.add((short, long))  # still a quotation it lies in: not two groups' clip
        elif rel == SHORT_CLIP:
            long, short = (a, b) if _longer((a, words[a]), (b, words[b])) else (b, a)
            every[short].append(long)
            if (
                speaker_of is not None
                and date_of is not None
                and short_clip_told(short, long, speaker_of, date_of)
                and (cited is None or not cited_in(words[short], cited(long)))
            ):
                vouched[short].append(long)
    join_overlaps(parent, overlaps)
    if paraphrases and speaker_of and date_of:  # one speaker's statement in two renderings
        join_paraphrases(parent, paraphrases, speaker_of, date_of)
    order = _strong(parent, words)  # the groups clips look at, as settling starts
    _settle_clips(parent, words, containers, apart, speaker_of, date_of, order)
    if speaker_of is not None and date_of is not None and next_quotes(words):
        parts = join_parts(_groups(parent, words), words, speaker_of, date_of)
        for part, near in parts:  # one statement quoted in two parts (`quote_parts`)
            parent[_find(parent, part)] = _find(parent, near)
        if parts:  # a clip left out now may see one group; a group that took clips, settled
            # again whole, would go with its clip into another's quotation (McAuliffe's)
            size = Counter(_find(parent, k) for k in words)
            alone = [c for c in order if size[_find(parent, c[0])] == len(c)]
            _settle_clips(parent, words, containers, apart, speaker_of, date_of, alone)
    if vouched:
        settle_short(parent, words, containers, vouched, every)
    return _groups(parent, words)


def _strong(parent: dict[Key, Key], words: Mapping[Key, Words]) -> list[list[Key]]:
    """The groups of ``parent``'s joins, longest quote first: the order clips settle in."""
    strong: dict[Key, list[Key]] = defaultdict(list)
    for key in words:
        strong[_find(parent, key)].append(key)
    return sorted(strong.values(), key=lambda ks: (-max(len(words[k]) for k in ks), min(ks)))


def _groups(parent: dict[Key, Key], words: Mapping[Key, Words]) -> list[set[Key]]:
    """The groups the joins in ``parent`` make, each a set of keys."""
    groups: dict[Key, set[Key]] = defaultdict(set)
    for key in words:
        groups[_find(parent, key)].add(key)
    return list(groups.values())


def _settle_clips(
    parent: dict[Key, Key],
    words: Mapping[Key, Words],
    containers: dict[Key, list[Key]],
    apart: set[tuple[Key, Key]],
    speaker_of: Callable[[Key], str | None] | None,
    date_of: Callable[[Key], str | None] | None,
    order: Sequence[list[Key]],
) -> None:
    """Join each clip of ``order`` (groups, longest quote first) to the group of the
    quotes that contain it (see the module's rule)."""
    seen = parent if LONGEST_FIRST else dict(parent)  # the groups a clip looks at
    for component in order:
        own = _find(seen, component[0])
        outer = {_find(seen, c) for k in component for c in containers[k]} - {own}
        if len(outer) > 1 and date_of is not None and speaker_of is not None:
            parts = [c for k in component for c in containers[k]]
            if one_statement(component, parts, words.__getitem__, speaker_of, date_of):
                for group in outer:  # one speaker's statement quoted in parts
                    parent[_find(parent, group)] = _find(parent, own)
                continue
        if len(outer) > 1 and speaker_of is not None:
            around = [(_find(seen, c), c) for k in component for c in containers[k]]
            outer = _said_by(component, [(g, c) for g, c in around if g != own], speaker_of)
            # and only a group that holds a container of every quote of the clip's group
            # that is a clip at all: an edit of it no quote contains ("ready to die" for
            # "here to die") asks nothing (t43)
            outer = {
                g
                for g in outer
                if all(
                    any(_find(seen, c) == g for c in containers[k])
                    for k in component
                    if containers[k]
                )
            }
        if len(outer) == 1:
            (group,) = outer
            pairs = [(k, c) for k in component for c in containers[k] if _find(seen, c) == group]
            if all(pair in apart for pair in pairs):
                continue  # another person's words, reworded, months apart (nu37 #2)
            inside = (c for _, c in pairs)
            if (
                speaker_of is not None
                and date_of is not None
                and stock_apart(component, inside, words.__getitem__, speaker_of, date_of)
            ):
                continue  # a stock phrase inside another's quotation (`quote_stock`)
            target, here = _find(parent, group), _find(parent, component[0])
            if target != here:
                parent[here] = target


def _reworded_apart(
    a: Key,
    b: Key,
    words: Mapping[Key, Words],
    speaker_of: Callable[[Key], str | None] | None,
    date_of: Callable[[Key], str | None] | None,
    outlet_of: Callable[[Key], str | None] | None = None,
) -> bool:
    """True when an edit or clip pair is reworded (the shorter's words are not the longer's,
    in order: `in_order`) and two named people's, said apart (`named_apart`): no reprint
    rewords, and an edit that close to another person's words is a phrase they share. Or
    when both are common words said days apart, by no one surname, in two outlets
    (`common_apart`)."""
    if speaker_of is None or date_of is None:
        return False
    short, long_ = (words[a], words[b]) if shorter(words[a], words[b]) else (words[b], words[a])
    if common_apart(a, b, words.__getitem__, speaker_of, date_of, outlet_of):
        return True  # common words said by two people on two days (nu38 #1)
    return not in_order(short, long_) and named_apart(a, b, speaker_of, date_of)


def _said_by(
    clip: Sequence[Key],
    around: Sequence[tuple[Key, Key]],
    speaker_of: Callable[[Key], str | None],
) -> set[Key]:
    """Of the groups around a clip (group, containing quote), those whose containing
    quotes have a speaker of the clip (by surname: "Tillerson", "Rex Tillerson"): a clip
    its outlets give to one speaker belongs to that speaker's quotation, when only one of
    the quotations that contain it is that speaker's."""
    mine = {_surname(speaker_of(k)) for k in clip} - {None}
    return {group for group, quote in around if _surname(speaker_of(quote)) in mine}


def components(words: Mapping[Key, Words]) -> list[set[Key]]:
    """The connected parts of a set of quotes under `linked` (the regions it makes)."""
    parent = {k: k for k in words}
    for a, b, _ in _links(words):
        parent[_find(parent, a)] = _find(parent, b)
    parts: dict[Key, set[Key]] = defaultdict(set)
    for key in words:
        parts[_find(parent, key)].add(key)
    return list(parts.values())

"""Articles as numbers: stemmed word ids, TF-IDF rows over title and lead, passage fingerprints."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from index.analysis.words import STOPWORDS
from index.analysis.words import stem as _stem

if TYPE_CHECKING:
    import scipy.sparse as sp

LEAD_WORDS = 150
"""Body words read per article. News puts the event in the lead; later paragraphs add
background that is shared by every article of a long-running saga, so reading the lead
only keeps two articles about different days of one saga apart, and makes full texts and
feed openings (~90 words) compare on the same scale."""
TITLE_WEIGHT = 3.0
"""A title word counts as much as three body words: the headline names the event (chosen
on the tuning half of the labelled events; 2 and 3 differ by less than the noise there)."""
SHINGLE_WORDS = 8
"""Words in a passage fingerprint: eight words in a row are rarely shared by chance."""
SHINGLE_SAMPLE = 4
"""One fingerprint in SHINGLE_SAMPLE is kept (by hash value, so the same passage keeps the
same ones in every article): a shared passage of 20 words is still found 98% of the time."""
TOP_TERMS = 12
"""Heaviest terms kept per article, to say which terms two related articles share."""

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_WORD_ASCII = re.compile(_WORD.pattern, re.ASCII)
"""`_WORD` for ASCII text, where it finds the same words ~15% faster (a table lookup per
character, not a Unicode category test)."""
_SLUG_SPLIT = re.compile(r"[-_+]+")
_SLUG_END = re.compile(r"\.(?:s?html?|php|aspx?|cms)$", re.IGNORECASE)
_SLUG_CODE = re.compile(r"(?=.*\d)(?=.*[a-z])[a-z\d]+|\d{5,}", re.IGNORECASE)
SLUG_MIN_WORDS = 4
"""A path segment is read as a headline slug when it has at least this many words, not
counting numeric ids and codes: a site's section path ("world-us-canada-38897507",
"entertainment-arts-38953862", Reuters' "us-usa-" prefix) has fewer."""
_STOP_STEMS = frozenset(STOPWORDS | {_stem(w) for w in STOPWORDS})
_MIX = np.uint64(0x9E3779B97F4A7C15)


class Vocabulary:
    """Stems and their ids; ids never change once given, so stored rows stay valid.

    Args:
        stems: Stems in id order (from a saved model), or empty for a new vocabulary.
    """

    def __init__(self, stems: Iterable[str] = (), words: Iterable[str] = ()) -> None:
        self.stems: list[str] = list(stems)
        self.words: list[str] = list(words) or list(self.stems)
        """The first word seen for each stem: what a person reads ("qualified", not "qualifi")."""
        self._ids: dict[str, int] = {s: i for i, s in enumerate(self.stems)}
        self._words: dict[str, int] = {}
        self._keys = np.empty(0, np.uint64)
        self._hashed = np.empty(0, bool)  # the stems whose ``_keys`` slot is filled

    def __len__(self) -> int:
        return len(self.stems)

    def word_ids(self, words: Sequence[str]) -> list[int]:
        """Return the stem id of every word (lower-case), adding new stems."""
        cache = self._words
        out: list[int | None] = list(map(cache.get, words))
        if None in out:
            for k, word in enumerate(words):
                if out[k] is None:
                    out[k] = self._add(word)
        return out  # type: ignore[return-value]  # no None is left

    def _add(self, word: str) -> int:
        tid = self._words.get(word)
        if tid is None:
            stem = _stem(word)
            tid = self._ids.get(stem)
            if tid is None:
                tid = self._ids[stem] = len(self.stems)
                self.stems.append(stem)
                self.words.append(word)
            self._words[word] = tid
        return tid

    def keys(self, ids: np.ndarray | None = None) -> np.ndarray:
        """A 64-bit hash of every stem's letters, by id: the same words give the same
        passage fingerprints and digests whatever order a corpus met its stems in (an exact
        copy read first gives new ids; sd33, nu34 #5).

        ``ids``: only these stems' keys are needed (an update's new words): the array has
        a slot per stem, but the slots of stems not asked for, now or before, hold 0. An
        update hashed every stem each time, ~0.05 CPU s at 100,000 articles (st77)."""
        n = len(self.stems)
        if len(self._keys) < n:
            grow = n - len(self._keys)
            self._keys = np.concatenate((self._keys, np.zeros(grow, np.uint64)))
            self._hashed = np.concatenate((self._hashed, np.zeros(grow, bool)))
        want = np.flatnonzero(~self._hashed) if ids is None else np.unique(ids)
        want = want[~self._hashed[want]]
        if len(want):
            stems = self.stems
            self._keys[want] = [
                int.from_bytes(hashlib.blake2b(stems[i].encode(), digest_size=8).digest(), "little")
                for i in want.tolist()
            ]
            self._hashed[want] = True
        return self._keys

    def stop_mask(self) -> np.ndarray:
        """A boolean per id: True for stems that carry no topic (stopwords, single letters).

        The stop stems are looked up by id, and only the stems shorter than two characters
        are looked at: an update asks this of a vocabulary of tens of thousands of stems.
        """
        mask = np.zeros(len(self.stems), dtype=bool)
        ids = self._ids
        mask[[i for i in map(ids.get, _STOP_STEMS) if i is not None]] = True
        short = np.flatnonzero(np.fromiter(map(len, self.stems), np.int64, len(self.stems)) < 2)
        mask[[i for i in short.tolist() if not self.stems[i].isdigit()]] = True
        return mask


@dataclass(frozen=True, slots=True)
class Tokens:
    """Word ids of a batch of articles, flattened.

    Attributes:
        ids: Stem ids of title words then lead words, article after article.
        doc: The article (0-based within the batch) of each word.
        title: True for title words.
    """

    ids: np.ndarray
    doc: np.ndarray
    title: np.ndarray


TICK = 1000
"""`tokenize` reports every this many texts."""


def _words(text: str) -> list[str]:
    text = text.lower().replace("’", "'")
    return (_WORD_ASCII if text.isascii() else _WORD).findall(text)


def url_words(url: str | None) -> str:
    """The words of an address's headline slug ("" when it has none).

    Most news sites put a headline in the path ("/2021/10/18/politics/qualified-immunity-
    supreme-court/index.html"), often the first draft of the title, with words the shown
    title lacks. Numeric ids and letter-digit codes ("a-37436483", "idUSKBN2HA1") are
    dropped; the longest hyphenated path segment left with SLUG_MIN_WORDS or more words is
    taken. A section path with an id ("world-us-canada-38897507") is not a headline.
    """
    if not url:
        return ""
    path = url.split("?", 1)[0].split("#", 1)[0]
    if "://" in path:
        path = path.split("://", 1)[1].partition("/")[2]
    best: list[str] = []
    for segment in path.split("/"):
        words = [w for w in _SLUG_SPLIT.split(_SLUG_END.sub("", segment)) if w]
        if len(words) < SLUG_MIN_WORDS or len(words) <= len(best):
            continue  # dropping codes leaves no more words
        words = [w for w in words if not _SLUG_CODE.fullmatch(w)]
        if len(words) >= SLUG_MIN_WORDS and len(words) > len(best):
            best = words
    return " ".join(best)


def slug_words_in(url: str | None, text: str) -> str:
    """The words of an address's headline slug (`url_words`) that ``text`` has too.

    A slug word the article's own title and body lack says nothing of what it reports: it
    is mostly a section's name ("world-us-canada-38897507" on every BBC article of the
    section), which made two BBC articles alike and listed "canada" as the words they
    share (nu31 #2). A slug word the text has counts as a title word: the slug is often
    the first draft of the headline, naming the event.
    """
    words = url_words(url)
    if not words:
        return ""
    lowered = text.lower()
    return " ".join(w for w in words.lower().split() if _whole_word_in(w, lowered))


def _whole_word_in(word: str, text: str) -> bool:
    """Whether ``word`` is in ``text`` with no letter or digit either side: the search
    ``(?<![^\\W_])word(?![^\\W_])`` (a letter or digit is `str.isalnum`, as ``[^\\W_]``
    is to `re`), without compiling a pattern a word: the 55,000 compiles (`re`'s cache
    holds 512) were 14 of 162 CPU s of a build of 100,000 distinct texts (st85)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


def tokenize(
    vocab: Vocabulary,
    texts: Sequence[tuple[str, str]],
    lead_words: int | None = LEAD_WORDS,
    tick: Callable[[int], None] | None = None,
) -> Tokens:
    """Turn (title, body) pairs into word ids: the whole title and the body's lead.

    ``lead_words=None`` reads the whole body. ``tick`` is called with the number of texts
    read every `TICK` texts (a progress report, which may raise to stop the work).
    """
    ids: list[list[int]] = []
    lengths: list[int] = []
    title_lengths: list[int] = []
    for done, (title, body) in enumerate(texts):
        if tick is not None and done and not done % TICK:
            tick(done)
        head = _words(title)
        lead = _words(body if lead_words is None else body[: lead_words * 12])[:lead_words]
        ids.append(vocab.word_ids(head + lead))
        lengths.append(len(head) + len(lead))
        title_lengths.append(len(head))
    counts = np.asarray(lengths, dtype=np.int64)
    flat = np.fromiter(itertools.chain.from_iterable(ids), dtype=np.int64, count=int(counts.sum()))
    doc = np.repeat(np.arange(len(texts), dtype=np.int64), counts)
    starts = (np.cumsum(counts) - counts).astype(np.int64)
    position = np.arange(len(flat), dtype=np.int64) - np.repeat(starts, counts)
    in_title = position < np.repeat(np.asarray(title_lengths, dtype=np.int64), counts)
    return Tokens(flat, doc, in_title)


def term_counts(
    tokens: Tokens, n_docs: int, stop: np.ndarray, n_terms: int, title_weight: float = TITLE_WEIGHT
) -> sp.csr_matrix:
    """Weighted term counts per article (a title word counts ``title_weight``), no stopwords."""
    import scipy.sparse as sp

    keep = ~stop[tokens.ids]
    weight = np.where(tokens.title[keep], title_weight, 1.0).astype(np.float32)
    counts = sp.csr_matrix(
        (weight, (tokens.doc[keep], tokens.ids[keep])), shape=(n_docs, n_terms), dtype=np.float32
    )
    counts.sum_duplicates()
    return counts


def idf(df: np.ndarray, n_docs: int) -> np.ndarray:
    """Smoothed inverse document frequency, as float32."""
    return (np.log((n_docs + 1.0) / (df.astype(np.float64) + 1.0)) + 1.0).astype(np.float32)


def tfidf(counts: sp.csr_matrix, weights: np.ndarray) -> sp.csr_matrix:
    """Unit-length rows of (1 + ln tf) x idf: ``rows @ rows.T`` is the cosine."""
    import scipy.sparse as sp

    rows = counts.astype(np.float32, copy=True)
    rows.data = (1.0 + np.log(np.maximum(rows.data, 1.0))) * weights[rows.indices]
    norms = np.sqrt(np.asarray(rows.multiply(rows).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    out: sp.csr_matrix = sp.csr_matrix(sp.diags(1.0 / norms).astype(np.float32) @ rows)
    return out


def top_terms(rows: sp.csr_matrix, limit: int = TOP_TERMS) -> np.ndarray:
    """The ``limit`` heaviest term ids of every row, heaviest first, padded with -1."""
    out = np.full((rows.shape[0], limit), -1, dtype=np.int32)
    indptr, indices, data = rows.indptr, rows.indices, rows.data
    for r in range(rows.shape[0]):
        lo, hi = indptr[r], indptr[r + 1]
        if lo == hi:
            continue
        order = np.argsort(-data[lo:hi], kind="stable")[:limit]
        out[r, : len(order)] = indices[lo:hi][order]
    return out


def fingerprints(
    tokens: Tokens, first_doc: int = 0, keys: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Sampled hashes of every SHINGLE_WORDS-word run of the leads, with their article;
    of the stems' ``keys`` (`Vocabulary.keys`) when given, else of their ids.

    Returns:
        ``(hashes, docs)``: uint64 hashes and int32 article numbers (offset by
        ``first_doc``), one pair per kept fingerprint.
    """
    body = ~tokens.title
    ids = (tokens.ids if keys is None else keys[tokens.ids])[body].astype(np.uint64)
    doc = tokens.doc[body]
    k = SHINGLE_WORDS
    if len(ids) < k:
        return np.empty(0, np.uint64), np.empty(0, np.int32)
    span = len(ids) - k + 1
    h = np.zeros(span, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * np.uint64(1_000_003) + ids[j : j + span] + np.uint64(1)
        h ^= h >> np.uint64(29)
        h *= _MIX
        h ^= h >> np.uint64(32)
    same_doc = doc[:span] == doc[k - 1 :]
    keep = same_doc & (h % np.uint64(SHINGLE_SAMPLE) == 0)
    return h[keep], (doc[:span][keep] + first_doc).astype(np.int32)

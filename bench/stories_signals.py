"""`python -m bench.stories_signals`: do signals beyond word overlap tell events apart?

For the labelled pairs of one half of the AllSides events that the story likeness scores
at 0.1 or more (the pairs the clustering has to decide), the share that are one event,
split by likeness band and by each candidate signal; a signal worth adding is one where
that share differs a lot between its values inside a band. Then the clustering on the
tuning halves (AllSides and the full-text week) with the signals that showed anything
folded into the likeness. Counts and scores only, no article text.

Signals: the event date (weekday words, "yesterday"/"today", month-day dates resolved
against the article's date; the first one of title and lead, or any), the lead sentence's
first name (its subject, usually) and the names of title and lead sentence, shared rare
word 4- and 5-grams of the lead, shared rare numbers, and a time-local IDF (term rarity
within the article's window of days instead of the whole corpus, to weigh down a saga's
vocabulary).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from bench.stories_checks import FULL_TEXT_LABELS
from bench.stories_eval import CORPORA, _story_article, cluster_scores, load, part, read
from index.analysis import pairs as P
from index.analysis.entities import Lexicon, find_names
from index.analysis.stories import StoryArticle, StoryParams
from index.analysis.story_build import _canonical, _days, _score, compare, group, tokens_for
from index.analysis.vectors import Vocabulary, fingerprints, idf, term_counts
from index.analysis.words import STOPWORDS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = (
    "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|"
    "september sep sept|october oct|november nov|december dec"
)
MONTHS = {m: k + 1 for k, names in enumerate(_MONTH_NAMES.split("|")) for m in names.split()}
_DAYREF = re.compile(
    r"\b(?:(last|next|this)\s+)?(" + "|".join(WEEKDAYS) + r")\b"
    r"|\b(yesterday|today|tonight|last night)\b"
    r"|\b(" + "|".join(MONTHS) + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?<![\w.])\$?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(million|billion|trillion|percent|%))?",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
LEAD = 150
Pairs = P.Pairs


def event_dates(text: str, when: datetime | None) -> list[date]:
    """The days ``text`` names, resolved against its date (a weekday is the last one)."""
    if when is None:
        return []
    today = when.date()
    out = []
    for m in _DAYREF.finditer(text):
        if m.group(2):
            back = (today.weekday() - WEEKDAYS.index(m.group(2).lower())) % 7
            if (m.group(1) or "").lower() == "next":
                back = back - 7 if back else -7
            out.append(today - timedelta(days=back))
        elif m.group(3):
            out.append(today - timedelta(days=m.group(3).lower() in ("yesterday", "last night")))
        else:
            month, day = MONTHS[m.group(4).lower()], int(m.group(5))
            try:
                near = [
                    today.replace(year=today.year + k, month=month, day=day) for k in (-1, 0, 1)
                ]
            except ValueError:
                continue
            out.append(min(near, key=lambda d: abs((d - today).days)))
    return out


def numbers(text: str) -> set[str]:
    """Numbers above ten (with their scale word), years left out."""
    out = set()
    for m in _NUMBER.finditer(text):
        raw, scale = m.group(1).replace(",", ""), (m.group(2) or "").lower()
        if not scale and (re.fullmatch(r"(19|20)\d\d", raw) or float(raw) <= 10):
            continue
        out.add(f"{float(raw):g}{scale[:1]}")
    return out


def grams(text: str, k: int) -> set[str]:
    """Runs of ``k`` words with at least two that are not stopwords."""
    words = re.findall(r"[\w']+", text.lower().replace("’", "'"))
    return {
        " ".join(words[x : x + k])
        for x in range(len(words) - k + 1)
        if sum(w not in STOPWORDS for w in words[x : x + k]) >= 2
    }


def lead(article: StoryArticle) -> str:
    return " ".join(article.body.split()[:LEAD])


def features(ordered: Sequence[StoryArticle]) -> list[dict[str, object]]:
    """Every candidate signal of every article."""
    lexicon = Lexicon.of([a.title + "\n" + lead(a) for a in ordered])
    out = []
    for a in ordered:
        body = lead(a)
        first = _SENTENCE.split(body, maxsplit=1)[0]
        dates = event_dates(f"{a.title}. {body}", a.date)
        names = find_names(first, lexicon)
        out.append(
            {
                "date": dates[0] if dates else None,
                "dates": set(dates),
                "subject": names[0].key[-1] if names and names[0].key else None,
                "names": {n.key[-1] for n in (*find_names(a.title, lexicon), *names) if n.key},
                "numbers": numbers(f"{a.title}. {body}"),
                "4-grams": grams(body, 4),
                "5-grams": grams(body, 5),
            }
        )
    return out


def _agree(x: object, y: object) -> str:
    return "unknown" if x is None or y is None else ("same" if x == y else "different")


def _shared(x: set[str], y: set[str], df: Counter[str], rare: int = 5) -> str:
    found = sum(1 for g in x & y if df[g] <= rare)
    return "none" if not found else ("one" if found == 1 else "2+")


def signal_table(articles: list[StoryArticle], truth: dict[str, str], which: str) -> None:
    """Print, per band and signal value, the event-mates among the labelled pairs."""
    ordered = _canonical(articles)
    ids, (i, j, s) = compare(articles, StoryParams())
    f = features(ordered)
    df = {k: Counter(g for x in f for g in x[k]) for k in ("numbers", "4-grams", "5-grams")}
    rows: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for a, b, v in zip(i.tolist(), j.tolist(), s.tolist(), strict=True):
        ea, eb = truth.get(ids[a]), truth.get(ids[b])
        if ea is None or eb is None or part(ea) != which or v < 0.1:
            continue
        band = "0.3+" if v >= 0.3 else ("0.2-0.3" if v >= 0.2 else "0.1-0.2")
        fa, fb = f[a], f[b]
        both = fa["dates"] and fb["dates"]
        cells = {
            "first event date": _agree(fa["date"], fb["date"]),
            "any event date": "unknown"
            if not both
            else ("shared" if fa["dates"] & fb["dates"] else "none shared"),
            "lead subject": _agree(fa["subject"], fb["subject"]),
            "names of title + lead sentence": "unknown"
            if not (fa["names"] and fb["names"])
            else ("shared" if fa["names"] & fb["names"] else "none shared"),
        }
        for key in ("numbers", "4-grams", "5-grams"):
            cells[f"rare {key} shared"] = _shared(fa[key], fb[key], df[key])
        for name, value in cells.items():
            rows[(name, band, value)][ea == eb] += 1
    print(f"labelled pairs of the {which} half scoring 0.1+: event-mates / pairs")
    for (name, band, value), (other, mates) in sorted(rows.items()):
        print(
            f"  {name:<32}{band:<9}{value:<13}{mates:>5} / {mates + other:<5}"
            f"{mates / (mates + other):>6.2f}"
        )


def full_text_week(corpora: Path) -> tuple[list[StoryArticle], dict[str, str], frozenset[str]]:
    """The labelled full-text week: its articles, events of 2+ and the "unsure" ids."""
    records = [json.loads(line) for line in FULL_TEXT_LABELS.read_text().splitlines()]
    corpus, (first, last) = records[0]["corpus"], records[0]["slice"]
    articles = [
        _story_article(a.id, a)
        for a in read(corpora / corpus)
        if a.date and first <= a.date.strftime("%Y-%m-%d") <= last
    ]
    truth: dict[str, str] = {}
    unsure: set[str] = set()
    for record in records:
        unsure.update(record.get("unsure", []))
        truth.update(dict.fromkeys(record.get("articles", []), str(record.get("event"))))
    return articles, truth, frozenset(unsure)


def date_adjusted(penalty: float, boost: float) -> Callable[[list[StoryArticle]], Pairs]:
    """Likeness times ``penalty`` when the first event dates differ, ``boost`` when equal."""

    def pairs(articles: list[StoryArticle]) -> Pairs:
        ordered = _canonical(articles)
        _, (i, j, s) = compare(articles, StoryParams())
        day = np.array([(x["date"] or date.min).toordinal() for x in features(ordered)])
        known = (day[i] > 1) & (day[j] > 1)
        copy = s >= 0.999
        factor = np.where(known & (day[i] == day[j]), boost, penalty)
        factor = np.where(known & ~copy, factor, 1.0)
        return i, j, np.minimum(s * factor, 1.0).astype(np.float32)

    return pairs


def event_decay(articles: list[StoryArticle]) -> Pairs:
    """Decay by the days between the first event dates (where both are known)."""
    params = StoryParams()
    ordered = _canonical(articles)
    _, (i, j, s) = compare(articles, params)
    day = np.array([(x["date"] or date.min).toordinal() for x in features(ordered)], float)
    days = np.array([_days(a.date) for a in ordered])
    published = np.nan_to_num(np.abs(days[i] - days[j]))
    known = (day[i] > 1) & (day[j] > 1)
    apart = np.where(known, np.abs(day[i] - day[j]), published)
    cosine = s / np.exp(-params.decay_per_day * published)
    out = np.where(s >= 0.999, s, cosine * np.exp(-params.decay_per_day * apart))
    return i, j, np.minimum(out, 1.0).astype(np.float32)


def local_idf(mix: float, window: int = 3) -> Callable[[list[StoryArticle]], Pairs]:
    """TF-IDF with ``idf_corpus^(1-mix) * idf_window^mix``: rarity among the articles of
    the days around each article's day."""

    def pairs(articles: list[StoryArticle]) -> Pairs:
        params = StoryParams()
        ordered = _canonical(articles)
        n = len(ordered)
        vocab = Vocabulary()
        tokens = tokens_for(vocab, ordered)
        counts = term_counts(tokens, n, vocab.stop_mask(), len(vocab))
        days = np.array([_days(a.date) for a in ordered])
        day = np.floor(np.nan_to_num(days)).astype(np.int64)
        day -= day.min()
        nd = int(day.max()) + 1
        by_day = sp.csr_matrix((np.ones(n), (day, np.arange(n))), shape=(nd, n))
        seen = counts.copy()
        seen.data[:] = 1
        near = sp.diags(
            [np.ones(nd - abs(k)) for k in range(-window, window + 1)],
            list(range(-window, window + 1)),
            shape=(nd, nd),
        )
        window_df = sp.csr_matrix(near @ (by_day @ seen))
        window_n = near @ np.bincount(day, minlength=nd)
        cells = counts.tocoo()
        local = (
            np.log(
                (window_n[day[cells.row]] + 1)
                / (np.asarray(window_df[day[cells.row], cells.col]).ravel() + 1)
            )
            + 1
        )
        overall = idf(np.bincount(counts.indices, minlength=len(vocab)), n)[cells.col]
        weight = (1 + np.log(np.maximum(cells.data, 1))) * overall ** (1 - mix) * local**mix
        rows = sp.csr_matrix(
            (weight.astype(np.float32), (cells.row, cells.col)), shape=counts.shape
        )
        norms = np.sqrt(np.asarray(rows.multiply(rows).sum(axis=1)).ravel())
        rows = sp.csr_matrix(sp.diags(1 / np.where(norms > 0, norms, 1)).astype(np.float32) @ rows)
        fp = fingerprints(tokens)
        per_doc = np.bincount(fp[1], minlength=n)
        return _score(rows, days, fp, None, per_doc, params).likeness

    return pairs


def clustering(corpora: Path, which: str) -> None:
    """F1 / pair precision on the ``which`` halves with each likeness variant and threshold."""
    articles, truth = load(corpora)
    week, week_truth, unsure = full_text_week(corpora)
    variants: dict[str, Callable[[list[StoryArticle]], Pairs]] = {
        "word overlap (as built)": lambda arts: compare(arts, StoryParams())[1],
        "first event dates differ: x0.7": date_adjusted(0.7, 1.0),
        "first event dates differ: x0.3": date_adjusted(0.3, 1.0),
        "first event dates equal: x1.15": date_adjusted(1.0, 1.15),
        "decay by event dates": event_decay,
        "time-local IDF, mix 0.3": local_idf(0.3),
        "time-local IDF, mix 1.0": local_idf(1.0),
    }
    print(f"\nclustering, {which} halves: AllSides F1 / pair precision | full-text week")
    for name, likeness in variants.items():
        found = [likeness(arts) for arts in (articles, week)]
        for threshold in (0.25, 0.275, 0.3, 0.325):
            line = []
            for arts, pairs, tr, skip in (
                (articles, found[0], truth, frozenset()),
                (week, found[1], week_truth, unsure),
            ):
                ids = [a.id for a in _canonical(arts)]
                label = group(len(ids), pairs, StoryParams(threshold=threshold))
                sc = cluster_scores({a: str(label[k]) for k, a in enumerate(ids)}, tr, which, skip)
                line.append(f"{sc['F1']:.3f} / {sc['pair_precision']:.3f}")
            print(f"  {name:<34}threshold {threshold:<6} {line[0]}  |  {line[1]}")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_signals", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--half", default="tune", choices=("tune", "held-out"))
    args = parser.parse_args()
    articles, truth = load(args.corpora)
    signal_table(articles, truth, args.half)
    clustering(args.corpora, args.half)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

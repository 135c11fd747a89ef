"""Score `index.text.extract.extract` on generated cases: lines kept and removed, facts by field."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from index.ingest.sanitize import sanitize
from index.models import Extracted
from index.text.dated_blurbs import blurb_spans, outside
from index.text.extract import extract
from index.text.lost_space import mend_spaces
from index.text.outlets import known_outlet, outlet_aliases, outlet_from_host
from index.text.related_teaser import teaser_spans
from index.text.source_trailer import source_trailer
from tests.messy.generate import ARTICLE, DEBRIS, META, Case

FIELDS = ("title", "outlet", "date", "updated", "byline")


def _norm(text: str) -> str:
    return " ".join(text.split())


def _less_trailer(text: str) -> str | None:
    """A paragraph without the "Source:-Al Jazeera" trailer closing it (fx98: the trailer is
    the outlet's credit, read as the outlet and taken off the body; the rest of the paragraph
    must stay), or None when it closes with none."""
    found = source_trailer(text)
    return None if found is None else text[: found[0]].rstrip(" -")


def _less_teasers(text: str) -> str | None:
    """A paragraph without the related articles' teasers run into it ("READ MORE: <another
    article's headline>", cl43; DW's dated blurbs "<teaser> (05.02.2017)" and share rows,
    cl44: the real bodies the cases are made of carry them; they are debris, cut and kept
    aside, and the rest of the paragraph must stay), or None when it holds none."""
    spans = teaser_spans(text)
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    less = " ".join(" ".join([*kept, text[at:]]).split())
    blurbs = blurb_spans(less)
    if not spans and not blurbs:
        return None
    return " ".join(outside(less, blurbs).split())  # their dashes go with them (sp58)


def _key(text: str) -> str:
    """Names compared loosely: case, punctuation, spaces and a leading "The" ignored."""
    text = re.sub(r"[^\w]+", " ", text.lower()).strip()
    return text.removeprefix("the ").strip()


def same_outlet(found: str, accepts: Iterable[str]) -> bool:
    """Names the outlet table lists as one outlet ("AP", "The Associated Press") are one,
    and a web host is the outlet the table gives it (a URL line states a host)."""
    key = _key(known_outlet(found) or found)
    names = set()
    for accepted in accepts:
        names.add(_key(known_outlet(accepted) or accepted))
        if "." in accepted:
            names.add(_key(outlet_from_host(accepted) or accepted))
    return key in names


_AUTHORS = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
"""What parts a byline's names ("A, B and C", "A & B")."""


def _in_text(field: str, value: str, text: str) -> bool:
    """Whether the text states ``value``: as written (an outlet by any of its names), or a
    byline name by name, since the text may put each author's place between them ("By Ivan
    Oransky, New York University and Adam Marcus, Johns Hopkins University": fx173)."""
    said = _key(text)
    if any(_key(name) in said for name in _names(field, value)):
        return True
    names = [_key(name) for name in _AUTHORS.split(value) if name.strip()]
    return (
        field == "byline"
        and len(names) > 1
        and all(name and f" {name} " in f" {said} " for name in names)  # whole words
    )


def _names(field: str, value: str) -> list[str]:
    """The names a found value may be written as in the text (an outlet's aliases)."""
    if field != "outlet":
        return [value]
    return [value, *outlet_aliases(value)]


@dataclass
class FieldScore:
    """One fact's tally: where the header stated it, and where it did not."""

    stated: int = 0
    found: int = 0
    wrong: int = 0
    missed: int = 0
    unstated: int = 0
    invented: int = 0
    from_text: int = 0
    """Unstated in the header but found in the article text itself (a wire credit...)."""
    examples: list[str] = field(default_factory=list)


@dataclass
class Score:
    """The tally over many cases."""

    cases: int = 0
    debris: int = 0
    debris_removed: int = 0
    article: int = 0
    article_removed: int = 0
    meta: int = 0
    meta_in_body: int = 0
    unreviewable: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    kept_kind: Counter[str] = field(default_factory=Counter)
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    failures: list[str] = field(default_factory=list)
    teaser_cuts: list[str] = field(default_factory=list)
    """Article paragraphs counted as kept less a teaser (`_less_teasers`): the scorer finds
    the teaser with the cleaning's own `teaser_spans`, so a cut through the article's words
    would pass unseen (rv63: "Abdel Rahman told" went with a headline); said, to be read."""

    def add(self, case: Case, found: Extracted) -> None:
        self.cases += 1
        body = Counter(_norm(line) for line in found.body.split("\n") if line.strip())
        removed = Counter(
            _norm(line) for block in found.removed for line in block.split("\n") if line.strip()
        )
        provenance = getattr(found, "provenance", {}) or {}
        cited = " ".join(str(v) for v in provenance.values())
        for line in case.lines:
            key = _norm(sanitize(line.text))
            if body[key] == 0 and (less := _less_trailer(line.text)) is not None:
                key = _norm(sanitize(less)) or key  # its trailer cut off, the rest kept
            if not body[key] and not removed[key] and (less := _less_teasers(sanitize(line.text))):
                less = _less_trailer(less) or less  # a trailer closing it too
                key = _norm(less) or key  # its teasers cut off (cl43), the rest kept
                if line.label == ARTICLE:
                    self.teaser_cuts.append(f"{case.id} kept less a teaser: {key[:100]!r}")
            if not body[key] and not removed[key] and body[mend_spaces(key)]:
                key = mend_spaces(key)  # its lost-space dashes made spaces again (cl45)
            in_body = body[key] > 0
            if in_body:
                body[key] -= 1
            elif removed[key] > 0:
                removed[key] -= 1
            elif key and key[:40] not in cited:
                self.unreviewable += 1
            if line.label == ARTICLE:
                self.article += 1
                if not in_body:
                    self.article_removed += 1
                    self.failures.append(f"{case.id} paragraph removed: {key[:100]!r}")
            elif line.label == DEBRIS:
                self.debris += 1
                self.by_kind[line.kind] += 1
                if in_body:
                    self.kept_kind[line.kind] += 1
                    self.failures.append(f"{case.id} debris kept ({line.kind}): {key[:100]!r}")
                else:
                    self.debris_removed += 1
            elif line.label == META:
                self.meta += 1
                if in_body:
                    self.meta_in_body += 1
                    self.failures.append(f"{case.id} {line.kind} left in body: {key[:100]!r}")
        text = case.text
        title = None if found.title_derived else found.title
        if title and found.byline and _key(f"{title} {found.byline}") == _key(case.title or ""):
            title = case.title  # the record's title ran on into its author's name (na-1486's
            # "... Irish Travellers Ruairi Casey"): told apart, the title is found (fx172)
        self._fact(case, "title", case.title, title, text)
        self._fact(case, "outlet", case.outlet, found.source, text, accepts=case.outlet_accepts)
        self._fact(case, "date", case.date, found.date, text)
        self._fact(case, "updated", case.updated, getattr(found, "updated", None), text)
        self._fact(case, "byline", case.byline, found.byline, text)

    def _fact(
        self,
        case: Case,
        name: str,
        truth: str | datetime | None,
        got: str | datetime | None,
        text: str,
        accepts: Iterable[str] = (),
    ) -> None:
        score = self.fields[name]
        if truth is None:
            score.unstated += 1
            if got is None:
                return
            # a value the header does not state is fine only if the article text gives it
            if isinstance(got, str) and _in_text(name, got, text):
                score.from_text += 1
                if name == "title":  # a headline taken from the text is never right unstated
                    score.invented += 1
                    self.failures.append(f"{case.id} {name} unstated, got {got!r}")
                return
            if name == "date" and _address_day(text, got):
                score.from_text += 1  # the day an address in the text names (st50: articles 30)
                return
            score.invented += 1
            self.failures.append(f"{case.id} {name} unstated, got {got!r}")
            return
        score.stated += 1
        if got is None:
            score.missed += 1
            self.failures.append(f"{case.id} {name} missed: {truth!r}")
            return
        if isinstance(truth, datetime):
            right = got == truth
        elif name == "outlet":
            right = same_outlet(str(got), accepts or (truth,))
        else:
            right = _key(str(got)) == _key(truth)
        if right:
            score.found += 1
        else:
            score.wrong += 1
            self.failures.append(f"{case.id} {name} wrong: {got!r} (stated {truth!r})")

    def table(self) -> str:
        """The figures as a Markdown table."""
        debris = 100 * self.debris_removed / max(1, self.debris)
        rows = [
            f"cases: {self.cases}",
            "",
            "| lines | total | removed from the body | kept in the body |",
            "| --- | --- | --- | --- |",
            f"| debris | {self.debris} | {self.debris_removed} ({debris:.1f}%) | "
            f"{self.debris - self.debris_removed} |",
            f"| article paragraphs | {self.article} | {self.article_removed} | "
            f"{self.article - self.article_removed} |",
            f"| header lines (title, byline, dates, outlet, kicker) | {self.meta} | "
            f"{self.meta - self.meta_in_body} | {self.meta_in_body} |",
            "",
            "| field | stated | found | wrong | missed | found % | not stated | invented |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for name, s in self.fields.items():
            share = 100 * s.found / max(1, s.stated)
            rows.append(
                f"| {name} | {s.stated} | {s.found} | {s.wrong} | {s.missed} | {share:.1f}% | "
                f"{s.unstated} | {s.invented} |"
            )
        rows.append("")
        rows.append(f"lines neither in the body, nor removed, nor cited: {self.unreviewable}")
        rows.append(
            f"article paragraphs counted kept less a related teaser or DW blurb (found by the"
            f" rules themselves:"
            f" read them, `teaser_cuts`): {len(self.teaser_cuts)}"
        )
        return "\n".join(rows)


def run(cases: Iterable[Case]) -> Score:
    """Extract every case as a pasted text file would be, and tally."""
    score = Score()
    for case in cases:
        score.add(case, extract(sanitize(case.text)))
    return score


_ADDRESS_DAY = re.compile(r"https?://\S*?/(\d{4})(?:[/-](\d{2})[/-]|/(\d{2}))(\d{2})(?:[/-]|\b)")
"""A web address in the text whose path names a day (``/2017/03/24/``, ``/2017-03-24-``,
RTE's ``/2017/0324/``: st76)."""


def _address_day(text: str, got: object) -> bool:
    """Whether ``got`` is the day a web address in ``text`` names (an undated record takes
    it: st50), read here by a pattern of its own, not the product's."""
    if not hasattr(got, "year"):
        return False
    days = {(int(y), int(m or n), int(d)) for y, m, n, d in _ADDRESS_DAY.findall(text)}
    return (got.year, got.month, got.day) in days  # type: ignore[attr-defined]

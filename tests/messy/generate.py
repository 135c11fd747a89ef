"""Wrap real article bodies in web debris and header variants, with the truth known (seeded).

The bodies come from ../shared/corpora at run time (never stored in the project). Each case
is the text a reader would paste or save: a header (outlet, kicker, title, share row,
byline, dates, photo credits, in one of several layouts), the article's paragraphs with
debris between them, and a footer (topics, comments, bios, "Most read" lists, credits).
Every line carries its label, and the case the facts its header states.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from index.text.sentences import split_sentences
from tests.messy import phrasings as P

CORPORA = ("newsarticles.jsonl", "allsides_stories.jsonl")
SPLITS = ("tune", "held-out")
ARTICLE, DEBRIS, META = "article", "debris", "meta"
MAX_PARAGRAPHS = 14
TRIGGERS = re.compile(
    r"\b(?:subscri\w*|share[sd]?|follow\w*|read more|advertis\w*|comments?|cookies?|photo\w*"
    r"|related|topics?|copyright|originally|newsletters?|sign(?:ed)? up|tweet\w*|print\w*"
    r"|e-?mail\w*|images?|pictures?|continue[sd]?|sponsor\w*|watch|read|credit\w*|like|learn|click|version)\b",
    re.IGNORECASE,
)
"""Words that debris is made of: a real sentence with one, on a line of its own, is a decoy."""
_DATELINE_ONLY = re.compile(r"^[A-Z][A-Z .'-]+, \w+ \d{1,2}\. /[A-Z]+/\.(?:\s|$)")
"""A TASS dateline, which the sentence splitter would leave as a sentence of its own."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a case and what it is: article text, debris, or header metadata."""

    text: str
    label: str
    kind: str = ""


@dataclass(frozen=True, slots=True)
class Case:
    """A generated text and its truth.

    ``outlet_accepts`` holds the forms of the stated outlet that count as found (a URL line
    states a host, which counts as well as the outlet's name).
    """

    id: str
    record_id: str
    layout: str
    lines: tuple[Line, ...]
    separator: str
    title: str | None
    outlet: str | None
    outlet_accepts: frozenset[str]
    date: datetime | None
    updated: datetime | None
    byline: str | None

    @property
    def text(self) -> str:
        return self.separator.join(line.text for line in self.lines) + "\n"


@dataclass(frozen=True, slots=True)
class Record:
    """An article from a corpus: the parts the generator wraps."""

    id: str
    title: str | None
    source: str | None
    day: datetime
    url: str | None
    paragraphs: tuple[str, ...]
    subtitle: str | None = None


def load_records(corpora: Path) -> list[Record]:
    """Both corpora's articles, paragraphs kept (flat bodies split into sentence groups)."""
    records: list[Record] = []
    for name in CORPORA:
        with (corpora / name).open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                body = row.get("body") or ""
                records.append(
                    Record(
                        id=row["id"],
                        title=(row.get("title") or "").strip() or None,
                        source=outlet_name(row.get("source"), row.get("url")),
                        day=datetime.fromisoformat(row["date"][:10]),
                        url=row.get("url"),
                        paragraphs=tuple(p for p in _paragraph_source(body) if p),
                        subtitle=" ".join((row.get("subtitle") or "").split()) or None,
                    )
                )
    # a body of a few words ("View Comments") is a page with no article: nothing to wrap
    return [r for r in records if sum(len(p.split()) for p in r.paragraphs) >= 20]


_SOURCE_PROMO = re.compile(r"\s*(?:Share this slide:.*|(?<=[.!?\"'”’)])\s*Learn more)$")
"""The corpus's own debris closing a body: HuffPost's "Share this slide: ... Learn more" and a
bare "Learn more" link (cp45 cleans them: nu54 #6), no article text of the truth."""


def _paragraph_source(body: str) -> list[str]:
    body = _SOURCE_PROMO.sub("", body.rstrip())
    parts = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", body) if p.strip()]
    return parts if len(parts) > 1 else [" ".join(body.split())]


def outlet_name(source: str | None, url: str | None = None) -> str | None:
    """The outlet as its own pages name it, or None when the corpus names a columnist.

    AllSides labels some articles by their columnist ("Paul Krugman"): a label that shares
    no word (or initials) with the article's web host is not the outlet's name.
    """
    if not source or source.startswith("Guest Writer"):
        return None
    source = re.sub(r"\s*\([^()]*\)$", "", source).strip()
    source = {"AP Politics & Fact Check": "Associated Press"}.get(source, source)
    host = (urlsplit(url).hostname or "").lower() if url else ""
    if host:
        words = [w for w in re.findall(r"[a-z]+", source.lower()) if len(w) >= 3]
        initials = "".join(w[0] for w in re.findall(r"[a-z]+", source.lower()))
        fits = any(w in host for w in words if w not in ("the", "news")) or (
            len(initials) >= 2 and initials in host
        )
        compact = re.sub(r"[^a-z]", "", source.lower())
        if not fits and compact[:4] not in host:
            return None
    return source


def split_of(record_id: str) -> str:
    """The split a record belongs to, fixed by its id (no record is in both)."""
    return SPLITS[sum(record_id.encode()) % 2]


def _pool(options: Sequence[str], split: str) -> Sequence[str]:
    return options[::2] if split == "tune" else options


def cases(records: Sequence[Record], *, seed: int, split: str, count: int) -> Iterator[Case]:
    """``count`` cases from the split's records, the same for the same seed."""
    rng = random.Random(seed)
    pool = [r for r in records if split_of(r.id) == split]
    titles = [r.title for r in records if r.title]
    for number in range(count):
        record = pool[rng.randrange(len(pool))]
        yield _Builder(rng, record, split, titles).build(f"{split}-{seed}-{number}")


_AGENCY_LEDE = {
    "Reuters": ("{city} (Reuters) - ", "{city}, {md} (Reuters) - ", "(Reuters) - "),
    "Associated Press": ("{city} (AP) — ", "{city} (AP) — "),
    "CNN": ("(CNN) ", "{city} (CNN) "),
    "AFP": ("{city} (AFP) - ",),
}
_HOURS = tuple(range(6, 23))


class _Builder:
    """Builds one case: the header, the body with debris, the footer."""

    def __init__(self, rng: random.Random, record: Record, split: str, titles: list[str]):
        self.rng = rng
        self.record = record
        self.split = split
        self.titles = [t for t in titles if t != record.title]
        first = rng.choice(P.FIRST_NAMES)
        self.name = f"{first} {rng.choice(P.LAST_NAMES)}"
        self.handle = self.name.replace(" ", "").lower()[:12]
        self.host = (urlsplit(record.url).hostname or "") if record.url else ""
        self.domain = self.host.removeprefix("www.") or "example.com"

    def pick(self, options: Sequence[str]) -> str:
        return self.rng.choice(_pool(options, self.split))

    def fill(self, template: str) -> str:
        outlet = self.record.source or "the paper"
        return template.format(
            title=self.rng.choice(self.titles),
            outlet=outlet,
            domain=self.domain,
            name=self.name,
            handle=self.handle,
            n=self.rng.randint(2, 480),
            city=self.rng.choice(P.CITIES),
            role=self.rng.choice(P.ROLES),
            beat=self.rng.choice(P.BEATS),
            email=f"{self.handle}@{self.domain}",
            topics=", ".join(self.rng.sample(P.TOPICS, self.rng.randint(2, 5))),
            pronoun=self.rng.choice(("him", "her", "them")),
        )

    def debris(self, kind: str) -> list[Line]:
        if kind == "list":
            header = self.fill(self.pick(P.LIST_HEADERS))
            items = self.rng.sample(self.titles, self.rng.randint(3, 6))
            numbered = self.rng.random() < 0.4
            return [Line(header, DEBRIS, kind)] + [
                Line(f"{k}. {t}" if numbered else t, DEBRIS, kind) for k, t in enumerate(items, 1)
            ]
        lines = [Line(self.fill(self.pick(P.DEBRIS[kind])), DEBRIS, kind)]
        if kind == "cookie" and self.rng.random() < 0.3:
            lines.append(Line(self.rng.choice(("OK", "Accept", "I agree", "Got it")), DEBRIS, kind))
        return lines

    # -- the article ------------------------------------------------------------------------
    def paragraphs(self) -> list[str]:
        source: list[str] = []
        for paragraph in self.record.paragraphs:
            if not any(c.isalpha() for c in paragraph):
                continue
            if source and TRIGGERS.search(" ".join(paragraph.split()[:3])):
                # the source's own debris ("Click here to sign up!") joins the paragraph
                # before it: the truth cannot call it article, nor debris
                source[-1] += " " + paragraph
            else:
                source.append(paragraph)
        if len(source) > 1:
            if len(source[-1].split()) < 12:
                # a short last paragraph is the source's own credit line ("The Associated
                # Press contributed to this report"): debris that the truth would call article
                source[-2:] = [source[-2] + " " + source[-1]]
            return source[:MAX_PARAGRAPHS]
        dateline = _DATELINE_ONLY.match(source[0])
        text = source[0][dateline.end() :] if dateline else source[0]
        sentences = [s.text for s in split_sentences(text)]
        if dateline and sentences:
            sentences[0] = dateline.group().strip() + " " + sentences[0]
        paragraphs: list[str] = []
        group: list[str] = []
        size = self.rng.randint(2, 4)
        for sentence in sentences:
            opening = " ".join(sentence.split()[:3])
            letterless = not any(c.isalpha() for c in sentence)
            if (letterless or TRIGGERS.search(opening)) and (group or paragraphs):
                # the source's own sign-offs ("Share this slide: ...") stay inside a
                # paragraph, never alone: they are debris the truth would call article
                if group:
                    group.append(sentence)
                else:
                    paragraphs[-1] += " " + sentence
                continue
            decoy = (
                bool(paragraphs)
                and TRIGGERS.search(sentence) is not None
                and len(sentence.split()) >= 8
                and self.rng.random() < 0.6
            )
            if decoy:  # a real sentence with a debris word, as a paragraph of its own
                if group:
                    paragraphs.append(" ".join(group))
                    group = []
                paragraphs.append(sentence)
                continue
            group.append(sentence)
            if len(group) >= size:
                paragraphs.append(" ".join(group))
                group = []
                size = self.rng.randint(2, 4)
        if group:
            paragraphs.append(" ".join(group))
        if len(paragraphs) > 1:
            # the last paragraph joins the one before it: a source's closing bio or credit
            # ("X is the editor of ...") must not stand as an "article" paragraph
            paragraphs[-2:] = [" ".join(paragraphs[-2:])]
        return paragraphs[:MAX_PARAGRAPHS]

    # -- dates ------------------------------------------------------------------------------
    def moment(self) -> datetime:
        return self.record.day + timedelta(
            hours=self.rng.choice(_HOURS), minutes=self.rng.randrange(60)
        )

    def build(self, case_id: str) -> Case:
        rng = self.rng
        record = self.record
        outlet = record.source
        lines: list[Line] = []
        head: list[Line] = []
        accepts: set[str] = set()
        stated_outlet: str | None = None
        layout = rng.choice(_pool(LAYOUTS, self.split))
        has_title = record.title is not None and layout != "bare"
        title = record.title if has_title else None

        # outlet statements: where the text names the outlet, if anywhere
        ways = ["none", "line", "copyright", "signoff", "byline", "suffix"]
        if record.url:
            ways.append("url")
        if outlet in _AGENCY_LEDE:
            ways += ["lede", "lede"]
        way = rng.choice(ways) if outlet else "none"
        if way in ("suffix",) and not has_title:
            way = "copyright"
        if way in ("byline", "line") and layout == "bare":
            way = "signoff"  # the bare layout has no head to carry them
        if way != "none":
            stated_outlet = outlet
            accepts.add(str(outlet))
            if way == "url":
                accepts.add(self.domain)
                accepts.add(self.host)

        # header
        date_lines, date, updated = self.dates(layout)
        byline_line, byline = self.byline(layout, outlet if way == "byline" else None)
        if layout != "bare":
            if way == "line":
                head.append(Line(str(outlet), META, "outlet"))
            if way == "url" and rng.random() < 0.5:
                head.append(Line(str(record.url), META, "url"))
            if rng.random() < 0.35:
                head.append(Line(self.pick(P.KICKERS), META, "kicker"))
            if layout == "dated-first":
                head.extend(date_lines)
                date_lines = []
            if title is not None:
                shown = title
                if way == "suffix":
                    shown = f"{title}{rng.choice((' | ', ' - ', ' — ', ' :: '))}{outlet}"
                head.append(Line(shown, META, "title"))
                if layout == "repeated":
                    head.append(Line(shown, META, "title"))
            subtitle = record.subtitle or ""
            if (
                layout in ("site", "guardian")
                and subtitle
                and not TRIGGERS.search(" ".join(subtitle.split()[:3]))  # "Click here to ..."
                and rng.random() < 0.6
            ):
                head.append(Line(record.subtitle, ARTICLE, "standfirst"))
            if rng.random() < 0.3:
                head.extend(self.debris("share"))
            if layout in ("site", "guardian") and rng.random() < 0.5:
                head.extend(self.debris("photo" if rng.random() < 0.5 else "image"))
            if byline_line is not None:
                head.append(byline_line)
            head.extend(date_lines)
            if rng.random() < 0.3:
                head.extend(self.debris(rng.choice(("share", "photo", "image", "misc"))))
            if way == "url" and not any(x.kind == "url" for x in head):
                head.append(Line(str(record.url), META, "url"))
        else:
            date, updated, byline = None, None, None

        # the body, with debris between paragraphs
        paragraphs = self.paragraphs()
        if way == "lede":
            lede = rng.choice(_AGENCY_LEDE[str(outlet)]).format(
                city=rng.choice(P.CITIES).upper(), md=record.day.strftime("%b %-d")
            )
            paragraphs[0] = lede + paragraphs[0]
        appeal = _cut_reader_appeal(paragraphs)
        body: list[Line] = [Line(p, ARTICLE) for p in paragraphs]
        if appeal == paragraphs[-1]:  # the whole last paragraph: debris in its place
            body[-1], appeal = Line(appeal, DEBRIS, "appeal"), None
        mid_kinds = ("related", "advert", "continue", "photo", "image", "follow", "subscribe")
        for _ in range(rng.randint(1, 4)):
            at = rng.randint(1, max(1, len(body) - 1))
            body[at:at] = self.debris(rng.choice(mid_kinds))
        if appeal:  # (after the draws above: every other case stays as it was)
            body.append(Line(appeal, DEBRIS, "appeal"))
        top: list[Line] = []
        if rng.random() < 0.4:
            top = self.debris(rng.choice(("cookie", "subscribe", "misc", "advert", "share")))

        tail: list[Line] = []
        tail_kinds = [
            "related",
            "subscribe",
            "newsletter",
            "cookie",
            "comments",
            "topics",
            "share",
            "follow",
            "originally",
            "misc",
            "list",
        ]
        for kind in rng.sample(tail_kinds, rng.randint(1, 4)):
            tail.extend(self.debris(kind))
        if rng.random() < 0.35:
            tail.insert(0, Line(self.fill(self.pick(P.DEBRIS["bio"])), DEBRIS, "bio"))
        if way == "signoff":
            tail.insert(0, Line(self.signoff(str(outlet)), DEBRIS, "credit"))
        if way == "copyright":
            tail.append(Line(self.copyright(str(outlet)), DEBRIS, "credit"))
        if way == "url" and layout == "bare":
            tail.append(Line(str(record.url), META, "url"))

        lines = top + head + body + tail
        separator = rng.choice(("\n\n", "\n\n", "\n"))
        return Case(
            id=case_id,
            record_id=record.id,
            layout=f"{layout}/{way}",
            lines=tuple(lines),
            separator=separator,
            title=title,
            outlet=stated_outlet,
            outlet_accepts=frozenset(accepts),
            date=date,
            updated=updated,
            byline=byline,
        )

    def signoff(self, outlet: str) -> str:
        form = self.pick(("— {o}", "-- {o}", "— The {o}", "– {o} contributed to this report."))
        if form.startswith("— The") and outlet.startswith("The "):
            form = "— {o}"
        if form.startswith("— The") and outlet != "Associated Press":
            form = "— {o}"
        return form.format(o=outlet)

    def copyright(self, outlet: str) -> str:
        year = self.record.day.year
        form = self.pick(
            (
                "Copyright {y} {o}",
                "© {o}",
                "© {y} {o}. All rights reserved.",
                "Copyright © {y} {o}. All rights reserved.",
                "(c) {y} {o}",
                "© Copyright {y} {o}",
                "Copyright {y} {o}. All Rights Reserved. This material may not be published,"
                " broadcast, rewritten or redistributed.",
                "© {y} {o} Inc.",
            )
        )
        return form.format(y=year, o=outlet)

    def byline(self, layout: str, outlet: str | None) -> tuple[Line | None, str | None]:
        rng = self.rng
        if layout == "bare" or (outlet is None and rng.random() < 0.3):
            return None, None
        names = self.name
        if rng.random() < 0.2:
            other = f"{rng.choice(P.FIRST_NAMES)} {rng.choice(P.LAST_NAMES)}"
            if other != self.name:
                names = f"{self.name} and {other}"
        if outlet is not None:
            form = self.pick(("By {n}, {o}", "By {n} | {o}", "By {n}, {o}", "{n}, {o}"))
            return Line(form.format(n=names, o=outlet), META, "byline"), names
        form = self.pick(
            ("By {n}", "By {N}", "Written by {n}", "By {n}", "Author: {n}", "by {n}", "BY {N}")
        )
        shown = form.format(n=names, N=names.upper())
        return Line(shown, META, "byline"), names

    def dates(self, layout: str) -> tuple[list[Line], datetime | None, datetime | None]:
        """The header's date lines, the published date they state, and the updated one."""
        rng = self.rng
        if layout == "bare" or rng.random() < 0.1:
            return [], None, None
        when = self.moment()
        form = self.pick(DATE_FORMS)
        text, stated, kind = render_date(form, when, rng)
        lines = [Line(text, META, "date")]
        published = stated if kind == "published" else None
        updated = stated if kind == "updated" else None
        if kind != "relative" and rng.random() < 0.3:
            # a second line: the update after a publication, or the publication before one
            shift = timedelta(hours=rng.randint(1, 30), minutes=rng.randrange(60))
            if kind == "published":
                second = render_date(self.pick(UPDATED_FORMS), when + shift, rng)
            else:
                second = render_date(self.pick(PUBLISHED_FORMS), when - shift, rng)
            text2, stated2, kind2 = second
            if kind2 == "updated":
                updated = stated2
                lines.append(Line(text2, META, "date"))
            elif kind2 == "published":
                published = stated2
                lines.insert(0, Line(text2, META, "date"))
        date = published or updated
        return lines, date, updated


LAYOUTS: tuple[str, ...] = (
    "site",
    "wire",
    "guardian",
    "bare",
    "plain",
    "dated-first",
    "repeated",
    "site",
    "plain",
    "wire",
)
"""Header layouts ("bare": the body alone; "dated-first": the date line above the title)."""

_ABBR = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
ZONES = {"ET": "America/New_York", "PT": "America/Los_Angeles", "CT": "America/Chicago"}


def _ap_month(when: datetime) -> str:
    return _ABBR.get(when.month, when.strftime("%B"))


def _clock(when: datetime, rng: random.Random) -> str:
    return when.strftime("%-I:%M %p") if rng.random() < 0.7 else when.strftime("%-I:%M%p").lower()


def _local(when: datetime, zone: str) -> tuple[datetime, str]:
    """``when`` (UTC) in a named zone, and the abbreviation the zone uses that day."""
    aware = when.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(zone))
    return aware.replace(tzinfo=None), aware.tzname() or ""


def render_date(form: str, when: datetime, rng: random.Random) -> tuple[str, datetime | None, str]:
    """A date line in ``form`` for the UTC moment ``when``: its text, truth and kind."""
    day = when.replace(hour=0, minute=0)
    if form == "ap":  # Feb. 13, 2017, 11:47 AM ET
        local, _ = _local(when, ZONES["ET"])
        text = f"{_ap_month(local)} {local.day}, {local.year}, {_clock(local, rng)} ET"
        return text, when, "published"
    if form == "dotted":
        return day.strftime("%d.%m.%Y"), day, "published"
    if form == "cnn":  # Updated 1115 GMT (1915 HKT) February 23, 2017
        hkt = when + timedelta(hours=8)
        text = f"Updated {when:%H%M} GMT ({hkt:%H%M} HKT) {when:%B} {when.day}, {when.year}"
        return text, when, "updated"
    if form == "published-slash":
        return f"Published: {day:%m/%d/%Y}", day, "published"
    if form == "guardian":  # Mon 13 Feb 2017 18.20 GMT
        local, zone = _local(when, "Europe/London")
        return f"{local:%a} {local.day} {local:%b %Y %H.%M} {zone}", when, "published"
    if form == "long":
        return f"{day:%B} {day.day}, {day.year}", day, "published"
    if form == "british":
        return f"{day.day} {day:%B %Y}", day, "published"
    if form == "reuters":  # June 13, 2014 / 6:12 PM (no zone: taken as stated)
        return f"{when:%B} {when.day}, {when.year} / {when:%-I:%M %p}", when, "published"
    if form == "iso":
        return f"{day:%Y-%m-%d}", day, "published"
    if form == "posted":
        local, zone = _local(when, ZONES["ET"])
        return (
            f"Posted: {local:%b} {local.day}, {local.year} / {local:%I:%M %p} {zone}",
            when,
            ("published"),
        )
    if form == "weekday":
        local, zone = _local(when, ZONES["ET"])
        clock = local.strftime("%-I:%M%p")
        return f"{local:%A, %B} {local.day}, {local.year} {clock} {zone}", when, "published"
    if form == "published-british":
        return f"Published {day.day} {day:%B %Y}", day, "published"
    if form == "first-published":
        local, zone = _local(when, "Europe/London")
        text = f"First published on {local:%a} {local.day} {local:%b %Y %H.%M} {zone}"
        return text, when, "published"
    if form == "cnbc":  # Published 9:03 PM ET Mon, 13 Feb 2017
        local, _ = _local(when, ZONES["ET"])
        return (
            f"Published {local:%-I:%M %p} ET {local:%a}, {local.day} {local:%b %Y}",
            when,
            ("published"),
        )
    if form == "last-updated":
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
        th = suffix.get(when.day, "th")
        return f"Last Updated: {when.day}{th} {when:%B %Y}, {when:%H:%M}", when, "updated"
    if form == "slash-dmy":
        if day.day <= 12:
            return f"{day:%B} {day.day}, {day.year}", day, "published"
        return f"{day:%d/%m/%Y}", day, "published"
    if form == "iso-time":
        return f"Date: {when:%Y-%m-%dT%H:%M:%SZ}", when, "published"
    if form == "pipe":
        return f"{when:%b} {when.day}, {when.year} | {_clock(when, rng)}", when, "published"
    if form == "cet":
        local, zone = _local(when, "Europe/Berlin")
        return f"{local:%A} {local.day} {local:%B %Y} {local:%H:%M} {zone}", when, "published"
    if form == "mail":  # PUBLISHED: 18:20 GMT, 13 February 2017
        return f"PUBLISHED: {when:%H:%M} GMT, {when.day} {when:%B %Y}", when, "published"
    if form == "updated-at":
        local, _ = _local(when, ZONES["ET"])
        clock = local.strftime("%-I:%M ") + ("a.m." if local.hour < 12 else "p.m.")
        return f"Updated: {local:%b} {local.day}, {local.year} at {clock} ET", when, "updated"
    if form == "relative":
        text = rng.choice(
            ("3 hours ago", "Updated 20 minutes ago", "2 days ago", "Yesterday", "1 hour ago")
        )
        return text, None, "relative"
    if form == "modified":  # Guardian's second line
        local, zone = _local(when, "Europe/London")
        return (
            f"Last modified on {local:%a} {local.day} {local:%b %Y %H.%M} {zone}",
            when,
            ("updated"),
        )
    if form == "updated-long":
        return f"Updated {when:%B} {when.day}, {when.year} {when:%-I:%M %p} GMT", when, "updated"
    if form == "published-long":
        return (
            f"Published {when:%B} {when.day}, {when.year} {when:%-I:%M %p} GMT",
            when,
            ("published"),
        )
    raise ValueError(form)


DATE_FORMS: tuple[str, ...] = (
    "ap",
    "dotted",
    "cnn",
    "published-slash",
    "guardian",
    "long",
    "british",
    "reuters",
    "iso",
    "posted",
    "weekday",
    "published-british",
    "first-published",
    "cnbc",
    "last-updated",
    "slash-dmy",
    "iso-time",
    "pipe",
    "cet",
    "mail",
    "updated-at",
    "relative",
)
UPDATED_FORMS: tuple[str, ...] = ("modified", "updated-long", "updated-at", "last-updated")
PUBLISHED_FORMS: tuple[str, ...] = ("published-long", "first-published", "published-slash")


_READER_APPEAL = re.compile(
    r"(?:(?:(?:(?:Or|And) )?(?:Are|Were|Do|Did|Does|Have|Has|Is|How|What)\b[^.?!]*\?"
    r"|Let us know[^.?!]*\.|We want to hear from you\.)\s+)*"
    r"(?:[^.?!]|\.(?=\S))*\b[\w.]+@bbc\.co\.uk\b.*$"
)
"""The BBC's call for readers' stories closing a text ("Are you in the area? Email
haveyoursay@bbc.co.uk ... You can also contact us in the following ways: ..."), run into
its last paragraph in newsarticles (20 articles): written from reading them all."""


def _cut_reader_appeal(paragraphs: list[str]) -> str | None:
    """Cut the source's own reader appeal off the last paragraph and return it: it is
    debris, which the truth cannot call article (nu36 #10); None when there is none. When
    it is the whole paragraph, the paragraph stays and is returned."""
    found = _READER_APPEAL.search(paragraphs[-1]) if paragraphs else None
    if found is None:
        return None
    if not paragraphs[-1][: found.start()].strip():
        return paragraphs[-1]
    paragraphs[-1] = paragraphs[-1][: found.start()].rstrip()
    return found.group().strip()

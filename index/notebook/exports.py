"""Exports of a selection of notebook entries: Markdown, CSV, JSON, RIS and CSL-JSON.

The exporters take entries (``Notebook.selection`` or ``Notebook.notes``), never the
index, and return text. Every format is checked in the tests by parsing it back: the
csv module, json, an RIS reader, a CSL processor, a CommonMark parser.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from index.ingest.sanitize import sanitize
from index.notebook.memo import markdown
from index.notebook.models import Entry, Highlight
from index.wording import quoted


class ExportFormat(StrEnum):
    """The export formats, by the names the CLI takes."""

    MARKDOWN = "markdown"
    CSV = "csv"
    JSON = "json"
    RIS = "ris"
    CSLJSON = "csljson"

    @property
    def suffix(self) -> str:
        """The usual file name ending for the format."""
        return {"markdown": ".md", "csljson": ".csl.json"}.get(self.value, f".{self.value}")


CSV_COLUMNS = (
    "article",
    "title",
    "source",
    "date",
    "url",
    "byline",
    "pinned",
    "tags",
    "note",
    "orphaned",
    "highlight",
    "highlight_note",
    "highlight_tags",
    "highlight_start",
    "highlight_end",
    "highlight_state",
    "highlight_speaker",
)
"""The CSV header: one row per highlight (an article without any has one row); the
speaker comes last, so columns read by position before it stay where they were."""

# a spreadsheet runs a cell that starts like a formula (OWASP's list: = + - @ tab CR)
_FORMULA = re.compile(r"^\s*[=+\-@\t\r]|^[\t\r]")
_SPACES = re.compile(r"\s+")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def cell(value: str | None) -> str:
    """A CSV cell that no spreadsheet runs as a formula: such a value gets a leading ``'``."""
    text = sanitize(value or "")
    return "'" + text if _FORMULA.match(text) else text


def _one_line(value: str | None) -> str:
    return _SPACES.sub(" ", sanitize(value or "")).strip()


def to_csv(entries: Sequence[Entry]) -> str:
    """CSV (RFC 4180, CRLF line ends): a header, then one row per highlight.

    An article with no highlight gets one row with the highlight columns empty. Tags are
    joined with ``"; "``. Text keeps its line breaks (quoted cells); no cell starts like
    a formula.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        record = entry.article
        article = [
            cell(record.id),
            cell(record.title),
            cell(record.source),
            cell(record.date),
            cell(record.url),
            cell(record.byline),
            "yes" if entry.pinned else "",
            cell("; ".join(entry.tags)),
            cell(entry.note),
            "yes" if entry.orphaned else "",
        ]
        if not entry.highlights:
            writer.writerow(article + [""] * 7)
        for h in entry.highlights:
            marked = [cell(h.exact), cell(h.note), cell("; ".join(h.tags))]
            place = [str(h.start), str(h.end), h.state.value, cell(h.speaker)]
            writer.writerow(article + marked + place)
    return buffer.getvalue()


def to_json(entries: Sequence[Entry], story: Mapping[str, Any] | None = None) -> str:
    """JSON: a list of entries in the shape of ``broadsheet notes --json``; a story's
    (``story``: its record, `export --story`) is ``{"story": {"id", "title", ...},
    "articles": [...]}``, so that its articles come under the story's title (nu35 #11),
    and what its screen shows with them (nu38 #5: first, lags, timeline, quotes)."""
    listed = [e.to_json() for e in entries]
    data: Any = listed
    if story is not None:
        data = {"story": dict(story), "articles": listed}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _date_parts(date: str | None) -> list[int] | None:
    match = _DATE.match(date or "")
    if match is None:
        return None
    return [int(part) for part in match.groups() if part is not None]


def _quoted(highlight: Highlight) -> str:
    text = quoted(_one_line(highlight.exact))  # once: not ““…”” (nu60 #8)
    if highlight.speaker:  # a kept quote: who said it (nu47 #9: typed as a note before)
        text += f" (said by {_one_line(highlight.speaker)})"
    if highlight.note:
        text += f" — {_one_line(highlight.note)}"  # apart from the passage (nu22)
    return text


def _ris_line(tag: str, value: str | None) -> list[str]:
    text = _one_line(value)
    return [f"{tag}  - {text}"] if text else []


def to_ris(entries: Sequence[Entry]) -> str:
    """RIS: one ``NEWS`` record per article (Zotero, EndNote, Mendeley read it).

    TI title, T2 outlet, AU byline, PY year, DA date, UR URL, ID article id, KW one per
    tag, N1 the note and one per highlight. Every value is one line, so no text can
    start a tag of its own.
    """
    out: list[str] = []
    for entry in entries:
        record = entry.article
        parts = _date_parts(record.date)
        out += ["TY  - NEWS"]
        out += _ris_line("ID", record.id)
        out += _ris_line("TI", _one_line(record.title) or record.id)
        out += _ris_line("T2", record.source)
        out += _ris_line("AU", record.byline)
        if parts:
            out += _ris_line("PY", f"{parts[0]:04d}")
            out += _ris_line("DA", "/".join(f"{p:02d}" for p in parts) + "/")
        out += _ris_line("UR", record.url)
        for tag in entry.tags:
            out += _ris_line("KW", tag)
        out += _ris_line("N1", entry.note)
        for highlight in entry.highlights:
            out += _ris_line("N1", _quoted(highlight))
        out += ["ER  - ", ""]
    return "\r\n".join(out)


def _csl_item(entry: Entry) -> dict[str, Any]:
    record = entry.article
    item: dict[str, Any] = {
        "id": record.id,
        "type": "article-newspaper",
        "title": _one_line(record.title) or record.id,
    }
    if record.source:
        item["container-title"] = _one_line(record.source)
    parts = _date_parts(record.date)
    if parts:
        item["issued"] = {"date-parts": [parts]}
    if record.url:
        item["URL"] = record.url
    if record.byline:
        item["author"] = [{"literal": _one_line(record.byline)}]
    if entry.tags:
        item["keyword"] = ", ".join(entry.tags)
    notes = [entry.note or ""] + [_quoted(h) for h in entry.highlights]
    note = "\n".join(n for n in notes if n)
    if note:
        item["note"] = note
    return item


def to_csljson(entries: Sequence[Entry]) -> str:
    """CSL-JSON: a list of ``article-newspaper`` items for citation managers.

    id, type and title always; container-title (the outlet), issued date-parts, URL,
    author (the byline, as a literal name), keyword (the tags) and note (the note and
    the highlights) where known.
    """
    items = [_csl_item(e) for e in entries]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def export(
    entries: Sequence[Entry],
    form: ExportFormat | str,
    *,
    title: str = "Notebook",
    exported: datetime | None = None,
    story: Mapping[str, Any] | None = None,
    followed: Sequence[Mapping[str, Any]] = (),
) -> str:
    """A selection of entries in one of the export formats.

    Args:
        entries: What to export, in order (``Notebook.selection`` for a list of articles,
            ``Notebook.notes`` for a tag or the pins).
        form: The format, or its name ("markdown", "csv", "json", "ris", "csljson").
        title: The Markdown memo's heading.
        exported: The time the memo says it was made (default: now).
        story: The story exported, as a JSON record with at least its ``id`` and
            ``title`` (`to_json` puts its articles under it; the memo tells it first), or None.
        followed: The followed stories, records with ``id``, ``title``, ``articles`` (how
            many), ``first`` (``first_tied``: the articles tying with it, when more than one) and
            ``gone``: the memo lists them (`story_memo.followed_part`).

    Raises:
        ValueError: ``form`` names no format.
    """
    chosen = ExportFormat(form)
    if chosen is ExportFormat.MARKDOWN:
        when = (exported or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        return markdown(entries, title=title, exported=when, story=story, followed=followed)
    if chosen is ExportFormat.JSON:
        return to_json(entries, story)
    writers = {
        ExportFormat.CSV: to_csv,
        ExportFormat.RIS: to_ris,
        ExportFormat.CSLJSON: to_csljson,
    }
    return writers[chosen](entries)

"""Render a comparison of two articles as JSON, Markdown notes or a side-by-side Rich table."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from index.library import Alignment, Comparison, Quote, markdown_link, printable
from index.models import Article, iso_when
from tui.clip_words import clip_words

KIND_STYLES = {"shared": "green", "similar": "yellow", "unique": "magenta"}
"""The colour each sentence class is shown in."""
KIND_MARKS = {"shared": "=", "similar": "~", "unique": " "}
"""The mark between the two columns: the same words, similar, or nothing."""
CHANGED_STYLE = "bold reverse"
"""How a near-verbatim sentence's changed words stand out in its cell."""


@dataclass(frozen=True, slots=True)
class Header:
    """What a report says about each article it compares.

    Attributes:
        title: The article's title.
        source: The outlet, or None.
        date: The publication date as ISO 8601 (`iso_when`), or None when unknown.
        id: The article's id in the index.
        url: Its web address, or None (the memo and the JSON cite it: nu74 #3).
    """

    title: str
    source: str | None
    date: str | None
    id: str
    url: str | None = None


def header_of(article: Article) -> Header:
    """The report header for ``article``."""
    date = iso_when(article.date)  # the day alone when no time is known (nu35 #9)
    return Header(
        title=article.title, source=article.source, date=date, id=article.id, url=article.url
    )


def day_of(date: str | None) -> str | None:
    """The day of an ISO date or moment: the text and Markdown reports show the day, the
    JSON the moment (`iso_when`)."""
    return date[:10] if date else date


# --- JSON ----------------------------------------------------------------------------------


def _alignment_json(al: Alignment) -> dict[str, Any]:
    return {
        "index": al.index,
        "start": al.start,
        "end": al.end,
        "kind": al.kind,
        "counterpart": al.counterpart,
        "similarity": al.similarity,
        "text": al.text,
        # a "unique" sentence's words in one verbatim passage of both (6 or more), else 0
        "partly": al.partly,
        # the words its counterpart words otherwise (null: not compared word by word);
        # "left_out": the counterpart has no word in their place (only in this article)
        "changed": None
        if al.changed is None
        else [
            {
                "start": start,
                "end": end,
                "text": al.text[start - al.start : end - al.start],
                "left_out": (start, end) in al.left_out,
            }
            for start, end in al.changed
        ],
    }


def _quote_json(q: Quote) -> dict[str, Any]:
    return {
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "speaker": q.speaker,
        "counterpart": q.counterpart,
    }


def to_json(comparison: Comparison, header_a: Header, header_b: Header) -> dict[str, Any]:
    """The comparison as plain JSON-serialisable data (offsets index the article bodies)."""
    s = comparison.summary
    return {
        "a": asdict(header_a),
        "b": asdict(header_b),
        "summary": {
            "similarity": s.similarity,
            "a_in_b": s.a_in_b,
            "b_in_a": s.b_in_a,
            "a_same_in_b": s.a_same_in_b,
            "b_same_in_a": s.b_same_in_a,
            "only_a": list(s.only_a),
            "only_b": list(s.only_b),
        },
        "sentences": {
            "a": [_alignment_json(al) for al in comparison.a],
            "b": [_alignment_json(al) for al in comparison.b],
        },
        "passages": [asdict(p) for p in comparison.passages],
        "quotes": {
            "a": [_quote_json(q) for q in comparison.quotes_a],
            "b": [_quote_json(q) for q in comparison.quotes_b],
            "in_both": [
                {"a": i, "b": q.counterpart}
                for i, q in enumerate(comparison.quotes_a)
                if q.counterpart is not None
            ],
        },
    }


# --- Markdown ------------------------------------------------------------------------------


def _md_inline(text: str) -> str:
    """Article text on one line, with the characters Markdown would act on escaped.

    Controls, escape sequences and bidi overrides are shown escaped (``\\x1b``), never
    written: a report is printed to a terminal as often as it is pasted into notes.
    """
    flat = printable(" ".join(text.split()))
    for ch in "\\`*_[]<>#|":
        flat = flat.replace(ch, "\\" + ch)
    return flat


def _md_header(label: str, header: Header) -> str:
    parts = [p for p in (header.source, day_of(header.date)) if p]
    meta = f" ({_md_inline(', '.join(parts))})" if parts else ""
    line = f"- **{label}:** {_md_inline(header.title or header.id)}{meta} — `{_md_code(header.id)}`"
    return cited(line, header.url)


def cited(line: str, url: str | None) -> str:
    """A memo's line naming an article, its address after it (nu74 #3: the memo named only
    the file on the user's disk)."""
    link = markdown_link(url)
    return f"{line} — {link}" if link else line


def _md_code(text: str) -> str:
    """An id for an inline code span: one line, controls escaped, no backtick to end it."""
    return printable(" ".join(text.split())).replace("`", "'")


def _md_words(words: tuple[str, ...]) -> str:
    return ", ".join(f"“{_md_inline(w)}”" for w in words) or "—"


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"


def to_markdown(comparison: Comparison, header_a: Header, header_b: Header) -> str:
    """A Markdown report to paste into notes: figures, what only one says, what both share."""
    s = comparison.summary
    lines = [
        "# Comparison",
        "",
        _md_header("A", header_a),
        _md_header("B", header_b),
        "",
        "## Summary",
        "",
        f"- Overall similarity: {_percent(s.similarity)}",
        f"- Share of A also in B: {s.found(0)}",
        f"- Share of B also in A: {s.found(1)}",
        f"- Names and numbers only in A: {', '.join(_md_inline(e) for e in s.only_a) or '—'}",
        f"- Names and numbers only in B: {', '.join(_md_inline(e) for e in s.only_b) or '—'}",
        "",
    ]
    for label, aligns in (("A", comparison.a), ("B", comparison.b)):
        lines += [f"## Only in {label}", ""]
        unique = [al for al in aligns if al.alone]
        lines += [f"- {_md_inline(al.text)}" for al in unique] or ["Nothing."]
        lines.append("")
    lines += ["## Changed words", ""]
    lines += [
        f"- {_md_words(mine)} → {_md_words(theirs)}: “{_md_inline(_clip(al.text))}”"
        for al, mine, theirs in comparison.word_changes
    ] or ["None."]
    lines += ["", "## Shared passages", ""]
    lines += [f"- “{_md_inline(p.text)}” ({p.words} words)" for p in comparison.passages] or [
        "None."
    ]
    lines += ["", "## Quotes in both", ""]
    pairs = comparison.quotes_in_both
    for qa, qb in pairs:
        speaker = qa.speaker or qb.speaker
        who = f" — {_md_inline(speaker)}" if speaker else ""
        lines.append(f"- “{_md_inline(qa.text)}”{who}")
        if not comparison.same_words(qa.text, qb.text):
            lines.append(f"  - B words it: “{_md_inline(qb.text)}”")
    if not pairs:
        lines.append("None.")
    lines.append("")
    return "\n".join(lines)


# --- Rich ----------------------------------------------------------------------------------


def _rows(comparison: Comparison) -> list[tuple[int | None, int | None]]:
    """(A index, B index) per table row: A in order with counterparts, other B on own rows.

    Each sentence stands once, in its own article's order: a B sentence that two A
    sentences match is beside the first, one that comes before a B sentence already shown
    gets its own row (nu17: DW's first sentence was printed twice, out of order).
    """
    rows: list[tuple[int | None, int | None]] = []
    shown_b: set[int] = set()
    last_b = -1
    for al in comparison.a:
        j = al.counterpart
        if al.kind != "unique" and j is not None and j not in shown_b and j > last_b:
            rows.append((al.index, j))
            shown_b.add(j)
            last_b = j
        else:
            rows.append((al.index, None))
    # Each B sentence not yet shown goes after the row showing the nearest earlier B sentence.
    for bl in comparison.b:
        if bl.index in shown_b:
            continue
        at = 0
        for pos, (_, j) in enumerate(rows):
            if j is not None and j < bl.index:
                at = pos + 1
        rows.insert(at, (None, bl.index))
        shown_b.add(bl.index)
    return rows


def _clip(text: str, limit: int = 160) -> str:
    return clip_words(text, limit)  # at a word's end (nu54 #4)


def _cell(al: Alignment | None) -> Text:
    if al is None:
        return Text("")
    # piece by piece: `printable` may lengthen a piece, so offsets hold within each only
    text, at = Text(style=KIND_STYLES[al.kind]), 0
    for start, end in al.changed or ():
        text.append(printable(al.text[at : start - al.start]))
        text.append(printable(al.text[start - al.start : end - al.start]), style=CHANGED_STYLE)
        at = end - al.start
    return text.append(printable(al.text[at:]))


def _words(words: tuple[str, ...]) -> str:
    return ", ".join(f"“{printable(w)}”" for w in words) or "—"


def _title(label: str, header: Header) -> Text:
    text = Text(f"{label}: ", style="bold")
    text.append(printable(header.title or header.id), style="bold")
    meta = ", ".join(p for p in (header.source, day_of(header.date)) if p)
    if meta:
        text.append(f"\n{printable(meta)}", style="dim")
    return text


def to_rich(comparison: Comparison, header_a: Header, header_b: Header) -> RenderableType:
    """A side-by-side table of aligned sentences, coloured by class, then a summary panel.

    Article text goes into ``Text`` objects only, so markup in an article shows literally.
    """
    table = Table(expand=True, show_lines=False, padding=(0, 1))
    table.add_column(_title("A", header_a), ratio=1)
    table.add_column("", width=1, justify="center")
    table.add_column(_title("B", header_b), ratio=1)
    for i, j in _rows(comparison):
        al = comparison.a[i] if i is not None else None
        bl = comparison.b[j] if j is not None else None
        # The middle mark names the pair; a sentence on its own row has no pair to mark.
        kind = al.kind if al is not None and bl is not None else "unique"
        table.add_row(_cell(al), Text(KIND_MARKS[kind], style=KIND_STYLES[kind]), _cell(bl))

    s = comparison.summary
    summary = Text(no_wrap=False, overflow="fold")  # wrapped: a soft-wrap console cut it
    summary.append("Overall similarity ", style="bold")
    summary.append(_percent(s.similarity))
    summary.append("   A also in B ", style="bold")
    summary.append(s.found(0))
    summary.append("   B also in A ", style="bold")
    summary.append(s.found(1))
    for side in (0, 1):
        summary.append(f"\nOnly in {'AB'[side]}: ", style="bold")
        summary.append(printable(comparison.only_said(side)), style=KIND_STYLES["unique"])
    summary.append(f"\nShared passages: {len(comparison.passages)}", style="bold")
    for p in comparison.passages:
        summary.append("\n  “")
        summary.append(printable(_clip(p.text)), style=KIND_STYLES["shared"])
        summary.append("”")
    changes = comparison.word_changes
    if changes:
        many = "sentence" if len(changes) == 1 else "sentences"
        summary.append(f"\nChanged words: {len(changes)} {many}", style="bold")
        for _, mine, theirs in changes:
            summary.append(f"\n  A {_words(mine)} → B {_words(theirs)}")
    pairs = comparison.quotes_in_both
    summary.append(f"\nQuotes in both: {len(pairs)}", style="bold")
    for qa, qb in pairs:
        summary.append("\n  “")
        summary.append(printable(qa.text), style="italic")
        summary.append("”")
        speaker = qa.speaker or qb.speaker
        if speaker:
            summary.append(f" — {printable(speaker)}")
        if not comparison.same_words(qa.text, qb.text):  # one quote, B's words other
            summary.append("\n    B words it “")
            summary.append(printable(qb.text), style="italic")
            summary.append("”")
    legend = Text.assemble(
        ("= shared (same words)", KIND_STYLES["shared"]),
        "  ",
        ("~ similar", KIND_STYLES["similar"]),
        " (",
        ("changed words", CHANGED_STYLE),
        ")",
        "  ",
        ("unique", KIND_STYLES["unique"]),
    )
    return Group(table, legend, Panel(summary, title="Summary", title_align="left"))

"""Render a comparison of two to eight articles as a Rich report or a Markdown memo."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from index.library import MultiComparison, SharedPassage, printable
from tui.cli.compare_report import _md_code, _md_inline, cited, day_of
from tui.clip_words import SENTENCE_LIMIT, clip_words
from tui.outlet_count import UNKNOWN

SHADES = ("", "on grey23", "on grey35", "on grey50", "on dark_green", "on green4")
"""Heat-map shades by how many other articles carry a sentence (the last for 5 or more)."""
CLIP = 160
"""Longest passage or sentence a table row shows (the JSON has them whole)."""


def _clip(text: str, limit: int = CLIP) -> str:
    return clip_words(text, limit)  # at a word's end (nu54 #4)


def outlet(comparison: MultiComparison, position: int) -> str:
    """How a report names an article: its number and outlet ("2 Reuters")."""
    doc = comparison.documents[position]
    return f"{position + 1} {doc.source or UNKNOWN}"


def _in(comparison: MultiComparison, passage: SharedPassage) -> str:
    if len(passage.articles) == len(comparison.documents):
        return "all"
    return ",".join(str(a + 1) for a in passage.articles)


def no_passage(comparison: MultiComparison) -> str:
    """What the report says in place of an empty table of shared passages."""
    n = len(comparison.documents)
    among = "the two articles" if n == 2 else f"any two of the {n} articles"
    return f"No passage is shared by {among}, word for word or in other words."


def shade(count: int) -> str:
    """The heat-map background for a sentence that ``count`` other articles carry."""
    return SHADES[min(count, len(SHADES) - 1)]


# --- Rich ----------------------------------------------------------------------------------


def to_rich(comparison: MultiComparison, base: int | None = None) -> RenderableType:
    """The articles, their shared passages, what each alone says, shared quotes.

    With ``base``, the base article's sentences come first, shaded by how many of the
    other articles carry each. Article text goes into ``Text`` objects only.
    """
    docs = comparison.documents
    heads = Table(title="Articles", title_justify="left", expand=True, padding=(0, 1))
    heads.add_column("#", width=2)
    heads.add_column("outlet", max_width=24)
    heads.add_column("date", width=10)
    heads.add_column("title and id", ratio=1)
    for k, doc in enumerate(docs):
        title = Text(printable(doc.title or "(untitled)"))
        title.append("\n" + printable(doc.id), style="dim")
        day = day_of(doc.date) or "—"
        heads.add_row(str(k + 1), Text(printable(doc.source or "—")), day, title)
    parts: list[RenderableType] = [heads]
    if base is not None:
        parts.append(_heat_map(comparison, base))
    if not comparison.passages:
        parts.append(Text(no_passage(comparison), style="bold"))
    passages = Table(
        title=f"Shared passages ({len(comparison.passages)})",
        title_justify="left",
        expand=True,
        padding=(0, 1),
    )
    passages.add_column("kind", width=10)
    passages.add_column("in", width=8)
    passages.add_column("text", ratio=1)
    for p in comparison.passages:
        style = "green" if p.kind == "verbatim" else "yellow"
        passages.add_row(
            Text(p.kind, style=style), _in(comparison, p), Text(_clip(printable(p.text)))
        )
    if comparison.passages:
        parts.append(passages)
    for k, only in enumerate(comparison.only_in):
        # wrapped, not cut at the panel's edge: the console's soft wrap cropped each
        # sentence at 76 columns with no "…"; whole sentences, a runaway one cut at a word
        # (nu54 #4: cut at 160 characters mid-word, "…at his Wednesda…")
        body, said = Text(no_wrap=False, overflow="fold"), comparison.sentences[k]
        body.append("names: ", style="bold")
        body.append(printable(", ".join(e.name for e in only.names)) or "—", style="magenta")
        body.append("\nnumbers: ", style="bold")
        body.append(printable(", ".join(n.text for n in only.numbers)) or "—", style="magenta")
        body.append(f"\nsentences: {len(only.sentences)}", style="bold")
        for s in only.sentences:
            body.append("\n  " + printable(_clip(said[s].text, SENTENCE_LIMIT)))
        if only.partly:  # not "only in": another shares a verbatim passage of it (nu45 #6)
            body.append(f"\npartly in others: {len(only.partly)}", style="bold")
            for s in only.partly:
                body.append("\n  " + printable(_clip(said[s].text, SENTENCE_LIMIT)))
        parts.append(
            Panel(body, title=f"Only in {printable(outlet(comparison, k))}", title_align="left")
        )
    shared = [g for g in comparison.quotes if len(g.articles) > 1]
    quotes = Text(f"Quotes in more than one: {len(shared)}", style="bold")
    for g in shared:
        quotes.append("\n  “")
        quotes.append(printable(_clip(g.text, SENTENCE_LIMIT)), style="italic")
        quotes.append("”")
        if g.speaker:
            quotes.append(f" — {printable(g.speaker)}")
        numbers = ",".join(str(comparison.position(a) + 1) for a in g.articles)
        quotes.append(f" [{numbers}]", style="dim")
    parts.append(quotes)
    return Group(*parts)


def _heat_map(comparison: MultiComparison, base: int) -> Table:
    others = len(comparison.documents) - 1
    table = Table(
        title=f"Heat map over {printable(outlet(comparison, base))}: how many of the "
        f"{others} others carry each sentence",
        title_justify="left",
        expand=True,
        padding=(0, 1),
    )
    table.add_column("n", width=3, justify="right")
    table.add_column("sentence", ratio=1)
    table.add_column("carried by", width=14)
    coverage = comparison.coverage(base)
    if any(c.partly for c in coverage):
        table.caption = "~ in other words; ½ part of it word for word"
    for c in coverage:
        carriers = ",".join(
            [f"{r.article + 1}{'' if r.kind == 'verbatim' else '~'}" for r in c.carriers]
            + [f"{r.article + 1}½" for r in c.partly]  # part of it word for word (nu45 #6)
        )
        table.add_row(
            str(c.count),
            Text(printable(_clip(c.text, 400)), style=shade(c.count)),
            carriers or "—",
        )
    return table


# --- Markdown ------------------------------------------------------------------------------


def to_markdown(comparison: MultiComparison, base: int | None = None) -> str:
    """A Markdown memo: the articles, what they share, what each alone says, quotes."""
    docs = comparison.documents
    lines = [f"# Comparison of {len(docs)} articles", ""]
    for k, doc in enumerate(docs):
        meta = ", ".join(p for p in (doc.source, day_of(doc.date)) if p)
        meta = f" ({_md_inline(meta)})" if meta else ""
        named = f"{k + 1}. {_md_inline(doc.title or doc.id)}{meta} — `{_md_code(doc.id)}`"
        lines.append(cited(named, doc.url))
    lines.append("")
    if base is not None:
        lines += [f"## Heat map over {_md_inline(outlet(comparison, base))}", ""]
        for c in comparison.coverage(base):
            who = ", ".join(
                f"{r.article + 1}" + ("" if r.kind == "verbatim" else " (paraphrase)")
                for r in c.carriers
            )
            who += "; partly in " if c.partly and who else "partly in " if c.partly else ""
            who += ", ".join(f"{r.article + 1} ({r.words} words)" for r in c.partly)
            lines.append(f"- **{c.count}** {_md_inline(c.text)}" + (f" — {who}" if who else ""))
        lines.append("")
    lines += ["## Shared passages", ""]
    for p in comparison.passages:
        lines.append(f"- [{p.kind}, in {_in(comparison, p)}] “{_md_inline(p.text)}”")
    if not comparison.passages:
        lines.append(no_passage(comparison))
    lines.append("")
    for k, only in enumerate(comparison.only_in):
        lines += [f"## Only in {_md_inline(outlet(comparison, k))}", ""]
        names = ", ".join(_md_inline(e.name) for e in only.names) or "—"
        numbers = ", ".join(_md_inline(n.text) for n in only.numbers) or "—"
        lines += [f"- Names: {names}", f"- Numbers: {numbers}"]
        lines += [f"- {_md_inline(comparison.sentences[k][s].text)}" for s in only.sentences]
        lines += [
            f"- Partly in others: {_md_inline(comparison.sentences[k][s].text)}"
            for s in only.partly
        ]
        lines.append("")
    shared = [g for g in comparison.quotes if len(g.articles) > 1]
    lines += ["## Quotes in more than one", ""]
    for g in shared:
        who = f" — {_md_inline(g.speaker)}" if g.speaker else ""
        numbers = ", ".join(str(comparison.position(a) + 1) for a in g.articles)
        lines.append(f"- “{_md_inline(g.text)}”{who} (in {numbers})")
    if not shared:
        lines.append("None.")
    lines.append("")
    return "\n".join(lines)

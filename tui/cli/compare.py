"""`broadsheet compare A B [C ...]`: what two to eight articles share, and what one alone says."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from tui.cli.common import (
    CorpusOption,
    Exit,
    IndexDirOption,
    JsonOption,
    app,
    fail,
    get_article,
    open_library,
    out,
    print_json,
    reported,
    said_resolved,
    target,
)

MAX_ARTICLES = 8
"""Most articles one comparison takes (``index.analysis.multicompare.MAX_ARTICLES``)."""


class CompareFormat(StrEnum):
    """Output formats of `broadsheet compare`."""

    table = "table"
    json = "json"
    markdown = "markdown"


def check_ids(ids: list[str], base: str | None) -> str | None:
    """Why these ids cannot be compared (one line), or None when they can."""
    if len(ids) < 2:
        return f"compare needs 2 to {MAX_ARTICLES} article ids, got {len(ids)}"
    if len(ids) > MAX_ARTICLES:
        return f"compare takes at most {MAX_ARTICLES} article ids, got {len(ids)}"
    twice = next((i for k, i in enumerate(ids) if i in ids[:k]), None)
    if twice is not None:
        return f"article {twice!r} is given twice"
    if base is not None and base not in ids:
        return f"--base {base!r} is not one of the articles compared"
    return None


def given_twice(typed: list[str], resolved: list[str]) -> str | None:
    """Which article is given twice once the files named are read as their articles (a
    file's name and its article's id, or two names of one file), naming the file: one line,
    or None when each article is given once."""
    twice = next((i for k, i in enumerate(resolved) if i in resolved[:k]), None)
    if twice is None:
        return None
    names = [t for t, r in zip(typed, resolved, strict=True) if r == twice and t != twice]
    said = " and ".join(dict.fromkeys(names))
    return f"{said} {'is' if len(set(names)) == 1 else 'are'} article {twice!r}, given twice"


@app.command("compare")
def compare_command(
    ctx: typer.Context,
    ids: Annotated[
        list[str],
        typer.Argument(
            metavar="ID_A ID_B [ID ...]", help="2 to 8 article ids.", show_default=False
        ),
    ],
    base: Annotated[
        str | None,
        typer.Option(
            "--base", help="Shade this article's sentences by how many others carry each."
        ),
    ] = None,
    as_json: JsonOption = False,
    as_markdown: Annotated[
        bool, typer.Option("--markdown", help="Print a Markdown memo (--format markdown).")
    ] = False,
    output_format: Annotated[
        CompareFormat, typer.Option("--format", "-f", help="table, json or markdown.")
    ] = CompareFormat.table,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Compare 2 to 8 articles: what they share, and what only one of them says."""
    settings = target(ctx, corpus, index_dir)
    problem = check_ids(ids, base)
    if problem is not None:
        fail(problem, Exit.USAGE)
    if as_markdown:
        output_format = CompareFormat.markdown
    with reported(settings):
        from index.library import compare_many
        from tui.cli import compare_many_report, compare_report

        library = open_library(settings)
        articles = [get_article(library, i, say=False) for i in ids]
        problem = given_twice(ids, [a.id for a in articles])  # a file's name and its id
        if problem is not None:
            fail(problem, Exit.USAGE)
        human = not as_json and output_format is not CompareFormat.json
        for typed, article in zip(ids, articles, strict=True):  # once all resolved (cp47)
            said_resolved(typed, article.id, say=human)
        many = compare_many(articles, library.common_words())
        position = None if base is None else ids.index(base)
        if as_json or output_format is CompareFormat.json:
            data: dict[str, Any] = many.to_json(position)
            if len(articles) == 2:  # the two-way report's keys, kept for two articles
                a, b = articles
                two = compare_report.to_json(
                    library.compare(a, b), compare_report.header_of(a), compare_report.header_of(b)
                )
                data.update({k: two[k] for k in ("a", "b", "summary", "sentences")})
                data["two_way"] = {"passages": two["passages"], "quotes": two["quotes"]}
            # JSON escapes: no character in it can act on a terminal
            print_json(data)
        elif len(articles) == 2 and base is None:
            a, b = articles
            comparison = library.compare(a, b)
            header_a, header_b = compare_report.header_of(a), compare_report.header_of(b)
            if output_format is CompareFormat.markdown:
                sys.stdout.write(compare_report.to_markdown(comparison, header_a, header_b))
            else:
                out.print(compare_report.to_rich(comparison, header_a, header_b))
        elif output_format is CompareFormat.markdown:
            sys.stdout.write(compare_many_report.to_markdown(many, position))
        else:
            out.print(compare_many_report.to_rich(many, position))

"""A command that takes a query: a corpus typed as its query is refused in one line.

`broadsheet stories ~/news` listed the bundled seeds' stories matching "~/news" and `search
vaccine ~/news` said "unexpected word" (nu60 #5): every command with a ``query`` argument is
made with ``cls=QueryCommand``, which refuses a file or folder given as the query, or as a
word after it, saying that corpora are given with ``--corpus PATH`` (exit 2, as usage errors).
`tests/cli/test_corpus_as_query_fx147.py` walks the app for every such command.
"""

from __future__ import annotations

from typer import _click
from typer.core import TyperCommand

from index.library import printable
from tui.cli.corpus_arg import corpus_as_query, corpus_as_query_said


class QueryCommand(TyperCommand):
    """A command with a ``query`` argument (see the module)."""

    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        """Click's parse; then the query and any words after it, a path among them refused.

        Extra words are let through Click's own check, so that the options are read (and
        ``--json`` noted: the refusal is JSON too) and each word is seen, then refused in
        Click's words when the command takes none (``Got unexpected extra argument(s)``).
        """
        takes_extra = ctx.allow_extra_args
        ctx.allow_extra_args = True
        try:
            extra = super().parse_args(ctx, args)
        finally:
            ctx.allow_extra_args = takes_extra
        if not ctx.resilient_parsing:
            query = ctx.params.get("query")
            for word in (query, *extra) if isinstance(query, str) else extra:
                if corpus_as_query(word):
                    from tui.cli.base import Exit, fail

                    fail(corpus_as_query_said(_command_name(ctx), word), Exit.USAGE)
            if extra and not takes_extra:
                ctx.fail(f"Got unexpected extra argument(s) ({printable(' '.join(extra))})")
        return extra


def _command_name(ctx: _click.Context) -> str:
    """``stories``, ``saved add``: the command's names under the root (whose own name is
    ``broadsheet``, ``python -m tui`` or a test runner's)."""
    names: list[str] = []
    while ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return " ".join(reversed(names))

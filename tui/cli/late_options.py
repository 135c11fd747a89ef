"""`--engine` and `--opensearch-url` after the command name, read as if given before it."""

from __future__ import annotations

from typer import _click
from typer.core import TyperGroup

LATE_OPTIONS = ("--engine", "--opensearch-url")
"""The global options that may also follow the command name (same meaning, same env vars)."""


def hoisted(args: list[str]) -> list[str]:
    """``args`` with every late option (and its value) moved to the front, in order.

    Only tokens before a ``--`` move (after it, everything is an argument); a later
    occurrence still wins over an earlier one, as when both are given before the command.
    """
    moved: list[str] = []
    kept: list[str] = []
    index = 0
    while index < len(args):
        token = args[index]
        if token == "--":
            kept.extend(args[index:])
            break
        name = token.split("=", 1)[0]
        if name in LATE_OPTIONS:
            moved.append(token)
            if "=" not in token and index + 1 < len(args):
                moved.append(args[index + 1])
                index += 1
        else:
            kept.append(token)
        index += 1
    return moved + kept


class LateOptionsGroup(TyperGroup):
    """The root command: reads the late options wherever they stand before ``--``."""

    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoisted(args))

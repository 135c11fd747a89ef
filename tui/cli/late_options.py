"""`--engine` and `--opensearch-url` after the command name, read as if given before it."""

from __future__ import annotations

import ast
import re

from typer import _click
from typer._click.exceptions import BadParameter, NoSuchOption, UsageError
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
        ctx.meta["broadsheet.args"] = list(args)  # for `dashed_hint`
        return super().parse_args(ctx, hoisted(args))

    def resolve_command(
        self, ctx: _click.Context, args: list[str]
    ) -> tuple[str | None, _click.Command | None, list[str]]:
        """The command; one a group has, typed without it, refused naming it whole."""
        try:
            return super().resolve_command(ctx, args)
        except UsageError as error:
            if args:
                error.message += group_hint(self, ctx, args[0])
            raise

    def invoke(self, ctx: _click.Context) -> object:
        """The command; a value none of an option's choices refused in one line (fx19); a
        query starting with a dash, read as an unknown option, told to follow ``--``."""
        try:
            return super().invoke(ctx)
        except NoSuchOption as error:
            error.message += dashed_hint(error, ctx.meta.get("broadsheet.args", []))
            raise
        except BadParameter as error:
            said = not_a_choice(error)
            if said is None:
                raise
            from tui.cli.base import Exit, fail

            fail(said, Exit.USAGE)


NOT_ONE_OF = re.compile(r"(?:Value error, )?(?P<value>.+) is not one of (?P<choices>.+?)\.?")
"""Typer's refusal of a value no choice of an option's (its `enum.StrEnum`) names, as
Pydantic words it: "Value error, 'nope' is not one of 'relevance', 'date'."."""


def not_a_choice(error: BadParameter) -> str | None:
    """``--sort must be one of relevance, date (not 'nope')`` for Typer's refusal of a
    choice (`NOT_ONE_OF`: three lines, the last "Invalid value for '--sort': Value error,
    ..."), else None."""
    found = NOT_ONE_OF.fullmatch(error.message)
    param = error.param
    if found is None or param is None or not getattr(param, "opts", None):
        return None
    try:
        value = ast.literal_eval(found["value"])
        choices = ast.literal_eval(f"({found['choices']},)")
    except (ValueError, SyntaxError):
        return None
    name = max(param.opts, key=len)  # "--format", not "-f"
    return f"{name} must be one of {', '.join(map(str, choices))} (not {str(value)!r})"


def dashed_hint(error: NoSuchOption, args: list[str]) -> str:
    """How to give a query (or any argument) that starts with a dash, which Click reads as
    an option ("-trump biden": "No such option: -t"): after ``--``, where nothing is an
    option. The token is the first argument before ``--`` that begins with the unknown
    option's name (a long option's misspelling, "--limt", gets no hint)."""
    name = error.option_name
    words = args[: args.index("--")] if "--" in args else args
    token = next((word for word in words if word.startswith(name)), None)
    if token is None or token.startswith("--") or not error.ctx:
        return ""
    import shlex

    command, quoted = error.ctx.info_name, shlex.quote(token)
    return (
        f'; an argument that starts with a dash goes after "--": broadsheet {command} -- {quoted}'
    )


def group_hint(root: TyperGroup, ctx: _click.Context, word: str) -> str:
    """What follows "No such command" for ``word``, a command of a group typed without the
    group: " Did you mean 'broadsheet index rebuild'?" (`broadsheet rebuild`, `broadsheet
    update`: it said nothing more, nu79 #1); every group that has it is named; "" when none
    has it."""
    meant = [
        f"'{ctx.command_path} {name} {word}'"
        for name in root.list_commands(ctx)
        if isinstance(group := root.get_command(ctx, name), TyperGroup)
        and word in group.list_commands(ctx)
    ]
    return f" Did you mean {' or '.join(meant)}?" if meant else ""

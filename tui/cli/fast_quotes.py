"""`broadsheet quotes ...` and `speakers ...` without building the whole Typer app (startup):
read as `tui.cli.fast` reads a search, run by the functions the Typer commands end in
(`tui.cli.quotes.run_quotes`, `run_speakers`); anything else returns False, for the app.

Split from `tui.cli.fast` by job (its size); `tests/cli/test_fast_quotes.py` checks both
paths agree.
"""

from __future__ import annotations

from tui.cli.fast import (
    _NUMBER,
    SHOW_OPTIONS,
    Parsed,
    _corpus_as_query,
    _environment,
    _target,
    collector_off,
    read,
)

QUOTES_OPTIONS = {
    **SHOW_OPTIONS,
    "--limit": "limit",
    "-n": "limit",
    "--since": "since",
    "--speaker": "speaker",
    "--story": "story",
    "--source": "source",
}
"""The options of `quotes` that take a value, by every name, and the field each fills."""

SPEAKERS_OPTIONS = {
    name: key for name, key in QUOTES_OPTIONS.items() if key not in ("speaker", "story", "source")
}
"""The options of `speakers` that take a value (`quotes`'s but ``--speaker``, ``--story``,
``--source``)."""


def parse_quotes(args: list[str], options: dict[str, str]) -> Parsed | None:
    """``args`` after ``quotes`` or ``speakers`` (see `read`): the query or none, a limit of
    1 or more."""
    parsed = read(args, options, "--json", 1) or read(args, options, "--json", 0)
    if parsed is None:
        return None
    limit = parsed.values.get("limit", "1")
    return parsed if _NUMBER.fullmatch(limit) and int(limit) else None


def _quotes_run(args: list[str], options: dict[str, str], *, exiting: bool) -> bool:
    """Run ``broadsheet quotes`` (``options``: `QUOTES_OPTIONS`) or ``speakers`` with ``args``
    if `parse_quotes` reads them; else False (``--help`` ...)."""
    env = _environment()
    parsed = None if env is None else parse_quotes(args, options)
    if env is None or parsed is None or _corpus_as_query(parsed):
        return False
    from tui.cli import quotes
    from tui.cli.base import json_asked

    json_asked(parsed.flag)
    values = parsed.values
    target = _target(env, values)
    query = parsed.words[0] if parsed.words else ""
    limit = int(values["limit"]) if "limit" in values else None
    # as `run`: the book's groups live till the process ends, so the cyclic collector stays
    # off while the command works and what survived is frozen before it is turned back on
    with collector_off(exiting=exiting):
        if options is QUOTES_OPTIONS:
            quotes.run_quotes(
                target,
                query,
                speaker=values.get("speaker"),
                story=values.get("story"),
                since=values.get("since"),
                limit=limit,
                as_json=parsed.flag,
                source=values.get("source"),
            )
        else:
            since = values.get("since")
            quotes.run_speakers(target, query, since=since, limit=limit, as_json=parsed.flag)
    return True


def run_quotes(args: list[str], *, exiting: bool = False) -> bool:
    """``broadsheet quotes`` on the fast path (see `_quotes_run`)."""
    return _quotes_run(args, QUOTES_OPTIONS, exiting=exiting)


def run_speakers(args: list[str], *, exiting: bool = False) -> bool:
    """``broadsheet speakers`` on the fast path (see `_quotes_run`)."""
    return _quotes_run(args, SPEAKERS_OPTIONS, exiting=exiting)


def run_quotes_exiting(args: list[str]) -> bool:
    """`run_quotes` as the ``broadsheet`` command, which ends once it returns."""
    return run_quotes(args, exiting=True)


def run_speakers_exiting(args: list[str]) -> bool:
    """`run_speakers` as the ``broadsheet`` command, which ends once it returns."""
    return run_speakers(args, exiting=True)

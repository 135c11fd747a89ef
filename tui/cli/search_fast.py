"""`broadsheet search ...` without building the whole Typer app: startup is most of a search.

Typer checks each option through pydantic (about 0.1 s to import) and builds every command
of the app before running one. A search written in the plain forms that `--help` shows is
read here instead and run by the same `run_search`; anything else (`--help`, an unknown
or repeated option, a value Typer might read differently, a bad number) returns None, and
`tui.cli.main` hands the whole command line to the Typer app, whose messages and exit
codes are the reference. `tests/cli/test_search_fast.py` checks both paths agree.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

OPTIONS = {
    "--limit": "limit",
    "-n": "limit",
    "--sort": "sort",
    "--source": "source",
    "--since": "since",
    "--until": "until",
    "--corpus": "corpus",
    "-c": "corpus",
    "--index-dir": "index_dir",
}
"""The search options that take a value, by every name, and the field each fills."""

ENV = {
    "corpus": "BROADSHEET_CORPUS",
    "index_dir": "BROADSHEET_INDEX_DIR",
    "engine": "BROADSHEET_ENGINE",
    "opensearch_url": "BROADSHEET_OPENSEARCH_URL",
}
"""The environment variables the global options and `search` read."""

SORTS = ("relevance", "date", "newest", "oldest", "source")
_NUMBER = re.compile(r"[0-9]{1,9}")


@dataclass(slots=True)
class Parsed:
    """A search command line in the plain forms (values as given)."""

    query: str
    values: dict[str, str] = field(default_factory=dict)
    as_json: bool = False


def parse(args: list[str]) -> Parsed | None:
    """``args`` after ``search`` read as Typer would, or None when Typer should read them.

    Accepted: one query (after ``--`` when it starts with a minus), ``--json`` once, and
    each option of `OPTIONS` at most once as ``--name value``, ``--name=value`` or
    ``-n value``, with a value that does not start with a minus and is not empty.
    """
    query: list[str] = []
    values: dict[str, str] = {}
    as_json = False
    position = 0
    while position < len(args):
        token = args[position]
        position += 1
        if token == "--":
            query.extend(args[position:])
            break
        if token == "--json":
            if as_json:
                return None
            as_json = True
            continue
        if not token.startswith("-") or token == "-":
            query.append(token)
            continue
        name, equals, value = token.partition("=")
        if name not in OPTIONS or (equals and not name.startswith("--")):
            return None
        if not equals:
            if position == len(args):
                return None
            value = args[position]
            position += 1
        if not value or value.startswith("-") or OPTIONS[name] in values:
            return None
        values[OPTIONS[name]] = value
    if len(query) != 1:
        return None
    if "limit" in values and not (_NUMBER.fullmatch(values["limit"]) and int(values["limit"])):
        return None
    if values.get("sort", "relevance") not in SORTS:
        return None
    return Parsed(query[0], values, as_json)


def run(args: list[str]) -> bool:
    """Run ``broadsheet search`` with ``args`` if `parse` reads them; False if it does not.

    Raises:
        typer.Exit: The search ended with this exit code (as under the Typer app).
    """
    env = {key: os.environ.get(name) for key, name in ENV.items()}
    if "" in env.values():  # an empty variable: Typer's reading decides
        return False
    parsed = parse(args)
    if parsed is None:
        return False
    from tui.cli.base import Settings, engine_choice, resolve_target
    from tui.cli.search_run import SortChoice, run_search

    values = parsed.values
    settings = Settings(engine=engine_choice(env["engine"], env["opensearch_url"]))
    corpus, index_dir = (values.get(key) or env[key] for key in ("corpus", "index_dir"))
    target = resolve_target(
        Path(corpus) if corpus else None, Path(index_dir) if index_dir else None, settings
    )
    run_search(
        target,
        parsed.query,
        int(values.get("limit", "20")),
        SortChoice(values.get("sort", "relevance")),
        values.get("source"),
        values.get("since"),
        values.get("until"),
        as_json=parsed.as_json,
    )
    return True

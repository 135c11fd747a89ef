"""Where the cleaning rules come from, and what they can start with.

trafilatura's button labels and jusText's stop list are read from the installed
packages' sources without importing them; a rule's possible first characters are read
from its pattern's parse tree, so that a line is tried only against rules that can match it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Collection
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path
from typing import Any


def justext_lists() -> tuple[frozenset[str], int, float]:
    """jusText's English stop list and its "short" and "low stop-word density" thresholds."""
    folder = package_folder("justext")
    words = (folder / "stoplists" / "English.txt").read_text(encoding="utf-8").split()
    core = module_constants(folder / "core.py", ("LENGTH_LOW_DEFAULT", "STOPWORDS_LOW_DEFAULT"))
    return (
        frozenset(w.lower() for w in words),
        int(core["LENGTH_LOW_DEFAULT"]),
        float(core["STOPWORDS_LOW_DEFAULT"]),
    )


def trafilatura_filter() -> re.Pattern[str]:
    """trafilatura's pattern of share and social button labels (``utils.RE_FILTER``)."""
    constants = module_constants(package_folder("trafilatura") / "utils.py", ("RE_FILTER",))
    return re.compile(constants["RE_FILTER"], re.IGNORECASE)


def package_folder(name: str) -> Path:
    """The folder of an installed package, found without importing it."""
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"{name} is not installed (it comes with trafilatura)")
    return Path(next(iter(spec.submodule_search_locations)))


def module_constants(path: Path, names: Collection[str] | None = None) -> dict[str, Any]:
    """A module's top-level constants, read from its source without running it.

    Importing trafilatura or jusText loads lxml (half a second and 35 MB in every build
    process) for what is a list of words and two numbers; their sources say the same.
    ``NAME = value`` and ``NAME = re.compile(pattern, ...)`` are read. With ``names``,
    only those, each parsed from its own statements (a whole module's parse costs
    milliseconds in every process that cleans); the whole module is parsed when one of
    them is not found so. (A line inside a long string that reads as such an assignment
    would count: not so in the two modules read, which a test parses whole to compare.)
    """
    source = path.read_text(encoding="utf-8")
    if names:
        lines = source.splitlines(keepends=True)
        starts = "|".join(re.escape(name) for name in names)
        statements = []
        for match in re.finditer(rf"(?m)^(?:{starts})[ \t]*=(?!=)", source):
            first = source.count("\n", 0, match.start())
            statements.extend(_statement(lines, first))
        found = _constants(statements)
        if found.keys() >= set(names):
            return {name: found[name] for name in names}
    return _constants(ast.parse(source).body)


def _statement(lines: list[str], first: int) -> list[ast.stmt]:
    """The statement opening at line ``first``: the fewest lines from it that parse."""
    for last in range(first + 1, len(lines) + 1):
        try:
            return ast.parse("".join(lines[first:last])).body[:1]
        except SyntaxError:
            continue
    return []


def _constants(statements: list[ast.stmt]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for node in statements:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target = node.targets[0]
        if not isinstance(target, ast.Name):
            continue
        value = node.value
        if isinstance(value, ast.Call) and value.args:  # re.compile(pattern, ...)
            value = value.args[0]
        try:
            found[target.id] = ast.literal_eval(value)
        except ValueError:
            continue
    return found


def openers(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The characters (lower case) a match can start with, or None when any can.

    Read from the pattern's parse tree (Python's own regex parser); anything it cannot
    tell counts as "any character", so the answer is never too narrow. A line never opens
    with white space (lines are stripped), so white space is not counted.
    """
    try:
        sre = import_module("re._constants")
        parser = import_module("re._parser")
        chars, _ = _first(parser.parse(regex.pattern, regex.flags).data, sre)
    except Exception:  # another Python's parser: try the rule on every line
        return None
    return None if chars is None else frozenset(c.lower() for c in chars)


def _first(items: list[Any], sre: Any) -> tuple[set[str] | None, bool]:
    """First characters of a sequence of parse-tree items, and whether it can be empty."""
    chars: set[str] = set()
    for op, value in items:
        found, empty = _first_item(op, value, sre)
        if found is None:
            return None, False
        chars |= found
        if not empty:
            return chars, False
    return chars, True


def _first_item(op: Any, value: Any, sre: Any) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(value)}, False
    if op is sre.IN:
        chars: set[str] = set()
        for kind, item in value:
            if kind is sre.LITERAL:
                chars.add(chr(item))
            elif kind is sre.RANGE and item[1] - item[0] < 500:
                chars |= {chr(c) for c in range(item[0], item[1] + 1)}
            elif kind is sre.CATEGORY and item is sre.CATEGORY_DIGIT:
                chars |= set("0123456789")
            elif not (kind is sre.CATEGORY and item is sre.CATEGORY_SPACE):
                return None, False
        return chars, False
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _, body = value
        found, empty = _first(list(body), sre)
        return found, low == 0 or empty
    if op is sre.BRANCH:
        union: set[str] = set()
        any_empty = False
        for branch in value[1]:
            found, empty = _first(list(branch), sre)
            if found is None:
                return None, False
            union |= found
            any_empty = any_empty or empty
        return union, any_empty
    if op is sre.SUBPATTERN:
        return _first(list(value[-1]), sre)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero width
    return None, False

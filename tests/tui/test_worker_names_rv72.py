"""Every worker of the tui is named: a failure's toast says "<name> failed: …", and an
unnamed worker's is its method's name (rv72: "_opened failed: …", "check_generation
failed: …" seen in tmux). The oracle: each `@work(...)` decorator in tui's source."""

from __future__ import annotations

import ast
from pathlib import Path

import tui


def work_decorators() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(Path(tui.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for decorator in node.decorator_list:
                if isinstance(decorator, ast.Call) and getattr(decorator.func, "id", "") == "work":
                    found.append((f"{path.name}:{node.name}", decorator))
    return found


def test_every_worker_has_a_name_a_toast_can_say() -> None:
    found = work_decorators()
    assert len(found) >= 40  # the walk found the workers
    unnamed = []
    for where, call in found:
        names = [k.value for k in call.keywords if k.arg == "name"]
        name = names[0].value if names and isinstance(names[0], ast.Constant) else ""
        if not name or str(name).startswith("_"):  # "" or a method's own name
            unnamed.append(where)
    assert unnamed == []

"""`--sort outlet`, the README's and the reader's word, was refused (nu32 #4): "--sort must be
one of relevance, date, newest, oldest, source (not 'outlet')". Now `outlet` is the name the
CLI, its help, the README and the reader give the order; `source` is kept as the same."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from index.models import SORTS
from tui import notebook_ops
from tui.cli import app, fast
from tui.cli.search_run import ORDERS, SortChoice
from tui.reader_state import SORT_SHOWN

runner = CliRunner()
README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def hits(*args: str) -> list[str]:
    result = runner.invoke(app, ["search", "", "--json", "-n", "50", *args])
    assert result.exit_code == 0, result.output
    return [hit["id"] for hit in json.loads(result.stdout)]


def test_outlet_is_source_on_both_paths(index_dir: Path) -> None:
    by_outlet = hits("--sort", "outlet")
    assert by_outlet == hits("--sort", "source") and len(by_outlet) > 3
    assert by_outlet != hits("--sort", "newest")  # an order of its own on the seeds
    assert fast.parse(["", "--sort", "outlet"]) is not None  # the fast path takes it too
    help_text = runner.invoke(app, ["search", "--help"]).stdout
    assert "outlet" in help_text.split("--sort", 1)[1][:120]


def test_every_sort_name_the_readme_gives_is_taken(index_dir: Path) -> None:
    named = set(re.findall(r"--sort ([a-z]+)", README))
    listed = re.search(r"`--sort` \(for `search` and `saved add`\) is (.+?)\n\n", README, re.S)
    assert listed is not None
    named |= set(re.findall(r"`(\w+)`", listed.group(1))) - {"search", "saved", "add", "s"}
    reader_row = next(line for line in README.splitlines() if line.startswith("| `s` |"))
    shown = reader_row.split(":", 1)[1].split("(")[0]
    reader_names = [w.strip() for w in shown.split(",")]
    assert reader_names == [SORT_SHOWN[s] for s in SORTS]  # the reader's cycle, as it names it
    named |= set(reader_names)
    assert "outlet" in named
    for name in sorted(named):
        assert ORDERS[SortChoice(name)] == notebook_ops.SORT_NAMES[name]  # a saved search's too
        result = runner.invoke(app, ["search", "", "--sort", name, "-n", "1"])
        assert result.exit_code == 0, (name, result.output)

"""Whoosh imported with stand-ins for asyncio, urllib.request and its English word
forms, and the reader's app without Textual's `textual.types` (`tui.cli.light`).

Each check runs in a fresh interpreter that imports the CLI first, as `broadsheet` does.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str, *args: str, command: str = "search") -> str:
    """Run ``code`` after importing the CLI as `broadsheet` does for ``command`` (its first
    argument; then ``args``)."""
    result = subprocess.run(
        [sys.executable, "-c", "import sys, tui.cli\n" + code, command, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_whoosh_is_imported_without_asyncio_or_urllib_request() -> None:
    code = (
        "import whoosh.searching, whoosh.collectors, whoosh.reading, whoosh.compat\n"
        "print([m for m in ('asyncio', 'urllib.request', 'ssl') if m in sys.modules])\n"
        "print(type(sys.modules['cached_property'].asyncio).__name__)"
    )
    assert _run(code).splitlines() == ["[]", "Deferred"]


def test_cached_properties_behave_as_with_asyncio_before_and_after_it_loads() -> None:
    code = (
        "from cached_property import cached_property\n"
        "class Thing:\n"
        "    calls = 0\n"
        "    @cached_property\n"
        "    def value(self):\n"
        "        Thing.calls += 1\n"
        "        return 42\n"
        "    @cached_property\n"
        "    async def later(self):\n"
        "        return 7\n"
        "thing = Thing()\n"
        "print(thing.value, thing.value, Thing.calls, 'asyncio' in sys.modules)\n"
        "import asyncio\n"
        "async def main():\n"
        "    return await Thing().later\n"
        "print(asyncio.run(main()), Thing().value)"
    )
    assert _run(code).splitlines() == ["42 42 1 False", "7 42"]


def test_the_deferred_download_helper_is_the_real_one(tmp_path: Path) -> None:
    source = tmp_path / "source.txt"
    source.write_text("fetched\n")
    code = (
        "from whoosh.compat import urlretrieve\n"
        "target, _ = urlretrieve(sys.argv[2], sys.argv[3])\n"
        "print(open(target).read().strip(), 'urllib.request' in sys.modules)"
    )
    assert _run(code, source.as_uri(), str(tmp_path / "copy.txt")) == "fetched True"


def test_a_deferred_module_asked_for_anything_else_is_the_real_module() -> None:
    code = (
        "asyncio = sys.modules['cached_property'].asyncio\n"
        "print(asyncio.get_event_loop_policy is __import__('asyncio').get_event_loop_policy)"
    )
    assert _run(code) == "True"


def test_the_readers_first_frame_imports_no_whoosh() -> None:
    # `broadsheet` alone (or with options only) opens the reader: its index, and Whoosh
    # with it, is opened in a thread; the other commands import the engine at once
    code = "import tui.app\nprint('whoosh' in sys.modules, 'index.library' in sys.modules)"
    assert _run(code, "/tmp/corpus", command="--corpus") == "False True"
    assert _run(code, command="show") == "True True"
    # a command after global options is a command (review finding: it lost the stand-ins)
    assert _run(code, "/tmp/corpus", "quotes", "x", command="--corpus") == "True True"
    assert _run(code, "search", "x", command="--debug") == "True True"


def test_whoosh_is_imported_without_english_word_forms_or_rapidfuzz() -> None:
    # `whoosh.query.terms` imports `variations` for its `Variations` query, which
    # broadsheet's parser never makes; rapidfuzz is for fuzzy terms and suggestions only
    code = (
        "import whoosh.query, whoosh.qparser, index.search.searcher\n"
        "print([m for m in ('whoosh.lang.morph_en', 'rapidfuzz') if m in sys.modules])\n"
        "from whoosh.query.terms import variations\n"
        "forms = variations('rendered')\n"
        "real = sys.modules['whoosh.lang.morph_en']\n"
        "print(type(real).__name__, forms == real.variations('rendered'), 'render' in forms)"
    )
    assert _run(code).splitlines() == ["[]", "module True True"]


def test_the_readers_app_is_imported_without_the_widgets_it_never_shows() -> None:
    # Textual's command palette imports `textual.types`, which imports the directory tree,
    # select and placeholder widgets to re-export a name of each: the reader has a stand-in
    code = (
        "from tui.cli.light import import_app\n"
        "app = import_app()\n"
        "unused = ('textual.types', 'textual.widgets._directory_tree', "
        "'textual.widgets._select', 'textual.widgets._placeholder')\n"
        "print(app.__name__, [m for m in unused if m in sys.modules])\n"
        "from textual.types import DirEntry\n"  # later, the real module
        "print(type(sys.modules['textual.types']).__name__, DirEntry.__name__)\n"
        "from textual.command import IgnoreReturnCallbackType\n"
        "from textual._types import IgnoreReturnCallbackType as alias\n"
        "print(IgnoreReturnCallbackType is alias)"
    )
    lines = _run(code, "/tmp/corpus", command="--corpus").splitlines()
    assert lines == ["BroadsheetApp []", "module DirEntry", "True"]

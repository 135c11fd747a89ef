"""Check that a README restructuring lost no sentence.

Every sentence (and every table row and code line) of README.md and bench/README.md at a
git revision must still appear, word for word up to whitespace, in the README.md or
bench/README.md of the work tree. Run it, it is not a test:

    python tools/readme_moved.py            # against the branch's base, `integ`
    python tools/readme_moved.py 4b6d08c    # against any revision

Exit 0 when nothing is lost; else it prints each lost sentence and exits 1. A sentence
changed on purpose, because it no longer matched the code, is listed in CORRECTED with why,
and printed as corrected.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ("README.md", "bench/README.md")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z`(*\"“'0-9])")
CORRECTED = {
    "`enter` opens a story on a screen of its own": "the story screen's `C` and `f` were missing",
    "The list loads more rows as you near its end": "it lists 100 rows at first, not 500",
}
"""Sentences changed on purpose because they no longer matched the code (their opening words)."""


def _squash(text: str) -> str:
    return " ".join(text.split())


def units(text: str) -> list[str]:
    """Sentences of prose paragraphs; whole lines of tables, code and headings."""
    found: list[str] = []
    paragraph: list[str] = []
    in_code = False

    def flush() -> None:
        if paragraph:
            found.extend(s for s in SENTENCE_END.split(_squash(" ".join(paragraph))) if s)
            paragraph.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("```"):
            flush()
            in_code = not in_code
            continue
        if in_code or stripped.startswith(("|", "#")):
            flush()
            if stripped:
                found.append(_squash(stripped))
        elif not stripped or stripped.startswith("- "):
            flush()
            if stripped:
                paragraph.append(stripped)
        else:
            paragraph.append(stripped)
    flush()
    return found


def main(argv: list[str]) -> int:
    revision = argv[1] if len(argv) > 1 else "integ"
    now = " ".join(_squash((ROOT / name).read_text(encoding="utf-8")) for name in FILES)
    lost = 0
    total = 0
    for name in FILES:
        old = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{revision}:{name}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for unit in units(old):
            total += 1
            if unit in now:
                continue
            reason = next((why for start, why in CORRECTED.items() if unit.startswith(start)), "")
            if reason:
                print(f"corrected in {name} ({reason}): {unit[:70]}...")
            else:
                lost += 1
                print(f"lost from {name}: {unit}")
    print(f"{total} sentences, rows and lines of {revision}; {lost} not found now")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

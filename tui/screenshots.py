"""Where screenshots go: the user data folder, else the current folder (never ~/Downloads)."""

from __future__ import annotations

import os
from pathlib import Path

SUBFOLDER = "screenshots"


def screenshot_dir(data_dir: Path | None = None) -> Path:
    """A folder a screenshot can be written to, created if need be.

    Args:
        data_dir: The user data folder (default: ``platformdirs.user_data_dir``); when it
            cannot be created or written, the current folder is used.
    """
    if data_dir is None:
        from platformdirs import user_data_dir

        data_dir = Path(user_data_dir("broadsheet", appauthor=False))
    folder = data_dir / SUBFOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.cwd()
    return folder if os.access(folder, os.W_OK) else Path.cwd()


TOAST_LINE = 36
"""Cells of a toast's line at 80 columns (a toast is half the screen wide at most, less
its padding and edge)."""


def saved_said(path: Path, home: Path | None = None, width: int = TOAST_LINE) -> str:
    """The toast for a screenshot saved at ``path``: the home folder said "~", the path
    broken after a "/" into lines of ``width`` (nu56 #8: at 80 columns the toast broke it
    mid-word, "/root/.local/share/broadsheet/scree | nshots/…"); a part longer than a
    line has one of its own (a file's name longer than that is broken after a "_": the
    screenshot's own, "broadsheet_2026-12-06T10_07_54_884592.svg", is 42 characters)."""
    home = Path.home() if home is None else home
    shown = str(path)
    if path.is_relative_to(home) and path != home:
        shown = "~/" + path.relative_to(home).as_posix()
    parts = shown.split("/")
    lines = [""]
    name = parts[-1]  # a name longer than a line broken after a "_" (a toast folds it)
    named = [f"{w}_" for w in name.split("_")[:-1]] + [name.split("_")[-1]]
    for piece in [*(part + "/" for part in parts[:-1]), *(named if len(name) > width else [name])]:
        if lines[-1] and len(lines[-1]) + len(piece) > width:
            lines.append("")
        lines[-1] += piece
    return "Saved screenshot to\n" + "\n".join(lines)

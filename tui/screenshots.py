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

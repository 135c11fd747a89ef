"""The user's map of outlets to leans (`index.leans`): ``leans.json`` in the user config
folder, set with `broadsheet outlets lean`. broadsheet ships none: whose ratings to trust
is the user's choice, and an article's own metadata (a ``stance`` field...) wins over it."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from index.library import outlet_resolver, read_state
from index.models import LEANS, Coverage, Lean, outlet_key

LEANS_FILE = "leans.json"


def leans_path(config_dir: Path | None = None) -> Path:
    """Where the map is kept: ``leans.json`` in ``config_dir``, by default the user config
    folder (``platformdirs.user_config_dir("broadsheet")``, where the keymap is too)."""
    if config_dir is None:
        from platformdirs import user_config_dir

        config_dir = Path(user_config_dir("broadsheet", appauthor=False))
    return config_dir / LEANS_FILE


def read_leans(config_dir: Path | None = None) -> dict[str, Lean]:
    """The map as the user wrote it, outlet name -> lean; empty when there is no file.

    Raises:
        ValueError: The file is not a JSON object of outlet names to left/center/right.
    """
    found, bad = read_map(config_dir)
    if bad:
        raise ValueError(f"{leans_path(config_dir)}: {bad[0]}")
    return found


def read_map(config_dir: Path | None = None) -> tuple[dict[str, Lean], list[str]]:
    """The map's good entries, outlet name -> lean (any case, "centre" as center, as
    `outlets lean` takes them), and a description of each entry whose value is no lean.

    Raises:
        ValueError: The file is not a JSON object.
    """
    path = leans_path(config_dir)
    if not path.exists():
        return {}, []
    try:
        data = json.loads(read_state(path))  # a FIFO: refused, not waited on
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: not readable as JSON ({error})") from error
    except RecursionError:  # deeper than json goes (fx159: was a traceback)
        raise ValueError(f"{path}: not readable as JSON (nested too deeply)") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: should be a JSON object of outlet names to leans")
    found: dict[str, Lean] = {}
    bad: list[str] = []
    for outlet, value in data.items():
        lean = side_named(value)
        if lean is None:
            bad.append(f"{outlet!r} leans {value!r}, not one of {', '.join(LEANS)}")
        else:
            found[outlet] = lean
    return found, bad


def side_named(value: object) -> Lean | None:
    """The side a hand-typed value names: "Right", " left ", "centre" -> right, left,
    center; None for anything else."""
    if not isinstance(value, str):
        return None
    side = value.strip().lower().replace("centre", "center")
    return next((lean for lean in LEANS if lean == side), None)


def user_leans(
    config_dir: Path | None = None, sources: Sequence[tuple[str, int]] = ()
) -> tuple[dict[str, Lean], str | None]:
    """The map keyed for matching (`outlet_key`) against the outlets of ``sources`` (the
    library's: `corpus_leans`), and one line saying what was left out: the whole map when
    the file is bad, else each entry whose value is no lean (those outlets count unknown
    in coverage, nothing fails)."""
    try:
        given, bad = read_map(config_dir)
    except ValueError as error:
        return {}, f"outlet leans ignored: {error}"
    problem = skipped_note(bad, config_dir) if bad else None
    return corpus_leans(given, sources), problem


def corpus_leans(given: Mapping[str, Lean], sources: Sequence[tuple[str, int]]) -> dict[str, Lean]:
    """The map keyed by `outlet_key` of the corpus's own names: an entry under another
    spelling of an outlet of ``sources`` ("nyt", "New York Times", as `search --source`
    reads them: `outlet_resolver`) counts for it ("The New York Times"), so a map written
    before `outlets lean` resolved names still works. Of two entries for one outlet, the
    one spelled as the corpus does wins, else the later in the file."""
    named = outlet_resolver(sources)
    spelled: dict[str, Lean] = {}
    exact: dict[str, Lean] = {}
    for outlet, lean in given.items():
        own = named(outlet)
        key = outlet_key(own or outlet)
        if own is not None and outlet_key(outlet) == key:
            exact[key] = lean
        else:
            spelled[key] = lean
    return {**spelled, **exact}


def skipped_note(bad: list[str], config_dir: Path | None = None) -> str:
    """The one line that says which entries of the map (`read_map`'s ``bad``) were skipped."""
    return f"outlet leans skipped in {leans_path(config_dir)}: {'; '.join(bad)}"


def set_lean(
    outlet: str,
    lean: Lean | None,
    config_dir: Path | None = None,
    sources: Sequence[tuple[str, int]] = (),
) -> Path:
    """Set an outlet's lean in the map (None: take it out); returns the file written. An
    entry for the same outlet spelled otherwise (case, spaces, or an alias naming the same
    outlet of ``sources``: "nyt" for "The New York Times") is replaced."""
    return set_leans([(outlet, lean)], config_dir, sources)


def set_leans(
    changes: Sequence[tuple[str, Lean | None]],
    config_dir: Path | None = None,
    sources: Sequence[tuple[str, int]] = (),
) -> Path:
    """Set many outlets' leans in one write of the map, each as `set_lean` sets one (the
    later of two changes to one outlet wins); returns the file written."""
    kept: dict[str, str] = dict(read_leans(config_dir))
    named = outlet_resolver(sources)
    for outlet, lean in changes:
        key, own = outlet_key(outlet), named(outlet)
        kept = {
            name: side
            for name, side in kept.items()
            if outlet_key(name) != key and (own is None or named(name) != own)
        }
        if lean is not None:
            kept[outlet.strip()] = lean
    path = leans_path(config_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(dict(sorted(kept.items(), key=lambda item: item[0].lower())), indent=2)
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(text + "\n", encoding="utf-8")
    temporary.replace(path)
    return path


def coverage_words(cover: Coverage) -> str:
    """ "left 2, center 1, right 0, unknown 1; blindspot for the right"."""
    said = ", ".join(f"{side} {getattr(cover, side)}" for side in (*LEANS, "unknown"))
    return said + (f"; blindspot for the {cover.blindspot}" if cover.blindspot else "")

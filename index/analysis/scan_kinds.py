"""Scanning dated and undated articles apart: the dated within a time window, the undated
with each other as if a set number of days apart (`pairs.window_scan`, `story_rows`)."""

from __future__ import annotations

from typing import Any

import numpy as np

from index.analysis import pairs as P


def scan_dated_and_undated(
    rows: Any,
    days: np.ndarray,
    scan: P.Scan,
    window: float,
    decay: float,
    floor: float,
    keep: float,
    limit: int,
    targets: np.ndarray | None,
    among: np.ndarray | None,
    undated_apart: float = 0.0,
) -> tuple[P.Pairs, np.ndarray, np.ndarray]:
    """`pairs.window_scan` with its ``scan`` of a set of rows: the dated rows (among ``among``)
    within ``window``, then the undated ones with each other as if ``undated_apart`` days
    apart (their cosine times ``exp(-decay * undated_apart)``: without dates a recurring
    subject's events, a weekly figure's reports, are as alike as one event's: st49)."""
    n = rows.shape[0]
    neighbours = np.full((n, limit), -1, dtype=np.int32)
    best = np.zeros((n, limit), dtype=np.float32)
    undated = np.isnan(days)
    inside = np.ones(n, dtype=bool) if among is None else among
    at = np.where(undated, 0.0, days)
    found: list[P.Pairs] = []
    if (~undated & inside).sum() >= 2:
        found.append(
            scan(rows, at, ~undated & inside, window, decay, floor, keep, targets, neighbours, best)
        )
    if (undated & inside).sum() >= 2:
        fade = np.float32(np.exp(-decay * undated_apart))
        i, j, s = scan(
            rows,
            at,
            undated & inside,
            0.0,
            0.0,
            floor / fade,
            keep / fade,
            targets,
            neighbours,
            best,
        )
        best[undated] *= fade  # an undated row's partners are undated ones alone
        found.append((i, j, (s * fade).astype(s.dtype)))
    if not found:
        return P.empty_pairs(), neighbours, best
    left, right, score = zip(*found, strict=True)
    return (np.concatenate(left), np.concatenate(right), np.concatenate(score)), neighbours, best

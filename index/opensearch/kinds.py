"""Which rules made an OpenSearch index's data, and which derived kinds it holds here.

The articles live on the cluster: the version of the rules that read them is in the
index's ``_meta`` (`documents.index_meta`), made with the index and so live with the
alias swap. The derived data (quotes, stories) lives on this machine, one folder per kind
beside the concrete index it was derived from (`corpus.OpenSearchEngine`); the versions
of their rules are in this machine's record of the last build, written once they are all
derived. What `index status` and the reader's stale line say is then `index.rules`'
reading of both, as for a Whoosh index's manifest: an index that records no versions
(made before they were kept) was made by older rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from index.rules import ARTICLES, RULES, kinds_lacking, outdated, versions, why_derived, why_rebuilt


def derived_rules(names: Sequence[str]) -> dict[str, int]:
    """The versions the local record keeps for the derived kinds ``names`` just derived."""
    return {name: version for name, version in versions(names).items() if name != ARTICLES}


def held(folder: Path) -> list[str]:
    """The derived kinds whose folders this machine has in ``folder`` (one concrete index's)."""
    try:
        found = [path.name for path in folder.iterdir() if path.is_dir()]
    except OSError:
        return []
    return sorted(name for name in found if not name.startswith("."))


def judged(
    meta: dict[str, Any], recorded: object, kinds: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The kinds older rules made, and the derived kinds lacking (`IndexStatus.outdated`,
    ``lacking``).

    Args:
        meta: The index's ``_meta.broadsheet`` (its articles' rules).
        recorded: The derived kinds' versions in the local record of this index (anything
            else, as an old record's nothing: unknown, so outdated).
        kinds: The derived kinds this machine holds for the index (`held`).
    """
    articles = meta.get("rules")
    rules = dict(recorded) if isinstance(recorded, dict) else {}
    rules.pop(ARTICLES, None)  # the cluster's _meta says how its articles were read
    if isinstance(articles, dict) and ARTICLES in articles:
        rules[ARTICLES] = articles[ARTICLES]
    manifest = {"rules": rules, "derived": list(kinds)}
    older = tuple(outdated(manifest, [name for name in RULES if name in kinds]))  # as Whoosh's
    lacking = kinds_lacking(manifest)
    return older, lacking


def reason(
    meta: dict[str, Any], recorded: object, kinds: Sequence[str], derived: Sequence[str], full: bool
) -> str:
    """Why an update rebuilt, or derived kinds it did not hold or older rules made, as a
    Whoosh update says it (`index.store.update`), from the index as it was before (the
    arguments of `judged`; ``derived``: the kinds the update derived; ``full``: it rebuilt).
    """
    older, _ = judged(meta, recorded, kinds)
    if full and ARTICLES in older:
        return why_rebuilt(meta)  # records "rules" since they were kept
    return why_derived(
        [name for name in older if name in derived], [name for name in derived if name not in kinds]
    )

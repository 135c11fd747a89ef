"""The default (Whoosh) path never loads the OpenSearch client, nor this package."""

from __future__ import annotations

import subprocess
import sys


def _loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_the_reader_and_cli_never_import_opensearch() -> None:
    loaded = _loaded_after("import tui.cli, tui.app, index.store.build, index.search.engine")
    assert not {name for name in loaded if name.startswith(("opensearchpy", "index.opensearch"))}


def test_the_engine_imports_its_client_only_to_connect() -> None:
    # no prefix: a prefix's query asks the cluster for the words it begins (px34); no plain
    # word nor phrase: their spellings with a letter lost are asked of the cluster too (sx46,
    # sx47); a query with nothing to ask imports no client (stop 64's CI: one was made anyway)
    loaded = _loaded_after(
        "from index.opensearch.engine import OpenSearchIndex\n"
        "OpenSearchIndex('some-corpus').query('ceasefire~ OR talks~2', source='reuters')"
    )
    assert "index.opensearch.engine" in loaded
    assert not {name for name in loaded if name.startswith("opensearchpy")}

"""An update of the quotes copies the groups no change touched: the oracle is every group
computed again from the updated state."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis.quote_derived import QuotesDerived, _read_groups, _read_state, _stored
from index.analysis.quote_store import ARTICLES
from index.analysis.quotes import compared_words
from index.store.build import rebuild
from index.store.generations import current_generation
from index.store.update import update
from tests.quote_rows import CLIPPED, OTHER, QUOTE, ROWS, write_rows

BODIES = (
    f'The council met.\n\n"{QUOTE}," Mayor Anna Keller said.',
    f'"{CLIPPED}," Keller told reporters.',
    f'Farmer Tom Berg said: "{OTHER}."',
    f'"{OTHER}, and the banks too," said Tom Berg. "We start again in May," he added.',
    "No quotation here at all, only a report of the weather in the valley.",
)
ROW_IDS = [f"{row['id']}-{n}" for n in range(3) for row in ROWS]


def _quotes(index_dir: Path) -> Path:
    live = current_generation(index_dir)
    assert live is not None
    return live / "quotes"


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changes=st.dictionaries(
        st.sampled_from(ROW_IDS), st.one_of(st.none(), st.sampled_from(BODIES)), max_size=6
    ),
    added=st.lists(st.sampled_from(BODIES), max_size=3),
)
def test_an_update_stores_the_groups_a_full_grouping_of_its_state_gives(
    tmp_path_factory: object, changes: dict[str, str | None], added: list[str]
) -> None:
    root = tmp_path_factory.mktemp("quotes")  # type: ignore[attr-defined]
    rows = [{**row, "id": f"{row['id']}-{n}"} for n in range(3) for row in ROWS]
    corpus = write_rows(root / "corpus", rows)
    index_dir = root / "index"
    rebuild(corpus, index_dir, procs=1, derived=[QuotesDerived()])
    for row in rows:
        if row["id"] in changes:
            body = changes[row["id"]]
            if body is None:
                (corpus / f"{row['id']}.json").unlink()
            else:
                write_rows(corpus, [{**row, "body": body}])
    fresh = [{**ROWS[0], "id": f"new-{k}", "body": body} for k, body in enumerate(added)]
    write_rows(corpus, fresh)
    update(corpus, index_dir, procs=1, derived=[QuotesDerived()])
    folder = _quotes(index_dir)
    index = _read_state(folder)
    assert _read_groups(folder) == [_stored(g) for g in index.groups()]
    # the words kept with each article are its quotes' words
    for line in (folder / ARTICLES).read_text(encoding="utf-8").splitlines():
        entry = json.loads(line.partition("\t")[2])
        assert [w.split() for w in entry["words"]] == [
            list(compared_words(q["text"])) for q in entry["quotes"]
        ]

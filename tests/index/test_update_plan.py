"""An update's plan, against its plain definition: the files to read are those scanned
whose signature the manifest does not hold (new or changed), the paths dropped are those
known and not scanned, then the changed ones, and the rest are kept (hypothesis over
random scans and manifests)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.ingest.files import SourceFile
from index.store.update import _plan

RELS = st.sampled_from([f"{folder}{n}.json" for folder in ("", "a/", "b/c/") for n in range(6)])
SIGS = st.tuples(st.integers(0, 2), st.integers(0, 2)) | st.tuples(*[st.integers(0, 1)] * 4)


@given(
    st.dictionaries(RELS, SIGS),
    st.dictionaries(RELS, st.one_of(SIGS, st.none())),
)
def test_the_plan_is_the_plain_definition(
    scanned: dict[str, tuple[int, ...]], manifest: dict[str, tuple[int, ...] | None]
) -> None:
    sources = [
        SourceFile(rel, "/c/" + rel, sig[0], sig[1], None, sig) for rel, sig in scanned.items()
    ]
    known = {rel: {} if sig is None else {"sig": list(sig)} for rel, sig in manifest.items()}
    plan = _plan(sources, known)
    unchanged = {rel for rel, sig in scanned.items() if rel in manifest and manifest[rel] == sig}
    assert plan.keep == len(unchanged)
    assert plan.read == [source for source in sources if source.rel not in unchanged]
    assert plan.drop == [rel for rel in known if rel not in scanned] + [
        source.rel for source in plan.read if source.rel in known
    ]

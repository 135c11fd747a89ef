"""A rebuild reuses the live generation's quote extraction of each article whose quoted part
is unchanged (`index.analysis.quote_extracted`, `index.store.reuse`; issue 18): its quotes
files are byte for byte those of a fresh build of the same corpus, it extracts exactly the
articles whose part the live generation does not list, and it reuses nothing made by other
rules, from a damaged folder, or when told to extract afresh."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis import quote_derived, quote_limit
from index.analysis.quote_derived import QuotesDerived
from index.analysis.quote_extracted import PARTS, read_parts
from index.derived import Deferred, fresh_kind, from_spec, spec
from index.library import default_derived
from index.rules import RULES
from index.store import build
from index.store.build import rebuild
from index.store.generations import current_generation
from index.store.update import update
from tests.quote_rows import CLIPPED, OTHER, QUOTE

PARAGRAPHS = [
    f'"{QUOTE}," Mayor Anna Keller said.',
    f"Mayor Anna Keller said: “{QUOTE}.”",
    f'"{CLIPPED}," Keller told reporters on the quay.',
    f'"{OTHER}," said farmer Tom Berg.',
    '"The bridge opens in May," said engineer Lee Park, who led the works.',
    "The port authority met on Monday and voted on the fees.",
    "Growers in the valley count their losses after the frost.",
    "“We have seen nothing like it,” Berg said. “Not in forty years.”",
]
SOURCES = ["Harbour Times", "Valley Post", "Coast Wire"]
DATES = ["2021-05-04", "2021-05-05", "2021-06-01"]
SHORT_PART = 400
"""`quote_limit.QUOTE_CHARS` in these tests: a body's tail past it is outside its quoted part."""

bodies = st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=4).map("\n\n".join)
rows = st.fixed_dictionaries(
    {"source": st.sampled_from(SOURCES), "date": st.sampled_from(DATES), "body": bodies}
)
EDITS = ["keep", "keep", "remove", "body", "fields", "tail"]


def write_corpus(folder: Path, articles: dict[str, dict[str, str]]) -> Path:
    """The corpus as one JSON file per article (those gone from ``articles`` deleted)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in folder.glob("*.json"):
        if path.stem not in articles:
            path.unlink()
    for aid, row in articles.items():
        record = {"id": aid, "title": f"Story {aid}", **row}
        (folder / f"{aid}.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


def quotes_files(index_dir: Path) -> dict[str, bytes]:
    live = current_generation(index_dir)
    assert live is not None
    return {p.name: p.read_bytes() for p in sorted((live / "quotes").iterdir())}


@contextmanager
def counted_extractions() -> Iterator[list[int]]:
    """How many articles `QuotesDerived.extract` extracted (not reused) meanwhile."""
    count = [0]
    real = quote_derived.extract_quotes

    def counting(text: str) -> object:
        count[0] += 1
        return real(text)

    with mock.patch.object(quote_derived, "extract_quotes", counting):
        yield count


def edited(
    before: dict[str, dict[str, str]], edits: list[str], new: list[dict[str, str]]
) -> dict[str, dict[str, str]]:
    """``before`` with each article kept, removed, its body changed, its other fields
    changed (its quoted part as it was), or its tail past the quoted part changed; then
    the ``new`` articles added."""
    after: dict[str, dict[str, str]] = {}
    for (aid, row), edit in zip(before.items(), edits, strict=False):
        if edit == "remove":
            continue
        if edit == "body":
            row = {**row, "body": row["body"] + "\n\n" + PARAGRAPHS[len(aid) % len(PARAGRAPHS)]}
        elif edit == "fields":  # the quoted part as it was: outlet, date and title change
            row = {**row, "source": "Coast Wire", "date": "2022-01-01", "title": "Another"}
        elif edit == "tail":  # past the quoted part only
            row = {**row, "body": row["body"] + "\n" + "x" * SHORT_PART + "\n\nTail words."}
        after[aid] = row
    for n, row in enumerate(new):
        after[f"n{n}"] = row
    return after


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    before=st.lists(rows, min_size=1, max_size=7),
    edits=st.lists(st.sampled_from(EDITS), min_size=7, max_size=7),
    new=st.lists(rows, max_size=3),
)
def test_a_reusing_rebuild_writes_what_a_fresh_one_does(
    tmp_path_factory: pytest.TempPathFactory,
    before: list[dict[str, str]],
    edits: list[str],
    new: list[dict[str, str]],
) -> None:
    base = tmp_path_factory.mktemp("reuse")
    first = {f"a{n}": row for n, row in enumerate(before)}
    if "tail" in edits:  # one long body: its tail is past the quoted part
        first["a0"] = {**first["a0"], "body": first["a0"]["body"] + "\n" + "y" * SHORT_PART}
    second = edited(first, edits, new)
    if not second:
        second = {"n9": before[0]}
    kinds = [QuotesDerived()]
    with mock.patch.object(quote_limit, "QUOTE_CHARS", SHORT_PART):
        corpus = write_corpus(base / "corpus", first)
        rebuild(corpus, base / "index", procs=1, derived=kinds)
        listed = set(read_parts(current_generation(base / "index") / "quotes"))  # type: ignore[operator]
        write_corpus(corpus, second)
        with counted_extractions() as extracted:
            rebuild(corpus, base / "index", procs=1, derived=kinds)
        rebuild(corpus, base / "fresh", procs=1, derived=kinds, reuse=False)
    reused = quotes_files(base / "index")
    assert reused == quotes_files(base / "fresh")
    parts = [line.split("\t")[0] for line in reused[PARTS].decode().splitlines()[1:]]
    assert len(parts) == len(second)
    assert extracted[0] == sum(part not in listed for part in parts)


def small_corpus(tmp_path: Path) -> Path:
    articles = {
        f"a{n}": {"source": SOURCES[n % 3], "date": DATES[0], "body": p}
        for n, p in enumerate(PARAGRAPHS)
    }
    return write_corpus(tmp_path / "corpus", articles)


def test_quotes_of_other_rules_are_never_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = small_corpus(tmp_path)
    rebuild(corpus, tmp_path / "index", procs=1, derived=[QuotesDerived()])
    with counted_extractions() as extracted:
        rebuild(corpus, tmp_path / "index", procs=1, derived=[QuotesDerived()])
    assert extracted[0] == 0  # the same rules: all reused
    monkeypatch.setitem(RULES, "quotes", RULES["quotes"] + 1)
    with counted_extractions() as extracted:
        rebuild(corpus, tmp_path / "index", procs=1, derived=[QuotesDerived()])
    assert extracted[0] == len(PARAGRAPHS)  # another version: extracted anew, silently
    rebuild(corpus, tmp_path / "fresh", procs=1, derived=[QuotesDerived()])
    assert quotes_files(tmp_path / "index") == quotes_files(tmp_path / "fresh")


@pytest.mark.parametrize("damage", ["parts", "articles", "gone"])
def test_a_damaged_previous_folder_is_extracted_anew_silently(tmp_path: Path, damage: str) -> None:
    corpus = small_corpus(tmp_path)
    rebuild(corpus, tmp_path / "index", procs=1, derived=[QuotesDerived()])
    quotes = current_generation(tmp_path / "index") / "quotes"  # type: ignore[operator]
    if damage == "gone":
        (quotes / PARTS).unlink()
    else:
        path = quotes / (PARTS if damage == "parts" else "articles.jsonl")
        data = bytearray(path.read_bytes())
        data[-5] ^= 1  # one bit: the same size, another checksum
        path.write_bytes(bytes(data))
    with counted_extractions() as extracted:
        rebuild(corpus, tmp_path / "index", procs=1, derived=[QuotesDerived()])
    assert extracted[0] == len(PARAGRAPHS)
    rebuild(corpus, tmp_path / "fresh", procs=1, derived=[QuotesDerived()])
    assert quotes_files(tmp_path / "index") == quotes_files(tmp_path / "fresh")


def test_fresh_quotes_and_no_reuse_extract_everything(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path)
    quotes = next(kind for kind in default_derived() if kind.name == "quotes")
    rebuild(corpus, tmp_path / "index", procs=1, derived=[quotes])
    for kinds, reuse in (([fresh_kind(quotes)], True), ([quotes], False)):
        with counted_extractions() as extracted:
            rebuild(corpus, tmp_path / "index", procs=1, derived=kinds, reuse=reuse)
        assert extracted[0] == len(PARAGRAPHS)
    with counted_extractions() as extracted:
        rebuild(corpus, tmp_path / "index", procs=1, derived=[quotes])
    assert extracted[0] == 0


def test_a_reusing_kind_reaches_the_workers(tmp_path: Path) -> None:
    """The spec a worker gets names the previous folder; the kind made of it reuses."""
    kind = Deferred("quotes", "index.analysis.quote_derived:QuotesDerived", reuse=True)
    made = kind.reusing(tmp_path / "gen-x" / "quotes")
    assert made is not None and spec(made) == f"{kind.named}\t{tmp_path}/gen-x/quotes"
    worker_kind = from_spec(spec(made) or "")
    assert isinstance(worker_kind, QuotesDerived)
    assert worker_kind.previous == tmp_path / "gen-x" / "quotes"
    assert Deferred("stories", "x:Y").reusing(tmp_path) is None  # a kind that cannot
    assert fresh_kind(kind).reusing(tmp_path) is None


def test_workers_reuse_and_write_what_a_fresh_build_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "MULTIPROCESS_MIN_DOCS", 0)
    corpus = small_corpus(tmp_path)
    quotes = next(kind for kind in default_derived() if kind.name == "quotes")
    rebuild(corpus, tmp_path / "index", procs=2, derived=[quotes])
    (corpus / "a0.json").unlink()
    write_corpus(
        corpus / "more",
        {"b0": {"source": "Valley Post", "date": DATES[1], "body": PARAGRAPHS[4] + "\n\nMore."}},
    )
    rebuild(corpus, tmp_path / "index", procs=2, derived=[quotes])
    rebuild(corpus, tmp_path / "fresh", procs=2, derived=[quotes])
    assert quotes_files(tmp_path / "index") == quotes_files(tmp_path / "fresh")


def test_an_update_keeps_the_parts_a_rebuild_lists(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path)
    rebuild(corpus, tmp_path / "index", procs=1, derived=[QuotesDerived()])
    (corpus / "a1.json").unlink()
    write_corpus(
        corpus / "more", {"b0": {"source": "Valley Post", "date": DATES[1], "body": PARAGRAPHS[0]}}
    )
    update(corpus, tmp_path / "index", procs=1, derived=[QuotesDerived()])
    rebuild(corpus, tmp_path / "fresh", procs=1, derived=[QuotesDerived()])
    assert quotes_files(tmp_path / "index")[PARTS] == quotes_files(tmp_path / "fresh")[PARTS]
    with counted_extractions() as extracted:  # a rebuild after the update reuses it all
        rebuild(corpus, tmp_path / "index", procs=1, derived=[QuotesDerived()])
    assert extracted[0] == 0
    assert quotes_files(tmp_path / "index") == quotes_files(tmp_path / "fresh")


def test_fresh_quotes_reaches_the_build(tmp_path: Path) -> None:
    """`index rebuild --fresh-quotes` builds with a quotes kind that reuses nothing."""
    from typer.testing import CliRunner

    from tui.cli import app, index_run

    seen: list[object] = []
    with mock.patch.object(index_run, "build_with_progress", lambda lib, how: seen.append(lib)):
        corpus = small_corpus(tmp_path)
        args = ["index", "rebuild", "--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]
        CliRunner().invoke(app, [*args, "--fresh-quotes"])
        CliRunner().invoke(app, args)
    fresh, plain = ({k.name: k for k in lib.derived} for lib in seen)  # type: ignore[attr-defined]
    assert fresh["quotes"].reusing(tmp_path) is None
    assert plain["quotes"].reusing(tmp_path) is not None

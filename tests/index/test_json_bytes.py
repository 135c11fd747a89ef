"""The index's own JSON files through orjson: the same values as `json`, and the same bytes
for what a manifest or listing holds (`index.store.json_bytes`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.errors import IndexDamaged
from index.store import json_bytes
from index.store.generations import read_json, write_json


def _old_bytes(value: object) -> bytes:
    """What `write_json` wrote before orjson."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


# what a manifest, a listing or a verified record holds: no floats
texts = st.text(st.characters(exclude_categories=["Cs"]))  # no lone surrogates
scalars = st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | texts
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=30,
)
manifests = st.fixed_dictionaries(
    {
        "schema_version": st.integers(0, 99),
        "corpus": texts,
        "articles": st.integers(0, 10**6),
        "files": st.dictionaries(
            texts,
            st.fixed_dictionaries(
                {
                    "sig": st.tuples(st.integers(0, 2**63 - 1), st.integers(0, 2**40)),
                    "digest": st.text("0123456789abcdef", min_size=32, max_size=32),
                    "ids": st.lists(texts, max_size=3),
                },
                optional={"skipped": st.lists(st.lists(texts, max_size=2), max_size=2)},
            ),
            max_size=6,
        ),
        "checksums": st.dictionaries(
            texts, st.tuples(st.integers(0, 2**40), st.integers(0, 2**32 - 1)), max_size=4
        ),
        "derived": st.lists(st.sampled_from(["stories", "quotes"]), unique=True),
        "rest": values,
    }
)


@given(manifests)
def test_the_bytes_and_values_are_json_s(manifest: dict[str, object]) -> None:
    old = _old_bytes(manifest)
    assert json_bytes.dumps(manifest) == old
    assert json_bytes.loads(old) == json.loads(old)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_a_finite_float_keeps_its_value(number: float) -> None:
    assert json.loads(json_bytes.dumps([number])) == [number]
    assert json_bytes.loads(_old_bytes([number])) == [number]


@pytest.mark.parametrize(
    "value",
    [[2**64], [-(2**63) - 1], {1: "a"}, {"a": (1, 2)}],
    ids=["big int", "small int", "int key", "tuple (orjson writes it, as a list)"],
)
def test_what_orjson_refuses_json_writes(value: object) -> None:
    assert json_bytes.dumps(value) == _old_bytes(value)
    assert json.loads(json_bytes.dumps(value)) == json.loads(_old_bytes(value))


@pytest.mark.parametrize("data", [b"[NaN, Infinity]", b'"\\ud800"', b"\xef\xbb\xbf{}", b"[1e400]"])
def test_what_orjson_refuses_json_reads(data: bytes) -> None:
    expected = json.loads(data)
    found = json_bytes.loads(data)
    assert repr(found) == repr(expected)  # NaN != NaN: compare the spelling


def test_a_lone_surrogate_is_refused_as_before(tmp_path: Path) -> None:
    with pytest.raises(UnicodeEncodeError):
        write_json(tmp_path / "x.json", {"a": "\ud800"}, durable=False)


@pytest.mark.parametrize("data", [b"", b"{", b"\xff\xfe{", b'{"a": 1} x'])
def test_a_damaged_file_is_damaged(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "x.json").write_bytes(data)
    with pytest.raises(IndexDamaged):
        read_json(tmp_path / "x.json")


@given(values)
def test_write_then_read(tmp_path_factory: pytest.TempPathFactory, value: object) -> None:
    path = tmp_path_factory.mktemp("j") / "x.json"
    write_json(path, value, durable=False)
    assert path.read_bytes() == _old_bytes(value)
    assert read_json(path) == value


# a copies file's keys and values: ids, digests; and what json escapes (quotes, backslashes,
# control characters, DEL, non-ASCII, a lone surrogate) now and then
plain = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E, exclude_characters='"\\'))
bare = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E, exclude_characters='"\\:,'))
odd = st.text(st.characters(max_codepoint=0x2FF) | st.sampled_from('"\\\x7f\x00\n\ud800'))
string_dicts = st.dictionaries(plain | odd, plain | odd, max_size=8)


@given(string_dicts)
def test_sorted_bytes_are_json_s(value: dict[str, str]) -> None:
    assert json_bytes.dumps_sorted(value) == json.dumps(value, sort_keys=True).encode()


@given(st.dictionaries(bare, bare, min_size=1, max_size=8))
def test_bare_strings_take_orjson_s_way(value: dict[str, str]) -> None:
    import json as json_module

    called = []
    real = json_module.dumps

    def spy(*args: object, **kwargs: object) -> str:
        called.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    json_module.dumps = spy  # type: ignore[assignment]
    try:
        found = json_bytes.dumps_sorted(value)
    finally:
        json_module.dumps = real
    assert not called  # orjson's bytes, spaced
    assert found == json.dumps(value, sort_keys=True).encode()


def test_what_orjson_refuses_json_writes_sorted() -> None:
    assert json_bytes.dumps_sorted({"a": "\ud800"}) == json.dumps({"a": "\ud800"}).encode()
    with pytest.raises(TypeError):
        json_bytes.dumps_sorted({"a": object()})  # type: ignore[dict-item]

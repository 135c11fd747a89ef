"""An article text over `MAX_ARTICLE_CHARS` is skipped with its length and the limit.

The oracle is the length of the decoded text in characters (not bytes: the texts carry
"é", two bytes in UTF-8): at the limit an article is read, one character over it is
skipped, in every format, with the same one-line reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis.quote_limit import QUOTE_CHARS, quoted_part
from index.ingest import files as ingest_files
from index.ingest.files import ReadError
from index.ingest.readers import PAGE_TIMES, read_source, scan
from index.models import Article, Skipped
from index.store.build import rebuild
from index.store.status import index_status
from index.store.update import update

LIMIT = 600
SENTENCE = "The café by the harbour wall shut early as the tide rose. "


def _text(length: int) -> str:
    text = "Harbour report\n\n" + SENTENCE * (length // len(SENTENCE) + 1)
    return text[: length - 1] + "."  # never a space at the end: the length stays exact


def _reason(length: int) -> str:
    return f"article too long: {length:,} characters (the limit is {LIMIT:,})"


@pytest.fixture(autouse=True)
def _low_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_files, "MAX_ARTICLE_CHARS", LIMIT)


def _write(folder: Path, suffix: str, text: str) -> Path:
    path = folder / f"long{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps({"title": "Harbour", "body": text}), encoding="utf-8")
    elif suffix == ".jsonl":
        line = json.dumps({"id": "long", "body": text})
        path.write_text('{"id": "short", "body": "A short wire story."}\n' + line + "\n")
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _read(folder: Path) -> list[Article | Skipped]:
    (source,) = scan(folder)[0]
    try:
        result = read_source(source)
    except ReadError as error:
        return [Skipped(source.rel, str(error))]
    return [*result.articles, *result.skipped]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    length=st.integers(LIMIT - 40, LIMIT + 40),
    suffix=st.sampled_from([".txt", ".md", ".json", ".jsonl"]),
)
def test_a_text_over_the_limit_is_skipped_and_one_at_it_read(
    tmp_path_factory: pytest.TempPathFactory, length: int, suffix: str
) -> None:
    folder = tmp_path_factory.mktemp("corpus")
    text = _text(length)
    assert len(text) == length and len(text.encode()) > length
    path = _write(folder, suffix, text)
    found = [f for f in _read(folder) if not (isinstance(f, Article) and f.id == "short")]
    assert len(found) == 1
    if length <= LIMIT:
        assert isinstance(found[0], Article), found
        return
    assert isinstance(found[0], Skipped)
    prefix = {".json": f"{path.name}: ", ".jsonl": "line 2: "}.get(suffix, "")
    assert found[0].reason == prefix + _reason(length)


def test_a_page_over_its_limit_and_a_page_whose_text_is_over(tmp_path: Path) -> None:
    markup = "<html><head><title>Harbour</title></head><body><article>{}</article></body></html>"
    (tmp_path / "padded.html").write_text(markup.format("<p>Tide.</p>" * (LIMIT * PAGE_TIMES)))
    (reason,) = [s.reason for s in _read(tmp_path) if isinstance(s, Skipped)]
    assert reason.startswith("web page too long: ") and reason.endswith(
        f"characters (the limit is {LIMIT * PAGE_TIMES:,})"
    )
    (tmp_path / "padded.html").unlink()
    paragraphs = "".join(f"<p>Day {i}. {SENTENCE * 2}</p>" for i in range(LIMIT // len(SENTENCE)))
    (tmp_path / "long.html").write_text(markup.format(paragraphs), encoding="utf-8")
    (found,) = _read(tmp_path)
    assert isinstance(found, Skipped), found
    assert found.reason.startswith("article too long: ") and found.reason.endswith(
        f"(the limit is {LIMIT:,})"
    )


def test_the_build_lists_it_and_update_reads_it_again_once_short(
    corpus: Path, index_dir: Path
) -> None:
    long = corpus / "long.txt"
    long.write_text(_text(LIMIT + 1), encoding="utf-8")
    report = rebuild(corpus, index_dir, procs=1)  # the lowered limit holds in this process
    reasons = {Path(s.path).name: s.reason for s in report.skipped}
    assert reasons == {"long.txt": _reason(LIMIT + 1)}
    status = index_status(corpus, index_dir)
    assert status.state == "fresh" and status.skipped == 1
    long.write_text(_text(LIMIT), encoding="utf-8")
    assert index_status(corpus, index_dir).changed_files == 1
    assert update(corpus, index_dir, procs=1).indexed == 1
    assert index_status(corpus, index_dir).skipped == 0


@given(st.lists(st.integers(0, QUOTE_CHARS + 2), max_size=5))
def test_quotes_are_looked_for_in_whole_paragraphs_of_the_start(lengths: list[int]) -> None:
    body = "\n".join("a" * n for n in lengths)
    part = quoted_part(body)
    assert body.startswith(part) and len(part) <= QUOTE_CHARS
    if len(body) <= QUOTE_CHARS:
        assert part == body
    elif "\n" in body[1:QUOTE_CHARS]:
        assert body[len(part)] == "\n"  # cut at a paragraph's end


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(1, 3),
    st.sampled_from(
        ["image/png;base64", "image/svg+xml;charset=utf-8;base64", "font/woff2;base64"]
    ),
)
def test_a_page_with_images_saved_inside_is_read(
    tmp_path_factory: pytest.TempPathFactory, images: int, kind: str
) -> None:
    """A saved page embeds its photos as data: URIs, far longer than its text: they are not
    text, so they count toward no limit (rv11 3: a short article and a 7 MB photo refused)."""
    folder = tmp_path_factory.mktemp("page")
    photo = "iVBORw0KGgo" + "A/b+" * (LIMIT * PAGE_TIMES)  # base64, over the page's limit
    image = f'<img src="data:{kind},{photo}" alt="">'
    body = f"<p>{SENTENCE * 3}</p>" + image * images + f"<p>{SENTENCE}</p>"
    page = f"<html><head><title>Harbour</title></head><body><article>{body}</article></body></html>"
    (folder / "photo.html").write_text(page, encoding="utf-8")
    (found,) = _read(folder)
    assert isinstance(found, Article), found
    assert "harbour wall" in found.body and "base64" not in found.body

"""A corpus file's name where an article's id is asked (nu27 #8): `compare 194_na-1484.json`
said "no article with id" with no hint, a JSON article's id being its ``id`` field.

A file that holds one article stands for it (`show`, `related`, `compare`, `pin` ...); one
that holds several is refused in one line naming how many and the first few ids. The
oracle of which ids a file holds is the build itself: the ids `export` lists for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.ingest.files import scan
from index.ingest.held import corpus_file, file_ids
from index.ingest.readers import read_source
from tui.cli import Exit, app

runner = CliRunner()

BODY = (
    "The river rose {n} feet overnight at the old mill, and the county closed the bridge "
    "while engineers checked its piers for damage from the flood."
)


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def article(aid: str, n: int) -> dict[str, str]:
    return {
        "id": aid,
        "title": f"Flood report {n}",
        "source": "Valley Post",
        "body": BODY.format(n=n),
    }


@pytest.fixture
def corpus(tmp_path: Path, index_dir: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "194_na-1484.json").write_text(json.dumps(article("na-1484", 1)), encoding="utf-8")
    (folder / "sub" / "other.json").write_text(json.dumps(article("na-7", 2)), encoding="utf-8")
    lines = [json.dumps(article(f"rec-{n}", n + 3)) for n in range(5)]
    (folder / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "note.txt").write_text("Mill notes\n\n" + BODY.format(n=9) + "\n", encoding="utf-8")
    assert run("index", "rebuild", "--corpus", str(folder))[0] == 0
    return folder


def test_a_file_of_one_article_stands_for_it(corpus: Path) -> None:
    code, out, err = run("show", "194_na-1484.json", "--json", "-c", str(corpus))
    assert code == 0, err
    assert json.loads(out)["id"] == "na-1484"
    code, out, _ = run("show", str(corpus / "sub" / "other.json"), "--json", "-c", str(corpus))
    assert code == 0 and json.loads(out)["id"] == "na-7"  # an absolute path too
    code, out, err = run(
        "compare", "194_na-1484.json", "sub/other.json", "--json", "-c", str(corpus)
    )
    assert code == 0, err
    assert [a["id"] for a in json.loads(out)["articles"]] == ["na-1484", "na-7"]
    code, _, err = run("related", "sub/other.json", "--json", "-c", str(corpus))
    assert code == 0, err
    code, _, err = run("pin", "194_na-1484.json", "-c", str(corpus))
    assert code == 0, err
    assert "na-1484" in run("notes", "-c", str(corpus))[1]


def test_a_file_of_several_articles_names_them_in_one_line(corpus: Path) -> None:
    for command in (["show"], ["related"], ["compare", "na-7"]):
        code, _, err = run(*command, "many.jsonl", "-c", str(corpus))
        assert code == Exit.NOT_FOUND
        assert len(err.strip().splitlines()) == 1, err
        assert "no article with id 'many.jsonl'" in err and "5 articles" in err
        assert "'rec-0', 'rec-1', 'rec-2', …" in err and "rec-3" not in err


def test_the_same_article_twice_by_file_and_id_is_refused(corpus: Path) -> None:
    code, _, err = run("compare", "194_na-1484.json", "na-1484", "-c", str(corpus))
    assert code == Exit.USAGE
    assert err.strip() == "broadsheet: 194_na-1484.json is article 'na-1484', given twice"
    code, _, err = run("compare", "na-1484", "./194_na-1484.json", "-c", str(corpus))
    assert code == Exit.USAGE and "./194_na-1484.json is article 'na-1484'" in err


def test_a_name_of_no_file_says_what_it_said(corpus: Path) -> None:
    code, _, err = run("show", "nope.json", "-c", str(corpus))
    assert code == Exit.NOT_FOUND
    assert err.strip() == "broadsheet: no article with id 'nope.json' (try `broadsheet search`)"
    assert run("show", "note.txt", "-c", str(corpus))[0] == 0  # a text file's id: its path


ids = st.one_of(
    st.none(),
    st.just(""),
    st.just("  "),
    st.integers(-5, 5),
    st.sampled_from(["a", "a", "b", " c ", "x\u0007y", "d/e.json"]),
    st.lists(st.integers(), max_size=1),
)
records = st.lists(
    st.one_of(
        ids.map(
            lambda i: json.dumps({"body": "Some words here.", **({} if i is None else {"id": i})})
        ),
        st.sampled_from(["", "   ", "not json", "[1, 2]", '{"id": "z"}', '"text"']),
    ),
    min_size=1,
    max_size=8,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(records)
def test_file_ids_are_the_ids_the_reader_gives(tmp_path: Path, lines: list[str]) -> None:
    folder = tmp_path / "held"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / "f.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    single = next((line for line in lines if line.startswith("{")), "{}")
    (folder / "one.json").write_text(single, encoding="utf-8")
    files, _ = scan(folder)
    for source in files:
        try:
            read = [a.id for a in read_source(source).articles]
        except Exception:  # a file the build skips whole: no article
            read = []
        assert corpus_file(folder.resolve(), source.rel) == source.rel
        # the reader's ids, once each (a repeated id is one article: the build keeps one)
        assert [i for i in file_ids(folder.resolve(), source.rel) if i in read] == list(
            dict.fromkeys(read)
        )


def test_unpin_and_untag_take_the_file_name_pin_and_tag_took(corpus: Path) -> None:
    c = ("-c", str(corpus))
    assert run("pin", "194_na-1484.json", "-t", "flood", *c)[0] == 0
    assert run("tag", "sub/other.json", "mill", *c)[0] == 0
    code, out, err = run("untag", "194_na-1484.json", "flood", *c)
    assert code == 0, err
    assert "na-1484" in out
    code, out, err = run("unpin", "194_na-1484.json", *c)
    assert code == 0, err
    code, out, err = run("untag", str(corpus / "sub" / "other.json"), "mill", *c)
    assert code == 0, err
    notes = json.loads(run("notes", "--json", *c)[1])
    assert not any(e.get("pinned") or e.get("tags") for e in notes), notes
    code, _, err = run("unpin", "many.jsonl", *c)  # several articles: named, not guessed
    assert code == Exit.NOT_FOUND and "5 articles" in err
    code, _, err = run("unpin", "na-7", *c)  # an id held but not pinned: said as before
    assert code == Exit.NOT_FOUND and "not pinned" in err

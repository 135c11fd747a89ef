"""Bugs found by nu25's new-user walkthrough (session 25), first strict xfails, now fixed
(fx25: #1-4, #6, #9): see /work/wt/notes/nu25.md for the repro steps and ranking."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from index.ingest.readers import iter_articles
from index.models import Article

BODY = (
    "A portion of the harbour wall gave way early on Thursday, officials said, and crews "
    "worked through the night to shore it up.\n\nThe council will meet on Monday to decide "
    "what to repair first, the mayor said."
)


def read(folder: Path, name: str, text: str) -> Article:
    (folder / name).write_text(text, encoding="utf-8")
    [article] = [a for a in iter_articles(folder) if isinstance(a, Article)]
    return article


@pytest.mark.parametrize("wrap", ["*{}*", "**{}**", "{}"])
def test_a_known_all_caps_outlet_and_date_line_under_a_heading(tmp_path: Path, wrap: str) -> None:
    """allsides as-5629-center as Markdown: "*STAT*, 2021-10-04" was removed as debris and
    neither the outlet (STAT is in outlets.toml) nor the date was read; "*NPR*", "*Axios*"
    and "*AXIOS*" in the same place are read."""
    line = wrap.format("STAT") + ", 2021-10-04"
    article = read(tmp_path, "a.md", f"# Dam holds after storm\n\n{line}\n\n{BODY}\n")
    assert article.source == "STAT"
    assert article.date is not None and article.date.date() == date(2021, 10, 4)
    assert article.body == BODY


@pytest.mark.parametrize("outlet", ["KQED", "WPXI"])
def test_an_unknown_all_caps_outlet_in_emphasis_under_a_heading(
    tmp_path: Path, outlet: str
) -> None:
    """ "*KQED*, 2021-10-04" under a "# Heading" stays in the body undated, while
    "*Springfield Gazette*, 2021-10-04" gives outlet and date (emphasis is no dateline)."""
    article = read(
        tmp_path, "a.md", f"# Dam holds after storm\n\n*{outlet}*, 2021-10-04\n\n{BODY}\n"
    )
    assert article.date is not None and article.date.date() == date(2021, 10, 4)
    assert article.body == BODY


PAGE = (
    "<html><head><title>Dam holds after storm</title>"
    '<meta property="og:site_name" content="Valley Gazette">'
    '<meta property="article:published_time" content="{}"></head><body><article>'
    "<h1>Dam holds after storm</h1><p>{}</p><p>{}</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("published", "utc"),
    [
        ("2017-02-13T18:47:00Z", datetime(2017, 2, 13, 18, 47)),
        ("2017-02-13T23:30:00-05:00", datetime(2017, 2, 14, 4, 30)),  # the next day in UTC
    ],
)
def test_a_pages_published_time_is_kept_in_utc(
    tmp_path: Path, published: str, utc: datetime
) -> None:
    """A .txt's "Feb. 13, 2017, 1:47 PM ET" is stored as 18:47 UTC, but the same moment in a
    page's article:published_time is stored as 2017-02-13T00:00 (htmldate's default output
    format is the day), so a story's "who was first" has no time, and an evening
    US-time page lands on the wrong UTC day."""
    first, second = BODY.split("\n\n")
    article = read(tmp_path, "a.html", PAGE.format(published, first, second))
    assert article.date == utc


@pytest.mark.parametrize("bad", ["not a date", "sometime in spring"])
def test_front_matter_with_an_unreadable_date_stays_out_of_the_text(
    tmp_path: Path, bad: str
) -> None:
    """The build says "b.md: front matter ignored: 'date' is not a date", and then the front
    matter's lines become the article's first paragraph and its derived title
    ("title: Levee holds date: not a date")."""
    text = f"---\ntitle: Levee holds\ndate: {bad}\n---\n{BODY}\n"
    article = read(tmp_path, "b.md", text)
    assert "title:" not in article.title
    assert article.body == BODY


HOSTED = (
    '<html><head><title>Dam holds after storm</title><link rel="canonical" href="{}">'
    "</head><body><article><h1>Dam holds after storm</h1><p>{}</p><p>{}</p></article>"
    "</body></html>"
)


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.bbc.co.uk/news/world-123", "BBC News"),
        ("https://www.reuters.com/article/us-usa-dam/dam-holds-idUSKBN15S2017", "Reuters"),
    ],
)
def test_a_pages_host_names_the_outlet_the_table_gives_it(
    tmp_path: Path, url: str, outlet: str
) -> None:
    """A page with no og:site_name: trafilatura's sitename is the canonical URL's host, kept
    as the outlet ("bbc.co.uk", "reuters.com"), while the same URL on a .txt's line gives
    "Reuters" (README: a web address names "the outlet the table gives the host")."""
    first, second = BODY.split("\n\n")
    article = read(tmp_path, "a.html", HOSTED.format(url, first, second))
    assert article.source == outlet


@pytest.mark.parametrize("declared", ["iso-8859-1", "latin-1"])  # cp1252 fails on some bytes
def test_a_utf8_page_that_declares_a_single_byte_charset_reads_as_utf8(
    tmp_path: Path, declared: str
) -> None:
    """README: "The charset the page declares is used, or detected when the declaration is
    wrong." A single-byte codec decodes any bytes, so the wrong declaration is never found
    out: title "CafÃ© owner speaks", body "âWe will not allow ..."."""
    text = "“We will not allow a new war,” said Zoë Brontë, the café’s owner in São Paulo."
    page = (
        f"<html><head><meta charset='{declared}'><title>Café owner speaks</title></head>"
        f"<body><article><h1>Café owner speaks</h1><p>{text}</p><p>{BODY.split(chr(10))[0]}</p>"
        "</article></body></html>"
    )
    (tmp_path / "a.html").write_bytes(page.encode("utf-8"))
    [article] = [a for a in iter_articles(tmp_path) if isinstance(a, Article)]
    assert article.title == "Café owner speaks"
    assert article.body.startswith(text)


def test_front_matter_with_a_bad_date_keeps_its_other_fields_and_says_why(tmp_path: Path) -> None:
    """nu25 #4: only the date is left out (as for a sidecar); the title is the front
    matter's, and the build says which field it ignored."""
    (tmp_path / "b.md").write_text(
        f"---\ntitle: Levee holds\nsource: Valley Gazette\ndate: not a date\n---\n{BODY}\n"
    )
    items = list(iter_articles(tmp_path))
    [article] = [a for a in items if isinstance(a, Article)]
    assert (article.title, article.source, article.date) == ("Levee holds", "Valley Gazette", None)
    reasons = [s.reason for s in items if not isinstance(s, Article)]
    assert len(reasons) == 1 and "'date' is not a date" in reasons[0]


@pytest.mark.parametrize("bad", ["March 2017-ish", "not a date", "2017-13-45"])
def test_a_json_record_with_a_bad_date_is_kept_without_it(tmp_path: Path, bad: str) -> None:
    """nu25 #9: `c.json` with "date": "March 2017-ish" was skipped whole, while a sidecar's
    or front matter's bad date only drops the date; a JSON Lines record is kept too."""
    import json

    record = {"title": "Levee holds", "source": "Valley Gazette", "date": bad, "body": BODY}
    (tmp_path / "c.json").write_text(json.dumps(record))
    (tmp_path / "d.jsonl").write_text(json.dumps({**record, "id": "d1"}) + "\n")
    items = list(iter_articles(tmp_path))
    articles = [a for a in items if isinstance(a, Article)]
    assert sorted(a.id for a in articles) == ["c.json", "d1"]
    assert all(
        (a.title, a.source, a.date) == ("Levee holds", "Valley Gazette", None) for a in articles
    )
    skips = sorted((s.path, s.reason) for s in items if not isinstance(s, Article))
    # each said once, the .jsonl record's by its line (nu31 #7: it was silent)
    assert [path for path, _ in skips] == ["c.json", "d.jsonl:1"]
    assert all(why.startswith("JSON field ignored: 'date' is not a date") for _, why in skips)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("*KQED*, 2021-10-04", "KQED"),
        ("**WPXI** | 2021-10-04", "WPXI"),
        ("WASHINGTON, 2021-10-04", None),
        ("*WASHINGTON, 2021-10-04*", None),
    ],
)
def test_only_a_name_in_emphasis_in_capitals_is_an_outlet(
    tmp_path: Path, line: str, outlet: str | None
) -> None:
    """nu25 #3: "*KQED*" set apart is an outlet; a place in capitals ("WASHINGTON, ...",
    a dateline's form) plain, or the whole line in emphasis, names none."""
    article = read(tmp_path, "a.md", f"# Dam holds after storm\n\n{line}\n\n{BODY}\n")
    assert article.source == outlet

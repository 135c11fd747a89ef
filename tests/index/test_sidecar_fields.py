"""A sidecar with a bad value leaves out that field only; its other fields apply (nu36 #2)."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from index.ingest.readers import iter_articles
from index.models import Article, Skipped

TEXT = (
    "Orchard growers count the cost\n\n"
    "Growers in the valley said on Monday that a late frost had damaged most of the early"
    " blossom, and that the harvest would be smaller than last year's.\n"
)

GOOD = {
    "title": ('"Frost hits the orchards"', "Frost hits the orchards"),
    "source": ('"Farm Weekly"', "Farm Weekly"),
    "url": ('"https://example.com/frost"', "https://example.com/frost"),
    "date": ("2022-04-01", datetime(2022, 4, 1)),
}
"""Each field a test sets: a good TOML value and what the article then holds."""

BAD = st.sampled_from(['"2021-13-45"', '"soon"', "[1, 2]", "{ a = 1 }"])
"""Values that are no date; the last two are no text either."""
BAD_TEXT = st.sampled_from(["[1, 2]", "{ a = 1 }"])


def _read(folder: Path, sidecar: str) -> tuple[Article, list[Skipped]]:
    (folder / "orchard.txt").write_text(TEXT, encoding="utf-8")
    (folder / "orchard.meta.toml").write_text(sidecar, encoding="utf-8")
    items = list(iter_articles(folder))
    articles = [item for item in items if isinstance(item, Article)]
    skipped = [item for item in items if isinstance(item, Skipped)]
    assert len(articles) == 1
    return articles[0], skipped


@given(
    st.dictionaries(
        st.sampled_from(sorted(GOOD)),
        st.booleans(),  # True: the good value, False: a bad one
        min_size=1,
    ),
    st.data(),
)
def test_each_bad_field_is_left_out_alone(choice: dict[str, bool], data: st.DataObject) -> None:
    lines = []
    for key, good in choice.items():
        bad = BAD if key == "date" else BAD_TEXT
        value = GOOD[key][0] if good else data.draw(bad, label=key)
        lines.append(f"{key} = {value}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "plain").mkdir()
        (folder / "given").mkdir()
        plain, _ = _read(folder / "plain", "")
        article, skipped = _read(folder / "given", "\n".join(lines) + "\n")
    reasons = [s.reason for s in skipped]
    assert not any("sidecar ignored" in reason for reason in reasons)
    for key, good in choice.items():
        named = [r for r in reasons if r.startswith(f"sidecar field ignored: '{key}'")]
        if good:
            assert getattr(article, key) == GOOD[key][1]
            assert not named
        else:
            # the text's own value stays; one line names the field
            assert getattr(article, key) == getattr(plain, key)
            assert len(named) == 1
    assert len(reasons) == sum(not good for good in choice.values())


def test_readme_example_keeps_title_and_outlet(tmp_path: Path) -> None:
    article, skipped = _read(
        tmp_path, 'title = "Sidecar title wins"\ndate = "2021-13-45"\nsource = "Farm Weekly"\n'
    )
    assert (article.title, article.source) == ("Sidecar title wins", "Farm Weekly")
    assert [s.reason for s in skipped] == [
        "sidecar field ignored: 'date' is not a date: '2021-13-45'"
    ]


def test_unreadable_sidecar_still_ignored_whole(tmp_path: Path) -> None:
    article, skipped = _read(tmp_path, 'title = "Frost hits the orchards"\ntitle = [unclosed\n')
    assert article.title != "Frost hits the orchards"
    assert len(skipped) == 1 and skipped[0].reason.startswith("sidecar ignored: invalid TOML")

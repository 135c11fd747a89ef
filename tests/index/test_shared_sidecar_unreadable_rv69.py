"""A sidecar two articles share (``a.txt``, ``a.md``) that cannot be read was said once for
each in the same words, "sidecar ignored: invalid TOML ...", twice alike in a build's list
and `index status` (rv69, reviewing fx159, who noted it for a deep one). Now each says for
which article, as a bad field's note does (nu63 #4), and stays a part left out, no file
skipped: also when the article's name holds a colon or a line break (the note's pattern
stopped at a line break, fx159's, and counted it a file skipped).
Oracle: every article file is readable, so each is indexed; every skip is a note; an
unreadable sidecar gives one note per article it serves, naming that one when shared."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.readers import iter_articles
from index.models import Article, Skipped
from index.skip_count import is_note, skip_counts

BODY = "The {word} council met on Tuesday after the storm had passed over the valley."
UNREADABLE = {
    "invalid": 'title = "unclosed\n',
    "deep": "note = " + "[" * 100_000 + "]" * 100_000 + "\n",
    "bad field": 'date = "yesterday"\n',
}
STEMS = ("dam", "good news", "a: b", "line\nbreak", "café")


@settings(max_examples=40, deadline=None)
@given(
    cases=st.lists(
        st.tuples(st.sampled_from(STEMS), st.booleans(), st.sampled_from(sorted(UNREADABLE))),
        min_size=1,
        max_size=4,
        unique_by=lambda case: case[0],
    )
)
def test_each_article_of_a_shared_sidecar_says_it_apart(
    cases: list[tuple[str, bool, str]],
) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = 0
        for stem, shared, kind in cases:
            for suffix in (".txt", ".md") if shared else (".txt",):
                (folder / f"{stem}{suffix}").write_text(BODY.format(word=stem), "utf-8")
                files += 1
            (folder / f"{stem}.meta.toml").write_text(UNREADABLE[kind], encoding="utf-8")
        found = list(iter_articles(folder))
    articles = [a for a in found if isinstance(a, Article)]
    skips = [s for s in found if isinstance(s, Skipped)]
    assert len(articles) == files
    assert all(is_note(s) for s in skips), [s.reason for s in skips if not is_note(s)]
    assert skip_counts(skips) == {"skipped": 0, "left_out": len(skips)}
    assert len(skips) == files  # one note per article: one bad field or the whole sidecar
    assert len({(s.path, s.reason) for s in skips}) == len(skips)  # none said twice alike
    for stem, shared, kind in cases:
        said = [s.reason for s in skips if s.path.endswith(f"{stem}.meta.toml")]
        opening = "sidecar field ignored" if kind == "bad field" else "sidecar ignored"
        names = [f"{stem}.md", f"{stem}.txt"] if shared else [None]
        heads = [f"{opening} for {n}: " if n else f"{opening}: " for n in names]
        assert sorted(next(h for h in heads if r.startswith(h)) for r in said) == sorted(heads)


def test_a_shared_invalid_sidecar_names_each_article(tmp_path: Path) -> None:
    for suffix in (".txt", ".md"):
        (tmp_path / f"good{suffix}").write_text(BODY.format(word="good"), encoding="utf-8")
    (tmp_path / "good.meta.toml").write_text(UNREADABLE["invalid"], encoding="utf-8")
    reasons = sorted(s.reason for s in iter_articles(tmp_path) if isinstance(s, Skipped))
    assert [r.split(": invalid TOML")[0] for r in reasons] == [
        "sidecar ignored for good.md",
        "sidecar ignored for good.txt",
    ]

"""A page whose `<title>` is only a separator and its outlet ("| Al Jazeera", its headline
empty) never has that for a title (nu36 #10): the title is derived from the text, and the
outlet after the separator names the outlet as a "Headline | Outlet" title's would."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.ingest.webpage import _bare_suffix
from index.text.outlets import known_outlet, split_title_suffix
from tests.index.test_ingest import _articles as read

OUTLETS = ("Al Jazeera", "BBC News", "Reuters", "The Guardian", "Associated Press")
BODY = (
    "<p>Officials said the talks would resume next week in Doha after a pause of a month, "
    "and that both delegations had agreed to the agenda set out by the mediators.</p>"
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(outlet=st.sampled_from(OUTLETS), mark=st.sampled_from(("|", "-", "—", "–", "::")))
def test_a_title_of_a_separator_and_an_outlet_is_no_title(
    tmp_path_factory, outlet: str, mark: str
) -> None:
    corpus = tmp_path_factory.mktemp("corpus")
    title = f" {mark} {outlet}"
    page = f"<html><head><title>{title}</title></head><body><h1></h1>{BODY}</body></html>"
    (corpus / "page.html").write_text(page, encoding="utf-8")
    articles, skipped = read(corpus)
    [article] = articles.values()
    assert not skipped
    assert article.title is not None and article.title_derived
    assert article.title.strip(" |-—–:") != outlet
    # the oracle: the outlet a "Headline | Outlet" title gives
    split = split_title_suffix(f"Headline{title}")
    if split is not None and known_outlet(split[1]):
        assert article.source == known_outlet(split[1])


@given(text=st.text(max_size=40))
def test_only_a_separator_and_an_outlet_is_bare(text: str) -> None:
    found = _bare_suffix(text)
    if found is not None:
        assert text.strip()[:1] in "|-—–:•»·" and split_title_suffix(f"Headline {text.strip()}")

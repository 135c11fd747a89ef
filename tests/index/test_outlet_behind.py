"""A record naming a desk or a columnist as its outlet takes the outlet its address names
(nu40 #12: "Guest Writer - Center" with a newsweek.com address had no outlet; "Jill
Lawrence", a USA Today columnist, was listed as an outlet)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.outlet_behind import outlet_behind, person_like

HOSTS = {
    "https://www.nationalreview.com/2021/x": "National Review",
    "https://thehill.com/opinion/1": "The Hill",
    "https://www.usatoday.com/story/opinion": "USA Today",
    "https://www.nytimes.com/2021/08/26/opinion/a.html": "The New York Times",
}
GIVEN = st.sampled_from(["Kyle", "Jill", "Ezra", "Heather", "Dan", "Ana"])
FAMILY = st.sampled_from(["Smith", "Lawrence", "Klein", "McLaughlin", "O'Brien", "Day"])
BODY = "The senators met on Tuesday.\n\nThey argued for an hour about the bill."


@given(given_name=GIVEN, family=FAMILY, url=st.sampled_from(sorted(HOSTS)))
def test_a_columnist_gives_way_to_the_address_and_becomes_the_byline(
    given_name: str, family: str, url: str
) -> None:
    name = f"{given_name} {family}"
    assert person_like(name)
    found = extract(BODY, known={"source": name, "url": url})
    assert found.source == HOSTS[url]
    assert found.byline == name


@given(
    desk=st.sampled_from(["Guest Writer - Center", "Guest Writer - Left", "Opinion"]),
    url=st.sampled_from(sorted(HOSTS)),
)
def test_a_desk_gives_way_to_the_address(desk: str, url: str) -> None:
    found = extract(BODY, known={"source": desk, "url": url})
    assert found.source == HOSTS[url]
    assert found.byline is None


@given(url=st.sampled_from(sorted(HOSTS)))
def test_an_outlets_name_is_kept_whatever_the_address(url: str) -> None:
    for outlet in ("Reuters", "Miami Herald", "Heavy.com", "CNN Business", "Valley Gazette"):
        assert outlet_behind(outlet, url) is None


def test_an_address_the_table_does_not_know_names_no_outlet() -> None:
    found = extract(BODY, known={"source": "Guest Writer - Center", "url": "https://jpost.com/a"})
    assert found.source is None
    assert outlet_behind("Kyle Smith", "https://blog.example/x") is None
    assert outlet_behind("Kyle Smith", "not an address") is None


def test_a_given_byline_stays() -> None:
    known = {"source": "Kyle Smith", "url": "https://www.nationalreview.com/x", "byline": "K. S."}
    found = extract(BODY, known=known)
    assert (found.source, found.byline) == ("National Review", "K. S.")


def test_a_sidecars_or_front_matters_outlet_wins() -> None:
    url = "https://www.nationalreview.com/x"
    for origin in ("sidecar a.meta.toml", "front matter"):
        origins = {"source": origin, "url": origin}
        found = extract(BODY, known={"source": "Kyle Smith", "url": url}, origins=origins)
        assert (found.source, found.byline) == ("Kyle Smith", None)

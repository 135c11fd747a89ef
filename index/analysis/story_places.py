"""One outlet's wires about different countries: a cue that keeps two tenders apart (nu32 #1).

A wire service tells every sugar tender in the same words ("sells two cargoes of white
sugar", "buys up to ten cargoes"); what tells India's tender from Jordan's is the country
its headline names. Two articles of one outlet whose headlines each name a country, and no
country in common, report different events more often than not: the clustering counts
`StoryParams.place_factor` of their likeness. Articles of different outlets are left alone
(one event is headlined from each outlet's own side: "U.S. presses..." and "Iran says..."),
as are headlines that name no country or share one ("Philippines to lobby U.S." and
"Philippine sugar crop"). A country is a name of `index.text.places` (not a city, a state or
a continent) or a people's adjective of `demonyms` ("Indian" gives India, "Soviet" the
USSR), keyed by its first four letters, so that an adjective and its country meet
("Colombian", "Colombia"); two countries sharing them ("Austria", "Australia") are taken
for one, which only keeps the rule from firing. Chosen on the tuning half of the Reuters
wire labels (`python -m bench.stories_wires`); ``related`` and the stored scores keep the
plain likeness.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from index.analysis.demonyms import PLACES, is_demonym
from index.analysis.story_daily import daily, days_apart, forms
from index.analysis.story_tickers import companies, tickers, unlike
from index.text.places import PLACE_NAMES, words

if TYPE_CHECKING:
    from index.analysis.pairs import Pairs
    from index.analysis.stories import StoryArticle
    from index.analysis.story_params import StoryParams

COPY = 0.999
"""A likeness at or above this is a near copy (scored 1.0): left as it is."""
_NOT_COUNTRIES = words(
    """
    africa america asia europe victoria florence paris sydney austin houston dallas lincoln
    washington madison virginia carolina dakota charlotte orlando jackson phoenix denver troy
    brighton chelsea tyrone kerry clare derry lima sofia valencia adelaide regina alexandria
    santiago aspen berlin moscow london vienna geneva brussels beirut damascus cairo tehran
    kabul georgia gaza tibet crimea england scotland wales
    """
)
"""Names of `PLACE_NAMES` that are cities, states, regions or continents, or a country's
part: a headline naming one may be about a country named in the other."""
_NAMES = PLACE_NAMES - _NOT_COUNTRIES
COUNTRIES = _NAMES | {"us", "uk", "ussr", "uae"}
"""Keys a name of `demonyms.PLACES` may map to; "US" and "UK" count only so written with
stops ("U.S.") or by a name ("American", "Britain"): "us" is a pronoun too."""
_KEYS = frozenset(c[:4] for c in COUNTRIES)
_SAME = {"russ": "ussr"}
"""Keys of one country under two names: "Soviet" and "Russian" wires of 1987 are about one
state, and in a later corpus the rule only keeps from firing (rv32 #6)."""
_TWO_WORDS = re.compile(
    r"\b(?:new zealand|sri lanka|south africa|south korea|north korea|saudi arabia|"
    r"ivory coast|costa rica|el salvador|hong kong|united states|united kingdom|"
    r"dominican republic|papua new guinea|puerto rico|united arab emirates)\b"
)
_WORD = re.compile(r"[a-z]+(?:\.[a-z]+)*\.?")
_ALIASES = {"drc": "cong"}
"""Keys of a country named by its initials: "DRC" is DR Congo (st65, issue 16: one outlet's
"Two United Nations workers kidnapped in DRC" and "Aid workers kidnapped in famine-hit
South Sudan" were joined, the first headline naming no country)."""


def country_keys(title: str) -> frozenset[str]:
    """The countries a headline names, by key (their first four letters; a name of two
    words whole)."""
    low = title.lower()
    keys = {m.group() for m in _TWO_WORDS.finditer(low)}
    for word in _WORD.findall(_TWO_WORDS.sub(" ", low)):
        mapped = PLACES.get(word) or PLACES.get(word.removesuffix("s"))  # "Soviets"
        if word in _ALIASES:
            keys.add(_ALIASES[word])
        elif mapped in COUNTRIES:
            keys.add(mapped[:4])
        elif word in _NAMES or (is_demonym(word) and word[:4] in _KEYS):
            keys.add(word[:4])
    return frozenset(_SAME.get(key, key) for key in keys)


def place_mask(title: str) -> int:
    """The countries of a headline as bits of a 63-bit mask (0: none named)."""
    mask = 0
    for key in country_keys(title):
        mask |= 1 << (zlib.crc32(key.encode()) % 63)
    return mask


def places(articles: Sequence[StoryArticle]) -> np.ndarray:
    """`place_mask` of every article's title, as int64."""
    return np.array([place_mask(a.title) for a in articles], dtype=np.int64)


def series_of(
    sources: list[str], arrays: dict[str, np.ndarray], n_old: int, added: Sequence[StoryArticle]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """An update's ``series`` (see `weighed`): the ``n_old`` kept rows' source codes, place
    masks, ticker masks (`story_tickers`) and headline forms (`story_daily`), of a model's
    ``arrays``, then the ``added`` articles'; an outlet new to ``sources`` is appended."""
    from index.analysis.story_files import later

    index = {name: k for k, name in enumerate(sources)}
    for article in added:
        if article.source and article.source not in index:
            index[article.source] = len(sources)
            sources.append(article.source)
    codes = np.array([index.get(a.source or "", -1) for a in added], np.int32)
    return (
        np.concatenate((arrays["source"], codes)),
        np.concatenate((later(arrays, "place", n_old), places(added))),
        np.concatenate((later(arrays, "ticker", n_old), tickers(added))),
        np.concatenate((later(arrays, "form", n_old), forms(added))),
    )


def apart(pairs: Pairs, series: tuple[np.ndarray, ...] | None, factor: float) -> Pairs:
    """``pairs`` with the likeness of each pair of one outlet (``series``: every row's
    source code, -1 unknown, and place mask; more arrays after them are not asked) whose
    headlines name different countries
    times ``factor`` (near copies and, with ``series`` None or ``factor`` 1, kept as is)."""
    i, j, s = pairs
    if series is None or factor == 1.0 or not len(s):
        return pairs
    source, mask = series[0], series[1]
    mi, mj = mask[i], mask[j]
    clash = (source[i] == source[j]) & (source[i] >= 0) & (mi != 0) & (mj != 0)
    clash &= ((mi & mj) == 0) & (s < COPY)
    return i, j, np.where(clash, s * np.float32(factor), s).astype(s.dtype, copy=False)


def weighed(pairs: Pairs, series: tuple[np.ndarray, ...] | None, params: StoryParams) -> Pairs:
    """``pairs`` as the grouping counts them by their headlines (``series``: source codes,
    place masks and, when given, ticker masks and forms): `apart` by
    ``params.place_factor``, `story_tickers.unlike` by ``params.ticker_factor`` and
    `story_daily.days_apart` by ``params.daily_factor``."""
    pairs = unlike(
        apart(pairs, series, params.place_factor), companies(series), params.ticker_factor
    )
    source = None if series is None else series[0]
    return days_apart(pairs, source, daily(series), params.daily_factor)


__all__ = ["COUNTRIES", "apart", "country_keys", "place_mask", "places", "series_of", "weighed"]

"""Names of places, for the layers below the analysis: a country, a big city, a US state or a
Canadian province ("By Columnist, New York" names where, not who: sm24). `index.analysis`
reads the same lists (`speechverbs.PLACE_NAMES`, `placetail.REGIONS`)."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The set of the whitespace-separated words of ``text``."""
    return frozenset(text.split())


PLACE_NAMES = words(
    """
    africa america asia europe australia india china israel georgia jordan chad victoria
    florence paris sydney austin houston dallas lincoln washington madison kenya virginia
    carolina dakota charlotte orlando jackson phoenix denver troy brighton chelsea tyrone
    kerry clare derry lima sofia valencia adelaide regina alexandria santiago aspen
    berlin moscow london vienna geneva brussels beirut damascus cairo tehran kabul
    afghanistan albania algeria andorra angola argentina armenia austria azerbaijan bahamas
    bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
    brazil brunei bulgaria burundi cambodia cameroon canada chile colombia comoros congo
    croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia
    eswatini ethiopia fiji finland france gabon gambia germany ghana greece grenada
    guatemala guinea guyana haiti honduras hungary iceland indonesia iran iraq ireland italy
    jamaica japan kazakhstan kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
    liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali
    malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco
    mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman
    pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania
    russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain
    sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
    tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela
    vietnam yemen zambia zimbabwe britain england scotland wales crimea gaza tibet
    """
)
"""Countries, continents and places that are also first names ("Jordan", "Georgia"): never
a person by that alone."""

REGIONS = words(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico
    york carolina dakota ohio oklahoma oregon pennsylvania rhode island tennessee texas utah
    vermont virginia washington wisconsin wyoming columbia ontario quebec alberta manitoba
    saskatchewan brunswick scotia newfoundland
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """
)
"""US states and Canadian provinces, whole or cut short ("Calif.", "N.J." are caught by
their full stops), the last word where the name has two ("New Jersey", "North Dakota")."""

COUNTRY_NAMES = frozenset(
    line.strip()
    for line in """
    united kingdom
    united states
    united arab emirates
    saudi arabia
    new zealand
    sri lanka
    costa rica
    el salvador
    south korea
    north korea
    puerto rico
    ivory coast
    czech republic
    dominican republic
    central african republic
    papua new guinea
    sierra leone
    burkina faso
    cape verde
    east timor
    trinidad and tobago
    bosnia and herzegovina
    great britain
    northern ireland
    north macedonia
    vatican city
    european union
    middle east
    latin america
    """.strip().splitlines()
)
"""Countries and regions of two words or more that `is_place_name` does not build from its
words ("United Kingdom", "Saudi Arabia"; "South Africa" it does): a lone one in capitals
over a text is a place's label, never its headline (fx54: rv36 #5)."""

_OPENING = words("new north south east west upper lower")
"""Words that open a place's name before a place word ("New York", "North Carolina")."""
_CITY_OPENING = words("los las san santa fort port st saint hong kuala abu")
"""Words that open a city's name whatever follows ("Los Angeles", "San Diego", "Hong Kong")."""


def is_place_name(text: str) -> bool:
    """True when ``text`` is the name of a place the lists know: a place word ("London",
    "Washington"), after words that open a place's name ("New York", "North Carolina"), or a
    city's opening and a name ("Los Angeles", "St. Louis"). "Charlotte Jackson" is none: a
    place word before the last opens no place's name."""
    low = [word.strip(".").lower() for word in text.split()]
    if not low or len(low) > 3:
        return False
    if len(low) > 1 and low[0] in _CITY_OPENING:
        return True
    last = low[-1]
    return all(word in _OPENING for word in low[:-1]) and (last in PLACE_NAMES or last in REGIONS)

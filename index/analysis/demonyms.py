"""Words for a people or a place's adjective ("Mexican", "Spanish", "Crimean"): no one's name.

A comparison's "names only in" list named "German" (of "a German newspaper"), "Mexican",
"Crimean" and "British Prime Minister" (a title under its country): words that say where
someone is from, listed as if they were people or bodies the other articles left out. They
still count when an article is asked whether it gives a place ("Russian" gives "Russia");
they are only never listed as a name.
"""

from __future__ import annotations

from index.analysis.entitywords import CORE_TITLES, PLACE_PREFIXES, TITLE_MODIFIERS
from index.analysis.speechverbs import words

PLACES: dict[str, str] = {
    "american": "us",
    "americans": "us",
    "america": "us",
    "united states": "us",
    "british": "uk",
    "briton": "uk",
    "britons": "uk",
    "britain": "uk",
    "united kingdom": "uk",
    "english": "england",
    "scottish": "scotland",
    "scots": "scotland",
    "welsh": "wales",
    "irish": "ireland",
    "french": "france",
    "dutch": "netherlands",
    "holland": "netherlands",
    "swiss": "switzerland",
    "turkish": "turkey",
    "turks": "turkey",
    "spanish": "spain",
    "spaniards": "spain",
    "danish": "denmark",
    "danes": "denmark",
    "swedish": "sweden",
    "swedes": "sweden",
    "finnish": "finland",
    "finns": "finland",
    "polish": "poland",
    "poles": "poland",
    "greek": "greece",
    "greeks": "greece",
    "filipino": "philippines",
    "philippine": "philippines",
    "thai": "thailand",
    "emirati": "uae",
    "united arab emirates": "uae",
    "saudi": "saudi arabia",
    "saudis": "saudi arabia",
    "north korean": "north korea",
    "north koreans": "north korea",
    "dprk": "north korea",
    "south korean": "south korea",
    "south koreans": "south korea",
    "kiwi": "new zealand",
    "belgian": "belgium",
    "peruvian": "peru",
    "chilean": "chile",
    "soviet": "ussr",
    "european union": "eu",
    "united nations": "un",
    "u.n.": "un",
    "u.s.": "us",
    "isil": "isis",
    "daesh": "isis",
    "islamic state": "isis",
    "is": "isis",
    "u.k.": "uk",
    "e.u.": "eu",
}
"""Adjectives and other names of places (and the few groups news names in several ways),
lower case, mapped to one key each: the names across articles take "American" and "the
United States" for one place. Its adjectives are among `DEMONYMS` too, written once here."""
_NOT_ADJECTIVES = frozenset(
    {"america", "britain", "holland", "dprk", "kiwi", "isil", "daesh", "is"}
)
"""Names in `PLACES` that are no people's adjective (a country, a group) or may be a name."""

DEMONYMS = words(
    """
    afghan albanian algerian andorran angolan argentine argentinian armenian australian
    austrian azerbaijani azeri bahraini bangladeshi belarusian bolivian bosnian brazilian
    bulgarian burmese burundian cambodian cameroonian canadian chadian chinese colombian
    congolese croatian cuban cypriot czech dominican ecuadorian egyptian eritrean estonian
    ethiopian fijian gabonese gambian georgian german ghanaian guatemalan guinean haitian
    honduran hungarian icelandic indian indonesian iranian iraqi israeli italian ivorian
    jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz laotian latvian
    lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian
    maldivian malian maltese mauritanian mexican moldovan mongolian montenegrin moroccan
    mozambican namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani
    pakistani palestinian panamanian paraguayan portuguese qatari romanian russian rwandan
    salvadoran senegalese serbian singaporean slovak slovenian somali sudanese syrian
    taiwanese tajik tanzanian togolese tunisian turkmen ugandan ukrainian uruguayan uzbek
    venezuelan vietnamese yemeni zambian zimbabwean african arab arabian asian balkan baltic
    basque caribbean catalan caucasian chechen crimean european flemish hispanic kurdish
    latino latina nordic pashtun scandinavian slavic tibetan uighur uyghur yazidi
    californian texan floridian new-yorker
    """
) | frozenset(word for word in PLACES if word.isalpha() and word not in _NOT_ADJECTIVES)
"""Adjectives of countries, regions and peoples as news writes them (lower case), and the
plurals not made with an "s" ("Spaniards", "Scots")."""
_NO_PLURAL = ("ese", "ish", "ch", "ss")
"""Endings of adjectives that take no "s" ("Chinese", "British", "Dutch", "Swiss"); "Israelis",
"Saudis" and "Thais" do."""


def is_demonym(word: str) -> bool:
    """True for a people's or a place's adjective, singular or plural ("Mexicans")."""
    if word in DEMONYMS:
        return True
    singular = word.removesuffix("s")
    return singular != word and singular in DEMONYMS and not singular.endswith(_NO_PLURAL)


PEOPLES_COLOURS = words("black white brown indigenous aboriginal")
"""Capitalised adjectives of a people by its colour or origin ("the first Black U.S.
secretary of state", "prominent Black figures", "Indigenous leaders"): alone, no name to list
(nu32 #7: a comparison listed "Black" as a name only Reuters gave). Not `DEMONYMS`: they
name no place, and the quotes' speaker rules, which read those, stay as they are. A full
name keeps them ("White House", "Jack White", "Black Lives Matter")."""


_BESIDE = PLACE_PREFIXES | CORE_TITLES | TITLE_MODIFIERS
"""Words beside a people's adjective in a key that still names no one ("North", "Prime")."""


def not_a_name(key: tuple[str, ...]) -> bool:
    """True for a name's key that only says where from, with a title at the most: "Mexican",
    "North Korean", "British Prime Minister" (the person, when named, is listed apart),
    "African American" (two of them); and a people's colour alone ("Black", `PEOPLES_COLOURS`)."""
    if len(key) == 1 and key[0] in PEOPLES_COLOURS:
        return True
    if key and is_demonym(key[0]):
        rest = key[1:]
    elif key and is_demonym(key[-1]):
        rest = key[:-1]
    else:
        return False
    return all(w in _BESIDE or is_demonym(w) for w in rest)

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

DEMONYMS = words(
    """
    afghan albanian algerian american andorran angolan argentine argentinian armenian
    australian austrian azerbaijani azeri bahraini bangladeshi belarusian belgian bolivian
    bosnian brazilian british briton bulgarian burmese burundian cambodian cameroonian
    canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech danish
    dominican dutch ecuadorian egyptian emirati english eritrean estonian ethiopian fijian
    filipino finnish french gabonese gambian georgian german ghanaian greek guatemalan
    guinean haitian honduran hungarian icelandic indian indonesian iranian iraqi irish
    israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti
    kyrgyz laotian latvian lebanese liberian libyan lithuanian luxembourgish macedonian
    malagasy malawian malaysian maldivian malian maltese mauritanian mexican moldovan
    mongolian montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian
    nigerien norwegian omani pakistani palestinian panamanian paraguayan peruvian polish
    portuguese qatari romanian russian rwandan salvadoran saudi scottish senegalese serbian
    singaporean slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese
    tajik tanzanian thai togolese tunisian turkish turkmen ugandan ukrainian uruguayan
    uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
    african arab arabian asian balkan baltic basque caribbean catalan caucasian chechen
    crimean european flemish hispanic kurdish latino latina nordic pashtun scandinavian
    slavic soviet tibetan uighur uyghur yazidi
    californian texan floridian new-yorker
    scots spaniards swedes turks danes finns poles philippine
    """
)
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


def not_a_name(key: tuple[str, ...]) -> bool:
    """True for a name's key that only says where from, with a title at the most: "Mexican",
    "North Korean", "British Prime Minister" (the person, when named, is listed apart)."""
    if key and is_demonym(key[0]):
        rest = key[1:]
    elif key and is_demonym(key[-1]):
        rest = key[:-1]
    else:
        return False
    return all(w in PLACE_PREFIXES or w in CORE_TITLES or w in TITLE_MODIFIERS for w in rest)

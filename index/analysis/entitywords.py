"""Word lists for names across articles: titles, party tags and nicknames (peoples' and
places' adjectives are `index.analysis.demonyms`)."""

from __future__ import annotations

from index.analysis.speechverbs import words

CORE_TITLES = words(
    """
    mr mrs ms miss mx dr sir dame lord lady madam president premier chancellor minister
    secretary secretary-general senator sen rep representative congressman congresswoman
    congressmember assemblyman assemblywoman councilman councilwoman councillor councilor
    governor gov mayor ambassador envoy attorney judge justice prosecutor sheriff
    commissioner spokesman spokeswoman spokesperson adviser advisor aide speaker leader
    chairman chairwoman chairperson chair director ceo cfo king queen prince princess emperor
    empress pope cardinal archbishop bishop rabbi imam sheikh ayatollah gen col lt maj capt
    adm sgt cpl pvt cmdr commander officer detective inspector constable superintendent
    professor prof coach pastor rev reverend mp mep lawmaker whip treasurer mullah vp sens
    td taoiseach tánaiste tanaiste t?naiste
    reps editor correspondent reporter anchor columnist analyst producer adjutant adjunct
    """
)
"""Words that make a title by themselves ("President", "Sen.", "Foreign Minister")."""

TITLE_MODIFIERS = words(
    """
    vice prime deputy acting former first chief general attorney-general surgeon state
    foreign defence defense interior home homeland finance treasury trade commerce energy
    health education justice labor labour transport transportation agriculture environment
    housing veterans culture economy economic industry interior security national
    intelligence senate house majority minority white press executive managing senior
    assistant associate special supreme high district federal u.s. us brexit of the for
    and lieutenant
    """
)
"""Words that stand inside a title before its name ("White House Press Secretary")."""

HONORIFICS = words("mr mrs ms dr sir dame mx")
"""Titles that are only courtesy: dropped from a name's matching words ("Mr-Pence")."""

PARTY_WORDS = words(
    """democrat democrats republican republicans gop dem dems democratic independent
    conservative conservatives labour tory tories"""
)
"""Party words around a name ("a California Democrat", "Republican Trump"): not names."""

NOT_NAME_ACRONYMS = words(
    """gmt utc et est edt pst pdt cst cdt bst cet cest am pm tv gdp suv ok dna hiv aids
    ceo cfo faq pdf url rss vip mph kph"""
)
"""Acronyms of common nouns and time zones: not names."""

PARTY_HEADS = words("party parties national caucus committee convention leader leaders")
"""Words after a party word that make it part of a name ("Republican Party")."""

OF_HEADS = words(
    """republic kingdom state states city county province region isle islands island
    gulf sea bay cape port duke duchess earl prince princess queen king lord lady sultan
    emir order society houses chamber chambers academy museum people peoples"""
)
"""Words that take "of" inside a name ("Republic of Korea"), besides organisation words."""

PLACE_PREFIXES = words("north south east west northern southern eastern western new upper lower")
"""First words of place names ("North Korea", "New York"): such a name is not a person's."""

JOINERS = words("of de da di del della van von der den al el bin ibn la le du dos das ter y")
"""Lower-case words allowed inside a name ("Bank of England", "Ursula von der Leyen")."""

SUFFIXES = words("jr jr. sr sr. ii iii iv phd ph.d. md m.d.")
"""Words after a name that are not part of it for matching ("Jr.", "III")."""

NOT_NAME_WORDS = words(
    """
    the a an this that these those it its he she they we i you his her their our but and or
    so yet if when while after before as because although though since until however
    meanwhile today yesterday tomorrow tonight earlier later there here then now also in on
    at for of by with from to not no yes one two three many some all both each every several
    most more other others such what who whom which where why how reporting editing writing
    additional compiled produced graphics photo photos video image images read watch click
    related follow share update updated born like everything nothing something anyone
    everyone nobody ongoing top ask see look watch note despite during following under
    among without within unlike instead including amid
    """
)
"""Capitalised words that open a clause or a credit line but never start a name."""

NICKNAMES: dict[str, str] = {
    "bill": "william",
    "will": "william",
    "bob": "robert",
    "rob": "robert",
    "bobby": "robert",
    "mike": "michael",
    "jim": "james",
    "jimmy": "james",
    "tom": "thomas",
    "joe": "joseph",
    "ted": "edward",
    "ed": "edward",
    "dick": "richard",
    "rick": "richard",
    "chuck": "charles",
    "charlie": "charles",
    "dan": "daniel",
    "dave": "david",
    "steve": "steven",
    "stephen": "steven",
    "tony": "anthony",
    "andy": "andrew",
    "alex": "alexander",
    "chris": "christopher",
    "matt": "matthew",
    "nick": "nicholas",
    "sam": "samuel",
    "ben": "benjamin",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "betsy": "elizabeth",
    "kate": "katherine",
    "katie": "katherine",
    "catherine": "katherine",
    "jeff": "jeffrey",
    "jon": "jonathan",
    "pat": "patrick",
    "vlad": "vladimir",
}
"""Short forms of given names and the name they stand for, lower case."""

SENTENCE_OPENERS = words("the an this that these those it its he she they we his her their our but")
"""Words (capitalised) that end no name: at a run's end they open the next sentence, whose full
stop or line break the text lost ("... for North Koreans The brazen killing": nu44)."""

"""Word lists for quote attribution: speech verbs, titles and roles, pronouns, organisations."""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.text.places import PLACE_NAMES as PLACE_NAMES  # moved down (sm24): bylines


def words(text: str) -> frozenset[str]:
    """The set of the whitespace-separated words of ``text``."""
    return frozenset(text.split())


_VERB_STEMS = """
said say says saying told tell tells telling added add adds adding warned warn warns warning
insisted insists wrote write writes writing tweeted tweets tweeting posted posts stated states
explained explains noted notes stressed stresses argued argues asked asks declared declares
continued continues replied replies responded responds claimed claims announced announces
acknowledged acknowledges admitted admits recalled recalls observed observes commented comments
remarked remarks suggested suggests urged urges cautioned cautions concluded concludes conceded
concedes confirmed confirms countered counters emphasized emphasised emphasizes emphasises
reiterated reiterates revealed reveals vowed vows promised promises predicted predicts quipped
joked shouted yelled screamed whispered testified testifies complained complains lamented
laments boasted boasts demanded demands agreed agrees denied denies alleged alleges asserted
asserts contended contends maintained maintains mused wondered wonders pleaded pleads charged
retorted snapped sighed laughed reported reports added. told. wrote. explained. insisted.
recounted recounts opined recalled remembered reckoned reckons predicted pointed estimated
estimates underlined underlines highlighted highlights clarified clarifies assured assures
informed informs announced. conceded. quoted cited cites described describes called
denounced branded dubbed labelled labeled termed praised slammed criticised criticized
responding answering adding noting telling warning insisting explaining stressing
calling describing dubbing branding labelling labeling terming reminds reminded
accused accuses reads mumbled mumbles muttered mutters declaring vowing
"""
SPEECH_VERBS = frozenset(w.rstrip(".") for w in _VERB_STEMS.split())
"""Verbs that introduce or follow a quotation ("said", "told", "tweeted", ...)."""

INLINE_ONLY = words(
    """called described describes quoted cited cites denounced branded dubbed labelled
    labeled termed praised slammed criticised criticized calling describing dubbing branding
    labelling labeling terming"""
)
"""Verbs that attribute a partial quote in their own clause, never across a comma."""

AUXILIARIES = words(
    """
    has have had was is were are would will also later then previously once recently earlier
    further still again reportedly just had been be being has' never even only repeatedly
    publicly privately quickly simply bluntly flatly told already often frequently
    particularly specifically explicitly clearly openly angrily directly formally officially
    personally separately subsequently similarly firmly strongly emphatically categorically
    """
)
"""Words allowed between a speaker and the verb ("Trump later said", "she has said")."""

PRONOUNS = words("he she they it we i you")
PERSON_PRONOUNS = words("he she")

TITLES = words(
    """
    president vice prime minister secretary general secretary-general under-secretary-general
    spokesperson spokesman spokeswoman spokespeople senator sen sen. rep rep. representative
    gen gen. general col col. colonel lt lt. lieutenant maj maj. major capt capt. captain adm
    adm. admiral sgt sgt. sergeant cmdr commander supt supt. det det. insp insp. cllr rev rev.
    fr fr. chancellor ambassador envoy chief deputy
    director mayor governor gov gov. king queen prince princess pope cardinal bishop rabbi imam
    sheikh judge justice attorney lawyer prosecutor dr dr. mr mr. mrs mrs. ms ms. mme mme.
    professor prof prof. chairman chairwoman chair ceo cfo coo cto founder head leader
    minister-president premier dpm fm foreign defence defense interior finance economy trade
    energy justice health education foreign-minister state ministry federal national senior
    assistant associate executive managing press official officer analyst economist
    strategist manager commissioner inspector superintendent sheriff detective constable
    emir crown speaker congressman congresswoman councillor councilor assemblyman
    assemblywoman mp mep td lawmaker legislator delegate negotiator adviser advisor aide
    taoiseach tánaiste tanaiste t?naiste coordinator counsel counselor counsellor editor
    correspondent reporter presenter host
    coach manager captain striker midfielder defender goalkeeper player star actor actress
    singer rapper author writer director producer chairperson treasurer dean rector chancellor
    vice-president vice-chairman first lady lord lady sir dame baroness baron duke
    his her their its the a an of for to and at in on with from
    """
)
"""Words of a title or role ("Foreign Ministry spokesperson", "Sen.", "Prime Minister")."""

ORG_WORDS = words(
    """
    ministry ministries company co co. corp corp. corporation inc inc. ltd ltd. plc llc group
    bank party agency council committee office department government administration service
    commission federation union association organization organisation institute institution
    university college court board authority authorities police army military navy force
    forces fund foundation center centre network news times post journal daily reuters tass
    ap afp xinhua kremlin pentagon parliament congress senate house assembly cabinet embassy
    consulate mission league club team airlines airline motors systems industries holdings
    securities partners exchange reserve fed opec nato un eu who imf ifp society trust
    bureau campaign coalition alliance movement church hospital school unit channel tv radio
    newspaper magazine website cooperative co-operative democrats republicans socialists
    conservatives liberals greens bancorp bancorporation bancshares bankshares
    """
)
"""Words that make a capitalised name an organisation ("Foreign Ministry", "Acme Corp")."""
_CAPITALS_ONLY = words("un eu imf ifp ap afp")
"""Body words that are initials: a body's only in capitals ("UN"), a name's part otherwise
("Kim Jong Un")."""


def org_word(word: str) -> bool:
    """True for a word of a body's name (`ORG_WORDS`), an acronym's only in capitals."""
    low = word.lower().rstrip(".,")
    return low in ORG_WORDS and (low not in _CAPITALS_ONLY or word.rstrip(".,").isupper())


PLACE_WORDS = words(
    """
    street st avenue ave road rd boulevard lane square plaza park hotel airport station bridge
    river mountain mountains island islands county city province region district valley lake
    bay sea ocean beach mine port harbour harbor palace hall tower centre center stadium arena
    mall market village town peninsula gulf coast desert forest border strait canal
    africa asia europe america americas arabia oceania caribbean leone rica zealand korea
    sudan guinea emirates kingdom republic territories
    """
)
"""Last words of a place's name ("Wall Street", "Preston Park Hotel"): never who "he" is."""

PERSON_NOUNS = words(
    """
    farmer diplomat expert activist resident worker teacher student doctor nurse engineer
    scientist researcher journalist filmmaker actor actress singer writer author artist
    lawyer attorney witness survivor victim owner founder investor entrepreneur pilot
    soldier officer analyst economist professor coach player fan mother father son
    daughter wife husband brother sister colleague friend neighbour neighbor villager
    """
)
"""Lower-case nouns that, right before a name, say it is a person's ("farmer Faro Muza")."""

GROUP_NOUNS = words(
    """
    family relatives experts analysts officials critics researchers scientists doctors
    witnesses residents
    sources authorities lawyers prosecutors investigators economists traders dealers bankers
    observers activists protesters campaigners supporters opponents diplomats lawmakers
    legislators organisers organizers parents teachers students locals neighbours neighbors
    """
)
"""Plural nouns for people that open a sentence capitalised ("Experts said"): not a name."""

PLACE_PREPOSITIONS = words("in at from to into near across outside inside of on by")

NOT_NAMES = words(
    """
    the a an this that these those it its he she they we i you his her their our but and or
    so yet if when while after before as because although though since until however
    meanwhile monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec today yesterday tomorrow tonight earlier later there here then
    now also in on at for of by with from to not no yes one two three many some all both another
    each every several most more other others such what who whom which where why how mr mrs
    ms dr often sometimes recently previously instead indeed perhaps maybe usually generally
    frequently typically ultimately finally eventually initially separately similarly likewise
    nevertheless nonetheless moreover furthermore besides otherwise behind beyond under
    above below beside between among amid against despite during without within inside
    outside unlike toward towards across along around through throughout following upon
    like does did is was were are has had should could would ahead thus hence therefore
    consequently accordingly
    """
)
"""Capitalised words that start a sentence but are never a speaker's name."""

PARTICLES = words("de da di del della van von der den al el bin ibn la le du dos das ter")
"""Lower-case words that may stand inside a name ("Ursula von der Leyen")."""

PERSON_TITLES = TITLES - words(
    """foreign defence defense interior finance economy trade energy justice health education
    state ministry federal national senior assistant associate executive managing press
    vice first his her their its the a an of for to and at in on with from crown"""
)
"""Titles that stand right before a person's name ("Minister Subroto", "Mr Biden")."""

KIN = words(
    """father mother son daughter brother sister wife husband widow widower uncle aunt nephew
    niece grandmother grandfather grandson granddaughter cousin boyfriend girlfriend fiancee
    fiance parents"""
)
"""Relatives: "the father said" is someone's father, never the person named with him."""

PARTY_MEMBERS = frozenset(["democrat", "republican", "conservative", "socialist", "tory"])
"""A party member's noun: "the Ohio Republican" describes someone named before."""


_Trie = dict[str, "_Trie"]


def _trie(found: Iterable[str]) -> _Trie:
    """The words ``found`` as a trie of their letters, "" marking where a word ends."""
    trie: _Trie = {}
    for word in found:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def trie_of(found: Iterable[str]) -> str:
    """A pattern that matches exactly the words ``found`` (one of them, not the longest
    first), as a trie: "a(?:dd(?:ed|s)?|...)". It matches where the alternation
    "add|added|adds|..." of them all does, followed by the same pattern, and the engine
    reads the word's letters once instead of trying each word in turn (twice as fast for
    `NameBook`'s "said" after each run of capitals)."""

    def branch(node: _Trie) -> str:
        alts = [re.escape(char) + branch(sub) for char, sub in sorted(node.items()) if char]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return "(?:" + branch(_trie(found)) + ")"


def any_of(found: frozenset[str]) -> re.Pattern[str]:
    """A pattern that finds any of the words ``found`` anywhere in a string (inside other
    words too), as a trie: "a(?:c(?:cused|...)|dd|...)" (one alternation of every word
    tries each of them at every character, several times slower than tokenizing)."""

    def branch(node: _Trie) -> str:
        if "" in node:
            return ""  # a word ends here: what follows need not match
        alts = [re.escape(char) + branch(sub) for char, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(branch(_trie(found)))


SAID_AFTER = trie_of(v for v in SPEECH_VERBS - INLINE_ONLY if not v.endswith("ing"))
"""The speech verbs after a name that make it the speaker ("Ban said", "Acme announced"; no
"-ing" form, none only said inline), as a pattern (`trie_of`: the same matches as their
alternation, read in half the time where `NameBook` tries it after each run of capitals)."""

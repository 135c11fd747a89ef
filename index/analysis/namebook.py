"""The people and organisations an article names: who "he", "Warren" and "the minister" are."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from index.analysis.authorline import after_author, authored_before
from index.analysis.firstnames import FEMALE, MALE, first_name_gender, title_gender
from index.analysis.givenalone import inside_name
from index.analysis.honoured import honoured
from index.analysis.mention import Mention
from index.analysis.namecues import (
    addressed,
    described_as_person,
    firm_before,
    lower_role,
    org_goes_on,
    own_event,
    replied_from,
    reported_subject,
    role_before_name,
    speaks_after,
    spoken_by,
)
from index.analysis.namerun import (
    body_person,
    run_shape,
    runs_outside,
    sentence_ends,
    without_links,
)
from index.analysis.nametidy import credit, credited_before, role_next
from index.analysis.namevariants import BODIES, acronym_of, misspelt, unprefixed
from index.analysis.officewords import office_fits
from index.analysis.onename import subjects_alone, told_persons
from index.analysis.pronoungender import gendered
from index.analysis.pronounnearer import nearer_known
from index.analysis.sentencelead import after_clause as _after_clause
from index.analysis.sentencelead import leads as _leads
from index.analysis.speakerdateline import outside_datelines
from index.analysis.speechverbs import PLACE_NAMES
from index.analysis.surnames import Surnames
from index.analysis.wordscan import word_count

_RELATIVES = (
    "father|mother|son|daughter|brother|sister|wife|husband|widow|widower|uncle|aunt|"
    "nephew|niece|grandmother|grandfather|boyfriend|girlfriend|partner|friend|neighbou?r"
)
_NOBODIES = (
    "man|woman|boy|girl|official|spokesman|spokeswoman|spokesperson|witness|resident|source|"
    "lawyer|attorney|expert|analyst|trader|aide|doctor|nurse|teacher|student|worker|member|"
    "officer|soldier|diplomat|colleague|employee|survivor|victim|passenger|driver|fan"
)
_UNNAMED_SUBJECT = re.compile(
    rf"(?:(?:The|the|His|his|Her|her|Their|their)[ \t]+(?:[a-z][\w'’\-]*[ \t]+){{0,2}}?"
    rf"(?P<kin>{_RELATIVES})|(?:A|An|One|Another)[ \t]+(?:[a-z][\w'’\-]*[ \t]+){{0,2}}?"
    rf"(?P<one>{_NOBODIES}))\b"
)
"""A sentence opening on someone unnamed ("The father of ...", "A senior official")."""
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_AGE_AFTER = re.compile(r",[ \t]+\d{1,3},")  # "Gorsuch, 49, is a judge"
_new_tuple = tuple.__new__  # a Mention without the named tuple's Python-level __new__
_LOOKBACK = 2500
"""How far back (characters) "he" or "she" may point to a name."""


class NameBook:
    """The people and organisations an article names, to resolve "he" and "Warren"."""

    def __init__(self, text: str, quoted: list[tuple[int, int]]) -> None:
        """Collect the names of ``text`` outside the quoted ``(start, end)`` spans."""
        self.mentions: list[Mention] = []
        add = self.mentions.append
        self.text = text
        boundaries = sentence_ends(text)
        last_sentence = -1
        org_end = -1  # where the last organisation's name ends
        surnames: dict[str, Mention] = {}
        slashes = "/" in text  # most articles have none: no run is credited, nor a credit
        runs = runs_outside(without_links(text), quoted)  # no name inside a link (sp50)
        for m in outside_datelines(text, runs):  # sp49
            at, run_end = m.span()
            run = m[0]
            if text.endswith(":", at - 8 if at > 8 else 0, at - 1) and authored_before(text, at):
                cut = after_author(
                    run, text
                )  # "Author: Oleg K?dding-Zurm??hlen Roger Beedon" (sp55)
                if cut == len(run):
                    continue
                at, run = at + cut, run[cut:]
            if org_end >= 0 and at - org_end <= 8:  # "Council on Foreign Relations" (fx171)
                last = self.mentions[-1]
                if joint := org_goes_on(text, org_end, at, run, last.name):
                    self.mentions[-1] = last._replace(name=f"{last.name}{joint}{run.rstrip('.,')}")
                    org_end = run_end
                    continue
            slash = slashes and "/" in text[max(0, at - 3) : at] and credited_before(text, at)
            shape = run_shape(run, slash)  # None for most runs ("The", "But")
            if shape is not None and text.endswith(" of the ", at - 8 if at > 8 else 0, at):
                shape = body_person(shape)  # "Speaker of the House Paul Ryan"
            if shape is None or (slashes and credit(text, run_end)):  # "Fu Jing / China Daily"
                continue
            name, titles, organisation, owned_run, possessive, person_title, filed = shape
            organisation = organisation or firm_before(text, at, run_end)  # "company Midsummer"
            if not (filed or organisation):
                continue  # "Wall Street", "the West Virginia Democrat": not who "he" is
            lo = at - 20 if at > 20 else 0
            # "The father of Ziyed Ben Belgacem told", "analyst for AGE Clearing noted": the
            # name is not who spoke (the suffixes are short: text[lo:at] ends as text[at-5:at])
            owned = owned_run or text.endswith((" of ", " for "), lo, at) or addressed(text, at)
            before = text[lo:at]
            speaker = False
            if not owned:  # "said Zhou Zhiping", not "he said Acme would", "Byrd said Reagan's"
                speaks = speaks_after(text, at, run_end, name[0])
                speaker = speaks or (not possessive and spoken_by(before))
                if speaker and not speaks:  # the cue before the name only
                    if name[-1].lower() in PLACE_NAMES and _LOWER_NEXT.match(text, run_end):
                        speaker = False  # "said Colombia sought"
                    elif reported_subject(text, run_end):  # "Cassell ... said Trump has"
                        speaker = False
            sentence = bisect.bisect_right(boundaries, at)
            opening = boundaries[sentence - 1] if sentence > 0 else 0
            # what follows is read only where it decides something (most runs are not names)
            if organisation:  # what "it said" may point back to
                said = speaker or (not owned and _leads(text, opening, at))
                add(_new_tuple(Mention, (at, " ".join(name), True, "", said, None, False)))
                org_end = run_end
                continue
            speaker = speaker or (not owned and replied_from(before))  # sp45, na-0339
            known = surnames.get(name[-1].lower()) if len(name) == 1 else None
            alone = (  # "Adele appeared to doubt": a known first name opening its sentence
                len(name) == 1
                and not possessive  # "Chase's stock fell": a thing the name owns
                and not titles
                and known is None
                and first_name_gender(name[0]) in (MALE, FEMALE)
                and name[0].lower() not in PLACE_NAMES
                and bool(_LOWER_NEXT.match(text, run_end))
                and not role_next(text, run_end)  # "The Philippine vice president"
                and not owned
                and _leads(text, opening, at)
            )
            own = own_event(text, run_end) if len(name) == 1 else None  # "by Bakar at his"
            speaker = speaker or own is not None
            strong = person_title or speaker or bool(known) or alone
            role_before = not strong and role_before_name(before)
            if len(name) == 1 and not (strong or role_before):
                continue
            gender = first_name_gender(name[0]) if alone else _gender(titles, name) or own
            # a sentence's first name, or the first after a clause that opens it ("Before
            # Kelly spoke, Tillerson made ...": Tillerson, nu38 #2)
            first = sentence != last_sentence or _after_clause(text, opening, at)
            leads = alone or (first and not owned and _leads(text, opening, at))
            subject = first and leads
            last_sentence = sentence
            title = " ".join(titles).lower()
            person = bool(
                strong
                or role_before
                or (gender is not None and len(name) > 1)
                or _AGE_AFTER.match(text, run_end)
                or described_as_person(text, run_end)
            )
            full = known.name if known is not None and not titles else " ".join(name)
            if known is not None:
                gender = gender or known.gender
            mention = _new_tuple(
                Mention, (at, full, False, title, speaker or subject, gender, person)
            )
            add(mention)
            if person and (len(name) > 1 or (person_title and known is None)):
                surnames[name[-1].lower()] = mention  # "President Trump's ... Trump decried"
        for opening in [0, *boundaries]:
            found = _UNNAMED_SUBJECT.match(text, opening)
            if found is not None:
                noun = (found.group("kin") or found.group("one")).lower()
                self.mentions.append(
                    Mention(found.start(), "", False, noun, True, title_gender(noun), True)
                )
        # "Hemlata says": her other sentences too ("Hemlata has started working")
        lone = subjects_alone(text, self.mentions, quoted, boundaries, self.spoke, _leads)
        self.mentions += lone
        self.mentions.sort(key=lambda mention: mention.start)
        self.mentions = honoured(text, self.mentions, quoted)  # "the Dalai Lama", "His Holiness"
        self.mentions = gendered(text, self.mentions, quoted)  # "Beyonce ... her belly"
        self.mentions = told_persons(self.mentions, lone)  # not "Apple said": no "she"
        self._starts = [mention.start for mention in self.mentions]
        self._genders = _surname_genders(self.mentions)
        self._by_surname = Surnames()
        self._persons: dict[str, bool] = {}  # a person's name -> named once not as a body
        for mention in self.mentions:
            self._file_person(mention)
            # names here are words joined by a space: file takes none of one word (half)
            if " " in mention.name and not mention.organisation:
                self._by_surname.file(mention, text)
        self._counts: dict[str, int] = {}
        self._roles: dict[tuple[str, str], frozenset[str]] = {}
        self._chains: dict[int, frozenset[str]] = {}

    def occurrences(self, word: str) -> int:
        """How often ``word`` stands capitalised in the article (outside quotes too)."""
        count = self._counts.get(word)
        if count is None:
            count = self._counts[word] = word_count(self.text, word)
        return count

    def add(
        self, start: int, name: str, organisation: bool, title: str = "", gender: str | None = None
    ) -> None:
        """Record a speaker named at ``start`` (an attribution is a mention too); ``gender``
        when the attribution tells it ("she said" resolved to a name)."""
        k = bisect.bisect_right(self._starts, start)
        gender = None if organisation else gender or self.gender_of(name, title)
        mention = Mention(start, name, organisation, title.lower(), True, gender, not organisation)
        self.mentions.insert(k, mention)
        self._starts.insert(k, start)
        self._by_surname.file(mention)
        self._file_person(mention)

    def _file_person(self, mention: Mention) -> None:
        if mention.person:
            known = self._persons.get(mention.name, False)
            self._persons[mention.name] = known or not mention.organisation

    def persons(self, last: str) -> Iterable[tuple[str, str | None]]:
        """The ``(name, gender)`` of every person mentioned by two words or more whose
        surname is ``last`` (lower case), and of some others (check each surname)."""
        return self._by_surname.names(last)

    def gender_of(self, name: str, title: str = "") -> str | None:
        """What the article tells of the gender of the person ``name``: "m", "f" or None."""
        words = name.split()
        if not words:
            return None
        found = _gender(title.split(), words) if len(words) > 1 or title else None
        if found in (MALE, FEMALE):
            return found
        return self._genders.get(words[-1].lower())

    def spoke(self, mention: Mention) -> bool:
        """True when a speech verb goes with the name itself ("said Lauren Bisnett",
        "Wibke Werner told DW"), not only its place as a sentence's subject."""
        surname = mention.name.split()[-1] if mention.name else ""
        end = self.text.find(surname, mention.start)
        before = self.text[max(0, mention.start - 20) : mention.start]
        if end < 0:
            return False
        after = speaks_after(self.text, -1, end + len(surname))
        return spoken_by(before) or (after and not addressed(self.text, mention.start))

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in ``text[start:end]``, in order."""
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return self.mentions[lo:hi]

    def names_between(self, start: int, end: int) -> frozenset[str]:
        """The surnames (lower case) of the people named in ``text[start:end]``."""
        return frozenset(
            m.name.split()[-1].lower()
            for m in self.between(start, end)
            if m.name and not m.organisation
        )

    def last_before(
        self,
        offset: int,
        organisation: bool,
        gender: str | None = None,
        exclude: frozenset[str] = frozenset(),
    ) -> Mention | None:
        """Who "he", "she" (or "it") most likely is at ``offset``.

        The nearest earlier name that spoke or was the subject of its sentence, else the
        nearest earlier name; for a person, only names that something marks as a person's,
        of a gender that does not contradict ``gender``, within a few paragraphs, and
        not one whose surname is in ``exclude``.
        """
        k = bisect.bisect_left(self._starts, offset) - 1
        nearest: Mention | None = None
        while k >= 0:
            mention = self.mentions[k]
            k -= 1
            if mention.organisation != organisation:
                continue
            if not organisation:
                if offset - mention.start > _LOOKBACK:
                    break
                if not mention.person or not self._fits(mention, gender):
                    continue
                if mention.name and mention.name.split()[-1].lower() in exclude:
                    continue
            if mention.speaker:  # not past a nearer name known to be "he" (`nearer_known`)
                known = self.gender_of(mention.name) if mention.name else None
                return nearer_known(self.text, mention, nearest, gender, known)
            nearest = nearest or mention
        return None if organisation else nearest  # "it" only for a body that spoke

    def _fits(self, mention: Mention, gender: str | None) -> bool:
        if gender is None:
            return True
        known = mention.gender if mention.gender in (MALE, FEMALE) else None
        if known is None and mention.name:
            known = self._genders.get(mention.name.split()[-1].lower())
        if known is None:
            return gender != FEMALE  # most people news quotes are men: "she" wants to know
        return known == gender

    def with_role(self, role: str, offset: int, qualifier: str = "") -> Mention | None:
        """The nearest earlier name given with ``role`` ("minister", "ministry") and, when
        the role has one, its office's ``qualifier`` ("prime"; see `office_fits`)."""
        k = bisect.bisect_left(self._starts, offset) - 1
        fallback: Mention | None = None
        while k >= 0:  # each mention's words and title read once per book (memo)
            mention = self.mentions[k]
            held = self._role_words(mention) | self._chain(mention)
            if mention.name and role in held and office_fits(qualifier, held, role, mention.title):
                if mention.speaker:
                    return mention
                fallback = fallback or mention
            k -= 1
        return fallback

    def _role_words(self, mention: Mention) -> frozenset[str]:
        key = (mention.title, mention.name)
        found = self._roles.get(key)
        if found is None:
            found = frozenset(re.split(r"[\s\-]+", f"{mention.title} {mention.name}".lower()))
            self._roles[key] = found
        return found

    def _chain(self, mention: Mention) -> frozenset[str]:
        found = self._chains.get(mention.start)
        if found is None:
            chain = frozenset(self._title_chain(mention.start))
            found = self._chains[mention.start] = chain | lower_role(self.text, mention.start)
        return found

    def _title_chain(self, start: int) -> list[str]:
        """The capitalised words (and the small words between them) right before ``start``:
        a long title the title list does not know ("Ambassador Extraordinary and
        Plenipotentiary to China Andrei Denisov"), lower case."""
        chain: list[str] = []
        for word in reversed(re.findall(r"[\w'’\-.]+", self.text[max(0, start - 100) : start])):
            if not (word[:1].isupper() or word in _TITLE_GLUE) or word.endswith("."):
                break
            chain.append(word.lower().removesuffix("'s").removesuffix("’s"))
        return chain

    def honorific_gender(self, start: int, end: int) -> str | None:
        """The gender an honorific in ``text[start:end]`` gives ("Mrs. Trump" -> "f")."""
        for word in self.text[start:end].split():
            found = title_gender(word)
            if found is not None:
                return found
        return None

    def full_name(self, name: str, offset: int, gender: str | None = None) -> str:
        """The fullest name the article gives for ``name`` ("Warren" -> "Elizabeth Warren");
        with a ``gender`` ("Mrs. Trump"), only a full name that does not contradict it."""
        words = name.split()
        if len(words) == 1 and name.isupper() and 2 <= len(name) <= 6:
            for m in self.mentions:
                tail = acronym_of(name, m.name.split())
                if tail:
                    return tail
        if len(words) == 2 and words[1].lower() in BODIES:
            # "Justice Department" for the "U.S. Department of Justice" named before
            want = [words[1].lower(), "of", words[0].lower()]
            for m in self.mentions:
                if m.organisation and [w.lower() for w in m.name.split()[-3:]] == want:
                    return acronym_of("", m.name.split()) or m.name
        last = words[-1].lower()
        best = self._by_surname.nearest(words, offset, gender)
        if best is not None:
            return best
        if len(words) == 1:
            inside = inside_name(self._persons, last)  # each person's name once
            if len(inside) == 1:
                return inside.pop()  # "Zahid" for "Ahmad Zahid Hamidi", "Khalid Abu Bakar"
        if len(words) == 1:
            near = {
                n
                for n, not_organisation in self._persons.items()
                if not_organisation
                and len(n.split()) > 1
                and n.split()[-1].lower() != last
                and unprefixed(n.split()[-1]) != last
                and misspelt(n.split()[-1].lower(), last)
                and self.occurrences(name) < max(4, 3 * self.occurrences(n.split()[-1]))
            }
            if len(near) == 1:
                return near.pop()  # "Schmied" for the "Elvira Schmieg" named before
        return name


_TITLE_GLUE = frozenset(["and", "of", "to", "for", "the", "de"])


def _gender(titles: Sequence[str], name: Sequence[str]) -> str | None:
    """The gender that a title ("Mrs", "spokesman") or a first name gives."""
    for title in reversed(titles):
        found = title_gender(title)
        if found is not None:
            return found
    if len(name) > 1 and name[0].lower() not in PLACE_NAMES:
        return first_name_gender(name[0])  # not "Africa Initiative"
    return None


def _surname_genders(mentions: list[Mention]) -> dict[str, str]:
    """Surname -> gender, where the article's mentions agree ("Mr Rowley", "Mark Rowley")."""
    seen: dict[str, set[str]] = {}
    for m in mentions:
        if m.name and not m.organisation and m.gender in (MALE, FEMALE):
            seen.setdefault(m.name.split()[-1].lower(), set()).add(m.gender)
    return {name: genders.pop() for name, genders in seen.items() if len(genders) == 1}

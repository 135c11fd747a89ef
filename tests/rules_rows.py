"""Constructed articles that this session's quote rules read differently from the rules
before them: `tests/index/test_rules_version.py` adds them to its fixed corpus, so that a
change of these rules changes the quotes' digest (its 19 articles alone missed all four).

One sentence a rule: a long description between a name and the verb and an acronym in
brackets (apposition), a pronoun after an abbreviation's full stop (namerun), two halves
of one quotation that overlap, and a clip inside two quotations whose speaker decides
(quote_links); a teaser's date before "he", a link glued to a name, and a new person
named after a quote that an earlier speaker would otherwise go on with (speakerguards); a
quote given to someone unnamed that ends a run, a participle opening a sentence, a title
with a subtitle, an outlet that reported what someone said (round 13); a name an
apposition calls a person's, a person's name with their firm after "of" (round 14), a
pronoun pointing far back past four other people (r8, sp18o), "it said" after a body's
acronym (r10, sp18p), "she said" after a sentence opened by a name no first name
explains (r12, sp19), "he said" after a sentence whose subject is an unnamed official
who speaks (r13, sp22), "he said" after an unnamed official brought in mid-sentence and
"the director" a speaker an apposition called so (r14, sp23; "Asked if ..., an
official told" no one named "Asked", "said Berg of Harbour Capital" Berg, sq23; "the
Harbour Ministry spokesman" the person named with that title before, "Gao says" the Gao
Jianguo named before, not a later Wang Gao, r15, sp24). r1's
outlet and date are spelled as the articles' rules 3 read them (fx16a): "The Harbour Times
(Opinion)" is "Harbour Times", "2021-6-1" a date. r9 gives no title: its head's two-word
headline over an outlet line is the title since the articles' rules 4 (fx17c).
Written here, never copied from a corpus.
"""

from __future__ import annotations

from tests.quote_rows import record

_WHOLE = (
    "However, I am the head of the company and since this accident happened during my "
    "tenure, I have agreed to forgo my annual bonus and my annual share grant this year "
    "and have asked that my bonus be shared among our hardworking employees"
)
_CLIP = "the president of the United States"

RULES_ROWS = [
    record(
        "r1",
        "The Harbour Times (Opinion)",  # one outlet's name: "Harbour Times" (articles 3)
        "2021-6-1",  # a one-digit month and day, read since articles 3
        '"Our team will be over 400 people," Petrov, who was also a deputy head of the '
        "national team's delegation at the 2012 Games in London, added.\n\n"
        '"We need to stop this now and for good," Dave Ray, a spokesman for the Federation '
        "for Better Harbour Reform (FBHR), a local lobby group, told reporters.",
    ),
    record(
        "r2",
        "Valley Post",
        "2021-06-02",
        "Matias Ferreira joined the force last year. The team plays across the U.S. He said "
        'today that the work was hard. "The hand we are dealt in life, we just have to take '
        'it," he said.\n\n'
        f'"{_WHOLE.split(" this year")[0]}," she said.',
    ),
    record(
        "r3",
        "Coast Wire",
        "2021-06-03",
        f'She wrote: "[S]ince{_WHOLE.split("and since")[1]}."\n\n'
        f'"A district judge cannot force {_CLIP} to change the law of the land," '
        "Rex Tillerson said.",
    ),
    record(
        "r4",
        "Harbour Times",
        "2021-06-04",
        f'"Agitating {_CLIP} is not a good strategy for anyone in the region," Nikki Haley '
        f'said.\n\nTillerson said he would not force "{_CLIP}" to do anything.',
    ),
    record(
        "r5",
        "Coast Wire",
        "2021-06-05",
        "Tom Berg reports from Oslo. (01.09.2016)\n\n"
        '"The port will close next year," he told reporters.\n\n'
        "Read it here: https://t.co/7xQpLmZTR Ryan, speaking later, was calm. "
        '"We sat there quietly," Ryan said. The mayor, Ola Dahl, was not. '
        '"It is a disgrace," adds Kari Nordmann.',
    ),
    record(
        "r6",
        "Valley Post",
        "2021-06-06",
        '"The tariffs are unfair to us," Tom Berg told reporters.\n\n'
        "A senior official, who declined to be identified, said the threats had undercut "
        'the moderates.\n\n"There is a strong argument against doing anything," he said. '
        '"Anything we do, we will be bashed."\n\n'
        '"I can\'t believe it at all," mumbled one onlooker.\n\n'
        "Speaking with Ivan Petrov on Thursday, Berg's deputy was calm. \"We listened to "
        'each other closely," he said. His book, "Harbour: Notes on the Future of Our '
        'Town," is out in May. '
        'Ivan Petrov said the port would "close for good next spring," TASS reported.',
    ),
    record(
        "r7",
        "Valley Post",
        "2021-06-07",
        '"We grow groundnuts and millet now, not the rice we grew," said Tom Berg.\n\n'
        "Djigane Mboup, another villager, has taken up rearing chickens.\n\n"
        '"Salt has really damaged our land," he said.\n\n'
        "Philip Braverman of Irving Trust Securities Inc believes banks will buy.\n\n"
        '"The banks are in need of investments that provide earnings," he said.',
    ),
    record(
        "r8",
        "Valley Post",
        "2021-06-08",
        "Ann Reyes said the plan would cost more than the council had been told.\n\n"
        "Tom Berg told the meeting the figures would be published in the spring.\n\n"
        "Paul Cole told the meeting the figures would be published in the spring.\n\n"
        "Carl Diaz told the meeting the figures would be published in the spring.\n\n"
        "John Ford told the meeting the figures would be published in the spring.\n\n"
        + " The committee met again on Tuesday to review the budget for the coming year." * 3
        + '\n\n"We will not let this go without a proper vote of the council," she said.',
    ),
    {
        # no title, outlet or date given: the text's head has them, two words over an
        # outlet line and a date, which the articles' rules 4 read as the headline (rules
        # 3: a section label, the title derived from the lede, the headline left in the body)
        "id": "r9",
        "body": "Café réouvert\nLe Monde\n2021-06-08\n\nThe café on the quay reopened on "
        "Monday after a winter of repairs, and the regulars came back.",
    },
    record(
        "r10",
        "Valley Post",
        "2021-06-09",
        "The NTSB said on Tuesday that the report would be published in the spring.\n\n"
        '"We accept the findings of the inspection in full," it said.',
    ),
    record(
        "r11",
        "Valley Post",
        "2021-06-10",
        "Nick Patel, a business owner from Nashville, Tennessee, said the law needs work.\n\n"
        '"People need more help than they are getting right now," he said.',
    ),
    record(
        "r12",
        "Valley Post",
        "2021-06-11",
        "Teodolinda Okafor, deputy director of the tenants association, thinks the shortage "
        "runs deeper.\n\n"
        '"Most of the new flats are for owning, not renting," she told the paper.',
    ),
    record(
        "r13",
        "Valley Post",
        "2021-06-12",
        "Nick Patel led the march through the city centre on Friday. An official with the "
        "city authorities told reporters that the rally had been peaceful.\n\n"
        '"About 2,000 people took part in the rally," he said.',
    ),
    record(
        "r14",
        "Valley Post",
        "2021-06-13",
        "Nick Patel led the march through downtown Leeds on Friday, an official with the "
        "Leeds authorities told reporters.\n\n"
        '"About 2,000 people took part in the rally," he said.\n\n'
        "The park has room for all, says Tom Berg, director of the Park Trust. Director "
        'Li Wei closed the gates last year. "We will open them again," says Berg. "It is '
        'the only park in the district," says the director.\n\n'
        "Asked if the gates would stay open, a park official told reporters, "
        '"Not that I am aware of." "The gates cost too much," said Berg of Harbour Capital.',
    ),
    record(
        "r15",
        "Valley Post",
        "2021-06-14",
        "The harbour will stay shut, Harbour Ministry spokesman Piet Vos said on Monday. "
        '"We have no date yet," the Harbour Ministry spokesman said.\n\n'
        "Gao Jianguo, deputy head of the port board, spoke on Monday. Gao says trade grew. "
        '"Imports rose very fast over the years," he says. In a meeting with visiting '
        "Foreign Minister Wang Gao, the mayor spoke.",
    ),
]

"""The query language at a glance: one table, rendered by the reader's help and the README."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QueryForm:
    """One row of the table: forms of a query, and what they find.

    Attributes:
        examples: Queries as typed.
        finds: What they find, with `code` in backticks (Markdown).
    """

    examples: tuple[str, ...]
    finds: str

    @property
    def typed(self) -> str:
        """The examples as plain text, comma-separated."""
        return ", ".join(self.examples)

    @property
    def finds_plain(self) -> str:
        """What they find, without the backticks."""
        return self.finds.replace("`", "")

    def markdown(self) -> str:
        """The row of the README's table."""
        return f"| {', '.join(f'`{e}`' for e in self.examples)} | {self.finds} |"


QUERY_FORMS: tuple[QueryForm, ...] = (
    QueryForm(
        ("ceasefire troops",),
        "both words (AND is implied); a space binds last, after OR, as in Whoosh: `a b OR c` "
        "is `a AND (b OR c)`, and `a -b OR c` is `a AND (NOT b OR c)`",
    ),
    QueryForm(
        ("ceasefire OR truce", "nato NOT russia", "(a OR b) AND c"),
        "boolean logic: NOT binds first, then AND, then OR (`a OR b AND c` is `a OR (b AND c)`); "
        "an operator in capitals glued to a bracket is the operator (`nato NOT(russia OR "
        "crimea)` is `nato NOT (russia OR crimea)`)",
    ),
    QueryForm(
        ("nato -russia", '-"security council"', "-(a OR b)"),
        "a minus at the start of a word, phrase or bracket is NOT, after a field's name too "
        "(`title:-frost` is `-title:frost`, and so are `title:NOT frost` and "
        "`title:NOT(frost)`), and before a word in other quote marks "
        "(`-'frost'`, `-“frost”`); inside a word "
        "(`pro-Russian`, `G-7`) it is a hyphen (below); standing alone (`nato - russia`, "
        "`nato -`) it is nothing, as in Whoosh, and the search says so (`write -russia (no "
        "space) or NOT russia`)",
    ),
    QueryForm(
        ("G-7", "covid19", "al-qaeda"),
        "a hyphenated word with a part of one character, a number or a stop word is one word, "
        "hyphens out (`G-7` and `G7` find G-7 and G7, not every 7; `covid19` finds COVID-19); "
        "any other needs all its parts (`al-qaeda` finds al Qaeda too); in quotes a hyphen "
        "is a space or, by a weak part, nothing, and a letter next to a digit may have one "
        '(`"g-20 finance"` and `"g20 finance"` find G-20, G 20 and G20 finance)',
    ),
    QueryForm(
        ("AT&T", "S&P 500", "<GM>", "WAMU", "dlrs"),
        "an ampersand inside a word keeps it one word (`AT&T` finds AT&T, not A.T.); a ticker "
        "in angle brackets finds it in brackets only, with or without an exchange code "
        "(`<UN.A>` finds <UN> and <UN.A>, not U.N.; `<T>` finds <T> and <T.N>, not T-bills); "
        "a ticker typed without brackets is the word, with an exchange code too "
        "(`WAMU` finds WAMU.O); a plural wire abbreviation is its singular (`dlrs` and `dlr` "
        "find both)",
    ),
    QueryForm(
        ("U.S.", "US", "u.n.", "F.B.I."),
        "an initialism is one word however it is written, in quotes too (`U.S.`, `US` and "
        "`u.s.` find U.S. and US; `u.n.`, `UN` and `un` find U.N. and UN; `F.B.I.` and `fbi` "
        "find F.B.I. and FBI), but a lower-case `us` is the pronoun, and so `it`, `in`, "
        '`or`: `"told us"` does not find "told US" (`IT` finds IT and I.T., not it); in a '
        "phrase typed in capitals it is shouted, either reading, as in a headline "
        '(`"THE BANK"` finds the bank, `"US SENATE"` is still the country)',
    ),
    QueryForm(
        ('"security council"', '"security council"~3'),
        'the phrase, wherever it stands (`a AND "b c"`, `NOT "b c"`, `title:"b c"`); `~3`: '
        "its words within 3 places",
    ),
    QueryForm(
        ('"the governo*"', '"they investigat*"'),
        "a phrase with a starred word: the word is each word of the corpus it begins, in each "
        'of its forms, as a prefix is (`"the governo*"` finds the governor and the governors, '
        "not the government); a starred word that would make more than 64 phrases is refused "
        "(type more of it)",
    ),
    QueryForm(
        ("peace*", "te?t", "*keeping"),
        "prefixes and wildcards; in title and body a prefix finds every word it begins and that "
        "word's other forms (`investigat*` finds investigated, investigation and so investigate; "
        "`runn*` finds run, as running does), and no other word (`governo*` finds governor, not "
        "government); a wildcard (`?` one letter, `*` any, anywhere) finds every word it fits and "
        "that word's other forms, as a prefix does (`r?tes` finds rates, rites, and so rate and "
        "rated; `u?s` fits ups, and so finds every up), but lights only the words it fits "
        "(rates, ups), or, in an article holding none, the other forms that found it (up); "
        'in a phrase only a trailing star is read, and a `?` for a lost letter (`"the r??tes"` '
        "is refused)",
    ),
    QueryForm(
        ("zelensky~", "zelensky~2", "zelensky~2/3"),
        "fuzzy: within 1 (or 2, the most) edits; `/3`: sharing the first 3 letters",
    ),
    QueryForm(
        (
            "title:crimea",
            "body:truce",
            "source:reuters",
            "byline:bases",
            'dateline:"united nations"',
            "id:w1",
        ),
        "one field; AND, OR, ANDNOT or ANDMAYBE right after its colon joins no clause to "
        "it and is refused, the column at it (`title:AND dam`, `title:OR(dam)`; `title:NOT "
        "dam` is `NOT title:dam`, above); a word too common to search there (`title:and "
        "dam`, `title:the`, `source:and`, a single letter) is refused too, since its clause "
        'would be left out: quote it, `title:"and"` (a capitalised `title:US` or `title:AND` '
        "is searched as an initialism)",
    ),
    QueryForm(
        (
            "date:2014",
            "date:2014-03",
            "date:2014-03-20",
            "date:2014-03-20T10",
            "date:2014-03-20T10:30",
            'date:"2014-03-20 10:30:15"',
        ),
        "that year, month, day, hour, minute or second (a space for the T, in quotes); an "
        "article dated by its day alone matches an hour, a minute or a second of it only in "
        "a clause holding its whole day: when that finds nothing, the search names the "
        "clause widened to whole days and its count (`try date:2014-03-20: it finds 3`)",
    ),
    QueryForm(
        ("date:[2014-03-01 to 2014-03-31]", "date:[2014-03 to]", "date:[to 2014]"),
        "a range with both ends included; an end can be left open; one that starts after it "
        'ends is refused ("nothing can match", exit 6), as `--since` after `--until` is; '
        "a range written another way (`date:2017-02-07..2017-02-08`, `date:2017-02-07/2017-02-08`, "
        "`date:2017-02-07 - 2017-02-08`, `date:2017-02-07 to 2017-02-08`, `date:feb..march`, "
        '`date:2017-02-07 2017-02-08`: a month or a day after a space; quote it, `"2017-02-08"`, '
        "to look for it in the text) "
        "is refused, naming this form in your dates (`a range of dates is written "
        "date:[2017-02-07 to 2017-02-08]`)",
    ),
    QueryForm(
        ("date:{2014-03-01 to 2014-03-31}",),
        "a range with both ends excluded (one with no moment between its ends is refused too)",
    ),
    QueryForm(
        ("date:>2025", "date:<2014-03-20"), "strictly after (before) the whole year, month or day"
    ),
    QueryForm(("date:>=2025", "date:<=2014-03"), "from (to) that year, month or day, included"),
    QueryForm(
        ('date:"20 march 2014"', "date:[feb 2017 to march 2017]", 'date:>"20 march 2014 10am"'),
        "dates in English words, in any of the forms above (read by dateparser); a time "
        "names what an ISO one does (`10am` the hour, `10:30` the minute, `10:30:15` the "
        "second; another, noon or 10.30, is refused); numeric dates that are not ISO are read "
        "month first (03/04/2017 is March 4)",
    ),
    QueryForm(
        ('date:>"last week"', "date:yesterday", 'date:>="3 days ago"'),
        "relative dates, counted back from now (UTC); each names its whole period: `last "
        "week` is last Monday to Sunday, `3 days ago` that day, `2 hours ago` that moment; a "
        "month or a day with no year is the last one before now (`date:march` in December 2026 "
        "is March 2026). A search that finds nothing because its dates lie outside the "
        "corpus's says so, with the corpus's span (a clause with a time as typed: `no article "
        "is dated after 2017-02-07 23:59`), and offers the same month or day in its "
        "latest year that holds it (`no article is dated in March 2026 (this corpus runs "
        '2017-02-01 to 2017-03-31); did you mean date:"march 2017"?`)',
    ),
)
"""Every documented form of query, in the order the README's Queries table gives them."""


def markdown_table() -> str:
    """The README's table of queries (its Queries section holds exactly this)."""
    rows = ["| you type | finds |", "| --- | --- |"]
    rows += [form.markdown() for form in QUERY_FORMS]
    return "\n".join(rows) + "\n"

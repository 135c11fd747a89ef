"""Each kind's rules version (`index.rules`) moves with what its rules make of a fixed input.

The digest of each kind's output over a fixed corpus (the seeds, the shared test corpus,
quoted wire copies and the stories corpus) is recorded beside the version it was made
with. Changing a kind's rules so that its output changes, without bumping its number in
`index.rules.RULES`, fails here: an index built before would otherwise keep the old
rules' output beside the new one's. After a bump, record the new digest and version.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from index.analysis.casing import CasingDerived
from index.analysis.quote_derived import QuotesDerived
from index.analysis.story_derived import StoriesDerived
from index.copies import CopiesDerived
from index.ingest.readers import read_source, scan
from index.lean_map import LeansDerived
from index.models import Article
from index.rules import ARTICLES, RULES
from index.store.collect import document
from tests.conftest import ARTICLES as TEXTS
from tests.conftest import SEEDS, write_corpus
from tests.quote_rows import ROWS, write_rows
from tests.rules_rows import RULES_ROWS
from tests.story_corpus import write_corpus as write_stories

RECORDED: dict[str, tuple[int, str]] = {
    # articles 13: an outlet line the table does not know, right under the headline and
    # over its date line or byline, its name ending in a press word ("Valley Gazette",
    # "The Sacramento Bee"), is the outlet when nothing else names one, and leaves the
    # body only then (fx28b, nu27 #5; narrowed and last by fx29a, rv26 #1 #2 #5; digest
    # unchanged: the fixed corpus has no such line, and none of the shared corpora's 24,303
    # articles, as text files or as JSON records, extracts otherwise; 12 is on main, so a
    # bump)
    # articles 14: a head's short line in sentence case ("Dam repairs start": two small
    # words or more that are no function words) over a line that could be a kicker ("The
    # White House", "Jane Doe") is the headline, not a kicker over it (the session 26
    # integrator's case; digest unchanged: the fixed corpus has none; the shared corpora's
    # 24,303 articles in four layouts, body alone, title/date, title/outlet/date and
    # outlet/title/date, 97,212 extractions: 2 change, both Reuters tables as a body
    # alone: "Two-for-one stock split" over "Pay May 12" is the headline and "Pay May 12"
    # stays in the text (it was removed), "Shr not given" over "Loss 54.9 mln" the same)
    # articles 15: a masthead the table does not know on the top line, over the headline and
    # then a date line or byline ("The Sacramento Bee", "Valley Gazette"), is the outlet when
    # it reads as one (a press word, as `unlisted_outlet`), else a kicker, never the title;
    # US and Canadian datelines ("RIVERTON, Calif. —", "Riverton, Calif. (AP) —",
    # "SACRAMENTO, California (Reuters) -"); a Guardian byline ("Shaun Walker in Kyiv") under
    # a headline or standfirst in sentence case, over the date line; the NYT print note is
    # debris; a page's "| Riverton Post" title suffix names the outlet when it reads as one
    # (fx30b, nu28 #1 #5 #6 #10; digest unchanged: the fixed corpus has none; the shared
    # corpora in four layouts, 97,212 extractions: 5 change, read: one Al Jazeera lede
    # "United States, New York - ..." now gives that dateline (4 layouts) and one AllSides
    # source on the top line, "Revolver News", is the outlet where it was removed;
    # bench.outlet_lines --split tune and the messy set's held-out seed 6 unchanged)
    # articles 16: a date line with a reading time or a relative update beside its date, at
    # either end ("14 March 2023 • 4 min read", "March 14, 2023 / 9:30 AM / Updated 2 hours
    # ago": Reuters' page) is read as the date and leaves the body; a line that is only a
    # time ("9:30 AM UTC") under a date line without one times it and leaves the body
    # (fx31c, nu29 #6; digest unchanged: the fixed corpus has none; the shared corpora in
    # four layouts, 97,212 extractions, and their 60,417 distinct lines of up to 120
    # characters read as dates: none changes; bench.outlet_lines --split tune and the messy
    # set's held-out seed 6 unchanged)
    # articles 17: a web page without og:site_name whose host the outlet table knows gets
    # the table's outlet even when that outlet is named like a host ("FactCheck.org"): a
    # "| Valley Gazette" title suffix no longer beats it (the session 30 integrator's; a
    # hypothesis example of test_webpage found it; the fixed corpus has no web page; the
    # shared corpora are JSON records, never pages). One bump with fx34c's: Reuters' credit
    # line closing a text ("(Reporting by A; Editing by B)", also "...; French version by
    # C, edited by D") names the outlet when nothing else does; Le Devoir, La Presse, Le
    # Figaro, Libération and El País join the outlet table (fx34c, nu31 #10). Digest
    # changed: seed 001 is Reuters (was no outlet). The shared corpora as body alone and
    # title over body, 48,606 extractions: no outlet changes
    # articles 18: a dateline with its day in full ("WASHINGTON, Oct. 19, 2021 (AP) —",
    # "LONDON, 19 October 2021 -", "PARIS, 2021-10-19 —", a weekday before any) is read and
    # dates the article (the head's date lines first); a credit the table does not know in
    # a dateline, before its dash ("WASHINGTON (Valley Gazette) —"), names the outlet (fx35a,
    # nu32 #10; digest unchanged: the fixed corpus has none; the shared corpora's 24,303
    # bodies as text alone: 2 change, both newsarticles "LOS ANGELES (Variety.com) -" now
    # give Variety.com, no date or dateline changes; the messy set's held-out seed 6 the same)
    # articles 19: a JSON Lines record without an id is keyed by its url (a url on two or
    # more records of a file: each "url#" and a digest of its title, date and body, fx36a,
    # rv32 #2: "url", "url#2" by order moved a note), else by "file:" and that digest, no
    # longer by its line "file:N" (jr32, lf31 #2: a line dropped above moved a note to
    # another record; 19 unreleased when fx36a changed it: no further bump). Digest
    # unchanged: the fixed corpus has no JSON Lines file;
    # ids change, so a bump (an index built before is rebuilt, its ids the new ones)
    # articles 20: a fetched page's sidecar feed_title is the outlet and feed_author the
    # byline when nothing else gives one (fx38, nu34 #2); an "Outlet, Place" line under a
    # byline names the outlet and the dateline, a "Related Topics" list and a "We need your
    # support" appeal are debris (fx38, nu34 #3). Digest unchanged: the fixed corpus has no
    # sidecar nor such lines; the shared corpora's 24,301 articles: no body, outlet, byline
    # or dateline changes; the messy set's held-out seed 2 the same. fx40 (nu35 #3 #5): a
    # feed title cut at its separators and matched to the outlet table; a dateline's
    # accented capitals count as capitals ("BOGOTÁ (Reuters) -"). Digest unchanged: the
    # fixed corpus has no sidecar nor accented dateline; the shared corpora's 24,303 first
    # paragraphs: no dateline read otherwise. sr33, sp33: the text fields stemmed by Porter2,
    # not Porter ("investigated" and "investigate" one stem; the documents unchanged).
    # dt33: each document's new `timed` field (a date with a time of day) changes the digest
    # articles 21: a time stated as midnight is a time, kept one microsecond past it; a
    # generic feed title names no outlet (the feed's host does); an Atom <updated> alone
    # dates a page last, said "feed updated" (fd34, nu35 #12). Digest unchanged: the fixed
    # corpus has no stated midnight nor sidecar; over the shared corpora 1 of 24,303 dates
    # changes (Reuters reut-15370, "1987-04-09T00:00:00", now timed)
    # articles 21 (fx44, nu36 #2): a sidecar's bad value leaves out that field only.
    # Digest unchanged: the fixed corpus has no sidecar with a bad value
    # articles 21: fx45 (nu36 #10): a stray NUL byte dropped, not the text; a page title
    # of a separator and its outlet alone is no title; a .md's "# Heading" under a front
    # matter title leaves the body; a headline of two sentences (up to 30 words) over its
    # outlet and date lines is the title. Digest unchanged: the fixed corpus has none; the
    # shared corpora's 24,303 articles as .txt "title/outlet/date", "title/date" and body
    # alone, 72,909 extractions: 2 change, the walkthrough's own Washington Post article in
    # the first two layouts (/tmp/fx45/measure.py). fd34 bumps to 21 this session too.
    # articles 21 (fx46; fd34's bump to 21 the same session: one bump): a plain text's
    # first line in capitals, alone over a blank line and the story, is its title (nu37 #3);
    # a BBC-style call for readers' stories at the end of the text is debris (nu36 #10); a
    # web page's author field keeps only the people, the place after the outlet the
    # dateline (nu36 #12). Digest unchanged: the fixed
    # corpus has none of these; the shared corpora's 24,303 records as JSON Lines: 32
    # newsarticles bodies change (BBC appeals), nothing else; the messy set's held-out seed
    # 6 (3,000 cases) the same but for its 18 appeal lines, now removed
    # articles 22 (fx66, nu39 #10): Reuters' sign-off alone on a text's last line ("REUTER",
    # "Reuter") names Reuters as the outlet when nothing else names one. Digest unchanged
    # (the fixed corpus's texts keep their outlets); the shared corpora written as .txt
    # (title, blank line, body), 24,303 texts: 18,719 Reuters texts go from no outlet to
    # Reuters, nothing else changes (/tmp/fx66/signoff_count.py)
    # articles 23 (fx75, nu40 #12): a desk or a columnist as a record's outlet gives way to
    # the outlet its address's host names in the table. Digest unchanged (the fixed corpus
    # has no such record); allsides_stories: 39 of 1,479 records change outlet, every one
    # right (columnists whose first word is a known first name, desks or none; "Rich Lowry"
    # stays: "rich" is no first name of the list); newsarticles: none. fx78 (nu41 #2, #3,
    # under 23): PREV/NEXT link rows and one-line appeals anywhere, "(Gulf Wire)" credits,
    # "Wire Digest"/"Daily Press" outlet lines (bench.outlet_lines held-out: 692 -> 724
    # right, wrong 5 -> 5).
    # Digest unchanged; over the 8,284 corpus bodies holding a navigation, appeal or wire
    # word, no line newly removed and no outlet changed (/tmp/fx78/measure.py, diff.py)
    # articles 24 (fx82, nu42 #3): a headline of a sentence or two (20 words, 140
    # characters at most) ending in "." or a closing quote mark, over a known outlet's line
    # and the text with no date line, is the title and the line the outlet. Digest
    # unchanged: the fixed corpus has none; see the fx82 commit for the corpora's figures
    # articles 24 (fx87, nu43 #8, with fx82's bump): a first line that is the given title
    # worded apart ("UPDATED: ...", "... & more", cut short, entities) is the headline, not
    # the first paragraph. Digest unchanged: the fixed corpus has none; the shared corpora's
    # 24,179 records as they are extract the same (see /work/wt/notes/fx87.md)
    # articles 24 (rv44, with fx87): a title-like first line that goes on past a sentence's
    # end stays the lede unless the title holds its words. Digest unchanged
    # articles 25 (fx97, nu44): a placeholder line opening the text ("Untitled", "No title",
    # "[no headline]") is removed and a given placeholder title counts as none (digest
    # unchanged: the fixed corpus has none; of the shared corpora's 24,303 records none has a
    # placeholder title or a placeholder first body line, so no title changes)
    # articles 25 (fx98, nu45 #2): a "Source:" trailer closing the text names a known
    # outlet when nothing else does, and leaves the body. Digest unchanged: the fixed corpus
    # has none; the three shared corpora as title + body .txt: 334 of 24,303 change, all
    # Al Jazeera's, none -> Al Jazeera (right), body less the trailer; 0 right -> wrong
    # (/tmp/fx98/measure.py)
    # articles 25 (fx103, nu46 #1 #5): a capitals first line over a table or a capitals line
    # is the headline; Reuters' sign-off run on to the last line, timed, dotted or lower
    # case. reuters21578 as title + body .txt: title right 18,698 -> 19,037 (0 right ->
    # wrong), no outlet 322 -> 162; newsarticles, allsides: no change (/tmp/fx103/oracle.py)
    # articles 26 (fx107): a wire's headline in capitals naming a newsletter is kept by the
    # newsletter rule's "headline" guard. Digest unchanged: the fixed corpus has none; the
    # three shared corpora as title + body .txt (24,244 records): 4 titles change, all
    # Reuters wrong -> right (derived from the lede -> the headline), no body changes, 0
    # right -> wrong (/tmp/fx107/bodies.py, diff.py)
    # articles 27 (fx117, nu50 #1 #2): a page's site name that is its headline is none;
    # JSON-LD gives outlet and byline (digest unchanged: the fixed corpus has no web page)
    # articles 27 (fx115): the wire's last datelines, a dateline only where the text opens,
    # bylines with the job after the name or two scholars, "free"/"now"/"today" no promo's
    # words. Digest unchanged: the fixed corpus has none (the corpora: see fx115's report)
    # articles 27 (fx118, nu50 #3 #4 #5): a long first line over its outlet/date line is the
    # headline; a headline's range of dates stays whole; "Maria Lopez | BBC News" under the
    # headline is byline and outlet. Digest unchanged: the fixed corpus has none; 7,760
    # records (newsarticles, allsides, reuters' first 2,500) x 6 head forms as .txt: 0 right
    # -> wrong in title, outlet, date (/tmp/fx118/measure.py, diff.py)
    # articles 28 (cp45, nu54 #6): a closing "Share this slide: ... Learn more" and a closing
    # "Learn more" link leave the body. Digest unchanged: the fixed corpus has none;
    # newsarticles: 165 slide tails and 195 links cut, reuters and allsides none
    # (/tmp/cp45/measure.py)
    # articles 28 (fx127): datelines shown as the text names the place ("MEXICO CITY" ->
    # "Mexico City"), "By NAME Role words, Outlet" bylines. Three corpora (allsides,
    # newsarticles, reuters' first 6,000) x 4 head forms as .txt: only the datelines' case
    # changes (/tmp/fx127/measure.py, compare.py)
    # articles 29 (rv59): "This article first appeared on Monday." (or "in April.", "in
    # Spanish.", "in Print on DATE.") names no outlet. Digest unchanged: the fixed corpus has
    # no such note; the three corpora have no "first appeared"-note line either (0 of 0)
    # articles 30 (st50, issue 16): a record without a date is dated by the day its
    # address's path names ("/2021/10/18/", "2021-08-19"). Digest unchanged: the fixed
    # corpus has no undated record with such an address; the three corpora have no such
    # record either (one undated record of 19,043 + 3,781 + 1,479, no address)
    # articles 30 too (rv60): no address day before 1991 (the web's first year). Digest
    # unchanged: as above; the three corpora's 1,274 address days are all from 1994 on
    # articles 31 (sp52, issue 18): a lost letter ("?", U+FFFD) inside a byline's name.
    # Digest unchanged: the fixed corpus has no such byline; nor do the three corpora (of
    # 24,301 articles none changes title, byline, dateline, outlet, date, body or removed)
    # articles 32 (cl43): a related article's teaser run into a paragraph ("READ MORE:
    # <headline>", DW's "You may be interested in reading this: <headline>") leaves the
    # body (`related_teaser`). Digest unchanged: the fixed corpus has no such teaser
    # (tests/index/test_related_teaser.py checks the cut; newsarticles: 295 cut)
    # articles 33 (rv63): no teaser's headline ends before a mid-sentence opener ("told The
    # Associated Press"). Digest unchanged; newsarticles' 295 cuts all the same
    # articles 34 (cl44): DW's dated related blurbs ("<teaser> (05.02.2017)") and share rows
    # run into a paragraph leave the body (`dated_blurbs`). Digest unchanged: the fixed
    # corpus has none run in (r5's "Tom Berg reports from Oslo. (01.09.2016)" is a paragraph
    # of its own, left whole); tests/index/test_dated_blurbs.py checks the cut
    # articles 35 (sp58): DW's lost-space dashes beside a cut row or box go with it; the
    # same digest (the fixed corpus has no row)
    # articles 36 (rv67): see below. articles 37 (fx159, nu63 #4): a line break in a given
    # title is one space. Digest unchanged: the fixed corpus has no such title, nor do the
    # three shared corpora (0 of 24,303 given titles); test_title_breaks_fx159 checks it.
    # articles 38 (cl45): a dash for a lost space is a space; the same digest (the fixed
    # corpus has no such dash)
    # articles 39 (rv71): "an ISIL-claimed", "Value-added", "the-guardian.com" keep their
    # dash, a chain after ",-" is read; the same digest
    # articles 40 (cl46): more lost-space dashes ("week.-The", "man-has", "garda\ufffd\ufffd-from");
    # the same digest (the fixed corpus has none)
    # articles 42 (rv74): paired compounds keep their dash; the fixed corpus has none
    # articles 43 (fx172): teasers before a group or a named person, AJ's "OPINION:" teasers,
    # a byline glued to a title's end, "Tuesday-in"; the same digest (the fixed corpus has
    # none): test_related_teaser_fx172, test_title_byline_fx172, test_lost_space_names_fx172
    # articles 44 (cl48): a question teaser reads on through its subject, "Increasingly" opens
    # a sentence; the same digest (the fixed corpus has none): test_related_teaser_cl48
    # articles 45 (nu74 #1): a label and an address on a line ("Source: https://…") is the url;
    # the same digest (the fixed corpus has none, nor do the three shared corpora' bodies):
    # test_labelled_url_line_nu74
    # articles 46 (st76): a stated date 2+ days before the address's day yields to it, and
    # "/2017/0313/" names a day; the same digest (the fixed corpus has no dated address
    # that disagrees): test_address_date's test_a_date_days_before_the_address_day_is_a_slip
    # articles 47 (fx173): "READ:" teasers and lists of them, an appeal's reported speech, a
    # sentence-like headline with its outlet; the same digest (the fixed corpus has none):
    # test_related_teaser_fx173, test_appeal_inner_speech, test_title_suffix_sentence
    # articles 48 (fx174, nu79 #5): a wire's dateline with its year, a capitalised city or a
    # country or the credit before the day, dates the text; the same digest (the fixed corpus
    # has none, nor do the three shared corpora: clean_dump 0 of 72,907 rows differ):
    # test_year_datelines_nu79
    # articles 49 (nu82): a weekday's abbreviation before a day ends no sentence a lede's
    # choice counts; the same digest (the fixed corpus has none, nor do the three corpora):
    # test_weekday_abbreviations_nu82
    ARTICLES: (49, "22997d6c09f3be2b7ea286a01b2dd486b440d5c02d9d26435f7412646472b1ad"),
    # articles 36: a share row inside a blurb box is cut once with it (rv67; digest
    # unchanged: the fixed corpus has no such box, nor do the three corpora)
    # articles 12: a JSON, front-matter or sidecar date in words ("March 3, 2017") is
    # read as a date line is (fx27b, nu27 #4; digest unchanged: the fixed corpus has none)
    # articles 11: a role, then a place after "By" ("By Columnist, New York") gives no
    # byline; a word shaped like a zone after a date with no time ("2021-10-04 STAT", "Oct 4,
    # 2021 BEAT") is no zone and the line no date, a real zone ("Oct 4, 2021 GMT", "EDT")
    # keeps it and no longer reads the year as a time (sm24; digest unchanged: the fixed
    # corpus has no such line; over the shared corpora none of 69,339 distinct lines of up to
    # 120 characters reads as a date before or after, and all 24,302 articles extract the
    # same byline, date, title, outlet, dateline and body; 10 is on main, so a bump)
    # articles 10: a person's role, then a name, after "By" ("By Staff Writer, Dan
    # McLaughlin") gives the name alone; "By Reporter, Jane Doe" no longer reads Jane Doe as
    # an outlet (sm23; digest unchanged: the fixed corpus has no such line, nor do the
    # shared corpora: none of their 129,281 lines of up to 200 characters is a byline, and
    # all 24,301 articles extract the same; one bump with fx25's:)
    # and a web page's published time is kept with its offset, in UTC (it was cut
    # to the day: nu25 #1), a UTF-8 page declaring latin-1 reads as UTF-8 (#6), a page
    # without og:site_name gets the table's outlet for its host (#2), front matter with a
    # bad date keeps its other fields out of the text (#4), "*STAT*, 2021-10-04" and
    # "*KQED*, 2021-10-04" give outlet and date (#3), a JSON record with a bad date is kept
    # without it (#9) (fx25; digest unchanged: the fixed corpus has none of these, the
    # shared corpora no page and no bad field, and 0 of their 60,944 lines of up to 120
    # characters reads otherwise for #3; 9 is on main, so a bump)
    # articles 9: an "Outlet, date" line whose name holds " - " ("*Guest Writer - Center*,
    # 2021-07-12") or is a desk dates the article and leaves the body (nu24 #1; fx24; digest
    # unchanged: the fixed corpus has no such line, nor do the shared corpora: 0 of their
    # 85,165 lines of up to 120 characters reads otherwise; 8 is on main, so a bump)
    # articles 8: the page's own date (article:published_time) beats a date in its canonical
    # address (/2017/02/12/) (nu23 #5); a Markdown "# Title" opening the text is its title,
    # an "*Outlet*, 2021-06-24" head line gives outlet and date (nu23 #3) (fx23; digest
    # unchanged: the fixed corpus has no page and no such header)
    # articles 7: a wire headline in capitals over an outlet, date or byline line is the
    # title ("BAHIA COCOA REVIEW", "U.S. TRADE DEFICIT WIDENS IN JANUARY"; a label in
    # capitals of one or two words is not); a derived title is not cut after an initial
    # ("U.S.", "St."); "Stand: 13.02.2017", "Mo 13.02.2017", "Datum 13.02.2017" and
    # "13.02.17" are date lines (fx22b; digest unchanged: the fixed corpus has none of
    # these; 6 is on main, so a bump: Reuters-style files and derived titles change; digest
    # as r14 of sp23, then of sq23, makes it)
    # (digest as r13 of sp22 makes it)
    # articles 6: a date line in French, German or Spanish ("1er mars 2021", "3. März 2021")
    # dates the article and leaves the body (fx18a; digest unchanged: the fixed corpus has
    # none, nor do the three shared corpora: 0 of their 60,944 short lines reads as one)
    # articles 6 also: a known outlet's short name or description in brackets gives the
    # table's outlet ("British Broadcasting Corporation (BBC)": BBC; fx18c; digest unchanged)
    # articles 6 also: "BBC", "British Broadcasting Corporation" and "BBC News" are one
    # outlet, "BBC News"; "DW News" is Deutsche Welle (fx19b; digest unchanged: the fixed
    # corpus names neither; 6 is on no landed main, so no bump); a German date in numbers
    # ("Veröffentlicht am 03.02.2017, 10:30 Uhr") is a date line (fx19b; digest unchanged:
    # the fixed corpus has none; of the shared corpora's 276,943 lines under 80 characters,
    # none reads otherwise)
    # articles 5: an outlet line with its short name ("One America News Network (OAN)"),
    # a headline with a word like "G-7" or cut at ":" or "," (fx17e; digest as r10 of sp18p
    # makes it: the fixed corpus has none of these; digest as r11 of sp18q makes it)
    # articles 4: a short headline in sentence case right over an outlet, date or byline
    # line is the title ("Café réouvert" over "Le Monde"), not a section label (fx17c; the
    # fixed corpus gains rules_rows r9, so every kind's digest changed, the others' rules not;
    # digest as r10 of sp18p makes it)
    # articles 3: one name per outlet ("The Harbour Times (Opinion)" is "Harbour Times"),
    # a desk label above a headline is not the title, "By Staff, Jane Doe" is Jane Doe's,
    # "2021-6-1" is a date (fx16a; digest as r7 of sp18n makes it: r1 now spells its outlet
    # and date so, which the rules before read otherwise: the date not at all; digest as
    # r8 of sp18o makes it)
    # articles 2: a staff line ("By staff, NPR") is the outlet, not a byline or body (fx15a;
    # digest unchanged by it: the fixed corpus has none)
    # 3: speaker guards (sp18k) and a body with combining accents read composed (wk6)
    # 4: a state's abbreviation and PREV/NEXT labels are no speaker (fx14; digest unchanged:
    # the fixed corpus has neither)
    # 5: a quote given to no name ends a run, an opening participle, a title's subtitle,
    # an outlet that reported a quote
    # (sp18m; the fixed corpus gains rules_rows r6, so every digest changed)
    # 6: a name an apposition calls a person's, a person "of" a firm (sp18n; the fixed
    # corpus gains rules_rows r7, so every digest changed)
    # 7: a bare surname of two full names only initials tell apart ("George W. Bush",
    # "George H. W. Bush") stays bare (rv16; digest unchanged: the fixed corpus has none)
    # 8: a pronoun resolved to a name written far back, with four or more others named since,
    # gives no speaker (sp18o; the fixed corpus gains rules_rows r8, so every digest changed;
    # and r9 of fx17c)
    # 9: "it said" (or "he said") resolved to a body's acronym gives no speaker (sp18p; the
    # fixed corpus gains rules_rows r10, so every digest changed)
    # 10: "he" or "she" never points back to a place, body or title a speech verb made a
    # person's name ("from Nashville, Tennessee, said"), nor is a people's adjective a
    # speaker (sp18q, `index.analysis.persons`; the fixed corpus gains rules_rows r11, so
    # every digest changed)
    # 11: "he" or "she" no name before fits goes to the person whose name opens the
    # sentence before the quote; "in Glasgow she said": a pronoun right before its verb is
    # its subject; a first name that is a place's opens a two-word name ("Paris Hilton");
    # a platform ("on Twitter") is never who "he" is (sp19; the fixed corpus showed none,
    # so it gains rules_rows r12, and every digest changed)
    # 12: a stock phrase (a clip of four content words or fewer, under half the longer
    # quote) joins a longer quotation by another speaker only within three days of it
    # (qg19, `quote_stock`; digest unchanged: the fixed corpus has none)
    # 13: "he" after a sentence whose subject is someone unnamed who speaks ("An official
    # ... told reporters") is no one named; "the premier" opening a sentence is the one named
    # so; an attribution whose verb opens its own clause ('Schiff said that "..."') or an
    # outlet's "said" after a partial quote is not the quote's; a one-word name that is
    # only a role ("The PM insisted") is no name (sp22,
    # `index.analysis.unnamedsince`; the fixed corpus showed none, so it gains rules_rows
    # r13, and every digest changed)
    # 14: "he" after a name inside an unnamed speaker's phrase ("the aide to Lyng said") or
    # after an unnamed official brought in mid-sentence (", an official with the city
    # authorities told TASS") is no one named; "says the president" is the last speaker an
    # apposition called so ("Kaddu Sebunya, president of the AWF") (sp23,
    # `index.analysis.unnamedholder`, `speakerapposed`; the fixed corpus showed none, so
    # it gains rules_rows r14, and every digest changed); still 14, unreleased: an indefinite
    # pronoun, a law's name or a sentence-opening "Asked"/"Primarily" is no speaker (sq23,
    # `index.analysis.speakernoone`), and "said Greenstein of Bear Stearns" is Greenstein's
    # (`speakerof`; r14 gains such lines: every digest changed)
    # 15: "the Kremlin spokesman said" is the person named with that title before (Dmitry
    # Peskov), a family name said alone ("Yi says") the person it leads ("Yi Xiaozhun"), not
    # one it ends ("Wang Yi") (sp24, `speakerbodies.voice_of`, `familyfirst`; r15 added to
    # the fixed input: every digest changed, the other kinds' as r15 of sp24 makes it)
    # 15: 'didn"t' (an apostrophe written as a double mark) is compared as "didn't", so its
    # reprint with "didn't" is one quotation, no longer one unlike in negation (qg24,
    # `quotes.compared_words`; digest unchanged: the fixed corpus has no such apostrophe;
    # sp24 bumps 14 -> 15 too: the integrator merges the two as one bump)
    # 16: a dash for a lost space by a speech verb (',"-said-GSEE Secretary X', 'chief,-said'),
    # 'X, White House budget chief, said' gives X, 'said NBC spokeswoman McClaine Ramsey' the
    # person, a body closing a long description after a name is not the speaker, a name after
    # a kind of business ('dairy producer Royal FrieslandCampina') is never "he" (sp26); and in
    # the same bump two quotes whose end and start overlap by 8 to 11 words are one quotation
    # when their articles give both to one speaker (by surname) within three days (rp23,
    # `quote_links.SAID_OVERLAP`, `quote_stock.said_together`; newsarticles: 9 groups joined,
    # one clip left apart; two bodies, "White House" and "Opera House", are not one speaker:
    # rv23). Digest unchanged: the fixed corpus has none of these
    # 17: "the statement said" (or "the agency said") with no statement brought in before
    # is the body the sentence before the quote has report ("..., the X Agency reported.")
    # (sp27, `speakerreporter`; digest unchanged); and in the same bump a compound with or
    # without hyphens ("do-nothing-ism") is no edit, a negator said twice ("no, repeat, no,
    # use") is not one added, and a clip of 8+ words whose first words also come earlier in
    # the longer quote is found where it matches (partial ratio >= 85) when the first
    # alignment misses it (rp24, `quote_relation`; newsarticles + allsides: 7 groups joined,
    # none split; all read; digest unchanged: the fixed corpus has none of these); still 17,
    # unreleased: "the company said" goes only to a body whose name holds "company", never
    # to an outlet ("Reuters reported"), nor to a body after a quote with no double quote
    # before it (fr24, rv24 #1, #2; digest unchanged: the fixed corpus has none of these)
    # 18: a clip whose words lie inside a phrase the longer quote itself quotes (single
    # marks inside double, or double inside single) is no clip of it (qn25, nu26's "now is
    # not the time", `quote_cited`; newsarticles + allsides: 8 groups split, none joined;
    # all read); and in the same bump a clip of 8+ words inside quotes of two groups that
    # all name one speaker (or none) and ran within three days joins them: one statement
    # quoted in parts (qn25, `quote_stock.one_statement`; 7 groups joined, none split; all
    # read). Digest unchanged: the fixed corpus has none of these
    # 19: a bare surname takes a full name written later only where that name opens its
    # sentence as a speaker or stands in the attribution ("his wife, Ivanka Trump" no
    # more); "CNN Trump", "Like Trump", "Does Trump", "Meeting Lina" are no full names
    # (fx27a, nu27 #1; newsarticles + allsides + reuters: 99 records of 34 articles change,
    # every speaker pair read; bench/README.md round 27). Digest unchanged: the fixed
    # corpus has none of these
    # still 19, digest changed by the store's format 5 (fx28c): its side files shared.tsv and
    # shared-groups.tsv and toc.json's "shared_words" (`quote_shared`) are new files of the
    # same quotes; no rule changed: without them and with toc.json as format 4 the folder's
    # digest is 19's before, 0e7bf0bd... An index of format 4 reads its members.tsv instead
    # 20: a place or party describing a named person is no speaker ("Charles E. Schumer,
    # New York Democrat, said"; "Sen. Brian Schatz (D., Hawaii) said"; "the ambassador in
    # Kuala Lumpur who accused"), two joined by "and" speak together ("Washington and
    # Minnesota"; not inside a title or a body's name), a title's "of" takes one word
    # before the name ("Chief of Staff Reince Priebus"), "Un" is no "UN" ("Kim Jong Un"),
    # "Judge Belvin Perry Jr." keeps its given name, "CNNMoney Trump" / "AP Trump" lose the
    # outlet's letters, "Inspector-General of Police" before "Khalid Abu Bakar" is a title
    # (sq26, issue 18, nu27; newsarticles + allsides + reuters: 76 records of 44 articles
    # change, every pair read; bench/README.md round 28). Digest unchanged: the fixed
    # corpus has none of these: 20's digest is 19's with format 5, 2f1adbbe...
    # quotes 21: two quotes of one length are one quotation or not whichever comes first
    # (`quote_relation.shorter`; a clip one way only split what the reference joins: ci67's
    # fresh draw). Digest unchanged, and newsarticles + allsides + reuters give the same
    # store byte for byte (`python -m bench.quotes_store_same --reuters -1`); a bump, as an
    # older store may hold such a pair either way. And (21 not landed before it): each
    # quote's whole text is kept among its shingles (`quote_links.whole`), its bucket always
    # looked in, so a quotation reprinted more often than `COMMON_SHINGLE` is one group
    # (nu28 #8: 900 copies made 500 groups). New digest: the shingle segments hold the new
    # numbers; groups.jsonl and members.tsv of newsarticles + allsides + reuters are the
    # same byte for byte (`bench.quotes_store_same`)
    # 22: one speaker's statement quoted in parts joins through a clip of five to seven
    # words too, when all its quotes ran within a day of each other (eight words or more:
    # three days, as 18) (rp27, `quote_stock.SHORT_STATEMENT_DAYS`; newsarticles + allsides:
    # 3 groups joined, none split, all read right (Trump's "nobody that I know of", Rutte's
    # "the wrong kind of populism", Schiff's "circumstantial evidence of collusion"); a
    # three-day window joined a fourth, two Spicer statements sharing "a fair, up-or-down
    # vote"; reuters: none). Digest unchanged: the fixed corpus has none of these; still 22,
    # unreleased: a clip of five to seven words that is the longer quote's words in two runs
    # with one to three words cut between them is a clip ("abundantly clear we didn't have
    # air cover") (rp27, `quote_relation.SHORT_CUT_WORDS`; newsarticles + allsides: 13
    # groups joined, none split, all read: 11 one quotation, 1 arguable (a manager's "not to
    # cross picket lines" and his company's statement in one article), 1 wrong (two Scottish
    # Greens, two days apart, "putting our (own) future in our own hands"); reuters: none;
    # digest unchanged; 21's whole-text shingles give the digest)
    # and, still 22 (fx30a): a dateline, or a town and its state ("RIVERTON, Calif.
    # (AP) —"), is never
    # a speaker ("WASHINGTON (Reuters) - The U.S. Department of Homeland Security has
    # issued ..., saying": the Department); whoever a
    # paper quotes speaks ("X was quoted by the local daily al-Qabas as saying": X; "he
    # was quoted by Kyodo as saying": he); a common noun or fragment is no name
    # ("Engineers", "Police" for "It said", "His Holiness", "It" of "It girls"), a body's
    # whole name is ("Russia's General Staff", "Business in the Community"); ", to say"
    # attributes nothing (fx30a, issue 18, nu28 #2 #3 #4; newsarticles + allsides +
    # reuters: 38 records of 28 articles change, every one read; bench/README.md round
    # 30). Digest unchanged: the fixed corpus has none of these
    # quotes 23 (sp28, issue 18): a body's acronym or a party in parentheses closing the
    # phrase before the verb glosses the person named before it ("Clara Brandi of the German
    # Development Institute (DIE) told": hers, not "DIE"; "Kate Brown (D)"), not a body that
    # speaks itself ("the ... Center (SPLC) said"); "said [former] BODY role-words First
    # Last" is First Last, the body the description ("said former Foxes striker Gary
    # Lineker"); a quote goes on after its speaker's own attribution although that names a
    # body (a name in the attribution is no new person). newsarticles + allsides + reuters:
    # 77 speakers change (87 articles' JSON), every one read (bench/README.md, round 31).
    # And, still 23: capitalised words joined by "&" are one name ("AT&T", "Food & Water
    # Watch"), so is an "and" inside one body's name ("Bloomfield Savings and Loan
    # Association"; not two bodies, a person of a body, an owner), and "Dallas-based" is no
    # word of a name (18 more speakers change, every one read: 15 better, 3 the same);
    # "First City said" is First City, not City (7 more, all better).
    # Digest unchanged: the fixed corpus has none of these
    # quotes 24 (gr29, issue 18): two renderings of one statement (translations,
    # paraphrases: 6+ content stems shared, 0.38+ of all, negated alike) are one group when
    # one person (by surname; no body) or no one is named for each, in two outlets, within
    # three days (`quote_paraphrase`). newsarticles + allsides: 9 groups joined, 0 split,
    # all read right; reuters: none (bench/README.md, gr29). Digest unchanged: the fixed
    # corpus has no such pair
    # and, in the same 24 (fx32c, nu30 #2): "he" does not reach back to the name that leads a link's
    # teaser ("OPINION: Kim Jong-nam attack reveals ..."; `speakerteaser`); a bare family
    # name put first with a title ("Ambassador Kim") is not the fullest name of another of
    # several Kims; a work's title with commas after "a book ... called" is no quotation.
    # newsarticles + allsides + reuters: 12 quotes change, every one read: 10 better, 2 the
    # same, wrong before and after (bench/README.md). Digest unchanged: the fixed corpus
    # has none of these
    # and (fx33q, rv29 #5): a teaser's label is a section word ("OPINION", "READ MORE"), not
    # any capitals: "ISLAMABAD: Imran Khan ..." is a dateline. All three corpora: 1 quote
    # changes, wrong before and after (a subheading "GCHQ: Wiretap claims ...": Sean Spicer,
    # now Wiretap; the Downing Street spokesman said it). Digest unchanged
    # and (fx33q, rv29 #4): no paraphrase when each quote holds a place, people or number the
    # other lacks ("... President Xi of China" / "... Abe of Japan"). All three corpora: the
    # store is byte for byte as before (`quotes_store_same`). Digest unchanged
    # and (fx33q, rv29 #3): renderings join into one group only while it names one surname
    # at most and spans STOCK_DAYS at most (an unnamed one no longer chains Putin's and
    # Peskov's). All three corpora: store byte for byte as before. Digest unchanged
    # quotes 25 (fx34c, nu31 #4 #8): an institution's common noun alone ("Office") is no
    # speaker: the whole name the text writes is given ("Attorney's Office", "EC's
    # Executive Commission" for a later "it said"), else no one ("the state attorney's
    # office"); a law's name in quotation marks (Florida's "stand your ground" law) is no
    # quotation; "she" after "Mrs DeVos" is the one namesake of her gender named before
    # (not her husband Dick, named later); the group text drops the opening mark of a
    # paragraph a quotation goes on to ('Secretary. "Let's improve'). newsarticles +
    # allsides + 3,000 reuters: 17 speakers change, all read better or no worse ('Office'
    # -> none twice), 6 quotes ("stand your ground") gone, 129 texts lose a mark;
    # bench.quotes_eval unseen unchanged (right 1626/1705, given 75.3%), all: right
    # 3670 -> 3671. Digest unchanged by these;
    # it moved with articles 17 (seed 001's outlet, Reuters, is in the quotes' rows)
    # quotes 26 (lf31, fx34c's leftovers): "the report said" after "..., X said in a report"
    # is X's (the name that speaks in that sentence), not the first name in it ("Malaysia
    # Airlines"); a person's noun capitalised before two or more names is a role
    # ("Witness Ashad Russell" is Ashad Russell); `speakers` lists a body's whole name after
    # "the"/"of" whole ("Office of the Dutch Attorney General", not "Dutch Attorney
    # General"). newsarticles + allsides + 3,000 reuters: 6 articles, 12 speakers change,
    # all read: 11 better (Office of the Dutch Attorney General x2, Kremlin x2, White House,
    # AB Bofors, Ashad Russell x5), 1 wrong before and after (na-2306: Fergus Sweeney ->
    # News; the Coast Guard said it). bench.quotes_eval unseen right 1626 -> 1627/1705,
    # given 75.3% unchanged; all right 3671 -> 3672. Digest unchanged: the fixed corpus has
    # none of these
    # also in quotes 26 (tr31, issue 18: x05, x02): a double mark written as two single marks or two
    # backticks ('"... hard.\'\'', "``...''", "''...''") opens and closes a quotation, not
    # an apostrophe ("Qalandar''s") nor inches (5'8''); the lost character '"?' between
    # words inside an open quote is an apostrophe when the paragraph's next double mark
    # closes after punctuation ('other countries"?policies ... change,"'), and after a space
    # before a lower-case word it is a dash, no opening mark ('bill "?the American Health
    # Care Act"?would'). newsarticles: 247 articles' quotes change (allsides, reuters
    # none): 354 spans gone (mostly narration opened at a dash, or quotes cut at one), 228
    # new (mostly those quotes whole), 10 speakers change; 19,881 -> 19,755 quotes; grouping:
    # 8 groups joined, all read right, 2 split (r03; a dash span in a transcript), all read;
    # bench/README.md, tr31. Digest unchanged: the fixed corpus has none of these
    # quotes 27 (gq32, issue 18: x03, r03): two renderings carrying the same names and
    # numbers (two or more, the same set), sharing 6+ content stems, 0.25+ of all and 4+
    # besides the names, negated alike, are one statement when one speaker is named (a body
    # too) on one side or both, in two outlets within three days, and not when one side has
    # a word of an antonym pair ("rose", "highest") and the other its opposite alone
    # (`quote_paraphrase.named`, `opposed`, `said_alike(anyone=True)`; speaker and direction
    # guards by fx36b, rv32 #3, in the same unreleased bump); a quote that is another's
    # words with an aside of 1-10 words inserted (at most half the words around it) is a
    # clip of it (`quote_relation._aside`).
    # newsarticles + allsides + reuters, grouped with the rules and without (one process):
    # 2 groups joined (Sasse quoting Gorsuch = r03, VEB's statement = x03), 0 split, both
    # read right. Digest unchanged: the fixed corpus has none of these
    # the same bump, quotes 27 (sm32, fx35a's leftover): a dateline with its day in full
    # ("WASHINGTON, Oct. 19, 2021 (AP) —", "LONDON, 19 October 2021 -", a weekday before; the
    # articles read it since articles 18) is dropped before a sentence's subject is read, as
    # "RIVERTON, Calif. (AP) —" was: "Residents ... said" under one gave the speaker "WASHINGTON".
    # newsarticles + allsides + 3,000 reuters: the same JSON for every article (`bench.quotes_same`:
    # no lede there has such a dateline); bench.quotes_eval unchanged (unseen right 1634/1712, given
    # 75.3%; all right 3691/3835). Digest unchanged: the fixed corpus has none; a bump, since
    # constructed text changes (tests/analysis/test_quote_speaker_year_datelines.py)
    # quotes 28 (qg33, issue 18): two short renderings sharing 5 content stems at 0.6 or more
    # of all are paraphrases (`quote_paraphrase.CLOSE_SHARED`, `CLOSE_SHARE`: x05); a
    # paraphrase going opposite ways ("rose"/"fell", `opposed`) is none; one body named on
    # both sides (`quote_paraphrase.who`: "Defense Ministry of Russia", "Defense Ministry")
    # speaks for two renderings (x16; a body and no one still do not join: that joined two
    # passages of one ECJ ruling); quotes sharing two shingles, too few for a clip or an
    # edit, are compared as renderings alone (`quote_links.LOOSE`: p31); a news agency given
    # as speaker ("IRNA") is no one (p25). newsarticles + allsides + reuters against quotes
    # 27: 6 groups joined (x05, x16, p31, p25, x09's two long translations, KCNA's and Kim's
    # statement), 0 split, all read right. Digest unchanged: the fixed corpus has none
    # quotes 28 (qa33, issue 18): a quotation whose sentence names its words' first author by a
    # possessive and a noun of speech ("Mr Trump's promise of '...'", "Trump's '...' tweet",
    # "in Schumer's words") is that author's (`speakerauthor`); see the qa33 commit for the
    # speakers changed over the corpora and the labelled figures. Digest unchanged: the fixed
    # corpus has no such sentence (tests/analysis/test_quote_attribution_rules33.py)
    # quotes 28 (qb33, issue 18: nu34 #3, #4, #10): a title that is one person's whole name
    # ("the Dalai Lama") is a person "he" may point back to, and "His Holiness" the person
    # of that style the article names (`honoured`); a speech verb after "and" (or a noun
    # that reads as one) whose clause opened on a name and its own past verb is that name's
    # ("Judge Robert Pitman granted the Biden administration's request ... and denied ...,
    # saying", `speakercoordinated`); a lost mark after a sentence's stop before a capital
    # ("businesses.\ufffd?The former CEO") closes the quote open before it (`lostclose`).
    # newsarticles + allsides: 12 quotes change in 4 articles, all read right (na-0046 x8,
    # as-5638-right x2, na-3226, na-0227's span); reuters: see the qb33 note.
    # bench.quotes_eval unchanged. Digest unchanged: the fixed corpus has none of these
    # quotes 28 (qn33, issue 18: na-2596): a lone surname of a person named before by a
    # person's title ("President Trump's ... Trump decried") is a mention "he" may point to,
    # and past a place "he" takes the person described in the place's own sentence
    # (`persons._owner`); 12 quotes change in 6 articles, all read: 11 right, 1 wrong -> none.
    # bench.quotes_eval unchanged. Digest unchanged (test_quote_attribution_rules28c.py)
    # quotes 29 (fx48, nu37 #2): an edit or a clip that is reworded (the shorter's words not
    # the longer's in order, `quote_relation.in_order`) joins nothing when two different
    # people are named, one on each side, more than `STOCK_DAYS` apart
    # (`quote_paraphrase.named_apart`); a clip so barred still counts as lying in that
    # quotation (no two-groups clip joins the other alone). All three corpora against
    # quotes 28 (bench.quote_joins): 0 joined, 9 split, all read (see the fx48 note)
    # quotes 30 (qg35, issue 18: t43, m36): a clip inside quotes of two groups that joins its
    # speaker's quotation is no longer kept out by an edit of it, one group with it, that no
    # quote contains ("ready to die" beside "here to die"). All three corpora against quotes
    # 29 (bench.quote_joins): 3 joined, 0 split, all read (see the qg35 note). Digest
    # unchanged: the fixed corpus has no such clip
    # quotes 30 (fx55, nu38 #1 #2; qg35 bumps to 30 too): common words (4 words or fewer,
    # 1 content word or none: "This is a disaster!") join only under one surname, within a
    # day or in one outlet (bench.quote_joins over the corpora: 8 split, 0 joined, all read
    # right; quote_reprints 466/503 unchanged); a one-word name a speech verb marks is a
    # mention where it leads its sentence (19 speakers change over the corpora, all right).
    # Digest unchanged: the fixed corpus has none of these
    # fx59 in the same 30: a name after an
    # opening clause is its sentence's subject, a hashtag no name, a quote opened after "X
    # said," X's (13 speakers change over the corpora, read: 9 right, 1 wrong to none, 2
    # wrong to wrong, 1 right to none); digest unchanged
    # fx70 in the same 30: "he"/"she" passes over a one-word place or body that "says" to a
    # person named before (2 speakers change over the corpora, both right); digest unchanged
    # quotes 31 (qg36, issue 18: v49, v58): one statement quoted as two next quotes by one
    # outlet and as one by another is one group (`quote_parts.join_parts`). All three
    # corpora against quotes 30 (bench.quote_joins): 4 joined, 0 split, all read right (see
    # the qg36 note); and in the same 31 a telling's own words (10+) run alone within a day
    # are a clip of it (`quote_cited.told`): 3 joined, 0 split, all read right; and two
    # quotes sharing 7 words in a row one region (`quote_relation.RUN`): 5 joined, 0 split,
    # all read right. Digest unchanged: the fixed corpus has none of these; and in the same
    # 31 (fx74, nu40 #3): a place before role words names no speaker, "Ahead" no name, a
    # given name alone the one person it opens (428 speakers change over the corpora: 402 a
    # one-word name to the article's full name, 18 a place to none, "U.S." to Biles/Yeutter,
    # "United States" to Trump; wrong: 1 to none, "Ford Taurus"); digest unchanged
    # still 31, digest changed by parts.tsv (qr37, issue 18): each article's quoted-part
    # digest, a new file of the same quotes for a rebuild to reuse; no rule changed: the
    # other files are byte for byte as before (without it the digest is 31's, 9451c71b...)
    # quotes 32 (sp37, issue 18): "X of <place>", "Name, <title> of <Body>," name the person;
    # an -s speech word after a preposition is a noun; a verb in an if/why clause of reported
    # speech speaks for no one; "Abu" goes on a name; a reporting clause after its clause
    # ("..., the president noted") and role words after capitals ("The US president") are
    # the subject (53 speakers change over the corpora, read: see the sp37 note)
    # quotes 32 (qg37, issue 18: u24): a quote quoting another after "he said," keeps its
    # words up to that mark, a title's stop ends no sentence, a lost character between
    # words keeps a quote open past apostrophes spelled as marks, "called" and its kin in
    # an opening clause name no speaker. newsarticles + allsides: 8 quotes new, 2 gone, 5
    # longer, 5 speakers change (all read); reuters none; grouped (this tree's grouping,
    # three corpora): 1 joined (u24), 0 split. In the same 32, two quotes of one speaker
    # within `STOCK_DAYS` sharing 11+ words in a row are one group (`quote_unions.said_run`,
    # u75; bench.quote_joins: 3 joined, 0 split, all read right). Digest unchanged: the
    # fixed corpus has none
    # quotes 32 merged (int37): sp37 + qg37 together, with qr37's parts.tsv, make this digest
    # quotes 33 (sp38, issue 18): a quote quoted in turn after "<subject> said," is that
    # subject's; "Surname of Body said" is the person named in full before; "Bancorp" and
    # its kin are a body's words; a title before "Name of Body" describes the name; a
    # passive's "by" agent speaks. Three corpora: 8 + 14 speakers change, all read (see the
    # sp38 note). Digest unchanged: the fixed corpus has none
    # quotes 33 (fx98, nu45 #3): carriers listed as `first_dated` orders dates, named
    # outlets first of one date. Digest unchanged: the fixed corpus has no such tie
    # quotes 33 (sp39, nu45 #4): accents lost to U+FFFD, "TD"/"Taoiseach" titles, a party
    # word before a name, "a Senate Democratic leadership aide", "in Hamilton, New York", "After
    # leaving Kent,", "Speaker of the House Paul Ryan". Digest unchanged: the fixed corpus has none
    # quotes 33 (sp40, nu46 #6): sentence adverbs, "Act" alone, "because it said", "X of
    # Kidder, Peabody and Co.", "X of E.F. Hutton Co." whole, "Bank"/"Holdings" alone.
    # Three corpora: 41 speakers change, all read, 0 right->wrong. Digest unchanged
    # quotes 34 (qg39, issue 18: u15, v22): `said_run` counts a run past one word one quote
    # adds (two runs of 4+ words). Three corpora (bench.quote_joins): 2 joined, 0 split, both
    # read right; "UK" and "U.K." compare as "United Kingdom" (p16): 1 joined, 0 split, read
    # right. Digest unchanged: the fixed corpus has none
    # quotes 34 (sp42, nu47 #5): a time phrase after a name, an adjective before it, a
    # person's own document, a participle after earlier quotes, a coordinated verb, a
    # signature line. allsides + newsarticles: 72 speakers given anew, 2 changed (all read,
    # see the sp42 note). Digest unchanged: the fixed corpus has none
    # quotes 34 (sp41, nu47 #1-#4, #7): an "As X tried to speak," clause, "is told", "is
    # heard saying", a possessive subject after ", and a ...", a role of a body ("czar"), an
    # ordinal title, initials' dots, "U.S." alone, "X and Co" a firm (digest unchanged: the
    # fixed corpus has none; newsarticles + allsides: 78 speakers changed, 55 of them dots)
    # quotes 35 (qg40, nu47 #6): a clip of three or four words joins the quotation around
    # it on evidence (`quote_short`). Three corpora (bench.quote_joins): 145 joined, 0
    # split, read: 139 right, 5 wrong, 1 of extraction fragments (bench/README.md, qg40).
    # Digest unchanged: the fixed corpus has none
    # quotes 35 (sp45, issue 18): a time phrase after a one-word place, "Beijing", a colon
    # after a person's clause, "a reaction from X", "then-prime minister X" (digest unchanged:
    # the fixed corpus has none; newsarticles + allsides: 14 speakers changed, all read)
    # quotes 37 (sp48): "King X of Y" is X, "It said" after "The communique said", "by X at his
    # news conference" (digest unchanged: the fixed corpus has none)
    # quotes 38 (sp50): the same digest as 37 (the fixed input has no namesakes, no "it said
    # in a" after an object, no link); the corpora's speakers change (60 of 31520)
    # quotes 39 (sp51): lower-case bodies and "the spokesman said"; the same digest (the
    # fixed input has none)
    # quotes 40 (sp52): a "?" for a lost letter inside a name (digest unchanged: the fixed
    # input has no lost letter; the corpora's speakers change: 23 of 31520)
    # quotes 41 (rv62): a "?" before a word's last "s" is a lost apostrophe, not a letter
    # (digest unchanged; the three corpora hold no such "?": their speakers are unchanged)
    # quotes 42 (sp53): a channel opening the sentence is not the speaker; "the company
    # said" is the one firm that spoke; the same digest (the fixed input has none)
    # quotes 43 (sp55): an "Author:" line glued to the next paragraph is no part of a
    # speaker's name; the same digest (the fixed input has none)
    # quotes 44 (sp56): "the company said" after a firm named without a suffix, "the
    # statement said", the vote over spellings; the same digest (the fixed input has none)
    # quotes 45 (rv65): "statement" inside the very quote "the statement said" attributes
    # names no statement; "the company said" is no news outlet's ("CNN reported"); the same
    # digest (the fixed input has none; speakers of the 1,036 corpus articles saying "the
    # company/firm/statement said/added/says": 0 of 651 differ)
    # quotes 46 (sp57): "& Co" firms whole, a lone firm that said; the same digest (the
    # fixed input has none; the three corpora: 2 speakers none -> name, both right)
    # quotes 47 (sp58): a speaker's lost-space "-also" tail goes, "PGNiG" is a firm
    # quotes 48 (cl46): "Garda\ufffd\ufffd said" is the police, no one's name
    # quotes 49 (qp48, nu66): the words start past a lost mark after the opening one; a body
    # named over "for"/"on" speaks; the same digest (the fixed input has none; newsarticles:
    # 212 quotes' words start later, 5 quotes gain a speaker, 5 a whole body in their role)
    # quotes 50 (fx171, nu67 #10): "Council on Foreign Relations" one body in the name book;
    # the same digest (the fixed input has none; newsarticles + AllSides: 5 of 20,739 quotes
    # change, Reuters 4 of 10,786: "Relations" -> Richard Haas, 1 unresolved -> wrong, 7 a
    # body's whole name for its head or acronym)
    # quotes 51 (rv77): not over a person's name after "on"; the same digest (the corpora:
    # no quote changes, 30,917 read)
    # quotes 52 (nu70 #2): a name before a group's nouns, "Biden administration officials",
    # no speaker; the same digest (the fixed input has none; the three corpora: 2 of 31,525
    # quotes change, Biden -> unresolved, a role "Malaysian police officials" given)
    # quotes 53 (qp49): apposition reach 200, "Speaking to X," no speaker, "the police chief
    # said" is "police chief X", "X's Beijing visit" no speaker; the same digest (the fixed
    # input has none; the three corpora: 12 of 31,467 quotes change speaker)
    # quotes 54 (qp50, nu70 #1): "Biden repeatedly said" names Biden as "Biden later said"
    # does; the same digest (the fixed input has none; the three corpora: 0 of 31,525 quotes
    # change: the rule fires 7 times, each name already said twice or more)
    # quotes 55 (qp51): no abbreviation's stop ends an unclosed quote's first sentence; an
    # ellipsis after a word is no full stop before an attribution; the same digest (the
    # fixed input has none; the three corpora: 5 of 31,462 quotes change, read: 3 better,
    # 2 the same speaker or none)
    # quotes 56 (qp53): a wire's dateline with its year is no speaker; the same digest (the
    # fixed input has none; the three corpora: 0 of 31,460 quotes change)
    # quotes 57 (nu82): "said on Fri., March 20:" is one sentence; the same digest (the fixed
    # input has none; the three corpora: 0 of 31,460 quotes change)
    "quotes": (58, "1ac1420725abaa8af70c31de29c73c93341cab74ac141ad3a4a5366249f91cb7"),
    # 3: two full texts' likeness counted x1.3 in the clustering, the "long" flags (st16k)
    # (digest as r8 of sp18o, r9 of fx17c, r10 of sp18p, r11 of sp18q, r12 of sp19
    # r13 of sp22 and r14 of sp23, then of sq23, make it)
    # 4: a story's title is its most central titled article's, and an untitled story takes
    # the title of the first titled article added to it (fx22b, nu22 #6; digest unchanged:
    # every article of the fixed corpus has a title)
    # 5: an undated article joins the dated story it clearly belongs to (st23)
    # 6: an update asks the earlier undated articles again when a dated story changed, as
    # a rebuild does (un24, `story_reattach`; digest: r15 added to the fixed input by sp24; a build
    # is as before; ut24: a story of one undated article moved out is titled by it)
    # 7: an update places a new article by its average over the story's articles of its
    # own kind (dated or undated, as a build links them), and an undated copy of articles
    # of two stories joins the one whose earliest article comes first, as a rebuild does
    # (tb23); an update titles the stories it changed as a build does, from every
    # article's title, which the model keeps now (`story_titles`; digest: that meta key;
    # the fixed corpus's titles are as before)
    # 8: an update groups again, as a build groups them, the stories that lost an article
    # or that a new one links: a removal splits the story its article bridged, an addition
    # joins the stories it bridges (st24, `story_split`; digest: a build is as before)
    # 9: an update's reattaching and regrouping scan each row's terms in the order the
    # build's (SciPy's) rows list them: the cosine of two copies is 1.0 as in a build, not
    # 0.9999999, so a near copy's rule applies as it does there (sd29; digest: a build is
    # as before)
    # 10: an address's headline slug counts only the words the article's own text has: a
    # BBC section's words ("world-us-canada") made two BBC articles alike and were listed
    # as shared (fx34b, nu31 #2; no story of the fixed corpus changes; the digest is
    # re-recorded with articles 17, fx34c: seed 001's outlet is Reuters now)
    # 11: a headline slug needs 4 words once numeric ids and codes are dropped: a section
    # path with an id ("entertainment-arts-38953862", "world-us-canada-38897507") and a
    # 3-word keyword slug give no words (sl31, issue 16; digest unchanged: no address of
    # the fixed corpus changes its words' stories; the full-text week's do)
    # 12: two wires of one outlet whose headlines name different countries count 0.7 of
    # their likeness in the grouping (ws32, `story_places`; digest: the model's place.npy
    # and its place_factor parameter are new; re-recorded in the same bump, unreleased:
    # "Russia"/"Russian" and "Soviet" are one country's key, rv32 #6, which changes a seed's
    # place.npy)
    # 13: near copies group as one article, the first text by date then digest, and count
    # once (their words' union) in the IDF and the rare terms; fingerprints hash the stems'
    # letters (sc33, sd33, issue 16, nu34 #5; the fixed corpus's copies change its weights)
    # 14: a series label ("TRIBE X - Ep.73") titles a story only when none of its titles is
    # a headline (fx57, nu38 #9; digest unchanged: no title of the fixed corpus is one;
    # allsides + newsarticles, 860 stories of 2+: 1 title changes); in the same bump, of two
    # stories holding as many of an earlier story's articles the larger takes its id (nu38 #5;
    # digest unchanged: it reads one build)
    # 15: two wires whose headlines name companies by ticker, neither naming (headline or
    # lead) the other's, count 0.2 of their likeness in the grouping (st39, issue 16, nu41
    # #1, `story_tickers`), as do one outlet's same headline (figures aside) on different
    # days (`story_daily`; digest: the model's ticker.npy, form.npy and factors are new)
    # 16: near copies of one outlet's same headline form on different UTC days are not
    # folded as one article in the grouping, unless word for word the same (a resend)
    # (st41, issue 16, `story_daily.not_copies`; digest: form.npy gains each row's text
    # digest, a third column; the fixed corpus's stories are unchanged)
    # 17: headlines of the issue form naming different issuers count 0.2 of their likeness
    # (st43, issue 16, nu46 #4, `story_issuers`), and companies and issuers are kept under
    # two hashes (digest: ticker.npy has 6 columns); rv51, within 17: headlines bracketing
    # one ticker are one issuer (digest unchanged; reuters21578: 5 pairs joined, all right)
    # 17: one outlet's same headline form on two UTC days is a daily report only on 3+ days
    # or within an hour of the same time of day (st44, issue 16, nu48 #3; digest: form.npy
    # gains each row's minute of the day, a fourth column; with st43's 6-column ticker.npy)
    # 18: a payout's kind word ("QTLY", "REGULAR", "IN") before the payout is no part of its
    # issuer, and a ticker with its exchange in round brackets ("(KGL.M)") names its company
    # (st46, issue 16; digest unchanged: the fixed corpus has neither)
    # 19: two lone articles of different outlets, each the other's clear best, join (st48,
    # issue 16, `linkage.pair_lone`); also two undated articles compared as if a day apart
    # (st49, issue 16, nu55 #2)
    # 20: two undated articles compared as if 1.5 days apart, not 1 (st50, issue 16: with
    # undated records dated by their address, 1.5 is the most recall at precision >= 0.95);
    # 21: two groups of one outlet the linkage left apart merge when their union averages
    # the threshold, cross >= 0.2 and >= 0.6 x the larger's own (st52, `linkage.reunite`;
    # digest: the model's params gain reunite_floor and reunite_ratio)
    # 22: the model keeps each row's copy digest (st63, issue 16, `story_copy_digest`;
    # digest: copy_digest.npy is new; the other files, and so the stories, are unchanged)
    # 23: a page of briefs counts 0.7 of its likeness to any article, "DRC" names DR Congo
    # in a headline (st65, issue 16; digest unchanged: the fixed corpus has no page of
    # briefs nor "DRC"; on newsarticles' slice C 4 wrong pairs fewer)
    # 24: an outlet's text saved twice (one outlet, title and words) counts once in its
    # story's title, in a build and an update's retitling (fx167, rv73 #3; digest unchanged:
    # no copy in the fixed corpus decides a title)
    # 25: an update's copies are a build's: the same-words chain of every row, an undated
    # group of copies asked again as one, an undated article leaving a dated story grouped
    # with the undated ones it links to (fx168; digest unchanged: a build is as before)
    # 27: an update's reattach finds an undated article's near copies by a passage held by
    # exactly 50 articles, as a build does (st84, issue 16; digest unchanged: a build is as
    # before)
    # 28: an update counts a passage's group (over 50 articles: boilerplate) as a build
    # does, new and stored articles each once (st87, issue 16; digest unchanged: a build is
    # as before)
    # 29: two full texts, one under an essay desk's address, count 0.7 of their likeness
    # (st88, issue 16, `story_genre.desk_weigh`; digest: the model's params gain desk_factor)
    "stories": (29, "2f29d05aa0b7b8a05b47ba63d72ba7b0030dac381526e5493d69f2494990131f"),
    # 1: an outlet's same text twice, the copies' originals by least id (fx19) (digest: r14, sq23)
    # (digest re-recorded with articles 17, fx34c: seed 001's outlet is Reuters now; the
    # copies' rules are the same, and an articles bump rebuilds every index)
    "copies": (1, "91cb0677bae8f2ba1a7cfbfa2c28ac8509fa40806367f062378f9ef10626c337"),
    # 1: the leans the articles' own metadata give (fx64; the fixed corpus gives none: {})
    "leans": (1, "39858c1352974f81c211f682c6909ffcaec8515e00ff3a9ba4cd29d61dac95cb"),
    # 1: each word's times in lower case and capitalised mid-sentence, the common words (fn46)
    "casing": (1, "b068fa9325f21de02a612178466212895cb024de8ce57d9aa8f0ab41de154bf1"),
}
"""Per kind: the rules version, and the digest of its output of the fixed corpus."""


def _corpus(root: Path) -> Path:
    write_corpus(root, TEXTS)
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, root / seed.name)
    write_rows(root / "wire", ROWS)
    write_rows(root / "rules", RULES_ROWS)  # what this session's quote rules changed
    write_stories(root / "stories.jsonl")
    return root


def _articles(root: Path) -> list[Article]:
    sources, _ = scan(root)
    found = [a for source in sources for a in read_source(source).articles]
    return sorted(found, key=lambda article: article.id)


def _digest_files(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _digest_articles(articles: list[Article], root: Path) -> str:
    rows: list[Any] = [document(article) for article in articles]
    for row in rows:  # the path, where the corpus was written, is no rule's doing
        row["path"] = Path(row["path"]).relative_to(root).as_posix()
    text = json.dumps(rows, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _outputs(tmp_path: Path) -> dict[str, str]:
    root = _corpus(tmp_path / "corpus")
    articles = _articles(root)
    assert len(articles) == 34  # the fixed input is all there
    made = {ARTICLES: _digest_articles(articles, root)}
    kinds = (QuotesDerived(), StoriesDerived(), CopiesDerived(), LeansDerived(), CasingDerived())
    for kind in kinds:
        folder = tmp_path / kind.name
        folder.mkdir()
        kind.build([kind.extract(a) for a in articles], folder, None)  # type: ignore[attr-defined]
        made[kind.name] = _digest_files(folder)
    return made


def test_every_kind_with_rules_is_recorded() -> None:
    assert set(RECORDED) == set(RULES)


@pytest.mark.parametrize("kind", sorted(RECORDED))
def test_output_changes_only_with_a_version_bump(kind: str, tmp_path: Path) -> None:
    version, digest = RECORDED[kind]
    made = _outputs(tmp_path)[kind]
    if RULES[kind] != version:
        pytest.fail(
            f"RULES[{kind!r}] is {RULES[kind]}: record it here with its output's digest "
            f"({RULES[kind]}, {made!r})"
        )
    assert made == digest, (
        f"the {kind} rules make another output of the fixed corpus: bump RULES[{kind!r}] "
        f"in index/rules.py (an update then derives every index's {kind} anew) and record "
        f"({RULES[kind] + 1}, {made!r}) here"
    )

"""The version of the rules that made each kind of an index's data, kept in its manifest.

What an index holds is made by rules that change between releases: the articles
themselves (reading a file, cleaning its web debris, the facts of its header: title,
byline, date, outlet), and each kind of derived data (`index.derived`): the quotes
(extraction, speakers, the words grouping compares, the grouping) and the stories. A
build records the version of each kind's rules in the manifest (``"rules"``); an update
made by code whose version differs re-derives that kind for every article, or rebuilds
when the articles' own rules changed, so one index never mixes two rules' output; `index
status` names what older rules made.

Whoever changes what a kind's rules make bumps its number here (no analysis module is
imported to read them: `index status` and the reader's first frame read this module).
``tests/index/test_rules_version.py`` hashes each kind's output of a fixed input and fails
when the output changes with its number unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

ARTICLES = "articles"
"""The articles as indexed: `index.ingest` and `index.text` (cleaning, header facts)."""

RULES: dict[str, int] = {
    # articles 3-28: see index/rules_history.md (moved there to keep this module short)
    # 29 (rv59): that note names no outlet by a month, weekday, language or "Print"
    # 30 (st50, issue 16): a record with no date is dated by the day its address's path
    # names ("/2021/10/18/", "2021-08-19"; `address_date`)
    # 30 too (rv60): not a day before 1991, the web's first year ("/1945-05-08-ve-day")
    # 31 (sp52, issue 18): a byline's name with a letter a dirty copy lost between two
    # letters, to "?" or U+FFFD, is a name ("By Wolfgang Sch?uble": was no byline, and the
    # line stayed in the body or became the title)
    # 32 (cl43, st54's finding): a related article's teaser run into a paragraph ("READ MORE:
    # <headline>", "You may be interested in reading this: <headline>", "RELATED:", "WATCH:")
    # leaves the body, shown as removed (`related_teaser`; newsarticles: 295 of 484 cut)
    # 33 (rv63): a capitalised opener or a quotation after a word that ends no headline
    # ("told The Associated Press", "in The Hague", 'told reporters "We') ends no teaser's
    # headline: it was cut through the article's sentence after it ("Abdel Rahman told")
    # 34 (cl44): DW's related blurbs run into a paragraph ("<teaser> (05.02.2017)") and
    # share rows ("Send Facebook ... Permalink http://dw.com/p/...") leave the body, shown as
    # removed (`dated_blurbs`; newsarticles: 219 of 225 days, 184 of 184 rows, 187 bodies)
    # 35 (sp58, issue 18): DW's lost-space dashes touching a cut row or box go with it
    # ('"adapt and learn". - Send ... Mnuchin': two sentences again; newsarticles only)
    # 36 (rv67): a share row between two blurbs of a box is cut once with the box; the
    # blurbs after it stayed in the body though cut too (none in the corpora)
    # 37 (fx159, nu63 #4): a line break in a given title ("\r", "\r\n", U+2028), with the
    # blanks around it, is one space ("Dam opens\rin the valley" was kept, shown "...\n...")
    # 38 (cl45, issue 18): a dash for a lost space ("on-a joint", "Amnesty International-also",
    # "the club-has-parted", a-"new") is a space again (`lost_space`; newsarticles: 985
    # bodies, reuters 6)
    # 39 (rv71): "an ISIL-claimed attack", "Value-added", "the-guardian.com" keep their dash;
    # a chain after a comma's lost space is read ("higher,-with-as"): newsarticles 13 bodies
    # 40 (cl46, nu64 #3): more lost-space dashes: "week.-The", "man-has", "Trump-quipped",
    # 'to-"send', "as-Chancellor", "garda\ufffd\ufffd-from" (newsarticles 374 bodies, 565 dashes)
    # 41 (cl47, nu65 #1 #9): lost-space dashes ("magistrates-because", 'said:-"We'), AJ teasers
    # 42 (rv74): "before-and-after", "us-versus-them", "him-or-her", "day-after", "also-rans"
    # keep their dash (cl47 cut them)
    # 43 (fx172): a run-in teaser's headline ends before a group or a named person opening the
    # next sentence ("... first family Malaysian officials have said", "... in Greece Kuriakos
    # Katsadoros, a psychiatrist"), AJ's "OPINION:", "INTERACTIVE:", "IN PICTURES:" teasers are
    # cut too (newsarticles: 13 + 141 cuts); an author's name glued to a title's end is the
    # byline ("... first family Michael Madden": 64 titles); a capitalised word's dash before a
    # preposition is a lost space ("Tuesday-in", "Germany-for": 108 dashes, 94 bodies)
    # 44 (cl48, na-1592): a question teaser's headline reads on through its own subject ("Why a
    # hard Brexit will cost ..."); "Increasingly" opens a sentence (newsarticles: 1 article)
    # 45 (nu74 #1): a line of a label and an address ("Source: https://…", "URL: …", "Link: …")
    # is the article's url, as a bare address line is, and leaves the body (a saved .txt's
    # "Source:" line was a sentence and a number only its outlet gave, in compare)
    # 46 (st76, issue 16): a stated date 2+ days before the address's day yields to it (RTE's
    # 13 Mar pieces dated 10 Mar: 4 records); "/2017/0313/" names a day (RTE, CS Monitor);
    # rv79 (no new bump, before release): only up to 7 days before (a farther day is another's)
    # 47 (fx173): "READ:", "Read:-", "MORE:" teasers and lists of them cut (newsarticles: 38
    # cuts, 22 articles), one space left between cuts (135); an appeal holds no reported
    # speech; a headline ending "?" or "'" with its outlet after a mark is one
    # 48 (fx174, nu79 #5): a wire's dateline with its year and a capitalised city, a country,
    # or the credit before the day ("Vienna, March 20, 1987 - ") gives the dateline and date
    # 49 (nu82): "on Thurs. March 19" is one sentence (`split_sentences`, which a lede's
    # choice counts: `head_lines`); the corpora hold no such weekday before a day
    ARTICLES: 49,
    # quotes 26-27: see index/rules_history.md (moved there by fx171)
    # quotes 28: two short renderings of one speaker sharing most of their content words
    # join, and no paraphrase goes opposite ways; one body named on both sides speaks for
    # two renderings ("Defense Ministry of Russia", "Defense Ministry"); quotes sharing two
    # shingles are compared as renderings; a news agency given as speaker is no one (qg33,
    # issue 18: x05, x16, p31, p25)
    # quotes 28 too: a quotation whose sentence names its words' first author by a possessive
    # and a noun of speech ("Mr Trump's promise of '...'", "Trump's '...' tweet", "in
    # Schumer's words") is that author's, not the one who repeats it (qa33, issue 18)
    # quotes 28 (qb33, issue 18: nu34 #3 #4 #10): "the Dalai Lama" a person, "His Holiness"
    # the person of that style named; "X granted Y's request ... and denied ..., saying": X;
    # a lost mark after a sentence's stop before a capital (".\ufffd?The") closes a quote
    # (qn33, issue 18: na-2596) a lone surname of a person titled before is a mention
    # quotes 29 (fx48, nu37 #2): an edit or clip that is reworded (not the longer's words in
    # order) joins nothing when two different people are named, one each side, more than
    # three days apart (Baker's March "We think we are beginning to see changes", Seger's June
    # "I think we are beginning to see more calm in those markets")
    # quotes 30 (qg35, issue 18: t43, m36): a clip inside quotes of two groups that joins
    # its speaker's quotation is no longer kept out by an edit of it (one group with it)
    # that no quote contains ("ready to die" beside "here to die")
    # quotes 30 (fx55, nu38 #1 #2): two quotes of common words (4 words or fewer, 1 content
    # word or none: "This is a disaster!") join only under one surname, within a day or in
    # one outlet;
    # a one-word name a speech verb marks ("Hemlata says") is a mention where it leads its
    # sentence, when a pronoun tells its gender; an age is no part of a name
    # quotes 30 too (fx59, nu38 #2, qg35 u15 v22): a name after a clause that opens its
    # sentence is its subject ("Before Kelly spoke, Tillerson ..."); a hashtag is no name;
    # a quote opened right after "X said," is X's, not a later "Y told" past other words
    # quotes 30 too (fx70, fx68's finding): "he"/"she" passes over a one-word place or body
    # that "says" ("Arkansas is where he grew up") to a person named before
    # quotes 31 (qg36, issue 18: v49, v58): one statement one outlet quotes as two next
    # quotes and another as one quote holding both joins the two parts' groups
    # (`quote_parts`: the whole quote shares 5 words in a row with the part, one speaker);
    # and words a quote tells another said (10+ words), run alone within a day, are a clip
    # of the telling (`quote_cited.told`: w15); two quotes sharing 7 words in a row are one
    # region (`quote_relation.RUN`), so such a part is found (u65, v27)
    # and in the same 31 (fx74, nu40 #3): a country's or a state's name before role words names no
    # speaker ("Texas abortion providers", "one U.S. official"; Biles, not "U.S."); "Ahead"
    # opens no name; a given name said alone is the one person whose name it opens
    # ("Khalid" for "Khalid Abu Bakar", "Subramaniam" for "Subramaniam Sathasivam")
    # quotes 32 (sp37, issue 18): "Manaspas Xuto of Thailand" names Manaspas Xuto (a place
    # after "of" says where from); an -s speech word after a preposition is a noun ("after
    # comments", "member states"); a speech verb in an "if"/"why"/"whether"/"how" clause of
    # reported speech speaks for no one; "Abu" goes on a name ("Ayed Abu Qtaish")
    # quotes 32 (qg37, issue 18: u24): a quote that quotes another after "he said," (no
    # sentence before) keeps its words up to that mark; a title's stop ("Mr.") ends no
    # sentence; a lost character between words ('quote"?a') keeps a quote open past
    # apostrophes spelled as marks ('shouldn"t') to its close; "called" and its kin in an
    # opening clause ("When GCHQ called that a crock, Trump ...:") name no speaker; two
    # quotes of one speaker within 3 days sharing 11+ words in a row are one group (u75)
    # quotes 32 (qt37, issue 18: na-2503, na-2807): an embedded tweet's signature ('"?Donald
    # J. Trump (@realDonaldTrump) March 4, 2017') makes the tweet before it a quote of that
    # name (whole sentences back, no more than a tweet holds; `quote_tweets`); its inner
    # quotes of no one go, one after "Name:" in it is that name's
    # quotes 33 (sp38, issue 18): a quote its speaker quotes in turn after "<subject> said,"
    # ('Mary Lee said: "When Mr. Trump ..., he said, "..."') is that subject's (Trump), "I
    # said," the speaker's own; "Edelman of Drexel said" is the person named in full before
    # ("Jeff Edelman"), or by a speech verb after ("Koos Ten Have ...", "Ten Have said");
    # "Bancorp", "Bancorporation", "Bancshares", "Bankshares" are a body's words; title
    # words before "Name of Body" describe the name ("Chief Executive John Smith of Acme
    # Corp"); a passive's "by" agent speaks ("Sessions was asked by Senator Al Franken:")
    # quotes 33 (fx98, nu45 #3): a group lists its carriers as `first_dated` orders dates (a
    # time before its day alone), named outlets first of one date: the first (or the tied
    # outlets) first, not an unknown outlet's copy of the same day
    # quotes 33 (sp39, issue 18: nu45 #4): a word with letters lost to U+FFFD inside is whole
    # ("T\ufffd\ufffdnaiste" named "T"); "TD", "Taoiseach", "Tánaiste" are titles; a party
    # word before a given name is a description ("Republican Devin Nunes"); "a Senate
    # Democratic leadership aide" names no one; "in Hamilton, New York" is a place, not who
    # "he" is; "After leaving Kent," names no one; "Speaker of the House Paul Ryan" a person
    # quotes 33 (sp40, issue 18: nu46 #6): "Thus,"/"Therefore," open no name; "The U.S. Trade
    # Act of 1974 says" is a law's ("Act" alone too); "because it said" is the firm the
    # sentence opens on; "X of Kidder, Peabody and Co." and "X of E.F. Hutton Co." are X; a
    # body's common word alone ("Bank", "Holdings") is the body named before that has it
    # ("World Bank"), else no one
    # quotes 34 (qg39, issue 18: u15, v22): two quotes of one speaker within 3 days share
    # 11+ words in a row also when one has a word more inside the run between two runs of
    # 4+ ("What, do you think" / "What, you think": `quote_unions.run_past_one_word`);
    # "UK" and "U.K." compare as "United Kingdom" (`quotes.compared_words`; p16)
    # quotes 34 (sp42, issue 18: nu47 #5): a time phrase between a name and its verb ("Biden
    # on Thursday slammed ... as"), an adjective before a name ("a defiant Biden said"), a
    # person's own document ("Biden's proclamation states"), a participle after earlier
    # quotes of its sentence (', warning that "'), a verb coordinated with an attributed one
    # ('and vowed to "'), "declaring"/"vowing", and a signature line ("— Sen. X, in a tweet")
    # quotes 34 (sp41, issue 18: nu47 #1-#4, #7): "As X tried to speak, Y ... continued" is
    # Y's; ", Fox News is told" names no speaker; "a call in which a woman is heard saying"
    # is hers; '"...," and a memo ... how Biden's plan "..."' is no one's; "The White House
    # coronavirus czar" is someone described; a quoted "240th Anniversary of ..." is a
    # title; initials keep their dots ("George W. Bush", "U.S. Capitol Police", "T.J.
    # Smith"); "U.S." alone is no body; "J.P. Morgan and Co" is a firm
    # quotes 34 (rv52, fixing qg39 and sp42; no new bump): the word more is no near negator
    # ("hardly", "didnt"); "a committee investigating Trump", "a reply to Musk's tweet"
    # name no speaker, nor a dashed line under a quote that is a page's furniture ("— Read
    # More", "— Photo: ...", "— X's Y contributed to this report") (`cueforms`)
    # quotes 34 (sp43, issue 18: nu49 #3, sp41/sp42 left alone; no new bump): "commander,
    # Kevin Lawson, said" makes Lawson a speaker for a later "He said"; a bare role is
    # matched with its office ("the prime minister" not the first minister, "the president"
    # not a vice president: officewords); "The former prime minister confirmed" after a
    # former president is no one's "he"; a quote after "signs reading:" is no one's
    # (fx110, nu49 #7: carriers tied for first list by outlet name, not id: `outlet_order`)
    # quotes 34 (rv53, fixing sp43; no new bump): "the prime minister" is not the deputy
    # prime minister, nor "the deputy prime minister" the prime minister
    # quotes 34 (sp44, rv52 on sp42; no new bump): a time phrase after a clause's opening
    # name ("Moscow today rejected the claims, saying") leaves its verb the name's own, so a
    # one-word place speaks as it would without it; places speak as in "Washington said"
    # quotes 35 (qg40, issue 18: nu47 #6): a clip of three or four words (two content words
    # or more) joins the quotation whose words it runs in, when one speaker or none is
    # named, both ran within a day and every quote holding it is in that one group
    # (`quote_short`: Daily Wire's "integrity of the investigation." of Pelosi's words)
    # quotes 35 (rv54, no new bump): the short clips settle until none joins, so a clip a
    # four-word clip holds joins whichever article's id sorts first
    # quotes 35 (sp45, issue 18): a time phrase between a one-word place and its verb does
    # not count in "next to its verb" ("Moscow on Monday slammed ... as"); "Beijing" is a
    # place, no participle; a quote after a colon ending a clause whose subject is a person
    # is theirs ("Garland addressed the recruits: "); "a reaction from X" makes X the "he"
    # next; "The former prime minister" is the one name "then-prime minister" was written
    # before (`cuecolon`, `speakerpronouns`); a relative's quote ("the father, who is not
    # named, said") ends the run of the one quoted before (`speakerguards.ends_run`)
    # quotes 35 (sp46, issue 18: nu51 #3, #4; no new bump): a
    # state after a county in the subject ("Officials in X County, Arizona, ..., saying")
    # and the object of a participle after a quote ('," noting he ... the U.S.') speak not;
    # "so-called" is no speech verb; a leading share row ("Send Facebook Twitter") is no
    # name; '"If ...," promised X, in an interview, "you ..."' is X's twice; "at which
    # Attorney General X said an inquiry had found ... '...'" is X's
    # quotes 36 (sp47, issue 18): a scare quote after "so-called" is no quotation; "said
    # a visibly upset Fillon" names Fillon (`moodwords`); "..., saying:" then the quote is
    # the sentence subject's; "he" is a man named in a later sentence rather than an
    # earlier speaker whose gender is unknown (`pronounnearer`); a transcript's label
    # ('England head coach Eddie Jones: "..."') names the speaker (`cuecolon.colon_label`);
    # what a name "stands for" is no quotation
    # quotes 36 too (fx131, nu53 #10): a word's British and American spellings are one word
    # in a group's diff ("favourable"/"favorable" was "reworded"; `analysis.spelling`;
    # digest unchanged: the fixed corpus has none; reuters 4 of 10,786 grouped occurrences
    # change, newsarticles 13 of 19,842, allsides 0, all read: respellings only)
    # quotes 37 (sp48, issue 18: nu53 #2 #6, nu54 #11): "King Fahd of Saudi Arabia" is Fahd
    # (who the next "he" is); "It said" after "The report said" is the report's issuer's, or
    # no one's when the body before spoke no word; "by X at his news conference" makes X the
    # next "he"; a group's speaker vote counts names given outright first
    # quotes 37 (fx133, nu55 #6): a dateline with its day in brackets ("WASHINGTON (March
    # 3, 2017) - ") is no speaker, nor a name the article gives
    # quotes 37 (sp49, issue 18): no word of a paragraph's opening dateline (place, agency,
    # day) is a name "it said in a statement" may point back to (was "WASHINGTON", "Reuters")
    # quotes 38 (sp50, issue 18): a bare surname namesakes share is the one quoted by name
    # before, if only one was; "X did Y to Z, it said in a statement" is X's, not Z's; a link
    # before a capital ends a sentence and holds no name ("http://... Mnuchin remained");
    # "the report said" far after "X published its report" is X's, and so is the next
    # quote's "it added"; "a BMA spokesperson", "a spokesman for NHS England" speak for the
    # body (an acronym opens it, or the article names it as a body) (no new bump: one
    # version for the session); rv61: not for a person's initials ("a spokesman for JK
    # Rowling"): after a two-letter acronym only places ("UN Geneva")
    # quotes 39 (sp51, issue 18): bodies named in lower case speak ("the Russian foreign
    # ministry said", "the Kremlin press office said", "a spokeswoman for the Brexit
    # department"), "the spokesman said" is the last person named right after "spokesman"
    # (none named since), and "the ministry said" is the nearest ministry named before
    # quotes 40 (sp52, issue 18): a "?" between two letters, the second a small one, is a
    # letter a dirty copy lost, inside its word: "Wolfgang Sch?uble" (was "Wolfgang Sch"),
    # "Sch?uble said" his full name, "Ferdinand Dudenh?ffer" "he" (was "German")
    # quotes 41 (rv62): not a "?" before an "s" ending its word: a possessive's lost
    # apostrophe ("Halden Brennick?s spokesman" was "Halden Brennick?s"), read as "’s"
    # quotes 42 (sp53, issue 18: nu60 #3): a channel opening the sentence ("In a statement
    # issued through his PAC, Save America, the former president called") is not the speaker:
    # its subject is; "the company said" is the one firm named in full that spoke before
    # (every other name that spoke a person's), else no one
    # quotes 43 (sp55, issue 18): a DW "Author: Oleg K?dding-Zurm??hlen" line glued to the
    # next paragraph is no part of its speaker's name ("Author: Cristina Burack Harper said":
    # "Harper"; na-0251 "Roger Beedon" again)
    # quotes 44 (sp56, issue 18): "the company said" is the one firm that spoke named without
    # a suffix too ("Facebook said"), "IBM" of "International Business Machines Corp";
    # "the statement said" is whom the sentence naming it gives; a group's vote folds spellings
    # quotes 45 (rv65): "statement" in the quote "the statement said" attributes names none;
    # "the company said" is no news outlet's ("..., CNN reported": it only reports)
    # quotes 46 (sp57, issue 18): "the company said": "& Co" firms whole, a lone "X said" firm
    # quotes 47 (sp58, issue 18): a speaker's "-also"/"-was" tail (a lost space) goes; a word
    # of 3+ capitals with small letters ("PGNiG") is a firm, not whom "she" points to
    # quotes 48 (cl46, nu64 #4): "Garda\ufffd\ufffd said" (a lost letter of "Gardaí") is the
    # police, as "Police said", no one's name
    # quotes 49 (qp48, nu66): a quote's words start past a lost mark after its opening one
    # ('"\ufffdWe have a body': 212 quotes of newsarticles); a body named over "for"/"on"
    # ("The Centers for Disease Control says", "said the Council on Foreign Relations") speaks
    # quotes 50 (fx171, nu67 #10): a body's name the book read in pieces goes on over "on"/
    # "for" (then "of the", "and" before a noun's ending): "Council on Foreign Relations" is
    # one body, no person "Relations" whom "he said" meant
    # quotes 51 (rv77): not over a person's name ("the Senate on Janet Yellen")
    # quotes 52 (nu70 #2): a name before a group's nouns ("Biden administration officials")
    # is no speaker: 2 of 31,525 quotes of the three corpora change
    # quotes 53 (qp49): a speech verb after an apposition of up to 200 characters (was 90:
    # na-1867); "Speaking to Al Jazeera," names no speaker; "the police chief said" is the
    # one named "police chief X" (a role in lower case right before a name); "Tillerson's
    # Beijing visit followed his remarks" gives no quote to "Beijing" (qp49 too)
    # quotes 54 (qp50, nu70 #1): an adverb or auxiliary
    # between a one-word name and its verb ("Biden repeatedly said") no longer parts them
    # quotes 55 (qp51): a quote whose closing mark is lost is cut at its first sentence's end,
    # no abbreviation's stop ("a.m. and", "Sen. Warren", "Jan. 29"); an ellipsis after a word
    # ('so long..." Doe said') trails off and the words after it may attribute the quote
    # quotes 56 (qp53): a wire's dateline with its year (`year_dateline`: "Vienna (Reuters),
    # March 20, 1987 -") is dropped before the speaker is read, also past a stop in it (the
    # "Fri." of "Vienna, Fri., March 20, 1987 -"): no "Vienna" speaks, no "1987 - Mayor"
    # quotes 57 (nu82): a weekday's abbreviation before a day ends no sentence ("Mayor Ann Lee
    # said on Fri., March 20: ..." is hers; was no one's); corpora: 0 of 31,460 quotes change
    # quotes 58 (nu85): a description keeps a weekday abbreviation's stop before a comma
    # ("in a speech on Fri., March 19" was "on Fri; March 19"); corpora: no "Fri.," to change
    "quotes": 58,  # index.analysis.quotes, quote_limit, speaker*, cueforms, quote_groups
    # stories 11-14: see index/rules_history.md (moved there by st65)
    # stories 15: two wires whose headlines name companies by ticker, neither naming the
    # other's, count 0.2 of their likeness in the grouping (st39, issue 16, nu41 #1: 18
    # companies' "3RD QTR NET" as one story), and so do one outlet's wires with the same
    # headline but for figures on different days (a month of the Fed's daily operation);
    # the model keeps the tickers and headline forms (ticker.npy, form.npy)
    # stories 16: near copies of one outlet's same headline form on different UTC days
    # are not folded as one article in the grouping (st41, issue 16: the Fed's daily
    # "FED ADDS RESERVES VIA CUSTOMER REPURCHASES", the daily slaughter guesstimates),
    # unless word for word the same (a resend); form.npy keeps each row's text digest
    # stories 17 (st43, issue 16, nu46 #4): two headlines of the issue form ("CAECL ISSUES
    # 12 BILLION YEN EUROBOND", "FRANKLIN OHIO SETS MONTHLY PAYOUT") naming different
    # issuers count 0.2 of their likeness, as tickers do (`story_issuers`); companies and
    # issuers are kept under two hashes, so two companies sharing a bit of one mask ("K-TRON
    # <KTII>", "<POWER CORP OF CANADA>") are still apart (ticker.npy: 6 columns); rv51 (in
    # 17, same session): two such headlines bracketing one ticker name one issuer
    # stories 17: one outlet's same headline form on two UTC days counts as a daily report
    # (`story_daily`) only when the form is on 3+ days or the two were filed within an hour
    # of the same time of day (st44, issue 16, nu48 #3: a deal rewritten 17 h on); form.npy
    # keeps each row's minute of the day
    # stories 18 (st46, issue 16): a payout's kind between payer and payout ("ACME QTLY
    # DIVIDEND", "ACME REGULAR DIVIDEND", "ACME IN PAYOUT") is no part of the issuer, so one
    # payer's payouts are one issuer; a ticker with its exchange in round brackets ("KAUFEL
    # GROUP LTD (KGL.M) 3RD QTR NET") names its company as "<KGL.M>" does
    # stories 19 (st48, issue 16): two articles of different outlets that average linkage
    # leaves alone join when each is the other's best, at >= 0.2 and >= 1.3x either's
    # runner-up (`linkage.pair_lone`); a third may then attach to them
    # stories 19 also (st49, issue 16, nu55 #2): two undated articles compare as if a day apart
    # stories 20 (st50, issue 16): two undated articles compare as if 1.5 days apart (its
    # update change, undated articles asked again, reverted at int42: an IndexError in
    # story_reattach when an update's new undated rows were asked)
    # stories 21 (st52, issue 16, st51's lead): two groups of one outlet the linkage left
    # apart merge when their union averages the threshold and their cross average is >= 0.2
    # and >= 0.6 x the larger group's own (`linkage.reunite`: templates tuning R .860->.915)
    # stories 22 (st63, issue 16): the model keeps each row's copy digest (copy_digest.npy):
    # an update hashes its new rows only; the stories are the same
    # stories 23 (st65, issue 16): a page of briefs ("News in Brief", "IN BRIEF (Page 2)")
    # counts 0.7 of its likeness to any article (`story_genre.DIGEST`); "DRC" names DR Congo
    # in a headline (`story_places`): slice C's wrong pairs 20 -> 16
    # 24 (fx167, rv73 #3): an outlet's text saved twice counts once in its story's title
    # 25 (fx168): an update's copies are a build's (the same-words chain of every row, an
    # undated group of copies asked as one), and its undated articles that leave a dated
    # story are grouped with the undated ones they link to; a build is as before
    # 26 (st69, issue 16): a small update (its changes since the last full ask, kept in the
    # model's meta, under 1% of the articles) asks again only the undated articles of a
    # changed story, its new ones, and those whose average to a changed story reaches
    # undated_floor (or a cosine of it to an article that moved); a build is as before
    # 27 (st84, issue 16): an update's reattach counts a passage held by exactly 50 articles
    # (and an article repeating one once) when it looks for an undated article's near
    # copies, as a build does; a build is as before
    # 28 (st87, issue 16): an update counts a passage's group as a build does, every
    # article holding it once, new and stored: its new near copies, a stored copy whose
    # passage new rows took past 50 articles (dropped, relisted by its window score) or
    # removed rows took under (found), two undated targets' shared passages (once), and
    # its regrouping and retitling's copies; a build is as before
    # 29 (st88, issue 16): two full texts, one under an essay desk's address (a feature, a
    # column, a contributor's blog: `story_genre.DESK`), count 0.7 of their likeness
    # (`desk_factor`): the old week's pair precision 0.955 -> 0.974, B, C, AllSides the same
    "stories": 29,  # index.analysis.stories, story_build... (29: st88, essay desks)
    "copies": 1,  # index.copies: an outlet's same text twice (fx19)
    "leans": 1,  # index.lean_map: the leans articles' metadata give (fx64)
    "casing": 1,  # index.analysis.casing: words in lower case / capitalised mid-sentence (fn46)
}
"""Each kind's rules version. A kind not named here (a test's) records none and is never
found made by older rules."""

UNTOLD = frozenset({"leans", "casing"})
"""Kinds an index may lack without saying so: what reads them falls back to the articles
(`index.lean_map`: coverage reads each member's metadata instead; compare goes by the
compared texts' own casing without `index.analysis.casing`), so a "lacks leans" would
only puzzle (an OpenSearch index, or one built before the kind, never holds them); an
update still adds them."""


def kinds_lacking(manifest: dict[str, Any]) -> tuple[str, ...]:
    """The derived kinds `index status` and the reader say an index lacks (``--no-stories``:
    "stories"), sorted; `UNTOLD` kinds are never named."""
    return tuple(missing(manifest, sorted(set(RULES) - {ARTICLES} - UNTOLD)))


def versions(names: Iterable[str]) -> dict[str, int]:
    """The versions a new generation holding the derived kinds ``names`` records."""
    return {name: RULES[name] for name in (ARTICLES, *names) if name in RULES}


def outdated(manifest: dict[str, Any], names: Iterable[str]) -> list[str]:
    """The kinds among the articles and ``names`` that older rules made (their recorded
    version differs from the code's). An index that records no versions was made before
    they were kept: every kind it holds is outdated. A kind it does not hold (built with
    `--no-stories`) no rules made: an update adds it, `missing` names it."""
    recorded = manifest.get("rules")
    if not isinstance(recorded, dict):
        recorded = {}
    held = _held(manifest)
    return [
        name
        for name in (ARTICLES, *names)
        if name in RULES
        and (name == ARTICLES or name in held)
        and recorded.get(name) != RULES[name]
    ]


def _held(manifest: dict[str, Any]) -> set[str]:
    """The derived kinds the index holds (its manifest's ``"derived"``)."""
    held = manifest.get("derived")
    return {name for name in held if isinstance(name, str)} if isinstance(held, list) else set()


def missing(manifest: dict[str, Any], names: Iterable[str]) -> list[str]:
    """The kinds among ``names`` the index does not hold: an update derives them whole."""
    held = _held(manifest)
    return [name for name in names if name not in held]


def adding(kinds: Iterable[str]) -> str:
    """What an update says of kinds it adds ("stories added: derived from every article")."""
    return f"{', '.join(kinds)} added: derived from every article"


def made_by_older(kinds: Iterable[str]) -> str:
    """What `index status` and an update say of outdated kinds ("quotes, stories made by
    older rules")."""
    return f"{', '.join(kinds)} made by older rules"


def why_derived(redo: Sequence[str], new_kinds: Sequence[str]) -> str:
    """Why an update derived kinds from every article: older rules made them, or the index
    held none (built with `--no-stories`)."""
    said = [f"{made_by_older(redo)}: derived anew from every article"] if redo else []
    return "; ".join(said + ([adding(new_kinds)] if new_kinds else []))


def why_rebuilt(manifest: dict[str, Any]) -> str:
    """Why an update rebuilds an index whose articles older rules read (its manifest, or an
    OpenSearch index's ``_meta``: without ``"rules"``, made before they were kept)."""
    if "rules" not in manifest:
        return "the index records no rules versions (made by an older broadsheet): rebuilt"
    return f"{made_by_older([ARTICLES])}: rebuilt"

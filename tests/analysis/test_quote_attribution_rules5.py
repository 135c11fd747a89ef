"""Speaker rules added from the tuning errors of round 5 (issue 18): papers that speak for
whoever issued them, bare roles that stand for the person who spoke just before, relative
clauses and participles; each on constructed sentences (no corpora needed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


# --- bare roles ---------------------------------------------------------------------------


def test_a_bare_role_after_the_quote_is_the_person_who_spoke_before() -> None:
    text = (
        "De Mistura said he would aim to mesh the ideas of both sides next Friday. "
        '"I am not expecting miracles, I am not expecting breakthroughs," the UN envoy said.'
    )
    assert speakers(text) == ["De Mistura"]


def test_an_inverted_bare_role_is_the_person_who_spoke_before() -> None:
    text = (
        "Donald Regan, the former chief of staff, said the government should loosen money.\n\n"
        '"I think what we have to face now is trying to preserve our economy," the one-time '
        "chairman of Merrill Lynch and Co Inc said in an interview."
    )
    assert speakers(text) == ["Donald Regan"]


def test_a_bare_role_stands_for_no_one_when_someone_else_is_named_since() -> None:
    text = (
        "Ruth Davidson has warned Westminster against a second vote. In her speech on Monday, "
        "Nicola Sturgeon painted a picture of an unequal partnership. "
        '"The UK government has not moved even an inch in pursuit of a deal," the SNP '
        "leader said."
    )
    assert speakers(text) != ["Ruth Davidson"]


def test_a_bare_role_someone_else_had_since_stands_for_no_one() -> None:
    text = (
        "A Japanese trader in Peking said Chinese grain imports would rise this year. "
        '"At current prices, China loses money on every tonne of grain," the trader said.'
    )
    assert speakers(text) == [None]


def test_plural_and_paper_heads_are_no_bare_roles() -> None:
    text = (
        "Sara Wolkers said the campaign would go on. The boys had work and a family at home. "
        '"Anyone who goes back is considered a deserter and is punished," the petition reads. '
        '"We will keep fighting until there is a way for them to stay," the students said.'
    )
    assert speakers(text) == [None, None]


def test_a_role_known_with_other_qualifiers_is_someone_else() -> None:
    text = (
        '"This is a real shock for markets," said Toshiaki Kakimoto, Sumitomo Bank chief '
        "economist. Some economists suggested that rates may have to fall. "
        '"Until last week a cut was unthinkable, now it is not," said the Japanese brokerage '
        "house economist."
    )
    assert speakers(text) == ["Toshiaki Kakimoto", None]


# --- papers -------------------------------------------------------------------------------


def test_the_report_is_its_authors_report() -> None:
    text = (
        "Brazil could become the third largest market for cars, according to a report by "
        "the Economist magazine's Economist Intelligence Unit.\n\n"
        "The report stated that Brazil offered a huge national market.\n\n"
        '"Multinationals will want to consolidate and then expand in Brazil," the report said.'
    )
    assert speakers(text) == ["Economist Intelligence Unit"]


def test_a_report_by_unnamed_staff_names_no_author() -> None:
    text = (
        "The charges were based on a report by subcommittee staffs of the Senate Judiciary "
        'Committee on the Justice Department investigation. "Serious mistakes were made at '
        'every stage of the investigation," the report said.'
    )
    assert speakers(text) == [None]


def test_the_circular_is_its_issuers() -> None:
    text = (
        "The Bahrain Monetary Agency has issued a circular to all commercial banks.\n\n"
        "The circular, released officially to Reuters, said current arrangements will no "
        'longer be valid except "in quite exceptional circumstances."'
    )
    got = speakers(text)
    assert len(got) == 1 and (got[0] or "").endswith("Monetary Agency")


def test_a_paper_named_for_its_author_names_the_author() -> None:
    text = (
        "Hate groups rose for a second year, the center said. The SPLC report said the rise "
        'was steep. "The groups had skyrocketed from a low of 149 in 2008," the report noted.'
    )
    assert speakers(text) == ["SPLC"]


def test_the_statement_goes_on_being_its_issuers() -> None:
    text = (
        "Russia's Defense Ministry released a statement Monday saying it had seen more "
        'trucks. "We have detected an upsurge in truck movement," the statement said. '
        + "The footage shows the damage, the statement said. " * 20
        + '"All this allows us to imagine what the ancient city was like," the statement added.'
    )
    got = speakers(text)
    assert len(got) == 2 and got[0] is not None and got[1] == got[0]


def test_the_statement_is_that_of_the_body_that_spoke_in_a_statement() -> None:
    text = (
        "The Department of Health has been in talks for months. In a statement, the "
        'Department said the minister "is acutely aware that these have been worrying months '
        'for patients." '
        'The statement added "the priority is to achieve the best outcome for patients."'
    )
    assert speakers(text) == ["Department of Health", "Department of Health"]


# --- relative clauses, participles, passives, lost full stops ------------------------------


def test_the_pronoun_of_a_relative_clause_speaks_when_the_sentence_names_no_one() -> None:
    text = (
        '"It is going to get worse," Mr Bannon told the conference. He was referring to '
        'media organisations who he said were "opposed to the economic nationalist agenda" '
        "of the president."
    )
    assert speakers(text) == ["Bannon", "Bannon"]


def test_a_named_subject_still_beats_the_relative_pronoun() -> None:
    text = (
        "Jordan, one of the few Arab states with ties to Israel, also denounced what it "
        'called "a provocative law likely to kill any hope of a two-state solution".'
    )
    assert speakers(text) == ["Jordan"]


@given(st.sampled_from(["adding", "saying", "noting", "insisting"]))
def test_a_participle_after_a_quote_goes_on_quoting_its_speaker(verb: str) -> None:
    text = (
        "Roger Hemminghaus, president of Diamond Shamrock, said he was "
        f'"enthusiastic about the future," {verb} that he expected '
        '"an increase in profitability by midyear."'
    )
    assert speakers(text) == ["Roger Hemminghaus", "Roger Hemminghaus"]


def test_said_to_him_by_is_no_attribution_after_the_quote() -> None:
    text = (
        "Alan Shatter said he was disappointed. He also said that there was "
        '"never anything inappropriate" said to him by the Garda Commissioner.'
    )
    assert speakers(text) == ["Alan Shatter"]


def test_a_capitalised_he_opens_a_sentence_whose_full_stop_was_lost() -> None:
    text = (
        "Mr Shatter said he was very disappointed by the party. Timeline of events leading "
        'to Shatter resignation He also said that there was "never anything inappropriate" '
        "in what he was told."
    )
    assert speakers(text) == ["Shatter"]

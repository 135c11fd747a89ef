"""qp50 (nu70's finding #1): a speaker lost behind an adverb between name and verb.

'"...," Biden repeatedly said.' gave no speaker, while '"...," Biden later said.' gave
Biden: a one-word name that is no first name and is named once speaks only next to its
verb (`speakernamed.named`), and "repeatedly" (10 letters) put "said" 17 characters away,
one more than allowed; "later" (5) did not. The words that only qualify the verb
("repeatedly", "has", "also", "on Monday") no longer count in that distance.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.names import tokens
from index.analysis.quotes import extract_quotes
from index.analysis.speakernamed import verb_gap

_QUOTE = "We will not give up on this plan at any price"
_SPEAKERS = "Biden Trump Macron Merkel Pelosi Erdogan Blinken Moscow Kyiv"  # no first name
_NAMES = st.sampled_from(_SPEAKERS.split())
_ONE_WORD = """repeatedly reportedly publicly privately emphatically categorically subsequently
separately previously frequently explicitly consistently vehemently immediately ultimately"""
_RUNS = ["also later", "has repeatedly", "has also publicly", "on Monday repeatedly"]
_ADVERBS = st.sampled_from([*_ONE_WORD.split(), *_RUNS, "repeatedly on Monday"])
_VERBS = st.sampled_from(["said", "told reporters", "added", "warned", "insisted"])
_OPEN = "Talks went on. "
_FORMS = st.sampled_from(
    [
        _OPEN + '"{q}," {n} {a} {v}.',
        _OPEN + '{n} {a} {v}: "{q}."',
        _OPEN + '{n} {a} {v}, "{q}."',
        _OPEN + '"{q}," {n}, who met the press on Monday, {a} {v}.',
        _OPEN + '"{q}," {n} {v} {a}.',
    ]
)


def _speakers(form: str, name: str, adverb: str, verb: str) -> list[str | None]:
    text = form.format(q=_QUOTE, n=name, a=adverb, v=verb).replace("  ", " ")
    return [q.speaker for q in extract_quotes(text.replace(" ,", ","))]


@settings(deadline=None, max_examples=300)
@given(_NAMES, _ADVERBS, _VERBS, _FORMS)
def test_an_adverb_between_name_and_verb_keeps_the_speaker(
    name: str, adverb: str, verb: str, form: str
) -> None:
    plain = _speakers(form, name, "", verb)  # the oracle: the sentence without the adverb
    assert plain == [name]
    assert _speakers(form, name, adverb, verb) == plain, (form, adverb, verb)


def test_the_case_of_the_finding() -> None:
    (quote,) = extract_quotes('"We will not leave anyone behind," Biden repeatedly said.')
    assert quote.speaker == "Biden"
    (quote,) = extract_quotes('"We will not leave anyone behind," Biden later said.')
    assert quote.speaker == "Biden"


def test_a_word_of_its_own_still_stands_between() -> None:
    # the control: a word that is no adverb ("long") still keeps a lone place from its verb
    text = 'Talks went on. "We will not give up," Moscow long and loudly said.'
    (quote,) = extract_quotes(text)
    assert quote.speaker is None


def test_verb_gap_leaves_aside_only_what_qualifies_the_verb() -> None:
    def gap(words: str) -> int:
        return verb_gap(tokens(words, 0, len(words)))

    assert gap("repeatedly said") == len("repeatedly ")
    assert gap("has also publicly said") == len("has also publicly ")
    assert gap("on Monday repeatedly said") == len("on Monday repeatedly ")
    assert gap("repeatedly on Monday said") == len("repeatedly on Monday ")
    assert gap("said") == 0
    assert gap("and its allies said") == 0  # words of their own: no gap left aside
    assert gap("family said") == 0  # a noun in -ly, no adverb
    assert gap("repeatedly") == 0  # nothing after it: no verb it stands before

"""Comparison of two articles: alignment, shared passages, quotes, entities, seeds, speed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.compare import (
    Comparison,
    compare,
    find_quotes,
    normalize_words,
    shared_passages,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

A_TEXT = (
    "The city council approved the new budget on Monday after a long debate.\n\n"
    "Mayor Jane Holt said the plan would fund two new schools and a hospital wing.\n\n"
    "Opposition members argued that taxes would rise for most families next year.\n\n"
    "The vote was close, with seven members in favour and six against."
)

PARAPHRASE = (
    "After lengthy debate, the budget was approved by the city council on Monday.\n\n"
    "Two schools and a hospital wing will be funded under the plan, Mayor Jane Holt said.\n\n"
    "Most families will see taxes rise next year, opposition members argued.\n\n"
    "Seven members voted in favour and six against in a close vote."
)

DISJOINT = (
    "Heavy snow closed mountain passes across the Alps for a third straight day.\n\n"
    "Skiers were stranded in resorts while avalanche warnings stayed at their highest level.\n\n"
    "Forecasters expect milder weather to arrive by the weekend."
)


def assert_passages_occur_in_both(a: str, b: str, comparison: Comparison) -> None:
    for p in comparison.passages:
        assert 0 <= p.a_start < p.a_end <= len(a)
        assert 0 <= p.b_start < p.b_end <= len(b)
        assert normalize_words(a[p.a_start : p.a_end]) == normalize_words(b[p.b_start : p.b_end])
        assert p.text == a[p.a_start : p.a_end]
        assert len(normalize_words(p.text).split()) == p.words >= 6


def test_identical_texts_are_all_shared() -> None:
    c = compare(A_TEXT, A_TEXT)
    assert [al.kind for al in c.a] == ["shared"] * 4
    assert [al.counterpart for al in c.a] == [0, 1, 2, 3]
    assert [al.counterpart for al in c.b] == [0, 1, 2, 3]
    assert c.summary.similarity > 0.98
    assert c.summary.a_in_b == c.summary.b_in_a == 1.0
    assert c.summary.only_a == c.summary.only_b == ()
    assert len(c.passages) == 1 and c.passages[0].text == A_TEXT.rstrip(".")  # words only
    assert_passages_occur_in_both(A_TEXT, A_TEXT, c)


def test_reordered_sentences_are_shared_with_right_counterparts() -> None:
    paragraphs = A_TEXT.split("\n\n")
    b = "\n\n".join(reversed(paragraphs))
    c = compare(A_TEXT, b)
    assert all(al.kind == "shared" for al in (*c.a, *c.b))
    assert [al.counterpart for al in c.a] == [3, 2, 1, 0]
    assert c.summary.a_in_b == 1.0
    assert_passages_occur_in_both(A_TEXT, b, c)


def test_small_edits_are_similar_with_the_changed_words() -> None:
    """Near-verbatim is "similar", not "shared" (the same words): nu36 #1."""
    b = A_TEXT.replace("on Monday", "Monday").replace("favour", "favor")
    c = compare(A_TEXT, b)
    assert [al.kind for al in c.a] == ["similar", "shared", "shared", "similar"]
    assert [al.counterpart for al in c.a] == [0, 1, 2, 3]
    assert [[A_TEXT[s:e] for s, e in al.changed or ()] for al in c.a] == [
        ["on"],
        [],
        [],
        ["favour"],
    ]
    assert [[b[s:e] for s, e in al.changed or ()] for al in c.b] == [[], [], [], ["favor"]]


def test_paraphrases_are_similar() -> None:
    c = compare(A_TEXT, PARAPHRASE)
    kinds = [al.kind for al in c.a]
    assert kinds.count("similar") >= 3, [(al.kind, al.similarity) for al in c.a]
    assert "shared" not in kinds
    for al in c.a:
        if al.kind == "similar":
            assert al.counterpart == al.index
            assert 0.0 < al.similarity < 1.0
    assert c.summary.a_in_b >= 0.7
    assert 0.2 < c.summary.similarity < 0.9


def test_disjoint_texts_are_unique() -> None:
    c = compare(A_TEXT, DISJOINT)
    assert all(al.kind == "unique" for al in (*c.a, *c.b))
    assert c.summary.similarity < 0.1
    assert c.summary.a_in_b == c.summary.b_in_a == 0.0
    assert c.passages == ()


def test_mixed_article_finds_what_only_one_says() -> None:
    b = A_TEXT.split("\n\n")[0] + "\n\n" + DISJOINT
    c = compare(A_TEXT, b)
    assert [al.kind for al in c.a] == ["shared", "unique", "unique", "unique"]
    assert [al.kind for al in c.b] == ["shared", "unique", "unique", "unique"]
    assert 0.1 < c.summary.a_in_b < 0.5


def test_compare_is_cached_and_empty_inputs_work() -> None:
    assert compare(A_TEXT, DISJOINT) is compare(A_TEXT, DISJOINT)
    empty = compare("", "")
    assert empty.a == empty.b == empty.passages == ()
    assert empty.summary.similarity == 0.0
    one_sided = compare(A_TEXT, "")
    assert all(al.kind == "unique" and al.counterpart is None for al in one_sided.a)


def test_shared_passages_are_maximal_and_punctuation_tolerant() -> None:
    a = "Officials said the talks on Monday would continue into the night, sources added."
    b = "Meanwhile THE TALKS, on Monday would continue into the night — but nothing else."
    passages = shared_passages(a, b)
    assert len(passages) == 1
    p = passages[0]
    assert a[p.a_start : p.a_end] == "the talks on Monday would continue into the night"
    assert b[p.b_start : p.b_end] == "THE TALKS, on Monday would continue into the night"
    assert p.words == 9


def test_short_runs_are_not_passages() -> None:
    assert shared_passages("one two three four five", "one two three four five") == ()
    assert shared_passages("a b c d e f", "x a b c d e f y")[0].words == 6


def test_repeated_text_gives_non_overlapping_passages() -> None:
    chunk = "the quick brown fox jumps over the lazy dog"
    a = f"{chunk}. {chunk}."
    b = f"Intro words. {chunk}."
    passages = shared_passages(a, b)
    assert len(passages) == 1
    comparison = compare(a, b)
    assert_passages_occur_in_both(a, b, comparison)


def test_quotes_with_speakers() -> None:
    text = (
        '"At this moment, it does not seem practical," Ban told reporters.\n\n'
        "“This idea is completely unacceptable,” said Maria Zakharova on Thursday.\n\n"
        "“Yes, discussions are underway,” Foreign Ministry spokesperson Heorhii Tikhy said.\n\n"
        "“It is too early to talk,” he said.\n\n"
        'The plan was "well received" by officials.\n\n'
        'According to Ban, "the council must act now."'
    )
    quotes = find_quotes(text)
    by_text = {q.text: q.speaker for q in quotes}
    assert by_text["At this moment, it does not seem practical"] == "Ban"
    assert by_text["This idea is completely unacceptable"] == "Maria Zakharova"
    assert by_text["Yes, discussions are underway"] == "Heorhii Tikhy"
    assert by_text["It is too early to talk"] == "Heorhii Tikhy"  # "he" continues
    assert by_text["the council must act now."] == "Ban"
    assert "well received" not in by_text  # fewer than three words
    for q in quotes:
        assert text[q.start] in '"“' and text[q.end - 1] in '"”'
        assert q.text.rstrip(",") in text[q.start : q.end]


def test_quotes_in_both_match_across_quote_styles() -> None:
    a = (
        '"We will not allow a new war in Europe," Putin said.\n\n'
        'Other news "is not quoted here" at all.'
    )
    b = (
        "Putin said: “We will not allow a new war in Europe.”\n\n"
        "Something “entirely different was said”."
    )
    c = compare(a, b)
    pairs = c.quotes_in_both
    assert len(pairs) == 1
    qa, qb = pairs[0]
    assert qa.speaker == "Putin" and qb.speaker == "Putin"
    assert qa.counterpart == 0 and qb.counterpart == 0
    assert c.quotes_a[1].counterpart is None


def test_entities_skip_sentence_starts_stopwords_months() -> None:
    text = (
        "Tensions rose in Kyiv on Tuesday. Earlier, NATO said 200,000 troops were ready.\n\n"
        "In March, Russian President Vladimir Putin met the U.N. envoy in Moscow."
    )
    found = compare(text, "Nothing.").summary.only_a
    assert "NATO" in found
    assert "200,000 troops" in found  # a count with what it counts (fx146)
    assert "Vladimir Putin" in found  # the person, without the title before the name
    assert "Kyiv" in found and "Moscow" in found
    for word in ("Tensions", "Earlier", "In", "March", "Tuesday", "In March"):
        assert word not in found


def test_summary_names_only_one_side_mentions() -> None:
    a = "Ban Ki-moon met Putin in Moscow. The U.S. sent 200,000 tons of grain."
    b = "Ban Ki-moon travelled to Kiev. The US sent grain, officials said."
    c = compare(a, b)
    assert "Putin" in c.summary.only_a and "Moscow" in c.summary.only_a
    assert "200,000 tons" in c.summary.only_a  # with what it counts (fx146)
    assert "Kiev" in c.summary.only_b
    assert not any("Ban" in e for e in (*c.summary.only_a, *c.summary.only_b))
    assert "U.S." not in c.summary.only_a and "US" not in c.summary.only_b


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_seeds_2025_peacekeeping() -> None:
    a, b = _seed("001"), _seed("002")
    c = compare(a, b)
    assert len(c.a) > 10 and len(c.b) > 5
    assert any(al.kind in ("unique", "similar") for al in c.a)
    assert 0.0 <= c.summary.similarity < 0.6
    assert "Maria Zakharova" in c.summary.only_a
    assert "Jean-Pierre Lacroix" in c.summary.only_b and "Lacroix" not in c.summary.only_b
    # 002 has "Donald Trump’s" and spells "Volodymyr": neither is only in one (nu13)
    assert not any("Trump" in n or "Zelensky" in n for n in (*c.summary.only_a, *c.summary.only_b))
    assert not {"Officials", "Earlier", "Calif"} & {*c.summary.only_a, *c.summary.only_b}
    assert any(q.speaker == "Heorhii Tikhy" for q in c.quotes_a)
    assert any(q.speaker == "Jean-Pierre Lacroix" for q in c.quotes_b)
    assert_passages_occur_in_both(a, b, c)
    for al in (*c.a, *c.b):
        text = a if al in c.a else b
        assert text[al.start : al.end] == al.text


def test_seeds_2014_ban_putin() -> None:
    a, b = _seed("000"), _seed("003")
    c = compare(a, b)
    assert any(al.kind == "unique" for al in c.a)
    assert any(al.kind == "unique" for al in c.b)
    assert c.summary.similarity < 0.6
    assert any(q.speaker == "Ban Ki-moon" for q in c.quotes_a)  # "Ban" resolved (sp18f)
    assert "mexico city" in " ".join(c.summary.only_a).lower()
    assert "Stephane Dujarric" in c.summary.only_b
    assert_passages_occur_in_both(a, b, c)


def test_seed_against_edited_copy_of_itself() -> None:
    a = _seed("003")
    b = (
        a.replace("Ban met Putin", "The U.N. chief met the Russian leader")
        + "\nA new closing line."
    )
    c = compare(a, b)
    assert c.summary.a_in_b > 0.9
    assert c.b[-1].kind == "unique"
    assert_passages_occur_in_both(a, b, c)


def test_two_long_articles_align() -> None:
    # Made up from the seeds (no corpus text in the project): ~5,000 words each. Speed is
    # measured by `python -m bench`, not asserted here.
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    a = "\n\n".join(seeds[i % 4].replace("Ban", f"Ban{i}") for i in range(0, 14))
    b = "\n\n".join(seeds[(i + 1) % 4].replace("the", f"the{i}") for i in range(0, 14))
    assert len(a.split()) > 4500 and len(b.split()) > 4500
    result = compare(a, b)
    assert len(result.a) > 100 and len(result.b) > 100
    assert_passages_occur_in_both(a, b, result)


def test_index_does_not_import_ui_libraries() -> None:
    code = (
        "import sys; import index.analysis.compare, index.text.sentences; "
        "bad = [m for m in ('textual', 'rich', 'typer', 'tui') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True)
    assert result.returncode == 0, result.stdout


words = st.sampled_from(
    ["the", "The", "U.S.", "said", "Ban", "“quote", "it”", '"', "Mr.", "3.5", "200,000", "\n"]
)
pieces = st.lists(words | st.text(max_size=8), max_size=60).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(pieces, pieces)
def test_any_two_texts_compare_without_crash(a: str, b: str) -> None:
    c = compare(a, b)
    for al in c.a:
        assert 0 <= al.start <= al.end <= len(a) and 0.0 <= al.similarity <= 1.0
        assert al.counterpart is None or 0 <= al.counterpart < len(c.b)
    for al in c.b:
        assert 0 <= al.start <= al.end <= len(b) and 0.0 <= al.similarity <= 1.0
        assert al.counterpart is None or 0 <= al.counterpart < len(c.a)
    for q in c.quotes_a:
        assert 0 <= q.start < q.end <= len(a)
    for q in c.quotes_b:
        assert 0 <= q.start < q.end <= len(b)
    assert 0.0 <= c.summary.similarity <= 1.0
    assert 0.0 <= c.summary.a_in_b <= 1.0 and 0.0 <= c.summary.b_in_a <= 1.0
    assert_passages_occur_in_both(a, b, c)


def test_entities_skip_credit_lines() -> None:
    text = "The talks in Geneva ended on Friday. (Reporting by Tom Miles; Editing by Mark Heinrich)"
    names = compare(text, "Nothing.").summary.only_a
    assert "Editing" not in names and "Reporting" not in names
    # a credit's people are not what the article says (nu55 #7, cp46): not listed
    assert "Geneva" in names and not {"Tom Miles", "Mark Heinrich"} & set(names)


def test_a_sentence_of_its_own_with_no_name_is_said() -> None:
    # nu16: two near-copies, each with one sentence of its own naming nobody and giving no
    # number: the names-and-numbers summary was "—" on both sides
    a = (
        "The harbour ferry was cancelled again on Tuesday as gales rose, port officials said. "
        '"We will not sail until the wind drops," harbour master Lena Ortiz said. '
        "Officials later said the ferry may run tomorrow."
    )
    b = (
        "The harbour ferry stayed cancelled on Tuesday as gales rose for a second day, port "
        'officials said. "We will not sail until the wind drops," said harbour master Lena '
        "Ortiz.\n\nPassengers were told to take the coastal bus."
    )
    c = compare(a, b)
    assert c.summary.only_a == c.summary.only_b == ()
    assert [al.kind for al in c.a][-1] == [al.kind for al in c.b][-1] == "unique"
    assert (
        c.only_said(0)
        == "1 sentence of its own: “Officials later said the ferry may run tomorrow.”"
    )
    assert (
        c.only_said(1) == "1 sentence of its own: “Passengers were told to take the coastal bus.”"
    )
    assert compare(a, a).only_said(0) == "—"
    many = compare(A_TEXT, "Nothing.").only_said(0, names=1)
    assert (
        many.startswith("Jane Holt; 4 sentences of its own, first “The city") and many[-2:] == "…”"
    )

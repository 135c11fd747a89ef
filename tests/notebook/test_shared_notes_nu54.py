"""`H` notes a user can read (nu54 #2): "Only here, of 6 compared; not in 2 BBC News
(fetched/127.0.0.3_8054/2017-02-24/na-1457-2d6c0759da.html), …", ~390 characters, under
each of 68 highlights of the memo. The note names each article by outlet, day and the
shortest form of its id; the memo says a note several highlights share once per article."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.multicompare import Document, compare_many
from index.notebook import ArticleRecord, Notebook
from index.notebook.memo import markdown, shared_notes, within
from index.short_ids import resolve
from tui.compare_keep import keep_only_here, only_here_note

OUTLETS = ["Al Jazeera", "BBC News", "RTE", "CNN", "ABC News", "HuffPost"]
OWN = [
    "Police said the women wiped the agent on his face at the check-in desk.",
    "The airport was swept by a hazardous materials team on Sunday night.",
    "Malaysia said it would ask the embassy for samples of his DNA.",
    "The minister said the body would stay in the morgue for now.",
    "Scientists said a few drops of the agent can kill within minutes.",
    "Share prices of the airline fell as travellers stayed away.",
]
MORE = [
    "Relatives in Macau have not spoken to reporters since the death.",
    "A court in Sepang will hear the case of the two women next week.",
    "North Korea has rejected the findings of the autopsy as a plot.",
    "Security at the terminal was tightened with extra patrols today.",
    "The United Nations lists the chemical as a weapon of mass destruction.",
    "Analysts in Seoul expect Pyongyang to deny any role in the killing.",
]
SHARED = "Kim Jong-nam died on his way to hospital after the attack at the airport."


def documents() -> list[Document]:
    return [
        Document(
            f"fetched/127.0.0.{k + 2}_8054/2017-02-24/na-14{57 + k}-{k}d6c0759da.html",
            f"Title {k}",
            outlet,
            "2017-02-24T04:06:00",
            f"{SHARED}\n\n{OWN[k]}\n\n{MORE[k]}",
        )
        for k, outlet in enumerate(OUTLETS)
    ]


def test_the_note_names_outlet_day_and_a_short_id() -> None:
    docs = documents()
    comparison = compare_many(docs)
    note = only_here_note(comparison, 0)
    assert note.startswith("Only here, of 6 compared; not in 2 BBC News 2017-02-24 (na-1458)")
    assert "fetched/" not in note and len(note) < 200, len(note)
    ids = [d.id for d in docs]
    for k, doc in enumerate(docs[1:], start=2):  # each short id names its article alone
        short = note.split(f"{k} {doc.source} 2017-02-24 (", 1)[1].split(")", 1)[0]
        assert resolve(short, ids).resolved == doc.id


def test_the_memo_says_a_shared_note_once(tmp_path: Path) -> None:
    docs = documents()
    comparison = compare_many(docs)
    records = [ArticleRecord(d.id, d.title, d.source) for d in docs]
    with Notebook.open(tmp_path) as notebook:
        keep_only_here(notebook, comparison, records)
        entries = [e for e in (notebook.entry(d.id) for d in docs) if e is not None]
    memo = markdown(entries, title="Kim", exported="now")
    assert len(entries) == 6
    for entry in entries:
        notes = [h.note for h in entry.highlights if h.note]
        assert len(notes) == 2, notes  # its two own sentences
        note = notes[0]
        block = memo.split(f"Article id: {within(entry.article.id)}", 1)[1].split("\n---", 1)[0]
        assert block.count(note.split(";")[1].strip()) == 1  # "not in …" once
        assert f"Note (a), on {len(notes)} highlights below: " in block
        assert block.count("note (a)") == len(notes) and "\nNote: " not in block


NOTES = st.lists(st.sampled_from(["x", "y", "z", None]), max_size=12)


@settings(max_examples=100)
@given(NOTES)
def test_shared_notes_are_those_on_two_or_more(notes: list[str | None]) -> None:
    class H:
        def __init__(self, note: str | None) -> None:
            self.note = note

    marks = shared_notes([H(n) for n in notes])  # type: ignore[misc]
    want = [n for n in dict.fromkeys(notes) if n and notes.count(n) > 1]
    assert list(marks) == want
    assert list(marks.values()) == [f"({c})" for c in "abc"[: len(want)]]

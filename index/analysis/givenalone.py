"""One word said alone that is a word of one person's longer name, not its last: "Zahid" for
"Ahmad Zahid Hamidi", and a given name that stands for the whole name where the name has no
family name ("Khalid" for "Khalid Abu Bakar", "Subramaniam" for "Subramaniam Sathasivam":
Malaysian names are a given name and the father's; fx74, nu40 #3)."""

from __future__ import annotations

from collections.abc import Mapping

from index.analysis.speakerplaces import place_name


def inside_name(persons: Mapping[str, bool], word: str) -> set[str]:
    """The persons' names (``persons``: a name -> whether it was named once not as a body)
    that ``word`` (lower case) stands for when said alone: the names of three words or more
    with it inside ("Ahmad Zahid Hamidi"), else the persons' names it opens ("Khalid Abu
    Bakar"), but none when it is a place's ("Jordan") or ends another name given."""
    inside = {n for n in persons if len(n.split()) >= 3 and word in n.lower().split()[1:-1]}
    if inside or place_name(word.title()):
        return inside
    opened = {
        n
        for n, not_organisation in persons.items()
        if not_organisation and len(n.split()) >= 2 and n.split()[0].lower() == word
    }
    if any(len(n.split()) >= 2 and n.split()[-1].lower() == word for n in persons):
        return set()  # "Lee" where "Lee Hsien Loong" and "Robert E. Lee" are named
    return opened

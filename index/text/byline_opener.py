"""A byline opening the text with the writer's job and employer after the name (nu49 #6):
"By Melissa Mackey, Search Supervisor, gyro Cincinnati", a guest writer's credit, on a line
of its own or run into the lede. The name is the byline; the job and the employer are not
the outlet that printed the text, so neither is kept (a role is kept only before a known
outlet: "By Jane Doe, Senior Writer, CNN", `metadata.read_byline`).
"""

from __future__ import annotations

import re

from index.text.outlet_behind import known_first_name
from index.text.outlets import agency_name, is_outlet_name
from index.text.places import words
from index.text.surname_particles import JOINED, NAME_CHAR, PARTICLES

_JOB = re.compile(
    r"\b(?:supervisor|director|manager|officer|president|founder|co-founder|ceo|cto|cfo|coo"
    r"|partner|professor|lecturer|researcher|head|chair|chairman|chairwoman|strategist"
    r"|consultant|specialist|coordinator|lead|economist|scientist|attorney|lawyer|engineer"
    r"|adviser|advisor|designer|developer|principal|owner|executive|vp|dean|physician"
    r"|psychologist|therapist|historian|author|expert|architect|planner|curator|reporter"
    r"|correspondent|writer|editor|columnist|contributor|staff|journalist|producer|analyst"
    r"|bureau chief|intern|fellow)s?\b",
    re.IGNORECASE,
)
"""A word that names a job ("Search Supervisor", "Chief Executive Officer", "Staff Writer")."""
_PERSON = rf"[A-Z][a-z]{NAME_CHAR}*(?:\s+{PARTICLES}{JOINED}[A-Z]{NAME_CHAR}*){{1,3}}"
_JOB_TITLE = r"[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|at|[A-Z][\w&'’.-]*)){0,5}"
OPENER = re.compile(
    rf"^(?:By|BY)\s+(?P<name>{_PERSON}),\s+(?P<job>{_JOB_TITLE}),\s+(?P<employer>\S)"
)
"""'By NAME, JOB, ' and the employer's first letter."""
_NOT_NAMES = words(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday year's years eve day christmas
    easter end time then now the this that"""
)
"""Words that make "By New Year's Eve, ..." or "By The End, ..." a time, not a writer."""


_AFTER_NAME = re.compile(
    rf"^(?:By|BY)\s+(?P<name>{_PERSON}?(?:\s+(?:and|&)\s+{_PERSON}?)?)"
    rf"\s+(?P<job>[A-Z][a-z]+(?:\s+[a-z][\w-]*){{1,4}})"
    r"(?=\s+(?:at|for|in|on)\s|\s*$|\s*[|•·–—-])"
)
"""BBC's 'By NAME Job words' without commas ("By Phil McNulty Chief football writer"): the
job opens on the one capital after the name and runs in small letters (fx115); two names
joined by "and" ("By Jane Doe and John Roe Political reporters", fx132)."""
_SCHOOL = r"[A-Z][\w'’.-]*(?:\s+(?:of|for|the|at|in|[A-Z][\w'’.-]*)){0,6}?"
_TWO_SCHOLARS = re.compile(
    rf"^(?:By|BY)\s+(?P<first>{_PERSON}),\s+(?P<school>{_SCHOOL})\s+and\s+"
    rf"(?P<second>{_PERSON}),\s+(?P<other>{_SCHOOL[:-1]})(?=[\s,.;]|$)"
)
"""'By A, University of X and B, University of Y', each name with its university (fx115)."""
_ACADEMIC = re.compile(r"\b(?:University|College|Institute|School|Academy|Polytechnic)\b")


def byline_opener(text: str) -> str | None:
    """The writer's name when ``text`` opens "By NAME, JOB, EMPLOYER", "By NAME Job words"
    or "By A, University of X and B, University of Y" (two names), else None."""
    found = _comma_opener(text)
    if found is not None:
        return found
    found = name_before_job(text)
    if found is not None:
        return found
    match = _TWO_SCHOLARS.match(text)
    if match and all(_ACADEMIC.search(match.group(g)) for g in ("school", "other")):
        names = match.group("first"), match.group("second")
        if all(_person(name) for name in names):
            return " and ".join(names)
    return None


def name_before_job(text: str) -> str | None:
    """The name of "By NAME Job words" ("By Phil McNulty Chief football writer"), else None:
    the job's last word must name one."""
    match = _AFTER_NAME.match(text)
    if match and _JOB.search(match.group("job").split()[-1]) and _person(match.group("name")):
        return match.group("name")
    return None


def _comma_opener(text: str) -> str | None:
    """The writer's name when ``text`` opens "By NAME, JOB, EMPLOYER", else None: the job
    must name one ("Search Supervisor", "Staff Writer"), so "By Ivan Oransky, New York
    University and Adam Marcus, ..." (two names and their universities) gives none."""
    match = OPENER.match(text)
    if match is None:
        return None
    name, job = match.group("name"), match.group("job")
    if not _JOB.search(job):
        return None
    return name if _person(name) else None


def _person(name: str) -> bool:
    """Whether ``name`` may be a writer's: no job alone, no time, no outlet."""
    if _JOB.search(name) and not known_first_name(name.split()[0]):
        return False  # "By Staff Writer, ..."; "Dean Baquet", "Tom Head" are names (rv53)
    if any(word.lower().strip(".") in _NOT_NAMES for word in name.split()):
        return False
    return not (agency_name(name) or is_outlet_name(name))

"""The small words a surname may open on ("Tom van der Berg", "Ana de la Cruz", "Omar
al-Hassan"), shared by the byline and name tests so that none reads such a name as
something else (nu52 #1 #2: "By Tom van der Berg" under a short headline became the title,
"Tom van der Berg | Associated Press" gave neither byline nor outlet)."""

from __future__ import annotations

PARTICLE = r"(?:van|von|de|der|den|des|da|das|dos|di|del|della|la|le|du|bin|ibn|al|el|ter|ten)"
"""One lower-case particle before a surname ("van", "de", "bin")."""

PARTICLES = rf"(?:{PARTICLE}\s+){{0,2}}"
"""None, one or two particles and their spaces ("van der ", "de la ")."""

JOINED = r"(?:al-|el-|d['’])?"
"""A particle joined to the surname by a hyphen or an apostrophe ("al-Hassan", "d'Arcy")."""

NAME_CHAR = r"(?:[\w.'’-]|(?<=[^\W\d_])(?:\?|\ufffd+)(?=[^\W\d_A-Z]))"
"""A character of a name's word after its first: a letter, digit, dot, apostrophe or hyphen,
or a letter a dirty copy lost between two letters, the second a small one, to "?" or U+FFFD
("By Wolfgang Sch?uble": no byline was read, and the line became the title; sp52)."""

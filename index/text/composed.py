"""A text with its accents composed (NFC), and where each of its characters came from.

An article may write "José" with a combining accent (NFD: "e" then U+0301). The stored
body keeps what the file said (quote offsets index it, and the articles' rules made it),
but the name rules read words with ``\\w``, which a combining mark is not: "José" would
end at "Jos" + "e". The quote finder reads the composed text instead and moves what it
finds back onto the body's offsets with `composed`'s map.
"""

from __future__ import annotations

import unicodedata


def composed(text: str) -> tuple[str, list[int]] | None:
    """``text`` in NFC and, for each of its offsets (one past the end too), the offset in
    ``text`` it came from; None when ``text`` is NFC already (nearly every article: a quick
    check, no copy).

    Each base character and the combining marks after it are composed together; the
    characters of a sequence that composing changed all map to its start, so an offset at
    a sequence's boundary (where a word or a quote starts or ends) maps exactly.
    """
    if unicodedata.is_normalized("NFC", text):
        return None
    parts: list[str] = []
    where: list[int] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        piece = text[start:i]
        nfc = unicodedata.normalize("NFC", piece)
        parts.append(nfc)
        where.extend(range(start, i) if nfc == piece else [start] * len(nfc))
        start = i
    where.append(len(text))
    return "".join(parts), where

"""Words of mood before a speaker's name: 'said a visibly upset Fillon'."""

from __future__ import annotations

from index.analysis.names import Token
from index.analysis.speechverbs import words

MOODS = words(
    """upset angry emotional tearful defiant smiling beaming furious jubilant relaxed
    confident combative frustrated exasperated triumphant subdued sombre somber buoyant
    irritated irate animated delighted cheerful grinning indignant weary tired shaken
    stunned nervous calm agitated emotive elated fuming bullish bristling"""
)
"""How a speaker looked or sounded: no role, so 'a visibly upset Fillon' names Fillon."""
LY_NOUNS = words("family ally assembly supply monopoly rally")
"""Words ending in "ly" that are nouns, no adverbs ("ally", not "visibly")."""


def ly_adverb(token: Token) -> bool:
    """True for a lower-case word ending in "ly" that is no noun ("repeatedly", not "ally")."""
    return not token.capital and token.norm.endswith("ly") and token.norm not in LY_NOUNS


def mood_only(between: list[Token]) -> bool:
    """True when the words between an article and a name only say a mood ("visibly
    upset", "an angry"): at least one mood word, the others adverbs in -ly."""
    return (
        bool(between)
        and any(t.norm in MOODS for t in between)
        and all((t.norm in MOODS and not t.capital) or ly_adverb(t) for t in between)
    )

"""The level of a ratio written as a multiple: "Target ROAS: 4x", "a 5x ROAS", "Target ROI: 10-30x",
"ROAS from 2x to 3x" (issue 12, class "the level of a ratio"; DOMAIN.md M: a number for the target).

"Grow revenue 3x" states a factor (+200 %), but a measure that is itself a ratio (return on ad spend,
return on investment, a multiple) is written as a multiple of its own: its "4x" is the level to reach,
not four times as much. ``amounts.counts_occurrences`` asks :func:`a_ratio_beside` before it lets an
"x" or "times" be a factor.
"""

from __future__ import annotations

from typing import Final

from ..lexicon.directions import WORD_DIRECTIONS

# Measures written as a multiple: their "4x" is a level ("ROAS 4x"), not "four times as much".
_RATIOS: Final = frozenset({"roi", "roas", "return", "returns", "rendement", "multiple", "multiplier", "ltv:cac",
                            "payback", "omloopsnelheid"})


def a_ratio_beside(words: list[str], at: int) -> bool:
    """Whether a ratio measure names the multiple whose "x"/"times" is at ``at``: up to five words
    before its number in the same phrase ("Target ROI: 10x", "ROAS from 2x to 3x") or right after it
    ("a 5x ROAS", "3x return").

    >>> a_ratio_beside("target roas 4 x".split(), 3), a_ratio_beside("improve roi and grow revenue 3 x".split(), 6)
    (True, False)
    """
    if at + 1 < len(words) and words[at + 1] in _RATIOS:
        return True
    for word in reversed(words[max(0, at - 6):at - 1]):
        if word in _RATIOS:
            return True
        if word in ("and", "en", "or", "of") or word in WORD_DIRECTIONS:
            return False  # ("improve our ROI and grow revenue 3x": the multiple is the revenue's)
    return False

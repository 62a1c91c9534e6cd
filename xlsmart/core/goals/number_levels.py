"""A level to keep where it stands (issue 12, class "keeping the level there is"; DOMAIN.md R:
target ≠ baseline, and the corpus README: keeping the current level, S passes, R fails).

"het behoud van het huidige aantal leden, rond de 550", "minimaal het huidige aandeel van 14 %
handhaven", "hetzelfde aantal seizoenkaarten als vorig jaar, rond de dertigduizend", "evenveel
seizoenkaarthouders als vorig seizoen (zevenhonderd)", "keep our current 40 % share": the one
figure is both where the metric stands and where the goal wants it, so the target is the baseline
and the direction is to keep it. ``settling.py`` asks :func:`kept_level` when a goal has a
baseline or a target but not both, and no change.
"""

from __future__ import annotations

from ..lexicon.directions import AT_LEAST, AT_MOST, KEEP
from ..lexicon.quantity_words import LAST_WORDS
from .parsed import ParsedGoal

# Words that keep a level, and words that say "the same as".
_KEEPING = frozenset({"behoud", "behouden", "handhaven", "handhaaft", "handhaaf", "bestendigen", "vasthouden",
                      "maintain", "maintains", "maintaining", "keep", "keeps", "retain", "retains", "sustain",
                      "sustains", "preserve", "preserves"})
_SAME = frozenset({"hetzelfde", "dezelfde", "diezelfde", "datzelfde", "zelfde", "evenveel", "same"})
KEEP_WORDS = _KEEPING | _SAME  # (the quick test before :func:`kept_level`)
_SAME_OR_LEVEL = _SAME | {"level", "niveau"}


def kept_level(goal: ParsedGoal, words: list[str], present: set[str] | list[str]) -> None:
    """A baseline with no target under a word of keeping ("behoud van het huidige aantal, rond de
    550") becomes the target too; a target said to be the same as last time ("evenveel … als vorig
    seizoen (700)") becomes the baseline too. The direction is to keep (a floor or ceiling stays).

    >>> goal = ParsedGoal(baseline=550.0)
    >>> kept_level(goal, ["behoud", "van", "het", "huidige", "aantal", "rond", "de", "550"], {"behoud"})
    >>> goal.target, goal.direction
    (550.0, 'keep')
    """
    if goal.relative_change is not None or goal.absolute_change is not None:
        return
    if goal.baseline is not None and goal.target is None:
        goal.target = goal.baseline
    elif goal.target is not None and goal.baseline is None and not _SAME_OR_LEVEL.isdisjoint(present) and (
            not LAST_WORDS.isdisjoint(present)):  # (or "at last year's level of 12,000")
        goal.baseline = goal.target  # ("evenveel … als vorig seizoen (zevenhonderd)": last season's number)
    else:
        return
    if goal.direction not in (AT_MOST, AT_LEAST):
        goal.direction = KEEP

"""Who a third-person pronoun stands for, when that decides whether it owns the goal.

"They", "ze", "zij" act for an organisation named before them ("Gemeenten zeggen dat ze …", "De
organisatie gaf aan dat ze … hoopte"), but in "customers who say they will return" and "klanten
die zeggen dat ze terugkomen" the pronoun stands for the people the goal counts: what changes,
never who changes it. ``actors.py`` asks before it takes a pronoun as the owner.
"""

from __future__ import annotations

from ..lexicon.time_words import COUNTED_PEOPLE

# The plural subject pronouns that may stand for the people counted (not "he", "she", "it").
_PLURAL_PRONOUNS = frozenset({"they", "ze", "zij"})
# What may stand between the people and the pronoun: a relative pronoun and a verb of saying or thinking.
_BETWEEN = frozenset({"who", "that", "die", "dat", "say", "says", "said", "think", "thinks", "zeggen", "zegt",
                      "denken", "vinden", "aangeven", "indicate", "claim", "of", "van", "de", "het", "the"})


def stands_for_the_counted(words: list[str], i: int) -> bool:
    """Issue 12, class "a pronoun for the people the goal counts": whether the pronoun at ``i``
    refers back to customers, users, visitors or members named just before it ("customers who say
    they will return", "klanten die zeggen dat ze terugkomen"), so it owns nothing."""
    if words[i] not in _PLURAL_PRONOUNS:
        return False
    for j in range(i - 1, max(-1, i - 5), -1):
        if words[j] in COUNTED_PEOPLE:
            return True
        if words[j] not in _BETWEEN:
            return False
    return False

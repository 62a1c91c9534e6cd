"""The people a goal urges to act are not its metric: "encourage consumers to invest", "motivate staff to …".

Issue 12, class "the ones urged to act" (DOMAIN.md S: the metric is what the goal measures; "An activity
is not a metric"). In "encourage residents to plant trees", "motivate our members to volunteer", "invite
customers to review us" the object of the verb of urging is who is to act, and the verb after "to" is
the act: what the goal measures, if anything, is that act ("to increase sales", "more reviews"), never
the people named. Counting the people themselves is said otherwise ("more members", "the number of
residents who cycle").
"""

from __future__ import annotations

from typing import Final

from ..lexicon.word_classes import DETERMINERS

URGING: Final = frozenset({"encourage", "encourages", "encouraging", "motivate", "motivates", "motivating",
                           "persuade", "persuades", "persuading", "inspire", "inspires", "inspiring", "invite",
                           "invites", "inviting", "convince", "convinces", "convincing", "urge", "urges", "urging",
                           "nudge", "nudges", "nudging", "prompt", "prompts", "prompting"})


def urged_to_act(words: list[str], start: int, end: int) -> bool:
    """Whether the phrase at ``words[start:end]`` is the object of a verb of urging with "to" after it:
    "encourage consumers to invest".

    >>> urged_to_act("encourage our residents to plant trees".split(), 2, 3)
    True
    >>> urged_to_act("encourage repeat purchases by 10%".split(), 1, 3)
    False
    """
    if end >= len(words) or words[end] != "to":
        return False
    k = start - 1
    while k >= 0 and words[k] in DETERMINERS:
        k -= 1
    return k >= 0 and words[k] in URGING

"""A reason given after the goal is another clause: "I want 10,000 subscribers because I would like to sell …".

Issue 12, class "the reason after the goal" (DOMAIN.md S: the direction is the way the goal moves what it
measures). "We want to achieve the number one rank because it drives 1,000 visitors", "I want 10,000
subscribers because I would like to sell my coaching program": what follows "because"/"omdat" says why,
and its verbs ("drives", "sell") are no direction of the goal's own measure; the goal's clause, before
it, is read alone. A reason that opens the sentence ("Because churn is high, we cut it by 20 %", "Ook
omdat …") comes before the goal and ends nothing.
"""

from __future__ import annotations

from typing import Final

REASONS: Final = frozenset({"because", "omdat"})


def gives_a_reason(words: list[str], i: int) -> bool:
    """Whether "because"/"omdat" at ``i`` opens a reason after the goal's own clause (three words at least).

    >>> gives_a_reason("i want 10,000 subscribers because i would like to sell more".split(), 4)
    True
    >>> gives_a_reason("because churn is high we cut it by 20%".split(), 0)
    False
    """
    return i > 2 and words[i] in REASONS

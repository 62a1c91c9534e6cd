"""A reason or a concession after the goal is another clause: "… because it drives sales", "…, hoewel het
iets langer zal duren".

Issue 12, class "the reason after the goal" (DOMAIN.md S: the direction is the way the goal moves what it
measures). "We want a top 3 ranking because it increases sales", "I want 10,000 subscribers because that
would increase our revenue": what follows "because"/"omdat" says why, and its verbs are no direction of the
goal's own measure. A concession after the goal is another clause too: "1,8 miljoen bezoekers per jaar,
hoewel het door de coronacrisis iets langer zal duren" (it will take longer: no longer visits), "…,
although growth will be slower". The goal's clause, before it, is read alone. A reason or concession that
opens the sentence ("Because churn is high, we cut it by 20 %", "Ook omdat …") comes before the goal and
ends nothing, but the verb of a concession that opens it is no direction of the goal ("Hoewel de markt
krimpt, willen we de omzet verhogen").
"""

from __future__ import annotations

from typing import Final

from ..lexicon.directions import WORD_DIRECTIONS
from ..lexicon.owners import INTENT_VERBS
from ..lexicon.word_classes import PHRASE_BREAKS

CONCEDING: Final = frozenset({"although", "though", "hoewel", "alhoewel", "ofschoon"})
CLAUSES_AFTER: Final = CONCEDING | frozenset({"because", "omdat"})


def own_clause(words: list[str]) -> list[str]:
    """The words of the goal up to a reason, or a concession, that follows its own clause (three words at
    least before it, and for a concession a direction or a figure: "The target for 2027, although ambitious,
    is to double sales" holds it inside); all of them when there is none.

    >>> own_clause("i want 10,000 subscribers because that would increase revenue".split())
    ['i', 'want', '10,000', 'subscribers']
    >>> own_clause("because churn is high we cut it by 20%".split())[-1]
    '20%'
    """
    if CLAUSES_AFTER.isdisjoint(words):
        return words  # (most goals give no reason: one set test)
    for i in range(3, len(words)):
        if words[i] in CLAUSES_AFTER and (words[i] not in CONCEDING or _a_goal_before(words, i)):
            return words[:i]
    return words


def _a_goal_before(words: list[str], i: int) -> bool:
    """Whether the words before the concession at ``i`` already state a goal (a direction word or a figure
    that is no year): "500 members, though growth will be slower" (but "The target for 2027, although
    ambitious, is to double sales" puts the concession inside the goal)."""
    return any(word in WORD_DIRECTIONS or (word[:1].isdigit() and not (len(word) == 4 and "1990" <= word <= "2100"))
               for word in words[:i])


def in_a_concession(words: list[str], i: int) -> bool:
    """Whether the direction word at ``i`` is the verb of a concession that opens the goal ("Hoewel de markt
    krimpt, willen we de omzet verhogen", "Although sales fell last year, we will grow revenue"): back over
    its subject (no verb, no other direction, no clause break) to "although"/"hoewel".

    >>> in_a_concession("hoewel de markt krimpt willen we de omzet verhogen".split(), 3)
    True
    >>> in_a_concession("hoewel de markt krimpt willen we de omzet verhogen".split(), 8)
    False
    """
    for k in range(i - 1, max(-1, i - 8), -1):
        word = words[k]
        if word in CONCEDING:
            return True
        if word in INTENT_VERBS or word in WORD_DIRECTIONS or word in PHRASE_BREAKS:
            return False
    return False

"""A reason or a concession after the goal is another clause: "… because it drives sales", "…, hoewel het
iets langer zal duren".

Issue 12, class "the reason after the goal" (DOMAIN.md S: the direction is the way the goal moves what it
measures). "We want a top 3 ranking because it increases sales", "I want 10,000 subscribers because that
would increase our revenue": what follows "because"/"omdat" says why, and its verbs are no direction of the
goal's own measure. A concession after the goal is another clause too: "1,8 miljoen bezoekers per jaar,
hoewel het door de coronacrisis iets langer zal duren" (it will take longer: no longer visits), "…,
although growth will be slower". The goal's clause, before it, is read alone. A reason or concession that
opens the sentence ("Because churn is high, we cut it by 20 %", "Ook omdat …") comes before the goal and
ends nothing.
"""

from __future__ import annotations

from typing import Final

CLAUSES_AFTER: Final = frozenset({"because", "omdat", "although", "though", "hoewel", "alhoewel", "ofschoon"})


def own_clause(words: list[str]) -> list[str]:
    """The words of the goal up to a reason or a concession that follows its own clause (three words at
    least before it); all of them when there is none.

    >>> own_clause("i want 10,000 subscribers because that would increase revenue".split())
    ['i', 'want', '10,000', 'subscribers']
    >>> own_clause("because churn is high we cut it by 20%".split())[-1]
    '20%'
    """
    for i in range(3, len(words)):
        if words[i] in CLAUSES_AFTER:
            return words[:i]
    return words

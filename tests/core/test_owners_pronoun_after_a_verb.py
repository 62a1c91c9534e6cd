"""A Dutch subject pronoun right after its verb owns the goal as one before it does (DOMAIN.md,
"Reading real sentences", A: an actor as the subject, in both Dutch word orders): issue 12, class
"a pronoun after its verb".

After an adverb or a fronted phrase Dutch puts the verb before its subject: "Maar ook brengt ze het
hospice onder de aandacht …", "Daardoor zouden ze het aandeel kunnen vergroten", "Dit jaar wil hij
…" (a verb of intent did so already). A pronoun after a verb that has its own subject before it is
its object ("De klanten vinden ze te duur"), and a pronoun that opens the goal still refers to
nobody named. Our own lines (Dutch: English does not invert here).
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Maar ook brengt ze het museum onder de aandacht om in 2027 500 nieuwe vrienden te werven.", "ze"),
    ("Daardoor zouden ze het online-aandeel in 2027 kunnen vergroten tot 25%.", "ze"),
    ("Daarom investeert hij in 2027 een miljoen om de omzet met 10% te verhogen.", "hij"),
    ("De klanten vinden ze te duur; de verkoop moet in 2027 met 10% stijgen.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_pronoun_after_its_verb_owns_the_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

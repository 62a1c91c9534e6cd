""""Ons"/"onze" before a goal noun is "our", also after a verb (DOMAIN.md, "Reading real sentences",
A: a possessive names an owner when no Owner column says otherwise). Issue 12, class "ons doel
after a verb".

"Klanten geven ons in 2027 een 8,5" has "ons" as an object ("us"), which names nobody; "Het is
ons doel om …", "Dat is ons streven: …", "Zo halen we ons plan" has it as "our" before the goal
itself. Our own sentences, both languages (English "our" was read before).
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, whether A passes)
    ("Het is ons doel om de kosten per lead te verlagen.", True),
    ("Het is ons streven om het aantal leden met 10% te verhogen.", True),
    ("Dit jaar is het ons plan om de omzet te verdubbelen.", True),
    ("Het blijft onze ambitie om de klanttevredenheid te verhogen.", True),
    ("It is our goal to lower the cost per lead.", True),
    ("Klanten geven ons in 2027 een 8,5.", False),
    ("De omzet moet in 2027 met 10% stijgen.", False),
]


@pytest.mark.parametrize(("text", "owned"), CASES)
def test_our_goal_after_a_verb(text: str, owned: bool) -> None:
    verdict = smart_check(text, today="2026-12-07").verdicts["A"]
    assert verdict.passed is owned, verdict.reason

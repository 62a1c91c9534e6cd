"""After a fronted source the subject follows the verb and owns the goal (DOMAIN.md, "Reading real
sentences", A: an organisation as the subject, in both Dutch word orders): issue 12, class "a
subject after a fronted source".

"Volgens directeur Els Peeters moet het park in 2027 een miljoen bezoekers trekken": "volgens …"
opens the sentence like a time or a means, so the verb comes second and the organisation after it
is the subject; the source itself owns nothing, and an organisation governed by "van" inside a
measure ("moet de bereikbaarheid van bedrijven …") is no subject either. Our own lines (Dutch: the
English "according to X, the park must …" keeps the subject before its verb and was read already).
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Volgens directeur Els Peeters moet het park in 2027 een miljoen bezoekers trekken.", "het park"),
    ("Volgens de krant wil de supermarkt in 2027 30 nieuwe filialen openen.", "de supermarkt"),
    ("Volgens de norm moet de bereikbaarheid van bedrijven in 2027 minimaal 99% zijn.", None),
    ("Volgens de prognose stijgt het aantal reizigers in 2027 met 5%.", None),
    ("According to the CEO, the park must attract one million visitors in 2027.", "the park"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_the_subject_after_a_fronted_source_owns_the_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

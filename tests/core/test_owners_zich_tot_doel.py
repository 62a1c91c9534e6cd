"""A Dutch subject before "zich tot doel heeft gesteld" owns the goal (DOMAIN.md, "Reading real
sentences", A: an organisation as the subject, in both Dutch word orders): issue 12, class "zich
tot doel stellen in the subordinate order".

In a main clause the verb comes second ("De stichting heeft zich tot doel gesteld om …"); after
"dat" or in a fragment it comes last ("… dat de gemeente zich tot doel heeft gesteld om …"), with
"zich tot doel" between the subject and the verb. A measure before it stays no owner. Our own lines
(Dutch only: English has no such order).
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("De gemeente Utrecht zich tot doel heeft gesteld om in 2027 20% meer fietsers te hebben.", "De gemeente Utrecht"),
    ("Het museum meldt dat de stichting zich tot doel heeft gesteld om in 2027 500 vrijwilligers te werven.",
     "de stichting"),
    ("De stichting heeft zich tot doel gesteld om in 2027 500 vrijwilligers te werven.", "De stichting"),
    ("Bekend is dat de omzet zich ten doel heeft gesteld in 2027 10% te groeien.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_the_subject_before_zich_tot_doel_owns_the_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

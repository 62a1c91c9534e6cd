"""A subject of two parts joined by "and"/"en" owns the goal when one part acts (DOMAIN.md,
"Reading real sentences", A: named people, teams and organisations as the subject). Issue 12,
class "a coordinated subject".

"The board and volunteers will do their best to recruit …": the reader took the part right
before the verb ("volunteers", a metric word as a bare plural) and dropped the goal, though the
board, an actor, shares the verb. When the part before the verb names nobody, the part before
"and"/"en" is read as the subject's first part; two measures joined ("Revenue and margin will
grow …", "Leads and sales should rise …") still name nobody. Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("The board and volunteers will do their best to recruit 100 new donors in 2027.", "The board and volunteers"),
    ("The club and fans aim to sell 2,000 more season tickets next season.", "The club and fans"),
    ("Het bestuur en vrijwilligers willen in 2027 100 nieuwe donateurs werven.", "Het bestuur en vrijwilligers"),
    ("Revenue and margin will grow by 10% in 2027.", None),
    ("Leads and sales should rise 10% in 2027.", None),
    ("Omzet en marge moeten in 2027 met 10% groeien.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_coordinated_subject_with_an_actor_owns_the_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

"""The subject of a clause after the goal's figures does not own the goal (DOMAIN.md, "Reading real
sentences", A: an actor as the subject of the goal): issue 12, class "the subject of a subordinate
clause".

"Grow sales 10 % by Q3 before Globex launches its rival product", "Verhoog de omzet met 10 % in
2027, ook als Jumbo 20 winkels opent": the clause after "before", "als", "once", "nadat" sets a
condition or a time, and its subject is someone else. A goal stated inside the clause keeps its
subject ("If Audrey wants her subscriptions to grow 10 % …" is Audrey's). Our own lines, both
languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Grow sales 10% by Q3 2027 before Globex launches its rival product.", None),
    ("Reach 10,000 downloads by Q2 2027 once Northwind approves the app.", None),
    ("Verhoog de omzet met 10% in 2027, ook als Jumbo 20 winkels opent.", None),
    ("Verdubbel de leads in 2027 nadat de gemeente de vergunning geeft.", None),
    ("If Audrey wants her newsletter subscriptions to grow by 10% by June 2027, a weekly post will do it.", "Audrey"),
    ("Grow sales 10% by Q3 2027 so that we can open a second store.", "we"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_the_subject_of_a_clause_after_the_figures_owns_nothing(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

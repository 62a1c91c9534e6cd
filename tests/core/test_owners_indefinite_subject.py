"""An organisation named with "a"/"een" as the subject that opens the goal owns it (DOMAIN.md,
"Reading real sentences", A: a company or team as the subject). Issue 12, class "an indefinite
subject that opens the goal".

"A sales team is expected to sell …" was read (by the unit's ending) and "A company is expected to
generate …", "Een bedrijf wil …" were not: an indefinite article made any subject an example of
nobody in particular. Opening the goal's main clause, the organisation or unit is its subject as
"The company" would be; inside a condition ("if a company wants …", "Als een bedrijf … wil"),
counted ("One small company had planned …") or as an example after "For example," it stays
nobody, and a thing ("A new website will …") never acts. Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("A company is expected to generate $5 million in revenue within the next year.", "A company"),
    ("Een bedrijf wil de omzet in 2027 met 10% verhogen.", "Een bedrijf"),
    ("An agency aims to sign 12 new retainer clients by the end of 2027.", "agency"),
    ("if a company wants to increase its sales from $1M to $2M in 2027", None),
    ("Als een bedrijf de omzet in 2027 met 10% wil verhogen, moet het investeren.", None),
    ("One small company had planned to double sales by 2027.", None),
    ("For example, a company could aim for 10% more revenue in 2027.", None),
    ("A new website will double leads by 2027.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_an_indefinite_organisation_opening_the_goal_owns_it(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

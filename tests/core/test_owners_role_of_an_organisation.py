"""A person named with a role and their organisation owns the goal (DOMAIN.md, "Reading real
sentences", A: a named person or organisation as the subject): issue 12, class "a role, a name and
the organisation after van/of".

News names the one who speaks for a company by role, name and company: "Topman Piet Jansen van
Bouwbedrijf Jansen wil …", "CEO Lisa Grant of Harbor Foods wants …". The subject is the whole; a
source after "volgens" still owns nothing. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Topman Piet Jansen van Bouwbedrijf Jansen wil de omzet in 2027 met 10% verhogen.",
     "Topman Piet Jansen van Bouwbedrijf Jansen"),
    ("Oprichter Anne Visser van Museum Hoorn wil in 2027 20% meer bezoekers.", "Oprichter Anne Visser van Museum Hoorn"),
    ("CEO Lisa Grant of Harbor Foods wants to grow exports by 15% in 2027.", "CEO Lisa Grant of Harbor Foods"),
    ("Volgens topman Piet Jansen van Bouwbedrijf Jansen moet de omzet in 2027 met 10% stijgen.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_role_a_name_and_the_organisation_own_the_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

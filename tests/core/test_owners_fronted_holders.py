"""Whose goal it is, fronted with "for"/"voor" (DOMAIN.md, "Reading real sentences", A: an
organisation named as the owner): issue 12, class "whose goal it is, fronted with for/voor".

"For Acme, the goal is …", "Voor de gemeente is het doel …", "Bij Bol is het doel …", "At Northwind,
the target is …": the organisation the goal is for, or at, holds
it, as "het doel van de gemeente" already did. A time, an example or a person the goal serves
holds nothing ("For 2027, the goal is …", "For example, …", "Voor de klant is het doel …"). Our own
lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("For Acme, the goal is 20% more repeat customers by 2027.", "Acme"),
    ("For the foundation, the main target is 1,000 new donors in 2027.", "the foundation"),
    ("Voor de gemeente is het doel 20% minder afval in 2027.", "de gemeente"),
    ("Voor Bakkerij Jansen is de ambitie 15% meer omzet in 2027.", "Bakkerij Jansen"),
    ("Bij Bol is het doel om in 2027 20% meer pakketten te bezorgen.", "Bol"),
    ("At Northwind, the target is a 5% churn rate by Q4 2027.", "Northwind"),
    # the bar, "de lat", set for it (issue 12, class "the bar set for an organisation")
    ("For the museum, the bar for 2027 is 10,000 visitors.", "the museum"),
    ("Voor het museum ligt de lat op 10.000 bezoekers in 2027.", "het museum"),
    ("Voor 2027 ligt de lat op 10.000 bezoekers.", None),
    ("For 2027, the goal is 20% more repeat customers.", None),
    ("For example, the goal could be 20% more repeat customers by 2027.", None),
    ("Voor de klant is het doel een levertijd onder 24 uur in 2027.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_the_organisation_a_goal_is_for_holds_it(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

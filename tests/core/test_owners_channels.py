"""A marketing channel owns no goal, however it is written (DOMAIN.md, "Reading real sentences", A: an
actor as the subject; a means is no actor): issue 12, class "a channel as the subject".

"Content marketing should bring 20 % more traffic", "E-mailmarketing moet 30 % van de omzet
opleveren", "Paid social will deliver 500 leads", "LinkedIn generated 300 leads": the channel the
figures come through is no one who acts. A team named after it is ("The SEO team will …", "Het
social-mediateam wil …"), and a department alone ("Marketing will …") too. Our own lines, both
languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Content marketing should bring 20% more traffic by Q3 2027.", None),
    ("Email marketing moet in 2027 30% van de omzet opleveren.", None),
    ("Paid social will deliver 500 leads in Q2 2027.", None),
    ("Organic search should grow 25% by the end of 2027.", None),
    ("LinkedIn generated 300 leads last quarter; grow that to 400 by Q2 2027.", None),
    ("The SEO team will double organic traffic by Q4 2027.", "team"),
    ("Marketing will double qualified leads by June 2027.", "Marketing"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_channel_owns_nothing(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

"""The subject of a verb of heading for a figure owns it (DOMAIN.md, "Reading real sentences",
A: a company, brand or organisation as the subject): issue 12, class "koerst af op".

News and plans say where an organisation is headed: "De keten koerst af op 40 filialen",
"Dit jaar stevent de webwinkel af op …", "the brand is heading for …". The verb is one of
intent like "mikt op", so the subject before it (or after it, when a time opens the Dutch
sentence) is the owner; a metric as the subject ("de omzet koerst af op") names nobody. Our own
lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("De keten koerst af op 40 filialen in 2028.", "De keten"),
    ("Dit jaar stevent de webwinkel af op 2 miljoen bestellingen.", "de webwinkel"),
    ("Het museum telt 70 medewerkers en koerst af op 150.000 bezoekers in 2027.", "Het museum"),
    ("The brewery is heading for 30,000 hectolitres by 2028.", "The brewery"),
    ("De omzet koerst af op 5 miljoen euro in 2027.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_the_subject_heading_for_a_figure_owns_it(text, owner):
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

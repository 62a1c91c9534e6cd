"""The size of a change named by a noun (DOMAIN.md, "Reading real sentences", R): issue 12, class
"a change noun, its measure, then the size".

"een vermindering van de CO2-uitstoot van 55 procent", "a reduction in energy use of 60 %", "a
cut in emissions of 30 %", "een stijging van het aantal leden van 20 %": the percentage is the
size of the change, so the realism bounds judge it (-55 % is beyond -50 %), not a level of 55 %.
Of a range ("van 50 à 60 procent") the far end counts; a pair after the noun ("een daling van
het verzuim van 6 % naar 4 %") stays from → to. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

CHANGES = [
    # (text, relative change, R passes)
    ("De gemeente streeft naar een vermindering van de CO2-uitstoot van 55 procent tegen 2030", -0.55, False),
    ("We willen een verlaging van de energiekosten van onze kantoren van 20% in 2028", -0.2, True),
    ("We want a reduction in energy use of 60% by 2030", -0.6, False),
    ("The plan is a cut in packaging waste of 30% by 2029", -0.3, True),
    ("Een stijging van het aantal donateurs van 25% in 2027", 0.25, True),
    ("De haven wil een daling van de uitstoot van 40 à 60 procent voor 2035", -0.6, False),
]


@pytest.mark.parametrize(("text", "change", "realistic"), CHANGES)
def test_the_percentage_after_a_change_noun_is_the_change(text, change, realistic):
    result = smart_check(text, today=TODAY)
    assert result.parsed.relative_change == change
    assert result.parsed.target is None
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


def test_a_pair_after_a_change_noun_stays_from_to():
    result = smart_check("Een daling van het verzuim van 6% naar 4% in 2027", today=TODAY)
    assert (result.parsed.baseline, result.parsed.target, result.parsed.relative_change) == (6.0, 4.0, None)

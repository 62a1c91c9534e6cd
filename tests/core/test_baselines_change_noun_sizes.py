"""A change noun sizes the percentage right after it (DOMAIN.md, "Reading real sentences", R: a
stated % must agree with its from→to numbers): issue 12, class "verbetering 15 %".

KPI lines write the metric, the change as a noun and its size: "CTR improvement: 20%",
"Conversie verbetering: 10-15% (van 2% naar 3%)", "Vergroting bereik 30%". The percentage is the stated
change (a range's upper end), so it is checked against the from→to pair when one is given. A
"van … naar" pair after the noun stays a pair. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, baseline, target, stated change, R passes)
    ("Open rate verbetering: 10-15% (van 20% naar 23%)", 20.0, 23.0, 0.15, True),
    ("Open rate verbetering: 10-15% (van 20% naar 30%)", 20.0, 30.0, 0.15, False),  # the pair says +50 %
    ("Klanttevredenheid verbetering 5% (van 80% naar 84%)", 80.0, 84.0, 0.05, True),
    ("Vergroting bereik 30% in 2027", None, None, 0.30, True),
    ("Checkout improvement: 10-20% (from 4% to 6%)", 4.0, 6.0, 0.20, False),  # the pair says +50 %
]


@pytest.mark.parametrize(("text", "baseline", "target", "change", "realistic"), CASES)
def test_a_change_noun_states_the_size_of_the_change(text, baseline, target, change, realistic):
    result = smart_check(text)
    parsed = result.parsed
    assert (parsed.baseline, parsed.target) == (baseline, target)
    assert parsed.relative_change == pytest.approx(change)
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


def test_a_pair_after_the_noun_is_no_change():
    parsed = smart_check("Verbetering van de conversie van 2% naar 3% in 2027").parsed
    assert (parsed.baseline, parsed.target, parsed.relative_change) == (2.0, 3.0, None)

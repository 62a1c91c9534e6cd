"""A count of what there is, then where it must go (DOMAIN.md, "Reading real sentences", R): issue
12, class "the N things must go to M".

"De 80 deelauto's in het centrum moeten volgend jaar groeien tot 200", "our 40 stores should grow
to 55": a count after a definite article or a possessive, with a modal before the target's "to",
names what there is now. It is the baseline, so the numbers give the direction and the realism
bounds judge the step. Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

COUNTS = [
    # (text, baseline, target, R passes)
    ("De 80 deelauto's in het centrum moeten volgend jaar groeien tot 200", 80.0, 200.0, False),  # +150 %
    ("Our 40 stores should grow to 55 by 2028", 40.0, 55.0, True),
    ("Onze 12 vestigingen moeten in 2029 uitgroeien tot 18", 12.0, 18.0, True),
    ("The 300 volunteers we have must become 900 by next summer", 300.0, 900.0, False),  # +200 %
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), COUNTS)
def test_a_definite_count_before_a_modal_and_a_to_is_the_baseline(text, baseline, target, realistic):
    result = smart_check(text)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


def test_the_numbers_give_the_direction():
    assert smart_check("De 80 deelauto's in het centrum moeten volgend jaar tot 100").parsed.direction == "increase"

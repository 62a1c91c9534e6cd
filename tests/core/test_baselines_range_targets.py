"""A range as the target, and a part's figure after it (DOMAIN.md, "Reading real sentences", R and
"Ranges"): issue 12, class "the upper end of the goal's range is its target; a bound on a part
said later does not replace it".

"between 160,000 barrels and 180,000 barrels" (the unit after each end) is one span whose upper
end is the target, as "between 500 and 600" is; a later "with the new site contributing over 40,000"
bounds a part, not the goal, so the first target stands and the realism bounds judge it against
the baseline. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

RANGES = [
    # (text, baseline, target, R passes)
    ("Raise output to between 50,000 crates and 60,000 crates in 2027, up from 45,000 crates, "
     "with the new hall adding over 8,000 crates", 45000.0, 60000.0, True),
    ("We want between 500 and 600 leads in Q3, with partners bringing in at least 150 leads", None, 600.0, True),
    ("Het ledental moet tussen 900 leden en 1.000 leden liggen in 2028, nu 400 leden", 400.0, 1000.0, False),
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), RANGES)
def test_the_upper_end_of_the_range_is_the_target(text, baseline, target, realistic):
    result = smart_check(text)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


def test_a_lone_bound_is_still_the_target():
    parsed = smart_check("Reach at least 300 members by 2027").parsed
    assert (parsed.target, parsed.direction) == (300.0, "at_least")

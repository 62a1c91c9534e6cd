"""A year that names a yardstick (DOMAIN.md, "Reading real sentences", M): issue 12, class "the
2024 baseline": a year before "baseline", "levels", "cohort" or "figures" says which
measurement, it is no count to reach.

"grow enrolment from the 2024 enrolment baseline of 5,200" has a baseline and no target (M
fails); "40 % below 2019 levels" and "25 % onder het niveau van 2015" are changes against a
yardstick year. A count written like a year
after "to" stays a count ("grow to 2024 members"). Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

YARDSTICKS = [
    # (text, baseline, target, relative change)
    ("Each term, increase enrolment from the 2024 enrolment baseline of 5,200", 5200.0, None, None),
    ("De uitstoot moet in 2030 25% onder het niveau van 2015 liggen", None, None, -0.25),
    ("Lift bookings to 15% above 2024 levels", None, None, 0.15),
    ("Cut water use 30% below 2019 levels by 2030", None, None, -0.3),
    ("Het aantal klachten daalt met 20% ten opzichte van de 2024 nulmeting", None, None, -0.2),
]


@pytest.mark.parametrize(("text", "baseline", "target", "change"), YARDSTICKS)
def test_a_yardstick_year_is_no_target(text, baseline, target, change):
    parsed = smart_check(text).parsed
    assert (parsed.baseline, parsed.target, parsed.relative_change) == (baseline, target, change)


def test_a_baseline_alone_is_not_measurable():
    assert not smart_check("Each term, increase enrolment from the 2024 enrolment baseline of 5,200").verdicts["M"].passed


def test_a_count_written_like_a_year_stays_a_count():
    assert smart_check("Grow the choir to 2024 members").parsed.target == 2024.0

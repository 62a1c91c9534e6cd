"""A bare noun phrase before "must be"/"should be" is the thing measured (DOMAIN.md, "Reading real
sentences", A: a metric as the subject is what changes). Issue 12, class "a bare measure of two
words".

"Coffee should be no more than 40 percent …" named nobody; "By 2030, CO2 emissions must be 30 %
lower …", "Waiting times should be under 4 weeks …" named their measure as the owner, because
only a one-word subject was read so. A phrase with no article or possessive whose head is written
in lower case is the measure; a name keeps its capitals ("Acme Corp must be …") and a unit acts
("Sales team must be …"). Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("By 2030, CO2 emissions must be 30% lower than in 2020.", None),
    ("Waiting times should be under 4 weeks by 2027.", None),
    ("Customer satisfaction scores should be above 8 by 2027.", None),
    ("Wachttijden moeten in 2027 onder de 4 weken zijn.", None),
    ("Acme Corp must be at 15% market share by 2027.", "Acme Corp"),
    ("Sales team must be at 120% of quota by Q4 2027.", "team"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_bare_measure_before_must_be_is_no_owner(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

"""An acronym with "'s" inside the metric's own phrase is a plural, not a possessive (DOMAIN.md,
"Reading real sentences", A: a possessive names an owner; the metric is never the owner): issue
12, class "a Dutch plural in the metric".

Dutch writes the plural of an acronym with an apostrophe: "SLA’s actief", "KPI's gehaald", "MQL's
per maand". When the metric reader reads it with the word after it as one phrase, it is the measure,
and no one owns the goal through it. An English possessive before the metric ("IBM's revenue")
still names its holder. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("SLA’s actief: Q1 ≥ 3, Q2 ≥ 5, Q3 ≥ 7, Q4 ≥ 9", None),
    ("Northwind's revenue must grow by 10% in 2027.", "Northwind"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_an_acronym_plural_in_the_metric_owns_nothing(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

"""A span of quarters or halves ends with its last part (issue 12, class "a span of the plan's
parts"; DOMAIN.md T: a period, "in Q3", gives a deadline).

"Q1-Q4: 2,000 leads in total", "Q2-Q3 2027: …", "H1-H2: omzet +15 %": plan files set a figure for
a run of quarters or halves; the deadline is the end of the last one (the next such end when no
year is written, as "Q3" alone reads). A quarter with its year glued on ("q3-2027") reads as before.
Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

SPANS = [
    ("Q1-Q4: 2,000 qualified leads in total", date(2027, 12, 31)),
    ("Q2-Q3 2028: grow demo requests by 20%", date(2028, 9, 30)),
    ("H1-H2: omzet +15%", date(2027, 12, 31)),
    ("Q1-Q2: 300 nieuwe klanten", date(2027, 6, 30)),
    ("Webinar sign-ups q3-2027: 500", date(2027, 9, 30)),
]


@pytest.mark.parametrize(("text", "deadline"), SPANS)
def test_a_span_of_quarters_ends_with_its_last(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed

"""Stretches of time counted out in the ways real goals write them (DOMAIN.md, "Reading real
sentences", T): issue 12, class "a length of time written with a possessive, a Flemish 'op',
or a spaced dash".

"in one year's time" (as "in two years' time"), Flemish "op 5 jaar tijd" (within five years),
"vier jaar tijd" after a count, and a span of years with a spaced dash ("in de periode 2027 –
2030", whose end is the deadline). The counts that write a length or a span are no target.
Our own sentences, both languages; ``today`` is pinned so the dates resolve the same on every run.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

LENGTHS = [
    ("Grow repeat bookings by 10% in one year's time", date(2027, 12, 7)),
    ("Cut churn by 5% within a year's time", date(2027, 12, 7)),
    ("Reach 300 reviews in a month's time", date(2027, 1, 7)),
    ("Lift trial conversions by 4% in two years' time", date(2028, 12, 7)),
    ("Op 3 jaar tijd wil de brouwerij haar omzet met 40% verhogen", date(2029, 12, 7)),
    ("Op twee jaar tijd moet het aantal abonnees stijgen naar 9.000", date(2028, 12, 7)),
    ("De bibliotheek wil op vier jaar tijd 25% meer leners", date(2030, 12, 7)),
    ("De gemeente wil in de periode 2027 – 2030 minstens 600 laadpalen plaatsen", date(2030, 12, 31)),
    ("Our goal for the period 2027 – 2029 is 1,200 new members", date(2029, 12, 31)),
]


@pytest.mark.parametrize(("text", "deadline"), LENGTHS)
def test_a_length_of_time_is_the_deadline(text, deadline):
    result = smart_check(text, today=TODAY)
    assert result.verdicts["T"].passed, result.verdicts["T"].reason
    assert result.parsed.deadline == deadline


NOT_TARGETS = [
    # (text, the target the goal does set, or None)
    ("Op 5 jaar tijd willen we de omzet verdubbelen", None),
    ("Het team organiseert vijf tot zes weken lang acties voor nieuwe donateurs", None),
    ("Increase sign-ups by 8% in one year's time", None),
    ("De gemeente wil in de periode 2027 – 2030 minstens 600 laadpalen plaatsen", 600.0),
]


@pytest.mark.parametrize(("text", "target"), NOT_TARGETS)
def test_the_counts_of_a_length_or_span_are_no_target(text, target):
    assert smart_check(text, today=TODAY).parsed.target == target

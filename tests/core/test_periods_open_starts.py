"""Times that open a trend or qualify a measure (DOMAIN.md, "Reading real sentences", T): issue 12,
class "a start with no figure, a season that says which, a comparison before a window".

"Vanaf 2028 zal het aantal deelauto's sterk groeien" says when a trend starts: with no figure
to hold from then on, there is no deadline (with one, "vanaf 2030 gebruiken we 50 % minder",
there is). "our summer attendance" names which attendance, where "our summer campaign" and
"our fall goal" are periods. And a comparison ("t.o.v. de nulmeting", "compared with last
year") never turns the window after it ("binnen 12 maanden") into its yardstick. Our own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

NO_DEADLINE = [
    "Vanaf 2028 zal het aantal deelauto's in de stad sterk groeien",
    "From 2027 on, the share of online bookings keeps rising",
    "We commit to growing our summer attendance by 12%",
    "The schools aim to grow their spring enrollment by 5%",
]


@pytest.mark.parametrize("text", NO_DEADLINE)
def test_a_start_or_a_season_that_qualifies_is_no_deadline(text):
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline is None
    assert not result.verdicts["T"].passed


DEADLINES = [
    ("Vanaf 2030 gebruiken we 40% minder verpakkingsmateriaal", date(2030, 12, 31)),
    ("From 2029 on we want zero landfill waste", date(2029, 12, 31)),
    ("Vanaf volgend jaar is minstens de helft van de menukaart vegetarisch", date(2027, 12, 31)),
    ("We reached our fall goal of 15% more visitors", date(2027, 11, 30)),
    ("Our summer campaign must bring in 600 leads", date(2027, 8, 31)),
    ("De klanttevredenheid stijgt met 5 punten t.o.v. de nulmeting binnen 12 maanden", date(2027, 12, 7)),
    ("Lift repeat purchases 10% compared with last year within 6 months", date(2027, 6, 7)),
]


@pytest.mark.parametrize(("text", "deadline"), DEADLINES)
def test_a_period_that_is_due_stays_the_deadline(text, deadline):
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed

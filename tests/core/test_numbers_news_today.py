""""Today" beside a verb of the news dates the news, not a figure (issue 12, class "the day of the
news"; DOMAIN.md R: judged on the goal's own baseline and target).

"Short's Brewing today announced a $5 million expansion … to double capacity to 60,000 barrels"
took the $5 million as where the capacity stands ("today" as a cue of now), and R failed on the
unlike pair. A "today"/"vandaag" next to announced/said/maakte bekend/zei is the day of the
report. Our own sentences, both languages; "we have 2,000 members today" stays a baseline.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

NEWS = [
    ("Acme Brewing today announced a $5 million expansion that will double capacity to 60,000 barrels",
     None, 60_000.0),
    ("Brouwerij Noord maakte vandaag bekend 3 miljoen euro te investeren om de capaciteit te verdubbelen tot "
     "40.000 hectoliter", None, 40_000.0),
    ("Acme today announced a $2 million plan to grow its fleet to 400 trucks, up from 250", 250.0, 400.0),
]


@pytest.mark.parametrize(("text", "baseline", "target"), NEWS)
def test_the_day_of_the_news_dates_no_figure(text: str, baseline: float | None, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed


@pytest.mark.parametrize(("text", "baseline"), [
    ("We have 2,000 members today and want 5,000 by June", 2000.0),
    ("Vandaag tellen we 300 leden; we willen er 450 in december", 300.0),
])
def test_today_beside_a_figure_is_still_where_it_stands(text: str, baseline: float) -> None:
    assert smart_check(text, today=TODAY).parsed.baseline == baseline

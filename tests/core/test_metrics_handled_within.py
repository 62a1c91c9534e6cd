"""What is handled within a short time: a ceiling on that time (issue 12, class "handled within a
short time").

"Alle e-mails binnen 4 uur beantwoorden", "answer every support chat within 2 minutes": a verb of
handling, answering or resolving bounded by a few minutes, hours or working days says how long
each item may take, at most; what is handled is the metric and the bound its direction (DOMAIN.md:
S needs a metric and a direction, "at most" among them). A goal whose figure is a share ("80% of
calls within 20 seconds") measures the share, and a period after a change ("increase sign-ups by
20% within 30 days") stays a deadline.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("text", "metric"), [
    ("We beantwoorden alle e-mails binnen 4 uur.", "e-mails"),
    ("De gemeente wil meldingen over straatverlichting binnen drie werkdagen afhandelen.", "meldingen"),
    ("Answer every support chat within 2 minutes.", "support chat"),
    ("Our agents resolve billing disputes within 48 hours.", "billing disputes"),
])
def test_a_short_time_bound_on_handling_is_a_ceiling(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.parsed.direction == "at_most"
    assert result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "direction"), [
    ("Increase sign-ups by 20% within 30 days.", "increase"),
    ("Answer 90% of calls within 30 seconds.", "reach"),
])
def test_a_share_or_a_change_keeps_its_own_direction(text: str, direction: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction == direction

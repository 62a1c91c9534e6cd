"""A service time in working days (issue 12, class "a service time in working days"; DOMAIN.md S:
"at most" is a direction, and a time each item may take is a ceiling).

"answer tickets within 2 hours" already read as a ceiling on the time each takes; a word between the
figure and the unit ("within 15 working days", "within 2 business days", "binnen 5 volle werkdagen")
hid it, so S failed for want of a direction. Days qualified as working, business or calendar days are
days of a service norm, not a period. Without a verb of handling, nothing changes. Our own sentences,
both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

CEILINGS = [
    ("We aim to resolve billing disputes within 10 working days.", 10.0),
    ("Our team will answer partner requests within 2 business days", 2.0),
    ("Process refund claims within three business days", 3.0),
    ("We respond to press questions within 1 working day", 1.0),
    ("Wij willen bezwaren binnen 5 volle werkdagen afhandelen.", 5.0),
    ("De klantenservice gaat offerteaanvragen binnen twee hele werkdagen beantwoorden", 2.0),
]


@pytest.mark.parametrize(("text", "days"), CEILINGS)
def test_a_service_time_in_working_days_is_a_ceiling(text: str, days: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == "at_most"
    assert result.parsed.target == days
    assert result.verdicts["S"].passed


NO_HANDLING = [
    "Launch the partner portal within 30 working days",
    "Wij openen de nieuwe winkel binnen 20 volle werkdagen",
]


@pytest.mark.parametrize("text", NO_HANDLING)
def test_working_days_without_handling_bound_nothing(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction != "at_most"

"""Service norms are no deadline (DOMAIN.md, "Reading real sentences", T): issue 12, class "a short
window beside a verb of serving says how fast, not by when".

"orders are shipped within 2 days", "every request is answered within 3 working days", "elke
klacht binnen 5 werkdagen afhandelen", "binnen drie weken geholpen": the window is part of what
is measured (a ceiling on the time to serve), so T does not pass on it. Beside another figure
("95 % … within 2 days") the window's count is no target; alone it is the ceiling to meet. A
window that ends a change ("increase AOV … within 60 days") stays a deadline. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

NORMS = [
    # (text, the target read)
    ("95% of web orders are shipped within 2 days", 95.0),
    ("Every partner request is answered within 3 working days", 3.0),
    ("Make sure 90% of complaints are resolved within 10 days", 90.0),
    ("Wij willen elke klacht binnen 5 werkdagen afhandelen", 5.0),
    ("80% van de aanvragen wordt binnen drie weken beantwoord", 80.0),
    ("Nieuwe patiënten worden binnen 2 weken geholpen", 2.0),
    ("We streven ernaar elke aanvraag binnen 5 werkdagen zorgvuldig en volledig naar wens af te handelen", 5.0),
    ("80% van de telefoontjes wordt binnen 3 minuten beantwoord", 80.0),
]


@pytest.mark.parametrize(("text", "target"), NORMS)
def test_a_service_window_is_no_deadline(text, target):
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline is None
    assert not result.verdicts["T"].passed
    assert result.parsed.target == target


DEADLINES = [
    ("Increase average order value from $60 to $70 within 60 days", date(2027, 2, 5)),
    ("Binnen 6 weken willen we 200 nieuwe abonnees", date(2027, 1, 18)),
    ("Cut open tickets by 25% within 90 days", date(2027, 3, 7)),
]


@pytest.mark.parametrize(("text", "deadline"), DEADLINES)
def test_a_window_that_ends_a_change_stays_a_deadline(text, deadline):
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed

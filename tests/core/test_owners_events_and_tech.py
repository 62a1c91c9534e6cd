"""An event, a technology or whoever at all owns no goal (DOMAIN.md, "Reading real sentences", A: a
thing is no actor, a generic subject names nobody): issue 12, class "what can never be an owner".

"The merger should deliver 10 % savings", "De relaunch moet …", "AI moet 30 % van de vragen
afhandelen", "De app moet 100.000 downloads halen": the means a goal is reached through, not who
reaches it; "Whoever wants more leads …" is anyone. Whoever runs them is named elsewhere when
named at all ("Acme will use AI to …" keeps Acme). Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("The merger should deliver 10% cost savings by 2027.", None),
    ("De fusie moet in 2027 10% kostenbesparing opleveren.", None),
    ("The relaunch must lift conversions by 20% by Q3 2027.", None),
    ("AI moet in 2027 30% van de klantvragen afhandelen.", None),
    ("De app moet in 2027 100.000 downloads halen.", None),
    ("The chatbot should resolve 40% of tickets by June 2027.", None),
    ("Whoever wants more leads should aim for 20% more traffic by Q3.", None),
    ("Acme will use AI to cut response times by 30% by 2027.", "Acme"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_an_event_a_technology_or_anyone_owns_nothing(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

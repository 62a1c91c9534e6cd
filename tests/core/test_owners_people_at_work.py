"""People who do an organisation's work own the goal they state, even when a goal could count
them (DOMAIN.md, "Reading real sentences", A: a named team or group of people acts). Issue 12,
class "people at work as the subject".

"The volunteers aim to collect …", "De vrijwilligers van de Voedselbank willen …", "de verkopers
willen …", "the sales reps aim …": the subject was dropped because "volunteers", "verkopers" or
"sales" is also a metric word ("recruit 300 volunteers"). A metric word in the subject names the
people's work when the subject picks out particular workers ("the", "de", "onze") or a unit; a
bare plural ("Volunteers want …") is a kind, and the workers stay the metric when they are what
grows ("The volunteers must grow to 300"). Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("The volunteers aim to collect 50 tonnes of food by Christmas 2027.", "The volunteers"),
    ("The volunteers of the Harbour Food Bank aim to collect 50 tonnes of food by Christmas 2027.",
     "The volunteers of the Harbour Food Bank"),
    ("De vrijwilligers willen voor kerst 2027 50 ton voedsel inzamelen.", "De vrijwilligers"),
    ("De vrijwilligers van de Voedselbank willen voor kerst 2027 50 ton voedsel inzamelen.",
     "De vrijwilligers van de Voedselbank"),
    ("De verkopers willen in het eerste kwartaal van 2027 60 deals sluiten.", "De verkopers"),
    ("The sales reps aim to close 60 deals in Q1 2027.", "The sales reps"),
    # a bare plural is a kind; the workers who grow are the metric
    ("Volunteers want to collect 50 tonnes of food by Christmas 2027.", None),
    ("The volunteers must grow to 300 by 2027.", None),
    ("Het aantal vrijwilligers moet in 2027 naar 300 groeien.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_people_at_work_own_the_goal_they_state(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

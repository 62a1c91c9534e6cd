"""Acquiring a count in other forms gives S its direction (issue 12, class "acquiring in other forms").

DOMAIN.md ("Reading real sentences", S): a count to reach with an acquisition verb is an increase. Receiving
or having delivered a count is acquiring it ("receive 300 applications", "deliver 40 qualified leads a
month", "120.000 bezoekers ontvangen"), and a Dutch verb of acquiring acquires in its participle and its
compound too ("200 vrijwilligers gevonden", "40 donateurs gewonnen", "12 medewerkers aangenomen", "5%
marktaandeel binnenslepen"). Participles that also say what a share is ("22 procent van de woningen
aangesloten", "16% van het verbruik opgewekt") stay a bare level. The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


ACQUIRED = [
    # text, a word of the metric
    ("We will receive 300 applications for the trainee programme by March", "applications"),
    ("The support desk receives 500 reviews on Trustpilot this year", "reviews"),
    ("Marketing must deliver 40 qualified leads a month to sales in 2027", "leads"),
    ("Dit seizoen willen we 120.000 bezoekers ontvangen", "bezoekers"),
    ("Voor de zomer moeten er nog 200 vrijwilligers gevonden worden", "vrijwilligers"),
    ("In 2027 moeten 40 nieuwe donateurs gewonnen zijn", "donateurs"),
    ("Er moeten dit jaar 12 nieuwe medewerkers aangenomen worden", "medewerkers"),
    ("Tegen 2027 willen we 5% marktaandeel binnenslepen", "marktaandeel"),
]


@pytest.mark.parametrize(("text", "head"), ACQUIRED)
def test_a_count_acquired_in_another_form_is_an_increase(text: str, head: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and head in result.parsed.metric_words, result.parsed
    assert result.parsed.direction == "increase", result.parsed
    assert result.verdicts["S"].passed


BARE_LEVELS = [
    # a share that is connected or generated: a level to reach, its direction open (no baseline)
    "Tegen eind dit jaar wil het bedrijf 22 procent van de woningen aangesloten hebben",
    "In 2027 is 16% van het verbruik duurzaam opgewekt",
]


@pytest.mark.parametrize("text", BARE_LEVELS)
def test_a_share_connected_or_generated_stays_a_level(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == "reach", result.parsed
    assert not result.verdicts["S"].passed

"""A record to set is an increase (issue 12, class "a record to set"; DOMAIN.md S: a metric and the way
it should go).

"A record 6 trillion" already read up; "a new high", "an all-time high", "nieuw record", and a
superlative said of the goal's level with "ever", "to date", "yet", "ooit" or "tot nu toe" ("our best
customer rating to date", "de hoogste omzet ooit") were left a level to reach, so S failed. A
superlative that only picks which ones ("our biggest market", "de grootste stad") sets no record. Our
own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

RECORDS = [
    "Achieve our best customer rating to date this year.",
    "Reach an all-time high of 10,000 newsletter subscribers by June.",
    "The club wants to reach a new high in season ticket sales in 2027.",
    "Hit our highest NPS ever by the end of Q3.",
    "We willen in 2027 de hoogste omzet ooit halen: 5 miljoen euro.",
    "Ons doel: de beste klanttevredenheid tot nu toe, in 2027.",
    "Het theater wil dit seizoen een nieuw record in bezoekersaantallen halen.",
]


@pytest.mark.parametrize("text", RECORDS)
def test_a_record_to_set_is_an_increase(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == "increase"
    assert result.verdicts["S"].passed


NO_RECORD = [
    "Reach 500 members in the biggest city by June.",
    "We willen in de grootste stad van het land 400 leden halen.",
]


@pytest.mark.parametrize("text", NO_RECORD)
def test_a_superlative_that_picks_sets_no_record(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction != "increase"
    assert not result.verdicts["S"].passed

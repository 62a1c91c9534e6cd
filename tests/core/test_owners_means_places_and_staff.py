"""What stands before the verb: a means, a place, a floating word, a day, staff at a body and a
trade (DOMAIN.md, "Reading real sentences", A: an actor as the subject; a thing or a place does
not act). Issue 12, classes found on a fresh set of our own sentences labelled before xlsmart saw them.

- A means as the head ("Gepersonaliseerde e-mails moeten …", "Better reviews will boost …") and a
  place or platform after a preposition ("webverkeer uit Duitsland", "reviews on Google") are
  where or how, never who.
- "Jumbo and Albert Heijn both aim …", "Acme on Monday announced …": a floating "both"/"beide"
  or a day between the subject and its verb is skipped to reach the subject.
- "The staff at the clinic want …", "De medewerkers bij de kliniek willen …": people at a body
  act for it as "the staff of" did; "Met een klantenkaart wil de bakker …": a trade is a business.
Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Gepersonaliseerde e-mails moeten de open rate in Q2 2027 naar 30% brengen.", None),
    ("Weekly newsletters should lift repeat orders by 10% in 2027.", None),
    ("Het webverkeer uit Duitsland moet in Q2 2027 met 25% groeien.", None),
    ("Better reviews on Google will boost bookings by 20% in 2027.", None),
    ("Deskundigen verwachten dat de omzet van fietsenwinkels in 2027 met 10% stijgt.", None),
    ("Jumbo and Albert Heijn both aim to cut food waste by half by 2030.", "Albert Heijn"),
    ("Acme on Monday announced plans to grow online sales by 10% in 2027.", "Acme"),
    ("The staff at the clinic want to cut no-shows by 30% in 2027.", "The staff at the clinic"),
    ("De medewerkers bij de kliniek willen het aantal no-shows in 2027 met 30% verlagen.",
     "De medewerkers bij de kliniek"),
    ("Met een nieuwe klantenkaart wil de bakker in 2027 25% meer vaste klanten.", "de bakker"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_what_stands_before_the_verb_is_read_for_what_it_is(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

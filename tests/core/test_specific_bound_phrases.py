"""A bound written as a phrase gives the direction S needs, the right way round (issue 12, class "a
bound written as a phrase").

A negated comparative is the other bound ("no less than 90%", "niet minder dan 90%" are floors, never
ceilings), the old datives "op zijn minst" and "ten hoogste" say "at least" and "at most", and a
comparative right after a figure bounds that figure ("400 members or more", "4 minuten of minder");
the same words elsewhere say nothing of a bound ("dezelfde of meer verkeer" is more traffic). The
sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


BOUND_PHRASES = [
    # text, direction read
    ("We want no fewer than 400 members by June", "at_least"),
    ("No less than 90% of our customers should rate us four stars by 2027", "at_least"),
    ("Niet minder dan 90% van de klanten moet in 2027 tevreden zijn", "at_least"),
    ("Tegen 2027 moeten op zijn minst 5.000 huishoudens op het warmtenet zitten", "at_least"),
    ("Op z'n minst 300 deelnemers aan de voorjaarsactie", "at_least"),
    ("Upwards of 300 attendees at the spring conference", "at_least"),
    ("Ten hoogste 5 klachten per maand in 2027", "at_most"),
    ("Het klantverloop is in 2027 op zijn hoogst 8%", "at_most"),
    ("400 members or more by June", "at_least"),
    ("Een NPS van 45 of hoger in 2027", "at_least"),
    ("400 leden of meer in juni", "at_least"),
    ("Average handling time: 4 minutes or less by Q3", "at_most"),
    ("Wachttijd aan de kassa: 4 minuten of minder", "at_most"),
    ("Refund requests: 20 or fewer a month by June", "at_most"),
]


@pytest.mark.parametrize(("text", "direction"), BOUND_PHRASES)
def test_a_bound_written_as_a_phrase_is_read_the_right_way_round(text: str, direction: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == direction, result.parsed
    assert result.verdicts["S"].passed, result.verdicts


NO_BOUND_HERE = [
    # "or more" / "of meer" not after a figure: a comparative of the noun after it, no floor
    "Als we dezelfde of meer bezoekers trekken, groeit de omzet met 5%",
    "Keep the same or more traffic while cutting ad spend by 10%",
    "Win one or more new distributors and grow export sales by 15% in 2027",
]


@pytest.mark.parametrize("text", NO_BOUND_HERE)
def test_or_more_away_from_a_figure_bounds_nothing(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction not in ("at_least", "at_most")

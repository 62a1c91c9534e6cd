"""One word that names a channel or a measure is no actor (DOMAIN.md, "Reading real sentences", A:
an actor as the subject; a metric as the subject is what changes). Issue 12, class "a lone word
that is no name".

"E-commerce will make up 30 % of sales", "Online moet de helft van de omzet leveren", "Email
should bring in 20 %": the channel the figures come through (two-word channels, "Paid social",
were read so already). "Attendance reached 20,000 …", "Occupancy rose …": a lone abstract noun
that opens the goal is the measure, though its capital looks like a name's. Platforms that are
companies ("Google wants …") and names ("Hilton reached 1,000 hotels and plans …") still act.
Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("E-commerce will make up 30% of sales by 2027.", None),
    ("Email should bring in 20% of revenue by 2027.", None),
    ("Social will deliver 40% of leads in 2027.", None),
    ("Online moet in 2027 de helft van de omzet leveren.", None),
    ("Attendance reached 20,000 last summer; 25,000 is the goal for this summer.", None),
    ("Occupancy rose to 80% last year and should reach 85% in 2027.", None),
    ("Google wants to grow cloud revenue by 30% in 2027.", "Google"),
    ("Hilton reached 1,000 hotels and plans 150 more in 2027.", "Hilton"),
    ("Reliance Retail plans to open 500 stores in 2027.", "Reliance Retail"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_lone_channel_or_measure_is_no_actor(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

"""A noun right after a count is what it counts, not a verb of acquiring (issue 12, class "a noun that
is also a verb of acquiring"; DOMAIN.md S: a count to reach with an acquisition verb is an increase, a
bare level leaves the direction open).

"books", "boeken", "wins", "hits" are verbs of acquiring elsewhere ("books 20 demos", "boeken wij"), so a
count of them ("read 6 books", "1,000 hits") was read as acquired and S passed with no direction word.
Right after the figure they are the thing counted; a verb of acquiring before the count still acquires
("book 20 demos", "win 100 new clients"). Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

COUNTED = [
    "Read 12 books together as a team this year",
    "Our reading club: 40 books per member in 2027",
    "De leesclub wil in 2027 samen 300 boeken lezen",
]


@pytest.mark.parametrize("text", COUNTED)
def test_the_noun_after_a_count_acquires_nothing(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction != "increase"
    assert not result.verdicts["S"].passed


ACQUIRED = [
    "Book 20 demos with qualified prospects by June",
    "Win 100 new clients this year",
    "We willen dit jaar 50 nieuwe leden werven",
]


@pytest.mark.parametrize("text", ACQUIRED)
def test_a_verb_of_acquiring_still_acquires(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == "increase"
    assert result.verdicts["S"].passed

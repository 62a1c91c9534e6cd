"""Two readings of the words around a subject (DOMAIN.md, "Reading real sentences", A: an actor as
the subject; a place is where, not who). Issue 12, classes "a place is no subject" and "on a
mission to".

- A name after a preposition of place ("online sales in the Netherlands will grow …", "sales in
  Germany should double …") says where the measure is taken; the name before the verb was read
  as a bare subject. A name that opens the clause ("In 2027 Acme will …") still acts.
- "X is on a mission to …", "is on course to …", "is out to …" state X's intent as "is on track
  to" did; a measure before them ("Revenue is on course to reach …") is still no actor.
Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("According to a new survey, online sales in the Netherlands will grow 10% in 2027.", None),
    ("Online sales in Germany should double by 2028.", None),
    ("Het aantal toeristen in Nederland zal in 2027 met 5% stijgen.", None),
    ("In 2027 Acme will grow online sales by 10%.", "Acme"),
    ("The Boston-based nonprofit is on a mission to recruit 1,000 new mentors by the end of 2027.",
     "The Boston-based nonprofit"),
    ("The charity is on course to raise £2 million by 2027.", "The charity"),
    ("Acme is out to double its market share by 2028.", "Acme"),
    ("Revenue is on course to reach $2M by 2027.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_place_names_where_and_a_mission_states_intent(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

"""A named piece of work or a venue owns no goal (DOMAIN.md, "Reading real sentences", A: a thing is
no actor): issue 12, class "a project or a venue as the subject".

"Project Zonnedak wil …", "Campagne Fiets Mee moet …", "The Green Schools programme aims …" name
work that is done, and "Het nieuwe stadion moet 50.000 bezoekers trekken", "The arena should …" a
place that is filled; who runs them is not said. An organisation named after its work keeps its
name when it is one ("Stichting Project Hoop" ends in no work noun first). Our own lines, both
languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Project Zonnedak wil in 2027 500 daken vol leggen.", None),
    ("Programma Groene Schoolpleinen wil in 2027 200 scholen bereiken.", None),
    ("Campaign Bluewater aims to raise $2 million by June 2027.", None),
    ("The Green Schools programme aims to reach 1,000 schools by 2027.", None),
    ("Het nieuwe Rotterdamse stadion moet in 2027 50.000 bezoekers trekken.", None),
    ("The new arena should sell 1 million tickets in 2027.", None),
    ("Stichting Project Hoop wil in 2027 300 gezinnen helpen.", "Stichting Project Hoop"),
    ("The Riverside Foundation aims to raise $2 million by June 2027.", "The Riverside Foundation"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_piece_of_work_or_a_venue_owns_nothing(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

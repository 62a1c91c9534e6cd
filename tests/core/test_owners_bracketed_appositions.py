"""A role or a note in brackets between a name and its verb leaves the name the subject (DOMAIN.md,
"Reading real sentences", A: a named person or organisation as the subject): issue 12, class "an
apposition in brackets".

"Mark Peters (head of growth) aims to …", "Petra (hoofd verkoop) wil …", "Northwind Traders (our
biggest client) wants …": the words in brackets describe the name before them; they are neither the
subject nor its owner ("our" inside them owns nothing). A relative clause in brackets was read so
already. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Mark Peters (head of growth) aims to double signups by 2027.", "Mark Peters"),
    ("Petra (hoofd verkoop) wil in Q1 2027 40 nieuwe deals sluiten.", "Petra"),
    ("Northwind Traders (our biggest client) wants a 10% discount by 2027.", "Northwind Traders"),
    ("De bakkerij (opgericht in 1920) wil in 2027 20% meer brood verkopen.", "De bakkerij"),
    ("Increase NPS (net promoter score) to 50 by 2027.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_bracketed_apposition_leaves_the_name_the_subject(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

"""A sentence whose subject is a quantity has no owner, whatever names stand inside it (DOMAIN.md,
"Reading real sentences", A: the metric as the subject is what changes, not who changes it): issue
12, class "a quantity as the subject".

"The percentage of students who pass the Riverside County Reading Test will increase …", "Het
aandeel klanten van Jumbo en Lidl moet …": the subject opens with "the percentage of", "the number
of", "het aantal", so the capitalised words before the verb belong to it and own nothing. A verb
of intent before it keeps its subject ("The number of stores Acme wants to open …" is no such
sentence: the verb comes first). Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("The percentage of students who pass the Riverside County Reading Test will increase from 60% to 70% by 2027.",
     None),
    ("The number of visitors to the Van Gogh Museum will grow to 2.5 million by 2027.", None),
    ("Het aantal bezoekers van Museum Hoorn moet in 2027 stijgen naar 50.000.", None),
    ("Het aandeel klanten van Jumbo en Lidl moet in 2027 groeien tot 30%.", None),
    ("The board of Riverside County will cut waiting times by 20% by 2027.", "The board of Riverside County"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_quantity_as_the_subject_has_no_owner(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

"""Sentence adverbs are never owners (DOMAIN.md, "Reading real sentences", A): issue 12, class
"a capitalised word of comment before the clause".

Advice and plans open with a word of comment: "Ideally, …", "Realistically, …", "Essentially
…", "Uiteindelijk …", "Redelijkerwijs …". Capitalised at the start it looks like a name before
the verb, but it names nobody; a real subject after it still owns the goal, and a name that
happens to end like an adverb ("Eli Lilly") still does. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Realistically, growth must be gradual, for instance aiming for a 15% rise in bookings this season.", None),
    ("Importantly, growth should stay gradual – aiming for 5-10% more members per year.", None),
    ("Eigenlijk moet de omzet dit jaar met 8% stijgen.", None),
    ("Redelijkerwijs moet de omzet dit jaar met 8% stijgen.", None),
    ("Ideally, we grow bookings by 15% this season.", "we"),
    ("Uiteindelijk wil de gemeente het aantal bezoekers met 10% verhogen in 2027.", "de gemeente"),
    ("Eli Lilly wants to grow revenue by 10% in 2027.", "Eli Lilly"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_sentence_adverb_names_no_owner(text, owner):
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

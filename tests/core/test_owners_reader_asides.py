"""The reader named in an aside is not the subject of the goal's verb (DOMAIN.md, "Reading real
sentences", A: "I" and "we" own a goal; a generic "you" speaks to the reader). Issue 12, class "a
verb has the nearest subject".

"As you know, we aim to …", "Zoals je weet wil ik …": the reader knows or sees, the writer acts.
A verb of intent belongs to the subject that stands between the reader and it, or right after it
in Dutch word order ("wil ik", "willen we"); a reader who is the subject of the verb ("if you want
to grow …", "… dat je 500 verkopen wilt") still owns nothing. Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("As you know, we aim to lift repeat orders by 15% before June 2027.", "we"),
    ("As you may have seen, I want to double my newsletter list by the end of 2027.", "I"),
    ("You know we want to cut delivery complaints by a third in 2027.", "we"),
    ("I told you last month that we plan to grow webinar signups to 600 by March 2027.", "I"),
    ("Zoals je weet willen we het aantal donateurs in 2027 met 20% verhogen.", "we"),
    ("Zoals u ziet wil ik de wachttijd aan de balie voor juli 2027 halveren.", "ik"),
    ("Jullie weten dat wij de retouren in 2027 onder de 5% willen krijgen.", "wij"),
    # the reader as the subject of the verb owns nothing
    ("If you want to grow signups by 30% by June 2027, start with the landing page.", None),
    ("Ik snap dat je in 2027 500 extra verkopen wilt doen.", None),
    ("You want to raise your open rate from 20% to 25% within six months.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_the_reader_in_an_aside_is_not_the_subject(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

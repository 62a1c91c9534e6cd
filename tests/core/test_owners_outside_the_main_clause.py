"""A subject outside the goal's own clause owns nothing (DOMAIN.md, "Reading real sentences", A:
an actor as the subject of the goal; an activity is no actor). Issue 12, class "the subject of
another clause".

- An activity that opens the goal as its subject ("Posting daily will grow …", "Improving page
  speed is expected to raise …") is the work done, not who does it; a unit named by an -ing
  word ("Marketing will …") still acts.
- The subject of a clause of purpose after the goal's figures ("… to 480 by 2027 so (that) the
  club can pay its coach") is not the goal's subject.
- A Dutch subordinate clause ends in its own verb ("… moet stijgen als de nieuwe app in maart live
  gaat"): that verb and the words before it are the clause's, not the goal's; a verb that goes on
  ("Zowel de federale als Vlaamse overheid streven ernaar …") is the main one.
Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Posting daily will grow followers by 20% in Q2 2027.", None),
    ("Improving page speed is expected to raise conversions by 8% by March 2027.", None),
    ("Adding live chat will cut response time to 2 minutes by June 2027.", None),
    ("Marketing will grow leads by 20% in Q2 2027.", "Marketing"),
    ("Membership must go up from 400 to 480 by the end of 2027 so that the club can pay its coach.", None),
    ("Membership must go up to 480 by 2027 so the club can pay its coach.", None),
    ("Acme will grow sales by 10% in 2027 so the shop can stay open.", "Acme"),
    ("Het aantal abonnees moet in 2027 met 10% stijgen als de nieuwe app in maart live gaat.", None),
    ("Het ledental moet groeien naar 500 wanneer de club in 2027 naar de eredivisie gaat.", None),
    ("Wij willen in 2027 480 leden, zodat we de trainer kunnen betalen.", "Wij"),
    ("Zowel de landelijke als de regionale omroep willen in 2027 10% meer kijkers trekken.",
     "de regionale omroep"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_subject_outside_the_goals_clause_owns_nothing(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

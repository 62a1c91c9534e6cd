"""A share said as "one in N" (DOMAIN.md, "Reading real sentences", M and R): issue 12, class "een
op de vijf is 20 %".

"een op de vijf klanten", "1 op 3 bezoekers", "one in four visitors", "nine out of ten callers"
write a share as two counts: the goal's number is that share as a percentage, never the two
counts (a target of 5 or 4). So a baseline and a target said this way give the change the
realism bounds judge ("now one in five, one in two by 2030" is +150 %). A year or a rhythm after
"in" ("5 in 2020", "1 in 10 days") is no share. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check
from xlsmart.core.goals import may_state_a_change

SHARES = [
    # (text, target %)
    ("Tegen 2029 moet een op de vier bezoekers een jaarkaart hebben", 25.0),
    ("We willen dat 1 op 3 klanten in 2027 opnieuw bestelt", 33.33),
    ("By 2028 one in five riders should travel off-peak", 20.0),
    ("Nine out of ten members renew their plan by December", 90.0),
    ("Negen op de tien bellers krijgt in 2027 binnen een minuut iemand aan de lijn", 90.0),
]


@pytest.mark.parametrize(("text", "share"), SHARES)
def test_one_in_n_is_a_share(text, share):
    result = smart_check(text)
    assert result.parsed.target == share
    assert result.parsed.percent
    assert result.verdicts["M"].passed


PAIRS = [
    # (text, baseline, target, R passes)
    ("Nu heeft een op de vijf klanten een abonnement; in 2030 moet dat een op de twee zijn", 20.0, 50.0, False),
    ("Today one in four visitors signs up; by 2028 it should be one in three", 25.0, 33.33, True),
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), PAIRS)
def test_shares_in_a_pair_are_judged_as_a_change(text, baseline, target, realistic):
    result = smart_check(text)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


def test_a_year_or_a_rhythm_after_in_is_no_share():
    assert smart_check("Grow leads from 5 in 2020 to 10 by 2027").parsed.baseline == 5.0
    assert smart_check("Post 1 in 10 days on the blog").parsed.target != 10.0


@pytest.mark.parametrize("text", ["een op de vijf klanten", "one in four visitors", "9 out of 10 callers"])
def test_the_shortcut_knows_a_share_may_be_a_percentage(text):
    # (rows whose columns settle every field skip the text unless it may state a percentage)
    assert may_state_a_change(text)

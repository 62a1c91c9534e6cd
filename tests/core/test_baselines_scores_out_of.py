"""Scores written out of a scale (DOMAIN.md, "Reading real sentences", M and R): issue 12, class
"a score out of a scale: the scale is no number of the goal".

"een gemiddelde waardering van 7,5/10", "lift the course rating from 6/10 to 8/10", "a guest score
of 4.6/5", "we scoren nu 15/20": the number after the slash is what the score is out of, so
it is neither the target nor the baseline, and the realism bounds judge the scores themselves.
Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

SCORES = [
    # (text, baseline, target)
    ("Ik wil een gemiddelde waardering van 7,5/10 halen voor mijn presentaties", None, 7.5),
    ("Lift the course rating from 6/10 to 8/10 by June", 6.0, 8.0),
    ("Reach a guest score of 4.6/5 on the booking site", None, 4.6),
    ("De klanttevredenheid moet stijgen van 14/20 naar 16/20", 14.0, 16.0),
    ("Our NPS-style rating goes from 3.9/5 to 4.3/5 this year", 3.9, 4.3),
]


@pytest.mark.parametrize(("text", "baseline", "target"), SCORES)
def test_the_scale_of_a_score_is_no_number_of_the_goal(text, baseline, target):
    result = smart_check(text)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)


def test_the_bounds_judge_the_scores_not_their_scale():
    # 3/10 -> 8/10 is +167 % (the scale would make it 3 -> 10, or 10 -> 10)
    result = smart_check("Raise our support score from 3/10 to 8/10 by Q4")
    assert (result.parsed.baseline, result.parsed.target) == (3.0, 8.0)
    assert not result.verdicts["R"].passed

"""A share written as a word after "to" (DOMAIN.md, "Reading real sentences", M and R): issue 12,
class "from a percentage to a third".

"from 28% to one-third", "van 40% naar de helft", "van 20% naar een derde", "from 10% to a
quarter of the market": the fraction word is the target, as a percentage, so the pair is judged
like any other (28 % -> 33.3 % is +19 %). Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

SHARES = [
    # (text, baseline, target, R passes)
    ("Raise the share of repeat buyers from 28% to one-third", 28.0, 100 / 3, True),
    ("Het aandeel online verkoop moet van 40% naar de helft", 40.0, 50.0, True),
    ("Het aandeel vrouwen in de top moet van 20% naar een derde in 2028", 20.0, 100 / 3, True),
    ("Grow from 10% to a quarter of the regional market", 10.0, 25.0, False),  # +150 %
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), SHARES)
def test_a_share_word_after_to_is_the_target(text, baseline, target, realistic):
    result = smart_check(text)
    assert result.parsed.baseline == baseline
    assert result.parsed.target == pytest.approx(target)
    assert result.verdicts["M"].passed
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason

"""A share to reach is never judged against a count (issue 12, class "a share beside a count";
DOMAIN.md R: judged on the target and the baseline of the same measure).

"Over twee jaar moet 25 % van het assortiment duurzaam zijn; nu zijn 12.000 producten
gemarkeerd": a count above 100 is no baseline of a percentage, so the realism bounds do not read
-99.8 %. When the goal restates the target in the count's own kind ("5 % van de markt; een omzet van
€ 2,5 miljard. Nu € 200 miljoen") that figure is the target. A share from a share ("van 20 naar 30
procent") stays a pair. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

NO_BASELINE = [
    "Over twee jaar moet 25 procent van het assortiment duurzaam zijn, nu zijn 12.000 producten gemarkeerd.",
    "By 2028, 40% of our catalogue should be refurbished goods; today we list 3,500 refurbished items.",
]


@pytest.mark.parametrize("text", NO_BASELINE)
def test_a_count_is_no_baseline_of_a_share(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.baseline is None
    assert result.parsed.percent
    assert result.verdicts["R"].passed


RESTATED = [
    ("Het doel is 4 procent van de markt: een omzet van €1,2 miljard. Nu is die omzet nog €300 miljoen.",
     300_000_000.0, 1_200_000_000.0),
    ("We aim for 3% of the market, revenue of $90 million; currently revenue is $60 million.",
     60_000_000.0, 90_000_000.0),
]


@pytest.mark.parametrize(("text", "baseline", "target"), RESTATED)
def test_the_target_in_the_counts_kind_is_judged(text: str, baseline: float, target: float) -> None:
    goal = smart_check(text, today=TODAY).parsed
    assert (goal.baseline, goal.target) == (baseline, target)


def test_a_share_from_a_share_stays_a_pair() -> None:
    goal = smart_check("Verhoog de naamsbekendheid van 20 naar 30 procent in 2027", today=TODAY).parsed
    assert (goal.baseline, goal.target) == (20.0, 30.0)

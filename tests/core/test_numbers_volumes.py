"""A volume per period is a target, a frequency is not (issue 12, class "a volume per period";
DOMAIN.md M: a count is a number for the target, "twice a week" is a frequency).

"Write 40 blog posts per month", "jaarlijks 35.000 hectoliter bier produceren" commit to how much
work or output a period holds (a throughput target); "publish 2 articles a week" says how often a
thing is done. The line between them: ten or more (or money) per period is a volume; a handful,
or a count that sizes each piece of work ("one article (1,500 words) a week"), is a rhythm.
Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

VOLUMES = [
    ("Write 25 product reviews per month", 25.0),
    ("Plan 120 sales calls each week", 120.0),
    ("Record at least 30 hours of training per quarter", 30.0),
    ("Wij willen jaarlijks 12.000 kilo compost produceren", 12000.0),
    ("Elke maand 60 blogartikelen publiceren", 60.0),
    ("Per kwartaal 15 webinars organiseren", 15.0),
]


@pytest.mark.parametrize(("text", "target"), VOLUMES)
def test_a_volume_per_period_is_the_target(text: str, target: float) -> None:
    result = smart_check(text)
    assert result.parsed.target == target
    assert result.verdicts["M"].passed


FREQUENCIES = [
    "Publish 2 articles a week",
    "Send one newsletter per month",
    "Host 3 webinars per quarter",
    "Wekelijks 2 posts plaatsen",
    "Elke maand één nieuwsbrief versturen",
    "Schrijf één lang artikel (2.000 woorden) per week",
    "Write one long read (3,000 words) each month",
]


@pytest.mark.parametrize("text", FREQUENCIES)
def test_a_handful_of_times_a_period_stays_a_rhythm(text: str) -> None:
    result = smart_check(text)
    assert result.parsed.target is None
    assert not result.verdicts["M"].passed


def test_money_per_period_is_a_volume_whatever_its_size() -> None:
    result = smart_check("I want to earn $5 per day from affiliate links and start 2 new posts per week")
    assert result.verdicts["M"].passed

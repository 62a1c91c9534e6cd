"""Vanity named in the goal's own words (DOMAIN.md, "Reading real sentences", R): issue 12, class
"the target counts followers, views or likes, whatever the metric is called".

"grow our TikTok community to 15k followers", "reach 50 000 pageview", "a page view increase of
10 %", "volgende mijlpaal: 5.000 volgers": the number counts attention, so R fails as for a
vanity metric, even when the goal names its metric otherwise (a community, an audience) or
writes the vanity word apart or singular. A goal that only mentions such a word beside a result
("300 leads from our Instagram followers", "hit 600 stores") keeps its R. Our own sentences.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

VANITY = [
    "Grow our TikTok community to 15k followers",
    "Reach 50 000 pageview on the blog",
    "Every quarter we aim for a page view increase of 10%",
    "Volgende mijlpaal: 5.000 volgers",
    "Ons YouTube-kanaal moet groeien naar 2.000 likes per video",
    "Het merk wil 40% meer impressies op LinkedIn",
]


@pytest.mark.parametrize("text", VANITY)
def test_a_count_of_attention_fails_r(text):
    result = smart_check(text)
    assert result.parsed.vanity
    assert not result.verdicts["R"].passed


RESULTS = [
    "Gain 300 leads from our Instagram followers",
    "The chain will hit 600 stores by 2029",
    "Grow newsletter subscribers to 5,000",
    "We willen 200 nieuwe klanten via onze volgers op Instagram",
]


@pytest.mark.parametrize("text", RESULTS)
def test_a_result_beside_a_vanity_word_keeps_its_r(text):
    result = smart_check(text)
    assert not result.parsed.vanity
    assert result.verdicts["R"].passed, result.verdicts["R"].reason

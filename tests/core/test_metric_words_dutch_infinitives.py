"""An infinitive after "te" and a modal's infinitive is a verb, never the metric (issue 12, class "te + modal +
infinitive").

Dutch stacks a modal between "te" and the verb ("af te kunnen sluiten", "te moeten halen", "te blijven
groeien"): the last word is an infinitive, whatever cues surround it, and what it governs is measured ("het
seizoen af te kunnen sluiten met 945.000 gasten" measures the guests). This class exists in Dutch only. The
sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


CASES = [
    # text, the metric words, the infinitive that must not be them
    ("Het pretpark hoopt het seizoen af te kunnen sluiten met minimaal 900.000 gasten", "gasten", "sluiten"),
    ("De club hoopt dit jaar met ruim 4.000 leden te kunnen afsluiten", "leden", "afsluiten"),
    ("Het museum hoopt volgend jaar 200.000 bezoekers te kunnen ontvangen", "bezoekers", "ontvangen"),
    ("We verwachten de omzet te kunnen verdubbelen", "omzet", "verdubbelen"),
]


@pytest.mark.parametrize(("text", "metric", "verb"), CASES)
def test_the_infinitive_after_te_and_a_modal_is_no_metric(text: str, metric: str, verb: str) -> None:
    words = smart_check(text, today=TODAY).parsed.metric_words
    assert words is not None and metric in words.split()
    assert verb not in words.split()

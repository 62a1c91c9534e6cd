"""An amount or a total names what its figure counts (DOMAIN.md, "Reading real sentences", S: the
metric is whatever the goal measures, in its own words). Issue 12, class "an amount of what".

"een bedrag van 6,7 miljoen euro aan sponsorgeld" measures the sponsorship money; the word
"bedrag" only says that a sum follows. When the figure is followed by what it counts ("aan X",
"in X", "of X", or the noun itself), that is the metric; an amount with nothing after its figure
stays as it is. Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, metric words)
    ("We willen dit jaar een bedrag van 2 miljoen euro aan sponsorgeld binnenhalen.", "sponsorgeld"),
    ("De stichting wil in 2027 een bedrag van € 40.000 aan giften ophalen.", "giften"),
    ("Het museum mikt op een totaal van 80.000 bezoekers in 2027.", "bezoekers"),
    ("Reach a total of 5,000 new members by June.", "new members"),
    ("Ons doel: een bedrag van € 10.000 aan donaties in 2027.", "donaties"),
    ("Verhoog het totaal aan donaties met 10% in 2027.", "donaties"),
    ("We want to raise an amount of $2 million in donations this year.", "donations"),
]


@pytest.mark.parametrize(("text", "words"), CASES)
def test_an_amount_names_what_it_counts(text: str, words: str) -> None:
    assert smart_check(text, today="2026-12-07").parsed.metric_words == words

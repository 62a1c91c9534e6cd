"""People who comment on a market own no goal (DOMAIN.md, "Reading real sentences", A: an actor as
the subject, a kind of people is nobody in particular): issue 12, class "commentators as a kind".

News goals quote forecasts: "Analysts expect …", "Experts zeggen dat …", "Onderzoek toont aan dat
…", "Research shows that …". A bare plural of commentators is a kind, and research that shows
something is a source; neither owns the goal. Particular people keep theirs ("Our analysts will …",
"De economen van de bank verwachten …" name whose they are). Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Analysts expect the market to grow 5% in 2027.", None),
    ("Experts zeggen dat het aantal e-bikes in 2030 verdubbelt.", None),
    ("Economen verwachten dat de omzet van de horeca in 2027 met 4% groeit.", None),
    ("Consumers want delivery within 24 hours; reach 95% on-time delivery by Q3 2027.", None),
    ("Onderzoek toont aan dat de conversie met 10% stijgt als de levering gratis is.", None),
    ("Research shows that sales rise 10% when delivery is free.", None),
    ("Our analysts will cut reporting time by 30% in 2027.", "Our"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_commentators_and_sources_own_nothing(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason

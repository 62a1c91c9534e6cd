"""The metric of a KPI line whose target stands in brackets after it (DOMAIN.md, "Reading real
sentences", S: the metric is whatever the goal measures, in its own words). Issue 12, class "a
bracketed target label".

"Open rate - target: 30%" named its metric; "Open rate (target: 30%)" named none, because the
label in brackets was not read as a label. The phrase that opens the line, before "(target:",
"(doel:", "(streefwaarde", is what the line measures; a phrase later in a sentence keeps its own
reading. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, metric words, whether S passes)
    ("Email open rate (target: 30%+)", "email open rate", True),
    ("Demo request rate (target 4-6%)", "demo request rate", False),
    ("Churn (target: below 3%)", "churn", True),
    ("Bouncepercentage (doel: maximaal 40%)", "bouncepercentage", True),
    ("Klanttevredenheid (streefwaarde: 8,5 of hoger)", "klanttevredenheid", True),
    ("Increase leads from partners (target: 500)", "leads", True),
]


@pytest.mark.parametrize(("text", "words", "specific"), CASES)
def test_a_bracketed_target_labels_the_line(text: str, words: str, specific: bool) -> None:
    result = smart_check(text, today="2026-12-07")
    assert result.parsed.metric_words == words
    assert result.verdicts["S"].passed is specific, result.verdicts["S"].reason

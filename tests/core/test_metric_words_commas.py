"""A comma ends a noun phrase (DOMAIN.md, "Reading real sentences", S: the metric is whatever the goal
measures, in its own words). Issue 12, class "a comma ends a noun phrase".

The tokens keep no punctuation, so "Scale to 15 customers, refine acquisition channels" read
"customers refine acquisition channels" as one phrase whose head, "channels", is no metric: S failed
for a plain goal. A comma between two words of a phrase now ends it there, and what follows is a
phrase of its own. Numbers written with a thousands comma ("10,000") are untouched. Our own lines,
both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, metric words, whether S passes)
    ("Grow to 40 paying customers, streamline onboarding emails", "paying customers", True),
    ("Scale to 2,500 subscribers, polish pricing pages", "subscribers", True),
    ("Get 50 new clients, refine the sales deck", "new clients", True),
    ("Groei naar 300 leden, herzie websiteteksten", "leden", True),
    ("Win 40 nieuwe klanten, stroomlijn offertes", "nieuwe klanten", True),
    ("Verhoog de omzet naar € 2 miljoen, verbeter de marge", "omzet", True),
    ("Increase leads, signups and demos by 20%", "leads", True),
]


@pytest.mark.parametrize(("text", "words", "specific"), CASES)
def test_a_comma_ends_a_noun_phrase(text: str, words: str, specific: bool) -> None:
    result = smart_check(text, today="2026-12-07")
    assert result.parsed.metric_words == words
    assert result.verdicts["S"].passed is specific, result.verdicts["S"].reason

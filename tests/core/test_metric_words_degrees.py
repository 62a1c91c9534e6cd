"""A change by a degree (issue 12, class "a change by a degree").

"Donations will rise a little", "our churn should drop quite a bit", "de omzet moet een beetje
stijgen": the degree idiom says how much the verb of change moves, never what moves. It is never
the metric, and the subject before the verb is, even though the idiom after the verb looks like the
verb's object. A degree before a comparative ("wat meer begrip") is more of what follows, not a
change of the subject. The cases are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def _metric_words(text: str) -> str | None:
    return smart_check(text, today=TODAY).parsed.metric_words


BY_A_DEGREE = [
    # text, a word the metric words must contain
    ("Monthly donations will rise a little to $5,000 by June 2027", "donations"),
    ("Our churn should drop quite a bit to 3% by the end of the year", "churn"),
    ("Webshop returns must fall a lot to 8% by Q3 2027", "returns"),
    ("Onze omzet moet een beetje stijgen naar 2 miljoen euro in 2027", "omzet"),
    ("Het aantal klachten moet een tikje dalen naar 40 per maand in 2027", "klachten"),
    ("De wachttijd moet enigszins omlaag naar 3 minuten voor 1 juli 2027", "wachttijd"),
]


@pytest.mark.parametrize(("text", "head"), BY_A_DEGREE)
def test_the_subject_changed_by_a_degree_is_the_metric(text: str, head: str) -> None:
    words = _metric_words(text)
    assert words is not None and head in words.split(), words


DEGREE_WORDS = [
    "The newsletter open rate will drop a little to 20% by June",
    "Grow the pipeline quite a bit to 40 qualified leads per month by March",
    "Het ledental moet een beetje groeien naar 900 leden eind 2027",
    "Het bezoekersaantal zal een stukje dalen tot 80.000 in 2027",
]


@pytest.mark.parametrize("text", DEGREE_WORDS)
def test_a_degree_is_never_the_metric(text: str) -> None:
    words = _metric_words(text)
    degree = {"little", "bit", "lot", "quite", "beetje", "stukje", "tikje"}
    assert words is None or degree.isdisjoint(words.split()), words


LABELLED_SUBJECT = [
    # a subject named before its label ("our X goal"), changed by a degree: X is the metric (Dutch writes
    # the label inside the compound, "ledendoel", read as one word)
    ("Our scholarship fund goal will drop a little to $3,500 this year", "scholarship"),
    ("Our ticket goal will drop a little to 1,200 this season", "ticket"),
    ("Our alumni fund goal will grow quite a bit to $20,000 next year", "alumni"),
    ("Our sponsorship goal will drop a little to $2,000 next year", "sponsorship"),
]


@pytest.mark.parametrize(("text", "head"), LABELLED_SUBJECT)
def test_a_labelled_subject_changed_by_a_degree_is_the_metric(text: str, head: str) -> None:
    words = _metric_words(text)
    assert words is not None and head in words.split(), words

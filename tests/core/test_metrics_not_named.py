"""Words that stand where a metric could but never name one (issue 12, batch 8).

A reflexive pronoun ("see yourself with 20 clients"), a comparative of manner ("harder groeien
dan de markt", "grow faster than our rivals"), effort ("extra focussen op …"), a verb of saying
("…, luidt het") and the idiom "in elk geval" say how, who or what is said. The goal's metric is
elsewhere in the sentence, or there is none and S fails. The cases are written for these tests;
none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

NOT_A_METRIC = [
    "Imagine yourself with a thriving practice next year.",
    "Picture yourselves as the market leader by 2028.",
    "De keten wil de komende jaren harder groeien dan de markt.",
    "Our shop wants to grow faster than the competition this year.",
    "De directeur wil dit jaar extra focussen op klantvriendelijkheid.",
    "We willen in elk geval de beste zijn in de regio.",
]


@pytest.mark.parametrize("text", NOT_A_METRIC)
def test_no_metric_is_named(text: str) -> None:
    result = smart_check(text, today=TODAY)
    words = result.parsed.metric_words or ""
    for word in ("yourself", "yourselves", "harder", "faster", "focussen", "geval"):
        assert word not in words.split()
    assert not result.verdicts["S"].passed


# Beside such words the real metric is still found.
@pytest.mark.parametrize(("text", "metric"), [
    ("See yourself as a growing firm: increase your client base by 20% by 2027.", "client base"),
    ("We willen in elk geval het aantal leden met 10% verhogen.", "leden"),
    ("“We willen meer abonnees dan vorig jaar”, luidt het.", "abonnees"),
])
def test_the_metric_beside_them_is_found(text: str, metric: str) -> None:
    words = smart_check(text, today=TODAY).parsed.metric_words
    assert words is not None and metric in words


# A short Dutch participle ("geleid", "gemeld", "gesteld") is what was done, never what is
# measured: "moet hebben geleid tot 20% minder X" measures X.
@pytest.mark.parametrize(("text", "metric"), [
    ("Het programma moet in 2028 hebben geleid tot 15% minder ziekteverzuim.", "ziekteverzuim"),
    ("De aanpak moet eind 2027 hebben geleid tot 10% meer aanmeldingen.", "aanmeldingen"),
    ("Zoals gemeld moet het aantal klachten in 2027 met 20% dalen.", "klachten"),
])
def test_a_short_participle_is_no_metric(text: str, metric: str) -> None:
    words = smart_check(text, today=TODAY).parsed.metric_words
    assert words is not None and metric in words


# A direction word that is part of a name or an idiom ("a growth outlook", "our growth team",
# "onder andere") governs nothing: what follows it is not measured for that; neither is an
# indefinite pronoun ("anywhere from 25 to 40", "iets").
@pytest.mark.parametrize("text", [
    "The chain's growth outlook includes plans to open 300 new cafés in 2028.",
    "Our growth team will run six experiments on the onboarding flow this quarter.",
    "Het bestuur wil onder andere de samenwerking met scholen verder uitwerken.",
    "We want to do something with our brand next year.",
])
def test_a_named_change_or_a_pronoun_is_no_metric(text: str) -> None:
    result = smart_check(text, today=TODAY)
    words = (result.parsed.metric_words or "").split()
    for word in ("outlook", "team", "andere", "something"):
        assert word not in words
    assert not result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [
    ("Our growth team wants to increase trial sign-ups by 20% this quarter.", "sign-ups"),
    ("Bring in anywhere from 20 to 30 new patients per week.", "new patients"),
])
def test_the_metric_beside_a_named_change(text: str, metric: str) -> None:
    words = smart_check(text, today=TODAY).parsed.metric_words
    assert words is not None and metric in words


# An -ing verb after a form of "to be" is the progressive, not a name: "you're talking to …",
# "we are setting ambitious targets for …".
@pytest.mark.parametrize(("text", "absent"), [
    ("Imagine you're talking to a client who closes five deals a year and wants 12 next year.", "talking"),
    ("We are setting ambitious targets: surpass 20,000 members by 2028.", "setting"),
    ("The team is planning to grow trial sign-ups by 30% this quarter.", "planning"),
])
def test_a_progressive_verb_is_no_metric(text: str, absent: str) -> None:
    words = smart_check(text, today=TODAY).parsed.metric_words
    assert words is None or absent not in words.split()

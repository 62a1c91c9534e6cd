"""What can never own a goal, whatever verb follows it (DOMAIN.md, "Reading real sentences", A:
an actor as the subject; imperatives, passives and nobody in particular name nobody). Issue 12,
classes "a KPI line's label", "a market", "a team's size", "examples of a kind" and "an abbreviation is no verb".

- A goal noun before a colon labels a KPI line ("Signups Target: 400", "Leads doel: 300"): the
  word before it is the line's metric, not the subject of a verb "targets".
- A market is where things sell ("The coffee market is set to double", "De markt zal groeien"):
  a forecast about it is nobody's goal. A supermarket, a shop, still acts.
- A team sized by a count with nothing after it ("Team van 5–8 mensen.") states a size the plan
  aims at; a team that is followed by its verb ("A team of 12 people will …") still acts.
- A word written in capitals is an abbreviation ("across TX, GA, FL"), never a verb ("ga", Dutch
  "go"), so the names before it are no subject.
Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, whether A passes)
    ("Signups Target: 400 signups in the spring campaign", False),
    ("Webinar registrations Goal: 250 registrations", False),
    ("Nieuwsbrief doel: 3.000 abonnees", False),
    ("The regional marketing team targets 400 signups by June.", True),
    ("Acme Corp targets 400 new customers in 2027.", True),
    ("The European bicycle market is set to double in size by 2030.", False),
    ("De Belgische markt zal in 2027 met 5 procent groeien.", False),
    ("The bike market will grow by 8% next year.", False),
    ("De supermarkt wil in 2027 10 procent meer omzet halen.", True),
    ("Our market stall team will sell 20% more bread in 2027.", True),
    ("Coffee chains such as Costas and Brewly will open 300 shops by 2027.", False),
    ("Webwinkels zoals Bolletje en Kaasland willen in 2027 20% meer bezoekers.", False),
    ("Such agencies will grow their retainers by 10% in 2027.", False),
    ("Brewly will grow online sales by 20% in 2027, for example via its app.", True),
    ("Sign 40 new resellers with coverage across TX, GA, FL and OH", False),
    ("Open 10 stores across NY, NJ, GA and FL by 2027.", False),
    ("Ik ga in 2027 20% meer klanten werven.", True),
    ("Omzet €2M. Team van 10–12 mensen.", False),
    ("Revenue of $3M. A team of 15 people.", False),
    ("A team of 12 people will double our leads by June.", True),
    ("Het team van 5 mensen verdubbelt de leads in 2027.", True),
]


@pytest.mark.parametrize(("text", "owned"), CASES)
def test_what_is_no_actor(text: str, owned: bool) -> None:
    verdict = smart_check(text, today="2026-12-07").verdicts["A"]
    assert verdict.passed is owned, verdict.reason

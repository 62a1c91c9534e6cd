"""An organisation that leads an effort or works on a plan owns the goal (letter A, issue 12).

"The Institute of Rural Health is leading an effort to double …", "the government is working on a
plan to …", "Our CEO leads a drive to …": the subject of leading or working on a plan, an effort, an
initiative or a drive owns its goal, as with "announced a goal". An acronym the text gives in
brackets is no part of the owner's name. Leads as a metric and imperatives own nothing. Written in
our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

LEADING_EFFORTS = [
    ("The Institute of Rural Health (IRH) is leading an effort to cut clinic waiting times by 30% by 2028.",
     "the institute of rural health"),
    ("The province is working on a plan to plant 20,000 trees by 2027.", "the province"),
    ("Our CEO leads a drive to cut travel costs by 10% by June 2027.", "our"),
    ("De gemeente Gent (stad) wil tegen 2030 de uitstoot met 40 procent verlagen.", "de gemeente gent"),
    ("The National Parks Board (NPB) led an initiative to raise visitor numbers by 15% in 2026.",
     "the national parks board"),
]


@pytest.mark.parametrize("text, owner", LEADING_EFFORTS, ids=case_ids(LEADING_EFFORTS))
def test_who_leads_an_effort_owns_it(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner


NO_EFFORT_OWNER = [
    "Leads from webinars should grow 20% by 2027.",
    "Work on a plan to grow revenue by 10% by June 2027.",
    "Lead an effort to raise donations by 15% in 2027.",
]


@pytest.mark.parametrize("text", NO_EFFORT_OWNER, ids=case_ids(NO_EFFORT_OWNER))
def test_leads_as_a_metric_or_an_imperative_owns_nothing(text: str) -> None:
    assert owner_of(text) is None

"""The yardstick of "metric named right" (benchmarks/real_goals.py): what counts as naming the
metric a label describes. A label often describes the metric at length ("EVs sold", "number of
families offered a break"); the words xlsmart quotes name it when they hold its head."""

from __future__ import annotations

import pytest

from benchmarks.real_goals import metric_named_right


@pytest.mark.parametrize(("label", "quoted"), [
    ("monthly active users", "active users"),
    ("number of new subscribers", "subscribers"),
    ("bikes sold", "bikes"),
    ("tickets handled within a day", "tickets"),
    ("number of volunteers recruited each year", "volunteers"),
    ("visitors staying in the region", "visitors"),
    ("sessions booked online", "sessions"),
    ("Net Promoter Score (NPS)", "nps"),
    ("leads from organic search", "leads"),
    ("nieuwe klanten via partners", "nieuwe klanten"),  # a complement in Dutch
    ("uitstoot door het transport", "uitstoot"),
    ("deelname aan sportactiviteiten", "deelname"),  # 'aan' opens a complement as 'van' does
    ("het totale budget aan subsidies", "budget"),
    ("aantal aan te planten bomen", "aan te planten bomen"),  # 'aan te' + verb describes the head after it
    ("co2-uitstoot", "uitstoot"),  # a compound's head names it as a last word does
    ("uitstoot", "co2-uitstoot"),
])
def test_the_head_of_a_described_metric_is_named(label: str, quoted: str) -> None:
    assert metric_named_right(label, quoted) is True


@pytest.mark.parametrize(("label", "quoted"), [
    ("email list", "customers"),
    ("marketing qualified leads", "marketing"),  # a participle before its noun is no postmodifier
    ("product packaging", "product"),  # "packaging" is the noun, not a participle
    ("page speed", "page"),
    ("research funding from partners", "research"),  # "funding from": a noun and its complement
    ("bikes sold", "sold"),
    ("co2-uitstoot", "co2"),  # the modifier of a compound is not its head
    ("bikes sold", "bikes sold in the northern region last spring"),  # far longer than the label
])
def test_a_wrong_or_sprawling_phrase_is_not_the_metric(label: str, quoted: str) -> None:
    assert metric_named_right(label, quoted) is False


def test_a_goal_that_names_no_metric_is_not_counted() -> None:
    assert metric_named_right(None, "revenue") is None

"""Example rows of the template, in English and Dutch: goals, KPIs and budget lines.

Some rows pass every check and some fail on purpose, so that pressing Validate in the fresh
template shows red and amber rows with their reasons. Values are by canonical column key
(:mod:`xlsmart.schema`); list values by list key, written in the template's language.
"""

from __future__ import annotations

from datetime import date
from typing import Any

Row = dict[str, Any]

_Y = 2026
JAN1, DEC31 = date(_Y, 1, 1), date(_Y, 12, 31)

# (id, goal en, goal nl, category, metric en, metric nl, direction, baseline, target, unit en, unit nl,
#  start, deadline, owner, parent, notes en, notes nl)
_GOALS: tuple[tuple[Any, ...], ...] = (
    ("G1", "Our webshop team grows newsletter sign-ups from 2,000 to 3,000 by 31 December 2026.",
     "Ons webshopteam laat de nieuwsbriefinschrijvingen groeien van 2.000 naar 3.000 vóór 31 december 2026.",
     "customer", "sign-ups", "inschrijvingen", "increase", 2000, 3000, "sign-ups", "inschrijvingen",
     JAN1, DEC31, "Webshop team", None, "Passes all five criteria.", "Voldoet aan alle vijf criteria."),
    ("G2", "We raise online revenue from 400,000 to 500,000 euro in 2026.",
     "Wij verhogen de online omzet van 400.000 naar 500.000 euro in 2026.",
     "output_short", "revenue", "omzet", "increase", 400000, 500000, "EUR", "EUR",
     JAN1, DEC31, "Head of marketing", None, "The main goal; G3 contributes to it.",
     "Het hoofddoel; G3 draagt eraan bij."),
    ("G3", "The sales team increases qualified leads from the website by 25% within six months.",
     "Het salesteam verhoogt het aantal gekwalificeerde leads via de website met 25% binnen zes maanden.",
     "customer", "leads", "leads", "increase", 120, 150, "leads", "leads",
     date(_Y, 3, 1), date(_Y, 8, 31), "Sales team", "G2", "Parent: G2.", "Hoofddoel: G2."),
    ("G4", "Customer service cuts the average reply time from 48 to 30 hours before 1 October 2026.",
     "De klantenservice verkort de gemiddelde reactietijd van 48 naar 30 uur vóór 1 oktober 2026.",
     "customer", "reply time", "reactietijd", "decrease", 48, 30, "hours", "uur",
     date(_Y, 4, 1), date(_Y, 10, 1), "Customer service", None, "", ""),
    ("G5", "Get more followers on Instagram.", "Meer volgers op Instagram krijgen.",
     "customer", None, None, None, None, None, None, None,
     None, None, None, None, "Fails: no number, no deadline, a vanity metric.",
     "Faalt: geen getal, geen deadline, een ijdelheidsmaatstaf."),
    ("G6", "Repeat purchases go from 500 to 5,000 by the end of 2026.",
     "Herhaalaankopen gaan van 500 naar 5.000 vóór eind 2026.",
     "output_short", "repeat purchases", "herhaalaankopen", "increase", 500, 5000, "orders", "orders",
     JAN1, DEC31, "CRM team", None, "Fails R: ten times the baseline is not realistic.",
     "Faalt op R: tien keer de nulmeting is niet realistisch."),
    ("G7", "Brand awareness among young parents should improve.",
     "De naamsbekendheid bij jonge ouders moet beter.",
     "seeding", None, None, None, None, None, None, None,
     JAN1, None, None, "G9", "Fails: no number, no owner, no deadline; its parent G9 does not exist.",
     "Faalt: geen getal, geen eigenaar, geen deadline; hoofddoel G9 bestaat niet."),
    ("G8", "We keep total campaign spend at most 120,000 euro in 2026.",
     "Wij houden de totale campagne-uitgaven maximaal 120.000 euro in 2026.",
     "input", "spend", "uitgaven", "at_most", 110000, 120000, "EUR", "EUR",
     JAN1, DEC31, "Finance", None, "A ceiling: spend must stay under it.", "Een plafond: de uitgaven blijven eronder."),
)

# (id, goal id, kpi en, kpi nl, team, owner, baseline, target, actual, start, deadline, kind, review)
_KPIS: tuple[tuple[Any, ...], ...] = (
    ("K1", "G1", "Newsletter sign-ups", "Nieuwsbriefinschrijvingen", "Webshop", "Anna", 2000, 3000, 2700,
     JAN1, DEC31, "auto", "monthly"),
    ("K2", "G2", "Online revenue (EUR)", "Online omzet (EUR)", "Marketing", "Bram", 400000, 500000, 440000,
     JAN1, DEC31, "auto", "monthly"),
    ("K3", "G3", "Qualified leads per month", "Gekwalificeerde leads per maand", "Sales", "Chris", 120, 150, 151,
     date(_Y, 3, 1), date(_Y, 8, 31), "auto", "weekly"),
    ("K4", "G4", "Average reply time (hours)", "Gemiddelde reactietijd (uur)", "Service", "Dewi", 48, 30, 44,
     date(_Y, 4, 1), date(_Y, 10, 1), "auto", "weekly"),
    ("K5", "G8", "Campaign spend (EUR)", "Campagne-uitgaven (EUR)", "Finance", "Eva", 0, 120000, 71000,
     JAN1, DEC31, "at_most", "quarterly"),
    ("K6", "G12", "Webinar sign-ups", "Webinaraanmeldingen", "Events", "Fleur", 50, 80, 60,
     JAN1, date(_Y, 6, 30), "auto", "monthly"),
    ("K7", "G6", "Repeat purchases", "Herhaalaankopen", "CRM", None, 500, 5000, 900,
     JAN1, None, "auto", None),
)

# (id, budget group, campaign en, campaign nl, channel, period, goal id, planned, actual, revenue)
_BUDGETS: tuple[tuple[Any, ...], ...] = (
    ("B1", "internal_preparation", "Spring campaign brief", "Briefing voorjaarscampagne", "-", "Q1 2026", "G2",
     8000, 7500, None),
    ("B2", "external_seeding", "Brand podcast", "Merkpodcast", "Podcast", "2026", "G7", 15000, 12000, 6000),
    ("B3", "external_harvest", "Search ads spring", "Zoekadvertenties voorjaar", "Google Ads", "Q2 2026", "G3",
     20000, 23000, 61000),
    ("B4", "external_harvest", "Summer email series", "Zomer-e-mailreeks", "Email", "Q3 2026", "G1",
     5000, 4200, 18000),
    ("B5", "internal_handling", "Order follow-up calls", "Nabellen bestellingen", "Phone", "2026", "G4",
     6000, 3000, None),
    ("B6", "social media", "Giveaway weeks", "Winactieweken", "Instagram", "Q2 2026", "G5", 4000, 3500, 2000),
    ("B7", "external_harvest", "Retargeting banners", "Retargetingbanners", "Display", "Q2 2026", "G2",
     10000, 8000, 26000),
)


_OWNERS_NL = {"Webshop team": "Webshopteam", "Head of marketing": "Hoofd marketing", "Sales team": "Salesteam",
              "Customer service": "Klantenservice", "CRM team": "CRM-team", "Finance": "Financiën"}


def _label(list_name: str, value: Any, lang: str) -> Any:
    from xlsmart import schema

    if value in schema.LISTS.get(list_name, {}):
        return schema.list_label(list_name, value, lang)
    return value  # deliberately not on the list (a failing example)


def goal_rows(lang: str) -> list[Row]:
    """The example goals in ``lang`` ("en" or "nl"), by column key.

    >>> goal_rows("nl")[0]["goal"].startswith("Ons webshopteam")
    True
    """
    nl = lang == "nl"
    rows = []
    for (gid, en_text, nl_text, cat, m_en, m_nl, direction, base, target, u_en, u_nl,
         start, deadline, owner, parent, n_en, n_nl) in _GOALS:
        rows.append({
            "id": gid, "goal": nl_text if nl else en_text, "category": _label("category", cat, lang),
            "metric": m_nl if nl else m_en, "direction": _label("direction", direction, lang) if direction else None,
            "baseline": base, "target": target, "unit": u_nl if nl else u_en, "start": start, "deadline": deadline,
            "owner": _OWNERS_NL.get(owner, owner) if nl else owner, "parent": parent, "notes": (n_nl if nl else n_en) or None,
        })
    return rows


def kpi_rows(lang: str) -> list[Row]:
    """The example KPIs in ``lang``, by column key (K6 names a goal that does not exist).

    >>> [r["goal_id"] for r in kpi_rows("en")][-2:]
    ['G12', 'G6']
    """
    nl = lang == "nl"
    return [
        {"id": kid, "goal_id": gid, "kpi": k_nl if nl else k_en, "team": team, "owner": owner,
         "baseline": base, "target": target, "actual": actual, "start": start, "deadline": deadline,
         "kind": _label("kind", kind, lang), "review": _label("review", review, lang) if review else None}
        for (kid, gid, k_en, k_nl, team, owner, base, target, actual, start, deadline, kind, review) in _KPIS
    ]


def budget_rows(lang: str) -> list[Row]:
    """The example budget lines in ``lang``, by column key (B3 overspends, B6 has no known group).

    >>> budget_rows("nl")[0]["budget_group"]
    'intern voorbereiden'
    """
    nl = lang == "nl"
    return [
        {"id": bid, "budget_group": _label("budget_group", group, lang), "campaign": c_nl if nl else c_en,
         "channel": channel, "period": period, "goal_id": gid, "planned": planned, "actual": actual,
         "revenue": revenue}
        for (bid, group, c_en, c_nl, channel, period, gid, planned, actual, revenue) in _BUDGETS
    ]


ROWS = {"goals": goal_rows, "kpis": kpi_rows, "budgets": budget_rows}

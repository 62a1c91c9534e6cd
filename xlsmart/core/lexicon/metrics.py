"""What xlsmart knows about metrics, in Dutch and English: their names, which way is better, vanity.

A goal may measure anything (``goals/metrics.py`` finds the metric from the sentence); these
tables only say what is known about the common ones. Words are compared lower-cased. Dutch glues
words together ("websitebezoekers", "klanttevredenheid"), so metrics are also recognised as the
tail of a longer word (:func:`metric_for_word`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Final


@dataclass(frozen=True)
class Metric:
    name: str  # canonical English name, used in reasons and parsed output
    nl: str  # Dutch name for reasons
    higher_is_better: bool = True
    vanity: bool = False  # counts attention, not results (likes, followers, views)


# What xlsmart knows about metrics: a goal may measure anything (see ``goals/metrics.py``, which
# finds the metric from the sentence); these tables only say what is known about the common
# ones: their names in both languages, which way is better, whether they count vanity.
_METRICS: list[tuple[Metric, tuple[str, ...]]] = [
    (Metric("leads", "leads"), ("leads", "lead", "mqls", "sqls", "mql", "sql", "aanvragen", "offerteaanvragen",
                               "enquiries", "inquiries", "prospects", "offertes")),
    (Metric("visitors", "bezoekers"), ("bezoekers", "bezoekersaantal", "visitors", "visits", "bezoeken", "traffic",
                                       "verkeer", "sessies", "sessions", "bezoek", "bezoekersaantallen")),
    (Metric("session duration", "sessieduur"), ("sessieduur", "verblijfsduur", "duration", "duur", "dwell")),
    (Metric("conversion rate", "conversieratio"), ("conversieratio", "conversiepercentage", "conversie",
                                                              "conversion", "conversions", "conversies", "conversion-rate")),
    (Metric("revenue", "omzet"), ("omzet", "revenue", "revenues", "turnover", "sales", "verkopen", "verkoop",
                                  "opbrengst", "opbrengsten", "inkomsten", "income", "arr", "mrr", "bookings")),
    (Metric("orders", "bestellingen"), ("bestellingen", "orders", "aankopen", "purchases", "transactions",
                                        "transacties", "herhaalaankopen")),
    (Metric("NPS", "NPS"), ("nps", "promoter", "promoters")),
    (Metric("customer churn", "klantverloop", higher_is_better=False),
     ("klantverloop", "verloop", "churn", "opzeggingen", "cancellations", "attrition")),
    (Metric("retention", "retentie"), ("retentie", "retention", "klantbehoud", "renewals", "verlengingen",
                                                  "klantenbinding", "loyaliteit", "loyalty")),
    (Metric("lead time", "doorlooptijd", higher_is_better=False), (
        "doorlooptijd", "wachttijd", "wachttijden", "wachtlijst", "wachtlijsten", "levertijd", "levertijden", "lead-time", "turnaround", "waiting",
        "wait", "throughput-time", "laadtijd", "behandeltijd", "oplostijd", "handling-time")),
    (Metric("response time", "responstijd", higher_is_better=False), (
        "responstijd", "reactietijd", "response-time", "resolution-time", "responsetijd", "antwoordtijd")),
    (Metric("sales cycle", "verkoopcyclus", higher_is_better=False), ("verkoopcyclus", "sales-cycle", "salescyclus")),
    (Metric("cost per acquisition", "kosten per acquisitie", higher_is_better=False), (
        "cpa", "cac", "cpl", "cpc", "cpo", "cpm", "acquisitiekosten", "cost-per-acquisition", "cost-per-lead",
        "kosten-per-lead", "cost-per-click")),
    (Metric("cost", "kosten", higher_is_better=False), ("kosten", "costs", "cost", "uitgaven", "spend", "spending",
                                                        "besteding", "bestedingen", "budget", "advertentiekosten",
                                                        "mediabudget", "expenses", "advertentie-uitgaven")),
    (Metric("margin", "marge"), ("marge", "margin", "margins", "winst", "profit", "profits", "brutomarge",
                                 "winstmarge", "winstgevendheid", "profitability")),
    (Metric("reach", "bereik"), ("bereik", "reach")),
    (Metric("brand awareness", "naamsbekendheid"), ("naamsbekendheid", "awareness", "bekendheid", "merkbekendheid",
                                                    "merkherkenning", "recognition", "zichtbaarheid", "visibility")),
    (Metric("customer satisfaction", "klanttevredenheid"), ("klanttevredenheid", "tevredenheid", "satisfaction",
                                                            "csat")),
    (Metric("rating", "beoordeling"), ("rating", "ratings", "beoordeling", "beoordelingen", "reviewscore", "reviews",
                                       "recensies", "sterren", "stars")),
    (Metric("customers", "klanten"), ("klanten", "customers", "clients", "klant", "customer", "kopers", "buyers",
                                      "accounts", "klantenbestand", "klantenaantal")),
    (Metric("subscribers", "abonnees"), ("abonnees", "subscribers", "subscriptions", "abonnementen", "subscriber",
                                         "abonnee", "list", "mailinglijst", "verzendlijst", "e-maillijst")),
    (Metric("members", "leden"), ("leden", "members", "membership", "memberships", "lidmaatschappen", "ledenaantal")),
    (Metric("active users", "actieve gebruikers"), ("mau", "dau", "wau")),
    (Metric("users", "gebruikers"), ("users", "gebruikers", "user", "gebruiker")),
    (Metric("downloads", "downloads"), ("downloads", "installs", "installaties", "download")),
    (Metric("sign-ups", "aanmeldingen"), ("aanmeldingen", "inschrijvingen", "registraties", "signups", "sign-ups",
                                          "registrations", "aanmelders", "deelnemers", "participants", "attendees",
                                          "boekingen", "afspraken", "appointments", "demos", "trials", "reserveringen",
                                          "reservations", "enrollments", "enrolments")),
    (Metric("donations", "donaties"), ("donaties", "donations", "giften", "donateurs", "donors", "fundraising",
                                       "funds", "gifts", "schenkingen")),
    (Metric("volunteers", "vrijwilligers"), ("vrijwilligers", "volunteers")),
    (Metric("pipeline", "pipeline"), ("pipeline", "opportunities", "opportunity")),
    (Metric("win rate", "winratio"), ("winrate", "win-rate", "winratio", "hit-rate", "close-rate",
                                                 "closing-rate", "scoringskans")),
    (Metric("growth rate", "groeipercentage"), ("groeipercentage", "groeicijfer", "growth-rate")),
    (Metric("share", "aandeel"), ("aandeel", "penetration", "penetratie")),
    (Metric("no-shows", "no-shows", higher_is_better=False), ("no-shows", "noshows", "no-show", "uitval")),
    (Metric("returns", "retouren", higher_is_better=False), ("retouren", "returns", "retourpercentage",
                                                             "terugzendingen", "retour", "refunds")),
    (Metric("complaints", "klachten", higher_is_better=False), ("klachten", "complaints", "klacht", "complaint",
                                                                "escalations", "escalaties")),
    (Metric("unsubscribes", "afmeldingen", higher_is_better=False), ("unsubscribes", "uitschrijvingen",
                                                                     "afmeldingen", "unsubscribe")),
    (Metric("cart abandonment", "winkelwagenverlating", higher_is_better=False),
     ("abandonment", "winkelwagenverlating", "cart-abandonment", "winkelwagenverlaters")),
    (Metric("click-through rate", "doorklikratio"), ("ctr", "doorklikratio", "click-through",
                                                                "clickthrough", "klikratio", "doorklikpercentage")),
    (Metric("clicks", "kliks"), ("clicks", "kliks", "klikken", "doorkliks")),
    (Metric("open rate", "openingsratio"), ("open-rate", "openrate", "openratio", "openingsratio",
                                                       "openingspercentage", "opens")),
    (Metric("engagement", "betrokkenheid"), ("engagement", "interactie", "interacties", "betrokkenheid",
                                             "interactions", "reacties", "comments", "shares", "retweets")),
    (Metric("market share", "marktaandeel"), ("marktaandeel", "market-share")),
    (Metric("bounce rate", "bouncepercentage", higher_is_better=False), (
        "bouncepercentage", "bounceratio", "bounce", "bounces", "bouncerate")),
    (Metric("order value", "orderwaarde"), ("orderwaarde", "aov", "basket", "winkelmand", "bestelwaarde")),
    (Metric("customer lifetime value", "klantwaarde"), ("ltv", "clv", "klantwaarde", "lifetime")),
    (Metric("return on investment", "rendement"), ("roi", "roas", "rendement", "return")),
    (Metric("recycled content", "gerecycled materiaal"), ("rpet", "recyclaat", "recycled-content")),
    (Metric("mentions", "vermeldingen"), ("mentions", "vermeldingen", "backlinks", "rankings", "ranking")),
    (Metric("followers", "volgers", vanity=True), (
        "volgers", "followers", "fans", "likes", "like", "vind-ik-leuks", "views", "weergaven", "impressions",
        "impressies", "pageviews", "paginaweergaven", "hits", "following", "follower", "volger", "likers")),
]

METRIC_WORDS: dict[str, Metric] = {}
for _metric, _words in _METRICS:
    for _word in _words:
        METRIC_WORDS.setdefault(_word, _metric)
# Tails that identify Dutch compounds: "websitebezoekers", "nieuwsbriefinschrijvingen".
# English words that end other words ("interviews", "celebrating", "checklist") are left out.
_NOT_A_TAIL: Final = frozenset({"list", "like", "hits", "rating", "views", "user", "return", "funds", "opens", "wait",
                         "lead", "sales", "gifts", "shares", "fans", "duration", "reach", "income"})
METRIC_SUFFIXES: tuple[str, ...] = tuple(sorted((w for w in METRIC_WORDS if len(w) >= 4 and w not in _NOT_A_TAIL),
                                                key=len, reverse=True))
_BY_NAME: Final = {metric.name: metric for metric, _ in _METRICS}
# Metrics named by two or three words; the key is the words, the value the metric.
METRIC_PHRASES: dict[tuple[str, ...], Metric] = {
    words: _BY_NAME[name] for name, phrases in (
        ("conversion rate", (("conversion", "rate"),)),
        ("click-through rate", (("click", "through"), ("click", "through", "rate"))),
        ("customer churn", (("churn", "rate"),)),
        ("lead time", (("lead", "time"), ("waiting", "time"), ("wait", "time"), ("delivery", "time"),
                       ("load", "time"), ("loading", "time"), ("handling", "time"), ("page", "speed"))),
        ("response time", (("response", "time"), ("resolution", "time"), ("reply", "time"), ("response", "times"))),
        ("sales cycle", (("sales", "cycle"), ("sales", "cycles"))),
        ("open rate", (("open", "rate"), ("open", "rates"), ("opening", "rate"))),
        ("market share", (("market", "share"), ("share", "of", "voice"), ("share", "of", "wallet"))),
        ("bounce rate", (("bounce", "rate"),)),
        ("NPS", (("net", "promoter"), ("net", "promoter", "score"))),
        ("sign-ups", (("sign", "ups"),)),
        ("no-shows", (("no", "shows"),)),
        ("followers", (("page", "views"),)),
        ("order value", (("order", "value"), ("basket", "size"), ("order", "size"))),
        ("cost per acquisition", (("cost", "per"), ("costs", "per"), ("kosten", "per"), ("acquisition", "cost"),
                                  ("acquisition", "costs"), ("cost", "of", "acquisition"))),
        ("session duration", (("session", "duration"), ("time", "on", "site"), ("time", "on", "page"),
                              ("time", "on", "website"), ("session", "length"))),
        ("active users", (("active", "users"), ("actieve", "gebruikers"), ("active", "customers"),
                          ("active", "members"), ("actieve", "leden"))),
        ("subscribers", (("email", "list"), ("e-mail", "list"), ("mailing", "list"), ("email", "subscribers"))),
        ("win rate", (("win", "rate"), ("close", "rate"), ("closing", "rate"), ("hit", "rate"))),
        ("cart abandonment", (("cart", "abandonment"), ("abandonment", "rate"))),
        ("customer lifetime value", (("lifetime", "value"),)),
        ("return on investment", (("return", "on", "investment"), ("return", "on", "ad", "spend"))),
        ("retention", (("retention", "rate"),)),
        ("growth rate", (("growth", "rate"), ("growth", "rates"))),
        ("recycled content", (("recycled", "content"), ("recycled", "material"), ("recycled", "plastic"))),
    ) for words in phrases
}
# A metric word that can also end a longer metric: "cost per lead", "share of voice".
METRIC_PHRASE_STARTS: Final = frozenset(words[0] for words in METRIC_PHRASES)
METRICS_BY_NAME: dict[str, Metric] = {m.name.casefold(): m for m, _ in _METRICS}
METRICS_BY_NAME.update({m.nl.casefold(): m for m, _ in _METRICS})
# Words that end a metric's name without naming it ("engagement rate", "verkoopresultaten",
# "satisfaction score"): the metric is the word before. "rate", "ratio" and "percentage" also
# say it is a share between 0 and 100 %.
GENERIC_HEADS: Final = frozenset({
    "rate", "rates", "ratio", "percentage", "percentages", "score", "scores", "level", "levels", "niveau",
    "cijfer", "cijfers", "resultaten", "resultaat", "results", "result", "number", "numbers", "count", "totaal",
    "total", "volume", "volumes", "figures", "figure", "index", "groei", "growth", "expansion", "expansie", "ratios", "percentage's", "aantallen",
    "aantal", "score's", "kpi", "kpis", "kpi's", "kpi’s", "value", "waarde",
})
RATE_HEADS: Final = frozenset({"rate", "rates", "ratio", "ratios", "percentage", "percentages", "percentage's"})


@lru_cache(maxsize=8192)  # goals repeat their words; the suffix scan is the costly part
def metric_for_word(word: str) -> Metric | None:
    """The metric a single word names, directly or as a part of a Dutch compound.

    >>> metric_for_word("websitebezoekers").name, metric_for_word("omzetgroei").name
    ('visitors', 'revenue')
    """
    metric = METRIC_WORDS.get(word)
    if metric is not None:
        return metric
    if word.endswith("'s"):  # Dutch plurals: "demo's", "video's"
        return metric_for_word(word[:-2] + "s")
    if len(word) > 6 and word not in _FALSE_COMPOUNDS:
        if word.endswith(METRIC_SUFFIXES):
            for suffix in METRIC_SUFFIXES:
                if word.endswith(suffix):
                    return METRIC_WORDS[suffix]
        # "omzetgroei", "verkoopresultaten", "betrokkenheidspercentage": a known word before a
        # word that only says "how much of it" (with the Dutch linking s).
        for head in _COMPOUND_HEADS:
            if word.endswith(head) and len(word) - len(head) >= 3:
                stem = word[: -len(head)]
                found = METRIC_WORDS.get(stem) or (METRIC_WORDS.get(stem[:-1]) if stem[-1] in "s-" else None)
                if found is None and len(stem) > 6 and stem.endswith(METRIC_SUFFIXES):
                    found = metric_for_word(stem)
                if found is not None:
                    return found
    return None


# Words that end in a metric's name but are none: "nonprofit" is an organisation, not a profit.
_FALSE_COMPOUNDS: Final = frozenset({"nonprofit", "nonprofits", "non-profit", "non-profits", "not-for-profit",
                              "nonprofit's", "non-profit's", "stichtingen"})


_COMPOUND_HEADS: Final = tuple(sorted(GENERIC_HEADS - {"rate", "rates", "count", "total", "index", "kpi"}, key=len,
                               reverse=True))


@lru_cache(maxsize=1024)  # a Metric column repeats a handful of names down the sheet
def metric_named(name: str) -> Metric:
    """A metric from a Metric column: a known one, or an unknown one taken as written."""
    wanted = name.strip().casefold()
    words = tuple(wanted.split())
    known = (METRICS_BY_NAME.get(wanted) or METRIC_PHRASES.get(words) or METRIC_PHRASES.get(words[-2:])
             or metric_for_word(wanted.replace(" ", "-")))
    if known is None:
        for word in reversed(words):
            known = metric_for_word(word)
            if known is not None or word not in GENERIC_HEADS:
                break
    if known is None:
        return Metric(name.strip(), name.strip())
    return known


def dutch_verb_after_noun(words: list[str], i: int) -> bool:
    """Whether the word at ``i``, after a noun of the same run, is a Dutch finite verb (issue 12, class
    "a Dutch verb after its subject"): Dutch writes a name's nouns as one compound, so two nouns in a row
    are rare, and a word after a noun that is no adjective's noun (an attributive adjective ends in -e:
    "gekwalificeerde leads", or in an adjective's own ending before a neuter noun: "recyclebaar afval"),
    followed by an article or a possessive, is the verb of a clause whose subject the noun is ("Veel
    organisaties stellen deze post op 20%", "mikt op meer bezoekers, bevestigt een woordvoerder")."""
    return i + 1 < len(words) and words[i + 1] in DUTCH_OBJECT_OPENERS and not words[i - 1].endswith(_DUTCH_ADJECTIVE_ENDS) and (
        metric_for_word(words[i]) is None)


# What opens the object of a Dutch finite verb ("stellen deze post", "bevestigt een woordvoerder"): articles
# and possessives, not the relatives "dat"/"die" nor "zijn", which is a verb itself (its quick test, first).
DUTCH_OBJECT_OPENERS: Final = frozenset({"de", "het", "een", "deze", "dit", "onze", "hun", "mijn", "uw", "jouw", "elke",
                                   "iedere", "alle"})
_DUTCH_ADJECTIVE_ENDS: Final = ("e", "baar", "ig", "lijk", "isch", "ief", "aal", "eel", "air")

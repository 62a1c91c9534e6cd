"""Marketing vocabulary in Dutch and English: metrics, directions, actors, language cues.

Words are compared lower-cased. Dutch glues words together ("websitebezoekers",
"klanttevredenheid"), so metrics are also recognised as the tail of a longer word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import dates
from .numbers import NUMBER_WORDS


@dataclass(frozen=True)
class Metric:
    name: str  # canonical English name, used in reasons and parsed output
    nl: str  # Dutch name for reasons
    higher_is_better: bool = True
    rate: bool = False  # a share that lives between 0 and 100 %
    vanity: bool = False  # counts attention, not results (likes, followers, views)


# What xlsmart knows about metrics: a goal may measure anything (see ``metrics.py``, which
# finds the metric from the sentence); these tables only say what is known about the common
# ones: their names in both languages, which way is better, whether they are rates or vanity.
_METRICS: list[tuple[Metric, tuple[str, ...]]] = [
    (Metric("leads", "leads"), ("leads", "lead", "mqls", "sqls", "mql", "sql", "aanvragen", "offerteaanvragen",
                               "enquiries", "inquiries", "prospects", "offertes")),
    (Metric("visitors", "bezoekers"), ("bezoekers", "bezoekersaantal", "visitors", "visits", "bezoeken", "traffic",
                                       "verkeer", "sessies", "sessions", "bezoek", "bezoekersaantallen")),
    (Metric("session duration", "sessieduur"), ("sessieduur", "verblijfsduur", "duration", "duur", "dwell")),
    (Metric("conversion rate", "conversieratio", rate=True), ("conversieratio", "conversiepercentage", "conversie",
                                                              "conversion", "conversions", "conversies", "conversion-rate")),
    (Metric("revenue", "omzet"), ("omzet", "revenue", "revenues", "turnover", "sales", "verkopen", "verkoop",
                                  "opbrengst", "opbrengsten", "inkomsten", "income", "arr", "mrr", "bookings")),
    (Metric("orders", "bestellingen"), ("bestellingen", "orders", "aankopen", "purchases", "transactions",
                                        "transacties", "herhaalaankopen")),
    (Metric("NPS", "NPS"), ("nps", "promoter", "promoters")),
    (Metric("customer churn", "klantverloop", higher_is_better=False, rate=True),
     ("klantverloop", "verloop", "churn", "opzeggingen", "cancellations", "attrition")),
    (Metric("retention", "retentie", rate=True), ("retentie", "retention", "klantbehoud", "renewals", "verlengingen",
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
    (Metric("win rate", "winratio", rate=True), ("winrate", "win-rate", "winratio", "hit-rate", "close-rate",
                                                 "closing-rate", "scoringskans")),
    (Metric("growth rate", "groeipercentage"), ("groeipercentage", "groeicijfer", "growth-rate")),
    (Metric("share", "aandeel", rate=True), ("aandeel", "penetration", "penetratie")),
    (Metric("no-shows", "no-shows", higher_is_better=False), ("no-shows", "noshows", "no-show", "uitval")),
    (Metric("returns", "retouren", higher_is_better=False), ("retouren", "returns", "retourpercentage",
                                                             "terugzendingen", "retour", "refunds")),
    (Metric("complaints", "klachten", higher_is_better=False), ("klachten", "complaints", "klacht", "complaint",
                                                                "escalations", "escalaties")),
    (Metric("unsubscribes", "afmeldingen", higher_is_better=False), ("unsubscribes", "uitschrijvingen",
                                                                     "afmeldingen", "unsubscribe")),
    (Metric("cart abandonment", "winkelwagenverlating", higher_is_better=False, rate=True),
     ("abandonment", "winkelwagenverlating", "cart-abandonment", "winkelwagenverlaters")),
    (Metric("click-through rate", "doorklikratio", rate=True), ("ctr", "doorklikratio", "click-through",
                                                                "clickthrough", "klikratio", "doorklikpercentage")),
    (Metric("clicks", "kliks"), ("clicks", "kliks", "klikken", "doorkliks")),
    (Metric("open rate", "openingsratio", rate=True), ("open-rate", "openrate", "openratio", "openingsratio",
                                                       "openingspercentage", "opens")),
    (Metric("engagement", "betrokkenheid"), ("engagement", "interactie", "interacties", "betrokkenheid",
                                             "interactions", "reacties", "comments", "shares", "retweets")),
    (Metric("market share", "marktaandeel", rate=True), ("marktaandeel", "market-share")),
    (Metric("bounce rate", "bouncepercentage", higher_is_better=False, rate=True), (
        "bouncepercentage", "bounceratio", "bounce", "bounces", "bouncerate")),
    (Metric("order value", "orderwaarde"), ("orderwaarde", "aov", "basket", "winkelmand", "bestelwaarde")),
    (Metric("customer lifetime value", "klantwaarde"), ("ltv", "clv", "klantwaarde", "lifetime")),
    (Metric("return on investment", "rendement"), ("roi", "roas", "rendement", "return")),
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
_NOT_A_TAIL = frozenset({"list", "like", "hits", "rating", "views", "user", "return", "funds", "opens", "wait",
                         "lead", "sales", "gifts", "shares", "fans", "duration", "reach", "income"})
METRIC_SUFFIXES: tuple[str, ...] = tuple(sorted((w for w in METRIC_WORDS if len(w) >= 4 and w not in _NOT_A_TAIL),
                                                key=len, reverse=True))
_BY_NAME = {metric.name: metric for metric, _ in _METRICS}
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
    ) for words in phrases
}
# A metric word that can also end a longer metric: "cost per lead", "share of voice".
METRIC_PHRASE_STARTS = frozenset(words[0] for words in METRIC_PHRASES)
METRICS_BY_NAME: dict[str, Metric] = {m.name.casefold(): m for m, _ in _METRICS}
METRICS_BY_NAME.update({m.nl.casefold(): m for m, _ in _METRICS})
# Words that end a metric's name without naming it ("engagement rate", "verkoopresultaten",
# "satisfaction score"): the metric is the word before. "rate", "ratio" and "percentage" also
# say it is a share between 0 and 100 %.
GENERIC_HEADS = frozenset({
    "rate", "rates", "ratio", "percentage", "percentages", "score", "scores", "level", "levels", "niveau",
    "cijfer", "cijfers", "resultaten", "resultaat", "results", "result", "number", "numbers", "count", "totaal",
    "total", "volume", "volumes", "figures", "figure", "index", "groei", "growth", "ratios", "percentage's", "aantallen",
    "aantal", "score's", "kpi", "value", "waarde",
})
RATE_HEADS = frozenset({"rate", "rates", "ratio", "ratios", "percentage", "percentages", "percentage's"})


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
_FALSE_COMPOUNDS = frozenset({"nonprofit", "nonprofits", "non-profit", "non-profits", "not-for-profit",
                              "nonprofit's", "non-profit's", "stichtingen"})


_COMPOUND_HEADS = tuple(sorted(GENERIC_HEADS - {"rate", "rates", "count", "total", "index", "kpi"}, key=len,
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
        rate = bool(words) and words[-1] in RATE_HEADS
        return Metric(name.strip(), name.strip(), rate=rate)
    return known


# Words that state a change as a factor of the baseline: "verdubbelen" is +100 %.
MULTIPLIERS = {"dubbele": 1.0, "verdubbeld": 1.0, "verdrievoudigd": 2.0, "verviervoudigd": 3.0, "gehalveerd": -0.5,
               "doubled": 1.0, "tripled": 2.0, "quadrupled": 3.0, "halved": -0.5, "quadrupling": 3.0,
               "verviervoudiging": 3.0, "verdrievoudiging": 2.0, "halvering": -0.5, "quadruples": 3.0,
               "viervoudigen": 3.0, "verviervoudigt": 3.0, "fivefold": 4.0, "vervijfvoudigen": 4.0,
               "threefold": 2.0, "twofold": 1.0, "fourfold": 3.0, "verdubbelen": 1.0, "verdubbel": 1.0, "verdubbeling": 1.0, "verdubbelt": 1.0,
               "double": 1.0, "doubling": 1.0, "verdrievoudigen": 2.0, "verdrievoudig": 2.0,
               "triple": 2.0, "tripling": 2.0, "verviervoudigen": 3.0, "quadruple": 3.0,
               "tenfold": 9.0, "tienvoudig": 9.0, "vertienvoudigen": 9.0,
               "verdrievoudigt": 2.0, "doubles": 1.0, "triples": 2.0,
               "halveren": -0.5, "halveer": -0.5, "halve": -0.5, "halving": -0.5, "halveert": -0.5}

# Directions. "improve" depends on the metric: more conversion, less waiting time.
INCREASE, DECREASE, KEEP, AT_MOST, AT_LEAST, IMPROVE, REACH = (
    "increase", "decrease", "keep", "at_most", "at_least", "improve", "reach",
)
DIRECTION_WORDS: dict[str, str] = {}
DUTCH_DIRECTION_WORDS: set[str] = set()
ENGLISH_DIRECTION_WORDS: set[str] = set()
# (direction, Dutch words, English words); the split also feeds language detection.
for _direction, _nl_words, _en_words in (
    (INCREASE, (
        "verhogen", "verhoog", "verhoogt", "verhoogd", "verhoging", "stijgen", "stijgt", "stijging",
        "groeien", "groei", "groeit", "toename", "toenemen", "vergroten", "vergroot", "vergroting", "uitbreiding",
        "uitbreiden", "opschalen", "verdubbelen", "verdubbeling", "verdrievoudigen", "meer", "hoger",
        "omhoog", "verhoogd", "gestegen", "gegroeid", "toegenomen", "uitgebreid", "verdubbeld", "opgeschaald",
        "opkrikken", "doorbreken", "doorbreekt", "toevoegen", "aanwas", "boosten", "vermeerderen", "optrekken",
        "extra", "zoveel", "maximaliseren", "record", "oplopen", "oploopt", "stimuleren", "stimuleer", "stimuleert", "bevorderen", "bevorder", "bevordert",
        "aanmoedigen", "verlengen", "verlenging", "verlening", "grotere", "hogere", "doorgroeien", "uitgroeien", "aangroeien", "bijgroeien", "doorgroeit", "uitbouwen",
    ), (
        "increase", "increases", "increased", "increasing", "grow", "grows", "growth", "boost",
        "raise", "lift", "expand", "double", "triple", "more", "higher", "up", "scale", "grown", "raised", "boosted",
        "maximize", "maximise", "maximizing", "maximising", "encourage", "promote", "foster", "stimulate",
        "extend", "lengthen",
        "add", "adding", "accelerate", "multiply", "rise", "additional", "larger", "bigger", "greater", "faster",
    )),
    (DECREASE, (
        "verlagen", "verlaag", "verlaagt", "verlaging", "verminderen", "verminder", "vermindert",
        "vermindering", "verkorten", "verkort", "verkleinen", "verklein", "verkleint", "dalen", "daalt",
        "daling", "terugdringen", "terugbrengen", "halveren", "minder", "lager", "korter", "beperken",
        "beperkt", "reductie", "reduceren", "omlaag", "inkorten", "verlaagd", "verminderd", "gereduceerd",
        "teruggebracht", "teruggedrongen", "afgebouwd", "afbouwen", "gedaald", "afgenomen", "ingekort", "verkort",
        "gehalveerd", "terugschroeven", "inperken", "indammen", "minimaliseren", "reduceer", "reduceert", "verminderen",
        "afremmen", "wegwerken", "uitbannen", "elimineren", "snijden", "snoeien", "voorkomen", "tegengaan",
        "tegengegaan", "bestrijden", "bestreden", "kleinere", "lagere", "kortere", "besparing",
    ), (
        "reduce", "reduces", "reduced", "reduction", "decrease", "decreases", "cut", "cuts",
        "lower", "shorten", "shrink", "drop", "halve", "less", "fewer", "down", "minimise", "minimize", "decreased",
        "reducing", "lowering", "shortening", "slash", "trim", "eliminate", "decline", "lowered", "shortened",
        "prevent", "avoid", "combat", "tackle",
    )),
    (KEEP, (
        "behouden", "behoud", "handhaven", "handhaaf", "handhaaft", "vasthouden", "stabiel", "houden", "houd", "houdt",
        "bestendigen", "continueren", "voortzetten", "consolideren", "stabilisatie", "stabilisering", "behoud",
        "instandhouding",
    ), ("keep", "keeps", "maintain", "maintains", "sustain", "hold", "holds", "retain", "stable", "preserve",
        "preserves", "consolidate")),
    (AT_MOST, ("maximaal", "hooguit", "hoogstens", "onder", "beneden", "plafond", "bovengrens", "maximale"),
     ("below", "under", "max", "maximum", "ceiling", "≤", "<")),
    (AT_LEAST, ("minimaal", "minstens", "tenminste", "boven", "overschrijden", "overtreffen", "ondergrens", "voldoende",
                "minimale"),
     ("above", "minimum", "min", "exceed", "exceeds", "surpass", "surpasses", "beat", "outperform", "≥", ">")),
    (IMPROVE, ("verbeteren", "verbeter", "verbetert", "verbetering", "optimaliseren", "optimaliseer", "verbeterd",
               "betere", "sterkere", "snellere",
               "versterken", "versterkt", "geoptimaliseerd"),
     ("improve", "improves", "improvement", "optimise", "optimize", "better", "improving", "improved", "enhance",
      "enhances", "strengthen", "boost")),
    (REACH, (
        "genereren", "genereer", "genereert", "werven", "werft", "halen", "haalt", "haal", "behalen", "behaal", "bereik", "realiseer", "werf", "verwerf", "behaalt",
        "realiseren", "realiseert", "bereiken", "bereikt", "binnenhalen", "scoren", "verkopen",
        "winnen", "wint", "aantrekken", "boeken", "boekt", "krijgen", "krijgt", "verwerven", "verzamelen",
        "ophalen", "inzamelen", "overtuigen", "aanmelden", "converteren", "vinden", "nodig",
        "gerealiseerd", "behaald", "bereikt", "gehaald", "geworven", "verkocht", "gewonnen", "lokken",
    ), (
        "generate", "achieve", "reach", "hit", "attract", "win", "acquire", "gain", "sell", "get",
        "land", "book", "secure", "deliver", "drive", "need", "attain", "obtain", "earn", "collect", "onboard", "recruit",
        "enroll", "enrol", "sign", "close", "convert", "bring", "capture", "produce", "generating", "achieving",
        "reaching", "acquiring", "attracting", "winning", "securing", "driving", "signing", "closing", "take",
    )),
):
    for _word in _nl_words + _en_words:
        DIRECTION_WORDS.setdefault(_word, _direction)
    DUTCH_DIRECTION_WORDS.update(_nl_words)
    ENGLISH_DIRECTION_WORDS.update(_en_words)
def _ing(verb: str) -> str:
    """The English -ing form: "grow" -> "growing", "reduce" -> "reducing", "cut" -> "cutting"."""
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    if len(verb) <= 4 and verb[-1] in "tpgnm" and verb[-2] in "aeiou" and verb[-3:-2] not in "aeiou":
        return verb + verb[-1] + "ing"
    return verb + "ing"


for _word in sorted(ENGLISH_DIRECTION_WORDS):
    if _word.isalpha() and not _word.endswith(("ing", "ed", "s", "er", "ment", "tion", "th")) and _word not in (
            "more", "less", "up", "down", "min", "max", "maximum", "minimum", "below", "under", "above", "fewer",
            "stable", "better", "lower", "higher", "ceiling"):
        DIRECTION_WORDS.setdefault(_ing(_word), DIRECTION_WORDS[_word])
# Directions that an English verb ending (-s, -es) may carry: "reaches", "cuts", "grows".
VERB_DIRECTIONS = frozenset({INCREASE, DECREASE, KEEP, IMPROVE, REACH})
def _word_direction(word: str) -> str | None:
    """The direction one word names: a direction word, a multiplier, or an English verb in -s/-es."""
    direction = DIRECTION_WORDS.get(word)
    if direction is None and word in MULTIPLIERS:
        direction = INCREASE if MULTIPLIERS[word] > 0 else DECREASE
    if direction is None and len(word) > 3 and word[-1] == "s":
        stem = DIRECTION_WORDS.get(word[:-1]) or (DIRECTION_WORDS.get(word[:-2]) if word[-2] == "e" else None)
        if stem in VERB_DIRECTIONS:
            direction = stem  # English third person: "reaches", "cuts", "grows"
    return direction


# Every word that names a direction, worked out once: a goal's scan is then one look-up a word.
# Only these can: the direction words, the multipliers, and direction words plus -s or -es.
WORD_DIRECTIONS: dict[str, str] = {
    word: direction
    for word in (*DIRECTION_WORDS, *MULTIPLIERS, *(w + "s" for w in DIRECTION_WORDS if not w.endswith("ing")),
                 *(w + "es" for w in DIRECTION_WORDS if not w.endswith("ing")))
    if (direction := _word_direction(word)) is not None
}


# Two-word directions: "at least", "at most", "no more than", "ten minste", "niet meer dan".
DIRECTION_PHRASES: dict[tuple[str, ...], str] = {
    ("at", "least"): AT_LEAST, ("at", "most"): AT_MOST, ("ten", "minste"): AT_LEAST,
    ("no", "more", "than"): AT_MOST, ("not", "more", "than"): AT_MOST, ("niet", "meer", "dan"): AT_MOST,
    ("less", "than"): AT_MOST, ("minder", "dan"): AT_MOST, ("more", "than"): AT_LEAST,
    ("meer", "dan"): AT_LEAST, ("stay", "below"): AT_MOST, ("stay", "under"): AT_MOST,
    ("blijven", "onder"): AT_MOST, ("blijft", "onder"): AT_MOST, ("stay", "above"): AT_LEAST,
    ("naar", "beneden"): DECREASE, ("naar", "boven"): INCREASE, ("nog", "maar"): AT_MOST, ("zo", "hoog", "mogelijk"): INCREASE,
    ("zo", "hoog", "mogelijke"): INCREASE, ("zo", "laag", "mogelijk"): DECREASE, ("zo", "laag", "mogelijke"): DECREASE,
    ("as", "high", "as"): INCREASE, ("as", "low", "as"): DECREASE, ("as", "many", "as"): INCREASE,
    ("zo", "veel", "mogelijk"): INCREASE, ("tegen", "te", "gaan"): DECREASE,
    ("blijven", "boven"): AT_LEAST, ("blijft", "boven"): AT_LEAST, ("op", "peil"): KEEP,
    ("keep", "at"): KEEP, ("tegen", "gaan"): DECREASE, ("in", "stand", "houden"): KEEP,
}
# A negated rise is a ceiling and a negated fall a floor: "shouldn't go higher than 0.3%", "must not
# exceed", "mag niet boven de 5% uitkomen", "not below 90%".
for _negation in ("not", "never", "shouldn't", "mustn't", "won't", "can't", "cannot", "doesn't", "don't", "niet",
                  "nooit"):
    for _words, _bound in ((("exceed", "exceeds", "higher", "above", "over", "boven", "hoger", "overschrijden",
                              "overschrijdt"), AT_MOST),
                           (("below", "under", "lower", "fewer", "onder", "lager", "beneden", "onderschrijden"),
                            AT_LEAST)):
        for _word in _words:
            DIRECTION_PHRASES.setdefault((_negation, _word), _bound)
            DIRECTION_PHRASES.setdefault((_negation, "go", _word), _bound)
            DIRECTION_PHRASES.setdefault((_negation, "to", _word), _bound)
            DIRECTION_PHRASES.setdefault((_negation, "fall", _word), _bound)
            DIRECTION_PHRASES.setdefault((_negation, "drop", _word), _bound)
            DIRECTION_PHRASES.setdefault((_negation, "rise", _word), _bound)
DIRECTION_FIRST_WORDS = frozenset(p[0] for p in DIRECTION_PHRASES)
# A structured Direction column value ("verhogen", "at most") to a direction.
DIRECTION_LIST = {
    "increase": INCREASE, "verhogen": INCREASE, "decrease": DECREASE, "verlagen": DECREASE,
    "keep": KEEP, "behouden": KEEP, "at most": AT_MOST, "maximaal": AT_MOST,
    "at least": AT_LEAST, "minimaal": AT_LEAST, "reduce": DECREASE, "verminderen": DECREASE,
}

# Verbs that acquire what they count: with a count ("generate 200 leads", "sell 3,600 pairs",
# "50 nieuwe leden werven") the goal is an increase. The other verbs of reaching ("reach",
# "achieve", "halen", "bereiken") leave the direction open unless a baseline gives it (DOMAIN.md).
ACQUISITION_VERBS = frozenset({
    "verbinden", "verbindt", "verbonden", "aansluit", "connect", "connects", "connecting",
    "welcoming", "welcomes", "binnengehaald", "opgehaald", "ingezameld", "gegenereerd",
    "aangetrokken", "verworven", "bijkomen",
    "genereren", "genereer", "genereert", "werven", "werft", "binnenhalen", "verkopen", "verkoopt", "winnen", "wint",
    "aantrekken", "trekken", "boeken", "boekt", "verwerven", "verzamelen", "ophalen", "inzamelen", "converteren",
    "vinden", "geworven", "verkocht", "gewonnen", "lokken", "aansluiten", "vervoeren",
    "generate", "generates", "generating", "attract", "attracts", "attracting", "win", "wins", "winning", "acquire",
    "acquires", "acquiring", "gain", "gains", "sell", "sells", "selling", "land", "book", "books", "secure", "securing",
    "drive", "drives", "driving", "obtain", "earn", "collect", "onboard", "recruit", "enroll", "enrol", "sign", "signs",
    "signing", "close", "closing", "convert", "bring", "capture", "add", "adding", "raise", "raising", "welcome",
    "serve", "create", "creating", "creëren", "toevoegen", "bijschrijven", "get", "gets",
    "produce", "produces", "make", "makes", "take", "find", "carry", "draw", "opwekken", "wekken", "bemachtigen",
    "getting", "krijgen", "krijgt",
})

# Separable Dutch verbs whose particle gives the direction: "we brengen de wachttijd terug",
# "het verloop neemt af", "de omzet neemt toe".
SEPARABLE_PARTICLES: dict[str, tuple[str, frozenset[str]]] = {
    "terug": (DECREASE, frozenset({"brengen", "brengt", "breng", "dringen", "dringt", "dring", "schroeven",
                                   "schroeft", "gaan", "gaat", "lopen", "loopt", "zetten"})),
    "af": (DECREASE, frozenset({"bouwen", "bouwt", "bouw", "nemen", "neemt", "neem", "zwakken", "zwakt"})),
    "toe": (INCREASE, frozenset({"nemen", "neemt", "neem"})),
    "op": (INCREASE, frozenset({"schalen", "schaalt", "krikken", "krikt", "voeren", "voert", "drijven", "drijft",
                                "trekken", "trekt"})),
    "weg": (DECREASE, frozenset({"werken", "werkt", "nemen", "neemt"})),
    "uit": (INCREASE, frozenset({"bouwen", "bouwt", "bouw", "breiden", "breidt", "brei"})),
    "door": (INCREASE, frozenset({"zetten", "zet"})),
}

# Nouns that name an organisation or a role as a subject: "de stad", "het museum", "the CEO".
ORGANISATION_TAILS = (
    "stad", "gemeente", "museum", "theater", "club", "bedrijf", "organisatie", "omroep", "luchthaven", "ziekenhuis",
    "provincie", "regering", "overheid", "ministerie", "school", "vereniging", "stichting", "winkel", "keten",
    "concern", "groep", "bank", "verzekeraar", "merk", "partij", "bond", "federatie", "maatschappij", "bestuur",
    "directie", "raad", "company", "business", "firm", "organisation", "organization", "brand", "agency", "club",
    "council", "board", "ceo", "cfo", "cmo", "coo", "founder", "president", "minister", "wethouder",
    "burgemeester", "executive", "leadership", "management", "retailer", "supermarkt", "park", "dierentuin",
    "zoo", "airport", "universiteit", "university", "hogeschool", "charity", "mission", "nonprofit", "ngo",
    "organisaties", "bedrijven", "onderneming", "fabrikant", "producent", "uitgever", "publisher", "ceo's",
    "bonden", "supermarkten", "gemeenten", "scholen", "clubs", "companies", "retailers", "winkels", "ziekenhuizen",
    "musea", "provincies", "waterschappen", "secretaris", "voorzitter", "kabinet", "stadsbestuur", "attractiepark",
    "vereniging", "verenigingen", "omroepen", "partners", "brands", "merken", "provider", "operator", "aanbieder",
    "vervoerder", "bezorger", "bezorgdienst", "koerierdienst", "leverancier", "brouwerij", "webwinkel", "keten",
    "zender", "krant", "airline", "carrier", "chain", "telecombedrijf", "winkelketen", "onlineverkoper", "verkoper",
    "supermarktketen", "dienst", "instelling", "fonds", "museum", "bibliotheek", "library", "hotel", "restaurant",
    "supers", "supermarkets",
    # governing bodies: "de nieuwe coalitie van sp.a, Groen en Open Vld wil …", "the UK government's strategy"
    "government", "governments", "coalitie", "coalition", "college", "fractie",
)

# Verbs whose subject is the goal's owner: intent, plans, needs, and what organisations "say".
INTENT_VERBS = frozenset({
    # English
    "will", "wants", "want", "aims", "aim", "plans", "intends", "expects", "hopes", "seeks", "targets", "strives",
    "commits", "has", "have", "set", "sets", "forecasts", "forecast", "looks", "would", "must", "should", "needs",
    "need", "said", "says", "announced", "plotted", "promises", "pledged", "pledges", "wishes",
    "shall", "can", "could", "expect", "hope", "plan", "intend", "seek", "target", "strive", "commit",
    "projects", "predicts", "estimates", "envisions", "envisages", "anticipates", "believes", "reckons",
    "aimed", "wanted", "planned", "hoped", "targeted", "intended", "expected", "had", "decided", "decides",
    "aiming", "looking", "targeting", "planning", "hoping", "trying", "seeking", "expecting", "striving",
    "committed", "promised", "maakt",
    # Dutch
    "wil", "willen", "wilde", "wilden", "gaat", "gaan", "ga", "zal", "zullen", "streeft", "streven", "mikt",
    "mikken", "hoopt", "hopen", "moet", "moeten", "heeft", "hebben", "ambieert", "verwacht", "verwachten",
    "denkt", "denken", "zoekt", "zoeken", "eist", "stelt", "zegt", "zeggen", "kiest", "plant", "wenst",
    "wensen", "beoogt", "beogen", "hanteert", "rekent", "trekt", "zet", "legt", "kan", "kunnen", "blijft",
    "zei", "zeiden", "hoopte", "hoopten", "streefde", "mikte", "wou", "hadden", "handhaaft", "verwachtte",
    "start", "begint", "lanceert", "belooft", "beloven", "beloofde", "noemt", "wilt", "moedigt",
})
# Dutch verbs after which the subject may follow ("Tegen 2030 wil De Lijn …"); "moet" takes
# the metric as its subject more often than an owner ("In 2027 moet de omzet …").
INVERTING_VERBS = frozenset({
    "wil", "willen", "wilde", "wilden", "gaat", "gaan", "zal", "zullen", "streeft", "streven", "mikt", "mikken",
    "hoopt", "hopen", "heeft", "hebben", "ambieert", "verwacht", "verwachten", "denkt", "denken", "zoekt", "zoeken",
    "eist", "stelt", "zegt", "zeggen", "kiest", "plant", "wenst", "wensen", "beoogt", "beogen", "zei", "zeiden",
    "hoopte", "hoopten", "streefde", "mikte", "wou", "had", "hadden", "verhoogt", "verlaagt", "verdubbelt",
    "opent", "lanceert", "publiceert", "organiseert", "verkoopt", "realiseert", "haalt", "wint", "boekt", "werft",
    "bereikt", "zamelt", "haalde", "behaalt", "introduceert", "investeert", "maakt", "richt",
})

# Who can own a goal when the text names them.
ACTOR_WORDS = frozenset({
    "ik", "we", "wij", "ons", "onze", "mijn", "i", "our", "my", "we'll", "i'd", "we'd", "we're", "i'll",
    "i'm", "we've", "i've", "ours",
})
# A generic "you" speaks to the reader: it owns nothing ("grow your list", "verhoog je omzet").
READER_WORDS = frozenset({"you", "your", "jij", "jouw", "je", "u", "uw", "you'll", "you're"})
ACTOR_SUFFIXES = ("team", "teams", "afdeling", "department", "dept", "division", "divisie", "directie", "ceo",
                  "executive", "founder", "cmo", "manager", "managers", "marketeer",
                  "marketeers", "marketer", "marketers", "bureau", "agency", "squad", "owner",
                  "eigenaar", "specialist", "specialisten", "director", "directeur")

# "we", "in" and "per" are as Dutch as they are English, so they count for neither.
DUTCH_CUES = frozenset({
    "de", "het", "een", "van", "naar", "met", "binnen", "voor", "vóór", "tegen", "en", "ons",
    "onze", "wij", "ik", "jaar", "maanden", "maand", "weken", "dagen", "komende", "tot", "op",
    "kwartaal", "aantal", "door", "eind", "uiterlijk", "moeten", "moet", "willen", "wil", "worden",
    "wordt", "zijn", "blijven", "blijft", "nieuwe", "beter", "dan", "dit", "deze", "volgend",
    "elke", "iedere", "onder", "boven", "opzichte", "vorig", "vorige", "nog", "niet", "zo",
    "snel", "mogelijk", "ieder", "gaan", "gaat", "graag", "alle", "jouw", "mijn",
}) | DUTCH_DIRECTION_WORDS - {"meer", "minder"}
ENGLISH_CUES = frozenset({
    "the", "a", "an", "of", "to", "from", "by", "within", "before", "and", "our", "year",
    "months", "month", "weeks", "days", "next", "until", "on", "quarter", "number", "end", "at",
    "least", "most", "will", "want", "should", "must", "new", "than", "this", "last", "every",
    "each", "with", "be", "become", "possible", "all", "my", "your", "during",
}) | ENGLISH_DIRECTION_WORDS - {"min", "max"}
# Each word's vote in language detection: +1 Dutch, -1 English (a word in both sets cancels out).
LANGUAGE_CUES: dict[str, int] = {
    word: (word in DUTCH_CUES) - (word in ENGLISH_CUES) for word in DUTCH_CUES | ENGLISH_CUES
}

# --- reading a sentence: the word classes that bound a noun phrase ---------------------------
# ``metrics.py`` reads what a goal measures as a noun phrase; ``actors.py`` who owns it. Both
# need to know which words can never be part of a name: these.

# Words that open a noun phrase without naming anything: "the", "our", "het", "onze".
DETERMINERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "their", "its", "his", "her",
    "de", "het", "een", "ons", "onze", "mijn", "jouw", "je", "uw", "hun", "zijn", "haar", "deze", "dit", "die",
    "dat", "all", "alle", "each", "every", "elke", "iedere", "ieder", "elk", "'t", "any", "some",
})
# "the number of", "het aantal": how much of the noun that follows (which is the metric).
QUANTITY_WORDS = frozenset({
    "number", "aantal", "amount", "count", "total", "totale", "totaal", "hoeveelheid", "percentage", "proportion",
    "deel", "niveau", "size", "omvang", "no", "nr", "value", "waarde", "level", "volume",
})
# Nouns of change: "a 15% increase in open rate", "20% groei in leadgeneratie": the metric follows.
CHANGE_NOUNS = frozenset({
    "increase", "growth", "rise", "lift", "improvement", "reduction", "decrease", "decline", "drop", "cut",
    "uplift", "boost", "groei", "stijging", "toename", "verbetering", "daling", "afname", "verlaging", "expansion",
    "vermindering", "verhoging", "reductie", "verdubbeling", "doubling", "halvering", "halving",
    "verdrievoudiging", "verviervoudiging", "tripling", "vergroting", "uitbreiding", "stabilisatie", "besparing",
})
# Qualifiers between a number and its noun: "500 new customers", "20% more traffic".
COUNT_QUALIFIERS = frozenset({
    "more", "meer", "extra", "additional", "fewer", "less", "minder", "nieuwe", "new", "unique", "unieke",
    "qualified", "gekwalificeerde", "betalende", "paying", "paid", "active", "actieve", "mogelijk", "veel",
    "betere", "grotere", "hogere", "lagere", "kleinere", "kortere", "sterkere", "snellere", "greater", "bigger",
    "voldoende", "mogelijke", "hoog", "hoge", "laag", "lage",
})
# Qualifiers that are themselves a direction: "meer vrouwen", "more traffic", "extra vrijwilligers".
MORE_WORDS = frozenset({"more", "meer", "extra", "additional", "fewer", "less", "minder", "zoveel", "veel", "betere",
                        "grotere", "hogere", "lagere", "kleinere", "kortere", "sterkere", "snellere", "better",
                        "higher", "lower", "greater", "bigger", "voldoende"})
# Verbs whose object is work done, not a result: "publish 20 posts", "een webinar organiseren".
# Nouns that name a goal: after them "van 5.000" is the goal's level, and "voor 2020" the year it is for.
GOAL_NOUNS = frozenset({"doel", "doelstelling", "target", "goal", "streefwaarde", "streefcijfer", "objective",
                        "ambitie", "streven"})
_GOAL_TAILS = ("doel", "doelstelling", "goal", "target", "streefcijfer", "streefwaarde", "objective")


def names_a_goal(word: str) -> bool:
    """"doel", "target", or a compound ending in one: "jaardoel", "omzetdoelstelling"."""
    return word in GOAL_NOUNS or (len(word) > 6 and word.endswith(_GOAL_TAILS))


# "Build" is work ("build a website") unless what is built is a measure: "build my email list",
# "build awareness", "een community opbouwen": then it grows it.
BUILD_VERBS = frozenset({"build", "builds", "building", "bouwen", "opbouwen", "bouw", "bouwt"})
_BUILT_MEASURES = frozenset({"following", "audience", "community", "list", "awareness", "pipeline", "reputation",
                             "authority", "autoriteit", "naamsbekendheid", "bekendheid", "bereik", "database",
                             "base", "achterban", "volgersbestand", "klantenbestand", "loyalty", "trust", "vertrouwen"})


def can_be_built(head: str) -> bool:
    return head in _BUILT_MEASURES or metric_for_word(head) is not None


ACTIVITY_VERBS = frozenset({
    "publish", "publiceren", "publiceer", "post", "posten", "plaatsen", "plaats", "write", "schrijven", "schrijf",
    "send", "versturen", "verstuur", "sturen", "verzenden", "launch",
    "lanceren", "lanceer", "host", "organise", "organize", "organiseren", "organiseer", "hold", "run", "attend",
    "produceren", "call", "bellen", "identify", "identificeren", "inplannen", "develop", "ontwikkelen", "build", "bouwen", "train",
    "trainen", "conduct", "schedule", "implement", "implementeren", "introduce", "introduceren", "invest",
    "investeren", "hire", "aannemen", "start", "starten", "begin", "beginnen", "upload",
    "uploaden", "design", "ontwerpen", "test", "testen", "complete", "finish", "afronden",
    "publiceert", "organiseert", "lanceert", "schrijft", "verstuurt", "plaatst", "contacteren", "benaderen",
    "mailen", "opbellen", "uitnodigen", "do", "use", "gebruiken", "inzetten", "participate", "deelnemen", "speak",
    "devote", "dedicate", "uitbrengen", "opstellen", "opbouwen", "open", "openen", "opent",
    "remodel", "renovate", "renoveren", "deploy", "planten",
    # Planting and certifying are work too (issue 12): "plant 18,000 trees", "8.000 bomen aanplanten",
    # "certify 10% of our manufacturing sites".
    "plant", "aanplanten", "aanplant", "certify", "certificeren",
})
# Units a number counts in, between it and the noun it counts: "60 kg restafval", "€ 5 miljoen omzet".
UNIT_WORDS = frozenset({"kg", "kilo", "kilogram", "ton", "tonnes", "tons", "pounds", "lbs", "liter", "km", "euro",
                        "eur", "dollar", "dollars", "yuan", "yen",
                        "procent", "percent", "uur", "hours", "minuten", "minutes", "dagen", "days", "gram", "m"})
ACTIVITY_VERBS = ACTIVITY_VERBS | frozenset(
    (verb[:-1] if verb.endswith("e") else verb + (verb[-1] if verb in ("run", "plan", "post") else "")) + "ing"
    for verb in ACTIVITY_VERBS if verb.isascii() and not verb.endswith(("en", "t")))
# What work produces, not a result: "increase blog posts published", "4 medewerkersevenementen".
ACTIVITY_NOUNS = frozenset({
    "posts", "post", "blogposts", "blogs", "articles", "article", "artikelen", "artikel", "videos", "video's",
    "events", "evenementen", "evenement", "webinars", "webinar", "berichten", "uploads", "episodes",
    "afleveringen", "proposals", "voorstellen", "meetings", "experiments", "experimenten", "award", "awards",
    "prijs", "prijzen", "brands", "product", "lines", "campaigns", "campagnes", "tweets", "stories", "reels",
    "blogartikelen", "nieuwsbrieven", "newsletters", "mailings", "workshops", "trainingen", "presentaties",
    "presentations", "webshops", "calls", "call", "cards", "card", "podcasts",
    "listings", "words", "woorden", "course", "courses", "cursus", "cursussen",
})
# Any other word that cannot be part of a metric's name: prepositions, conjunctions, pronouns,
# auxiliaries, adverbs and common verbs, in both languages.
PHRASE_BREAKS = frozenset({
    # English
    "from", "to", "by", "with", "in", "within", "on", "at", "for", "of", "over", "under", "per", "into", "through",
    "across", "via", "before", "after", "during", "until", "till", "than", "as", "about", "between", "among",
    "around", "towards", "toward", "against", "without", "and", "or", "but", "while", "so", "which", "who",
    "whose", "where", "when", "if", "because", "is", "are", "be", "been", "being", "was", "were", "am", "have",
    "has", "had", "do", "does", "did", "will", "would", "shall", "should", "must", "can", "could", "may", "might",
    "shouldn't", "mustn't", "won't", "can't", "cannot", "don't", "doesn't", "wouldn't", "couldn't", "isn't", "aren't",
    "want", "wants", "wanted", "aim", "aims", "aiming", "plan", "plans", "planning", "need", "needs", "we", "i",
    "you", "they", "he", "she", "it", "us", "them", "me", "also", "only", "just", "very", "really", "again", "still",
    "even", "not", "no", "both", "most", "least", "own", "other", "another", "currently", "current", "now", "today",
    "overall", "there", "here", "then", "out", "off", "back", "x", "times", "approximately", "roughly", "nearly",
    "almost", "drive", "driving", "bring", "bringing", "convert", "become", "becoming", "see", "exceed",
    "surpass", "obtain", "earn", "collect", "receive", "capture", "going", "goal", "goals", "objective", "target", "targets", "ensure", "make", "making", "help", "helps", "using", "use", "such", "like", "including", "up", "down", "strive", "strives", "intend", "intends",
    "expect", "expects", "hope", "hopes", "seek", "seeks", "set", "sets", "commit", "commits", "committed",
    "focus", "ready", "able", "whole", "entire", "its", "every", "once", "twice", "thrice", "reached", "achieved", "based",
    "improved", "increased", "reduced", "grown", "approx", "ca", "circa", "starting", "baseline",
    "compared", "versus", "vs", "than",
    # Dutch
    "van", "naar", "met", "binnen", "op", "voor", "vóór", "tot", "tegen", "bij", "uit", "door", "onder", "boven",
    "tussen", "na", "als", "dan", "en", "maar", "om", "te", "wij", "ik", "jij", "u", "zij", "ze", "hij", "er",
    "wil", "willen", "wilt", "gaan", "gaat", "ga", "moet", "moeten", "mag", "mogen", "zal", "zullen", "kunnen", "kan", "worden",
    "wordt", "werd", "ben", "hebben", "heeft", "hebt", "nog", "ook", "al", "zo", "dus", "welke", "waarbij",
    "waardoor", "zodat", "omdat", "ongeveer", "ruim", "bijna", "zeker", "steeds", "huidige", "huidig", "nu",
    "momenteel", "vandaag", "ten", "minste", "hoogste", "streven", "streeft", "streef", "ambitie", "ambieert",
    "doel", "doelen", "doelstelling", "zorgen", "zorg", "zorgt", "brengen", "brengt", "breng", "terug", "af",
    "vanaf", "rond", "richting", "sinds", "t.o.v", "tov", "opzichte", "mee", "mikken", "mikt", "graag", "hoe", "wat", "waar", "wanneer", "niet",
    "geen", "alleen", "slechts", "minimaal", "maximaal", "uiterlijk", "eind", "einde", "begin", "tenminste", "daarmee", "hiermee", "dankzij", "aan", "zonder", "volgens", "langs",
    "daarnaast", "bovendien", "tevens", "ondertussen", "intussen", "inmiddels", "vervolgens", "tenslotte",
    "furthermore", "moreover", "meanwhile", "additionally", "eens", "ooit", "alsnog", "gemiddeld", "zo'n", "daarnaartoe", "daarvoor", "daarbij", "daardoor", "uiteindelijk", "eventually", "ultimately", "finally",
    "thereby", "vertelt", "zegt", "aldus", "says", "according", "stelt", "meldt", "benadrukt", "zichzelf", "zich",
    "itself", "themselves", "ourselves", "onszelf", "year-olds", "year-old", "jarigen", "jarige", "toe", "weg", "trachten", "proberen", "pogen", "á", "à",
    "echter", "verder", "zelfs", "wél", "flink", "fors", "sterk", "heel", "erg", "zeer", "wel", "waarin", "waarmee",
    "waarvan", "toekomst", "future", "however", "further", "significantly", "strongly", "rondom", "binnenkort", "jaarbasis", "maandbasis", "weekbasis", "zowel", "ofwel", "hetzij", "vooral",
    "dient", "dienen", "laten", "zien", "krijgen", "blijven", "blijft", "ernaar", "erop", "eraan", "ervoor", "erin", "erbij", "gericht", "zou", "zouden", "qua", "actief", "actieve",
    "vast", "ever", "nooit",
    # units of measure and scale: what a number counts in, never what is measured
    "minuten", "minuut", "minutes", "minute", "mins", "uur", "uren", "hours", "hour", "hrs", "seconden",
    "seconde", "seconds", "sec", "procent", "percent", "pct", "procentpunt", "procentpunten", "points", "punten",
    "punt", "euro", "euros", "eur", "dollar", "dollars", "usd", "pounds", "gbp", "k", "m", "mln", "miljoen",
    "kilogram", "kilograms", "kilo's", "liter", "liters", "litres", "meter", "meters", "gram", "tonnes", "tons",
    "lbs", "trillion", "biljoen", "yuan", "yen", "rupees", "kr1", "kr2", "kr3", "kr4", "kr5", "kr", "okr",
    "trekken", "streefgetal", "streefcijfer", "streefwaarde",
    # common Dutch verbs that end a clause: "hoger in Google komen", "de lat hoger leggen"
    "komen", "komt", "leggen", "legt", "gebruiken", "zetten", "geven", "doen", "staan", "spelen",
    "werken", "leren", "bieden", "vinden", "kennen", "aankomen", "maken", "bereiken", "zijn",
    "million", "millions", "billion", "miljard", "mld", "bn", "duizend", "thousand", "hundred", "honderd", "keer",
    "maal", "fold", "percentage-points", "basis", "kilo", "kg", "km", "ton",
})
# Rhythm adjectives: part of a name before a noun ("monthly active users"), a rate after one.
RHYTHM_WORDS = frozenset({"weekly", "daily", "annually", "yearly", "quarterly", "monthly", "annual", "jaarlijks",
                          "jaarlijkse", "maandelijks", "maandelijkse", "wekelijks", "wekelijkse", "dagelijks",
                          "dagelijkse", "kwartaal"})
# Nouns too vague to be a metric: "grow the business", "improve our online presence".
VAGUE_NOUNS = frozenset({"touch",
    "business", "businesses", "company", "companies", "bedrijf", "onderneming", "organisation", "organization",
    "organisatie", "brand", "merk", "marketing", "strategy", "strategie", "website", "site", "webshop", "process",
    "proces", "processen", "success", "succes", "market", "markt", "marktleider", "leader", "leadership", "things",
    "everything", "alles", "iets", "something", "work", "werk", "team", "teams", "it", "campaign", "campagne",
    "campagnes", "campaigns", "content", "channel", "kanaal", "kanalen", "channels", "media", "platform", "platforms",
    "product", "products", "producten", "project", "projecten", "projects", "plan", "budgetten", "level", "goal",
    "doel", "year", "jaar", "month", "maand", "week", "day", "dag", "quarter", "kwartaal", "period", "periode",
    "world", "wereld", "region", "regio", "country", "land", "city", "stad", "europe", "europa", "benelux",
    "nederland", "belgië", "vlaanderen", "best", "beste", "top", "number", "aantal", "numbers", "much", "many",
    "blog", "vlog", "nieuwsbrief", "newsletter", "podcast", "data", "guest", "guests", "gast", "app", "shop", "lat",
    "grens", "bar", "record", "controls", "duties", "segmenten", "segments", "firm", "gedoe", "vision",
    "visie", "mission", "missie", "ambition",
})
# Words that both name a metric and act as a verb elsewhere ("our reach" / "reach 500 leads",
# "de verkopen" / "verkopen wij"): a metric only right after a determiner or an adjective.
NOUN_OR_VERB = frozenset({"reach", "bereik", "verkopen", "verkoop", "return", "spend", "opens", "bezoeken",
                          "aanvragen", "post", "test", "call", "design", "launch", "record", "run", "event",
                          "hits", "wins", "gains", "landing", "books", "book"})

# Number words that count something ("twelve", "drie"); "een"/"a" are articles, "half" and
# "helft" a change ("met de helft"), "halve"/"halfjaar" part of a period.
COUNTING_WORDS = frozenset(NUMBER_WORDS) - {"een", "a", "an", "half", "helft", "halve", "halfjaar"}
MONTH_NAMES = frozenset(dates.MONTHS)
PERIOD_UNIT_NAMES = frozenset(dates.PERIOD_UNITS)

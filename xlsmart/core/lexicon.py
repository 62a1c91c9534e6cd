"""Marketing vocabulary in Dutch and English: metrics, directions, actors, language cues.

Words are compared lower-cased. Dutch glues words together ("websitebezoekers",
"klanttevredenheid"), so metrics are also recognised as the tail of a longer word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Metric:
    name: str  # canonical English name, used in reasons and parsed output
    nl: str  # Dutch name for reasons
    higher_is_better: bool = True
    rate: bool = False  # a share that lives between 0 and 100 %
    vanity: bool = False  # counts attention, not results (likes, followers, views)


_METRICS: list[tuple[Metric, tuple[str, ...]]] = [
    (Metric("leads", "leads"), ("leads", "lead", "mqls", "sqls", "mql", "sql", "aanvragen", "offerteaanvragen", "enquiries", "inquiries")),
    (Metric("visitors", "bezoekers"), ("bezoekers", "bezoekersaantal", "visitors", "visits", "bezoeken", "traffic", "verkeer", "sessies", "sessions")),
    (Metric("conversion rate", "conversieratio", rate=True), ("conversieratio", "conversiepercentage", "conversie", "conversion", "conversions", "conversies", "conversion-rate")),
    (Metric("revenue", "omzet"), ("omzet", "revenue", "revenues", "turnover", "sales", "verkopen", "verkoop", "opbrengst", "opbrengsten", "inkomsten", "bestellingen", "orders", "aankopen", "purchases")),
    (Metric("NPS", "NPS"), ("nps", "promoter")),
    (Metric("customer churn", "klantverloop", higher_is_better=False, rate=True), ("klantverloop", "verloop", "churn", "opzeggingen", "cancellations", "attrition")),
    (Metric("lead time", "doorlooptijd", higher_is_better=False), ("doorlooptijd", "wachttijd", "levertijd", "responstijd", "reactietijd", "behandeltijd", "lead-time", "turnaround", "waiting", "wait", "throughput-time", "response-time")),
    (Metric("cost per acquisition", "kosten per acquisitie", higher_is_better=False), ("cpa", "cac", "cpl", "cpc", "cpo", "acquisitiekosten", "cost-per-acquisition", "cost-per-lead", "kosten-per-lead")),
    (Metric("cost", "kosten", higher_is_better=False), ("kosten", "costs", "cost", "uitgaven", "spend", "spending", "besteden", "besteding", "bestedingen", "budget", "advertentiekosten", "mediabudget")),
    (Metric("margin", "marge"), ("marge", "margin", "margins", "winst", "profit", "brutomarge", "winstmarge")),
    (Metric("reach", "bereik"), ("bereik", "reach", "naamsbekendheid", "awareness", "bekendheid")),
    (Metric("customer satisfaction", "klanttevredenheid"), ("klanttevredenheid", "tevredenheid", "satisfaction", "csat", "rating", "beoordeling", "reviewscore", "reviews", "recensies")),
    (Metric("customers", "klanten"), ("klanten", "customers", "clients", "klant", "customer", "abonnees", "subscribers", "members", "leden", "abonnementen", "subscriptions", "users", "gebruikers", "downloads", "installs")),
    (Metric("sign-ups", "aanmeldingen"), ("aanmeldingen", "inschrijvingen", "registraties", "signups", "sign-ups", "registrations", "aanmelders", "deelnemers", "participants", "bookings", "boekingen", "afspraken", "appointments", "demos", "trials")),
    (Metric("no-shows", "no-shows", higher_is_better=False), ("no-shows", "noshows", "no-show", "uitval", "retouren", "returns", "klachten", "complaints")),
    (Metric("click-through rate", "doorklikratio", rate=True), ("ctr", "doorklikratio", "click-through", "clickthrough", "klikratio", "open-rate", "openrate", "openratio", "retentie", "retention", "engagement", "interactie", "share")),
    (Metric("market share", "marktaandeel", rate=True), ("marktaandeel", "market-share")),
    (Metric("bounce rate", "bouncepercentage", higher_is_better=False, rate=True), ("bouncepercentage", "bounceratio", "bounce", "bounces", "bouncerate")),
    (Metric("order value", "orderwaarde"), ("orderwaarde", "aov", "basket", "winkelmand", "ltv", "klantwaarde", "roi", "roas", "mentions", "vermeldingen", "backlinks", "rankings", "ranking")),
    (Metric("followers", "volgers", vanity=True), ("volgers", "followers", "fans", "likes", "like", "vind-ik-leuks", "views", "weergaven", "impressions", "impressies", "pageviews", "paginaweergaven", "hits", "shares", "retweets")),
]

METRIC_WORDS: dict[str, Metric] = {}
for _metric, _words in _METRICS:
    for _word in _words:
        METRIC_WORDS.setdefault(_word, _metric)
# Tails that identify Dutch compounds: "websitebezoekers", "nieuwsbriefinschrijvingen".
METRIC_SUFFIXES: tuple[str, ...] = tuple(sorted((w for w in METRIC_WORDS if len(w) >= 4), key=len, reverse=True))
# Two-word metrics ("conversion rate", "cost per lead", "market share") joined by a hyphen.
METRIC_PHRASES: dict[tuple[str, str], str] = {
    ("conversion", "rate"): "conversion",
    ("click", "through"): "click-through",
    ("churn", "rate"): "churn",
    ("lead", "time"): "lead-time",
    ("response", "time"): "response-time",
    ("waiting", "time"): "waiting",
    ("open", "rate"): "open-rate",
    ("market", "share"): "market-share",
    ("bounce", "rate"): "bounce",
    ("net", "promoter"): "nps",
    ("sign", "ups"): "sign-ups",
    ("no", "shows"): "no-shows",
    ("page", "views"): "pageviews",
    ("order", "value"): "aov",
    ("cost", "per"): "cost-per-acquisition",
    ("kosten", "per"): "cost-per-acquisition",
    ("acquisition", "cost"): "cac",
    ("acquisition", "costs"): "cac",
}
METRICS_BY_NAME: dict[str, Metric] = {m.name.casefold(): m for m, _ in _METRICS}
METRICS_BY_NAME.update({m.nl.casefold(): m for m, _ in _METRICS})


@lru_cache(maxsize=8192)  # goals repeat their words; the suffix scan is the costly part
def metric_for_word(word: str) -> Metric | None:
    """The metric a single word names, directly or as the tail of a compound."""
    metric = METRIC_WORDS.get(word)
    if metric is not None:
        return metric
    if word.endswith("'s"):  # Dutch plurals: "demo's", "video's"
        return metric_for_word(word[:-2] + "s")
    if len(word) > 6 and word.endswith(METRIC_SUFFIXES):
        for suffix in METRIC_SUFFIXES:
            if word.endswith(suffix):
                return METRIC_WORDS[suffix]
    return None


@lru_cache(maxsize=1024)  # a Metric column repeats a handful of names down the sheet
def metric_named(name: str) -> Metric:
    """A metric from a Metric column: a known one, or an unknown one taken as written."""
    wanted = name.strip().casefold()
    known = METRICS_BY_NAME.get(wanted) or metric_for_word(wanted.replace(" ", "-"))
    if known is None:
        for word in wanted.split():
            known = metric_for_word(word)
            if known is not None:
                break
    return known or Metric(name.strip(), name.strip())


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
        "groeien", "groei", "groeit", "toename", "toenemen", "vergroten", "vergroot",
        "uitbreiden", "opschalen", "verdubbelen", "verdubbeling", "verdrievoudigen", "meer", "hoger",
        "omhoog",
    ), (
        "increase", "increases", "increased", "increasing", "grow", "grows", "growth", "boost",
        "raise", "lift", "expand", "double", "triple", "more", "higher", "up", "scale",
    )),
    (DECREASE, (
        "verlagen", "verlaag", "verlaagt", "verlaging", "verminderen", "verminder", "vermindert",
        "vermindering", "verkorten", "verkort", "verkleinen", "verklein", "verkleint", "dalen", "daalt",
        "daling", "terugdringen", "terugbrengen", "halveren", "minder", "lager", "korter", "beperken",
        "beperkt", "reductie", "reduceren", "omlaag", "inkorten",
    ), (
        "reduce", "reduces", "reduced", "reduction", "decrease", "decreases", "cut", "cuts",
        "lower", "shorten", "shrink", "drop", "halve", "less", "fewer", "down", "minimise", "minimize",
    )),
    (KEEP, (
        "behouden", "behoud", "handhaven", "handhaaf", "vasthouden", "stabiel", "houden", "houd", "houdt",
        "bestendigen",
    ), ("keep", "keeps", "maintain", "maintains", "sustain", "hold", "holds", "retain", "stable")),
    (AT_MOST, ("maximaal", "hooguit", "hoogstens", "onder", "beneden", "plafond"),
     ("below", "under", "max", "maximum", "ceiling")),
    (AT_LEAST, ("minimaal", "minstens", "tenminste", "boven"), ("above", "minimum", "min")),
    (IMPROVE, ("verbeteren", "verbeter", "verbetert", "verbetering", "optimaliseren", "optimaliseer"),
     ("improve", "improves", "improvement", "optimise", "optimize", "better")),
    (REACH, (
        "genereren", "genereer", "genereert", "werven", "werft", "halen", "haalt", "behalen", "behaalt",
        "realiseren", "realiseert", "bereiken", "bereikt", "binnenhalen", "scoren", "verkopen",
        "winnen", "wint", "aantrekken", "boeken", "boekt", "krijgen", "krijgt", "binnenhalen",
    ), (
        "generate", "achieve", "reach", "hit", "attract", "win", "acquire", "gain", "sell", "get",
        "land", "book", "secure", "deliver",
    )),
):
    for _word in _nl_words + _en_words:
        DIRECTION_WORDS.setdefault(_word, _direction)
    DUTCH_DIRECTION_WORDS.update(_nl_words)
    ENGLISH_DIRECTION_WORDS.update(_en_words)
# Directions that an English verb ending (-s, -es) may carry: "reaches", "cuts", "grows".
VERB_DIRECTIONS = frozenset({INCREASE, DECREASE, KEEP, IMPROVE, REACH})
# Two-word directions: "at least", "at most", "no more than", "ten minste", "niet meer dan".
DIRECTION_PHRASES: dict[tuple[str, ...], str] = {
    ("at", "least"): AT_LEAST, ("at", "most"): AT_MOST, ("ten", "minste"): AT_LEAST,
    ("no", "more", "than"): AT_MOST, ("not", "more", "than"): AT_MOST, ("niet", "meer", "dan"): AT_MOST,
    ("less", "than"): AT_MOST, ("minder", "dan"): AT_MOST, ("more", "than"): AT_LEAST,
    ("meer", "dan"): AT_LEAST, ("stay", "below"): AT_MOST, ("stay", "under"): AT_MOST,
    ("blijven", "onder"): AT_MOST, ("blijft", "onder"): AT_MOST, ("stay", "above"): AT_LEAST,
    ("blijven", "boven"): AT_LEAST, ("blijft", "boven"): AT_LEAST, ("op", "peil"): KEEP,
    ("keep", "at"): KEEP,
}
DIRECTION_FIRST_WORDS = frozenset(p[0] for p in DIRECTION_PHRASES)
# A structured Direction column value ("verhogen", "at most") to a direction.
DIRECTION_LIST = {
    "increase": INCREASE, "verhogen": INCREASE, "decrease": DECREASE, "verlagen": DECREASE,
    "keep": KEEP, "behouden": KEEP, "at most": AT_MOST, "maximaal": AT_MOST,
    "at least": AT_LEAST, "minimaal": AT_LEAST, "reduce": DECREASE, "verminderen": DECREASE,
}

# Who can own a goal when the text names them.
ACTOR_WORDS = frozenset({
    "ik", "we", "wij", "ons", "onze", "mijn", "i", "our", "my", "us", "jij", "you", "jouw", "your",
})
ACTOR_SUFFIXES = ("team", "teams", "afdeling", "department", "manager", "managers", "marketeer",
                  "marketeers", "marketer", "marketers", "bureau", "agency", "squad", "owner",
                  "eigenaar", "specialist", "specialisten", "director", "directeur")

# "we", "in" and "per" are as Dutch as they are English, so they count for neither.
DUTCH_CUES = frozenset({
    "de", "het", "een", "van", "naar", "met", "binnen", "voor", "vóór", "tegen", "en", "ons",
    "onze", "wij", "ik", "jaar", "maanden", "maand", "weken", "dagen", "komende", "tot", "op",
    "kwartaal", "aantal", "door", "eind", "uiterlijk", "moeten", "moet", "willen", "wil", "worden",
    "wordt", "zijn", "blijven", "blijft", "nieuwe", "beter", "dan", "dit", "deze", "volgend",
    "elke", "iedere", "onder", "boven", "opzichte", "vorig", "vorige", "nog", "niet", "zo",
    "snel", "mogelijk", "ieder", "willen", "gaan", "gaat", "graag", "alle", "onze", "jouw", "mijn",
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

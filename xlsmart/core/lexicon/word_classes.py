"""Word classes that bound a noun phrase: determiners, quantity words, breaks, activities, units.

``goals/metrics.py`` reads what a goal measures as a noun phrase and ``goals/actors.py`` who owns
it; both need to know which words can never be part of a name, which open one ("the number
of"), and which name work rather than a result ("publish 20 posts"): these tables.
"""

from __future__ import annotations

from typing import Final

from .. import dates
from ..numbers import NUMBER_WORDS
from .metrics import metric_for_word

# Words that open a noun phrase without naming anything: "the", "our", "het", "onze".
DETERMINERS: Final = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "their", "its", "his", "her",
    "de", "het", "een", "ons", "onze", "mijn", "jouw", "je", "uw", "hun", "zijn", "haar", "deze", "dit", "die",
    "dat", "all", "alle", "each", "every", "elke", "iedere", "ieder", "elk", "'t", "any", "some",
})
# "the number of", "het aantal": how much of the noun that follows (which is the metric).
QUANTITY_WORDS: Final = frozenset({
    "number", "numbers", "aantal", "aantallen", "amount", "count", "total", "totale", "totaal", "hoeveelheid", "percentage", "proportion",
    "deel", "niveau", "size", "omvang", "no", "nr", "value", "waarde", "level", "volume",
})
# Nouns of change: "a 15% increase in open rate", "20% groei in leadgeneratie": the metric follows.
CHANGE_NOUNS: Final = frozenset({
    "increase", "growth", "rise", "lift", "improvement", "reduction", "decrease", "decline", "drop", "cut",
    "uplift", "boost", "groei", "stijging", "toename", "verbetering", "daling", "afname", "verlaging", "expansion",
    "vermindering", "verhoging", "reductie", "verdubbeling", "doubling", "halvering", "halving",
    "verdrievoudiging", "verviervoudiging", "tripling", "vergroting", "uitbreiding", "stabilisatie", "besparing",
})
# Qualifiers between a number and its noun: "500 new customers", "20% more traffic".
COUNT_QUALIFIERS: Final = frozenset({
    "more", "meer", "extra", "additional", "fewer", "less", "minder", "nieuwe", "new", "unique", "unieke",
    "qualified", "gekwalificeerde", "betalende", "paying", "paid", "active", "actieve", "mogelijk", "veel",
    "betere", "grotere", "hogere", "lagere", "kleinere", "kortere", "sterkere", "snellere", "greater", "bigger",
    "voldoende", "mogelijke", "hoog", "hoge", "laag", "lage",
})
# Qualifiers that are themselves a direction: "meer vrouwen", "more traffic", "extra vrijwilligers".
MORE_WORDS: Final = frozenset({"more", "meer", "extra", "additional", "fewer", "less", "minder", "zoveel", "veel", "betere",
                        "grotere", "hogere", "lagere", "kleinere", "kortere", "sterkere", "snellere", "better",
                        "higher", "lower", "greater", "bigger", "voldoende"})
# Verbs whose object is work done, not a result: "publish 20 posts", "een webinar organiseren".
# Nouns that name a goal: after them "van 5.000" is the goal's level, and "voor 2020" the year it is for.
GOAL_NOUNS: Final = frozenset({"doel", "doelstelling", "target", "goal", "streefwaarde", "streefcijfer", "objective",
                        "ambitie", "streven"})
_GOAL_TAILS: Final = ("doel", "doelstelling", "goal", "target", "streefcijfer", "streefwaarde", "objective", "streefgetal")


def names_a_goal(word: str) -> bool:
    """"doel", "target", or a compound ending in one: "jaardoel", "omzetdoelstelling"."""
    return word in GOAL_NOUNS or (len(word) > 6 and word.endswith(_GOAL_TAILS))


# "Build" is work ("build a website") unless what is built is a measure: "build my email list",
# "build awareness", "een community opbouwen": then it grows it.
BUILD_VERBS: Final = frozenset({"build", "builds", "building", "bouwen", "opbouwen", "bouw", "bouwt"})
_BUILT_MEASURES: Final = frozenset({"following", "audience", "community", "list", "awareness", "pipeline", "reputation",
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
    "investeren", "start", "starten", "begin", "beginnen", "upload",
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
UNIT_WORDS: Final = frozenset({"kg", "kilo", "kilogram", "ton", "tonnes", "tons", "pounds", "lbs", "liter", "km", "euro",
                        "eur", "dollar", "dollars", "yuan", "yen",
                        "procent", "percent", "uur", "hours", "minuten", "minutes", "dagen", "days", "gram", "m"})
ACTIVITY_VERBS = ACTIVITY_VERBS | frozenset(
    (verb[:-1] if verb.endswith("e") else verb + (verb[-1] if verb in ("run", "plan", "begin") else "")) + "ing"
    for verb in ACTIVITY_VERBS if verb.isascii() and not verb.endswith("en"))  # "posting", "testing", "running"
# What work produces, not a result: "increase blog posts published", "4 medewerkersevenementen".
ACTIVITY_NOUNS: Final = frozenset({
    "posts", "post", "blogposts", "blogs", "articles", "article", "artikelen", "artikel", "videos", "video's",
    "events", "evenementen", "evenement", "webinars", "webinar", "berichten", "uploads", "episodes",
    "afleveringen", "proposals", "voorstellen", "meetings", "experiments", "experimenten", "award", "awards",
    "prijs", "prijzen", "brands", "product", "lines", "campaigns", "campagnes", "tweets", "stories", "reels",
    "blogartikelen", "nieuwsbrieven", "newsletters", "mailings", "workshops", "trainingen", "presentaties",
    "presentations", "webshops", "calls", "call", "cards", "card", "podcasts",
    "listings", "words", "woorden", "course", "courses", "cursus", "cursussen",
    # content a maker puts out (issue 12): "minstens een documentaire per maand", "produce 4 new films"
    "documentary", "documentaries", "documentaire", "documentaires", "film", "films", "reeks", "reeksen",
})
# Any other word that cannot be part of a metric's name: prepositions, conjunctions, pronouns,
# auxiliaries, adverbs and common verbs, in both languages.
PHRASE_BREAKS: Final = frozenset({
    # English
    "from", "to", "by", "with", "in", "within", "on", "at", "for", "of", "over", "under", "per", "into", "through", "throughout",
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
    "compared", "versus", "vs",
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
RHYTHM_WORDS: Final = frozenset({"weekly", "daily", "annually", "yearly", "quarterly", "monthly", "annual", "jaarlijks",
                          "jaarlijkse", "maandelijks", "maandelijkse", "wekelijks", "wekelijkse", "dagelijks",
                          "dagelijkse", "kwartaal"})
# Nouns too vague to be a metric: "grow the business", "improve our online presence".
VAGUE_NOUNS: Final = frozenset({"touch",
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
    # a trend is the way something goes, not what is measured ("keep up the momentum", "de opgaande lijn
    # voortzetten"); the measure is what it is a trend in ("the upward trend in bookings"; issue 12)
    "momentum", "trend", "trends", "tendens", "lijn", "trajectory",
    # effort given and a role taken are work and standing, not a result ("more focus on core customers", "extra
    # aandacht voor nieuwe leden", "meer samenwerking tussen sales en marketing", "a bigger player"; issue 12)
    "focus", "aandacht", "attention", "samenwerking", "samenwerkingen", "collaboration", "cooperation", "player",
    "speler",
})
# Words that both name a metric and act as a verb elsewhere ("our reach" / "reach 500 leads",
# "de verkopen" / "verkopen wij"): a metric only right after a determiner or an adjective.
NOUN_OR_VERB: Final = frozenset({"reach", "bereik", "verkopen", "verkoop", "return", "spend", "opens", "bezoeken",
                          "aanvragen", "post", "test", "call", "design", "launch", "record", "run", "event",
                          "hits", "wins", "gains", "landing", "books", "book"})

# Number words that count something ("twelve", "drie"); "een"/"a" are articles, "half" and
# "helft" a change ("met de helft"), "halve"/"halfjaar" part of a period.
COUNTING_WORDS: Final = frozenset(NUMBER_WORDS) - {"een", "a", "an", "half", "helft", "halve", "halfjaar"}
MONTH_NAMES: Final = frozenset(dates.MONTHS)
PERIOD_UNIT_NAMES: Final = frozenset(dates.PERIOD_UNITS)

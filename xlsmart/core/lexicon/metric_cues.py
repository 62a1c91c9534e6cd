"""The words around a noun phrase that tell whether it is what a goal measures: the tables of ``goals/metrics.py``.

Links to numbers ("X from 10 to 20"), prepositions that make a noun a complement ("likes op
Facebook"), Dutch modals that leave the verb to the end, money verbs, units, fractions, adjective
and participle endings that end no name, and the words that can never name a metric. Each table
keeps its examples beside it.
"""

from __future__ import annotations

from typing import Final

from ..numbers import SCALE_WORDS
from .directions import (
    ACQUISITION_VERBS,
    DIRECTION_PHRASES,
    DUTCH_DIRECTION_WORDS,
    SEPARABLE_PARTICLES,
    WORD_DIRECTIONS,
)
from .owners import INTENT_VERBS
from .word_classes import (
    ACTIVITY_VERBS,
    CHANGE_NOUNS,
    COUNT_QUALIFIERS,
    COUNTING_WORDS,
    DETERMINERS,
    MONTH_NAMES,
    NOUN_OR_VERB,
    PERIOD_UNIT_NAMES,
    PHRASE_BREAKS,
    QUANTITY_WORDS,
    RHYTHM_WORDS,
    UNIT_WORDS,
)

# The words around a phrase that say "the numbers belong to this": "X from 10 to 20", "X by 5%".
NUMBER_LINKS: Final = frozenset({"from", "to", "by", "with", "van", "naar", "met", "of", "at", "op", "tot", "above",
                          "below", "under", "boven", "onder", "rond", "around"})

OF: Final = frozenset({"of", "van"})
# The word between a figure and what it counts: "80% of waste", "$7.5M in cost", "2 miljoen euro aan sponsorgeld".
COUNTED_AFTER: Final = frozenset({"of", "van", "in", "aan"})

CHANGE_LINKS: Final = frozenset({"in", "of", "van", "op", "on", "for", "voor", "bij", "aan"})

# Prepositions whose noun is a complement of something else: "likes op Facebook".
PREPOSITIONS: Final = frozenset({"by", "to", "in", "op", "on", "at", "for", "voor", "bij", "via", "through", "across", "among",
                          "aan", "from", "uit", "with", "met", "about", "over", "into", "onder",
                          "van", "of", "door", "within", "binnen", "per"})

# Words between a link and its number: "omzet van minimaal 1 miljard", "NPS of at least 50".
BEFORE_A_NUMBER: Final = frozenset({"€", "$", "£", "current", "huidige", "the", "minimaal", "minstens", "ruim", "bijna",
                             "ongeveer", "circa", "maximaal", "hooguit", "least", "at", "most", "over", "around",
                             "about", "nearly", "almost", "approximately", "zo'n", "ten", "minste", "gemiddeld",
                             "gemiddelde", "average", "an", "tussen", "between"})

# Dutch verbs of intent that leave the direction verb to the end: "wil de omzet … verhogen".
DUTCH_MODALS: Final = frozenset({"wil", "willen", "wilt", "moet", "moeten", "gaat", "gaan", "zal", "zullen", "kunnen",
                          "kan", "streeft", "streven", "hoopt", "hopen", "wilde", "zou", "zouden", "dient"})

# Verbs of using something up: after "meer"/"minder"/"less" what they use is measured ("minder
# drinkwater gebruiken", "use less paper"), although using is otherwise work.
CONSUMING: Final = frozenset({"gebruiken", "gebruikt", "verbruiken", "verbruikt", "verspillen", "verspilt", "use", "uses",
                       "consume", "consumes", "waste", "wastes"})

LESS_WORDS: Final = frozenset({"less", "fewer", "minder"})

# The stems of separable verbs of change ("bouwen" of "uitbouwen", "dringen" of "terugdringen").
SEPARABLE_STEMS: Final = frozenset(stem for _direction, stems in SEPARABLE_PARTICLES.values() for stem in stems)
# What may follow the particle that closes a clause: its end, a number, a link to one.
PARTICLE_ENDS: Final = frozenset({".", ",", ";", ":", "met", "naar", "tot", "in", "tegen", "voor", "vóór", "en", "!"})
CLAUSE_BREAKS: Final = frozenset({".", ";", ":", "!", "?", "en", "maar", "om", "omdat", "zodat", "dat"})
# Comparatives that with an infinitive make a verb of change (never "meer"/"minder", which count a
# noun: "meer klanten"): "hoger stuwen", "lager krijgen", "omhoog brengen".
RAISING_ADVERBS: Final = frozenset({"hoger", "lager", "korter", "beter", "omhoog", "omlaag"})
# A rate or share of what follows: "the rate of repeat customers", "het percentage" aside.
RATES_OF: Final = frozenset({"rate", "rates", "ratio", "share", "aandeel"})

# Adverbs that open a Dutch main clause; the finite verb comes second and its subject after it:
# "Tegelijkertijd wil het bedrijf …", "Daarom gaat de gemeente …" (issue 12, batch 8).
OPENING_ADVERBS: Final = frozenset({"tegelijkertijd", "daarom", "eerst", "straks", "voorts", "toch", "daarnaast",
                             "bovendien", "verder", "vervolgens", "tevens", "intussen", "inmiddels", "ondertussen",
                             "uiteindelijk", "daarmee", "hiermee", "daardoor", "binnenkort", "nu", "dan", "ook",
                             "zo", "dus", "echter", "vooral", "tenslotte", "ten slotte", "allereerst", "daarna"})

# Verbs of wanting whose subject is who wants, never what is measured ("revenue must grow" is).
DESIRES: Final = INTENT_VERBS - {"moet", "moeten", "must", "should", "will", "zal", "zullen", "gaat", "gaan", "kan",
                                   "kunnen", "can", "could", "would", "is", "are", "has", "have", "had", "needs",
                                   "need", "blijft", "dient", "zou", "zouden"}

MODALS: Final = frozenset({"dus", "then", "daarom", "moet", "moeten", "must", "should", "will", "zal", "zullen", "gaat", "needs", "need",
                    "to", "te", "nog", "weer", "dient", "has", "have", "is", "are", "wordt", "worden", "kan", "be",
                    "been", "zijn", "would", "can", "could", "further", "also", "ook", "continue", "blijven",
                    "set", "expected", "projected", "likely", "going", "mag", "mogen", "al", "already"})

# Words between a Dutch object and its verb that leave the verb near: "… heel erg terug brengen".
INTENSIFIERS: Final = frozenset({"bijna", "nagenoeg", "ongeveer", "minstens", "ten", "minste", "tenminste", "zeker",
                          "almost", "nearly", "in", "tegen", "voor", "eind", "actief", "heel", "erg", "flink", "fors", "sterk", "verder", "nog", "weer", "aanzienlijk", "drastisch",
                          "fiks", "structureel", "substantieel", "sterker", "behoorlijk",
                          # how fast or how far, between the object and its verb: "onze achterstand
                          # sneller wegwerken", "dit percentage zo laag mogelijk krijgen"
                          "sneller", "snel", "zo", "mogelijk", "laag", "hoog", "veel", "weinig", "klein", "groot",
                          "kort", "spoedig", "volledig", "helemaal"})

# Words that bound a number that follows: "Churn: below 3%", "NPS ≥ 50".
BOUNDS: Final = frozenset({"under", "below", "above", "over", "≤", "≥", "<", ">", "onder", "boven", "minimaal", "maximaal",
                    "minstens", "hooguit", "at", "max", "min"})

# Bounds that are prepositions: before an article they name a place or a reference, never the
# measure's bound ("onder de vlag van", "boven de markt", "below the industry average").
BOUND_PREPOSITIONS: Final = frozenset({"under", "below", "above", "onder", "boven", "beneden"})

# Dutch direction verbs that the word lists hold only as stems or participles.
DUTCH_VERB_FORMS: Final = frozenset({"omhoog", "omlaag", "terug", "af", "toe", "weg"})

DOWN_UP: Final = frozenset({"beneden", "boven", "omlaag", "omhoog"})  # "de uitstoot fors naar beneden brengen"

AUXILIARY_VERBS: Final = frozenset({"laten", "te", "worden", "wordt", "werd", "zijn", "is", "moeten", "moet", "gaan", "blijven",
                             "kunnen"})

AND: Final = frozenset({"en", "and", "or", "&"})

COMPARATIVES: Final = frozenset({"meer", "minder", "hoger", "lager", "korter", "beter", "more", "less", "higher", "lower",
                          "fewer", "extra"})

# Words after which "per X" still belongs to the name: "cost per lead", "omzet per klant".
PER_HEADS: Final = frozenset({"cost", "costs", "kosten", "revenue", "omzet", "opbrengst", "spend", "price", "prijs",
                       "value", "waarde", "return", "sales", "profit", "winst", "orders", "visits", "sessions",
                       "pages", "pagina's", "time", "tijd", "leads", "units", "items", "watergebruik", "gebruik",
                       "verbruik", "uitstoot", "emissions", "usage", "consumption"})

# Quantity words that open a phrase without "of": "het aantal leads", "number of" needs "of".
PHRASE_ENDS: Final = frozenset(phrase[-1] for phrase in DIRECTION_PHRASES)

LONE_MEASURES: Final = frozenset({"score", "cijfer", "rapportcijfer", "rating", "beoordeling", "waarde", "value"})

MUST: Final = frozenset({"moet", "moeten", "mag", "mogen", "zal", "zullen", "kan", "kunnen", "dient", "dienen"})

COMPLEMENT_LINKS: Final = frozenset({"door", "by", "van", "of", "over", "voor", "for"})

AVERAGES: Final = frozenset({"average", "avg", "mean", "total", "gemiddelde", "gemiddeld", "totale", "overall", "median"})

BARE_QUANTITY: Final = frozenset({"aantal", "aantallen", "hoeveelheid", "percentage"})

TIME_WORDS: Final = (frozenset(MONTH_NAMES) | frozenset(PERIOD_UNIT_NAMES)
              | frozenset({"q1", "q2", "q3", "q4", "h1", "h2", "year-end", "yearend", "eoy", "next", "last", "vorig",
                           "vorige", "komende", "komend", "volgend", "volgende", "coming", "afgelopen",
                           "past", "fiscal", "financial", "boekjaar", "end", "today", "tomorrow", "najaar",
                           "voorjaar", "zomer", "winter", "summer", "spring", "autumn", "fall", "jaareinde",
                           "ytd", "yoy", "y-o-y", "qoq", "q-o-q", "mom", "m-o-m", "year-over-year", "year-on-year", "jaar-op-jaar", "seizoen", "season",
                           # growth per period, named by its rhythm: "30 % WoW growth in new users"
                           "wow", "w-o-w", "week-over-week", "week-on-week", "month-over-month", "month-on-month",
                           "quarter-over-quarter", "quarter-on-quarter", "week-op-week", "maand-op-maand",
                           # days, as a measuring window ("(measured Monday–Sunday)")
                           "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                           "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}))

# Dutch compounds that end in a change name what changes ("CO2-reductie", "omzetgroei",
# "kostenverlaging", "ledengroei"): the first part is the measure, the tail the direction.
CHANGE_TAILS: Final = tuple(sorted((noun for noun in CHANGE_NOUNS if (len(noun) >= 5 and not noun.isascii()) or (
    noun in DUTCH_DIRECTION_WORDS or noun in ("groei", "reductie", "toename", "afname", "stijging", "daling"))),
    key=len, reverse=True))

CHANGE_ENDS: Final = frozenset(tail[-2:] for tail in CHANGE_TAILS)  # (a quick test before the slower one)

# Fractions that share out what follows: "een kwart van de nieuwbouwwoningen", "half of our donors".
FRACTIONS: Final = frozenset({"half", "helft", "kwart", "quarter", "quarters", "third", "thirds", "derde", "majority",
                       "meerderheid", "fifth", "vijfde", "tiende", "tenth"})

VAGUE_COUNTS: Final = frozenset({"tientallen", "honderden", "duizenden", "dozens", "hundreds", "thousands", "enkele",
                          "several", "some"})

SPEAKING: Final = frozenset({"vertelt", "zegt", "aldus", "says", "said", "according", "stelt", "meldt", "benadrukt",
                      "explains", "adds", "told"})

SHARES: Final = frozenset({"half", "helft", "kwart", "quarter", "third", "derde", "deel", "part", "majority", "meerderheid",
                    "quarters"})

PLACE_LINKS: Final = frozenset({"in", "across", "throughout", "within", "binnen", "uit", "from"})

# Verbs whose object may be money alone: "raise $10,000", "€ 50.000 ophalen".
MONEY_VERBS: Final = frozenset({"raise", "collect", "generate", "make", "earn", "bring", "ophalen", "inzamelen",
                         "binnenhalen", "genereren", "verdienen", "opbrengen", "raising", "generating", "haal", "haalt",
                         "halen", "inzamelt", "verdient", "raises", "earns", "collects"})

MONEY_NOUNS: Final = frozenset({"money", "geld", "cash", "funds", "income", "inkomsten", "inkomen", "donations", "giften"})

# Units a count is given in before "of": "65,000 tonnes of packaging", "7 points of share".
OF_UNITS: Final = UNIT_WORDS | frozenset({"points", "punten", "procentpunt", "procentpunten", "percentage-points",
                                   # a duration written before what it measures: "<5 day resolution",
                                   # "a 2 hour response", "10 werkdagen doorlooptijd" (issue 12)
                                   "day", "hour", "minute", "week", "month", "weken", "werkdagen",
                                   # a measure or a count of what follows "of": "10,000 litres of clean water",
                                   # "200 acres of wheat", "three pieces of feedback" (issue 12)
                                   "liters", "litres", "gallons", "acres", "hectares", "kilograms", "kilos", "pieces"})

SCALE_SUFFIXES: Final = frozenset(SCALE_WORDS) | frozenset({"b", "m", "k", "bn"})

CURRENCY_WORDS: Final = frozenset({"dollars", "dollar", "euro", "euros", "pounds", "eur", "usd", "gbp"})
# The letters that say whose dollar a sign is, written against it: "US$400,000", "AU$50,000", "NZ$ 2 million"
# (issue 12, class "a currency with its country"): part of the amount, never a name.
CURRENCY_COUNTRIES: Final = frozenset({"us", "au", "nz", "ca", "c", "hk", "sg", "s"})

MONEY_BOUNDS: Final = frozenset({"at", "least", "minstens", "minimaal", "ten", "minste", "over", "nearly", "almost", "bijna",
                          "ruim", "more", "than", "meer", "dan", "up", "to", "tot", "about", "around", "ongeveer"})

ACTIVITY_TAILS: Final = ("evenementen", "artikelen", "posts", "webinars", "video's", "videos", "reeksen", "films",
                         "documentaires")

# Issue 12, class "a count of work done": the participle of a verb of work after what it made
# ("blog posts published", "emails sent", "900.000 woningen gebouwd", "bomen aangeplant") says
# the count is output, not a result ("emails opened" and "tickets sold" are results, and "meals
# distributed" by a food bank is what it exists for: not here).
WORK_PARTICIPLES: Final = frozenset({
    "published", "posted", "written", "sent", "launched", "hosted", "organised", "organized", "held", "built",
    "planted", "remodelled", "remodeled", "renovated", "implemented", "developed", "produced", "uploaded",
    "designed", "conducted", "scheduled", "installed",
    "gepubliceerd", "geplaatst", "geschreven", "verstuurd", "verzonden", "gelanceerd", "georganiseerd",
    "gehouden", "gebouwd", "geplant", "aangeplant", "gerenoveerd", "geïmplementeerd", "ontwikkeld",
    "geproduceerd", "geüpload", "ontworpen", "uitgevoerd", "geïnstalleerd",
})

# Qualifiers that are part of what is counted: "new customers", "active users".
NAMING_QUALIFIERS: Final = frozenset({"new", "nieuwe", "active", "actieve", "qualified", "gekwalificeerde", "paying",
                               "betalende", "unique", "unieke"})

# Words that may or may not be part of a name depending on the words around them.
CONTEXTUAL: Final = QUANTITY_WORDS | RHYTHM_WORDS | NOUN_OR_VERB | frozenset(WORD_DIRECTIONS)

# Words that can never name what a goal measures, whatever the cues around them say: adverbs
# and fillers ("namelijk", "daarom", "maar liefst", "snel"), pronouns and contractions ("i'd
# love", "men"), quantifier adjectives ("enough", "moeilijk te vervullen"), finite verbs and
# fixed phrases that stand where a subject or object would ("These include …", "Welcome to 2020",
# "ten aanzien van", "het is zaak", "er is sprake van", "het … ligt op 40%").
# Issue 12, class "a change by a degree": how much a verb of change moves, said with a degree word
# ("will drop a little", "grow quite a bit", "should fall a lot", "moet een beetje stijgen", "iets
# dalen"): how much, never what. The words, and the ones an idiom of them may open with.
DEGREE_WORDS: Final = frozenset({"little", "bit", "lot", "lots", "quite", "somewhat", "slightly", "beetje", "tikje",
                          "tikkeltje", "stukje", "enigszins", "iets", "wat"})
DEGREE_OPENERS: Final = frozenset({"a", "een", "quite", "just", "net", "wel", "nog"})

NEVER_A_METRIC: Final = DEGREE_WORDS - {"iets", "wat"} | frozenset({
    # idioms of a body part say how, never what ("de groei in de hand houden", "aan de hand van", "in lokale
    # handen", "on the other hand", "hands-on")
    "hand", "handen", "hands",
    "weer", "verspillen", "verspilt", "verbruiken", "enough", "genoeg", "welcome", "include", "includes", "included", "i'd", "we'd", "i'll", "we'll", "i'm", "we're",
    "it's", "let's", "they'll", "they're", "you're", "you've", "you'll", "you'd", "we've", "i've", "they've",
    "imagine", "imagining", "suppose", "love", "go", "goes", "namely", "therefore", "hence", "thus", "quickly",
    "soon", "namelijk", "daarom", "liefst", "snel", "sneller", "spoedig", "sprake", "aanzien", "zaak", "moeilijk",
    "makkelijk", "gemakkelijk", "men", "ligt", "liggen", "gold", "geldt", "doet", "voorziet", "vindt", "vinden",
    "jarenlang", "absoluut", "relatief", "relative", "absolute", "eveneens", "aanvankelijk", "initially", "eigen", "b",
    "later", "eerder", "earlier", "ahead", "since", "ago", "incl", "excl",
    # stretches of time and steps ("op korte termijn", "its mid-term growth target", "in drie fases")
    "termijn", "mid-term", "midterm", "long-term", "short-term", "medium-term", "fase", "fases", "tussenstap",
    # how big a change is ("a big increase in Poland", "een flinke groei"): said of the change, not measured
    "big", "huge", "massive", "sharp", "significant", "substantial", "steady", "rapid", "dramatic", "modest", "slight",
    "flinke", "forse", "sterke", "enorme", "stevige", "aanzienlijke",
    # reflexive pronouns ("see yourself with 20 clients"), comparatives of manner ("harder groeien dan
    # de markt", "grow faster"), effort ("extra focussen op"), a verb of saying ("…, luidt het") and
    # an idiom ("in elk geval"): how, who or what is said, never what is measured
    "yourself", "yourselves", "myself", "ourselves", "themselves", "himself", "herself", "itself", "zichzelf",
    "mezelf", "jezelf", "onszelf", "uzelf", "harder", "trager", "langzamer", "faster", "quicker", "slower",
    "anywhere", "somewhere", "everywhere", "anything", "something", "nothing", "ergens", "overal", "iets", "niets",
    "focussen", "focust", "focus", "luidt", "geval", "doorzetten", "doorgezet", "trend", "trends", "stap",
})

GROWTHS: Final = frozenset({"groei", "growth"})

# "dat aantal", "that number": a count that points back to what was counted before.
COUNT_NOUNS: Final = frozenset({"aantal", "number", "figure", "getal", "cijfer"})

DEMONSTRATIVES: Final = frozenset({"dat", "dit", "that", "this", "die", "deze"})

# English verbs that acquire what they count: "sell 400000 vehicles", "generate 200 leads".
ACQUIRING: Final = frozenset(word for word in ACQUISITION_VERBS if word.isascii() and not word.endswith("en")) - {
    "make", "makes", "take", "find", "get", "gets", "getting", "create", "creating", "serve", "drive", "drives",
    "driving", "produce", "produces", "carry", "draw", "bring", "land", "close", "closing",
    "hire", "hiring"}  # (people hired are often the means: "hire 3 nurses to increase capacity by 40%")

# Words that make a count rough or a floor: "more than 30", "ruim 200", "zo'n 10".
ROUGHLY: Final = frozenset({"more", "than", "over", "about", "around", "nearly", "almost", "approximately", "some",
                     "roughly", "meer", "dan", "ruim", "ongeveer", "circa", "bijna", "zo'n", "ca"})

# Nouns of work done, whose count is the work and not a result: "the opening of 30 stores",
# "de realisatie van 200 woningen", "de aanleg van 40 km fietspad".
WORK_NOUNS: Final = frozenset({"opening", "openingen", "realisatie", "aanleg", "bouw", "renovatie", "construction",
                        "remodeling", "remodelling", "renovation", "rollout", "uitrol", "ontwikkelen", "ontwikkeling",
                        "launch", "lancering", "introductie", "introduction", "installatie", "installation",
                        "implementatie", "implementation", "publicatie", "publication"})

# Words that are never part of a name, whatever stands around them.
# A Dutch verb of acquiring at the end of its clause is never part of its object's name
# ("220 miljoen reizigers vervoeren", "nieuwe leden werven"); "verkopen" and "boeken" are nouns too.
DUTCH_ACQUIRING: Final = frozenset(verb for verb in ACQUISITION_VERBS if verb.endswith("en")) - {
    "verkopen", "boeken", "verbonden", "gewonnen", "verworven"}

# Issue 12, class "a past-tense verb of change ends the subject's name": "turnover rose 17 %", "de
# omzet steeg met 5 %" (not "dropped"/"declined", which also name things: "dropped calls").
PAST_CHANGES: Final = frozenset({"rose", "risen", "grew", "fell", "fallen", "surged", "soared", "shrank", "steeg", "stegen",
                          "daalde", "daalden", "groeide", "groeiden", "kromp", "krompen"})

# Issue 12, class "handled within a short time": a verb of handling, answering or resolving with
# "within" a few minutes, hours or working days bounds the time each item takes (a ceiling, not a
# deadline): "telefoontjes binnen twee minuten afhandelen", "answer every chat within 2 minutes".
HANDLING_VERBS: Final = frozenset({"afhandelen", "handelen", "beantwoorden", "beantwoord", "beantwoordt", "reageren",
                            "oplossen", "verwerken", "answer", "answers", "answered", "respond", "responds", "reply",
                            "replies", "resolve", "resolves", "resolved", "handle", "handles", "handled", "process",
                            "processed", "turn"})
# (the Dutch infinitives are work, never a name: "binnen drie werkdagen afhandelen")
HANDLING_INFINITIVES: Final = frozenset(verb for verb in HANDLING_VERBS if verb.endswith("en"))
WITHIN: Final = frozenset({"within", "binnen"})
SHORT_UNITS: Final = frozenset({"seconds", "seconden", "minutes", "minute", "minuten", "minuut", "hours", "hour", "uur",
                         "uren", "werkdagen", "werkdag"})
# Issue 12, class "a service time in working days": a word between the figure and "days" that makes them
# days of service, not a period ("within 15 working days", "within 2 business days", "binnen 5 volle werkdagen").
SERVICE_DAY_WORDS = frozenset({"working", "business", "calendar", "clock", "volle", "hele"})
SERVICE_DAY_UNITS = SHORT_UNITS | {"days", "day"}

NEVER_CONTENT: Final = PAST_CHANGES | NEVER_A_METRIC | WORK_NOUNS | HANDLING_INFINITIVES | DUTCH_ACQUIRING | frozenset(verb for verb in MONEY_VERBS if verb.endswith("en")) | (PHRASE_BREAKS | DETERMINERS | COUNTING_WORDS | TIME_WORDS
                 | (INTENT_VERBS - NOUN_OR_VERB - {"target", "targets", "plan", "plans", "set", "sets",
                                                                "forecast", "need", "aim", "hope", "trend"})
                 | (ACTIVITY_VERBS - NOUN_OR_VERB) | (COUNT_QUALIFIERS - NAMING_QUALIFIERS))

AVERAGES_OR_FRACTIONS: Final = AVERAGES | FRACTIONS

# Dutch adjectives, inflected as they stand before a noun: never the head of what is measured.
DUTCH_ADJECTIVE_TAILS: Final = ("lijke", "ische", "ionele", "uele", "zame", "ieve", "bare", "matige", "ende", "ionale")

DOMAIN_ADJECTIVE_TAILS: Final = ("ische", "ionele", "uele", "iale")  # "economische", "operationele", "sociale"

PARTICLES: Final = ("", "af", "aan", "bij", "in", "op", "om", "uit", "toe", "terug", "door", "mee", "na", "over", "vast",
             "weg", "voor", "vrij")

DUTCH_ADVERB_TAILS: Final = ("ief", "aam", "lijk", "isch", "baar", "ig")  # "definitief gestopt", "duurzaam opgewekt"

BARE_PARTICIPLE_TAILS: Final = ("eerd", "teld", "topt", "aald", "aakt", "acht", "ekt", "oerd", "leid", "zet", "pt", "kt")

NOUNS_LIKE_PARTICIPLES: Final = ("icht", "ied", "uid", "heid", "geld", "echt", "gemiddeld")

# Vague alone ("grow the business", "the market leader"), a measure with what qualifies it: "banking business",
# "digital business", "the UK plant-based market" (its size; issue 12, class "a qualified market").
LINES_OF_BUSINESS: Final = frozenset({"business", "businesses", "market"})

# People and bodies (in the singular) that act rather than being counted: "de staatssecretaris wil".
INSTITUTIONS: Final = ("secretaris", "minister", "wethouder", "burgemeester", "voorzitter", "president", "directeur", "ceo",
                "bestuur", "kabinet", "regering", "overheid", "ministerie", "gemeente", "attractiepark", "museum",
                "provincie", "concern", "retailer", "gemeenteraad", "stadsraad", "council", "government", "bond",
                "vereniging", "stichting", "club")

TIME_TAILS: Final = ("periode", "period", "seizoen", "season", "decennium", "decade", "jaren", "years")

ADJECTIVES_AFTER_MORE: Final = ("al", "ic", "ent", "ant", "ive", "ous", "able", "ible", "ful", "less", "ed")

NOUNS_IN_LY: Final = frozenset({"family", "supply", "reply", "assembly", "ally", "rally", "july", "italy", "fly", "belly"})

ADJECTIVE_TAILS: Final = ("ient", "ful", "ous", "ive", "able", "ible", "less", "ical")

ADJECTIVE_TAILS_ANYWHERE: Final = ("ish", "ous", "ful", "ical", "less", "ional")

LABELS: Final = frozenset({"kr", "kr1", "kr2", "kr3", "kr4", "kr5", "okr", "goal", "doel", "objective", "target",
                    "streefwaarde", "kpi"})

# What a prospect or patient agrees to, so that booking a number of them is a result, not work:
# "Schedule 10 new patient appointments", "Book 20 qualified meetings", "30 demo's inplannen".
BOOKED_NOUNS: Final = frozenset({"appointments", "afspraken", "meetings", "demos", "demo's", "calls", "consultations",
                          "consults", "intakes", "intakegesprekken", "gesprekken", "bookings", "boekingen", "tours",
                          "rondleidingen", "visits", "bezoeken", "sessions", "sessies"})
BOOKING_VERBS: Final = frozenset({"schedule", "schedules", "scheduling", "scheduled", "book", "books", "booking", "booked",
                           "inplannen", "plannen", "secure", "secures", "securing", "land", "lands", "landing"})

# Units a number is measured in: alone after the number ("met 5 megaton omlaag", "een afstand van
# 7,5 kilometer") they say how much, and the metric is what they measure, named elsewhere.
MEASURE_UNITS: Final = UNIT_WORDS | frozenset({"megaton", "megatons", "kiloton", "kilotons", "tonnes", "kilometer",
                                        "kilometers", "kilometres", "kilometre", "miles", "mijl", "meter", "meters",
                                        "liters", "litres", "m3", "kuub", "kwh", "mwh", "gwh", "twh", "gigawatt",
                                        "megawatt", "hectare", "ha", "hectares", "acres", "gallons", "pieces"})

# Words that open a concession: what follows is the setting, not what the goal changes ("Despite
# the growth in visitors, cut waiting times", "Ondanks de daling van het aantal leden").
CONCESSIVE: Final = frozenset({"despite", "ondanks", "notwithstanding", "spite", "ongeacht", "regardless"})

# Issue 12, class "weight lost": a count of a unit of weight that a verb of losing governs is the
# weight, and it goes down ("lose 10 pounds", "shed 4 kg", "5 kilo afvallen", "3 kilo kwijtraken").
WEIGHT_UNITS: Final = frozenset({"pounds", "pound", "lbs", "lb", "kg", "kgs", "kilo", "kilos", "kilo's", "kilogram",
                          "kilograms", "stone"})
LOSING_WEIGHT: Final = frozenset({"lose", "loses", "losing", "lost", "shed", "sheds", "shedding", "drop", "drops",
                           "afvallen", "afgevallen", "valt", "val", "kwijtraken", "kwijt", "verliezen", "verlies",
                           "verliest", "afslanken"})

# Issue 12, class "less of what a verb does": verbs whose amount is the measure when a goal does
# less of it ("49 procent minder uit te stoten", "30.000 ton minder worden uitgestoten", "emit 40% less").
LESSENED_VERBS: Final = CONSUMING | frozenset({"uitstoten", "uitstoot", "uitgestoten", "stoten", "emit", "emits",
                                        "emitted", "spend", "spends", "uitgeven", "uitgegeven", "weggooien",
                                        "gooien", "weggegooid", "verbruikt", "gebruikt"})
# Words between "less" and its verb ("minder uit te stoten", "less to be spent", "minder worden uitgestoten").
LESSENED_LINKS: Final = frozenset({"uit", "te", "weg", "worden", "wordt", "to", "be"})

# Issue 12, class "a verb done more": comparative adverbs said of a verb ("rank higher", "sneller ter
# plekke zijn", "langer in de centra blijven"), the Dutch verbs of being that close such a clause, and
# the words before an English comparative that are no verb ("much higher", "even faster").
DOING_MORE_EN: Final = frozenset({"higher", "faster", "sooner"})  # after their verb: "rank higher"
DOING_MORE_NL: Final = frozenset({"sneller", "vaker", "langer"})  # before what is done: "sneller ter plekke zijn"
DOING_COMPARATIVES: Final = DOING_MORE_EN | DOING_MORE_NL
STATE_VERBS: Final = frozenset({"zijn", "blijven", "staan", "komen", "worden"})
COMPARED_VERB_BREAKS: Final = frozenset({"much", "even", "far", "no", "ever", "still", "veel", "nog", "niet", "is", "are",
                                  "be", "was", "were", "than"})

# Issue 12, class "the measure of a thing": nouns that name how much of what follows "of"/"van" is
# measured, and so head the metric ("the value of the visitor economy", "our use of virgin plastics",
# "7 million pounds of food", "het gebruik van de fiets"): the thing alone is not what changes.
MEASURE_OF: Final = frozenset({"value", "waarde", "volume", "use", "usage", "gebruik", "consumption", "verbruik",
                        "pounds", "tonnes", "tons", "ton", "kilos", "hours", "uren", "weight", "gewicht"})


# Words that head a line without naming what it measures: the SMART letters a goal is sorted under, a source, an
# example, a note ("Meetbaar: …", "Bron: …", "Example: …"; issue 12, class "a KPI line's heading without a label").
# Alone they are never a metric, wherever they stand.
NOT_A_HEADING: Final = frozenset({"specific", "measurable", "achievable", "attainable", "acceptable", "relevant", "realistic",
                           "time-bound", "timebound", "timely", "specifiek", "meetbaar", "acceptabel", "realistisch",
                           "tijdgebonden", "haalbaar", "source", "bron", "example", "voorbeeld", "note", "noot",
                           "opmerking", "vision", "visie", "mission", "missie", "why", "waarom", "how", "hoe",
                           "what", "wat"})


# Fixed phrases of a preposition and a noun that say how or why, never what is measured (issue 12, class "a
# fixed prepositional phrase"): "in order to", "in real terms", "on average", "in addition", "op schema".
IDIOMATIC_NOUNS: dict[str, frozenset[str]] = {
    "order": frozenset({"in"}), "terms": frozenset({"in", "real"}), "average": frozenset({"on"}),
    "addition": frozenset({"in"}), "line": frozenset({"in"}), "track": frozenset({"on"}), "result": frozenset({"a"}),
    "behalf": frozenset({"on"}), "spite": frozenset({"in"}), "favour": frozenset({"in"}), "favor": frozenset({"in"}),
    "general": frozenset({"in"}), "particular": frozenset({"in"}), "practice": frozenset({"in"}),
    "return": frozenset({"in"}), "schema": frozenset({"op"}), "principe": frozenset({"in"}),
    "geval": frozenset({"elk", "ieder"}), "termijn": frozenset({"op", "lange", "korte", "langere", "kortere"}),
    "duur": frozenset({"den"}), "kracht": frozenset({"eigen"}),
}

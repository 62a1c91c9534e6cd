"""The words around a number that say what it is: the tables of ``goals/quantities.py``.

From/to/by words, change words up and down, factors ("verdubbelen", "by half"), cues of a
baseline ("currently", "nu"), of a comparison ("compared with"), of a past figure ("steeg"),
of a label ("KR 2"), an age ("18-25-year-olds") or a rhythm ("every 2 weeks").
"""

from __future__ import annotations

from .directions import (
    ACQUISITION_VERBS,
    AT_LEAST,
    AT_MOST,
    DECREASE,
    DIRECTION_PHRASES,
    INCREASE,
    MULTIPLIERS,
    WORD_DIRECTIONS,
)

FROM_WORDS = frozenset({"van", "from", "vanaf", "was"})

TO_WORDS = frozenset({"naar", "to", "tot", "into", "→", ">", "richting", "towards"})

# Words a year names as a yardstick when they follow it: "the 2023 enrollment baseline", "2019
# levels", "the Fall 2017 cohort" (the year is no count).
YARDSTICKS = frozenset({"baseline", "baselines", "level", "levels", "niveau", "niveaus", "nulmeting", "cohort",
                        "figures", "cijfers", "benchmark"})

# A percentage before these and a yardstick is a change against it: "30% below 2019 levels".
AGAINST_A_YARDSTICK = {"below": DECREASE, "under": DECREASE, "onder": DECREASE, "beneden": DECREASE,
                       "above": INCREASE, "over": INCREASE, "boven": INCREASE}

# Arrows between a from-number and a to-number: "8% → 5%", "32 -> 45" (the tokens keep the ">").
ARROWS = frozenset({"→", ">"})

BY_WORDS = frozenset({"met", "by", "with"})

UP_WORDS = frozenset({"more", "meer", "higher", "hoger", "growth", "groei", "increase", "stijging",
                     "toename", "extra", "up", "omhoog", "erbij", "additional", "bij", "rise",
                     "verhoging", "boost", "lift", "uplift"})

DOWN_WORDS = frozenset({"less", "minder", "fewer", "lower", "lager", "decrease", "daling", "reduction",
                       "reductie", "down", "omlaag", "korter", "shorter", "cheaper", "goedkoper",
                       "afname", "verlaging", "vermindering", "decline", "drop", "cut", "fall", "dip"})

CHANGE_WORDS = UP_WORDS | DOWN_WORDS

# The change words that are no noun: "more of the leads" names no change of a size.
COMPARATIVES = frozenset({"more", "meer", "higher", "hoger", "extra", "up", "omhoog", "erbij", "additional", "bij",
                          "less", "minder", "fewer", "lower", "lager", "down", "omlaag", "korter", "shorter", "cheaper",
                          "goedkoper"})

# After a count (perhaps with its unit), a change in units: "500 more leads", "28 liter minder drinkwater".
COUNT_CHANGES = frozenset({"more", "meer", "fewer", "less", "minder", "extra", "additional"})

TIMES_WORDS = frozenset({"x", "keer", "times", "maal"})

# Words after "N times" that make it a factor: "3 times more", "drie keer zo groot", "three times over".
FACTOR_TAILS = frozenset({"more", "meer", "larger", "bigger", "higher", "greater", "groter", "hoger", "as", "zo",
                          "zoveel", "over", "the", "its", "their", "our", "het", "de", "faster", "sneller", "less",
                          "minder", "fewer", "smaller", "kleiner", "lower", "lager", "increase", "toename", "growth",
                          "groei"})

HALF_WORDS = frozenset({"half", "helft"})  # "by half", "met de helft": a change of 50 %

# Nouns a small number names rather than counts: "doelstelling 1", "KR 2", "stap 3".
NUMBERED = frozenset({"doelstelling", "doel", "goal", "objective", "kr", "okr", "stap", "step", "fase", "phase",
                      "question", "vraag", "chapter", "hoofdstuk",
                      "pijler", "pillar", "prioriteit", "priority", "thema", "theme", "actiepunt", "speerpunt",
                      "aspiration", "ambition", "ambitie", "target", "kpi", "resultaat", "result", "key", "item"})

BOUND_SIGNS = frozenset({">", "<", "≥", "≤", "+"})  # "> 2000" is a count, not a year

HALF_CHANGES = {"minder": -0.5, "meer": 0.5, "less": -0.5, "fewer": -0.5, "more": 0.5, "lager": -0.5, "hoger": 0.5,
                "lower": -0.5, "higher": 0.5}

# Number words that count something ("twelve", "drie"); "een"/"a" are articles, "half" and
# "helft" a change ("met de helft"), "halve"/"halfjaar" part of a period.
# Words that state a change as a factor: "verdubbelen", "halveren", "by half".
# (and the shares that make a target a percentage: "de meerderheid van", "driekwart van")
FACTOR_WORDS = frozenset(MULTIPLIERS) | HALF_WORDS | frozenset({"twice", "tweemaal", "thrice", "driemaal", "dubbel", "majority",
                                                              "meerderheid", "driekwart", "third", "derde",
                                                              "one-third", "quarter", "kwart",
                                                              "one-quarter", "two-thirds", "fifth", "vijfde",
                                                              "tenth", "tiende", "thirds", "quarters", "fifths",
                                                              "three-quarters"})

# Number words that are not a quantity here: "ten minste", "no one", "each one".
NOT_QUANTITY_AFTER = {"ten": frozenset({"minste", "hoogste", "opzichte", "behoeve", "aanzien", "laste"})}

NOT_QUANTITY_BEFORE = {"one": frozenset({"no", "every", "each", "any", "some", "this", "that", "which"})}

BEFORE_A_YEAR = frozenset({"van", "of", "in", "than", "dan", "sinds", "since", "from", "vanaf", "tot", "until", "na",
                           "after", "voor", "before", "t/m", "jaar", "year", "begin", "eind", "end", "tegen", "by"})

CHANGE_TAILS = ("groei", "stijging", "daling", "reductie", "toename", "afname", "growth", "reduction", "increase",
                "decrease", "verlaging", "verhoging", "besparing", "savings")

DOWN_TAILS = (*DOWN_WORDS, "daling", "reductie", "afname", "verlaging", "besparing", "reduction", "decrease",
              "savings")

CHANGES = frozenset({INCREASE, DECREASE})

# Verbs of reaching a level: "achieve 25 % click rate" is the level to reach, not a change of 25 %.
LEVEL_VERBS = frozenset({"hit", "reach", "achieve", "attain", "halen", "bereiken", "behalen", "realiseren", "realise",
                         "realize", "exceed"})

REACH_VERBS = ACQUISITION_VERBS | LEVEL_VERBS

# Issue 12, class "a noun that looks like a verb of acquiring": after an article or a preposition
# the word names a thing ("zon op land", "70 procent van het land", "a win", "the close"), and
# acquires nothing, so a bare level beside it keeps its direction open. A verb used as a noun still
# acquires: "a goal of attracting 60 million tourists", "het werven van € 6 miljoen".
# "get to 100" reaches a level; "make sure" acquires nothing; "a 100% close rate", "win rate of 30%":
# the verb names the rate, it acquires nothing.
NOT_ACQUIRING = frozenset({"to", "sure", "rate", "rates", "ratio", "ratios", "percentage"})

NOUN_MARKERS = frozenset({"the", "a", "an", "de", "het", "'t", "op", "on", "of", "van"})

# The words that bound a measure: "at most", "hooguit", "ten minste", "minimaal", "exceeds".
BOUND_WORDS = {word: direction for word, direction in WORD_DIRECTIONS.items()
               if direction in (AT_MOST, AT_LEAST) and word.isalpha()}

# Issue 12, class "buildings are work": new homes, stores or hotels are built or opened, which is
# work done (like "publish 20 posts"), not a measure that grows ("3.000 nieuwe woningen per jaar").
# (A compound ends in one: "Colruyt-winkels", "starterswoningen".)
BUILT = ("woningen", "huizen", "winkels", "filialen", "vestigingen", "hotels", "scholen", "stores", "homes", "houses",
         "schools", "branches", "restaurants", "supermarkten", "supermarkets")

# Words between a present figure and the goal's: "… 30% …; in 2030 zal dat 90% zijn".
NOW_THEN = frozenset({"moet", "moeten", "must", "should", "will", "zal", "zullen", "wil", "willen", "wants", "maar",
                      "but", "target", "doel", "streven", "streeft", "naar", "to", "tot", "aims", "goal"})

# A definite article or a possessive before a count: what there is ("de 110 bakfietsen", "our 40 stores").
DEFINITE = frozenset({"de", "het", "the", "our", "onze", "ons", "its", "zijn", "haar", "their", "hun", "my", "mijn"})

# Demonstratives that point back to a figure said before: "increase that to 30", "dat aantal naar 100".
POINTING_BACK = frozenset({"that", "this", "it", "dat", "dit", "die", "deze"})

# Words before a count of what a goal covers, not of what it reaches: "in all 8 clinics", "onze 2,4
# miljoen woningen", "deze beurs en haar 357 exposanten" (issue 12).
SCOPE_WORDS = frozenset({"all", "alle", "our", "onze", "ons", "its", "their", "hun", "haar", "his", "her",
                         "my", "mijn", "your", "jouw", "uw"})

# "maar dat kan beter", "but it could be more": a figure, then the wish that it were more.
BETTER_WORDS = frozenset({"beter", "better", "meer", "more", "hoger", "higher", "omhoog", "minder", "less", "lower",
                          "lager"})
# (after "maar"/"but", or after a pronoun pointing back: "dat kan beter", "it could be more")
CONTRAST_WORDS = frozenset({"kan", "moet", "mogen", "mag", "zou", "zouden", "could", "should", "can", "must", "might"})

# Units of time shorter than a day, in days: "van 48 uur naar 1 dag" compares like with like.
SHORT_TIME_UNITS = {**dict.fromkeys(("uur", "uren", "hour", "hours", "hr", "hrs", "h"), 1 / 24),
                    **dict.fromkeys(("minuut", "minuten", "minute", "minutes", "min", "mins"), 1 / 1440),
                    **dict.fromkeys(("seconde", "seconden", "second", "seconds", "sec", "secs"), 1 / 86400)}

# Words before a count added to where a metric stands: "add another one million to its existing seven".
ADDING_WORDS = frozenset({"add", "adds", "adding", "another", "additional", "extra", "toevoegen", "erbij", "bijkomen",
                          "nog"})

# Units that count pieces of whatever was named: "tot 100 stuks", "to 40 units".
PIECES = ("stuks", "stuk", "pieces", "units", "exemplaren", "items")

# A distance that bounds where a goal applies: "binnen een straal van 10 km", "within 5 miles of the store".
SPACE_WORDS = frozenset({"straal", "radius", "afstand", "distance", "omtrek"})
DISTANCE_UNITS = frozenset({"km", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "mijl",
                            "meter", "meters", "metres", "m"})

# "last year", "vorig jaar", "afgelopen maand": a count followed by them is where the metric stood.
LAST_WORDS = frozenset({"last", "vorig", "vorige", "afgelopen", "previous"})

RANGE_OPENERS = frozenset({"tussen", "between", "van"})

RATE_OPENERS = frozenset({"every", "each", "elke", "iedere", "per", "om", "once"})

BASELINE_CUES = frozenset({"currently", "current", "now", "nu", "momenteel", "huidige", "huidig", "today", "geleden",
                          "ago",
                          "vandaag", "baseline", "nulmeting", "starting", "startpunt", "uitgangspunt", "presently",
                          "thans", "actueel", "existing", "bestaande", "base"})  # ("from the base of 152 million")

REFERENCE_BEFORE = frozenset({"compared", "vergeleken", "tegenover", "tov", "t.o.v", "versus", "vs", "against",
                              "opzichte", "relative"})

# Verbs in the past tense: a number they reach is where the metric stands, not where it should go.
PAST = frozenset({"steeg", "stegen", "daalde", "daalden", "groeide", "groeiden", "bedroeg", "bedroegen", "rose",
                  "grew", "fell", "dropped", "stood", "gestegen", "gegroeid", "gedaald", "liep", "liepen"})

PAST_SIMPLE = PAST - {"gestegen", "gegroeid", "gedaald"}  # ("is … gedaald met 10%" states the goal)

QUALIFYING = frozenset({"meer", "more", "minder", "less", "dan", "than", "over", "ruim", "bijna", "nearly"})

# Nouns after which "van 5.000" is the goal's level, not a baseline: "de doelstelling van 5.000 leden".
PAST_GOAL = frozenset({"previous", "old", "earlier", "former", "last", "vorige", "oude", "eerdere", "oorspronkelijke",
                       "original", "originally", "compared", "vergeleken", "than", "dan"})

REFERENCE_FILLERS = PAST_GOAL | frozenset({"of", "van", "to", "with", "met", "€", "$", "£", "its", "their", "our"})


HAVING = frozenset({"has", "have", "had", "heeft", "hebben", "is", "are", "a", "an", "een", "total", "totaal", "of",
                    "van", "about", "around", "ongeveer", "zo'n", "ruim", "some", "staat", "stands", "at", "op",
                    # "nu zijn het er ruim 4.000", "nu zijn dat er 40", "today there are 40": the Dutch "er"-clause
                    "zijn", "het", "er", "dat", "there", "we", "wij", "circa", "bijna", "almost", "nearly"})

# Words that state the goal: a number after them is where to go, not where one stands.
GOAL_WORDS = frozenset({"target", "streefwaarde", "goal", "doel", "want", "wants", "wil", "willen", "set", "aim",
                        "aims", "hope", "hopes", "plan", "plans", "streven", "streeft", "ambitie", "will", "zal",
                        "need", "needs", "nodig", "should", "must", "moet", "moeten", "hit", "reach", "achieve",
                        "attain", "halen", "bereiken", "behalen", "realiseren", "doelstelling", "objective",
                        "targeting", "aiming", "looking", "planning"})

RATE_WORDS = frozenset({"per", "each", "every", "elke", "iedere", "a", "een"})

SHARE_OF = {"half": 50.0, "helft": 50.0, "third": 100 / 3, "derde": 100 / 3, "quarter": 25.0, "kwart": 25.0,
            "majority": 50.0, "meerderheid": 50.0, "two-thirds": 200 / 3, "driekwart": 75.0}

TWICE = {"twice": 1.0, "tweemaal": 1.0, "thrice": 2.0, "driemaal": 2.0, "dubbel": 1.0}  # ("dubbel zoveel leden")

# Words that make a factor "more than" it: "more than double", "meer dan verdubbelen", "ruim verdubbelen".
# Not "than"/"dan" alone: "…, dan verdubbelt jouw omzet" is "then it doubles", exactly +100 %.
MORE_THAN = frozenset({"more", "meer", "over", "ruim"})

FRACTIONS = {"third": 1 / 3, "derde": 1 / 3, "one-third": 1 / 3, "quarter": 0.25, "kwart": 0.25,
             "one-quarter": 0.25, "two-thirds": 2 / 3, "fifth": 0.2, "vijfde": 0.2, "tenth": 0.1, "tiende": 0.1,
             "thirds": 1 / 3, "quarters": 0.25, "fifths": 0.2, "three-quarters": 0.75, "driekwart": 0.75}

# Words that make a factor rough: "bijna een verdubbeling", "more than triple", "ruim verdubbelen".
ROUGHLY = frozenset({"bijna", "almost", "nearly", "ongeveer", "about", "circa", "ca", "ruim", "meer", "more",
                     "over", "roughly", "approximately", "zowat", "nagenoeg", "minstens", "least"})

CURRENCY_PREFIX = frozenset({"euro", "eur", "€", "$", "us", "usd", "aud", "cad", "nzd", "gbp", "£"})

APPROXIMATELY = frozenset({"zo'n", "ongeveer", "circa", "ca", "about", "around", "approximately", "roughly",
                           "bijna", "nearly", "almost", "ruim", "some", "rond", "dik", "afgerond"})

# What follows a name with a number in it: "Radio 2 moet …", "… the division 1."
AFTER_A_NAME = frozenset({"", "and", "en", "or", "of", "moet", "moeten", "must", "has", "heeft", "hebben", "is", "will",
                          "zal", "wil", "wants", "should", "gaat",
                          # a standard with a number in its name: "SOC 2 Type II certification", "ISO 9 audit"
                          "type", "certification", "certificering", "certificaat", "compliance", "compliant",
                          "certified", "gecertificeerd", "audit", "standard", "norm"})

# Nouns a number counts that are no quantity to reach: "maar één ding", "three ways to grow".
GENERIC_NOUNS = frozenset({"thing", "things", "ding", "dingen", "zaak", "zaken", "way", "ways", "manier", "manieren",
                           "reason", "reasons", "reden", "redenen", "tip", "tips", "question", "questions", "vraag",
                           "vragen", "lesson", "lessons", "les", "lessen", "idea", "ideas", "idee", "ideeën",
                           # a count of the goals themselves: "twee doelstellingen", "three goals", "vier speerpunten"
                           "doelstellingen", "doelen", "goals", "objectives", "ambities", "ambitions", "speerpunten",
                           "pijlers", "pillars", "priorities", "prioriteiten"})

AGE_AFTER = frozenset({"year-olds", "year-old", "jarigen", "jarige", "years", "jaar", "yo", "jr", "year"})

# People a range of years right after them gives the ages of: "doelgroep (30-40 jaar)", "women
# 25-34 years", "jongeren 16-24 jaar" (a period has a word of time before it: "in 3-5 jaar").
AGE_GROUPS = frozenset({"doelgroep", "doelgroepen", "audience", "audiences", "publiek", "jongeren", "youth", "adults",
                        "volwassenen", "mensen", "people", "klanten", "customers", "consumenten", "consumers",
                        "vrouwen", "women", "mannen", "men", "studenten", "students", "leerlingen", "kinderen",
                        "children", "kids", "ouders", "parents", "senioren", "seniors", "gebruikers", "users",
                        "bezoekers", "visitors", "leden", "members", "millennials", "professionals", "group",
                        "groep", "leeftijdscategorie", "spelers", "players", "fans", "patiënten",
                        "patients", "werknemers", "employees", "medewerkers", "inwoners", "residents"})

AGE_BEFORE = frozenset({"aged", "ageing", "aging", "ages", "age", "leeftijd", "leeftijden", "leeftijdsgroep",
                        "tussen"})

# The last words of "at most", "no more than", "ten minste" ...: a bound phrase ends in one of them.
BOUND_PHRASE_ENDS = frozenset(phrase[-1] for phrase, direction in DIRECTION_PHRASES.items()
                             if direction in (AT_MOST, AT_LEAST))

# Nouns a number names rather than counts after them (issue 12, class "a number in a name"): a
# channel, a product or model, a standard, a version ("Radio 538", "iPhone 15", "Windows 11",
# "ISO 9001", "Formule 1", "scope 1 en 2", "Studio 100"; only heads that are no label of a KPI line).
NAME_HEADS = frozenset({"radio", "studio", "formule", "formula", "iso", "windows", "iphone", "ipad", "galaxy", "pixel",
                        "version", "versie", "covid", "scope", "npo", "vtm", "playstation", "xbox", "android", "ios"})

"""The words of time around a goal: the tables of ``goals/deadlines.py``.

Words that open a period ("binnen", "within", "Q3", "eind"), that make a comparison rather
than a deadline ("than last year", "t.o.v."), seasons, terms of office, edges of a month or year
("end-December", "mid-2027") and the prepositions before a month, a year, a week or a holiday.
"""

from __future__ import annotations

from .. import dates

PERIOD_INTRO = frozenset({"binnen", "within", "in", "over", "komende", "next", "coming", "following",
                         "volgende", "eerstvolgende", "uiterlijk", "na", "during", "gedurende", "for", "throughout"})

REFERENCE_WORDS = frozenset({"vorig", "vorige", "last", "previous", "afgelopen", "past", "than", "dan",
                            "compared", "vergeleken", "t.o.v", "tov", "versus", "vs", "sinds", "since",
                            "opzichte", "relative", "against"})

# "last year", "vorig jaar": these point at their own noun, not at a number further on.
REFERENCE_ADJECTIVES = frozenset({"vorig", "vorige", "last", "previous", "afgelopen", "past"})

THIS_WORDS = frozenset({"dit", "deze", "this", "current", "huidige", "lopende"})

NEXT_WORDS = frozenset({"volgend", "volgende", "next", "komend", "komende", "coming"})

END_WORDS = frozenset({"eind", "einde", "end", "ultimo", "eindejaar"})

YEAR_PREP = frozenset({"in", "during", "gedurende", "voor", "vóór", "by", "tegen", "before", "eind", "year", "jaar",
                      "tot", "vanaf", "from", "until", "come",  # "by 33% come 2020"
                      "between", "tussen", "fy", "boekjaar", "per", "anno", "richting", "towards", "toward",
                      "einde", "end", "ultimo", "uiterlijk", "throughout", "for", "of", "heel", "within",
                      "geheel", "gehele", "hele", "whole", "entire", "full",  # "over geheel 2018", "the whole 2027"
                      "through", "thru", "till", "fiscal", "financial",
                      # "goal 2027", "Visie 2030", "Agenda 2030": the year a plan is named for
                      "goal", "goals", "doel", "doelen", "doelstelling", "doelstellingen", "target", "targets",
                      "ambitie", "ambition", "plan", "strategie", "strategy", "visie", "vision", "agenda", "horizon",
                      "streefwaarde", "streefwaarden", "streefcijfer", "objective", "objectives", "kpi", "kpis"})

BEFORE_WORDS = frozenset({"voor", "vóór", "before"})

YEAR_END_WORDS = frozenset({"jaareinde", "year-end", "yearend", "jaarafsluiting", "eoy"})

# The words that can open a period in :func:`_period` ("Q3", "tweede kwartaal", "eind 2027",
# "volgend jaar", "binnen zes maanden"); checked before the call, as most words open none.
# Seasons, by the month they end in (the summer season ends with August).
SEASONS = {"summer": 8, "zomer": 8, "zomerseizoen": 8, "winter": 2, "spring": 5, "voorjaar": 5, "lente": 5,
          "autumn": 11, "fall": 11, "najaar": 11, "herfst": 11,
          "zomermaanden": 8, "wintermaanden": 2, "voorjaarsmaanden": 5, "herfstmaanden": 11}

# Words between "end" and what ends: "end of the fiscal year", "eind van het lopende jaar".
END_FILLERS = frozenset({"of", "van", "the", "het", "dit", "this", "de", "fiscal", "financial", "its", "our", "ons",
                         "calendar", "current", "huidige", "lopende", "school", "academic",  # "the end of the school year"
                         "that", "same", "dat", "datzelfde", "hetzelfde", "zelfde"})  # "the end of that same year"

# Articles and adjectives between an intro word and its amount: "in de komende", "over the course of the".
PERIOD_FILLERS = frozenset({"de", "the", "het", "komende", "next", "coming", "following", "eerstvolgende", "volgende",
                            "first", "eerste", "dit", "a", "an", "entire", "whole", "full", "hele", "gehele",
                            "volledige", "given", "course", "of", "loop", "periode", "period", "tijdsbestek", "van",
                            "een",
                            # "binnen diezelfde termijn van vijf jaar", "within the same timeframe of two years"
                            "termijn", "diezelfde", "dezelfde", "zelfde", "same", "that", "timeframe", "tijdspanne",
                            "fiscal", "financial", "school", "academic",  # "within the fiscal year"
                            # a focus on how short: "in just two years", "binnen slechts zes maanden"
                            "just", "only", "barely", "merely", "mere", "slechts", "amper", "nauwelijks",
                            "luttele"})

SEASON_OPENERS = frozenset({"this", "next", "the", "dit", "deze", "komende", "volgende", "het", "de", "in", "by",
                            "before", "voor", "vóór", "during", "tijdens", "for", "eind", "end",
                            "our", "onze", "its", "their", "hun"})  # ("our fall goal", "onze zomeractie")

PERIOD_FIRST_WORDS = (frozenset(SEASONS) | frozenset(dates.ORDINALS) | YEAR_END_WORDS | END_WORDS | THIS_WORDS | NEXT_WORDS | PERIOD_INTRO
                     | {"q1", "q2", "q3", "q4", "h1", "h2"}
                     # "EOQ3", "EOQ", "EOM", "EOH1": the end of (that) quarter, month or half, as "EOY" is the year's
                     | {"eoq", "eom", "eoq1", "eoq2", "eoq3", "eoq4", "eoh1", "eoh2"})

DEADLINE_WORDS = PERIOD_FIRST_WORDS | frozenset(dates.MONTHS) | dates.HOLIDAY_FIRST_WORDS | {
    "week", "wk", "left", "remaining", "resterend", "to", "year", "jaar", "month", "maand", "lang", "long", "tijd",
    "day", "dag",  # "Day 90: 200 customers", "by day 30": a day of the plan
    "kabinetsperiode", "regeerperiode", "collegeperiode", "raadsperiode", "bestuursperiode", "legislatuur", "term",
    "seizoen", "season", "quarter", "kwartaal", "zittingsperiode", "ambtstermijn", "parliament", "parlement"}
PERIOD_FIRST_WORDS |= frozenset(f"q{quarter}-{year}" for quarter in "1234" for year in
                                (*(f"{y:02d}" for y in range(20, 51)), *map(str, range(2020, 2051))))
PERIOD_FIRST_WORDS |= frozenset(f"q{quarter}{mark}{year:02d}" for quarter in "1234" for mark in "'’"
                                for year in range(20, 51))  # "Q3'27": a quarter with its year after an apostrophe
DEADLINE_WORDS |= PERIOD_FIRST_WORDS | {"new", "nieuwe"}  # "in het nieuwe jaar", "in the new year"

# Nouns that a hyphenated period sets the length of: "a six-month campaign".
SPANS = frozenset({"campaign", "campaigns", "campagne", "project", "period", "periode", "programme", "program",
                   "frame", "timeframe", "window",
                   "programma", "pilot", "sprint", "push", "initiative", "actie", "traject", "plan"})

# Words before a month without a day that make it a deadline ("in November", "by May"): "may"
# and "march" are verbs too, so a month alone never is one.
MONTH_PREP = frozenset({"in", "by", "before", "until", "till", "through", "during", "for", "voor", "vóór", "tegen",
                       "eind", "einde", "end", "uiterlijk", "tot", "and", "en", "tussen", "between", "of", "van",
                       "to", "na", "after", "per", "begin", "medio", "mid", "halverwege", "thru", "within",
                       "late", "early"})  # "in late October", "by early May"

SPAN_LINKS = frozenset({"and", "en", "to", "tot", "till", "until", "-", "through", "thru"})

# Words before a named day that make it a deadline ("by Black Friday", "rond de feestdagen").
HOLIDAY_PREP = frozenset({"by", "before", "until", "till", "through", "thru", "voor", "vóór", "tegen", "for", "rond",
                          "around", "during", "tijdens", "in", "op", "on", "met", "from", "vanaf", "tot", "t/m",
                          "richting", "towards", "uiterlijk", "ahead", "between", "tussen", "and", "en"})

# Terms a plan runs over, in years: "deze kabinetsperiode" (a cabinet sits four years), "this season",
# and the terms of a school year a student's goal runs over: "dit blok", "this semester".
TERMS = {"kabinetsperiode": 4, "regeerperiode": 4, "collegeperiode": 4, "raadsperiode": 4, "bestuursperiode": 4,
         "legislatuur": 5, "term": 4, "seizoen": 1, "season": 1, "zittingsperiode": 4, "ambtstermijn": 4,
         "parliament": 5, "parlement": 5,  # "before the end of Parliament", "deze zittingsperiode"
         "blok": 0.25, "onderwijsblok": 0.25, "lesblok": 0.25, "semester": 0.5, "trimester": 1 / 3}

# Terms of a school year that a number names ("blok 4", "semester 2"): the number is no count.
NUMBERED_TERMS = frozenset({"blok", "onderwijsblok", "lesblok", "semester", "trimester"})

# "zes weken lang", "for six weeks long", "vijf jaar de tijd": a number of units is the period.
LONG = frozenset({"lang", "long", "tijd"})

WEEK_PREP = frozenset({"of", "van", "in", "by", "voor", "vóór", "before", "tegen", "uiterlijk", "eind", "end", "until",
                       "t/m", "tot"})

# The ordinals past "fourth" that number a plan's year or month ("the fifth year", "het tiende jaar");
# dates.ORDINALS holds the first four, which also number quarters.
LATER_ORDINALS = {"fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12,
                  "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8, "negende": 9, "tiende": 10, "twaalfde": 12}

# "end-December", "eind-2027", "mid-2027": an edge of a month or year glued on with a hyphen.
EDGES = {"end": "end", "eind": "end", "einde": "end", "mid": "mid", "medio": "mid", "midden": "mid",
         "begin": "start", "early": "start", "late": "end"}

# "a half year", "een half jaar": an article before "half" makes it one half, not one and a half.
ARTICLES_BEFORE_HALF = frozenset({"een", "a", "an"})

AMOUNT_LINKS = frozenset({"to", "tot", "or", "of", "-", "à"})

SINGULAR_UNITS = frozenset({"jaar", "year", "maand", "month", "week", "kwartaal", "quarter", "decade", "decennium"})

THIS_PERIOD_INTRO = frozenset({"during", "throughout", "over", "in", "gedurende", "tijdens", "for"})

# "halverwege 2018", "medio 2027", "by mid 2027", "the middle of 2027": the middle of that year.
MID_WORDS = frozenset({"halverwege", "medio", "mid", "midden", "middle", "halfway", "midway"})

# "one year from now", "zes maanden vanaf vandaag": the point a period is counted from.
NOW_WORDS = frozenset({"now", "today", "nu", "vandaag"})

# Past events a year or month dates that are no deadline: "opgericht in 2005", "founded in 2005".
FOUNDING_WORDS = frozenset({"opgericht", "gesticht", "founded", "established", "geboren", "born", "gestart",
                            "begonnen", "started", "launched", "gelanceerd", "incorporated"})

# Words after which a date or period is when a goal starts, not when it is due: "vanaf 2022",
# "vanaf eind 2022", "from 1 March", "starting next year" (issue 12, "a start is no deadline").
START_WORDS = frozenset({"vanaf", "from", "starting", "beginning", "beginnend", "startend", "ingaande"})

# Adverbs of a rhythm: after "vanaf"/"starting" they make the date a start ("jaarlijks vanaf 2027").
RHYTHM_ADVERBS = frozenset({"jaarlijks", "annually", "yearly", "maandelijks", "monthly", "wekelijks", "weekly",
                            "dagelijks", "daily", "quarterly", "driemaandelijks"})

# Past copulas after a year: "in 2016 was dit 34 procent", "in 2022 stood at 7.5": a figure of then.
PAST_COPULAS = frozenset({"was", "were", "bedroeg", "bedroegen", "lag", "lagen", "stond", "stonden", "stood", "had",
                          "hadden"})

# Verbs in the past tense that say what happened at a time ("we delivered $107 billion in 2023", "in de
# zomer startte hij", "de doelen die dit jaar deelnamen", "het verzuim bedroeg in 2015 6,8 %"): the
# time dates an event or a figure, it is not when the goal is due. Past forms only, never a form a
# goal's own verb takes ("reached" is no such form: "reached by 2027" is a passive goal).
PAST_EVENTS = frozenset({"delivered", "generated", "recorded", "posted", "reported", "earned", "attracted",
                         "welcomed", "sold", "started", "began", "opened", "joined", "participated", "grew", "rose",
                         "fell", "totalled", "totaled", "amounted", "purchased", "bought", "ordered", "visited",
                         "startte", "startten", "begon", "deelnam", "deelnamen", "opende", "openden", "behaalde",
                         "behaalden", "haalde", "haalden", "realiseerde", "realiseerden", "trok", "trokken",
                         "verwelkomde", "noteerde", "noteerden", "boekte", "boekten", "telde", "telden", "kende",
                         "steeg", "stegen", "daalde", "daalden", "groeide", "groeiden", "kochten", "kocht", "liep",
                         "liepen"})

# Verbs that set a goal, in the past: "in 2019 stelde de raad het doel", "in January 2019, I made a goal".
GOAL_SETTING_VERBS = frozenset({"made", "set", "adopted", "approved", "announced", "stelde", "stelden",
                                "formuleerde", "formuleerden", "presenteerde", "presenteerden", "bepaalde",
                                "bepaalden", "kondigde", "legde", "legden", "nam", "namen", "liet", "lieten",
                                "dropped", "abandoned", "schrapte", "schrapten"})

# Participles of setting, changing or deciding a goal, after the goal or an auxiliary of the past:
# "in 2021 werd de ambitie bijgesteld", "dit jaar is besloten dat …", "in 2019 it was agreed that …".
SET_PARTICIPLES = frozenset({"gesteld", "bijgesteld", "vastgesteld", "vastgelegd", "aangepast", "geformuleerd",
                             "herzien", "besloten", "afgesproken", "revised", "adjusted", "decided", "agreed",
                             "gemaakt"})
PAST_AUXILIARIES = frozenset({"is", "werd", "was", "were", "has", "have", "had", "heeft", "hebben", "hadden", "zijn",
                              "been", "we", "they", "ze", "wij"})

# Units shorter than a day: "3 reviews binnen 48 uur" is due within that window.
HOUR_UNITS = frozenset({"uur", "uren", "hour", "hours", "hrs", "hr"})

# Who a metric counts, and the short windows that define it: "customers who buy again within 7
# days", "users completing setup within 7 days", "klanten die binnen 7 dagen terugkomen".
COUNTED_PEOPLE = frozenset({"user", "users", "customer", "customers", "klant", "klanten", "gebruiker", "gebruikers",
                            "visitor", "visitors", "bezoeker", "bezoekers", "member", "members", "leden", "buyer",
                            "buyers", "kopers", "shopper", "shoppers", "subscriber", "subscribers", "abonnees",
                            "patient", "patients", "patiënten", "people", "mensen", "signups", "lead", "leads"})
RELATIVE_WORDS = frozenset({"who", "that", "which", "die", "dat", "welke"})

# Verbs of serving someone within a short window: the window is a service norm (how fast), not a
# deadline: "seen within 18 weeks", "binnen 10 werkdagen af te handelen", "binnen 5 dagen geleverd".
SERVICE_VERBS = frozenset({"seen", "served", "answered", "resolved", "handled", "processed", "shipped", "delivered",
                           "treated", "helped", "respond", "responded", "reply", "replied", "afgehandeld",
                           "afhandelen", "handelen", "beantwoord", "beantwoorden", "gereserveerd", "geholpen",
                           "opgelost", "verwerkt", "verzonden", "geleverd", "behandeld", "bezorgd", "reageren"})
SHORT_UNITS = frozenset({"dag", "dagen", "day", "days", "werkdagen", "week", "weken", "weeks", "minuten", "minutes",
                         "min", "seconden", "seconds"}) | HOUR_UNITS

# "one year from now", "nine months into the year", "by midyear", "halverwege het jaar".
DEADLINE_WORDS |= MID_WORDS | NOW_WORDS | {"into", "midyear", "mid-year"}
DEADLINE_WORDS |= frozenset(TERMS)  # "dit blok", "this semester", "deze kabinetsperiode"

# Issue 12, class "closing a year with a figure": a verb of ending with the year as its object makes
# that year the deadline ("close 2027 at €2 million", "2016 af te ronden met 215.000 bezoekers",
# "we sluiten 2027 af met 500 leden", "2027 afsluiten met").
CLOSING_BEFORE_A_YEAR = frozenset({"close", "closes", "closing", "finish", "finishes", "finishing", "conclude",
                                   "concludes", "wrap", "afsluiten", "afronden", "beëindigen"})
CLOSING_AFTER_A_YEAR = frozenset({"af", "afsluiten", "afronden", "afgesloten", "afgerond", "afsluit", "afrondt",
                                  "beëindigen"})

# Prepositions that make a duration a deadline: "in 24 months", "within a year", "binnen 2 jaar", "over drie
# maanden".
DURATION_PREPOSITIONS = frozenset({"in", "within", "binnen", "over"})

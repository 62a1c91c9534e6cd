"""Directions in Dutch and English: the words that say which way a goal moves a measure.

"verhogen", "reduce", "at most", "ten minste", "verdubbelen" (+100 %), separable Dutch verbs
("we brengen de wachttijd terug") and the verbs that acquire what they count ("generate 200
leads"). The readers in ``goals/`` look words up here; the Dutch/English split of the direction
words also feeds language detection (``lexicon/language.py``).
"""

from __future__ import annotations

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
               "halveren": -0.5, "halveer": -0.5, "halve": -0.5, "halving": -0.5, "halveert": -0.5,
               # Flemish "verdriedubbelen" (to triple) and the rarer factors: "vertwaalfvoudigen" is +1100 %
               "verdriedubbelen": 2.0, "verdriedubbeling": 2.0, "verdriedubbeld": 2.0, "verdriedubbelt": 2.0,
               "vervijfvoudiging": 4.0, "vertienvoudiging": 9.0, "vertwaalfvoudigen": 11.0}
# Every form of the Dutch factor verbs (issue 12): "Verviervoudig het aantal leads", "vertienvoudigt", "vervijfvoudigd".
for _stem, _factor in (("verdubbel", 1.0), ("verdrievoudig", 2.0), ("verdriedubbel", 2.0), ("verviervoudig", 3.0),
                       ("vervijfvoudig", 4.0), ("vertienvoudig", 9.0)):
    for _form in (_stem, _stem + "en", _stem + "t", _stem + "d", _stem + "ing"):
        MULTIPLIERS.setdefault(_form, _factor)

# Directions. "improve" depends on the metric: more conversion, less waiting time.
INCREASE, DECREASE, KEEP, AT_MOST, AT_LEAST, IMPROVE, REACH = (
    "increase", "decrease", "keep", "at_most", "at_least", "improve", "reach",
)
# Separable Dutch verbs whose particle gives the direction: "we brengen de wachttijd terug",
# "het verloop neemt af", "de omzet neemt toe".
SEPARABLE_PARTICLES: dict[str, tuple[str, frozenset[str]]] = {
    "terug": (DECREASE, frozenset({"brengen", "brengt", "breng", "dringen", "dringt", "dring", "schroeven",
                                   "schroeft", "gaan", "gaat", "lopen", "loopt", "zetten"})),
    "af": (DECREASE, frozenset({"bouwen", "bouwt", "bouw", "nemen", "neemt", "neem", "zwakken", "zwakt", "vallen",
                                "valt"})),  # ("5 kilo afvallen": to lose weight)
    "toe": (INCREASE, frozenset({"nemen", "neemt", "neem"})),
    "op": (INCREASE, frozenset({"schalen", "schaalt", "krikken", "krikt", "voeren", "voert", "drijven", "drijft",
                                "trekken", "trekt"})),
    "weg": (DECREASE, frozenset({"werken", "werkt", "nemen", "neemt"})),
    "uit": (INCREASE, frozenset({"bouwen", "bouwt", "bouw", "breiden", "breidt", "brei"})),
    "door": (INCREASE, frozenset({"zetten", "zet"})),
}


# Issue 12, class "a Dutch verb of acquiring split in two": the particle right before its stem, or before "te" and
# the stem ("marktaandeel binnen te slepen", "leden binnen halen", "twee vestigingen bij komen"), acquires as
# "binnenhalen" and "bijkomen" do. ("binnen" elsewhere is "within": "het doel binnen drie jaar halen".)
SPLIT_ACQUIRING: dict[str, frozenset[str]] = {
    "binnen": frozenset({"halen", "haalt", "slepen", "sleept", "krijgen", "krijgt", "brengen", "brengt", "gehaald",
                         "gesleept"}),
    "bij": frozenset({"komen", "komt", "gekomen", "krijgen", "krijgt", "gekregen"}),
}


# Participles of separable verbs, irregular or not, and of the verbs that say a measure falls
# away or sinks ("zakken", "verdwijnen", "slinken", "krimpen"): "het percentage is gezakt", "de
# wachtlijsten moeten verdwenen zijn" (down, to zero).
FUSED_PARTICIPLES_UP = ("opgedreven", "opgevoerd", "opgeschroefd", "opgekrikt", "opgeschaald", "uitgebouwd")
FUSED_PARTICIPLES_DOWN = ("afgevallen", "teruggelopen", "teruggegaan", "teruggeschroefd", "afgezwakt", "weggewerkt",
                          "weggenomen", "gezakt", "verdwenen", "geslonken", "gekrompen")
FALLING_VERBS = ("zakken", "zakt", "verdwijnen", "verdwijnt", "slinken", "slinkt", "krimpen", "krimpt",
                 "besparen", "bespaar", "bespaart", "bespaard", "uitsparen", "uitgespaard",
                 # "10 procent van het gasverbruik schelen": to make a difference of is to save
                 "schelen", "scheelt", "neerwaartse", "neerwaarts")
# Verbs of a measure moving by itself, as news and forecasts write them: "revenue will jump 20%", "ticket sales
# climb 15%", "churn will fall to 3%", "de omzet keldert" (issue 12, class "a measure that moves"). Present
# forms only: a past one tells what happened ("traffic fell 10% in 2026", "dropped orders"), and the -ing
# form names things ("a climbing gym"). "Fall" alone is also a season: it names a way only in DIRECTION_PHRASES.
MOVING_UP = ("climb", "jump", "soar", "surge", "skyrocket", "klimmen", "klimt")
MOVING_DOWN = ("plunge", "plummet", "sink", "tumble", "dwindle", "kelderen", "keldert")
# A trend said to go up: "de opwaartse trend in X doorzetten", "an upward trend in sign-ups".
RISING_WORDS = ("opwaartse", "opwaarts")
# Which way a trend goes: to keep or continue it is to keep going that way.
TREND_WORDS = frozenset({*RISING_WORDS, "neerwaartse", "neerwaarts", "upward", "upwards", "downward", "downwards"})


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
        "aanmoedigen", "verlengen", "verlenging", "verlening", "groter", "grotere", "hogere", "doorgroeien", *RISING_WORDS, "uitgroeien", "aangroeien", "bijgroeien", "doorgroeit", "uitbouwen",
    ), (
        "increase", "increases", "increased", "increasing", "grow", "grows", "growth", "boost",
        "raise", "lift", "expand", "double", "triple", "more", "higher", "up", "scale", "grown", "raised", "boosted",
        "maximize", "maximise", "maximizing", "maximising", "encourage", "promote", "foster", "stimulate",
        "extend", "lengthen", "upward", "upwards",
        "add", "adding", "accelerate", "multiply", "rise", "additional", "larger", "bigger", "greater", "faster",
        *MOVING_UP,
    )),
    (DECREASE, (
        "verlagen", "verlaag", "verlaagt", "verlaging", "verminderen", "verminder", "vermindert",
        "vermindering", "verkorten", "verkort", "verkleinen", "verklein", "verkleint", "dalen", "daalt",
        "daling", "terugdringen", "terugbrengen", "halveren", "minder", "lager", "korter", "beperken",
        "beperkt", "reductie", "reduceren", "omlaag", "inkorten", "verlaagd", "verminderd", "gereduceerd",
        "teruggebracht", "teruggedrongen", "afgebouwd", "afbouwen", "gedaald", "afgenomen", "ingekort", "verkort",
        "gehalveerd", "terugschroeven", "inperken", "indammen", "minimaliseren", "reduceer", "reduceert", "verminderen",
        "afremmen", "wegwerken", "uitbannen", "elimineren", "snijden", "snoeien", "voorkomen", "tegengaan",
        "tegengegaan", "bestrijden", "bestreden", "afname", "kleiner", "kleinere", "lagere", "kortere", "besparing", *FALLING_VERBS,
    ), (
        "reduce", "reduces", "reduced", "reduction", "decrease", "decreases", "cut", "cuts",
        "lower", "shorten", "shrink", "drop", "halve", "less", "fewer", "down", "minimise", "minimize", "decreased",
        "reducing", "lowering", "shortening", "slash", "trim", "eliminate", "decline", "lowered", "shortened",
        "prevent", "avoid", "combat", "tackle", "downward", "downwards", "smaller", "shorter",
        # to save money or time is to spend less of it, as "besparen" ("save $7.5M in cost", "save 45 minutes a
        # week of admin time"); only money or time, read by goals/direction.py (SAVING): lives saved are more lives
        "save", "saves", "saving", *MOVING_DOWN,
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
        "veroveren", "verovert", "veroverd", "aannemen",
        # Issue 12, class "Dutch and Flemish verbs of recruiting": "20 verpleegkundigen aanwerven", "3 klanten acquireren"
        "aanwerven", "aanwerft", "aangeworven", "acquireren", "acquireert", "geacquireerd", "rekruteren", "rekruteert",
        "gerekruteerd", "onboarden", "onboardt", "ronselen", "ronselt",
    ), (
        "generate", "achieve", "reach", "hit", "attract", "win", "acquire", "gain", "sell", "get",
        "land", "book", "secure", "deliver", "drive", "need", "attain", "obtain", "earn", "collect", "onboard", "recruit",
        "enroll", "enrol", "sign", "close", "convert", "bring", "capture", "produce", "generating", "achieving",
        "reaching", "acquiring", "attracting", "winning", "securing", "driving", "signing", "closing", "take",
        "schedule", "scheduling", "garner", "garnering", "upsell", "upselling", "hire", "hiring",
    )),
):
    for _word in _nl_words + _en_words:
        DIRECTION_WORDS.setdefault(_word, _direction)
    DUTCH_DIRECTION_WORDS.update(_nl_words)
    ENGLISH_DIRECTION_WORDS.update(_en_words)
# A separable verb is written as one word in a subordinate clause, as an infinitive and as a
# participle: "hoopt dat het aantal vrijwilligers toeneemt", "de klantenwerving opdrijven", "het
# percentage is teruggelopen". Its particle still gives the direction (issue 12, batch 8).
# ("doorzetten" is not fused: alone it is to persist, not to grow.)
_FUSED = {particle + stem: direction for particle, (direction, stems) in SEPARABLE_PARTICLES.items()
          if particle != "door" for stem in stems if stem.endswith(("en", "t"))}
for _word, _direction in (*_FUSED.items(), *dict.fromkeys(FUSED_PARTICIPLES_UP, INCREASE).items(),
                          *dict.fromkeys(FUSED_PARTICIPLES_DOWN, DECREASE).items()):
    DIRECTION_WORDS.setdefault(_word, _direction)
    DUTCH_DIRECTION_WORDS.add(_word)
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
            "stable", "better", "lower", "higher", "ceiling") and _word not in MOVING_UP and _word not in MOVING_DOWN:
        # (not a moving verb's: "a climbing gym", "the jumping castle" name a thing)
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
    ("zo", "groot", "mogelijk"): INCREASE, ("zo", "groot", "mogelijke"): INCREASE, ("zo", "klein", "mogelijk"): DECREASE,
    ("zo", "klein", "mogelijke"): DECREASE, ("zo", "kort", "mogelijk"): DECREASE, ("zo", "weinig", "mogelijk"): DECREASE,
    ("zo", "min", "mogelijk"): DECREASE,
    # Issue 12, class "a record to set": a level above any before it is higher (as "a record 6 trillion").
    ("new", "high"): INCREASE, ("new", "highs"): INCREASE, ("all-time", "high"): INCREASE, ("nieuw", "record"): INCREASE,
    ("blijven", "boven"): AT_LEAST, ("blijft", "boven"): AT_LEAST, ("op", "peil"): KEEP,
    ("keep", "at"): KEEP, ("tegen", "gaan"): DECREASE, ("in", "stand", "houden"): KEEP,
    # Issue 12, class "a bound written as a phrase": a negated comparative is the other bound ("no less than
    # 90%", "niet minder dan 90%" are floors, not ceilings), an old dative says "at least"/"at most", and a
    # comparative after the figure bounds it (``BOUNDS_AFTER_A_FIGURE``).
    ("no", "less", "than"): AT_LEAST, ("not", "less", "than"): AT_LEAST, ("no", "fewer", "than"): AT_LEAST,
    ("not", "fewer", "than"): AT_LEAST, ("niet", "minder", "dan"): AT_LEAST, ("upwards", "of"): AT_LEAST,
    ("op", "zijn", "minst"): AT_LEAST, ("op", "z'n", "minst"): AT_LEAST, ("ten", "hoogste"): AT_MOST,
    ("op", "zijn", "hoogst"): AT_MOST, ("op", "z'n", "hoogst"): AT_MOST,
}
# A comparative after a figure bounds it: "400 members or more", "4 minuten of minder" (only after a figure:
# "dezelfde of meer verkeer" is more traffic).
BOUNDS_AFTER_A_FIGURE: dict[tuple[str, ...], str] = {
    ("or", "more"): AT_LEAST, ("or", "higher"): AT_LEAST, ("of", "meer"): AT_LEAST, ("of", "hoger"): AT_LEAST,
    ("or", "fewer"): AT_MOST, ("or", "less"): AT_MOST, ("or", "lower"): AT_MOST, ("of", "minder"): AT_MOST,
    ("of", "lager"): AT_MOST,
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
# "Fall" moves a measure when a modal governs it or a change follows ("churn will fall to 3%", "costs fall by
# 8%"); "by fall 2027", "in the fall" and "fall to fall" are seasons.
for _before, _after in (*((modal, "fall") for modal in ("will", "should", "must", "would", "could", "can", "may")),
                        *((fall, word) for fall in ("fall", "falls") for word in ("by", "below", "under")),
                        ("falls", "to")):  # ("fall to fall": a school year)
    DIRECTION_PHRASES.setdefault((_before, _after), DECREASE)
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
    # to win territory or a meeting is to acquire it: "10 procent van de markt veroveren", "schedule 20
    # demos", "garner 500 reviews", "upsell 50 customers"
    "veroveren", "verovert", "veroverd", "schedule", "schedules", "scheduling", "garner", "garners", "garnering",
    "upsell", "upsells", "upselling",
    # to hire people is to acquire them, like recruiting: "hire 5 engineers", "5 nieuwe teamleden aannemen"
    "hire", "hiring", "aannemen",
    # Issue 12, class "acquiring in other forms": receiving or having delivered a count is acquiring it ("receive
    # 300 applications", "deliver 40 qualified leads a month", "945.000 gasten ontvangen"), and a Dutch verb of
    # acquiring acquires in its participle and its compound too ("tweeduizend liefhebbers gevonden", "10 procent
    # marktaandeel binnenslepen"; but "aangesloten" and "opgewekt" also say what a share is: "22 procent van de
    # woningen aangesloten", "16% van het verbruik duurzaam opgewekt")
    "receive", "receives", "receiving", "deliver", "delivers", "ontvangen", "ontvangt", "gevonden",
    "binnenslepen", "binnengesleept", "aangenomen", "verzameld",
    # Issue 12, class "Dutch and Flemish verbs of recruiting" (Flemish hires by "aanwerven"; loans in -eren)
    "aanwerven", "aanwerft", "aangeworven", "acquireren", "acquireert", "geacquireerd", "rekruteren", "rekruteert",
    "gerekruteerd", "onboarden", "onboardt", "ronselen", "ronselt",
})

# Verbs of adding: they give the direction only to what they govern, the metric or a count ("add
# 500 subscribers"), never to a thing put in place ("add the bot to the marketplace": work).
ADDING = frozenset({"add", "adds", "adding", "toevoegen", "voeg", "voegt"})
ADDING_OBJECTS = frozenset({"more", "meer", "extra", "another", "additional", "nog"})


# Clauses that say what the goal is for or leads to; issue 12 added the consequences ("…, which will
# reduce emissions", "waardoor de hittestress vermindert", "focusing on increasing shade").
PURPOSE_OPENERS = frozenset({"om", "zodat", "in", "so", "which", "focusing", "waardoor"})

# Issue 12, class "a direction word that is part of an idiom or a name": "onder andere/meer" is
# "among others", no ceiling; "a growth plan", "growth outlook", "groei strategie" name a plan,
# which says nothing of the way the goal's own metric should go.
# So are a phrasal verb's particle ("chalk up $1 billion", "days shut down"), "niet meer" (no
# longer) and more effort ("meer moeite doen", "do more to ensure"): how hard one works is no measure.
SAVING = frozenset({"save", "saves", "saving"})
PLAN_NOUNS = frozenset({"plan", "plans", "outlook", "strategy", "strategie", "ambitions", "ambities", "ambition",
                         "agenda", "story", "path", "phase", "fase", "programme", "program", "programma",
                         # "in growth mode", "a growth mindset", "our growth team": a state or a team, named
                         "mode", "modus", "mindset", "model", "stage", "team", "teams", "hacking", "hacker",
                         "engine"})

EXPECTATIONS = frozenset({"verwachting", "verwachtingen", "expectation", "expectations", "forecast", "prognose"})

EFFORT = frozenset({"doen", "doet", "moeite", "inspanning", "inspanningen", "effort", "efforts"})

# Issue 12, class "under a circumstance": "under the new plan", "under pressure", "flew under the radar",
# "onder leiding van", "onder druk": the preposition names the setting of the goal, no ceiling on its metric.
CIRCUMSTANCES = frozenset({"plan", "plans", "agreement", "deal", "scheme", "contract", "law", "rules", "regulations",
                           "radar", "pressure", "leadership", "guidance", "programme", "program",
                           "terms", "umbrella", "banner", "ownership", "way", "auspices", "leiding", "druk",
                           "voorwaarden", "regie", "noemer", "vlag", "paraplu", "invloed", "begeleiding",
                           "auspiciën", "mom", "programma", "afspraak", "afspraken", "akkoord", "regels", "wet",
                           "strategy", "strategie", "policy", "beleid"})

IDIOM_AFTER = {"onder": frozenset({"andere", "anderen", "meer"}) | CIRCUMSTANCES, "under": CIRCUMSTANCES,
               "meer": EFFORT, "more": EFFORT,
                "keep": frozenset({"in"}),  # "keep in touch", "keep in mind"
                # "boven verwachting", "above expectations": how a result compares, no bound on the target
                **dict.fromkeys(("boven", "above", "beyond", "exceed", "exceeds", "exceeded", "overtreft"), EXPECTATIONS),
                **dict.fromkeys(("growth", "groei", "expansion", "reduction", "reductie"), PLAN_NOUNS)}

IDIOM_BEFORE = {"up": frozenset({"chalk", "chalks", "sign", "signs", "set", "sets", "follow", "show", "end", "ends",
                                  "pick", "back", "make", "makes"}),
                 "down": frozenset({"shut", "shuts", "break", "breaks", "settle", "calm", "wind", "turn", "turns"}),
                 "meer": frozenset({"niet", "nooit"}), "more": frozenset({"do", "does", "doing"}),
                 # "16,7 miljoen over te houden", "overhouden": what is left over (a profit), nothing kept level
                 "houden": frozenset({"over"}), "hield": frozenset({"over"})}

# Issue 12, class "inhouden is to mean": "Dit houdt in dat …", "De doelen houden in dat …" say what something
# means; nothing is kept level.
MEANING_VERBS = frozenset({"houdt", "houden", "hield", "hielden"})

MORE_OR_LESS = frozenset({"more", "meer", "less", "minder"})

# Verbs whose particle "down"/"up" records or finds, split from it by the object: "write that goal
# down", "jot your numbers down", "look the figures up".
WRITING_VERBS = frozenset({"write", "writes", "writing", "jot", "jots", "note", "notes", "put", "puts", "look",
                           "looks", "track", "pin", "nail", "narrow", "type", "wrote", "written"})

ADJECTIVE_ENDINGS = ("able", "ible", "ful", "ous", "ive", "ical", "ient", "end", "lijk", "baar", "isch", "ig")

# Change nouns that end Dutch compounds; their direction is the lexicon's.
DIRECTION_TAILS = ("verbetering", "verhoging", "vergroting", "verlaging", "vermindering", "reductie", "stijging",
                    "daling", "uitbreiding")

# Dutch direction verbs and factor verbs ("verhoogt", "verdubbelt", "halveert"): in the third person their
# subject acts, so it may own the goal.
DUTCH_DIRECTION_VERBS = frozenset(DUTCH_DIRECTION_WORDS) | frozenset(
    word for word in MULTIPLIERS if word.startswith(("ver", "hal")))

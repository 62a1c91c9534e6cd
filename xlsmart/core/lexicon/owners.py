"""The words that tell who owns a goal: the tables ``goals/actors.py`` reads a subject by.

Organisations, roles, verbs of intent, the pronouns that speak for us or to the reader, and one
table per class of sentence (a thing as the subject, a speaker quoted after the goal, a name that
is also a word …), each with its examples beside it, so a reader can find and extend it.
"""

from __future__ import annotations

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
    "supers", "supermarkets", "discounter", "warenhuis", "webshop", "manufacturer", "insurer",
    # governing bodies: "de nieuwe coalitie van sp.a, Groen en Open Vld wil …", "the UK government's strategy"
    "government", "governments", "coalitie", "coalition", "college", "fractie",
    # the plural of an organisation noun with its article: "Uiteindelijk streven de partijen naar …"
    "partijen", "corporaties",
    # issue 12: Dutch trades named by their workshop ("de Wervikse kaasmakerij", "de bakkerij", "een rederij")
    "makerij", "bakkerij", "drukkerij", "uitgeverij", "rederij", "kwekerij", "slagerij", "boerderij", "fabriek",
    # small businesses of the trades: "The spa goal is …", "de salon wil …"
    "spa", "salon", "clinic", "kliniek", "super", "airlines",
    # issue 12, class "an organisation named by a common noun": bodies whose noun the list above did not
    # end ("The foundation raised …", "De netbeheerder investeert …", "de woningcorporatie bouwt …")
    "foundation", "association", "society", "institute", "hospital", "federation", "alliance", "authority",
    "ministry", "church", "startup", "start-up", "studio", "charity", "retailer", "corporatie", "beheerder",
    "koepel", "exploitant", "importeur", "kerk", "politie", "police", "brandweer", "ploeg", "instituut",
    "agentschap", "autoriteit", "inspectie", "parlement", "parliament", "cooperative", "coöperatie",
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
    # commitments: "Het gemeentebestuur engageert zich om …", "De provincie verbindt zich ertoe …"
    "engageert", "engageerde", "engageren", "verbindt", "verbond", "committeert", "nastreeft", "vows", "vowed",
    # demands, and the future with "going to": "Amsterdam demands that …", "marketing is going to deliver …"
    "demands", "demanded", "eiste", "going", "droomt", "droomde", "droomden",
    # heading for a figure: "Bol.com stevent af op …", "het bedrijf koerst af op …", "the chain is heading for …"
    "stevent", "stevenen", "koerst", "koersen", "heads", "heading",
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
    # the plural of a verb of intent or acting, after which the subject may follow: "Volgens die
    # organisatie beloven de supers …", "Dit jaar investeren de corporaties …"
    "beloven", "investeren", "engageren", "beloofden",
    # seeing to it and dreaming of it: "Samen met Eneco zorgt de super dat …", "Bij de start droomden
    # oprichters Jan en Bram van 700 scooters …"
    "zorgt", "zorgde", "droomt", "droomde", "droomden",
    # heading for a figure: "Dit jaar stevent Bol.com af op …"
    "stevent", "stevenen", "koerst", "koersen",
})

# Who can own a goal when the text names them.
ACTOR_WORDS = frozenset({
    "ik", "we", "wij", "ons", "onze", "mijn", "i", "our", "my", "we'll", "i'd", "we'd", "we're", "i'll",
    "i'm", "we've", "i've", "ours",
})
# A generic "you" speaks to the reader: it owns nothing ("grow your list", "verhoog je omzet").
READER_WORDS = frozenset({"you", "your", "jij", "jouw", "je", "u", "uw", "you'll", "you're", "jullie"})
READER_PRONOUNS = frozenset({"je", "you", "jij", "u", "jullie"})  # the reader as a subject ("… dat je 500 verkopen wilt")
# Verbs of advice before the reader: "I suggest that you …", "Ik adviseer je om …" (the writer advises, the
# reader would act: nobody owns the goal).
ADVICE_VERBS = frozenset({"suggest", "suggests", "recommend", "recommends", "advise", "advises", "urge", "encourage",
                          "adviseer", "adviseren", "raad", "raden", "aanraden", "suggereer", "aanbevelen"})
ACTOR_SUFFIXES = ("team", "teams", "afdeling", "department", "dept", "division", "divisie", "directie", "ceo",
                  "executive", "founder", "cmo", "manager", "managers", "marketeer",
                  "marketeers", "marketer", "marketers", "bureau", "agency", "squad", "owner",
                  "eigenaar", "specialist", "specialisten", "director", "directeur")

# Auxiliaries between a subject and its verb of intent: "A company is expected to …".
AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "been", "also", "ook", "now", "nu",
                         "originally", "still", "al"})

# Nouns that are never an owner as the subject: the goal itself, time, the metric's own words.
NOT_OWNERS = frozenset({
    "goal", "goals", "aim", "objective", "objectives", "target", "targets", "doel", "doelen", "doelstelling",
    "doelstellingen", "ambitie", "ambition", "plan", "plans", "idea", "result", "results", "resultaat",
    "there", "this", "that", "which", "what", "it", "er", "dit", "dat", "die", "wat", "het", "who", "wie",
    "strategy", "strategie", "campaign", "campagne", "focus", "priority", "prioriteit", "trend", "number",
    "aantal", "percentage", "share", "deel", "growth", "groei", "year", "jaar", "one", "example", "voorbeeld",
    "step", "stap", "challenge", "uitdaging", "outcome", "key", "kr", "okr", "metric", "kpi", "question",
    "report", "rapport", "study", "studie", "survey", "article", "artikel", "statement", "verklaring", "move",
    "document", "paper", "nota", "visie", "vision", "roadmap", "agreement", "akkoord", "wet", "law", "bill",
    "initiative", "programme", "program", "programma", "beleid", "policy", "plannen", "agenda",
    # impersonal subjects: anyone at all, nobody in particular ("Men moet …", "Iedereen moet …")
    "men", "iemand", "iedereen", "niemand", "someone", "anyone", "everyone", "everybody", "anybody", "nobody",
    # issue 12, class "a thing is never an owner": means and works that a goal is pursued with ("these
    # developments aim to boost …", "Dat geld gaat naar …", "the investment will add …")
    "development", "developments", "ontwikkeling", "ontwikkelingen", "geld", "money", "funding", "funds",
    "investment", "investments", "investering", "investeringen", "project", "projects", "projecten",
    "measure", "measures", "maatregel", "maatregelen", "expansion", "uitbreiding", "subsidie", "grant",
    # events and technology that a goal is reached through ("The merger should deliver 10 % savings", "AI moet
    # 30 % van de vragen afhandelen", "De relaunch moet …")
    "merger", "fusie", "acquisition", "overname", "rebrand", "rebranding", "relaunch", "launch", "lancering",
    "redesign", "migration", "migratie", "upgrade", "integration", "integratie", "automation", "automatisering",
    "ai", "chatbot", "chatbots", "technology", "technologie", "whoever", "whomever",
})

# Pronouns that refer to an actor named elsewhere: "They aim to …", "Her goal is …".
THIRD_PERSON = frozenset({"he", "she", "they", "his", "her", "their", "its", "hij", "zij", "ze", "hun", "haar"})

# Words after which a team or department is an object or an address, not the subject.
GOVERNING = frozenset({"achter", "naast", "behind", "under", "above", "beside", "onder", "boven", "in", "op",
                       "to", "for", "with", "by", "from", "of", "van", "voor", "met", "door", "aan", "naar",
                       "bij", "tot", "on", "at", "into", "between", "tussen", "among", "via",
                       # a unit, never a subject: "de lastendruk per huishouden stijgt", "revenue per user grows"
                       "per", "pro",
                       # a source quoted, not the owner: "Volgens hem moet het nieuwe vervoersplan …"
                       "volgens", "according"})

# Nouns of a goal that an owner has: "the company's goal", "het doel van de KNLTB".
OWNER_NOUNS = frozenset({"streven", "goal", "goals", "aim", "objective", "target", "ambition", "plan", "doel", "ambitie",
                         "doelstelling", "strategy", "mission", "vision", "plans", "plannen", "targets"})

# A name with an apposition between commas before its verb: "New Balance, the esteemed footwear
# powerhouse headquartered in Boston, has announced …", "De derde provider, T-Mobile, streeft …".
APPOSITION_VERBS = frozenset({"has", "have", "had", "will", "would", "is", "are", "plan", "plans", "aim", "aims",
                              "want", "wants", "expect", "expects", "target", "targets", "hope", "hopes", "intend",
                              "intends", "wil", "willen", "streeft", "streven", "heeft", "hebben", "gaat", "zal",
                              "moet", "mikt", "hoopt", "verwacht", "beoogt"})

# Things and sectors as the subject: a system, building, solution or plan does not act, and a
# sector is no organisation ("De nieuwbouw moet …", "Nieuwe AI-oplossingen moeten …", "This
# pillar also strives …", "The next steps will involve …", "de zorgsector wil …").
THING_TAILS = ("systeem", "systemen", "system", "systems", "gebouw", "building", "nieuwbouw", "oplossing",
               "oplossingen", "solution", "solutions", "tool", "tools", "platform", "software", "website",
               "pillar", "pijler", "steps", "stappen", "sector", "industry", "industrie", "branche",
               "machine", "machines", "installatie", "product", "producten", "products", "app", "apps",
               # production lines and robots: "De afvullijnen zullen drie keer sneller werken …"
               "lijnen", "productielijn", "afvullijn", "robot", "robots", "installaties", "lines",
               # venues: "Het nieuwe stadion moet 50.000 bezoekers trekken", "The arena should sell out"
               "stadion", "stadium", "arena", "venue", "concertzaal", "sporthal")

# Measures and things that end like an organisation ("raad" in "bezettingsgraad", "board" in "dashboard"): never an owner.
LOOKALIKE_TAILS = ("graad", "voorraad", "waarde", "dashboard", "scoreboard", "billboard", "keyboard", "whiteboard")

# Endings of sentence adverbs ("Crucially,", "Realistically", "Uiteindelijk"): a word of manner
# or comment, never who owns a goal, however it is capitalised.
ADVERB_TAILS = ("ally", "ively", "ately", "ously", "fully", "ently", "antly", "ibly", "ably", "edly", "erwijs",
                "lijk", "gewijs")

# Dutch words that open a sentence with a time, place, means or manner, after which the verb
# comes second and its subject third: "Na een goed jaar aast Orange op …", "Met de investering kan
# De Halve Maan …", "Zo wil Double Dutch …", "Volgend jaar opent Jumbo …".
FRONTING = frozenset({"na", "met", "bij", "zo", "in", "tegen", "volgend", "volgende", "dit", "deze", "vanaf", "eind",
                      "begin", "voor", "tijdens", "door", "daarnaast", "ook", "nu", "daarom", "dan", "hiermee",
                      "daarmee", "sinds", "binnen", "over", "vorig", "vorige", "komend", "komende", "op", "uiterlijk",
                      "halverwege", "tegelijkertijd", "bovendien", "concreet", "intussen", "ondertussen", "straks",
                      "vervolgens", "onder", "via", "dankzij", "ondanks", "rond", "medio", "toch", "wel",
                      # adverbs of cause or means: "Daardoor kan de kaasmakerij haar productie verdubbelen"
                      "daardoor", "hierdoor", "daarbij", "hierbij", "daarvoor", "hiervoor", "zodoende",
                      # purpose, source: "Om … te werven start de vereniging …", "Volgens X moet het park …"
                      "om", "volgens"})
# Dutch words that open a clause of condition or time whose own verb comes last: "Als de subsidie
# doorgaat, wil de club …", "Indien de gemeente instemt wil het museum …". The words before the main
# verb end that clause; the main clause's subject follows its verb.
CONDITIONS = frozenset({"als", "wanneer", "indien", "zodra", "tenzij", "mits", "zolang", "nadat", "omdat", "hoewel",
                        "voordat", "doordat"})
# Verbs that say what is, not what is done: after them an organisation states its baseline ("Op
# dit moment telt het bedrijf 270 vestigingen").
STATIVE_VERBS = frozenset({"telt", "is", "was", "heeft", "had", "kent", "bezit", "bedraagt", "omvat", "beschikt",
                           "tellen", "zijn", "waren", "hebben", "hadden", "kennen", "bezitten", "bedragen", "omvatten",
                           "beschikken"})
# Words before a capital that are no finite verb, so what follows is no subject after its verb:
# a preposition or an article ("In het jaar van Coolblue …"), a conjunction, a number word.
NOT_BEFORE_A_SUBJECT = frozenset({"van", "in", "bij", "met", "voor", "naar", "op", "aan", "uit", "tot", "door", "om",
                                  "over", "onder", "tegen", "na", "vanaf", "sinds", "zoals", "en", "of", "als",
                                  "dan", "de", "het", "een", "te", "per", "via", "rond", "richting", "dat", "die",
                                  "volgens", "tussen", "binnen", "buiten", "achter", "naast", "zonder", "namens"})

# Particles that open a Dutch or Flemish surname: "Van Engen wil …", "Van der Berg gaat …" (a bare
# "De" or "Op" at the start is far more often an article or a preposition: "De SLA moet …").
SURNAME_PARTICLES = frozenset({"van", "de", "den", "der", "ter", "ten", "vande", "vander"})

# Verbs that open a goal as an imperative: what follows is their object, so a verb of intent inside
# it is a noun ("Implement strategic action plans to …", "Cut monthly forecast preparation time").
IMPERATIVES = frozenset({"implement", "cut", "raise", "achieve", "develop", "increase", "grow", "launch", "improve",
                         "reduce", "lower", "boost", "build", "create", "drive", "expand", "generate", "get", "hit",
                         "reach", "decrease", "double", "halve", "maintain", "keep", "deliver", "attract", "win",
                         "verhoog", "verlaag", "verminder", "vergroot", "verbeter", "verkort", "behaal", "realiseer",
                         "haal", "ontwikkel", "implementeer", "lanceer", "bouw", "maak", "zet", "werf"})

# Direction verbs that take no object: their subject is what changes ("occupancy is expected to
# increase .1 %", "de omzet gaat stijgen met 5 %"); "attract", "achieve" or "verhogen" take one.
CHANGING_VERBS = frozenset({"increase", "grow", "rise", "decrease", "decline", "fall", "drop", "improve", "shrink",
                            "stijgen", "dalen", "groeien", "toenemen", "afnemen", "krimpen", "verbeteren", "zakken"})

# Documents and agreements as the subject: a plan or an accord states a goal, it acts for nobody
# ("Het Klimaatakkoord streeft naar …", "Het Fietsbeleidsplan onderbouwt …", "The Paris Agreement
# aims …"). Read as the end of a longer word, so compounds count ("klimaatakkoord", "actieplan").
DOCUMENT_TAILS = ("akkoord", "plan", "agenda", "programma", "strategie", "convenant", "pact", "verdrag",
                  "charter", "agreement", "accord", "treaty", "strategy", "roadmap", "nota", "rapport", "report",
                  "visie", "beleid", "regeerakkoord", "wet", "manifest", "manifesto")

# A sector of a country or region acts through its trade bodies: "De Nederlandse luchtvaartsector
# wil …", "The Australian wine industry is targeting …"; the adjective tells it ("-se", "-ian" …).
SECTORS = ("sector", "industry", "industrie", "branche")
NATIONAL_ENDINGS = ("se", "sche", "ian", "ean", "ish", "ese")
NATIONAL_WORDS = frozenset({"dutch", "french", "greek", "thai", "swiss", "uk", "us", "eu", "global", "wereldwijde"})

# A bare plural of organisations or trades names a kind, nobody in particular: with "de"/"the"
# before it ("de supers beloven …") the text means particular ones.
GROUP_TAILS = ("bedrijven", "companies", "corporaties", "organisaties", "organisations", "organizations",
               "businesses", "firms", "brands", "merken", "retailers", "winkels", "gemeenten", "scholen",
               "ziekenhuizen", "startups", "start-ups", "ondernemers", "entrepreneurs", "marketers", "marketeers",
               "agencies", "bureaus", "partijen",
               # issue 12, class "commentators as a kind": people who comment on a market own no goal
               # ("Analysts expect the market to grow 5 %", "Experts zeggen dat …", "Economen verwachten …")
               "analysts", "analisten", "experts", "economists", "economen", "researchers", "onderzoekers",
               "observers", "waarnemers", "kenners", "critics", "critici", "insiders", "commentators",
               "forecasters", "consumers", "consumenten")

# Organisations whose name goes on with "of": "the University of Dayton", "the Bank of Montreal",
# "the Institute of International Education", "de Universiteit van Amsterdam".
NAMED_BY_OF = ("university", "universiteit", "bank", "institute", "instituut", "college", "school", "museum",
               "council", "board", "ministry", "department", "city", "stad", "gemeente", "provincie", "bureau",
               "society", "association", "federation", "chamber", "kamer", "academy", "academie", "hospital")

# Adverbs, predicate adjectives and object pronouns are never part of a subject's name: "…, zei
# Aedes eerder", "… het huidige systeem onvoldoende zullen zijn", "dan weer daalt", "Volgens hem".
NO_NAMES = frozenset({"eerder", "weer", "nog", "ook", "dan", "toen", "straks", "echter", "inmiddels", "daarom",
                      "vervolgens", "tevens", "onvoldoende", "voldoende", "again", "earlier", "already", "still",
                      "also", "however", "therefore", "hem", "him", "them", "hen", "me", "mij",
                      # sentence adverbs that open a Dutch sentence before its verb: "Concreet moet het
                      # autogebruik …", "Daarnaast wil …"; the subject comes after the verb
                      "concreet", "daarnaast", "bovendien", "tegelijk", "tegelijkertijd", "uiteindelijk",
                      "intussen", "ondertussen", "voorts", "kortom", "idealiter", "samengevat",
                      "ideally", "concretely", "specifically", "additionally", "furthermore", "meanwhile",
                      "ultimately", "overall",
                      # Dutch function words with a stress accent ("was én blijft", "wél", "dé oplossing")
                      "én", "óf", "wél", "níet", "nóg", "óók", "dé", "hét", "dát", "díe", "ís"})

# People of an organisation who act for it: "the president of the company", "het bestuur van de club".
MEMBERS = frozenset({"president", "ceo", "director", "directeur", "board", "bestuur", "leden", "members", "team",
                     "staff", "medewerkers", "employees", "management", "directie", "voorzitter", "chair",
                     "leadership", "founder", "oprichter", "owner", "eigenaar", "raad", "council", "manager",
                     "minister", "wethouder", "staatssecretaris", "burgemeester", "gedeputeerde", "secretary",
                     "mayor", "chairman", "streven", "regering", "government",
                     # issue 12, class "the people who lead the organisations": "the bosses of five
                     # supermarkets have promised …", "de bestuurders van de clubs willen …"
                     "bosses", "boss", "chiefs", "heads", "leaders", "executives", "managers", "directors",
                     "owners", "bazen", "bestuurders", "directeuren", "leiders", "topmannen", "topman", "topvrouw"})

# Words that make a group general: "all first-time entrepreneurs", "elke ondernemer".
GENERIC = frozenset({"all", "every", "any", "alle", "elke", "iedere", "ieder", "each", "most", "many"})

# Heads of a time, not an owner: "deze kabinetsperiode moeten …".
TIME_TAILS = ("periode", "period", "jaar", "year", "maand", "month", "week", "kwartaal", "quarter", "seizoen", "tijd",
              "season", "decennium", "decade", "weekend", "legislatuur", "termijn", "term")

# Words after which "target", "plan" or "set" is a verb with its object: "targets a 10 % rise".
BEFORE_AN_OBJECT = frozenset({"a", "an", "the", "to", "its", "at", "over", "more", "some", "nearly", "around", "out",
                              "about", "up", "de", "het", "een", "om", "te"})

# Relative pronouns: the phrase before one is an antecedent, not the subject of the verb after it.
RELATIVE = frozenset({"die", "who", "which", "waar", "wie", "whom", "where"})

# "let's say you want …" speaks to the reader.
HYPOTHETICAL = frozenset({"say", "assume", "imagine", "suppose", "pretend"})

# Dutch verbs of having or naming that state intent only with a goal after them: "Radio 6 heeft
# 0,4 procent marktaandeel als doel".
HAVE = frozenset({"heeft", "hebben", "had", "hadden", "noemt", "noemen", "stelt", "stellen", "ziet", "zien"})

GOAL_AFTER_HAVE = frozenset({"doel", "nodig", "ogen", "ambitie", "streven",
                             # the perfect of deciding or saying: "Eerder had het bedrijf gezegd …"
                             "gezegd", "besloten", "beslist", "aangekondigd", "beloofd", "toegezegd", "afgesproken"})

# Verbs that set or announce a goal: "Suga Yoshihide expressed a goal of …", "the New York Times
# announced an ambitious goal", "De gemeente formuleerde de doelstelling".
SETTING = frozenset({"expressed", "expresses", "announced", "announces", "unveiled", "unveils", "outlined",
                     # a body that adopts a plan owns it: "RI directors approved a goal …", "the Coalition
                     # developed a plan to …", "NYC Parks is implementing a plan …"
                     "approved", "approves", "developed", "develops", "implementing", "implements", "launched",
                     "agreed", "drew", "drafted", "keurde", "keurt", "ontwikkelde", "sloot", "sluit",
                     "outlines", "revealed", "reveals", "declared", "declares", "adopted", "adopts", "stated",
                     "states", "laid", "lays", "gave", "gives", "formuleerde", "formuleert", "kondigde",
                     "presenteerde", "presenteert", "stelde", "legde", "noemde", "publiceerde",
                     "established", "establishes", "formulated", "formulates", "introduced", "introduces",
                     # leading or working on a plan: "IIE is leading an effort to double …", "the
                     # government is working on a plan to …"
                     "leading", "leads", "led", "working", "works"})

# The goal as the object of a verb of setting: "announced an ambitious goal".
SET_GOALS = frozenset({"goal", "goals", "target", "targets", "objective", "objectives", "ambition", "ambitions",
                       "plan", "plans", "aim", "doel", "doelen", "doelstelling", "doelstellingen", "ambitie",
                       "streefcijfer", "streefcijfers", "plannen", "strategy", "commitment", "pledge", "afspraak",
                       "strategie", "belofte", "toezegging", "effort", "efforts", "initiative", "drive"})
# Compounds that end in a goal or a plan: "Het college stelde een startnotitie op waarin …", "The
# council adopted a climate action plan to …", "De provincie presenteerde haar groeiambitie".
SET_GOAL_TAILS = ("doel", "doelen", "doelstelling", "doelstellingen", "ambitie", "ambities", "notitie", "plan",
                  "plannen", "strategie", "strategy", "target", "targets", "goal", "goals")
# Words that end the look for a goal noun after a verb of setting: the goal's own clause begins.
GOAL_ENDS = frozenset({"to", "that", "om", "dat", "te", "which", "die"})

# A reason speaks of others: "… because people deserve a home they can love".
REASONS = frozenset({"because", "omdat"})

# Words that join a second clause sharing the first one's subject: "Greggs sells … and has set",
# "Jumbo opent minder winkels, maar wil …".
JOINS = frozenset({"and", "en", "as", "while", "terwijl", "but", "maar"})

# Participles of intent: before a noun they describe it ("targeted ad campaigns"); after a comma
# they share the subject of the sentence ("…, aiming to grow its footprint").
PARTICIPLES = frozenset({"targeted", "planned", "expected", "intended", "committed", "projected", "hoped",
                         "wanted", "aimed", "promised", "pledged"})

CLAUSE_PARTICIPLES = frozenset({"aiming", "hoping", "looking", "seeking", "planning", "striving", "targeting"})

# Words that end in -ing or -ed and still name who acts: "marketing", "the board of United".
NOT_VERB_FORMS = frozenset({"marketing", "branding", "engineering", "accounting", "purchasing", "consulting",
                            "holding", "bling", "king", "viking", "ring", "ling", "led", "red", "ted"})

# Finite verbs of doing whose subject acts for itself: a named organisation or an organisation
# noun as their subject owns the goal ("Delhaize opent dit jaar 40 nieuwe winkels", "In 2018 werkt
# Zaanstad verder aan …", "Tata Motors is setting ambitious sales targets").
ACTING = frozenset({"opent", "werkt", "erkent", "komt", "investeert", "bouwt", "breidt", "zet", "krijgt",
                    "maakt", "biedt", "neemt", "begint", "ontwikkelt", "verkoopt", "zoekt", "werft", "opens",
                    "remodels", "invests", "builds", "expands", "adds", "makes", "made", "setting", "launches",
                    "opened", "develops", "hires", "sells", "serves", "delivers", "ships", "investeren",
                    # things see to things too ("Het nieuwe rooster zorgt dat …"): an actor only when named
                    "zorgt", "zorgde"})

# Endings of common nouns: at the start of a text a capital proves no name ("Klantvriendelijkheid werkt …").
NOUN_SHAPES = ("heid", "ing", "tie", "schap", "teit", "ness", "tion", "ment", "ity", "bouw", "werk", "systeem",
               "system", "plan", "aanpak", "beleid")

# What "it" does when it states a plan: "… said it plans to", "it also aims to".
IT_INTENDS = frozenset({"plans", "aims", "wants", "intends", "hopes", "targets", "expects", "seeks", "vows",
                        "pledges", "promises", "set", "sets"})

IT_ADVERBS = frozenset({"also", "now", "still", "further", "additionally"})

# Verbs of reporting before "it": "Target Corporation on Thursday said it plans to …".
SAID = frozenset({"said", "says", "told", "announced", "announces", "reported", "stated", "added", "noted",
                  "explained"})

# Verbs of saying whose subject may follow them. A speaker named after the goal, at its end
# ("…, zei Aedes eerder", "…, said the spokesperson") reports it; the owner is the subject of the
# intent. Before the goal the speaker states its own plan ("zei Alfen … te mikken op …").
SPEECH = frozenset({"zei", "zeiden", "zegt", "zeggen", "said", "says", "told", "aldus", "meldt", "meldde"})

# Verbs of intent in the third person singular: a capitalised word right before one is a name,
# whatever else the word can be ("Athletics brand On plans to …", "On hopes to …", "Target will
# remodel …"): a bare singular noun cannot be the subject of such a verb in English.
NAME_VERBS = frozenset({"plans", "hopes", "aims", "wants", "intends", "expects", "will", "has", "seeks", "targets",
                        "announced", "said", "says"})

# Pronouns and demonstratives: never a name, even with a capital ("It said it would …").
PRONOUNS = frozenset({"it", "het", "this", "that", "these", "those", "there", "dit", "dat", "er", "die", "wat", "what",
                      "which", "who", "wie", "whoever", "whomever"})  # ("Whoever wants more leads …": anyone)

# Nouns that stand bare as a subject without being a name: "Growth will come from …".
MASS_NOUNS = frozenset({"growth", "groei", "focus", "research", "share", "trend", "beleid", "policy"})

# Days: a time before the subject, no part of its name ("On Wednesday, Subaru …").
DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                  "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "vandaag"})

# A role or department that labels a goal owns it: "CEO KR: …", "SDR goal: …", "Marketing OKR: …",
# "Chief Technology Officer KR: …". An acronym counts unless it names the kind of goal ("SMART goal:").
ROLE_LABEL_WORDS = frozenset({"chief", "officer", "vp", "svp", "evp", "head", "director", "directeur", "manager",
                              "lead", "marketing", "sales", "product", "support", "finance", "engineering", "hr",
                              "operations", "ops", "growth", "team", "afdeling", "department", "dept", "verkoop",
                              "communicatie", "klantenservice", "bestuur", "directie"})
NOT_ROLE_ACRONYMS = frozenset({"smart", "okr", "okrs", "kpi", "kpis", "kr", "krs", "ytd", "fy", "q1", "q2", "q3", "q4",
                               "h1", "h2", "us", "uk", "eu"})

# Verbs and nouns that cannot take an actor as their subject's complement: "Coffee should be no
# more than 40 percent …", "Koffie moet … minder dan 40 procent van de kosten zijn": the subject
# is the thing measured, not who acts, unless it names an organisation or a team.
MODALS_OF_STATE = frozenset({"should", "must", "needs", "need", "moet", "moeten"})
COPULAS = frozenset({"be", "remain", "stay", "zijn", "worden", "blijven", "bedragen"})

# A team as what the goal grows, not who grows it: the nouns a team word describes ("team members",
# "team engagement"), the verbs that grow or form one beyond the direction verbs ("Breid het salesteam
# uit", "Build a support team"), and the words that may stand between the verb and the team ("Hire 12
# new team members", "Double our own support team").
TEAM_MEASURES = frozenset({"members", "member", "size", "headcount", "capacity", "morale", "engagement",
                           "satisfaction", "productivity", "turnover", "retention", "utilization", "utilisation",
                           "velocity", "leden", "grootte", "omvang", "bezetting", "tevredenheid", "verloop"})
TEAM_VERBS = frozenset({"breid", "build", "bouw", "versterk", "strengthen", "staff", "form", "vorm", "train",
                        "onboard", "assemble", "hiring", "uitbreiden", "versterken", "opbouwen"})
UNCOUNTED_MODIFIERS = frozenset({"new", "nieuwe", "nieuw", "more", "meer", "additional", "extra", "own", "eigen",
                                 "full-time", "fulltime", "part-time", "parttime", "dedicated"})

# A country or the world that everyone shares: "ons land", "our country" speak for everyone, so they
# name nobody in particular ("Geprojecteerd op ons land kan het aantal bezoekers …"); "onze stad",
# "our community" are read as the speaker's own.
SHARED_PLACES = frozenset({"land", "landje", "country", "nation", "planet", "planeet", "world", "wereld",
                           "samenleving", "society", "economie", "economy"})
WE_SHARE = frozenset({"our", "ons", "onze"})

# Verbs that attribute a quoted goal to its speaker: "'…', zegt directeur Jan Peeters", "…,” said Ana Ruiz".
QUOTE_SPEECH = frozenset({"zegt", "zei", "aldus", "vertelt", "vertelde", "stelt", "stelde", "meldt", "meldde",
                          "benadrukt", "verklaart", "said", "says", "explained", "explains", "added", "adds",
                          "told", "stated", "noted"})

# Goal nouns a possessive holds beyond OWNER_NOUNS: "its priorities", "their objectives", and Dutch
# compounds ending in a goal noun ("haar klimaatdoel", "hun groeiambities", "zijn omzetdoelstelling").
GOAL_WORDS = frozenset({"priorities", "priority", "prioriteit", "prioriteiten", "objectives", "aims", "ambitions",
                        "ambities", "doelen", "doelstellingen", "mission", "missie", "commitment", "pledge",
                        "belofte", "streefcijfer", "streefcijfers"})
GOAL_TAILS = ("doel", "doelen", "doelstelling", "doelstellingen", "ambitie", "ambities", "streefcijfer")

# Dutch strong and irregular verbs in the past tense, singular and plural: they end in neither -de/-te
# nor -t, so only a table tells them ("Vooraf gaf de organisatie aan …", "Vorig jaar trok het museum
# …", "In 2025 kreeg de club …"; "Het festival verkocht …" ends in -t and needs none). Verbs of motion
# ("kwam met", "ging naar") report what happened, they state no goal.
DUTCH_STRONG_PAST = frozenset({"gaf", "gaven", "liet", "lieten", "nam", "namen", "deed", "deden", "zag", "zagen", "stond", "stonden", "bleef", "bleven", "vond",
                               "vonden", "hield", "hielden", "sprak", "spraken", "schreef", "schreven", "trok",
                               "trokken", "sloot", "sloten", "koos", "kozen", "kreeg", "kregen", "won", "wonnen",
                               "begon", "begonnen", "bood", "boden", "bracht", "brachten", "dacht", "dachten",
                               "zette", "legde", "wist", "wisten", "droeg", "droegen", "groef", "hief",
                               "wierf", "wierven", "zocht", "zochten", "kocht", "kochten", "verkocht", "verkochten",
                               "haalde", "sloeg", "sloegen", "riep", "riepen", "greep", "grepen"})

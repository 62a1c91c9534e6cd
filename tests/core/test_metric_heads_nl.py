"""Dutch noun phrases whose head the plain runs of words miss (issue 12, xlsmart/core/goals/metric_heads_nl.py).

Three structures of the Dutch noun phrase, each in several shapes (the phrase as object, as subject,
after a change noun, in a subordinate clause), and the shapes that look alike but are not the structure.
They exist in Dutch only: English neither puts an infinitive with "to" before its noun nor cuts a compound
short before "and". The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 8)


# An infinitive with "te" before its noun describes the noun ("het aantal aan te planten bomen"): the count
# before it counts the noun, and the phrase is what the goal measures.
TE_GROUPS = [
    ("We willen het aantal aan te planten bomen verdubbelen in 2027.", "aan te planten bomen"),
    ("Daarom zetten we in op een verdubbeling van het aantal aan te planten bomen.", "aan te planten bomen"),
    ("De gemeente wil het aantal nog te renoveren woningen halveren voor 2030.", "nog te renoveren woningen"),
    ("Het aantal moeilijk te vervullen vacatures moet in 2027 dalen met 20%.", "moeilijk te vervullen vacatures"),
    ("We willen het aantal af te handelen klachten per week verlagen naar 50 in 2027.", "af te handelen klachten"),
    ("We willen het aantal te verwerken orders met 20% verhogen in 2027.", "te verwerken orders"),
    ("We streven ernaar dat het aantal op te leiden vrijwilligers in 2027 stijgt naar 80.", "op te leiden vrijwilligers"),
]


@pytest.mark.parametrize(("text", "metric"), TE_GROUPS)
def test_an_infinitive_with_te_before_its_noun_is_part_of_the_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed


# "te" before a verb with no noun after it is the verb of the clause: the group is no part of a phrase.
TE_VERBS = [
    ("Om de omzet te verhogen willen we 200 nieuwe klanten werven in 2027.", "nieuwe klanten"),
    ("We hopen te groeien naar 500 leden in 2027.", "leden"),
    ("We proberen de wachttijd te verkorten tot 5 minuten in 2027.", "wachttijd"),
]


@pytest.mark.parametrize(("text", "metric"), TE_VERBS)
def test_te_before_the_verb_of_the_clause_joins_nothing(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric


# A compound cut short before "en"/"of" shares the head of the next one: both are the metric.
CUT_SHORT = [
    ("We willen het aantal jongeren- en seniorenleden verhogen met 10% in 2027.", "jongeren- en seniorenleden"),
    ("De club wil in 2027 50 extra jeugd- en seniorleden werven.", "jeugd- en seniorleden"),
    ("De helft van alle wind- en zonneparken moet in 2030 in lokale handen zijn.", "wind- en zonneparken"),
    ("De aantrekkings- en belevingswaarde van de stad vergroten in 2027.", "aantrekkings- en belevingswaarde"),
    ("Het aantal fiets- of wandelroutes moet in 2027 groeien naar 40.", "fiets- of wandelroutes"),
    # the first part no phrase itself: a time word, a preposition
    ("We willen het aantal dag- en nachtbezoekers verhogen met 10% in 2027.", "dag- en nachtbezoekers"),
    ("We willen de in- en uitstroom van personeel verlagen met 10% in 2027.", "in- en uitstroom"),
    ("De stad wil de groei van dag- en weekendtoerisme afremmen.", "groei van dag- en weekendtoerisme"),
]


@pytest.mark.parametrize(("text", "metric"), CUT_SHORT)
def test_a_compound_cut_short_before_en_takes_the_next_ones_head(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric


# Two whole words joined by "en" are two things; only a word written cut short ("wind-") is joined.
NOT_CUT_SHORT = [
    ("We willen de omzet en de winst verhogen met 10% in 2027.", {"omzet", "winst"}),
    ("We willen meer leden en vrijwilligers werven in 2027: 50 extra leden.", {"leden", "vrijwilligers"}),
    ("Het aantal fietsroutes en wandelroutes moet in 2027 groeien naar 40.", {"fietsroutes", "wandelroutes"}),
]


@pytest.mark.parametrize(("text", "either"), NOT_CUT_SHORT)
def test_whole_words_joined_by_en_stay_apart(text: str, either: set[str]) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words in either


# A share followed by what it is a share of, without "van": the share of that is measured, whatever it is.
BARE_SHARES = [
    ("We willen het aandeel duurzame producten verhogen tot 50% in 2028.", "aandeel duurzame producten"),
    ("Tegen 2028 willen we het aandeel duurzame producten in ons assortiment verhogen tot 50%.",
     "aandeel duurzame producten"),
    ("Het aandeel vrouwen in leidinggevende functies moet stijgen naar 40% in 2030.", "aandeel vrouwen"),
    ("Het aandeel elektrische auto's in het wagenpark verhogen naar 60% in 2027.", "elektrische auto's"),
    ("We willen dat het aandeel vaste klanten in 2027 groeit naar 30%.", "vaste klanten"),
]


@pytest.mark.parametrize(("text", "metric"), BARE_SHARES)
def test_a_share_without_van_measures_what_follows_it(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed


def test_a_share_alone_stays_the_share() -> None:
    """"het aandeel verhogen": nothing follows the share, so the share is what is named."""
    assert smart_check("We willen het aandeel verhogen naar 30% in 2027.", today=TODAY).parsed.metric_words == "aandeel"


# A subject that opens the goal, restricted by a relative clause or "ten opzichte van", is what the main
# verb's level or change is said of; the nouns inside the restriction stand next to that verb but are not it.
RESTRICTED_SUBJECTS = [
    ("Het percentage inwoners dat tevreden is over het aanbod van de bibliotheek is minimaal 74%.", "inwoners"),
    ("Het aandeel klanten dat ons aanbeveelt aan vrienden moet in 2027 stijgen naar 60%.", "aandeel klanten"),
    ("Het percentage werklozen ten opzichte van de beroepsbevolking is maximaal 3,7%.", "werklozen"),
    ("Het gemiddelde cijfer dat klanten aan onze service geven stijgt in 2027 naar een 8.", "gemiddelde cijfer"),
    ("Het aantal leerlingen dat zonder diploma de school verlaat is in 2027 maximaal 2%.", "leerlingen"),
    ("Het aantal bezoekers dat via Google op de site komt moet in 2027 verdubbelen.", "bezoekers"),
]


@pytest.mark.parametrize(("text", "metric"), RESTRICTED_SUBJECTS)
def test_the_subject_a_clause_restricts_is_the_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed


# "dat" after a verb or an adverb that opens the goal introduces what is said, not a restriction of a subject:
# the metric is found in the clause it opens.
SAID_WITH_DAT = [
    ("Stel dat je de jaarlijkse omzet in 2027 met 30% wilt verhogen.", "jaarlijkse omzet"),
    ("Dit betekent dat we in 2027 niet meer dan 100 kilo restafval per inwoner inzamelen.", "restafval per inwoner"),
    ("We willen dat de omzet in 2027 met 10% stijgt.", "omzet"),
    ("Het doel dat we stellen is de omzet met 10% te verhogen in 2027.", "omzet"),
]


@pytest.mark.parametrize(("text", "metric"), SAID_WITH_DAT)
def test_dat_after_a_verb_restricts_no_subject(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric


# A condition kept beside the goal ("met behoud van", "zonder dat", "zonder verlies van") names what must not
# change while the goal is reached: it is not the goal's metric, however strongly its own words name one.
KEPT_CONDITIONS = [
    ("Het aandeel organisch verkeer laten groeien van 20% naar 30% in 2027 met het behoud van het aantal "
     "betaalde bezoekers.", "organisch verkeer"),
    ("Het aandeel vaste klanten verhogen naar 40% in 2027 met behoud van het aantal nieuwe klanten.", "vaste klanten"),
    ("We willen de omzet in 2027 met 15% verhogen zonder dat het aantal klachten stijgt.", "omzet"),
    ("De wachttijd verkorten naar 3 dagen in 2027 zonder verlies van klanttevredenheid.", "wachttijd"),
    ("We willen de kosten in 2027 met 10% verlagen met behoud van de kwaliteit van onze service.", "kosten"),
]


@pytest.mark.parametrize(("text", "metric"), KEPT_CONDITIONS)
def test_a_condition_kept_beside_the_goal_is_not_its_metric(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric


def test_a_condition_that_opens_the_goal_leaves_the_goal_its_metric() -> None:
    """"Met behoud van de kwaliteit willen we de kosten verlagen": the goal after the condition is still read."""
    result = smart_check("Met behoud van de kwaliteit willen we de kosten in 2027 met 10% verlagen.", today=TODAY)
    assert result.parsed.metric_words == "kosten"


# A subject that opens the goal with a prepositional complement ("De X van/uit/in Y moet …") is what the main
# verb is said of; the complement's nouns stand next to the verb but are not it. After a verb of intent the
# subject is who acts ("De directie van het bedrijf wil …"), and the goal's object is measured.
SUBJECTS_WITH_A_COMPLEMENT = [
    ("De energie uit zon en wind moet tegen 2030 verdubbelen.", "energie"),
    ("De opbrengst van de jaarlijkse loterij moet in 2027 groeien met 10%.", "opbrengst"),
    ("De kwaliteit van de dienstverlening aan klanten moet in 2027 stijgen naar een 8.", "kwaliteit"),
    ("Het ledental van mensen die de bibliotheek steunen moet in 2027 hoger.", "ledental"),
    ("Het gebruik van plastic in onze verpakkingen moet in 2027 met 30% dalen.", "gebruik"),
    ("De directie van het bedrijf wil de omzet in 2027 met 10% verhogen.", "omzet"),
]


@pytest.mark.parametrize(("text", "metric"), SUBJECTS_WITH_A_COMPLEMENT)
def test_the_subject_before_its_complement_is_the_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed


# A phrase of respect says in what the goal is measured: "qua X", "wat betreft X", and "op het vlak/gebied van
# X" where it opens the goal or follows its verb; after a noun it only complements the noun.
IN_RESPECT_OF = [
    ("Het vrouwen- en meisjesvoetbal uitbreiden qua aantal speelsters.", "speelsters"),
    ("De club wil qua ledenaantal in 2027 met 10% groeien.", "ledenaantal"),
    ("Op het vlak van hernieuwbare energie willen we in 2030 verdubbelen.", "hernieuwbare energie"),
    ("Wat betreft klanttevredenheid willen we in 2027 naar een 8,5.", "klanttevredenheid"),
    ("Onze school wil op het gebied van leesvaardigheid in 2027 met 10% groeien.", "leesvaardigheid"),
]


@pytest.mark.parametrize(("text", "metric"), IN_RESPECT_OF)
def test_a_phrase_of_respect_names_what_is_measured(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric


def test_a_phrase_of_respect_after_a_noun_names_nothing_of_its_own() -> None:
    """"doelen gesteld op het gebied van klimaat": the domain of the goals, not what the next sentence reduces."""
    text = "De gemeente heeft doelen gesteld op het gebied van klimaat. Zo wil ze de CO2-uitstoot flink terugbrengen."
    assert smart_check(text, today=TODAY).parsed.metric_words == "co2-uitstoot"


# Adjectives joined by "en"/"of" before one noun describe that noun together: the phrase is all of them.
JOINED_ADJECTIVES = [
    ("We willen het aantal nieuwe of gerenoveerde speeltuinen verhogen naar 40 in 2027.",
     "nieuwe of gerenoveerde speeltuinen"),
    ("De stad wil tegen 2030 meer groene en koele pleinen: 20 extra.", "groene en koele pleinen"),
    ("We willen in 2027 meer nieuwe en terugkerende bezoekers: 20% meer dan nu.", "nieuwe en terugkerende bezoekers"),
    ("Het aantal kleine en middelgrote bedrijven als klant moet in 2027 stijgen naar 300.",
     "kleine en middelgrote bedrijven"),
    ("1 km nieuw of vernieuwd fietspad extra per inwoner tegen 2030.", "nieuw of vernieuwd fietspad"),
]


@pytest.mark.parametrize(("text", "metric"), JOINED_ADJECTIVES)
def test_adjectives_joined_before_one_noun_are_one_phrase(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric


# A modal or a verb of being after "te" describes no noun, and a phrase whose "complement" runs into another
# clause ("maar", "om") was no subject: neither widens or hides a phrase.
NOT_A_PHRASE = [
    ("We hopen in 2027 weer op het niveau te kunnen zitten van 2019.", "zitten"),
    ("De doelstelling om in 2027 op 25 procent te zitten lijkt haalbaar.", "zitten"),
]


@pytest.mark.parametrize(("text", "word"), NOT_A_PHRASE)
def test_a_verb_is_no_part_of_the_metric(text: str, word: str) -> None:
    words = smart_check(text, today=TODAY).parsed.metric_words
    assert words is None or word not in words.split()


CLAUSE_AFTER_THE_FIRST_PHRASE = [
    ("Het begon met een groep van 200 vrijwilligers, maar dit jaar gaan we terug naar ongeveer 50.", "vrijwilligers"),
    ("Het college legde in 2018 de afspraak vast om de CO2-uitstoot met 55 procent te verminderen.", "co2-uitstoot"),
]


@pytest.mark.parametrize(("text", "metric"), CLAUSE_AFTER_THE_FIRST_PHRASE)
def test_a_complement_ends_where_another_clause_opens(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric


# What is raised to or kept at a level ("naar een hoger niveau", "op peil") is the metric when it is a property
# or an amount; the level itself is where it goes, and a thing or an activity raised "naar een hoger plan" names
# no measure.
RAISED_TO_A_LEVEL = [
    ("We willen de kwaliteit van onze dienstverlening in 2027 naar een hoger niveau brengen.", "kwaliteit"),
    ("Om de waardering van onze bezoekers de komende jaren naar een nog hoger niveau te tillen.", "waardering"),
    ("Het bedrijf verwacht de productie wel op peil te kunnen houden.", "productie"),
    ("We willen de klanttevredenheid in 2027 naar een hoger niveau tillen.", "klanttevredenheid"),
]


@pytest.mark.parametrize(("text", "metric"), RAISED_TO_A_LEVEL)
def test_what_is_raised_to_a_level_is_the_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed


def test_an_activity_raised_to_a_higher_plane_names_no_metric() -> None:
    result = smart_check("De bond wil het jeugdvoetbal naar een hoger plan tillen.", today=TODAY)
    assert result.parsed.metric_words is None
    assert not result.verdicts["S"].passed


# The finite verb of a Dutch main clause stands right after its first phrase: a separable verb's stem whose
# particle follows, or a verb before the subject pronoun, ends the phrase and says it changes.
VERB_IN_SECOND_PLACE = [
    ("Het aantal bezoekers neemt in 2027 toe met 10%.", "bezoekers"),
    ("Het aantal retouren neemt in 2027 af met een derde.", "retouren"),
    ("Het ziekteverzuim dringen we in 2027 terug tot 4%.", "ziekteverzuim"),
    ("Het verzuim brengen we in 2027 terug naar 4%.", "verzuim"),
    ("Het aantal leden breiden we in 2027 uit tot 500.", "leden"),
]


@pytest.mark.parametrize(("text", "metric"), VERB_IN_SECOND_PLACE)
def test_the_verb_in_second_place_ends_the_phrase(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed


SPLIT_VERBS_WITH_AN_OBJECT = [
    ("De gemeente brengt het aantal verkeersdoden terug met 20% voor 2030.", "verkeersdoden"),
    ("De bakkerij voert de productie volgend jaar op.", "productie"),
    ("Het warenhuis bouwt de voorraad in 2027 af tot 1.000 stuks.", "voorraad"),
]


@pytest.mark.parametrize(("text", "metric"), SPLIT_VERBS_WITH_AN_OBJECT)
def test_before_a_split_verb_with_an_object_the_subject_acts(text: str, metric: str) -> None:
    """"De bakkerij voert de productie op": the subject acts, its object changes."""
    assert smart_check(text, today=TODAY).parsed.metric_words == metric


# The subject of a subordinate clause that ends the goal with a verb of level after a figure ("dat … de X
# 500 zal bedragen") is the metric, past a time or a place after "dat"; the infinitive that ends it is a verb.
SUBORDINATE_SUBJECTS = [
    ("Het doel is dat op termijn het ledental 500 zal bedragen.", "ledental"),
    ("De verwachting is dat in de eerste klasse de begroting 2 miljoen euro zal bedragen.", "begroting"),
    ("We rekenen erop dat volgend jaar bij de veiling de opbrengst 50.000 euro zal bedragen.", "opbrengst"),
]


@pytest.mark.parametrize(("text", "metric"), SUBORDINATE_SUBJECTS)
def test_the_subject_of_a_clause_of_level_is_the_metric(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric


def test_a_clause_without_a_figure_states_no_level() -> None:
    """"… dat in de club de sfeer goed is": no figure, so no level of a subject is stated."""
    assert smart_check("We willen dat in de club de sfeer goed is.", today=TODAY).parsed.metric_words is None


# The infinitive of a modal's clause, before the clause it introduces or at the end, is a verb, never the metric.
MODAL_INFINITIVES = [
    ("Dat zou betekenen dat de club volgend seizoen meer sponsors mag verwelkomen.", "betekenen"),
    ("Dat zou betekenen dat de vereniging volgend jaar meer vrijwilligers mag inzetten.", "betekenen"),
    ("Het moet lukken dat de school volgend jaar meer leerlingen mag inschrijven.", "lukken"),
]


@pytest.mark.parametrize(("text", "verb"), MODAL_INFINITIVES)
def test_a_modal_infinitive_is_no_metric(text: str, verb: str) -> None:
    words = smart_check(text, today=TODAY).parsed.metric_words
    assert words is None or verb not in words.split()


def test_past_a_modal_infinitive_the_goals_count_is_found() -> None:
    text = "Dat zou betekenen dat de club volgend seizoen meer sponsors mag verwelkomen."
    assert smart_check(text, today=TODAY).parsed.metric_words == "sponsors"


# After a heading and its colon, the goal's own clause opens: its subject is read as at the start of a goal.
AFTER_A_HEADING = [
    ("De vereniging heeft een voornemen: het ledental van mensen die ons steunen, moet hoger.", "ledental"),
    ("Ons doel voor 2027: het aandeel klanten dat ons aanbeveelt stijgt naar 60%.", "aandeel klanten"),
]


@pytest.mark.parametrize(("text", "metric"), AFTER_A_HEADING)
def test_the_subject_after_a_heading_is_read_as_the_goals_subject(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric


# A verb of arriving at a level ("uitkomen op", "blijft steken op", "landen op") ends the phrase before it, and
# the phrase that opens the clause is what arrives; after a verb of intent the subject is who acts.
ARRIVING = [
    ("Tegen 2027 moet het totaal uitkomen op 1.500 leden.", "leden"),
    ("Het ledental blijft steken op 800; we willen in 2027 naar 1.000.", "ledental"),
    ("Het bedrijf wil in 2027 uitkomen op 300 winkels.", "winkels"),
]


@pytest.mark.parametrize(("text", "metric"), ARRIVING)
def test_a_verb_of_arriving_ends_the_phrase_before_it(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric


# The object of an infinitive clause ("om … de X van Y te verdubbelen", "We willen de X van Y … verhogen"),
# past a time, is what changes; its complements stand next to the verb but are not it. After a time the
# first phrase is the subject ("De komende jaren wil de coalitie … het aantal woningen verhogen").
INFINITIVE_OBJECTS = [
    ("We streven ernaar om tussen 2023 en 2030 het vertrouwen in het college van de gemeente te laten stijgen "
     "naar een 7.", "vertrouwen"),
    ("We proberen om in 2027 de instroom van jonge leden bij de club te verdubbelen.", "instroom"),
    ("De komende zes jaar wil de nieuwe coalitie van drie partijen het aantal sociale woningen verdubbelen.",
     "sociale woningen"),
]


@pytest.mark.parametrize(("text", "metric"), INFINITIVE_OBJECTS)
def test_the_object_of_an_infinitive_clause_is_the_metric(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric


# A count of units of time is a duration measured ("het aantal dagen tussen bestelling en levering"): the unit
# is no date or period here, and the phrase's complement is not the metric.
COUNTED_TIME = [
    ("We willen het aantal dagen tussen bestelling en levering terugbrengen van 5 naar 3 in 2027.", "aantal dagen"),
    ("We willen het aantal werkdagen tot de eerste betaling verkorten naar 10 in 2027.", "aantal werkdagen"),
    ("Het aantal uren dat klanten wachten op antwoord moet in 2027 dalen naar 4.", "aantal uren"),
    ("We willen het gemiddeld aantal dagen ziekteverzuim per medewerker verlagen naar 6 in 2027.",
     "aantal dagen ziekteverzuim per medewerker"),
]


@pytest.mark.parametrize(("text", "metric"), COUNTED_TIME)
def test_a_count_of_units_of_time_is_a_duration_measured(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed and result.verdicts["T"].passed


def test_a_period_with_a_number_stays_a_deadline() -> None:
    """"binnen 30 dagen": a period with its number is the deadline, not a count of days."""
    result = smart_check("We willen binnen 30 dagen 500 nieuwe leden werven.", today=TODAY)
    assert result.parsed.metric_words == "nieuwe leden"
    assert result.verdicts["T"].passed


# A compound of a capitalised first part and a common noun ("OV-gebruik", "B2B-klanten") names a measure, not a
# place or an organisation; a name keeps its capitals in every part ("Zuid-Holland", "Sint-Niklaas").
ACRONYM_COMPOUNDS = [
    ("De regio wil OV-gebruik stimuleren met een goedkoper abonnement.", "ov-gebruik"),
    ("Zuid-Holland wil OV-gebruik stimuleren met een goedkoper abonnement.", "ov-gebruik"),
    ("Antwerpen wil in 2027 het aantal KMO-klanten verdubbelen.", "kmo-klanten"),
]


@pytest.mark.parametrize(("text", "metric"), ACRONYM_COMPOUNDS)
def test_a_compound_after_an_acronym_is_no_name(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed


# Two clauses that "dat" opens and "en" joins, a verb of change ending the goal: the second clause's subject is
# what that verb changes.
CONJOINED_SUBJECTS = [
    ("Dit plan zorgt ervoor dat de achteruitgang wordt gestopt en de populatie weer wat kan groeien.", "populatie"),
    ("Het plan zorgt ervoor dat de leegstand wordt aangepakt en de bezettingsgraad weer wat kan stijgen.",
     "bezettingsgraad"),
]


@pytest.mark.parametrize(("text", "metric"), CONJOINED_SUBJECTS)
def test_the_subject_of_the_joined_clause_is_what_changes(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed

"""Who owns a goal (the SMART letter A): the classes of real sentence met in batch 8 (issue 12).

One table per grammatical pattern, written in our own words, in English and Dutch where the
pattern exists in both: a reader addressed in a role, a thing or a document as the subject, a
subject inside a clause of what is said, a subject after the verb, an organisation that adopts a
goal. ``today`` is pinned so dates resolve the same on every run.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

# --- the reader addressed in a role ("Als ondernemer wil je …") owns nothing ------------------------
READER_IN_A_ROLE = [
    "Als ondernemer wil je in 2027 vooral meer omzet",
    "Als marketeer wil je dit kwartaal 20% meer leads binnenhalen",
    "In 2027 wil je de omzet met 10% verhogen",
    "Dit jaar moet u 200 nieuwe klanten werven",
    "As a marketing manager you want 20% more leads by June 2027",
    "As a shop owner, you hope to sell 500 more units this year",
]


@pytest.mark.parametrize("text", READER_IN_A_ROLE, ids=case_ids(READER_IN_A_ROLE))
def test_the_reader_addressed_in_a_role_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


ACTOR_IN_A_ROLE_SENTENCE = [
    ("As a manager, I will cut churn to 3% by June 2027", "I"),
    ("Als team willen wij in 2027 30% meer aanvragen", "wij"),
    ("Het marketingteam wil in 2027 20% meer leads", "marketingteam"),
]


@pytest.mark.parametrize("text, owner", ACTOR_IN_A_ROLE_SENTENCE, ids=case_ids(ACTOR_IN_A_ROLE_SENTENCE))
def test_an_actor_beside_a_role_still_owns_the_goal(text: str, owner: str) -> None:
    assert owner.lower() in (owner_of(text) or "").lower()


# --- a document, a measure or a sentence adverb before the verb is no actor -------------------------
NOT_ACTORS_BEFORE_THE_VERB = [
    "Het Energieakkoord streeft naar 40% minder uitstoot in 2030",
    "Het nieuwe Mobiliteitsplan mikt op 25% meer fietsers tegen 2028",
    "The Regional Climate Agreement aims to cut emissions by 30% by 2030",
    "Daarnaast moet het aantal klachten in 2027 met 20% omlaag",
    "Concreet moet de wachttijd tegen 2028 met een kwart dalen",
    "Ideally, churn should fall to 3% by June 2027",
    "Investeringen moeten de winstmarge in 2027 naar 6% tillen",
    "De dekkingsgraad moet in 2027 van 90 naar 110 procent",
    "Next quarter, retention is expected to increase by 4% to 81%",
    "Volgend jaar gaat tevredenheid stijgen met 5% naar 8,1",
]


@pytest.mark.parametrize("text", NOT_ACTORS_BEFORE_THE_VERB, ids=case_ids(NOT_ACTORS_BEFORE_THE_VERB))
def test_a_document_measure_or_adverb_before_the_verb_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


ACTORS_AFTER_AN_ADVERB_OR_WITH_AN_OBJECT = [
    ("Daarnaast wil Coolblue de omzet in 2027 met 10% verhogen", "Coolblue"),
    ("Bovendien gaat de gemeente het aantal laadpalen in 2027 verdubbelen", "de gemeente"),
    ("The company is expected to increase revenue by 10% in 2027", "The company"),
    ("The club expects to attract 500 new members by June 2027", "The club"),
    ("Tegelijkertijd wil het fusiebedrijf in 2027 honderd nieuwe klanten werven", "het fusiebedrijf"),
]


@pytest.mark.parametrize("text, owner", ACTORS_AFTER_AN_ADVERB_OR_WITH_AN_OBJECT,
                         ids=case_ids(ACTORS_AFTER_AN_ADVERB_OR_WITH_AN_OBJECT))
def test_an_actor_after_an_adverb_or_with_an_object_owns_the_goal(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner.lower()


# --- a relative clause in brackets between the subject and its verb ---------------------------------
BRACKETED_RELATIVE_CLAUSES = [
    ("Wethouder De Boer (die ook over sport gaat) wil in 2027 1.000 extra sporters", "De Boer"),
    ("De stichting (die vorig jaar begon) wil in 2027 500 donateurs werven", "De stichting"),
    ("Acme Corp (which was founded in 1990, in Ohio) plans to grow revenue by 20% by 2027", "Acme Corp"),
    ("Our agency (who now has 12 people) will double its client base by June 2027", "our"),
]


@pytest.mark.parametrize("text, owner", BRACKETED_RELATIVE_CLAUSES, ids=case_ids(BRACKETED_RELATIVE_CLAUSES))
def test_the_subject_before_a_bracketed_relative_clause_owns_the_goal(text: str, owner: str) -> None:
    assert owner.lower() in (owner_of(text) or "").lower()


# --- the subject of a clause of what is said or hoped, whose Dutch verb comes last ------------------
SUBJECT_IN_A_THAT_CLAUSE = [
    ("De topman bevestigde dat Picnic in 2027 20 procent meer klanten wil bedienen", "Picnic"),
    ("Volgens de krant is het plan dat de provincie tegen 2028 het aantal laadpalen gaat verdubbelen",
     "de provincie"),
    ("In het akkoord staat dat de gemeenten het aantal uitkeringen in 2027 met 5% moeten verlagen", "de gemeenten"),
    ("The chairman repeated that Acme wants to win 10 percent of the market by 2028", "Acme"),
]


@pytest.mark.parametrize("text, owner", SUBJECT_IN_A_THAT_CLAUSE, ids=case_ids(SUBJECT_IN_A_THAT_CLAUSE))
def test_the_subject_of_a_that_clause_owns_the_goal(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner.lower()


ANYONE_IN_A_THAT_CLAUSE = [
    "Het streven is dat elke inwoner in 2030 30 procent minder afval gaat produceren",
    "De bedoeling is dat alle klanten volgend jaar 10% vaker gaan bestellen",
    "Het idee is dat iedere bezoeker in 2027 gemiddeld 20 minuten langer wil blijven",
]


@pytest.mark.parametrize("text", ANYONE_IN_A_THAT_CLAUSE, ids=case_ids(ANYONE_IN_A_THAT_CLAUSE))
def test_anyone_at_all_in_a_that_clause_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


# --- a Dutch sentence that opens with a time, place or means: the subject follows the verb ----------
SUBJECT_AFTER_A_FRONTED_PHRASE = [
    ("Na een sterk eerste jaar in Duitsland, aast Bol voor 2028 op 15 procent marktaandeel", "Bol"),
    ("Met het nieuwe magazijn kan De Groene Bakker in 2027 30% meer broden leveren", "De Groene Bakker"),
    ("Zo wil Stichting Lezen het aantal jonge lezers in 2027 met 10% verhogen", "Stichting Lezen"),
    ("Volgend jaar opent Jumbo 20 nieuwe winkels in België", "Jumbo"),
    ("De Kunstroute Expo 2026 verwacht dit jaar 80.000 bezoekers te trekken", "De Kunstroute Expo 2026"),
]


@pytest.mark.parametrize("text, owner", SUBJECT_AFTER_A_FRONTED_PHRASE, ids=case_ids(SUBJECT_AFTER_A_FRONTED_PHRASE))
def test_the_name_after_the_verb_of_a_fronted_sentence_owns_the_goal(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner.lower()


NO_SUBJECT_AFTER_A_FRONTED_PHRASE = [
    "In Utrecht werken nu twintig Poolse monteurs; dat aantal moet in 2027 verdubbeld zijn",
    "Volgens woordvoerder Karin Smit komen er in 2027 nog 12 steden bij",
    "Daarnaast moet de bekendheid in de regio Twente in 2027 met 20% stijgen",
    "Nu verbruiken Nederlanders gemiddeld 120 liter water per dag; in 2035 moet dat 100 liter zijn",
    "Halverwege 2027 moeten de wachttijden in de zorg met 30% zijn gedaald",
]


@pytest.mark.parametrize("text", NO_SUBJECT_AFTER_A_FRONTED_PHRASE, ids=case_ids(NO_SUBJECT_AFTER_A_FRONTED_PHRASE))
def test_a_role_adjective_or_plural_verb_before_a_capital_names_no_subject(text: str) -> None:
    assert owner_of(text) is None


# --- a body that adopts a goal or a plan owns it; "a goal for X to …" names X -----------------------
ADOPTS_A_GOAL = [
    ("The city council recently approved a climate plan to cut emissions by 30% by 2030", "The city council"),
    ("The Rotary club unanimously adopted an ambitious membership goal to grow by 15% by June 2027",
     "The Rotary club"),
    ("Leading the region is Globex Retail with plans to open 40 new stores in 2027", "Globex Retail"),
    ("Last year the board set a goal for the museum to attract 20% more visitors in 2027", "the museum"),
    ("De provincie keurde vorige maand een plan goed om het aantal fietsers in 2028 met 20% te verhogen",
     "De provincie"),
    ("Het college sloot met de woningcorporaties een afspraak om in 2027 500 woningen te bouwen", "Het college"),
    ("Het bestuur ontwikkelde een strategie om het ledental in 2027 met 10% te laten groeien", "Het bestuur"),
]


@pytest.mark.parametrize("text, owner", ADOPTS_A_GOAL, ids=case_ids(ADOPTS_A_GOAL))
def test_a_body_that_adopts_a_goal_owns_it(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner.lower()


NOBODY_ADOPTS = [
    "A plan was approved to cut emissions by 30% by 2030",
    "Approve a plan to cut costs by 10% by June 2027",
    "Implementing a plan to cut churn to 3% by June 2027",
    "Revenue grew with a target of 10% in 2027",
    "Ontwikkel een strategie om het aantal leads in 2027 met 20% te verhogen",
]


@pytest.mark.parametrize("text", NOBODY_ADOPTS, ids=case_ids(NOBODY_ADOPTS))
def test_a_passive_or_imperative_adoption_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


# --- a country's or region's sector speaks through its trade bodies; a bare sector is a kind --------
NATIONAL_SECTORS = [
    ("De Vlaamse bouwsector wil tegen 2030 10.000 extra vakmensen aantrekken", "De Vlaamse bouwsector"),
    ("De Nederlandse zuivelsector wil in 2030 30 procent minder methaan uitstoten", "De Nederlandse zuivelsector"),
    ("The British games industry aims to double exports by 2030", "The British games industry"),
    ("The Canadian wine industry is targeting 20% more export sales by 2028", "The Canadian wine industry"),
]


@pytest.mark.parametrize("text, owner", NATIONAL_SECTORS, ids=case_ids(NATIONAL_SECTORS))
def test_a_national_sector_owns_the_goal(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner.lower()


BARE_SECTORS = [
    "Ook de zorgsector wil in 2027 20% minder afval produceren",
    "De bouwsector moet in 2030 de helft minder CO2 uitstoten",
    "The hospitality industry will increase its revenue by 15% in 2027",
]


@pytest.mark.parametrize("text", BARE_SECTORS, ids=case_ids(BARE_SECTORS))
def test_a_bare_sector_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


# --- a name in capitals opens the sentence: whatever its verb, and whatever the metric reader took --
NAME_OPENS_THE_SENTENCE = [
    ("Northwind Traders surpassed 2,000 stores last year and aims for 2,500 by the end of 2027",
     "Northwind Traders"),
    ("Globex Hotels plans to grow its portfolio of 80 hotels to 100 hotels by 2028", "Globex Hotels"),
    ("Jansen Bouw haalde vorig jaar 40 opdrachten binnen en wil er in 2027 60", "Jansen Bouw"),
    ("Van Dijk Makelaars noemt geen omzet, maar wil in 2027 200 woningen verkopen", "Van Dijk Makelaars"),
]


@pytest.mark.parametrize("text, owner", NAME_OPENS_THE_SENTENCE, ids=case_ids(NAME_OPENS_THE_SENTENCE))
def test_a_name_in_capitals_that_opens_the_sentence_owns_the_goal(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner.lower()


METRIC_IN_CAPITALS = [
    "Net Promoter Score must rise from 30 to 40 by June 2027",
    "De CO2-uitstoot gaat in 2027 met 5 megaton omlaag",
    "Customer Satisfaction should reach 8.5 by the end of 2027",
]


@pytest.mark.parametrize("text", METRIC_IN_CAPITALS, ids=case_ids(METRIC_IN_CAPITALS))
def test_a_metric_written_in_capitals_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


# --- an infinitive of intent ("te willen", "te gaan") belongs to the organisation that opens -------
INFINITIVE_OF_INTENT = [
    ("De supermarktketen liet vorige week weten in 2027 20 procent meer biologische producten te gaan verkopen",
     "De supermarktketen"),
    ("Zalando kondigde aan volgend jaar 15% meer omzet te willen halen", "Zalando"),
    ("De webshop meldde in 2027 de retouren met een kwart te willen verlagen", "De webshop"),
    ("Bol herhaalde de plannen om de komende drie jaar 5.000 nieuwe verkopers te willen aantrekken", "Bol"),
]


@pytest.mark.parametrize("text, owner", INFINITIVE_OF_INTENT, ids=case_ids(INFINITIVE_OF_INTENT))
def test_an_infinitive_of_intent_belongs_to_the_organisation_that_opens(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner.lower()


NO_ONE_OPENS = [
    "Het is belangrijk om in 2027 10% meer leads te willen halen",
    "Veel winkels zeggen in 2027 meer omzet te willen halen",
]


@pytest.mark.parametrize("text", NO_ONE_OPENS, ids=case_ids(NO_ONE_OPENS))
def test_an_infinitive_of_intent_with_no_organisation_before_it_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


# --- a Dutch surname with its particle before the verb ----------------------------------------------
SURNAMES = [
    ("Van Dijk wil er in 2027 nog een stuk of twintig klanten bij", "Van Dijk"),
    ("Van der Berg wil in 2027 20 nieuwe klanten binnenhalen", "Van der Berg"),
    ("Wethouder Van der Laan wil het aantal laadpalen in 2027 verdubbelen", "Van der Laan"),
    ("Ter Horst gaat de omzet in 2027 met 15% verhogen", "Ter Horst"),
]


@pytest.mark.parametrize("text, owner", SURNAMES, ids=case_ids(SURNAMES))
def test_a_surname_with_its_particle_owns_the_goal(text: str, owner: str) -> None:
    assert owner.lower() in (owner_of(text) or "").lower()


NOT_SURNAMES = [
    ("Het aantal klanten van De Boer moet in 2027 met 10% stijgen", None),
    ("Volgens directeur Van Dam gaat het museum in 2027 20% meer bezoekers trekken", "het museum"),
    ("Het aantal leden van Ter Aar moet in 2027 met 5% groeien", None),
    ("Op de Hoofdlijn moeten de vertragingen in 2027 met 20% omlaag", None),
]


@pytest.mark.parametrize("text, owner", NOT_SURNAMES, ids=case_ids(NOT_SURNAMES))
def test_a_governed_name_or_an_article_is_no_surname_subject(text: str, owner: str | None) -> None:
    assert (owner_of(text) or "").lower() == (owner or "")


# --- an organisation noun with its article right after the verb of a fronted sentence ---------------
ORGANISATION_AFTER_THE_VERB = [
    ("Toch roept de grootste Brabantse zorgverzekeraar klanten op in 2027 10% minder te declareren",
     "de grootste Brabantse zorgverzekeraar"),
    ("Dit jaar investeert het ziekenhuis in 20 extra bedden om de wachtlijst met 30% te verkorten", "het ziekenhuis"),
    ("Ook dit najaar organiseert de bibliotheek 12 workshops om 300 nieuwe leden te werven", "de bibliotheek"),
]


@pytest.mark.parametrize("text, owner", ORGANISATION_AFTER_THE_VERB, ids=case_ids(ORGANISATION_AFTER_THE_VERB))
def test_an_organisation_after_the_verb_of_a_fronted_sentence_owns_the_goal(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner.lower()


NO_ORGANISATION_AFTER_THE_VERB = [
    "Dit jaar stijgt de omzet met 10%",
    "Volgend jaar daalt de bezettingsgraad naar 80%",
    "Op dit moment telt het bedrijf 270 winkels. De doelstelling is 300 winkels in 2027.",
]


@pytest.mark.parametrize("text", NO_ORGANISATION_AFTER_THE_VERB, ids=case_ids(NO_ORGANISATION_AFTER_THE_VERB))
def test_a_metric_or_a_stated_baseline_after_the_verb_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


# --- an imperative's object and a passive subject own nothing ----------------------------------------
IMPERATIVE_OBJECTS_AND_PASSIVES = [
    "Implement new action plans to lift show rates to 90% in all clinics by June 2027",
    "Cut weekly forecast preparation time by 5 hours through automation",
    "Develop growth targets for each region and raise revenue by 10% in 2027",
    "Verhoog de jaarlijkse plannen-omzet in 2027 met 10%",
    "Raise funding in 2027 after the concept has been proven in two cities",
    "The budget will be raised from 6% to 6.5% of sales in 2027",
    "Het afval moet in 2027 met 20% worden verminderd",
]


@pytest.mark.parametrize("text", IMPERATIVE_OBJECTS_AND_PASSIVES, ids=case_ids(IMPERATIVE_OBJECTS_AND_PASSIVES))
def test_an_imperative_object_or_a_passive_subject_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


TARGET_FOR_AN_ORGANISATION = [
    ("Tripling online sales by 2028 has been named a key objective for the Acme retail group", "the Acme retail group"),
    ("Doubling sign-ups by June 2027 is the main target for the marketing team", "the marketing team"),
    ("Growth of 10% is the target for the Amsterdam office in 2027", "the Amsterdam office"),
]


@pytest.mark.parametrize("text, owner", TARGET_FOR_AN_ORGANISATION, ids=case_ids(TARGET_FOR_AN_ORGANISATION))
def test_a_goal_for_an_organisation_names_it(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner.lower()


def test_a_goal_for_a_time_names_nobody() -> None:
    assert owner_of("Reaching 500 members is a goal for the quarter") is None

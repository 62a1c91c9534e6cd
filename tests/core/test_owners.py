"""Who owns a goal (the SMART letter A), one class of real sentence per table.

Each table is a class met in real goals (DOMAIN.md, "Reading real sentences"), in our own words
and in both languages where the class exists: a noise phrase that is no actor must not be read
as the owner, and a name that looks like some other word must be. ``today`` is pinned so dates
resolve the same on every run.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def owner_of(text: str) -> str | None:
    result = smart_check(text, today=TODAY)
    assert result.verdicts["A"].passed == (result.parsed.actor is not None)
    return result.parsed.actor


def case_ids(cases: list) -> list[str]:
    return [(case if isinstance(case, str) else case[0])[:50] for case in cases]


# --- a noun after "per" is a unit, never the subject ---------------------------------------------
PER_UNIT = [
    "De gemiddelde lastendruk per huishouden stijgt met hooguit 2% in 2027",
    "Het aantal klachten per vestiging daalt naar 10 per maand in 2027",
    "Revenue per employee grows by 12% next year",
    "Average order value per customer increases to $80 by June",
]


@pytest.mark.parametrize("text", PER_UNIT, ids=case_ids(PER_UNIT))
def test_a_unit_after_per_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


# --- a speaker named after the goal reports it; before it, the speaker states its own plan -------
SPEAKERS = [
    ("Om het doel te halen moet het tempo omhoog tot 35.000 woningen per jaar, zei Aedes eerder.", None),
    ("Het aantal bezoekers moet in 2027 stijgen naar 80.000, zegt de woordvoerder.", None),
    ("Bij de jaarcijfers zei Alfen voor 2027 te mikken op een omzet van 600 miljoen euro.", "Alfen"),
    ("Vorige week zei het bedrijf dat het in 2027 de omzet met 10% wil verhogen.", "het bedrijf"),
]


@pytest.mark.parametrize("text, owner", SPEAKERS, ids=case_ids(SPEAKERS))
def test_a_speaker_after_the_goal_is_no_owner(text: str, owner: str | None) -> None:
    assert owner_of(text) == owner


# --- a name that is also a common word, right before a verb of intent -----------------------------
NAMES_THAT_ARE_WORDS = [
    ("Athletics brand On plans to double net sales by 2026", "On"),
    ("For the long term, On hopes to grow net sales by 20% a year by 2030", "On"),
    ("Target will remodel 100 stores this year and open 20 new ones by 2027", "Target"),
    ("In response, Target has set a goal of $15 billion in sales by 2030", "Target"),
    ("After a slow year, Next wants to grow online sales by 8% in 2027", "Next"),
]


@pytest.mark.parametrize("text, owner", NAMES_THAT_ARE_WORDS, ids=case_ids(NAMES_THAT_ARE_WORDS))
def test_a_name_that_is_also_a_word_owns_the_goal(text: str, owner: str) -> None:
    assert owner_of(text) == owner


NOT_NAMES = [
    "Target will be reached by the end of 2027 with 500 new leads",  # the goal noun, passive
    "Target: 20% more leads by June 2027",
    "Mid-Year Campaign aims to double monthly donors by June 2027",  # a goal noun in a title
    "Growth will come from 20% more leads by June 2027",
]


@pytest.mark.parametrize("text", NOT_NAMES, ids=case_ids(NOT_NAMES))
def test_a_goal_noun_with_a_capital_is_no_name(text: str) -> None:
    assert owner_of(text) is None


# --- a thing or a sector as the subject does not act ---------------------------------------------
THINGS = [
    "Het nieuwe systeem moet in 2027 30 kilo restafval per inwoner opleveren",
    "De nieuwbouw moet begin 2027 klaar zijn voor 500 extra bezoekers",
    "Het nieuwe gebouw moet het mogelijk maken om jaarlijks 35.000 liter te produceren in 2027",
    "Nieuwe AI-oplossingen moeten de klanttevredenheid in 2027 met 10% verhogen",
    "The new CRM system will cut response time by 30% by June 2027",
    "This pillar also strives to increase research funding to 40 per cent by 2028",
    "The next steps will involve ways to increase awareness by 20% in 2027",
    "Ook de zorgsector wil in 2027 20% minder afval produceren",
    "The tourism industry will increase its revenue by 15% in 2027",
]


@pytest.mark.parametrize("text", THINGS, ids=case_ids(THINGS))
def test_a_thing_or_a_sector_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


# --- a counted group and a bare plural of a kind name nobody in particular ------------------------
KINDS_AND_COUNTS = [
    "10 medewerkers hebben in 2027 een cursus gevolgd met 90% tevredenheid",
    "Three teams will cut their costs by 10% in 2027",
    "Corporaties hebben afgesproken vóór 2028 20% van de woningen te verbeteren",
    "B2B SaaS-bedrijven mikken op minder dan 5% jaarlijkse churn in 2027",
    "Dutch companies aim to grow exports by 8% next year",
    "Retailers want to cut returns by 20% by 2027",
]


@pytest.mark.parametrize("text", KINDS_AND_COUNTS, ids=case_ids(KINDS_AND_COUNTS))
def test_a_count_or_a_kind_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


# (the text, the head of the owner's name)
PARTICULAR_GROUPS = [
    ("De zeven supermarkten hebben zich gecommitteerd aan 60 procent plantaardig in 2030", "supermarkten"),
    ("De dertig regio's hebben de ambitie om 55 TWh op te wekken in 2030", "regio's"),
    ("Radio 5 Nostalgia moet in 2027 4,0 procent marktaandeel halen", "Nostalgia"),
    ("The three founders want to double revenue by 2028", "founders"),
]


@pytest.mark.parametrize("text, head", PARTICULAR_GROUPS, ids=case_ids(PARTICULAR_GROUPS))
def test_particular_groups_and_names_with_a_number_own_the_goal(text: str, head: str) -> None:
    owner = owner_of(text)
    assert owner is not None and owner.endswith(head)


# --- a day before the subject is no part of its name ---------------------------------------------
DAYS = [
    ("On Wednesday, Subaru made an announcement of a goal of 600,000 sales by 2030", "Subaru"),
    ("On Monday Acme Corp announced a goal of 5,000 new customers by June 2027", "Acme Corp"),
    ("Sinds maandag wil Jumbo de omzet in 2027 met 10% verhogen", "Jumbo"),
    ("Op woensdag heeft Bol de doelstelling van 10% meer omzet in 2027 bekendgemaakt", "Bol"),
]


@pytest.mark.parametrize("text, owner", DAYS, ids=case_ids(DAYS))
def test_a_day_before_the_subject_is_no_part_of_its_name(text: str, owner: str) -> None:
    assert owner_of(text) == owner


# --- a second clause shares the subject of the first --------------------------------------------
SHARED_SUBJECTS = [
    ("Greggs sells fewer pies but wants to grow revenue by 10% in 2027.", "Greggs"),
    ("Jumbo opent minder winkels, maar wil de omzet in 2027 met 5% verhogen.", "Jumbo"),
    ("IHG Hotels & Resorts is betting on India, aiming to grow its footprint by 50% by 2030.", "IHG Hotels & Resorts"),
    ("Acme Corp is expanding fast, aiming to double its revenue by 2028.", "Acme Corp"),
    ("Coolblue groeit hard in Duitsland, hoping to double sales by 2028.", "Coolblue"),
    ("The company is aiming to double its revenue by 2028.", "The company"),
]


@pytest.mark.parametrize("text, owner", SHARED_SUBJECTS, ids=case_ids(SHARED_SUBJECTS))
def test_a_second_clause_shares_the_subject_of_the_first(text: str, owner: str) -> None:
    assert owner_of(text) == owner


# --- a participle describes a noun or names an event: no verb with a subject ----------------------
PARTICIPLES = [
    "Setting a goal to lift engagement by 50% by June 2027 by creating posts, running targeted ad campaigns",
    "Increase sales by 10% in 2027 through planned promotions and expected upsells",
    "The plan when implemented will increase capacity by 20% in 2027",
    "The tool when finished will cut handling time by 20% in 2027",
    "Aiming to double revenue by 2028",
]


@pytest.mark.parametrize("text", PARTICIPLES, ids=case_ids(PARTICIPLES))
def test_a_participle_names_nobody(text: str) -> None:
    assert owner_of(text) is None


def test_a_department_that_ends_like_a_verb_form_still_owns_the_goal() -> None:
    assert owner_of("Marketing will grow leads by 20% in 2027") == "Marketing"
    assert owner_of("Our branding team will lift awareness by 10% in 2027") is not None


# --- a name with an apposition or its acronym before the verb ------------------------------------
APPOSITIONS = [
    ("TechCorp, a mid-sized software company, initially recorded an NPS of +20 and set a target of +40 by 2028",
     "TechCorp"),
    ("Indian Hotels Company Limited (IHCL), backed by Tata Group, has announced a goal of 700 hotels by 2030",
     "Indian Hotels Company Limited"),
    ("Acme, a Dutch retailer, recently launched a plan to grow sales by 20% by 2027", "Acme"),
    ("Picnic, de online supermarkt, verwacht in 2027 20% meer klanten", "de online supermarkt"),
]


@pytest.mark.parametrize("text, owner", APPOSITIONS, ids=case_ids(APPOSITIONS))
def test_a_name_with_an_apposition_owns_the_goal(text: str, owner: str) -> None:
    assert owner_of(text) == owner


def test_a_metric_with_an_apposition_is_still_no_owner() -> None:
    assert owner_of("Sales, the biggest worry, dropped 20% and should rise by 10% in 2027") is None


# --- governing bodies act: a coalition, a government, a council's executive -----------------------
GOVERNING_BODIES = [
    ("De komende zes jaar wil de nieuwe coalitie van sp.a en Groen het aantal sociale woningen verdubbelen",
     "de nieuwe coalitie"),
    ("Het college wil in 2027 20% minder restafval", "Het college"),
    ("The government aims to cut emissions by 20% by 2030", "The government"),
    ("The UK government’s new strategy sets a target to grow student numbers to 600,000 by 2030", "government"),
]


@pytest.mark.parametrize("text, owner", GOVERNING_BODIES, ids=case_ids(GOVERNING_BODIES))
def test_a_governing_body_owns_the_goal(text: str, owner: str) -> None:
    assert owner_of(text) == owner


# --- a pronoun refers back to an organisation named earlier in the goal ----------------------------
ANTECEDENTS = [
    ("Inmiddels telt het bedrijf 70 banen en wil het groeien naar 120 banen in 2027.", "het bedrijf"),
    ("De gemeente heeft doelen gesteld. Zo wil het in 2040 50% minder CO2 uitstoten.", "De gemeente"),
    ("The airline carried 10 million passengers last year. It also plans to double its fleet by 2030.",
     "The airline"),
    ("The bank is investing in apps as it aims to win 1 million new customers by 2030.", "The bank"),
]


@pytest.mark.parametrize("text, owner", ANTECEDENTS, ids=case_ids(ANTECEDENTS))
def test_a_pronoun_refers_back_to_the_organisation_named_before(text: str, owner: str) -> None:
    assert owner_of(text) == owner


NO_ANTECEDENT = [
    "It also plans to double its fleet by 2030.",
    "In de stad groeit het verkeer. Zo wil het in 2030 20% minder auto's.",
    "Het verkeer in de stad moet in 2030 met 20% dalen.",
]


@pytest.mark.parametrize("text", NO_ANTECEDENT, ids=case_ids(NO_ANTECEDENT))
def test_a_pronoun_with_no_organisation_before_it_names_nobody(text: str) -> None:
    assert owner_of(text) is None


# --- a pronoun that opens the goal refers to nobody named in it ----------------------------------
OPENING_PRONOUNS = [
    "They have now suggested that their new target will be 260 million subscribers by 2027.",
    "He wants to increase season tickets by 1,000 to 11,000 by 2028.",
    "Ze hebben besloten het dit jaar weer te organiseren en hopen op 500 bezoekers in 2027.",
    "Hij wil de omzet in 2027 met 10% verhogen.",
]


@pytest.mark.parametrize("text", OPENING_PRONOUNS, ids=case_ids(OPENING_PRONOUNS))
def test_a_pronoun_opening_the_goal_names_nobody(text: str) -> None:
    assert owner_of(text) is None


def test_a_pronoun_after_the_organisation_it_refers_to_owns_the_goal() -> None:
    assert owner_of("Bij het museum denken ze in 2027 60.000 bezoekers te trekken.") is not None


# --- adverbs, predicate adjectives and a quoted source are no part of an owner --------------------
NO_NAME_WORDS = [
    "Om het doel te halen moet het tempo omhoog tot 35.000 woningen per jaar in 2027, zei Aedes eerder.",
    "GroenLinks vindt dat het huidige systeem onvoldoende zal zijn om in 2027 100 kilo restafval te halen.",
    "Volgens hem moet het nieuwe vervoersplan de klanttevredenheid in 2027 met 10% verhogen.",
    "Zodat het percentage kosten dan weer daalt naar 5% in 2027.",
    "According to him, revenue must grow by 10% in 2027.",
]


@pytest.mark.parametrize("text", NO_NAME_WORDS, ids=case_ids(NO_NAME_WORDS))
def test_adverbs_and_quoted_sources_own_nothing(text: str) -> None:
    assert owner_of(text) is None


# --- the subject of a perfect tense of deciding or saying, after its auxiliary ---------------------
PERFECT_TENSE = [
    ("Eerder had het bedrijf gezegd in 2020 te rekenen op een omzet van 5 miljard euro.", "het bedrijf"),
    ("Vorig jaar heeft de gemeente besloten het restafval in 2027 met 20% te verlagen.", "de gemeente"),
    ("In 2025 heeft het museum beloofd in 2027 60.000 bezoekers te trekken.", "het museum"),
]


@pytest.mark.parametrize("text, owner", PERFECT_TENSE, ids=case_ids(PERFECT_TENSE))
def test_the_subject_of_a_perfect_of_deciding_or_saying_owns_the_goal(text: str, owner: str) -> None:
    assert owner_of(text) == owner


# --- names that go on with "of" or end in a function word -----------------------------------------
LONG_NAMES = [
    ("In February, the University of Dayton set a goal of 2,800 gifts in 28 days.", "the University of Dayton"),
    ("The Bank of Montreal will add one million customers by 2030.", "The Bank of Montreal"),
    ("De Universiteit van Amsterdam wil in 2027 10% meer studenten.", "De Universiteit van Amsterdam"),
    ("Earlier this year, the New York Times announced a goal to reach 10 million subscribers by 2025.",
     "New York Times"),
]


@pytest.mark.parametrize("text, owner", LONG_NAMES, ids=case_ids(LONG_NAMES))
def test_a_long_name_owns_the_goal(text: str, owner: str) -> None:
    assert owner_of(text) == owner


NOT_LONG_NAMES = [
    "The budget of the company will grow by 10% in 2027.",  # the budget, not the company
    "It said it would keep marketing spend at 8% of sales until 2027.",  # a pronoun opening the goal
    "This will lift sales by 10% in 2027.",
]


@pytest.mark.parametrize("text", NOT_LONG_NAMES, ids=case_ids(NOT_LONG_NAMES))
def test_a_metric_of_an_organisation_or_a_pronoun_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


# --- a relative clause states the plan of the organisation it describes ---------------------------
RELATIVE_CLAUSES = [
    ("Dat meldt het Oranje Fonds, dat een landelijke campagne start om in 2027 500 meer maatjes te werven.",
     "het Oranje Fonds"),
    ("Acme, which plans to double revenue by 2028, is hiring.", "Acme"),
    ("Picnic, dat in 2027 de omzet met 10% wil verhogen, opent dit jaar 20 hubs.", "Picnic"),
]


@pytest.mark.parametrize("text, owner", RELATIVE_CLAUSES, ids=case_ids(RELATIVE_CLAUSES))
def test_a_relative_clause_states_the_plan_of_the_organisation_it_describes(text: str, owner: str) -> None:
    assert owner_of(text) == owner


NO_RELATIVE_CLAUSE = [
    "In Tilburg werken nu tientallen Duitse medewerkers, dat aantal moet in 2027 verdubbeld zijn.",
    "Het aantal bezoekers dat wil komen moet in 2027 stijgen naar 500.",
]


@pytest.mark.parametrize("text", NO_RELATIVE_CLAUSE, ids=case_ids(NO_RELATIVE_CLAUSE))
def test_a_demonstrative_or_an_unnamed_antecedent_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


# --- a possessive before a goal noun that is also a verb ("target", "plan", "aim") -----------------
POSSESSIVE_GOAL_NOUNS = [
    ("Acroud’s target is to increase earnings per share by 20% in 2027.", "Acroud"),
    ("Coolblue's plan is to grow revenue by 10% in 2027.", "Coolblue"),
    ("The company's aim is to cut churn to 5% by 2027.", "company"),
]


@pytest.mark.parametrize("text, owner", POSSESSIVE_GOAL_NOUNS, ids=case_ids(POSSESSIVE_GOAL_NOUNS))
def test_a_possessive_before_a_goal_noun_names_the_owner(text: str, owner: str) -> None:
    assert owner_of(text) == owner


def test_a_possessive_before_a_verb_is_no_owner() -> None:
    assert owner_of("Increase the awareness of Penhaligon's by 20% in 2027") is None


# --- a role or department that labels the goal owns it ---------------------------------------------
ROLE_LABELS = [
    ("CEO KR: Grow revenue to $10M by end of 2027", "ceo"),
    ("Chief Technology Officer KR: 99.95% availability in 2027", "chief technology officer"),
    ("SDR goal: Book 20 qualified meetings monthly in 2027", "sdr"),
    ("Marketing OKR: Increase MQLs by 30% in Q3 2027", "marketing"),
    ("VP Sales objective: Close 40 new accounts by June 2027", "vp sales"),
    ("Verkoop doel: 40 nieuwe klanten binnenhalen in 2027", "verkoop"),
    ("Marketing doelstelling: het aantal leads met 20% verhogen in 2027", "marketing"),
]


@pytest.mark.parametrize("text, owner", ROLE_LABELS, ids=case_ids(ROLE_LABELS))
def test_a_role_label_before_the_goal_owns_it(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner


# A label that names the kind of goal or its metric is no role.
NOT_ROLE_LABELS = [
    "SMART goal: Increase MQLs by 30% in Q3 2027",
    "Stretch goal: Increase MQLs by 30% in Q3 2027",
    "Revenue target: $10M by end of 2027",
    "Omzet doel: 2 miljoen euro in 2027",
]


@pytest.mark.parametrize("text", NOT_ROLE_LABELS, ids=case_ids(NOT_ROLE_LABELS))
def test_a_label_that_names_the_goal_or_its_metric_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


# --- impersonal subjects, abbreviations and things measured own nothing ----------------------------
IMPERSONAL = [
    "Men moet het aantal klachten met 20% verlagen in 2027",
    "Men moet minstens 2 miljoen bezoekers trekken in 2027",
    "Iedereen moet in 2027 10% minder energie gebruiken",
    "One should increase the open rate to 25% by June 2027",
    "Everyone must cut energy use by 10% in 2027",
    "Increase signups (i.e. > 10 % registered) by 20% by June 2027",
    "Keep anonymous-tier users at most 90 % per month in 2027 (i.e. > 10 % registered)",
    "Grow trial users, e.g. from 100 to 150, by June 2027",
    "Coffee should be no more than 40 percent of weekly sales in 2027",
    "Koffie moet in 2027 minder dan 40 procent van de kosten zijn",
    "Returns must be below 5% of orders by June 2027",
    "De marge moet in 2027 weer 3,8% worden",
    "In 2030 moet 60% van het huishoudelijk afval worden gerecycled",  # a passive: what is done
    "By 2027 the backlog of support tickets must be reduced to 50",
]


def test_an_organisation_with_a_modal_of_state_still_owns_the_goal() -> None:
    assert (owner_of("De brandweer moet in 2027 binnen 8 minuten ter plekke zijn") or "").lower() == "de brandweer"


@pytest.mark.parametrize("text", IMPERSONAL, ids=case_ids(IMPERSONAL))
def test_impersonal_subjects_and_things_measured_own_nothing(text: str) -> None:
    assert owner_of(text) is None


def test_a_real_i_after_an_abbreviation_still_owns_the_goal() -> None:
    assert owner_of("I want 240 leads by June 2027, i.e. 20% more") == "I"


# --- an organisation with an apposition, and a pronoun after a named person ----------------------
APPOSED_NOUNS = [
    ("Het bedrijf, opgericht in 2005, wil de omzet in 2027 met 20% verhogen", "het bedrijf"),
    ("The company, founded in 2005, wants to grow revenue by 20% by 2027", "the company"),
    ("Het grootste drinkwaterbedrijf van het land, dat ook in Gelderland levert, wil het verbruik "
     "in 2030 met 5 procent verlagen", "het grootste drinkwaterbedrijf"),
    ("De vereniging, met 300 leden, wil in 2027 naar 400 leden groeien", "de vereniging"),
    ("The marketing team, now six people, will double MQLs by June 2027", "the marketing team"),
]


@pytest.mark.parametrize("text, owner", APPOSED_NOUNS, ids=case_ids(APPOSED_NOUNS))
def test_an_organisation_noun_with_an_apposition_owns_the_goal(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower().endswith(owner.split()[-1])


NAMED_THEN_PRONOUN = [
    "Anna sold 10 houses last year; this year she expresses a desire to double her production",
    "Tom met his quota, and he sets a goal to sell 30 houses in 2027",
    "Marie leidt de winkel en zij wil in 2027 40 nieuwe klanten binnenhalen",
    "Jan de Vries is de nieuwe directeur; hij wil de winst in 2027 met 10% verhogen",
]


@pytest.mark.parametrize("text", NAMED_THEN_PRONOUN, ids=case_ids(NAMED_THEN_PRONOUN))
def test_a_pronoun_after_a_named_person_owns_the_goal(text: str) -> None:
    assert owner_of(text) is not None

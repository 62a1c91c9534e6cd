"""Dutch verbs of change written as one word, class by class (issue 12, batch 8).

A separable verb stands in one piece in a subordinate clause ("dat het verloop afneemt"), as an
infinitive ("de instroom opdrijven") and as a participle ("is teruggelopen"); its particle still
says which way the measure goes. Verbs that say a measure sinks or falls away ("zakken",
"verdwijnen", "krimpen", "besparen") go down. The cases are written for these tests; none is a
goal from the corpus. The English twin of
the subordinate clause ("hopes that the number of donors grows") is beside it.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def _read(text: str):
    return smart_check(text, today=TODAY).parsed


# (sentence, direction, the word the metric's name must contain)
FUSED_SEPARABLE_VERBS = [
    ("De stichting hoopt dat het aantal donateurs dit jaar toeneemt.", "increase", "donateurs"),
    ("We verwachten dat het klantverloop in 2027 afneemt.", "decrease", "klantverloop"),
    ("Het bestuur wil dat de wachttijd aan de balie terugloopt.", "decrease", "wachttijd"),
    ("Wij willen de ledenwerving de komende maanden opdrijven.", "increase", "ledenwerving"),
    ("De winkelketen wil het aantal afhaalpunten opvoeren.", "increase", "afhaalpunten"),
    ("Het ziekteverzuim moet eind 2027 zijn teruggelopen.", "decrease", "ziekteverzuim"),
    ("The charity hopes that the number of donors grows this year.", "increase", "donors"),
]

FALLING_AWAY = [
    ("Binnen twee jaar moeten de wachtlijsten bij de jeugdzorg verdwenen zijn.", "decrease", "wachtlijsten"),
    ("We hopen dat het uitvalpercentage volgend jaar gezakt is.", "decrease", "uitvalpercentage"),
    ("De gemeente wil dat het restafval per inwoner verder zakt.", "decrease", "restafval"),
    ("Het energieverbruik van de kantoren moet met 15 procent krimpen.", "decrease", "energieverbruik"),
]


@pytest.mark.parametrize(("text", "direction", "metric"), FUSED_SEPARABLE_VERBS + FALLING_AWAY)
def test_one_word_verbs_give_the_direction(text: str, direction: str, metric: str) -> None:
    goal = _read(text)
    assert goal.direction == direction
    assert goal.metric_words is not None and metric in goal.metric_words
    assert smart_check(text, today=TODAY).verdicts["S"].passed


# An adverb of time or repetition beside the measure is never its name: "het percentage volgend
# jaar weer", "the rate again".
ADVERBS_ARE_NO_NAME = [
    ("Laten we zorgen dat het percentage volgend jaar weer daalt.", "percentage"),
    ("We willen dat het aantal klachten weer afneemt.", "klachten"),
    ("Het percentage moet komend jaar weer stijgen.", "percentage"),
]


@pytest.mark.parametrize(("text", "metric"), ADVERBS_ARE_NO_NAME)
def test_adverbs_are_no_name(text: str, metric: str) -> None:
    goal = _read(text)
    assert goal.metric_words == metric
    assert "weer" not in goal.metric_words


# Neighbours that must keep their reading: "doorzetten" alone is to persist, not to grow; a
# separable verb that is split still reads as before.
@pytest.mark.parametrize(("text", "direction"), [
    ("We brengen het aantal klachten in 2027 terug met 20%.", "decrease"),
    ("Het aantal bezoekers neemt volgend jaar toe met 10%.", "increase"),
    ("De omzet moet dit jaar fors toenemen.", "increase"),
])
def test_split_separable_verbs_still_read(text: str, direction: str) -> None:
    assert _read(text).direction == direction


# A separable verb split around its object in a main clause: the stem before the phrase, the
# particle closing the clause ("we bouwen onze naamsbekendheid uit"). The phrase between is the
# metric, and the particle gives the direction.
SPLIT_AROUND_THE_OBJECT = [
    ("We bouwen onze naamsbekendheid stap voor stap uit.", "increase", "naamsbekendheid"),
    ("Wij dringen het ziekteverzuim dit jaar terug.", "decrease", "ziekteverzuim"),
    ("De fabriek voert de productie volgend jaar op.", "increase", "productie"),
    ("We nemen de wachtlijst voor intakes af met 20%.", "decrease", "wachtlijst"),
]


@pytest.mark.parametrize(("text", "direction", "metric"), SPLIT_AROUND_THE_OBJECT)
def test_split_verbs_around_their_object(text: str, direction: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == direction
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.verdicts["S"].passed


# Neighbour: a stem without its particle is no verb of change ("we bouwen een nieuwe website").
def test_a_stem_without_its_particle_is_work() -> None:
    assert not smart_check("We bouwen dit jaar een nieuwe website.", today=TODAY).verdicts["S"].passed


# A comparative and the infinitive after it close the clause as one verb of change ("hoger
# stuwen", "lager krijgen", "omhoog brengen"); the object before it is the metric, the
# infinitive is none. "meer"/"minder" count a noun instead: "meer klanten" stays the customers.
COMPARATIVE_VERBS = [
    ("Hij wil de marge van de keten nog hoger stuwen.", "increase", "marge"),
    ("We willen de klanttevredenheid dit jaar hoger krijgen.", "increase", "klanttevredenheid"),
    ("Het team wil de doorlooptijd van offertes lager krijgen.", "decrease", "doorlooptijd"),
    ("De club wil het ledental omhoog brengen.", "increase", "ledental"),
]


@pytest.mark.parametrize(("text", "direction", "metric"), COMPARATIVE_VERBS)
def test_a_comparative_and_its_verb(text: str, direction: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == direction
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [("Meer klanten", "klanten"), ("We willen meer vrouwen", "vrouwen")])
def test_more_still_counts_a_plural(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric


# A Dutch verb of acquiring closes its clause and is never part of its object's name: the metric
# is "reizigers", not "reizigers vervoeren". "verkopen" and "boeken" stay nouns where they are.
@pytest.mark.parametrize(("text", "metric"), [
    ("De vervoerder wil in 2028 250 miljoen reizigers vervoeren.", "reizigers"),
    ("De provincie moet tegen 2030 4 terawattuur groene stroom opwekken.", "groene stroom"),
    ("Er moeten dit jaar nog twintig nieuwe laadpalen bijkomen.", "laadpalen"),
    ("We willen in 2027 300 nieuwe donateurs werven.", "donateurs"),
    ("Het doel is 1000 verkopen via de webshop in 2027.", "verkopen"),
])
def test_a_verb_of_acquiring_is_no_part_of_the_name(text: str, metric: str) -> None:
    words = smart_check(text, today=TODAY).parsed.metric_words
    assert words is not None and metric in words
    assert not words.endswith(("vervoeren", "opwekken", "bijkomen", "werven"))


@pytest.mark.parametrize("text", [
    "Ik wil voor de zomer 6 kilo afvallen.",
    "Ik wil 8 kg afvallen om mijn conditie te verbeteren.",
])
def test_losing_weight_goes_down(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction == "decrease"

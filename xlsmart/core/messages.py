"""Every sentence xlsmart says, in English and Dutch: one template per key.

SMART reasons are keyed ``smart.<letter>.<case>``; finding messages are keyed by their rule
code. Templates use ``str.format`` fields; callers pass already formatted values.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, str]] = {
    # --- SMART verdicts ---------------------------------------------------------------------
    "smart.S.pass": ("Specific: {direction} {metric}.", "Specifiek: {metric} {direction}."),
    "smart.S.no_metric": (
        "Not specific: say what should change (leads, visitors, revenue, conversion rate …).",
        "Niet specifiek: noem wat er moet veranderen (leads, bezoekers, omzet, conversieratio …).",
    ),
    "smart.S.no_direction": (
        "Not specific: say whether {metric} should go up, down or stay where it is.",
        "Niet specifiek: zeg of {metric} omhoog, omlaag of gelijk moet blijven.",
    ),
    "smart.S.empty": ("No goal text: write what should change.", "Geen doelstelling: schrijf op wat er moet veranderen."),
    "smart.M.pass": ("Measurable: {what}.", "Meetbaar: {what}."),
    "smart.M.no_number": (
        "Not measurable: add a number for the target, such as 'to 250' or 'by 15%'.",
        "Niet meetbaar: geef een streefgetal, zoals 'naar 250' of 'met 15%'.",
    ),
    "smart.M.bad_number": (
        "Not measurable: '{value}' is not a number; write the {field} as a number.",
        "Niet meetbaar: '{value}' is geen getal; vul de {field} in als getal.",
    ),
    "smart.A.pass": ("Owned by {owner}.", "Eigenaar: {owner}."),
    "smart.A.none": (
        "Nobody owns it: fill in the Owner or name who does it ('we', 'the sales team').",
        "Niemand is eigenaar: vul de Eigenaar in of noem wie het doet ('wij', 'het salesteam').",
    ),
    "smart.R.pass": ("Realistic: {why}.", "Realistisch: {why}."),
    "smart.R.no_number": (
        "Cannot judge realism without a number: add a baseline and a target.",
        "Realisme is niet te beoordelen zonder getal: geef een nulmeting en een streefwaarde.",
    ),
    "smart.R.vanity": (
        "{metric} is a vanity metric: aim at a result such as leads, sales or conversion instead.",
        "{metric} is een ijdelheidsmaatstaf: kies een resultaat zoals leads, verkopen of conversie.",
    ),
    "smart.R.same": (
        "The target equals the baseline ({value}): nothing changes; set a different target.",
        "De streefwaarde is gelijk aan de nulmeting ({value}): er verandert niets; kies een ander doel.",
    ),
    "smart.R.wrong_way": (
        "The numbers go the other way ({baseline} to {target}) than the goal says ({direction}).",
        "De getallen gaan de andere kant op ({baseline} naar {target}) dan het doel zegt ({direction}).",
    ),
    "smart.R.too_high": (
        "Unrealistic: {change} is more than the {bound} growth the settings allow; split it into steps.",
        "Onrealistisch: {change} is meer dan de toegestane groei van {bound}; deel het op in stappen.",
    ),
    "smart.R.from_zero": (
        "Unrealistic: growing from zero to {target} is more than any growth the settings allow ({bound}); "
        "set a first step or measure a baseline.",
        "Onrealistisch: groeien van nul naar {target} is meer dan elke toegestane groei ({bound}); "
        "kies een eerste stap of meet een nulmeting.",
    ),
    "smart.R.too_low": (
        "Unrealistic: {change} is a deeper cut than the {bound} the settings allow.",
        "Onrealistisch: {change} is een grotere daling dan de toegestane {bound}.",
    ),
    "smart.R.contradiction": (
        "The stated {stated} does not match the numbers, which say {implied}: correct one of them.",
        "De genoemde {stated} klopt niet met de getallen, die {implied} zeggen: pas er één aan.",
    ),
    "smart.R.rate": (
        "A rate of {value} is impossible: percentages lie between 0% and 100%.",
        "Een percentage van {value} kan niet: percentages liggen tussen 0% en 100%.",
    ),
    "smart.T.pass": ("Time-bound: by {deadline}.", "Tijdgebonden: uiterlijk {deadline}."),
    "smart.T.none": (
        "No deadline: add a date or a period, such as 'by 30 June' or 'within six months'.",
        "Geen deadline: voeg een datum of termijn toe, zoals 'vóór 30 juni' of 'binnen zes maanden'.",
    ),
    "smart.T.rate": (
        "'{rate}' is a rate, not a deadline: add when the goal must be reached.",
        "'{rate}' is een ritme, geen deadline: zeg wanneer het doel bereikt moet zijn.",
    ),
    "smart.T.bad_date": (
        "'{value}' is not a real date: write it as 31-12-2026 or 31 December 2026.",
        "'{value}' is geen bestaande datum: schrijf hem als 31-12-2026 of 31 december 2026.",
    ),
    "smart.T.before_start": (
        "The deadline {deadline} lies before the start {start}: move one of them.",
        "De deadline {deadline} ligt vóór de start {start}: verschuif een van beide.",
    ),
    # --- words used inside reasons ------------------------------------------------------------
    "word.increase": ("increase", "verhogen"),
    "word.decrease": ("reduce", "verlagen"),
    "word.keep": ("keep", "behouden"),
    "word.at_most": ("keep at most", "maximaal houden op"),
    "word.at_least": ("keep at least", "minimaal houden op"),
    "word.reach": ("reach", "behalen"),
    "word.target": ("target", "streefwaarde"),
    "word.baseline": ("baseline", "nulmeting"),
    "word.within_bounds": ("a change of {change}, within bounds", "een verandering van {change}, binnen de grenzen"),
    "word.level": ("a target of {value}", "een streefwaarde van {value}"),
    "word.target_is": ("target {value}", "streefwaarde {value}"),
    "word.change_is": ("a change of {value}", "een verandering van {value}"),
    # --- what was understood (``xlsmart check``) -----------------------------------------------
    "understood.title": ("understood:", "begrepen:"),
    "understood.metric": ("metric", "maatstaf"),
    "understood.direction": ("direction", "richting"),
    "understood.baseline": ("baseline", "nulmeting"),
    "understood.target": ("target", "streefwaarde"),
    "understood.change": ("change", "verandering"),
    "understood.deadline": ("deadline", "deadline"),
    "understood.owner": ("owner", "eigenaar"),
    "understood.none": ("-", "-"),
}


def say(key: str, lang: str, **fields: object) -> str:
    """The message for ``key`` in ``lang`` ("en" or "nl"), with its fields filled in.

    >>> say("smart.T.pass", "nl", deadline="2027-06-30")
    'Tijdgebonden: uiterlijk 2027-06-30.'
    """
    return template(key, lang).format(**fields)


def template(key: str, lang: str) -> str:
    """The ``str.format`` template of the message for ``key`` in ``lang``.

    >>> template("smart.T.pass", "en")
    'Time-bound: by {deadline}.'
    """
    en, nl = TEMPLATES[key]
    return nl if lang == "nl" else en


NUMBER_MEMO = 4096  # fractional numbers kept formatted per language: messages repeat their figures


def format_number(value: float, lang: str) -> str:
    """12500.5 -> '12,500.5' (en) or '12.500,5' (nl); whole numbers without decimals.

    A failing workbook quotes 100,000s of figures: a whole float is formatted straight away
    (its text has no decimal point to swap), and a fractional one, mostly a percentage to one
    decimal of which there are few, once per language and then looked up.

    >>> format_number(12500.5, "nl"), format_number(-3.0, "en"), format_number(1234.0, "nl")
    ('12.500,5', '-3', '1.234')
    """
    if value.__class__ is not float:
        return _formatted(value, lang)
    if value.is_integer():  # finite and whole
        text = f"{value:,.0f}"
        return text.replace(",", ".") if lang == "nl" else text
    memo = _NL_FRACTIONS if lang == "nl" else _EN_FRACTIONS
    known = memo.get(value)
    if known is None:  # (NaN and infinity are never found, and _formatted raises on them as always)
        if len(memo) >= NUMBER_MEMO:
            memo.clear()
        known = memo[value] = _formatted(value, lang)
    return known


_EN_FRACTIONS: dict[float, str] = {}
_NL_FRACTIONS: dict[float, str] = {}


def _formatted(value: float, lang: str) -> str:
    text = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_percent(fraction: float, lang: str, *, signed: bool | None = True) -> str:
    """0.2 -> '+20%'; -0.155 -> '-15.5%' ('-15,5%' in Dutch). ``signed=False``: no sign;
    ``signed=None``: a minus sign only, where the percentage shown is below zero.

    >>> format_percent(0.4, "en", signed=None), format_percent(-0.4, "en", signed=None)
    ('40%', '-40%')
    """
    value = round(fraction * 100, 1)
    # A change can pass every float (a target of 1e308 over a baseline of 5): it is infinite, not a number to write.
    text = (format_number(abs(value), lang) if value - value == 0.0 else "∞") + "%"
    if signed is None:
        return "-" + text if value < 0 else text
    if not signed:
        return text
    return ("+" if value >= 0 else "-") + text


# --- finding messages, one per rule code -----------------------------------------------------
TEMPLATES.update({
    "W01": ("Required column '{column}' is missing from {sheet}: add a column with that header.",
            "Verplichte kolom '{column}' ontbreekt op {sheet}: voeg een kolom met die kop toe."),
    "W02": ("The cell holds the error {value}: fix the formula or type the value.",
            "De cel bevat de fout {value}: herstel de formule of vul de waarde in."),
    "W03": ("'{value}' is not a number: type a number such as 1200 or 10,5%.",
            "'{value}' is geen getal: vul een getal in, zoals 1200 of 10,5%."),
    "W04": ("'{value}' is not a date: type a date such as 31-12-2026.",
            "'{value}' is geen datum: vul een datum in, zoals 31-12-2026."),
    "sheet.other": ("neither its name nor its first rows make it a Goals, KPIs, Budgets or Settings sheet",
                    "naam noch eerste rijen maken het een blad met doelen, KPI's, budget of instellingen"),
    "sheet.told": ("set aside by the mapping (xlsmart.toml or --map)",
                   "opzijgezet door de toewijzing (xlsmart.toml of --map)"),
    "sheet.second": ("another {kind} sheet, '{first}', was read",
                     "er is al een ander blad met {kind} gelezen: '{first}'"),
    "W01.near": ("Is it '{near}'? Then rename that header to '{column}'.",
                 "Is het '{near}'? Noem die kolom dan '{column}'."),
    "W05": ("No header row found on {sheet}: none of its first {rows} rows names its columns. Put the headers "
            "({headers}, …) in one row above the data.",
            "Geen kopregel gevonden op {sheet}: geen van de eerste {rows} rijen noemt de kolommen. Zet de koppen "
            "({headers}, …) in één rij boven de gegevens."),
    "G01": ("SMART score {score} of 5 is below the minimum {minimum}. {gaps}",
            "SMART-score {score} van 5 is lager dan het minimum {minimum}. {gaps}"),
    "G02": ("Goal ID '{value}' is used more than once (also in row {other}): give every goal its own ID.",
            "Doel-ID '{value}' komt vaker voor (ook in rij {other}): geef elk doel een eigen ID."),
    "G03": ("The goal has no ID: give it one so KPIs and budgets can refer to it.",
            "Het doel heeft geen ID: geef het er een zodat KPI's en budgetten ernaar kunnen verwijzen."),
    "G04": ("Deadline before start ({deadline} < {start}): move the deadline or the start.",
            "Deadline vóór de start ({deadline} < {start}): verschuif de deadline of de start."),
    "G05": ("A short-term output goal must be reached within a year, but runs {days} days: shorten it or make it long-term.",
            "Een outputdoel op korte termijn moet binnen een jaar af zijn, maar loopt {days} dagen: kort het in of maak het lange termijn."),
    "G06": ("A long-term output goal runs over a year, but this one runs {days} days: lengthen it or make it short-term.",
            "Een outputdoel op lange termijn loopt langer dan een jaar, maar dit loopt {days} dagen: verleng het of maak het korte termijn."),
    "G07": ("Parent '{value}' names no goal on this sheet: use the ID of an existing goal.",
            "Hoofddoel '{value}' verwijst naar geen enkel doel: gebruik de ID van een bestaand doel."),
    "G08": ("Category '{value}' is not on the list: choose one of {allowed}.",
            "Categorie '{value}' staat niet in de lijst: kies uit {allowed}."),
    "G09": ("Direction '{value}' is not on the list: choose one of {allowed}.",
            "Richting '{value}' staat niet in de lijst: kies uit {allowed}."),
    "K01": ("Goal ID '{value}' names no goal: a KPI without a goal has no meaning; use an ID from the goals sheet.",
            "Doel-ID '{value}' verwijst naar geen doel: een KPI zonder doel zegt niets; gebruik een ID van het doelenblad."),
    "K02": ("The KPI has no owner: name who has the authority to act on it.",
            "De KPI heeft geen eigenaar: noem wie bevoegd is om in te grijpen."),
    "K03": ("The KPI has no deadline: add the date by which the target must be met.",
            "De KPI heeft geen deadline: vul de datum in waarop de streefwaarde gehaald moet zijn."),
    "K04": ("No review rhythm: choose how often the KPI is discussed ({allowed}).",
            "Geen evaluatieritme: kies hoe vaak de KPI besproken wordt ({allowed})."),
    "K05": ("Team '{team}' has {count} KPIs; more than five and focus is lost: drop or merge some.",
            "Team '{team}' heeft {count} KPI's; meer dan vijf en de focus raakt zoek: schrap of combineer er een paar."),
    "K06": ("Status At risk: {why}; plan a correction.",
            "Status Risico: {why}; plan bijsturing."),
    "K07": ("Status Off track: {why}; act now or reset the target.",
            "Status Uit koers: {why}; grijp nu in of stel het doel bij."),
    "K08": ("Status Missed: the deadline {deadline} has passed with {progress} of the way to the target covered; "
            "close it and record why.",
            "Status Niet behaald: de deadline {deadline} is voorbij met {progress} van de weg naar de streefwaarde "
            "afgelegd; sluit af en leg uit waarom."),
    # what a K06/K07 status was decided by, one per basis of judge_kpi (xlsmart.core.kpi.BASES)
    "kpi.progress": ("progress {progress} of the way to the target, against {elapsed} of the time passed",
                     "voortgang {progress} van de weg naar de streefwaarde, tegenover {elapsed} verstreken tijd"),
    "kpi.no_start": ("progress {progress} of the way to the target, and with no start date before the deadline "
                     "{deadline} the whole way counts as due",
                     "voortgang {progress} van de weg naar de streefwaarde, en zonder startdatum vóór de deadline "
                     "{deadline} telt de hele weg als nu al verwacht"),
    "kpi.no_deadline": ("progress {progress}: the actual has moved away from the target (with no deadline there is "
                        "no elapsed time to measure against)",
                        "voortgang {progress}: de actuele waarde is van de streefwaarde af bewogen (zonder deadline "
                        "is er geen verstreken tijd om aan te meten)"),
    "kpi.ceiling": ("actual {actual} is above the ceiling {target}",
                    "actueel {actual} ligt boven het plafond {target}"),
    "kpi.floor": ("actual {actual} is below the floor {target}",
                  "actueel {actual} ligt onder de ondergrens {target}"),
    "kpi.keep": ("actual {actual} is more than {tolerance} off the target {target}, the level to keep",
                 "actueel {actual} wijkt meer dan {tolerance} af van de streefwaarde {target}, het niveau om te behouden"),
    "kpi.no_baseline": ("with no baseline the target {target} counts as a level to keep, and actual {actual} is more "
                        "than {tolerance} off it (fill in the baseline to measure progress instead)",
                        "zonder nulmeting telt de streefwaarde {target} als niveau om te behouden, en actueel {actual} "
                        "wijkt daar meer dan {tolerance} van af (vul de nulmeting in om voortgang te meten)"),
    "K09": ("Deadline before start ({deadline} < {start}): move the deadline or the start.",
            "Deadline vóór de start ({deadline} < {start}): verschuif de deadline of de start."),
    "K10": ("The KPI has no target: fill in the value to reach.",
            "De KPI heeft geen streefwaarde: vul de waarde in die gehaald moet worden."),
    "B01": ("{column} is negative ({value}): amounts of money are zero or more.",
            "{column} is negatief ({value}): bedragen zijn nul of meer."),
    "B02": ("Spent {actual} is over the planned {planned}: spend must stay under its ceiling; raise the plan or cut spend.",
            "Besteed {actual} is meer dan begroot {planned}: uitgaven moeten onder het plafond blijven; verhoog de begroting of besteed minder."),
    "B03": ("Budget group '{value}' is not on the list: choose one of {allowed}.",
            "Budgetgroep '{value}' staat niet in de lijst: kies uit {allowed}."),
    "B04": ("Goal ID '{value}' names no goal: use an ID from the goals sheet.",
            "Doel-ID '{value}' verwijst naar geen doel: gebruik een ID van het doelenblad."),
    "B05": ("ROI is {roi}: the campaign returns less than it costs; review it.",
            "ROI is {roi}: de campagne levert minder op dan ze kost; bekijk haar opnieuw."),
    "B06": ("Budget ID '{value}' is used more than once (also in row {other}): give every line its own ID.",
            "Budget-ID '{value}' komt vaker voor (ook in rij {other}): geef elke regel een eigen ID."),
})

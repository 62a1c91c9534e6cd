"""Words of the Excel face in English and Dutch: template labels, ribbon labels, help text."""

from __future__ import annotations

# KPI statuses as kpi_status returns them, grouped by the colour the template gives them.
STATUSES: dict[str, tuple[str, ...]] = {
    "good": ("On track", "Achieved", "Op koers", "Behaald"),
    "watch": ("At risk", "Not started", "Risico", "Niet gestart"),
    "bad": ("Off track", "Missed", "Uit koers", "Niet behaald"),
    "all_en": ("On track", "At risk", "Off track", "Achieved", "Missed", "Not started", "No data"),
    "all_nl": ("Op koers", "Risico", "Uit koers", "Behaald", "Niet behaald", "Niet gestart", "Geen data"),
}

TEXTS: dict[str, dict] = {
    "en": {
        "setting": "Setting", "value": "Value", "meaning": "What it does",
        "dashboard": "Dashboard", "dashboard_title": "Goals, KPIs and budgets at a glance",
        "status": "Status", "kpis": "KPIs", "budget_group": "Budget group",
        "chart_status": "KPIs per status", "chart_spend": "Planned vs actual spend per budget group",
        "chart_roi": "ROI per campaign", "how_to": "How to use",
        "lists": {"category": "Category", "direction": "Direction", "budget_group": "Budget group",
                  "review": "Review", "kind": "Kind"},
        "settings_help": {
            "language": "en or nl: the language of reasons, statuses and findings.",
            "min_score": "Goals scoring below this many SMART criteria are errors (0-5).",
            "max_increase": "The largest rise that still counts as realistic (100% = doubling).",
            "max_decrease": "The largest fall that still counts as realistic.",
            "on_track": "A KPI is on track when its progress is at least this share of the time elapsed.",
            "at_risk": "Below this share of the time elapsed a KPI is off track; in between it is at risk.",
            "as_of": "Judge deadlines and progress on this date. Leave empty for today.",
        },
        "ribbon": {"group": "Check", "validate": "Validate", "clear": "Clear colours", "help": "Help",
                   "validate_tip": "Check every goal, KPI and budget line; colour failing rows and list why.",
                   "clear_tip": "Remove the colours and the Findings sheet this tab added.",
                   "help_tip": "What the functions and buttons do."},
        "findings_headers": ("Sheet", "Row", "Cell", "Column", "Code", "Severity", "Message"),
        "no_findings": "No findings: every row passes.",
        "summary": "xlsmart: {errors} errors, {warnings} warnings in {rows} rows.",
        "cleared": "xlsmart: colours and findings removed.",
    },
    "nl": {
        "setting": "Instelling", "value": "Waarde", "meaning": "Wat het doet",
        "dashboard": "Dashboard", "dashboard_title": "Doelen, KPI's en budget in één oogopslag",
        "status": "Status", "kpis": "KPI's", "budget_group": "Budgetgroep",
        "chart_status": "KPI's per status", "chart_spend": "Begroot en besteed per budgetgroep",
        "chart_roi": "ROI per campagne", "how_to": "Zo werkt het",
        "lists": {"category": "Categorie", "direction": "Richting", "budget_group": "Budgetgroep",
                  "review": "Evaluatie", "kind": "Soort"},
        "settings_help": {
            "language": "en of nl: de taal van redenen, statussen en bevindingen.",
            "min_score": "Doelen die op minder SMART-criteria scoren zijn fouten (0-5).",
            "max_increase": "De grootste stijging die nog realistisch is (100% = verdubbeling).",
            "max_decrease": "De grootste daling die nog realistisch is.",
            "on_track": "Een KPI is op koers als de voortgang minstens dit deel van de verstreken tijd is.",
            "at_risk": "Onder dit deel van de verstreken tijd is een KPI uit koers; daartussen is er risico.",
            "as_of": "Beoordeel deadlines en voortgang op deze datum. Leeg = vandaag.",
        },
        "ribbon": {"group": "Controle", "validate": "Controleren", "clear": "Kleuren wissen", "help": "Help",
                   "validate_tip": "Controleer elk doel, elke KPI en elke budgetregel; kleur foute rijen en zeg waarom.",
                   "clear_tip": "Verwijder de kleuren en het blad Bevindingen die dit tabblad maakte.",
                   "help_tip": "Wat de functies en knoppen doen."},
        "findings_headers": ("Blad", "Rij", "Cel", "Kolom", "Code", "Ernst", "Melding"),
        "no_findings": "Geen bevindingen: elke rij is in orde.",
        "summary": "xlsmart: {errors} fouten, {warnings} waarschuwingen in {rows} rijen.",
        "cleared": "xlsmart: kleuren en bevindingen verwijderd.",
    },
}

HOW_TO: dict[str, tuple[str, ...]] = {
    "en": (
        "xlsmart: plan goals, KPIs and budgets, and let Excel check them",
        "1. Describe each goal in one sentence on the Goals sheet, and fill in the columns you know "
        "(metric, baseline, target, dates, owner). Columns win over the sentence; the sentence fills the gaps.",
        "2. The SMART score column counts how many of Specific, Measurable, Acceptable, Realistic and "
        "Time-bound a goal meets; SMART gaps says what is missing. Both update as you type.",
        "3. On the KPIs sheet, link each KPI to a goal through Goal ID and keep Actual up to date: "
        "Status shows On track, At risk, Off track, Achieved or Missed.",
        "4. On the Budgets sheet, Planned is the ceiling and Actual what was spent; ROI = (revenue - spend) / spend.",
        "5. Press Validate on the xlsmart tab: failing rows turn red (error) or amber (warning) and the "
        "Findings sheet lists every problem with its cell and what to do. Clear colours undoes it; "
        "your own cell colours are left alone.",
        "6. Settings holds the language, the minimum SMART score, the realism bounds, the status thresholds "
        "and the as-of date (empty = today).",
        "Functions you can use anywhere: =SMART_SCORE(goal, owner, ...), =SMART_GAPS(...), "
        "=KPI_STATUS(baseline, target, actual, start, deadline), =ROI(revenue, cost), =ROAS(revenue, cost), "
        "and for whole columns =SMART_SCORES(...), =KPI_STATUSES(...), =ROIS(...).",
        "The functions and buttons need Python with xlsmart installed. Which Python: set Interpreter_Win / "
        "Interpreter_Mac in ~/.xlwings/xlwings.conf, or on the xlwings.conf sheet as its note says. "
        "Enable macros for this file when Excel asks: the values shown until then were computed as of 2026-06-30.",
        "The example rows show passing and failing lines. Overwrite or delete them; keep the header rows.",
    ),
    "nl": (
        "xlsmart: plan doelen, KPI's en budget, en laat Excel ze controleren",
        "1. Beschrijf elk doel in één zin op het blad Doelstellingen en vul de kolommen in die je weet "
        "(maatstaf, nulmeting, streefwaarde, datums, eigenaar). Kolommen gaan voor de zin; de zin vult aan.",
        "2. De kolom SMART-score telt aan hoeveel van Specifiek, Meetbaar, Acceptabel, Realistisch en "
        "Tijdgebonden een doel voldoet; SMART-tekorten zegt wat er ontbreekt. Beide rekenen mee terwijl je typt.",
        "3. Koppel op het blad KPIs elke KPI via Doel-ID aan een doel en houd Actueel bij: "
        "Status toont Op koers, Risico, Uit koers, Behaald of Niet behaald.",
        "4. Op het blad Budget is Begroot het plafond en Besteed wat is uitgegeven; "
        "ROI = (opbrengst - besteed) / besteed.",
        "5. Klik op Controleren op het tabblad xlsmart: foute rijen kleuren rood (fout) of oranje "
        "(waarschuwing) en het blad Bevindingen noemt elk probleem met de cel en wat je kunt doen. "
        "Kleuren wissen maakt het ongedaan; je eigen celkleuren blijven staan.",
        "6. Instellingen bevat de taal, de minimale SMART-score, de grenzen van realisme, de drempels "
        "voor de status en de peildatum (leeg = vandaag).",
        "Functies die overal werken: =SMART_SCORE(doel; eigenaar; ...), =SMART_GAPS(...), "
        "=KPI_STATUS(nulmeting; streefwaarde; actueel; start; deadline), =ROI(opbrengst; kosten), "
        "=ROAS(opbrengst; kosten), en voor hele kolommen =SMART_SCORES(...), =KPI_STATUSES(...), =ROIS(...).",
        "De functies en knoppen hebben Python met xlsmart nodig. Welke Python: zet Interpreter_Win / "
        "Interpreter_Mac in ~/.xlwings/xlwings.conf, of op het blad xlwings.conf zoals de notitie daar zegt. "
        "Sta macro's toe voor dit bestand als Excel erom vraagt: tot dan gelden de waarden per 30-06-2026.",
        "De voorbeeldrijen tonen goede en foute regels. Overschrijf of verwijder ze; laat de kopregels staan.",
    ),
}

# Insert Function help in the Dutch template (Application.MacroOptions, see registration.py): the
# function's description, then each argument's help in the order of its parameters. The English
# help is the ``@xw.func``/``@xw.arg`` metadata in udfs.py, the one xlwings itself registers.
_SMART_ARGS_NL = (
    ("goal", "Het doel in één zin, bv. 'Leads van 100 naar 150 vóór 30 juni'."),
    ("owner", "Wie eigenaar is van het doel (optioneel)."),
    ("metric", "Wat gemeten wordt, bv. leads (optioneel; anders uit de zin)."),
    ("direction", "stijgen, dalen, gelijk houden, maximaal, minimaal (optioneel)."),
    ("baseline", "De waarde nu (optioneel)."),
    ("target", "De waarde die bereikt moet worden (optioneel)."),
    ("start", "Startdatum (optioneel)."),
    ("deadline", "Deadline (optioneel)."),
    ("as_of", "Peildatum; leeg = vandaag."),
    ("lang", "en of nl voor de redenen; leeg = de taal van het doel."),
    ("max_increase", "Grootste realistische stijging als fractie (standaard 1 = +100%)."),
    ("max_decrease", "Grootste realistische daling als fractie (standaard 0,5 = -50%)."),
)
_KPI_ARGS_NL = (
    ("baseline", "De waarde bij de start."),
    ("target", "De waarde die op de deadline bereikt moet zijn."),
    ("actual", "De waarde nu; leeg geeft Geen data."),
    ("start", "Startdatum."),
    ("deadline", "Deadline."),
    ("as_of", "Peildatum; leeg = vandaag."),
    ("kind", "auto, maximaal (een plafond) of minimaal (een vloer); leeg = auto."),
    ("lang", "en of nl; leeg = en."),
    ("on_track", "Deel van de verwachte voortgang dat op koers telt (standaard 0,9)."),
    ("at_risk", "Deel waaronder de KPI uit koers is (standaard 0,7)."),
)
FUNCTION_HELP_NL: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "SMART_SCORE": ("Aan hoeveel van de vijf SMART-criteria een doel voldoet, 0 tot 5.", _SMART_ARGS_NL),
    "SMART_GAPS": ("De SMART-criteria die een doel mist en waarom, bv. \"T: geen deadline\"; leeg als alles klopt.",
                   _SMART_ARGS_NL),
    "KPI_STATUS": ("Status van een KPI: Op koers, Risico, Uit koers, Behaald, Niet behaald, Niet gestart of Geen data.",
                   _KPI_ARGS_NL),
    "ROI": ("Rendement als fractie: (opbrengst - kosten) / kosten; maak de cel op als %.",
            (("revenue", "Opbrengst: een cel of een bereik (opgeteld)."),
             ("cost", "Kosten: een cel of een bereik (opgeteld); 0 geeft #DEEL/0!."))),
    "ROAS": ("Opbrengst per euro advertentiekosten: opbrengst / kosten.",
             (("revenue", "Opbrengst: een cel of een bereik (opgeteld)."),
              ("cost", "Advertentiekosten: een cel of een bereik (opgeteld); 0 geeft #DEEL/0!."))),
    "SMART_SCORES": ("SMART-score van elk doel in een kolom, als één uitlopende kolom.", (
        ("goals", "De kolom Doelstelling (een bereik)."),
        ("owners", "De kolom Eigenaar, even hoog (optioneel)."),
        ("metrics", "De kolom Maatstaf (optioneel)."),
        ("directions", "De kolom Richting (optioneel)."),
        ("baselines", "De kolom Nulmeting (optioneel)."),
        ("targets", "De kolom Streefwaarde (optioneel)."),
        ("starts", "De kolom Start (optioneel)."),
        ("deadlines", "De kolom Deadline (optioneel)."),
        ("as_of", "Peildatum; leeg = vandaag."),
        ("lang", "en of nl; leeg = de taal van elk doel."))),
    "KPI_STATUSES": ("Status van elke KPI in een kolom, als één uitlopende kolom.", (
        ("baselines", "De kolom Nulmeting (een bereik)."),
        ("targets", "De kolom Streefwaarde."),
        ("actuals", "De kolom Actueel."),
        ("starts", "De kolom Start."),
        ("deadlines", "De kolom Deadline."),
        ("as_of", "Peildatum; leeg = vandaag."),
        ("kinds", "De kolom Soort, of één soort voor alle (optioneel)."),
        ("lang", "en of nl; leeg = en."))),
    "ROIS": ("ROI van elke rij, als één uitlopende kolom (lege opbrengst -> lege cel).", (
        ("revenues", "De kolom Opbrengst (een bereik)."),
        ("costs", "De kolom Besteed (kosten), even hoog."))),
}

# The xlwings.conf sheet: xlwings reads column A from A1 down to the first empty cell, so the
# optional rows sit below an empty row with this note (see template._xlwings_conf).
XLWINGS_CONF_NOTE: dict[str, tuple[str, ...]] = {
    "en": (
        "Optional settings below are NOT read: xlwings stops at the first empty cell in column A.",
        "To use one, fill in its value in column B, then move that row up into the block above (no empty row "
        "in between). Move only rows you fill in: an empty value there overrides ~/.xlwings/xlwings.conf.",
        "Interpreter_Win: e.g. C:\\Users\\you\\venv\\Scripts\\pythonw.exe (Windows). "
        "Interpreter_Mac: e.g. /Users/you/venv/bin/python (macOS).",
    ),
    "nl": (
        "Onderstaande instellingen worden NIET gelezen: xlwings stopt bij de eerste lege cel in kolom A.",
        "Gebruik je er een, vul dan de waarde in kolom B in en verplaats die rij naar het blok hierboven "
        "(zonder lege rij ertussen). Verplaats alleen ingevulde rijen: een lege waarde daar gaat voor "
        "~/.xlwings/xlwings.conf.",
        "Interpreter_Win: bv. C:\\Users\\jij\\venv\\Scripts\\pythonw.exe (Windows). "
        "Interpreter_Mac: bv. /Users/jij/venv/bin/python (macOS).",
    ),
}

# The Lite edition (.xlsx, no macros): what replaces the ribbon and the xlwings.conf lines of HOW_TO,
# and the note above the formulas to type once xlwings Lite has loaded the functions. The formula
# columns hold values only (see template._lite_note for why).
LITE_HOW_TO: dict[str, dict[str, str]] = {
    "en": {
        "validate": "5. In the xlwings Lite pane, run the validate script: failing rows turn red (error) or "
                    "amber (warning) and the Findings sheet lists every problem with its cell and what to do. "
                    "clear_colours undoes it; your own cell colours are left alone.",
        "setup": "This is the xlwings Lite edition: no macros, no Python to install, for Excel on Windows, "
                 "Mac and the web. Install xlwings Lite from Excel's add-in store (Home > Add-ins > xlwings "
                 "Lite), then paste xlsmart's Lite code and requirements into its editor: see the README, "
                 "\"In Excel on a Mac or the web\".",
        "values": "The SMART score, SMART gaps, Status and ROI columns hold values computed as of 2026-06-30 "
                  "when this file was made. To make a column live once xlwings Lite has loaded the functions, "
                  "type its formula into the column's first row (the table fills in the rest):",
    },
    "nl": {
        "validate": "5. Start in het xlwings Lite-paneel het script validate: foute rijen kleuren rood (fout) of "
                    "oranje (waarschuwing) en het blad Bevindingen noemt elk probleem met de cel en wat je kunt "
                    "doen. clear_colours maakt het ongedaan; je eigen celkleuren blijven staan.",
        "setup": "Dit is de xlwings Lite-editie: geen macro's, geen Python te installeren, voor Excel op Windows, "
                 "Mac en het web. Installeer xlwings Lite uit de invoegtoepassingen van Excel (Start > "
                 "Invoegtoepassingen > xlwings Lite) en plak de Lite-code en requirements van xlsmart in de "
                 "editor: zie de README, \"In Excel on a Mac or the web\".",
        "values": "De kolommen SMART-score, SMART-tekorten, Status en ROI bevatten waarden berekend per "
                  "30-06-2026 toen dit bestand werd gemaakt. Maak een kolom live zodra xlwings Lite de functies "
                  "heeft geladen: typ de formule in de eerste rij van de kolom (de tabel vult de rest aan):",
    },
}

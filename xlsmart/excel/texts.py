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
        "The functions and buttons need Python with xlsmart installed; the xlwings.conf sheet says which "
        "Python (Interpreter_Win / Interpreter_Mac). Enable macros for this file when Excel asks.",
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
        "De functies en knoppen hebben Python met xlsmart nodig; het blad xlwings.conf zegt welke Python "
        "(Interpreter_Win / Interpreter_Mac). Sta macro's toe voor dit bestand als Excel erom vraagt.",
        "De voorbeeldrijen tonen goede en foute regels. Overschrijf of verwijder ze; laat de kopregels staan.",
    ),
}

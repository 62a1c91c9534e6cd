"""SMART verdicts on goal texts as marketers write them, in Dutch and English.

Every case pins ``today`` to 24 November 2026 so periods and dates without a year resolve the
same way on every run. ``failed`` is the set of letters that must fail; ``parsed`` lists the
values the text must yield (only the ones a case is about).
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 11, 24)
D = date


def case(text: str, failed: str, **parsed: object):
    return pytest.param(text, failed, parsed, id=text[:70])


CASES = [
    # --- the seed examples of DOMAIN.md ----------------------------------------------------
    case("Increase website leads from 100 to 200 by 21 December, by 50 %", "AR",
         metric="leads", direction="increase", baseline=100, target=200, relative_change=0.5,
         deadline=D(2026, 12, 21)),
    case("We increase website leads from 100 to 200 by 21 December, by 50 %", "R"),
    case("Increase conversion rate from 2 % to 3 % within six months", "A",
         metric="conversion rate", direction="increase", baseline=2, target=3, deadline=D(2027, 5, 24)),
    case("Generate more leads", "MART", metric="leads"),
    case("Genereer meer leads", "MART", metric="leads"),

    # --- Dutch: metrics and directions -------------------------------------------------------
    case("We verhogen het aantal leads van 100 naar 150 binnen zes maanden", "",
         metric="leads", direction="increase", baseline=100, target=150, deadline=D(2027, 5, 24)),
    case("Wij willen het aantal websitebezoekers met 25% verhogen in de komende zes maanden", "",
         metric="visitors", direction="increase", relative_change=0.25, deadline=D(2027, 5, 24)),
    case("Verhoog de conversieratio van 2,5% naar 3,2% vóór 1 mei", "A",
         metric="conversion rate", direction="increase", baseline=2.5, target=3.2, deadline=D(2027, 5, 1)),
    case("Ons team verlaagt het klantverloop van 8% naar 6% in het tweede kwartaal", "",
         metric="customer churn", direction="decrease", baseline=8, target=6, deadline=D(2027, 6, 30)),
    case("De salesafdeling verhoogt de omzet naar € 450.000 voor Q4", "",
         metric="revenue", direction="increase", target=450_000, deadline=D(2026, 12, 31)),
    case("We verkorten de doorlooptijd van offertes van 10 naar 7 dagen binnen acht maanden", "",
         metric="lead time", direction="decrease", baseline=10, target=7, deadline=D(2027, 7, 24)),
    case("We verlagen de cost per acquisition van € 45 naar € 38 tegen 15 november 2027", "",
         metric="cost per acquisition", direction="decrease", baseline=45, target=38,
         deadline=D(2027, 11, 15)),
    case("Ik wil de NPS verhogen van 32 naar 40 binnen anderhalf jaar", "",
         metric="NPS", direction="increase", baseline=32, target=40, deadline=D(2028, 5, 24)),
    case("We willen het aantal no-shows verminderen met 30% binnen drie maanden", "",
         metric="no-shows", direction="decrease", relative_change=-0.3, deadline=D(2027, 2, 24)),
    case("De wachttijd aan de telefoon verkorten naar 2 minuten binnen een half jaar", "A",
         metric="lead time", direction="decrease", target=2, deadline=D(2027, 5, 24)),
    case("We houden de marge op 35% in 2027", "",
         metric="margin", direction="keep", target=35, deadline=D(2027, 12, 31)),
    case("Wij verbeteren de klanttevredenheid van 7,2 naar 7,8 vóór 1 juli", "",
         metric="customer satisfaction", direction="increase", baseline=7.2, target=7.8,
         deadline=D(2027, 7, 1)),
    case("Wij verbeteren de wachttijd met 20% binnen vier maanden", "",
         metric="lead time", direction="decrease", relative_change=-0.2, deadline=D(2027, 3, 24)),
    case("We verhogen het bereik met 20% in de komende drie maanden", "",
         metric="reach", direction="increase", relative_change=0.2, deadline=D(2027, 2, 24)),
    case("We verhogen de marge van 20% naar 25% in het eerste kwartaal van 2027", "",
         metric="margin", baseline=20, target=25, deadline=D(2027, 3, 31)),
    case("We verlagen het aantal no-shows van 40 naar 20 per maand vóór 1 maart", "",
         metric="no-shows", direction="decrease", baseline=40, target=20, deadline=D(2027, 3, 1)),
    case("We verhogen de open rate van onze nieuwsbrief van 18% naar 22% binnen drie maanden", "",
         baseline=18, target=22, deadline=D(2027, 2, 24)),
    case("Het team verhoogt de gemiddelde orderwaarde van € 45 naar € 52 in Q1", "",
         metric="order value", baseline=45, target=52, deadline=D(2027, 3, 31)),
    case("Wij verlagen het bouncepercentage van 60% naar 45% binnen twee maanden", "",
         metric="bounce rate", direction="decrease", baseline=60, target=45, deadline=D(2027, 1, 24)),
    case("We verhogen het marktaandeel van 12% naar 14% in 2027", "",
         metric="market share", baseline=12, target=14, deadline=D(2027, 12, 31)),
    case("We verlagen de kosten per lead van € 30 naar € 24 binnen vier maanden", "",
         metric="cost per acquisition", direction="decrease", baseline=30, target=24),
    case("We verkorten de reactietijd op e-mails van 48 naar 24 uur vóór 1 maart", "",
         metric="response time", direction="decrease", baseline=48, target=24, deadline=D(2027, 3, 1)),
    case("Het marketingteam houdt het klantverloop onder de 5% in 2027", "",
         metric="customer churn", direction="at_most", target=5, deadline=D(2027, 12, 31)),
    case("Wij behouden een NPS van 45 in 2027", "",
         metric="NPS", direction="keep", target=45, baseline=None, deadline=D(2027, 12, 31)),
    # "halen"/"reach" with no baseline leaves the direction open (DOMAIN.md): S fails
    case("Ons team haalt een conversieratio van 10,2% vóór 31-12-2027", "S",
         metric="conversion rate", target=10.2, baseline=None, deadline=D(2027, 12, 31)),
    case("Wij werven twaalf nieuwe klanten vóór 1 juni 2027", "",
         metric="customers", target=12, deadline=D(2027, 6, 1)),
    case("Binnen drie weken boeken wij 30 demo's", "",
         metric="sign-ups", target=30, deadline=D(2026, 12, 15)),
    case("We krijgen 20% meer leads binnen drie maanden", "",
         metric="leads", direction="increase", relative_change=0.2),
    case("Ons team verhoogt de omzet met € 10.000 in 2027", "", metric="revenue", deadline=D(2027, 12, 31)),
    case("Wij verminderen het aantal klachten met 25% vóór 1 april", "",
         metric="complaints", direction="decrease", relative_change=-0.25, deadline=D(2027, 4, 1)),
    case("Onze webshop verhoogt het aantal bestellingen van 1.200 naar 1.500 per maand in 2027", "",
         metric="orders", baseline=1200, target=1500, deadline=D(2027, 12, 31)),
    case("We verhogen het aantal nieuwsbriefinschrijvingen van 300 naar 450 binnen negen maanden", "",
         metric="sign-ups", baseline=300, target=450, deadline=D(2027, 8, 24)),
    case("Wij verlagen de acquisitiekosten met 15% binnen twaalf weken", "",
         metric="cost per acquisition", relative_change=-0.15, deadline=D(2027, 2, 16)),
    case("Ons team verhoogt de naamsbekendheid van 30% naar 40% binnen een jaar", "",
         metric="brand awareness", baseline=30, target=40, deadline=D(2027, 11, 24)),
    case("We verhogen de gemiddelde beoordeling van 4,1 naar 4,4 vóór 1 september", "",
         metric="rating", baseline=4.1, target=4.4, deadline=D(2027, 9, 1)),
    case("Het aantal leads moet omhoog", "MART", metric="leads", direction="increase"),
    case("Leads moeten stijgen naar 500 per maand", "AT", target=500),
    case("De conversieratio wordt verhoogd naar 3% binnen een jaar", "A", target=3),

    # --- English: metrics and directions -----------------------------------------------------
    case("Our team will grow revenue by 20% by end of Q2", "",
         metric="revenue", direction="increase", relative_change=0.2, deadline=D(2027, 6, 30)),
    case("We will cut customer churn from 5% to 4% next year", "",
         metric="customer churn", direction="decrease", baseline=5, target=4, deadline=D(2027, 12, 31)),
    case("Reduce cost per lead from $1,250 to $1,000 within three weeks", "A",
         metric="cost per acquisition", direction="decrease", baseline=1250, target=1000,
         deadline=D(2026, 12, 15)),
    case("The sales team will increase demos by 15% during 2027", "",
         relative_change=0.15, deadline=D(2027, 12, 31)),
    case("Keep NPS at least 50 in 2027", "A", metric="NPS", direction="at_least", target=50),
    case("We improve customer satisfaction to at least 85% by end of Q2", "",
         metric="customer satisfaction", direction="at_least", target=85, deadline=D(2027, 6, 30)),
    case("Improve waiting time by 20% within six months", "A",
         metric="lead time", direction="decrease", relative_change=-0.2),
    case("We increase reach by 20% within the next three months", "",
         metric="reach", relative_change=0.2, deadline=D(2027, 2, 24)),
    case("We increase gross margin from 20% to 25% in the first quarter of 2027", "",
         metric="margin", baseline=20, target=25, deadline=D(2027, 3, 31)),
    case("We lift the newsletter open rate from 18% to 22% within three months", "",
         baseline=18, target=22, deadline=D(2027, 2, 24)),
    case("The team raises average order value from $45 to $52 in Q1", "",
         metric="order value", baseline=45, target=52, deadline=D(2027, 3, 31)),
    case("We reduce bounce rate from 60% to 45% within two months", "",
         metric="bounce rate", direction="decrease", baseline=60, target=45),
    case("Our team increases market share from 12% to 14% in 2027", "",
         metric="market share", direction="increase", baseline=12, target=14),
    case("We reduce the cost per lead from €30 to €24 within four months", "",
         metric="cost per acquisition", baseline=30, target=24, deadline=D(2027, 3, 24)),
    case("Our service desk cuts response time from 48 to 24 hours by March 1", "",
         metric="response time", direction="decrease", baseline=48, target=24, deadline=D(2027, 3, 1)),
    case("The marketing team keeps customer churn below 5% in 2027", "",
         metric="customer churn", direction="at_most", target=5),
    case("We maintain an NPS of 45 through 2027", "",
         metric="NPS", direction="keep", target=45, deadline=D(2027, 12, 31)),
    case("The support team keeps the waiting time under 3 minutes in Q1 2027", "",
         metric="lead time", direction="at_most", target=3, deadline=D(2027, 3, 31)),
    case("Our team reaches 10.2% conversion by 31-12-2027", "S",
         metric="conversion rate", target=10.2, deadline=D(2027, 12, 31)),
    case("We win twelve new customers before 1 June 2027", "",
         metric="customers", target=12, deadline=D(2027, 6, 1)),
    case("Within three weeks we book 30 demos", "", metric="sign-ups", target=30),
    case("We get 20% more leads within three months", "",
         metric="leads", direction="increase", relative_change=0.2),
    case("We grow revenue by $10,000 during 2027", "", metric="revenue", deadline=D(2027, 12, 31)),
    case("We reduce complaints by 25% before April 1", "",
         metric="complaints", direction="decrease", relative_change=-0.25, deadline=D(2027, 4, 1)),
    case("Our webshop grows orders from 1,200 to 1,500 a month in 2027", "",
         metric="orders", baseline=1200, target=1500),
    case("We increase newsletter sign-ups from 300 to 450 within nine months", "",
         metric="sign-ups", baseline=300, target=450, deadline=D(2027, 8, 24)),
    case("We shorten the delivery lead time from 5 to 3 days by end of Q1", "",
         metric="lead time", direction="decrease", baseline=5, target=3, deadline=D(2027, 3, 31)),
    case("Our agency lowers the cost per acquisition by 10% within two months", "",
         metric="cost per acquisition", direction="decrease", relative_change=-0.1),
    case("We raise the customer satisfaction score to 8.5 before July 1st", "",
         metric="customer satisfaction", target=8.5, deadline=D(2027, 7, 1)),
    case("Increase NPS to 50 within three weeks", "A", metric="NPS", target=50),
    case("Grow the number of qualified leads", "MART", metric="leads", direction="increase"),
    case("Boost the conversion rate", "MART", metric="conversion rate", direction="increase"),

    # --- vague aspirations fail S ---------------------------------------------------------------
    case("We moeten beter worden", "SMRT"),
    case("Wij willen groeien", "SMRT"),
    case("Wij willen marktleider worden in 2027", "SMR"),
    case("Become market leader", "SMART"),
    case("We want to become market leader in the Benelux", "SMRT"),
    case("We want to grow", "SMRT"),
    case("Our brand should be the best in 2027", "SMR"),
    case("Onze marketing moet professioneler", "SMRT"),

    # --- numbers written the Dutch or the English way -----------------------------------------
    case("We verhogen het aantal bezoekers van 10.000 naar 12.500 in 2027", "", baseline=10_000, target=12_500),
    case("We grow visitors from 10,000 to 12,500 in 2027", "", baseline=10_000, target=12_500),
    case("We verhogen de conversieratio van 10,2% naar 11,5% in 2027", "", baseline=10.2, target=11.5),
    case("We increase the conversion rate from 10.2% to 11.5% in 2027", "", baseline=10.2, target=11.5),
    case("Wij verlagen de kosten per lead van €45,50 naar €40 in Q1", "", baseline=45.5, target=40),
    case("We cut the cost per lead from $1,250 to $1,000 in Q1", "", baseline=1250, target=1000),
    case("We reach 1.200 leads in 2027", "S", metric="leads", target=1200),
    case("We reach 1,200 leads in 2027", "S", metric="leads", target=1200),
    case("We reach 1,200 leads in 2027, up from 900", "", direction="increase", baseline=900, target=1200),
    case("We generate 1,200 leads in 2027", "", direction="increase", target=1200),
    case("We grow revenue from € 1.000.000 to € 1.500.000 by 2027-12-31", "",
         baseline=1_000_000, target=1_500_000, deadline=D(2027, 12, 31)),
    case("Ons team verhoogt de omzet van € 2 miljoen naar € 2,5 miljoen in 2027", "",
         baseline=2_000_000, target=2_500_000),

    # --- number words ---------------------------------------------------------------------------
    case("Our team grows the NPS from thirty to forty in 2027", "", baseline=30, target=40),
    case("We sign eleven new clients within seven weeks", "", target=11, deadline=D(2027, 1, 12)),
    case("Wij werven één nieuwe distributeur per maand", "T", target=1, metric_words="nieuwe distributeur"),
    case("We verhogen de omzet met anderhalf keer binnen een jaar", "",
         relative_change=0.5, deadline=D(2027, 11, 24)),
    case("We increase sign-ups by half within a year and a half", "",
         relative_change=0.5, deadline=D(2028, 5, 24)),
    case("We cut waiting time by a half within six months", "", relative_change=-0.5),
    case("Wij verminderen de wachttijd met de helft binnen tien weken", "",
         relative_change=-0.5, deadline=D(2027, 2, 2)),
    case("We halveren de wachttijd binnen zes maanden", "", relative_change=-0.5),
    case("Wij verkorten de levertijd naar twee dagen binnen vijf weken", "",
         target=2, deadline=D(2026, 12, 29)),
    case("We book two hundred demos within eleven months", "", target=200, deadline=D(2027, 10, 24)),
    case("Wij halen ten minste 85% klanttevredenheid in 2027", "", direction="at_least", target=85),

    # --- relative changes and the realism bounds ------------------------------------------------
    case("We triple the number of sign-ups within a year", "R", relative_change=2.0),
    case("We verdrievoudigen het aantal aanmeldingen binnen een jaar", "R", relative_change=2.0),
    case("We double the number of leads from 200 to 400 by 2 April 2027", "",
         relative_change=1.0, deadline=D(2027, 4, 2)),
    case("We verdubbelen de omzet in 2027", "", relative_change=1.0),
    case("We double revenue in 2027", "", relative_change=1.0),
    case("We verhogen de omzet met 100% in 2027", "", relative_change=1.0),
    case("We increase leads from 100 to 200 within a year", "", baseline=100, target=200),
    case("We increase leads from 100 to 201 within a year", "R"),
    case("Increase leads from 50 to 500 by 30-06-2027", "AR", deadline=D(2027, 6, 30)),
    case("Wij verhogen de verkopen van 50 naar 500 in 2027", "R", baseline=50, target=500),
    case("We increase sales tenfold in 2027", "R", relative_change=9.0),
    case("We vertienvoudigen de omzet in 2027", "R", relative_change=9.0),
    case("We verminderen klachten met 60% binnen een jaar", "R", relative_change=-0.6),
    case("We reduce complaints by 60% within a year", "R"),
    case("We reduce complaints by 50% within a year", "", relative_change=-0.5),
    case("We verminderen het aantal klachten van 100 naar 49 binnen een jaar", "R"),
    case("We verminderen het aantal klachten van 100 naar 50 binnen een jaar", ""),
    case("We verhogen het aantal leads van 100 naar 100 in 2027", "R"),
    case("We increase leads from 200 to 150 in 2027", "R"),
    case("We verlagen het klantverloop van 4% naar 6% in 2027", "R"),
    case("We want 25% more website visitors within four months", "",
         metric="visitors", relative_change=0.25, deadline=D(2027, 3, 24)),
    case("We triple sign-ups within a year", "", max_increase=2.0),
    case("We verdrievoudigen de aanmeldingen binnen een jaar", "R", max_increase=1.5),
    case("We cut complaints by 60% within a year", "", max_decrease=0.7),
    case("We increase leads by 40% within a year", "R", max_increase=0.3),
    case("Wij verhogen het aantal leads met 40% binnen een jaar", "", max_increase=0.4),

    # --- a stated percentage must agree with its from→to numbers (±1 point) -----------------------
    case("We verhogen de omzet van € 100.000 naar € 150.000 in 2027, een stijging van 50%", "",
         relative_change=0.5),
    case("We grow revenue from €100,000 to €150,000 in 2027, a growth of 50%", "", relative_change=0.5),
    case("We grow revenue from €100,000 to €150,000 in 2027, up 50%", "", relative_change=0.5),
    case("We grow revenue from €100,000 to €140,000 in 2027 (+50%)", "R"),
    case("We grow leads from 200 to 301 in 2027 (+50%)", ""),
    case("We grow leads from 100 to 151 in 2027 (+50%)", ""),
    case("We grow leads from 100 to 152 in 2027, that is 50% more", "R"),
    case("Wij verhogen het aantal leads met 20% van 100 naar 130 in 2027", "R"),
    case("Wij verlagen het klantverloop met 25% van 8% naar 6% in 2027", "", relative_change=-0.25),

    # --- rates stay within 0–100 % ------------------------------------------------------------------
    case("We increase the conversion rate from 80% to 120% in 2027", "R"),
    case("Wij verhogen de conversieratio naar 105% in 2027", "R", target=105),
    case("We bring customer churn down to -5% in 2027", "R"),
    case("Wij verhogen het marktaandeel van 40% naar 60% in 2027", ""),

    # --- vanity metrics fail R ---------------------------------------------------------------------
    case("We want 10,000 more Instagram followers by 2027-06-30", "R", metric="followers"),
    case("Verhoog het aantal likes op Facebook met 20% in 2027", "AR"),
    case("We increase views on YouTube by 30% within a year", "R"),
    case("Ons team verhoogt het aantal impressies met 30% in 2027", "R"),
    case("Our team grows impressions by 30% in 2027", "R"),
    case("We verhogen het aantal volgers op LinkedIn van 1.000 naar 1.500 in 2027", "R"),
    case("Wij verhogen het aantal weergaven van onze video's met 40% binnen een jaar", "R"),

    # --- ceilings and floors -------------------------------------------------------------------------
    case("De advertentiekosten blijven onder € 50.000 per kwartaal dit jaar", "A",
         metric="cost", direction="at_most", target=50_000, deadline=D(2026, 12, 31)),
    case("Our team will stay below € 50.000 ad spend this year", "",
         direction="at_most", target=50_000),
    case("Ons team blijft onder € 50.000 advertentie-uitgaven dit jaar", "",
         direction="at_most", target=50_000),
    case("Our CPA must stay below € 45 this year", "", direction="at_most", target=45),
    case("Onze CPA moet onder de € 45 blijven dit jaar", "", direction="at_most", target=45),
    case("We want at least 85% customer satisfaction by end of Q2", "",
         direction="at_least", target=85),
    case("Wij willen minimaal 85% klanttevredenheid eind juni 2027", "",
         direction="at_least", target=85, deadline=D(2027, 6, 30)),
    case("We spend no more than €20,000 on ads in Q1", "", direction="at_most", target=20_000),
    case("Wij besteden maximaal € 20.000 aan advertenties in Q1", "", direction="at_most", target=20_000),

    # --- deadlines: dates -------------------------------------------------------------------------
    case("Wij verhogen het aantal leads met 20% tegen 15 november 2027", "", deadline=D(2027, 11, 15)),
    case("We increase leads by 20% by 2 April 2027", "", deadline=D(2027, 4, 2)),
    case("We increase leads by 20% by 2027-04-02", "", deadline=D(2027, 4, 2)),
    case("Wij verhogen het aantal leads met 20% vóór 30-06-2027", "", deadline=D(2027, 6, 30)),
    case("We increase leads by 20% by December 31, 2027", "", deadline=D(2027, 12, 31)),
    case("We increase leads by 20% before 1 May", "", deadline=D(2027, 5, 1)),
    case("We increase leads by 20% before May 1st", "", deadline=D(2027, 5, 1)),
    case("Wij verhogen het aantal leads met 20% uiterlijk 1 maart", "", deadline=D(2027, 3, 1)),
    case("Wij verhogen het aantal leads met 20% vóór 24 november", "", deadline=D(2026, 11, 24)),
    case("Wij verhogen het aantal leads met 20% vóór 1 december", "", deadline=D(2026, 12, 1)),
    case("We increase leads by 20% by 30 February 2027", "T"),
    case("Wij verhogen het aantal leads met 20% voor 30 februari 2027", "T"),
    case("Wij verhogen het aantal leads met 20% voor 31-31-2026", "T"),

    # --- deadlines: periods ----------------------------------------------------------------------
    case("We increase leads by 20% by end of Q2", "", deadline=D(2027, 6, 30)),
    case("We increase leads by 20% next year", "", deadline=D(2027, 12, 31)),
    case("Wij verhogen het aantal leads met 20% volgend jaar", "", deadline=D(2027, 12, 31)),
    case("We increase leads by 20% in 2027", "", deadline=D(2027, 12, 31)),
    case("We increase leads by 20% during 2027", "", deadline=D(2027, 12, 31)),
    case("Wij verhogen het aantal leads met 20% binnen anderhalf jaar", "", deadline=D(2028, 5, 24)),
    case("We increase leads by 20% within three weeks", "", deadline=D(2026, 12, 15)),
    case("Wij verhogen het aantal leads met 20% voor Q4", "", deadline=D(2026, 12, 31)),
    case("Wij verhogen het aantal leads met 20% in het tweede kwartaal", "", deadline=D(2027, 6, 30)),
    case("We increase leads by 20% within half a year", "", deadline=D(2027, 5, 24)),
    case("Wij verhogen het aantal leads met 20% binnen een half jaar", "", deadline=D(2027, 5, 24)),
    case("We increase leads by 20% within a year and a half", "", deadline=D(2028, 5, 24)),
    case("We increase leads by 20% by the end of the year", "", deadline=D(2026, 12, 31)),
    case("Wij verhogen het aantal leads met 20% voor het einde van het jaar", "", deadline=D(2026, 12, 31)),
    case("Wij verhogen het aantal leads met 20% eind 2027", "", deadline=D(2027, 12, 31)),
    case("Wij verhogen het aantal leads met 20% dit kwartaal", "", deadline=D(2026, 12, 31)),
    case("We increase leads by 20% this quarter", "", deadline=D(2026, 12, 31)),
    case("We increase leads by 20% next quarter", "", deadline=D(2027, 3, 31)),
    case("We increase leads by 20% in H1 2027", "", deadline=D(2027, 6, 30)),
    case("We increase leads by 20% over the next 12 months", "", deadline=D(2027, 11, 24)),
    case("Wij verhogen het aantal leads met 20% in de komende 12 maanden", "", deadline=D(2027, 11, 24)),
    case("Wij verhogen het aantal leads met 20% binnen twaalf weken", "", deadline=D(2027, 2, 16)),
    case("We increase leads by 20% within 90 days", "", deadline=D(2027, 2, 22)),
    case("Wij verhogen het aantal leads met 20% voor 2028", "", deadline=D(2027, 12, 31)),
    case("We increase leads by 20% by the end of June", "", deadline=D(2027, 6, 30)),
    case("Wij verhogen het aantal leads met 20% in juni 2027", "", deadline=D(2027, 6, 30)),
    case("The sales team increases revenue by 10% every quarter until the end of 2027", "",
         deadline=D(2027, 12, 31)),

    # --- a rate or a reference period is not a deadline ----------------------------------------------
    case("Wij verhogen het aantal leads met 20% per kwartaal", "T"),
    case("We increase leads by 20% per quarter", "T"),
    case("We increase leads by 20% every month", "T"),
    case("Wij verhogen elke maand het aantal leads met 20%", "T"),
    case("We boeken 40 leads per week", "T", metric="leads", target=40, deadline=None),
    case("We book 40 leads per month", "T", target=40, deadline=None),
    case("We want 30 demos a week", "ST", target=30),
    case("Wij verhogen het aantal leads met 20% ten opzichte van 2025", "T", relative_change=0.2),
    case("Wij verhogen het aantal leads met 20% t.o.v. 2025", "T", deadline=None),
    case("We increase leads by 20% compared with 2025", "T"),
    case("We increase leads by 20% compared with last year", "T"),
    case("We increase leads by 20% vs last year", "T"),
    case("We verhogen de omzet met 20% ten opzichte van vorig jaar in 2027", "", deadline=D(2027, 12, 31)),
    case("We increase revenue by 20% compared with last year in 2027", "", deadline=D(2027, 12, 31)),
    case("We increase revenue by 20% compared with 2025 by end of Q2 2027", "", deadline=D(2027, 6, 30)),
    case("Wij willen 30 demo's per week binnen twee maanden", "S", target=30, deadline=D(2027, 1, 24)),
    case("Wij willen 30 demo's per week boeken binnen twee maanden", "", target=30, deadline=D(2027, 1, 24)),

    # --- acceptable: who owns it ------------------------------------------------------------------
    case("Verhoog het aantal leads van 100 naar 150 binnen zes maanden", "A"),
    case("Het aantal leads wordt verhoogd van 100 naar 150 binnen zes maanden", "A"),
    case("Increase leads from 100 to 150 within six months", "A"),
    case("Leads will be increased from 100 to 150 within six months", "A"),
    case("I increase leads from 100 to 150 within six months", "", owner="I"),
    case("Ik verhoog het aantal leads van 100 naar 150 binnen zes maanden", "", owner="Ik"),
    case("Our team increases leads from 100 to 150 within six months", ""),
    case("The sales team increases leads from 100 to 150 within six months", ""),
    case("De salesafdeling verhoogt het aantal leads van 100 naar 150 binnen zes maanden", "",
         owner="salesafdeling"),
    case("Ons team verhoogt het aantal leads van 100 naar 150 binnen zes maanden", ""),
    case("The marketing department cuts the cost per lead by 10% in Q1", ""),
]


BOUNDS = ("max_increase", "max_decrease")


@pytest.mark.parametrize("text, failed, parsed", CASES)
def test_goal_text(text: str, failed: str, parsed: dict[str, object]) -> None:
    bounds = {k: v for k, v in parsed.items() if k in BOUNDS}
    parsed = {k: v for k, v in parsed.items() if k not in BOUNDS}
    result = smart_check(text, today=TODAY, **bounds)
    assert set(result.failed) == set(failed), result.gaps()
    assert result.score == 5 - len(failed)
    got = result.parsed.as_dict() | {"relative_change": result.parsed.relative_change}
    for name, expected in parsed.items():
        if isinstance(expected, (int, float)):
            assert got[name] == pytest.approx(expected), name
        else:
            assert got[name] == expected, name


def test_there_are_enough_cases_in_both_languages() -> None:
    texts = [p.values[0] for p in CASES]
    assert len(texts) >= 160
    assert len(set(texts)) == len(texts), "duplicate goal texts"
    dutch = sum(1 for t in texts if smart_check(t, today=TODAY).lang == "nl")
    assert 0.4 * len(texts) <= dutch <= 0.6 * len(texts)


# --- structured arguments win over the text ----------------------------------------------------


def test_target_argument_wins_over_the_text() -> None:
    result = smart_check("We verhogen het aantal leads van 100 naar 200 in 2027", target=150, today=TODAY)
    assert result.parsed.target == 150
    assert result.parsed.baseline == 100


def test_baseline_and_metric_arguments_fill_a_vague_text() -> None:
    result = smart_check("We want to grow", metric="leads", direction="increase", baseline="1.000",
                         target="1.500", deadline="2027-06-30", today=TODAY)
    assert result.failed == ""
    assert (result.parsed.metric, result.parsed.baseline, result.parsed.target) == ("leads", 1000, 1500)


def test_deadline_argument_makes_a_goal_time_bound() -> None:
    text = "We increase leads from 100 to 150"
    assert "T" in smart_check(text, today=TODAY).failed
    result = smart_check(text, deadline=date(2027, 3, 31), today=TODAY)
    assert "T" not in result.failed
    assert result.parsed.deadline == date(2027, 3, 31)


def test_deadline_argument_wins_over_the_text() -> None:
    result = smart_check("We increase leads from 100 to 150 within six months", deadline="31-12-2027", today=TODAY)
    assert result.parsed.deadline == date(2027, 12, 31)


@pytest.mark.parametrize("deadline", ["31-31-2026", "30 februari 2027", "someday"])
def test_invalid_deadline_argument_fails_t_with_a_reason(deadline: str) -> None:
    result = smart_check("We increase leads from 100 to 150 within six months", deadline=deadline, today=TODAY)
    assert "T" in result.failed
    assert deadline in result.verdicts["T"].reason


def test_owner_argument_makes_a_passive_goal_acceptable() -> None:
    text = "Increase leads from 100 to 150 within six months"
    assert smart_check(text, today=TODAY).failed == "A"
    result = smart_check(text, owner="Marketing", today=TODAY)
    assert result.failed == ""
    assert "Marketing" in result.verdicts["A"].reason


def test_target_argument_that_is_no_number_fails_m() -> None:
    result = smart_check("We increase leads within six months", target="lots", today=TODAY)
    assert "M" in result.failed
    assert "lots" in result.verdicts["M"].reason


def test_direction_argument_in_dutch() -> None:
    result = smart_check("Klantverloop in 2027", direction="verlagen", baseline="8%", target="6%", owner="Jan",
                         today=TODAY)
    assert result.parsed.direction == "decrease"
    assert result.failed == ""


def test_start_argument_anchors_periods() -> None:
    result = smart_check("We increase leads by 20% within three months", start="2027-01-01", today=TODAY)
    assert result.parsed.deadline == date(2027, 4, 1)


# --- reasons speak the text's language; ``lang`` overrides -----------------------------------


DUTCH_GOAL = "Verhoog het aantal leads per maand"
ENGLISH_GOAL = "Increase the number of leads per month"


def test_dutch_text_gets_dutch_reasons() -> None:
    result = smart_check(DUTCH_GOAL, today=TODAY)
    assert result.lang == "nl"
    assert "Niet meetbaar" in result.verdicts["M"].reason
    assert "Niemand" in result.verdicts["A"].reason
    assert "ritme" in result.verdicts["T"].reason


def test_english_text_gets_english_reasons() -> None:
    result = smart_check(ENGLISH_GOAL, today=TODAY)
    assert result.lang == "en"
    assert "Not measurable" in result.verdicts["M"].reason
    assert "Nobody" in result.verdicts["A"].reason
    assert "rate" in result.verdicts["T"].reason


@pytest.mark.parametrize("text", [DUTCH_GOAL, ENGLISH_GOAL])
def test_lang_argument_overrides(text: str) -> None:
    dutch = smart_check(text, today=TODAY, lang="nl")
    english = smart_check(text, today=TODAY, lang="en")
    assert dutch.verdicts["S"].reason.startswith("Specifiek")
    assert english.verdicts["S"].reason.startswith("Specific")
    assert "deadline" in dutch.verdicts["T"].reason.lower() or "ritme" in dutch.verdicts["T"].reason


def test_passing_reasons_name_what_was_understood() -> None:
    result = smart_check("We verhogen de conversieratio van 2% naar 3% binnen zes maanden", today=TODAY)
    assert "conversieratio" in result.verdicts["S"].reason
    assert "3%" in result.verdicts["M"].reason
    assert "2027-05-24" in result.verdicts["T"].reason


def test_seed_verdicts_in_dutch_wording() -> None:
    seed = smart_check("Verhoog de websiteleads van 100 naar 200 vóór 21 december, met 50%", today=TODAY)
    assert seed.failed == "AR"
    assert "klopt niet" in seed.verdicts["R"].reason
    assert smart_check("Verhoog de conversieratio van 2% naar 3% binnen zes maanden", today=TODAY).failed == "A"


def test_smart_score_matches_smart_check() -> None:
    from xlsmart import smart_score

    text = "Increase website leads from 100 to 200 by 21 December, by 50 %"
    assert smart_score(text, today=TODAY) == 3
    assert smart_score(text, today=TODAY, owner="Ann") == 4

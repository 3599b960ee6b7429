"""Every word the PDF prints, in English and German.

The report is built without Qt (it runs from the CLI too), so its texts live
in this plain table instead of Qt's .ts files. Keys are short identifiers;
``{name}`` placeholders are filled with ``str.format``. A test checks that
both languages have every key and the same placeholders.
"""

from __future__ import annotations

from portfolio_app.domain.enums import ContributionKind, Ownership, Platform
from portfolio_app.domain.value import ReachSource

LANGUAGES = ("en", "de")

TEXTS: dict[str, tuple[str, str]] = {
    # document
    "doc.title": ("Communication portfolio", "Kommunikationsportfolio"),
    "doc.subject": (
        "Communication work, reach and audiences, {period}",
        "Kommunikationsarbeit, Reichweite und Publikum, {period}",
    ),
    "doc.creator": ("Portfolio {version}", "Portfolio {version}"),
    "doc.attachment": (
        "The figures of this portfolio with their definitions, and the contributions it lists (JSON)",
        "Die Kennzahlen dieses Portfolios mit ihren Definitionen und die aufgeführten Beiträge (JSON)",
    ),
    "footer.page": ("Page {page} of {pages}", "Seite {page} von {pages}"),
    "footer.generated": ("Prepared on {date}", "Erstellt am {date}"),
    "cover.portfolio": ("Communication portfolio", "Kommunikationsportfolio"),
    "cover.period": ("Period", "Zeitraum"),
    "cover.prepared_for": ("Prepared for", "Erstellt für"),
    "cover.contents": ("Contents", "Inhalt"),
    "cover.contact": ("Contact", "Kontakt"),
    "period.until_today": ("today", "heute"),
    # section titles
    "section.summary": ("Summary", "Zusammenfassung"),
    "section.charts": ("Key figures and charts", "Kennzahlen und Verläufe"),
    "section.career": ("Career", "Berufliche Stationen"),
    "section.campaigns": ("Campaigns", "Kampagnen"),
    "section.highlights": ("Highlights", "Höhepunkte"),
    "section.audiences": ("Audiences", "Kanäle und Publikum"),
    "section.testimonials": ("Testimonials", "Referenzen"),
    "section.method": ("Method", "Methode"),
    "section.appendix": ("Appendix: all contributions", "Anhang: alle Beiträge"),
    "section.appendix.selected": ("Selected work", "Ausgewählte Arbeiten"),
    # summary tiles
    "tile.contributions": ("Contributions", "Beiträge"),
    "tile.contributions.note": ("{online} online, {offline} offline", "{online} online, {offline} offline"),
    "tile.reach": ("People reached", "Erreichte Menschen"),
    "tile.reach.note": (
        "measured by the platforms for {with_figure} of {count} contributions, summed per contribution",
        "von den Plattformen gemessen für {with_figure} von {count} Beiträgen, je Beitrag addiert",
    ),
    "tile.reach.note.one": (
        "measured by the platform for {with_figure} of {count} contribution",
        "von der Plattform gemessen für {with_figure} von {count} Beitrag",
    ),
    "tile.impressions": ("Views (impressions)", "Aufrufe (Impressionen)"),
    "tile.impressions.note": (
        "{with_figure} of {count} contributions; views, not people",
        "{with_figure} von {count} Beiträgen; Aufrufe, keine Menschen",
    ),
    "tile.impressions.note.one": (
        "{with_figure} of {count} contribution; views, not people",
        "{with_figure} von {count} Beitrag; Aufrufe, keine Menschen",
    ),
    "tile.attendees": ("Attendees", "Teilnehmende"),
    "tile.attendees.note": ("in the room, {with_figure} of {count} contributions",
                            "vor Ort, {with_figure} von {count} Beiträgen"),
    "tile.attendees.note.one": ("in the room, {with_figure} of {count} contribution",
                                "vor Ort, {with_figure} von {count} Beitrag"),
    "tile.interactions": ("Interactions", "Interaktionen"),
    "tile.interactions.note": (
        "reactions, comments, shares, clicks (or the platform's engagements) of {with_figure} of {count} "
        "contributions",
        "Reaktionen, Kommentare, Teilen, Klicks (oder die Engagements laut Plattform) von {with_figure} von "
        "{count} Beiträgen",
    ),
    "tile.interactions.note.one": (
        "reactions, comments, shares, clicks (or the platform's engagements) of {with_figure} of {count} "
        "contribution",
        "Reaktionen, Kommentare, Teilen, Klicks (oder die Engagements laut Plattform) von {with_figure} von "
        "{count} Beitrag",
    ),
    "tile.engagement_rate": ("Engagement rate", "Interaktionsrate"),
    "tile.engagement_rate.note": (
        "{interactions} interactions / {impressions} impressions of {basis} contributions with both",
        "{interactions} Interaktionen / {impressions} Impressionen von {basis} Beiträgen mit beidem",
    ),
    "tile.engagement_rate.note.one": (
        "{interactions} interactions / {impressions} impressions of {basis} contribution with both",
        "{interactions} Interaktionen / {impressions} Impressionen von {basis} Beitrag mit beidem",
    ),
    "tile.audience": ("Audience at period end", "Follower am Ende des Zeitraums"),
    "tile.audience.note": ("{growth} in the period", "{growth} im Zeitraum"),
    "tile.portable": ("Portable audience at period end", "Eigene Follower am Ende des Zeitraums"),
    "tile.portable.note": ("personally owned, {growth} in the period", "persönlich, {growth} im Zeitraum"),
    "tile.employer": ("Employer accounts at period end", "Arbeitgeberkonten am Ende des Zeitraums"),
    "tile.employer.note": ("{growth} while employed", "{growth} während der Anstellung"),
    "tile.employer.handed_over": (
        "{growth} while employed; {count} handed over with {size} followers",
        "{growth} während der Anstellung; {count} mit {size} Followern übergeben",
    ),
    "tile.emv": ("Earned media value", "Earned-Media-Wert"),
    "tile.emv.note": ("advertising-cost equivalent, estimate (see Method)",
                      "Werbekosten-Äquivalent, Schätzung (siehe Methode)"),
    "tile.audience_value": ("Audience value per month", "Wert des eigenen Publikums pro Monat"),
    "tile.audience_value.note": (
        "PhoneDog illustration: own followers × {rate}",
        "PhoneDog-Beispiel: eigene Follower × {rate}",
    ),
    "summary.sentence": (
        "From {start} to {end}, {name} published {count} contributions {channels}.",
        "Vom {start} bis zum {end} veröffentlichte {name} {count} Beiträge {channels}.",
    ),
    "summary.sentence.one": (
        "From {start} to {end}, {name} published {count} contribution {channels}.",
        "Vom {start} bis zum {end} veröffentlichte {name} {count} Beitrag {channels}.",
    ),
    "summary.channels.many": ("on {channels} channels", "auf {channels} Kanälen"),
    "summary.channels.one": ("on one channel", "auf einem Kanal"),
    "summary.channels.none": ("without a recorded channel", "ohne erfassten Kanal"),
    "summary.measured": ("Measured: {figures}.", "Gemessen: {figures}."),
    "summary.measured.people": ("{value} people reached (per contribution)", "{value} erreichte Menschen (je Beitrag)"),
    "summary.measured.impressions": ("{value} views (impressions)", "{value} Aufrufe (Impressionen)"),
    "summary.measured.attendees": ("{value} attendees", "{value} Teilnehmende"),
    "summary.measured.interactions": ("{value} interactions", "{value} Interaktionen"),
    "summary.measured.nothing": (
        "Reach and interactions were not measured for these contributions.",
        "Reichweite und Interaktionen wurden für diese Beiträge nicht gemessen.",
    ),
    "summary.rates": (
        "Engagement rate on personally owned channels: {personal_rate}; on employer-owned channels: {employer_rate}.",
        "Interaktionsrate auf eigenen Kanälen: {personal_rate}; auf Kanälen des Arbeitgebers: {employer_rate}.",
    ),
    "summary.rates.personal": (
        "Engagement rate on personally owned channels: {rate}.",
        "Interaktionsrate auf eigenen Kanälen: {rate}.",
    ),
    "summary.rates.employer": (
        "Engagement rate on employer-owned channels: {rate}.",
        "Interaktionsrate auf Kanälen des Arbeitgebers: {rate}.",
    ),
    "summary.sentence.nothing": (
        "No public contributions were recorded in this period.",
        "In diesem Zeitraum wurden keine öffentlichen Beiträge erfasst.",
    ),
    "summary.you": ("the author", "die Person"),
    "summary.strongest": ("Strongest results", "Stärkste Ergebnisse"),
    "summary.strongest.line": ("{figure} · {kind} · {channel} · {date}", "{figure} · {kind} · {channel} · {date}"),
    "figure.reach": ("{value} people reached", "{value} Menschen erreicht"),
    "figure.impressions": ("{value} views (impressions)", "{value} Aufrufe (Impressionen)"),
    "figure.attendees": ("{value} attendees", "{value} Teilnehmende"),
    # YouTube calls a play a view: its impressions (how often the thumbnail was shown) are never "views"
    "figure.impressions_shown": ("{value} impressions (times shown)", "{value} Impressionen (so oft gezeigt)"),
    "summary.no_rate": ("not measured", "nicht gemessen"),
    "summary.by_kind": ("What was done", "Beiträge nach Art"),
    "summary.kind": ("Kind", "Art"),
    # charts
    "chart.audience": ("Audience size at month end", "Follower am Monatsende"),
    "chart.audience.note": (
        "Latest recorded size on or before each date. A line starts at its first measurement and ends at its "
        "last (employer accounts at their hand-over); an audience not yet measured adds nothing to it.",
        "Jeweils die letzte erfasste Zahl bis zu diesem Tag. Eine Linie beginnt mit der ersten Messung und endet "
        "mit der letzten (Konten des Arbeitgebers mit der Übergabe); ein noch nicht gemessener Kanal zählt darin "
        "noch nicht mit.",
    ),
    "chart.per_month": ("Contributions per month", "Beiträge pro Monat"),
    "chart.per_quarter": ("Contributions per quarter", "Beiträge pro Quartal"),
    "chart.channels": ("Channel mix", "Beiträge nach Kanal"),
    "chart.channels.note": ("Contributions per channel in the period.", "Beiträge pro Kanal im Zeitraum."),
    "chart.built": ("Audience built per employment", "Aufgebautes Publikum je Station"),
    "chart.built.note": (
        "Growth of personally owned audiences (they travel with the person) and of the employer's own "
        "accounts (they stay) while in each role.",
        "Zuwachs je Station auf eigenen Kanälen (er bleibt bei einem Jobwechsel) und auf Konten des "
        "Arbeitgebers (er bleibt beim Arbeitgeber).",
    ),
    "chart.split": ("Portable and employer audience", "Eigenes Publikum und Arbeitgeberkonten"),
    "legend.personal": ("Personal (portable)", "Persönlich (mitnehmbar)"),
    "legend.employer": ("Employer-owned", "Arbeitgeber"),
    "legend.employer_growth": ("Employer accounts, while employed", "Arbeitgeberkonten, während der Anstellung"),
    "legend.shared": ("Shared", "Gemeinsam geführt"),
    # career
    "career.current": ("current", "aktuell"),
    "career.role": ("Role", "Station"),
    "career.contributions": ("Contributions", "Beiträge"),
    "career.reach": ("People reached", "Erreichte Menschen"),
    "career.impressions": ("Views", "Aufrufe"),
    "career.interactions": ("Interactions", "Interaktionen"),
    "career.engagement_rate": ("Engagement rate", "Interaktionsrate"),
    "career.built_personal": ("Portable audience built", "Eigene Follower gewonnen"),
    "career.built_employer": ("Employer accounts grown", "Arbeitgeberkonten gewachsen"),
    "career.handed_over": (
        "Handed over at the end of the role: {accounts} with {size} followers.",
        "Am Ende der Station übergeben: {accounts} mit {size} Followern.",
    ),
    "career.between": ("Between roles", "Zwischen den Stationen"),
    "career.between.note": (
        "Contributions for no role and audience growth in the gaps between roles. The roles and this line add "
        "up to the period's totals.",
        "Beiträge ohne Station und Zuwachs an Followern in den Lücken zwischen den Stationen. Die Stationen "
        "und diese Zeile ergeben zusammen die Summen des Zeitraums.",
    ),
    "career.in_period": ("In this report: {span}", "In diesem Bericht: {span}"),
    # campaigns
    "campaign.name": ("Campaign", "Kampagne"),
    "campaign.objective": ("Objective", "Ziel"),
    "campaign.outcome": ("Outcome", "Ergebnis"),
    "campaign.reach": ("People reached", "Erreichte Menschen"),
    "campaign.interactions": ("Interactions", "Interaktionen"),
    "campaign.achieved": ("{achieved} of {target} ({share})", "{achieved} von {target} ({share})"),
    "campaign.no_target": ("{achieved}, no target set", "{achieved}, kein Ziel gesetzt"),
    "campaign.not_measured": ("not measured (target {target})", "nicht gemessen (Ziel {target})"),
    "campaign.status": ("Result: {status}", "Ergebnis: {status}"),
    "campaign.status.met": ("target met", "Ziel erreicht"),
    "campaign.status.partly_met": ("target partly met", "Ziel teilweise erreicht"),
    "campaign.status.not_met": ("target not met", "Ziel nicht erreicht"),
    "campaign.status.no_target": ("no target set", "kein Ziel gesetzt"),
    "campaign.status.not_measured": ("not measured", "nicht gemessen"),
    "campaign.outcome_own": ("In the author's words", "Eigene Bilanz"),
    "campaign.key": ("Key contributions", "Wichtigste Beiträge"),
    "campaign.count": ("{count} contributions", "{count} Beiträge"),
    "campaign.count.one": ("{count} contribution", "{count} Beitrag"),
    "campaign.in_period": ("measured in this report: {span}", "in diesem Bericht gemessen: {span}"),
    # highlights
    "highlights.engagements": ("{engagements} interactions", "{engagements} Interaktionen"),
    "highlights.more_than_page_one": (
        "More of the featured work, after the pieces on page 1.",
        "Weitere ausgewählte Arbeiten, nach denen auf Seite 1.",
    ),
    "highlights.more": (
        "The {shown} strongest of {count} more featured contributions; the selected work at the end lists them all.",
        "Die {shown} stärksten von {count} weiteren Höhepunkten; die ausgewählten Arbeiten am Ende nennen alle.",
    ),
    # audiences
    "audiences.name": ("Audience", "Kanal"),
    "audiences.platform": ("Platform", "Plattform"),
    "audiences.ownership": ("Owner", "Inhaber"),
    "audiences.size": ("At period end", "Am Ende des Zeitraums"),
    "audiences.growth": ("Growth", "Wachstum"),
    "audiences.segment": ("Who they are", "Wer sie sind"),
    "audiences.since": ("since {date}", "seit {date}"),
    "audiences.handed_over": ("handed over with {size} on {date}", "übergeben mit {size} am {date}"),
    "audiences.as_of": ("as of {date}", "Stand {date}"),
    "audiences.total": ("Total", "Summe"),
    # testimonials
    # method
    "method.intro": (
        "Every figure is computed from the author's own records by the rules below. Private contributions are left "
        "out of every figure and list; unknown metrics stay unknown, never zero.",
        "Alle Zahlen sind nach den folgenden Regeln aus den eigenen Aufzeichnungen der Person berechnet. Private "
        "Beiträge fehlen in jeder Zahl und Liste; Unbekanntes bleibt unbekannt, nie null.",
    ),
    "method.reach.title": ("People reached, views and attendees", "Erreichte Menschen, Aufrufe und Teilnehmende"),
    "method.reach": (
        "People reached is the reach each platform measured, summed per contribution: a person reached twice counts "
        "twice, so it is not a count of unique people. Views (impressions) count how often content was shown and "
        "are never added to people. Attendees were in the room at talks, trainings and events. Contributions: {count}; "
        "with a reach figure: {people}; with impressions: {impressions}; with attendees: {attendees}; "
        "with none of them: {without}. A figure no contribution had reads \u201cnot measured\u201d, never 0.",
        "Erreichte Menschen ist die von jeder Plattform gemessene Reichweite, je Beitrag addiert: Wer zweimal "
        "erreicht wurde, zählt doppelt; es ist keine Zahl verschiedener Menschen. Aufrufe (Impressionen) zählen, "
        "wie oft Inhalte gezeigt wurden, und werden nie zu Menschen addiert. Teilnehmende waren bei Vorträgen, "
        "Schulungen und Veranstaltungen vor Ort. Beiträge: {count}; mit Reichweite: {people}; mit Impressionen: "
        "{impressions}; mit Teilnehmenden: {attendees}; ohne jede dieser Angaben: {without}. Eine Kennzahl, "
        "die kein Beitrag hatte, steht als \u201enicht gemessen\u201c da, nie als 0.",
    ),
    "method.engagement.title": ("Interactions and engagement rate", "Interaktionen und Interaktionsrate"),
    "method.engagement": (
        "Interactions are reactions + comments + shares + clicks, wherever recorded (contributions with "
        "interactions: {with_interactions}), with or without impressions. Where a platform gives only its own "
        "total (LinkedIn's engagements: reactions, comments, reposts and clicks together), that total is the "
        "contribution's interactions and parts recorded beside it are not added again. The engagement rate divides "
        "the interactions by the impressions of the contributions that have both (contributions with both: "
        "{basis}): {interactions} / {impressions} = {rate}; the same rule, taken separately, gives the rates of "
        "personally owned and of employer-owned channels. Video views imported from YouTube count as clicks (a "
        "view starts with a click) against the thumbnail's impressions; views are not people and never count as "
        "reach.",
        "Interaktionen sind Reaktionen + Kommentare + Teilen + Klicks, wo immer sie erfasst wurden (Beiträge mit "
        "Interaktionen: {with_interactions}), mit oder ohne Impressionen. Wo eine Plattform nur ihre eigene Summe "
        "angibt (die Engagements bei LinkedIn: Reaktionen, Kommentare, Reposts und Klicks zusammen), ist diese "
        "Summe die Interaktionszahl des Beitrags; daneben erfasste Einzelwerte werden nicht noch einmal addiert. "
        "Die Interaktionsrate teilt die Interaktionen durch die Impressionen der Beiträge, die beides haben "
        "(Beiträge mit beidem: {basis}): {interactions} / {impressions} = {rate}; dieselbe Regel, getrennt "
        "angewandt, ergibt die Raten eigener Kanäle und der Kanäle des Arbeitgebers. Aus YouTube importierte "
        "Videoaufrufe zählen als Klicks (ein Aufruf beginnt mit einem Klick) auf die Impressionen des "
        "Vorschaubilds; Aufrufe sind keine Menschen und zählen nie als Reichweite.",
    ),
    "method.audience.title": ("Audience size and growth", "Follower und ihr Zuwachs"),
    "method.audience": (
        "An audience's size at the period's end is its latest recorded size on or before that day, never projected "
        "forward; a period reaching into the future ends today. Growth is the end size minus the size just before "
        "the start, or from the first figure for an audience first measured inside the period. Portable audiences "
        "belong to the person and move with them from job to job. An employer-owned account counts only during the "
        "employment that owns it, from its size when the role began to its size at the hand-over. The career "
        "section lists each role and the time between roles; together they add up to the period's totals.",
        "Die Größe eines Kanals am Ende des Zeitraums ist die letzte erfasste Zahl an oder vor diesem Tag, nie "
        "hochgerechnet; ein Zeitraum, der in die Zukunft reicht, endet heute. Der Zuwachs ist die Größe am Ende "
        "minus die Größe kurz vor dem Anfang, bei einem erst im Zeitraum gemessenen Kanal ab dieser ersten Zahl. "
        "Eigene Follower gehören der Person und gehen mit ihr von Stelle zu Stelle. Ein Konto des Arbeitgebers "
        "zählt nur während der Anstellung, zu der es gehört: von seiner Größe zu Beginn bis zur Übergabe. Die "
        "beruflichen Stationen und die Zeit zwischen ihnen ergeben zusammen die Summen des Zeitraums.",
    ),
    "method.campaigns.title": ("Campaign results", "Ergebnisse der Kampagnen"),
    "method.campaigns": (
        "Each target is compared with the figure it names, over the campaign's contributions in the period: reach "
        "with people reached, interactions with interactions. A target is met at 100 % or more, partly met from "
        "50 %, not met below, and \u201cnot measured\u201d when no contribution had the figure. The outcome is in "
        "the author's own words.",
        "Jedes Ziel wird mit der Kennzahl verglichen, die es nennt, über die Beiträge der Kampagne im Zeitraum: "
        "Reichweite mit erreichten Menschen, Interaktionen mit Interaktionen. Ab 100 % gilt ein Ziel als erreicht, "
        "ab 50 % als teilweise erreicht, darunter als nicht erreicht; \u201enicht gemessen\u201c, wenn kein Beitrag "
        "die Kennzahl hatte. Das Ergebnis steht in den Worten der Person.",
    ),
    "method.money.title": ("Money figures (estimates)", "Geldwerte (Schätzungen)"),
    "method.emv": (
        "Earned media value = Σ impressions / 1,000 × CPM of the platform = {amount}: what the same views would "
        "have cost as advertising (an advertising-cost equivalent), not what they achieved. Contributions "
        "counted: {counted}; without impressions: {without_impressions}; on a platform without a rate: "
        "{without_rate}.",
        "Earned-Media-Wert = Σ Impressionen / 1.000 × TKP der Plattform = {amount}: was dieselben Aufrufe als "
        "Werbung gekostet hätten (ein Werbekosten-Äquivalent), nicht was sie bewirkt haben. Gezählte Beiträge: "
        "{counted}; ohne Impressionen: {without_impressions}; auf einer Plattform ohne Satz: {without_rate}.",
    ),
    "method.audience_value": (
        "Audience value per month (the PhoneDog illustration) = personally owned followers at the period's end "
        "× value per follower and month = {followers} × {rate} = {amount} per month. Employer-owned and shared "
        "accounts do not count.",
        "Wert der Zielgruppe pro Monat (das PhoneDog-Beispiel) = eigene Follower am Ende des Zeitraums × Wert pro "
        "Follower und Monat = {followers} × {rate} = {amount} pro Monat. Konten des Arbeitgebers und geteilte "
        "Konten zählen nicht.",
    ),
    "method.audience_value.converted": (
        "{amount} ({factor} {to_currency} per {from_currency})",
        "{amount} ({factor} {to_currency} je {from_currency})",
    ),
    "method.audience_value.phonedog": (
        "The rate is the one in PhoneDog v. Kravitz, a 2011 US lawsuit in which the employer claimed USD 2.50 per "
        "follower per month for about 17,000 followers of an account its employee had built: an illustration "
        "taken from a claim, not a market price.",
        "Der Satz stammt aus PhoneDog v. Kravitz, einer US-Klage von 2011, in der der Arbeitgeber für rund 17.000 "
        "Follower eines von seinem Mitarbeiter aufgebauten Kontos 2,50 USD pro Follower und Monat forderte: ein "
        "Beispiel aus einer Forderung, kein Marktpreis.",
    ),
    "method.audience_value.own_rate": (
        "The rate is the author's own (see Rates used). For comparison: in PhoneDog v. Kravitz, a 2011 US "
        "lawsuit, the employer claimed USD 2.50 per follower per month for about 17,000 followers of an account "
        "its employee had built: a claim, not a market price.",
        "Der Satz ist eine eigene Annahme der Person (siehe Annahmen). Zum Vergleich: In PhoneDog v. Kravitz, "
        "einer US-Klage von 2011, forderte der Arbeitgeber für rund 17.000 Follower eines von seinem Mitarbeiter "
        "aufgebauten Kontos 2,50 USD pro Follower und Monat: eine Forderung, kein Marktpreis.",
    ),
    "method.audience_value.none": (
        "Audience value per month: not measured (no personally owned audience has a recorded size).",
        "Wert der Zielgruppe pro Monat: nicht gemessen (keine eigene Zielgruppe hat eine erfasste Größe).",
    ),
    "method.currency": (
        "Each money figure is in the currency of its rate; it is converted only where an exchange rate is set.",
        "Jeder Geldwert steht in der Währung seines Satzes; umgerechnet wird nur, wo ein Wechselkurs gesetzt ist.",
    ),
    "method.barcelona": (
        "Advertising-value equivalents say what the same attention would have cost to buy; they do not "
        "measure outcomes (Barcelona Principles 3.0). Outcomes and reach come first; money figures are a "
        "rough comparison only.",
        "Werbeäquivalenzwerte sagen, was dieselbe Aufmerksamkeit als Anzeige gekostet hätte; sie messen "
        "keine Wirkung (Barcelona Principles 3.0). Wirkung und Reichweite stehen an erster Stelle; "
        "Geldwerte sind nur ein grober Vergleich.",
    ),
    "method.rates": ("Rates used", "Annahmen"),
    "method.rates.rate": ("Rate", "Annahme"),
    "method.rates.amount": ("Amount", "Betrag"),
    "method.rates.source": ("Source", "Quelle"),
    "method.rates.date": ("As of", "Stand"),
    "method.rates.cpm": ("CPM {platform}", "TKP {platform}"),
    "method.rates.follower": ("Value per follower and month", "Wert pro Follower und Monat"),
    # the sources the app writes into a rate, as the reader of this PDF should read them
    "method.rates.source.default": (
        "Portfolio's default: a round illustrative figure, not a market price",
        "Vorgabe von Portfolio: ein runder Beispielwert, kein Marktpreis",
    ),
    "method.rates.source.user": ("set by the author", "von der Person selbst gesetzt"),
    "method.rates.source.legacy": ("entered before rates carried a source",
                                   "erfasst, bevor Sätze eine Quelle hatten"),
    "method.rates.source.phonedog": (
        "PhoneDog v. Kravitz (N.D. Cal., 2011): the employer's claim in its lawsuit for about 17,000 followers; "
        "an illustration, not a market price",
        "PhoneDog v. Kravitz (N.D. Cal., 2011): die Forderung des Arbeitgebers in seiner Klage für rund 17.000 "
        "Follower; ein Beispiel, kein Marktpreis",
    ),
    "method.rates.exchange": ("1 {from_currency} in {to_currency}", "1 {from_currency} in {to_currency}"),
    "method.period": ("Period: {period}. Figures as recorded on {date}.",
                      "Zeitraum: {period}. Stand der Daten: {date}."),
    "method.anonymized": (
        "Organisation names are replaced by neutral names.",
        "Namen von Organisationen sind durch neutrale Namen ersetzt.",
    ),
    # appendix
    "appendix.date": ("Date", "Datum"),
    "appendix.kind": ("Kind", "Art"),
    "appendix.title": ("Title", "Titel"),
    "appendix.channel": ("Channel", "Kanal"),
    "appendix.reach": ("Figure", "Kennzahl"),
    "appendix.figure_note": (
        "Figure: the people a platform measured as reached, else the views (impressions), else the attendees, "
        "of each contribution on its own.",
        "Kennzahl: die von der Plattform gemessenen erreichten Menschen, sonst die Aufrufe (Impressionen), sonst "
        "die Teilnehmenden, für jeden Beitrag einzeln.",
    ),
    "appendix.engagements": ("Interactions", "Interaktionen"),
    "appendix.untitled": ("(untitled)", "(ohne Titel)"),
    "appendix.count": ("{count} contributions, newest first.", "{count} Beiträge, die neuesten zuerst."),
    "appendix.count.one": ("{count} contribution.", "{count} Beitrag."),
    "appendix.intro.selected": (
        "{count} of {total} contributions: those marked as featured and the strongest of each employment or "
        "year, newest first. Replies and answers appear only when featured; the full list is available as a CSV "
        "file.",
        "{count} von {total} Beiträgen: die als Höhepunkt markierten und die stärksten jeder Station oder jedes "
        "Jahres, die neuesten zuerst. Antworten und Kommentare nur, wenn sie als Höhepunkt markiert sind; die "
        "vollständige Liste gibt es als CSV-Datei.",
    ),
    "appendix.subtotal": (
        "{count} contributions in all · {figures}.",
        "{count} Beiträge insgesamt · {figures}.",
    ),
    "appendix.subtotal.one": (
        "{count} contribution in all · {figures}.",
        "{count} Beitrag insgesamt · {figures}.",
    ),
    "appendix.source.reach": ("people", "Menschen"),
    "appendix.source.impressions": ("views", "Aufrufe"),
    "appendix.source.attendees": ("in the room", "vor Ort"),
    "appendix.source.impressions_shown": ("times shown", "mal gezeigt"),
    "appendix.listed": ("{listed} of them listed.", "Davon {listed} aufgeführt."),
    "appendix.year": ("{year} · own work", "{year} · eigene Arbeiten"),
    # quotation marks: German opens low („…“)
    "quote.open": ("“", "„"),
    "quote.close": ("”", "“"),
    # executive summary (page 1)
    "exec.proof": ("Results in numbers", "Ergebnisse in Zahlen"),
    "exec.featured": ("Featured work", "Herausragende Arbeiten"),
    "exec.voices": ("What others say", "Was andere sagen"),
    "proof.reach.label": ("People reached", "Erreichte Menschen"),
    "proof.reach": (
        "with {count} contributions {channels} ({with_figure} of them measured)",
        "mit {count} Beiträgen {channels} ({with_figure} davon mit Kennzahl)",
    ),
    "proof.reach.one": (
        "with {count} contribution {channels}, measured by its platform",
        "mit {count} Beitrag {channels}, von der Plattform gemessen",
    ),
    "proof.built.label": ("Own audience built", "Eigenes Publikum aufgebaut"),
    "proof.built": (
        "followers gained on personally owned channels, {size} in all; they move with the person",
        "Follower auf eigenen Kanälen hinzugewonnen, {size} insgesamt; sie bleiben bei einem Jobwechsel",
    ),
    "proof.campaigns.label": ("Campaign targets met", "Kampagnenziele erreicht"),
    "proof.campaigns.value": ("{met} of {count}", "{met} von {count}"),
    "proof.campaigns": (
        "campaigns met their target for people reached; the best, {best}, reached {share} of it",
        "Kampagnen erreichten ihr Reichweitenziel; am besten {best} mit {share}",
    ),
    "proof.engagement.label": ("Engagement rate", "Interaktionsrate"),
    "proof.engagement": (
        "{engagements} interactions on the impressions of {basis} contributions",
        "{engagements} Interaktionen auf die Impressionen von {basis} Beiträgen",
    ),
    "proof.engagement.one": (
        "{engagements} interactions on the impressions of {basis} contribution",
        "{engagements} Interaktionen auf die Impressionen von {basis} Beitrag",
    ),
    "proof.strongest.label": ("Strongest single piece", "Stärkster einzelner Beitrag"),
    "proof.strongest.reach": ("people reached by “{title}” ({kind})", "Menschen erreichte „{title}“ ({kind})"),
    "proof.strongest.impressions": ("views of “{title}” ({kind}; views are not people)",
                                    "Aufrufe von „{title}“ ({kind}; Aufrufe sind keine Menschen)"),
    "proof.strongest.attendees": ("people in the room for “{title}” ({kind})",
                                  "Menschen im Saal bei „{title}“ ({kind})"),
    "proof.strongest.impressions_shown": (
        "impressions of “{title}” ({kind}; times shown, not views or people)",
        "Impressionen von „{title}“ ({kind}; so oft gezeigt, keine Aufrufe und keine Menschen)",
    ),
    "proof.views.label": ("Views", "Aufrufe"),
    "proof.views": ("of {count} contributions ({with_figure} of them with a figure); views are not people",
                    "von {count} Beiträgen ({with_figure} davon mit Kennzahl); Aufrufe sind keine Menschen"),
    "proof.views.one": ("of {count} contribution, with a figure; views are not people",
                        "von {count} Beitrag, mit Kennzahl; Aufrufe sind keine Menschen"),
    # anonymised organisations
    "anon.organisation": ("Organisation {letter}", "Organisation {letter}"),
    # values
    "value.unknown": ("unknown", "unbekannt"),
    "value.not_measured": ("not measured", "nicht gemessen"),
    "value.no_channel": ("no channel", "kein Kanal"),
    "source.reach": ("reach", "Reichweite"),
    "source.impressions": ("impressions", "Impressionen"),
    "source.attendees": ("attendees", "Teilnehmende"),
}

_KIND_DE = {
    ContributionKind.POST: "Post",  # as in the window; "Beitrag" is every contribution
    ContributionKind.ARTICLE: "Artikel",
    ContributionKind.TALK: "Vortrag",
    ContributionKind.INTERVIEW: "Interview",
    ContributionKind.PODCAST: "Podcast",
    ContributionKind.VIDEO: "Video",
    ContributionKind.NEWSLETTER: "Newsletter",
    ContributionKind.ANSWER: "Antwort / Kommentar",
    ContributionKind.TRAINING: "Schulung",
    ContributionKind.EVENT: "Veranstaltung",
    ContributionKind.PRESS: "Presseerwähnung",
    ContributionKind.OTHER: "Sonstiges",
}
_PLATFORM_DE = {
    Platform.BLOG: "Blog",
    Platform.NEWSLETTER: "Newsletter",
    Platform.PODCAST: "Podcast",
    Platform.INTRANET: "Intranet",
    Platform.COMMUNITY: "Community",
    Platform.OFFLINE: "Vor Ort",
}
_OWNERSHIP_DE = {Ownership.PERSONAL: "Person", Ownership.EMPLOYER: "Arbeitgeber", Ownership.SHARED: "Gemeinsam"}

for _kind in ContributionKind:
    TEXTS[f"kind.{_kind.value}"] = (_kind.label, _KIND_DE[_kind])
for _platform in Platform:
    TEXTS[f"platform.{_platform.value}"] = (_platform.label, _PLATFORM_DE.get(_platform, _platform.label))
for _owner in Ownership:
    TEXTS[f"ownership.{_owner.value}"] = (_owner.label, _OWNERSHIP_DE[_owner])


def figure_key(platform: Platform | None, source: ReachSource) -> str:
    """The key part naming one contribution's headline figure: ``figure.<key>``, ``appendix.source.<key>``.

    Impressions are "views (impressions)" except on YouTube, where a view is a play the platform counts
    apart (imported as clicks): there they are impressions, how often the thumbnail was shown.
    """
    if source is ReachSource.IMPRESSIONS and platform is Platform.YOUTUBE:
        return "impressions_shown"
    return source.value


class Texts:
    """The report's words in one language: ``texts("section.summary")``."""

    def __init__(self, language: str = "en"):
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        self.language = language
        self._index = LANGUAGES.index(language)

    def __call__(self, key: str, **values) -> str:
        text = TEXTS[key][self._index]
        return text.format(**values) if values else text

    def count(self, key: str, how_many: int, /, **values) -> str:
        """The text of ``key`` for ``how_many`` things: its ``.one`` form for exactly one, where it has one."""
        return self(f"{key}.one" if how_many == 1 and f"{key}.one" in TEXTS else key, **values)

    def on_channels(self, channels: int, formatted: str) -> str:
        """'on 3 channels', 'on one channel' or 'without a recorded channel'."""
        if channels == 0:
            return self("summary.channels.none")
        if channels == 1:
            return self("summary.channels.one")
        return self("summary.channels.many", channels=formatted)

    def kind(self, kind: ContributionKind) -> str:
        return self(f"kind.{kind.value}")

    def platform(self, platform: Platform | None) -> str:
        return self(f"platform.{platform.value}") if platform else self("value.no_channel")

    def ownership(self, ownership: Ownership) -> str:
        return self(f"ownership.{ownership.value}")

"""Every word the PDF prints, in English and German.

The report is built without Qt (it runs from the CLI too), so its texts live
in this plain table instead of Qt's .ts files. Keys are short identifiers;
``{name}`` placeholders are filled with ``str.format``. A test checks that
both languages have every key and the same placeholders.
"""

from __future__ import annotations

from portfolio_app.domain.enums import ContributionKind, Ownership, Platform

LANGUAGES = ("en", "de")

TEXTS: dict[str, tuple[str, str]] = {
    # document
    "doc.title": ("Communication portfolio", "Kommunikationsportfolio"),
    "doc.subject": (
        "Communication work, reach and audiences, {period}",
        "Kommunikationsarbeit, Reichweite und Zielgruppen, {period}",
    ),
    "doc.creator": ("Portfolio {version}", "Portfolio {version}"),
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
    "section.charts": ("Reach and activity over time", "Reichweite und Aktivität im Zeitverlauf"),
    "section.career": ("Career", "Berufliche Stationen"),
    "section.campaigns": ("Campaigns", "Kampagnen"),
    "section.highlights": ("Highlights", "Höhepunkte"),
    "section.audiences": ("Audiences", "Zielgruppen"),
    "section.testimonials": ("Testimonials", "Referenzen"),
    "section.method": ("Method", "Methode"),
    "section.appendix": ("Appendix: all contributions", "Anhang: alle Beiträge"),
    "section.appendix.selected": ("Selected work", "Ausgewählte Arbeiten"),
    # summary tiles
    "tile.contributions": ("Contributions", "Beiträge"),
    "tile.contributions.note": ("{online} online, {offline} offline", "{online} online, {offline} offline"),
    "tile.reach": ("Reach", "Reichweite"),
    "tile.reach.note": (
        "{with_figure} of {count} contributions with a figure",
        "{with_figure} von {count} Beiträgen mit Kennzahl",
    ),
    "tile.engagement_rate": ("Engagement rate", "Interaktionsrate"),
    "tile.engagement_rate.note": (
        "{engagements} engagements / {impressions} impressions",
        "{engagements} Interaktionen / {impressions} Impressionen",
    ),
    "tile.audience": ("Audience now", "Zielgruppe heute"),
    "tile.audience.note": ("{growth} in the period", "{growth} im Zeitraum"),
    "tile.portable": ("Portable audience", "Eigene Zielgruppe"),
    "tile.portable.note": ("personally owned, {growth} in the period", "persönlich, {growth} im Zeitraum"),
    "tile.employer": ("Employer audience", "Zielgruppe des Arbeitgebers"),
    "tile.employer.note": ("employer-owned, {growth} in the period", "Arbeitgeberkonten, {growth} im Zeitraum"),
    "tile.emv": ("Earned media value", "Earned-Media-Wert"),
    "tile.emv.note": ("estimate, see Method", "Schätzung, siehe Methode"),
    "tile.audience_value": ("Audience value", "Wert der Zielgruppe"),
    "tile.audience_value.note": ("estimate, PhoneDog method", "Schätzung, PhoneDog-Methode"),
    "summary.sentence": (
        "From {start} to {end}, {name} published {count} contributions on {channels} channels, "
        "reaching about {reach} people. Engagement on personally owned channels was {personal_rate}, "
        "on employer-owned channels {employer_rate}.",
        "Von {start} bis {end} veröffentlichte {name} {count} Beiträge auf {channels} Kanälen und erreichte "
        "rund {reach} Menschen. Die Interaktionsrate lag auf eigenen Kanälen bei {personal_rate}, "
        "auf Kanälen des Arbeitgebers bei {employer_rate}.",
    ),
    "summary.sentence.nothing": (
        "No public contributions were recorded in this period.",
        "In diesem Zeitraum wurden keine öffentlichen Beiträge erfasst.",
    ),
    "summary.you": ("the author", "die Person"),
    "summary.strongest": ("Strongest results", "Stärkste Ergebnisse"),
    "summary.strongest.line": ("{reach} reached · {kind} · {channel} · {date}", "{reach} erreicht · {kind} · {channel} · {date}"),
    "summary.no_rate": ("not measured", "nicht gemessen"),
    "summary.by_kind": ("What was done", "Was getan wurde"),
    "summary.kind": ("Kind", "Art"),
    # charts
    "chart.audience": ("Audience size at month end", "Größe der Zielgruppen am Monatsende"),
    "chart.audience.note": (
        "Latest recorded size on or before each date; audiences not yet measured count as nothing.",
        "Letzte erfasste Größe am oder vor dem Datum; noch nicht gemessene Zielgruppen zählen nicht.",
    ),
    "chart.per_month": ("Contributions per month", "Beiträge pro Monat"),
    "chart.per_quarter": ("Contributions per quarter", "Beiträge pro Quartal"),
    "chart.channels": ("Channel mix", "Kanäle"),
    "chart.channels.note": ("Contributions per channel in the period.", "Beiträge pro Kanal im Zeitraum."),
    "chart.built": ("Audience built per employment", "Aufgebaute Zielgruppe pro Station"),
    "chart.built.note": (
        "Growth of personally owned audiences (they travel with the person) and of the employer's own "
        "accounts (they stay) while in each role.",
        "Wachstum der eigenen Zielgruppen (sie gehen mit der Person mit) und der Konten des Arbeitgebers "
        "(sie bleiben) während jeder Station.",
    ),
    "chart.split": ("Portable and employer audience", "Eigene und Arbeitgeber-Zielgruppe"),
    "legend.personal": ("Personal (portable)", "Persönlich (mitnehmbar)"),
    "legend.employer": ("Employer-owned", "Arbeitgeber"),
    "legend.shared": ("Shared", "Geteilt"),
    # career
    "career.current": ("current", "aktuell"),
    "career.contributions": ("Contributions", "Beiträge"),
    "career.reach": ("Reach", "Reichweite"),
    "career.engagement_rate": ("Engagement rate", "Interaktionsrate"),
    "career.built_personal": ("Portable audience built", "Eigene Zielgruppe aufgebaut"),
    "career.built_employer": ("Employer audience built", "Arbeitgeber-Zielgruppe aufgebaut"),
    "career.in_period": ("In this report: {span}", "In diesem Bericht: {span}"),
    # campaigns
    "campaign.objective": ("Objective", "Ziel"),
    "campaign.outcome": ("Outcome", "Ergebnis"),
    "campaign.reach": ("Reach", "Reichweite"),
    "campaign.engagements": ("Engagements", "Interaktionen"),
    "campaign.target": ("target {target}", "Ziel {target}"),
    "campaign.achieved": ("{achieved} of {target} ({share})", "{achieved} von {target} ({share})"),
    "campaign.no_target": ("{achieved}, no target set", "{achieved}, kein Ziel gesetzt"),
    "campaign.key": ("Key contributions", "Wichtigste Beiträge"),
    "campaign.count": ("{count} contributions", "{count} Beiträge"),
    # highlights
    "highlights.reach": ("Reach {reach} ({source})", "Reichweite {reach} ({source})"),
    "highlights.engagements": ("{engagements} engagements", "{engagements} Interaktionen"),
    "highlights.more": (
        "The {shown} with the largest reach of {count} featured contributions; the appendix lists all.",
        "Die {shown} reichweitenstärksten von {count} hervorgehobenen Beiträgen; der Anhang listet alle.",
    ),
    # audiences
    "audiences.name": ("Audience", "Zielgruppe"),
    "audiences.platform": ("Platform", "Plattform"),
    "audiences.ownership": ("Owner", "Eigentum"),
    "audiences.size": ("Size", "Größe"),
    "audiences.growth": ("Growth", "Wachstum"),
    "audiences.segment": ("Who they are", "Wer sie sind"),
    "audiences.since": ("since {date}", "seit {date}"),
    "audiences.total": ("Total", "Summe"),
    # testimonials
    # method
    "method.intro": (
        "Every figure in this portfolio is computed from the records kept by its author, with the rules "
        "below. Private contributions are left out of every figure and list. Unknown metrics are treated "
        "as unknown, never as zero.",
        "Alle Zahlen in diesem Portfolio sind aus den Aufzeichnungen der Person nach den folgenden Regeln "
        "berechnet. Private Beiträge sind in keiner Zahl und keiner Liste enthalten. Unbekannte Kennzahlen "
        "gelten als unbekannt, nie als null.",
    ),
    "method.reach.title": ("Reach", "Reichweite"),
    "method.reach": (
        "Sum of the reach of each contribution; where reach is unknown, its impressions; for talks, "
        "trainings and events, the number of attendees. {with_figure} of {count} contributions had a "
        "figure ({from_reach} reach, {from_impressions} impressions, {from_attendees} attendees); "
        "{without} had none and add nothing.",
        "Summe der Reichweite je Beitrag; wo sie unbekannt ist, die Impressionen; bei Vorträgen, "
        "Schulungen und Veranstaltungen die Zahl der Teilnehmenden. {with_figure} von {count} Beiträgen "
        "hatten eine Kennzahl ({from_reach} Reichweite, {from_impressions} Impressionen, "
        "{from_attendees} Teilnehmende); {without} hatten keine und zählen nicht.",
    ),
    "method.engagement.title": ("Engagement rate", "Interaktionsrate"),
    "method.engagement": (
        "Engagements are reactions + comments + shares + clicks. The rate divides the engagements by the "
        "impressions of the {basis} contributions that have both (impressions above zero): {engagements} / "
        "{impressions} = {rate}. Personal and corporate rates apply the same rule to personally owned and "
        "to employer-owned channels. Video views imported from YouTube count as clicks (a view starts with "
        "a click on the thumbnail or a link) against the thumbnail's impressions; views are not people and "
        "never count as reach.",
        "Interaktionen sind Reaktionen + Kommentare + Geteilt + Klicks. Die Rate teilt die Interaktionen "
        "durch die Impressionen der {basis} Beiträge, die beides haben (Impressionen über null): "
        "{engagements} / {impressions} = {rate}. Die persönliche und die Unternehmensrate wenden dieselbe "
        "Regel auf eigene und auf Kanäle des Arbeitgebers an. Aus YouTube importierte Videoaufrufe zählen "
        "als Klicks (ein Aufruf beginnt mit einem Klick auf das Vorschaubild oder einen Link), gemessen an "
        "den Impressionen des Vorschaubilds; Aufrufe sind keine Personen und zählen nie als Reichweite.",
    ),
    "method.audience.title": ("Audience size and growth", "Größe und Wachstum der Zielgruppen"),
    "method.audience": (
        "The size of an audience on a date is its latest recorded size on or before that date. Growth is the "
        "size at the end of the period minus the size at its start; for an audience first measured inside the "
        "period, growth counts from that first figure. Portable audiences are those the person owns; "
        "employer-owned accounts stay with the employer.",
        "Die Größe einer Zielgruppe an einem Datum ist die letzte erfasste Größe an oder vor diesem Datum. "
        "Wachstum ist die Größe am Ende des Zeitraums minus die Größe am Anfang; bei einer erst im Zeitraum "
        "gemessenen Zielgruppe zählt es ab dieser ersten Zahl. Mitnehmbar sind Zielgruppen, die der Person "
        "gehören; Konten des Arbeitgebers bleiben beim Arbeitgeber.",
    ),
    "method.money.title": ("Money figures (estimates)", "Geldwerte (Schätzungen)"),
    "method.emv": (
        "Earned media value = Σ impressions / 1,000 × CPM of the platform = {amount}. {counted} contributions "
        "were counted; {without_impressions} had no impressions and {without_rate} were on a platform without "
        "a rate.",
        "Earned-Media-Wert = Σ Impressionen / 1.000 × TKP der Plattform = {amount}. {counted} Beiträge wurden "
        "gezählt; {without_impressions} hatten keine Impressionen, {without_rate} lagen auf einer Plattform "
        "ohne Satz.",
    ),
    "method.audience_value": (
        "Audience value (the PhoneDog method) = Σ followers × value per follower-month × months = {amount}: "
        "each month counts with the audience size at its end, at {rate} per follower and month, over {months} "
        "months. The figure comes from PhoneDog v. Kravitz (2011), where an employer valued an account's "
        "followers at USD 2.50 per month.",
        "Wert der Zielgruppe (PhoneDog-Methode) = Σ Follower × Wert pro Follower und Monat × Monate = {amount}: "
        "jeder Monat zählt mit der Größe an seinem Ende, zu {rate} pro Follower und Monat, über {months} "
        "Monate. Der Satz stammt aus PhoneDog v. Kravitz (2011), wo ein Arbeitgeber die Follower eines Kontos "
        "mit 2,50 USD pro Monat bewertete.",
    ),
    "method.barcelona": (
        "Advertising-value equivalents say what the same attention would have cost to buy; they do not "
        "measure outcomes (Barcelona Principles 3.0). Outcomes and reach come first; money figures are a "
        "rough comparison only.",
        "Werbeäquivalenzwerte sagen, was dieselbe Aufmerksamkeit als Anzeige gekostet hätte; sie messen "
        "keine Wirkung (Barcelona Principles 3.0). Wirkung und Reichweite stehen an erster Stelle; "
        "Geldwerte sind nur ein grober Vergleich.",
    ),
    "method.rates": ("Rates used", "Verwendete Sätze"),
    "method.rates.platform": ("Platform", "Plattform"),
    "method.rates.cpm": ("CPM ({currency})", "TKP ({currency})"),
    "method.rates.follower": ("Value per follower and month", "Wert pro Follower und Monat"),
    "method.period": ("Period: {period}. Figures as recorded on {date}.", "Zeitraum: {period}. Stand der Daten: {date}."),
    "method.anonymized": (
        "Organisation names are replaced by neutral names.",
        "Namen von Organisationen sind durch neutrale Namen ersetzt.",
    ),
    # appendix
    "appendix.date": ("Date", "Datum"),
    "appendix.kind": ("Kind", "Art"),
    "appendix.title": ("Title", "Titel"),
    "appendix.channel": ("Channel", "Kanal"),
    "appendix.reach": ("Reach", "Reichweite"),
    "appendix.engagements": ("Engagements", "Interaktionen"),
    "appendix.untitled": ("(untitled)", "(ohne Titel)"),
    "appendix.count": ("{count} contributions, newest first.", "{count} Beiträge, die neuesten zuerst."),
    "appendix.intro.selected": (
        "{count} of {total} contributions: those marked as featured and the strongest of each employment or "
        "year, newest first. Replies and answers are left out; the full list is available as a CSV file.",
        "{count} von {total} Beiträgen: die als Höhepunkt markierten und die stärksten jeder Station oder jedes "
        "Jahres, die neuesten zuerst. Antworten und Kommentare sind nicht aufgeführt; die vollständige Liste "
        "gibt es als CSV-Datei.",
    ),
    "appendix.subtotal": (
        "{count} contributions in all · reach {reach} · {engagements} interactions.",
        "{count} Beiträge insgesamt · Reichweite {reach} · {engagements} Interaktionen.",
    ),
    "appendix.listed": ("{listed} of them listed.", "Davon {listed} aufgeführt."),
    "appendix.year": ("{year} · own work", "{year} · eigene Arbeiten"),
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
    ContributionKind.POST: "Beitrag",
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
_OWNERSHIP_DE = {Ownership.PERSONAL: "Persönlich", Ownership.EMPLOYER: "Arbeitgeber", Ownership.SHARED: "Geteilt"}

for _kind in ContributionKind:
    TEXTS[f"kind.{_kind.value}"] = (_kind.label, _KIND_DE[_kind])
for _platform in Platform:
    TEXTS[f"platform.{_platform.value}"] = (_platform.label, _PLATFORM_DE.get(_platform, _platform.label))
for _owner in Ownership:
    TEXTS[f"ownership.{_owner.value}"] = (_owner.label, _OWNERSHIP_DE[_owner])


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

    def kind(self, kind: ContributionKind) -> str:
        return self(f"kind.{kind.value}")

    def platform(self, platform: Platform | None) -> str:
        return self(f"platform.{platform.value}") if platform else self("value.no_channel")

    def ownership(self, ownership: Ownership) -> str:
        return self(f"ownership.{ownership.value}")

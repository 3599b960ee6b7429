<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Schriften</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Keep a record of your communication work — contributions, audiences and campaigns — and export it as a PDF portfolio. Your data stays on this computer.</source>
        <translation>Halten Sie Ihre Kommunikationsarbeit fest – Beiträge, Zielgruppen und Kampagnen – und exportieren Sie sie als PDF-Portfolio. Ihre Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>The PDF portfolio embeds these fonts, used under the following licences.</source>
        <translation>Das PDF-Portfolio bettet diese Schriften ein; sie werden unter den folgenden Lizenzen verwendet.</translation>
    </message>
    <message>
        <source>Portfolio is built on these open-source libraries. Qt and PySide6 are used under the GNU Lesser General Public License v3; you may replace them with your own build.</source>
        <translation>Portfolio baut auf diesen Open-Source-Bibliotheken auf. Qt und PySide6 werden unter der GNU Lesser General Public License v3 verwendet; Sie dürfen sie durch eigene Builds ersetzen.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>AudienceEditor</name>
    <message>
        <source>New audience</source>
        <translation>Neue Zielgruppe</translation>
    </message>
    <message>
        <source>Edit audience</source>
        <translation>Zielgruppe bearbeiten</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. My LinkedIn followers</source>
        <translation>z. B. Meine LinkedIn-Follower</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>e.g. @alex</source>
        <translation>z. B. @alex</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Owned by:</source>
        <translation>&amp;Zugehörigkeit:</translation>
    </message>
    <message>
        <source>&amp;Employment:</source>
        <translation>&amp;Anstellung:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Who they are:</source>
        <translation>&amp;Wer sie sind:</translation>
    </message>
    <message>
        <source>e.g. product managers in Europe</source>
        <translation>z. B. Produktmanager in Europa</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>Size history</source>
        <translation>Größenverlauf</translation>
    </message>
    <message>
        <source>Reported for a whole period:</source>
        <translation>Für einen ganzen Zeitraum gemeldet:</translation>
    </message>
</context>
<context>
    <name>AudienceGrowthChart</name>
    <message>
        <source>Audience growth</source>
        <translation>Entwicklung der Follower</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>What it set out to achieve</source>
        <translation>Was sie erreichen sollte</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>myself</source>
        <translation>mich selbst</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>no start date</source>
        <translation>kein Beginn</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>kein Ende</translation>
    </message>
    <message>
        <source>Target &amp;reach:</source>
        <translation>Ziel-&amp;Reichweite:</translation>
    </message>
    <message>
        <source>Target &amp;interactions:</source>
        <translation>Ziel-&amp;Interaktionen:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>E&amp;rgebnis:</translation>
    </message>
    <message>
        <source>What it achieved</source>
        <translation>Was sie erreicht hat</translation>
    </message>
</context>
<context>
    <name>ChannelMixChart</name>
    <message>
        <source>Channel mix</source>
        <translation>Kanalmix</translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation>Andere Kanäle</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>No data in this period</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>ContributionEditor</name>
    <message>
        <source>New contribution</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Edit contribution</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Mal geteilt</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>Worum es ging</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>comma separated, e.g. ai, hiring</source>
        <translation>durch Kommas getrennt, z. B. KI, Recruiting</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>e.g. en, de</source>
        <translation>z. B. en, de</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Featured in the portfolio</source>
        <translation>Im Portfolio &amp;hervorheben</translation>
    </message>
    <message>
        <source>&amp;Private (never exported)</source>
        <translation>&amp;Privat (wird nie exportiert)</translation>
    </message>
    <message>
        <source>&amp;Why it mattered:</source>
        <translation>&amp;Warum es wichtig war:</translation>
    </message>
    <message>
        <source>e.g. “Cut support tickets by a third”</source>
        <translation>z. B. „Ein Drittel weniger Supportanfragen“</translation>
    </message>
    <message>
        <source>One line shown under this work when it is featured on the portfolio&apos;s first page</source>
        <translation>Eine Zeile, die unter dieser Arbeit steht, wenn sie auf der ersten Seite des Portfolios hervorgehoben wird</translation>
    </message>
    <message>
        <source>Where and for whom</source>
        <translation>Wo und für wen</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>no audience</source>
        <translation>keine Zielgruppe</translation>
    </message>
    <message>
        <source>Create a new audience</source>
        <translation>Eine neue Zielgruppe anlegen</translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation>Im &amp;Auftrag von:</translation>
    </message>
    <message>
        <source>myself</source>
        <translation>mich selbst</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ka&amp;mpagne:</translation>
    </message>
    <message>
        <source>no campaign</source>
        <translation>keine Kampagne</translation>
    </message>
    <message>
        <source>Create a new campaign</source>
        <translation>Eine neue Kampagne anlegen</translation>
    </message>
    <message>
        <source>Metrics (leave empty when unknown)</source>
        <translation>Kennzahlen (leer lassen, wenn unbekannt)</translation>
    </message>
    <message>
        <source>The platform&apos;s own total of interactions (LinkedIn&apos;s engagements). Where it is given, it counts as the interactions instead of reactions + comments + shares + clicks, so nothing counts twice.</source>
        <translation>Die Gesamtzahl der Interaktionen laut Plattform (bei LinkedIn die „Engagements“). Wo sie angegeben ist, zählt sie als Interaktionen anstelle von Reaktionen + Kommentaren + Teilen + Klicks – so zählt nichts doppelt.</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>Search titles, notes and tags</source>
        <translation>Titel, Notizen und Schlagwörter durchsuchen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Im Auftrag von</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Durchgesehen</translation>
    </message>
    <message>
        <source>Reviewed or not</source>
        <translation>Durchgesehen oder nicht</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht durchgesehen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>With or without figures</source>
        <translation>Mit oder ohne Kennzahlen</translation>
    </message>
    <message>
        <source>Needs figures</source>
        <translation>Ohne Kennzahlen</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Als durchgesehen markieren</translation>
    </message>
    <message>
        <source>Confirm the selected contributions as reviewed</source>
        <translation>Die ausgewählten Beiträge als durchgesehen bestätigen</translation>
    </message>
    <message>
        <source>All audiences</source>
        <translation>Alle Zielgruppen</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Auftraggeber</translation>
    </message>
    <message>
        <source>Sorting by %1…</source>
        <translation>Wird nach %1 sortiert…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong that Portfolio did not expect.</source>
        <translation>Etwas ist schiefgegangen, womit Portfolio nicht gerechnet hat.</translation>
    </message>
    <message>
        <source>Your saved data is safe: a change that was interrupted has been undone. You can keep working, or quit and start Portfolio again.</source>
        <translation>Ihre gespeicherten Daten sind sicher: Eine unterbrochene Änderung wurde rückgängig gemacht. Sie können weiterarbeiten oder Portfolio beenden und neu starten.</translation>
    </message>
    <message>
        <source>The full report was written to the log file:
%1</source>
        <translation>Der vollständige Bericht steht in der Protokolldatei:
%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Quit Portfolio</source>
        <translation>Portfolio beenden</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export a table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Point (1.5), comma between values</source>
        <translation>Punkt (1.5), Komma zwischen Werten</translation>
    </message>
    <message>
        <source>Comma (1,5), semicolon between values</source>
        <translation>Komma (1,5), Semikolon zwischen Werten</translation>
    </message>
    <message>
        <source>&amp;Decimal separator:</source>
        <translation>&amp;Dezimaltrennzeichen:</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 for Excel (byte order mark)</source>
        <translation>Datei für Excel als UTF-8 kennzeichnen (Byte Order Mark)</translation>
    </message>
    <message>
        <source>Include private records</source>
        <translation>Private Einträge einschließen</translation>
    </message>
    <message>
        <source>Private contributions and testimonials that may not be published never leave the machine unless you tick this.</source>
        <translation>Private Beiträge und Referenzen, die nicht veröffentlicht werden dürfen, verlassen den Computer nur, wenn Sie dies ankreuzen.</translation>
    </message>
    <message>
        <source>Text that a spreadsheet would run as a formula is exported with a leading apostrophe.</source>
        <translation>Text, den eine Tabellenkalkulation als Formel ausführen würde, wird mit vorangestelltem Apostroph exportiert.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Interaktionsrate</translation>
    </message>
    <message>
        <source>Engagement on personal channels</source>
        <translation>Interaktionsrate auf eigenen Kanälen</translation>
    </message>
    <message>
        <source>Engagement on employer channels</source>
        <translation>Interaktionsrate auf Arbeitgeberkanälen</translation>
    </message>
    <message>
        <source>Earned media value (estimate)</source>
        <translation>Earned-Media-Wert (Schätzung)</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Erreichte Menschen</translation>
    </message>
    <message>
        <source>Views (impressions)</source>
        <translation>Aufrufe (Impressionen)</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Audience at period end</source>
        <translation>Follower am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Portable audience at period end</source>
        <translation>Eigene Follower am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Employer accounts at period end</source>
        <translation>Arbeitgeberkonten am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Audience value per month (estimate)</source>
        <translation>Wert der Zielgruppe pro Monat (Schätzung)</translation>
    </message>
    <message>
        <source>Money estimates are off. Turn them on in Preferences → Value rates, where every rate shows its source.</source>
        <translation>Geldschätzungen sind ausgeschaltet. Sie lassen sich unter Einstellungen → Wertansätze einschalten; dort steht bei jedem Satz seine Quelle.</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>At %1 (%2 – %3)</source>
        <translation>Bei %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>%1 online · %2 offline</source>
        <translation>%1 online · %2 offline</translation>
    </message>
    <message>
        <source>Summed per contribution, not unique people</source>
        <translation>Pro Beitrag addiert; dieselbe Person kann mehrfach zählen</translation>
    </message>
    <message>
        <source>Views, not people</source>
        <translation>Aufrufe, keine Menschen</translation>
    </message>
    <message>
        <source>Reactions, comments, shares and clicks (or the platform&apos;s engagements) of %1 of %2 contributions</source>
        <translation>Reaktionen, Kommentare, Teilen und Klicks (oder die Engagements laut Plattform) von %1 von %2 Beiträgen</translation>
    </message>
    <message>
        <source>No contribution on personally owned channels in this period</source>
        <translation>Kein Beitrag auf eigenen Kanälen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No contribution on employer-owned channels in this period</source>
        <translation>Kein Beitrag auf Kanälen des Arbeitgebers in diesem Zeitraum</translation>
    </message>
    <message>
        <source>People reached on these channels: %1</source>
        <translation>Erreichte Menschen auf diesen Kanälen: %1</translation>
    </message>
    <message>
        <source>%1 while employed</source>
        <translation>%1 während der Anstellung</translation>
    </message>
    <message>
        <source>%1 handed over with %2 followers</source>
        <translation>%1 beim Weggang übergeben (%2 Follower)</translation>
    </message>
    <message>
        <source>No employer-owned account in this period</source>
        <translation>Kein Konto eines Arbeitgebers in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>What %Ln contribution(s)&apos; impressions would have cost as ads (CPM)</source>
        <translation>
            <numerusform>Was die Impressionen von %Ln Beitrag als Anzeigen gekostet hätten (TKP)</numerusform>
            <numerusform>Was die Impressionen von %Ln Beiträgen als Anzeigen gekostet hätten (TKP)</numerusform>
        </translation>
    </message>
    <message>
        <source>Own followers × %1 per follower-month (PhoneDog illustration)</source>
        <translation>Eigene Follower × %1 pro Follower und Monat (PhoneDog-Beispiel)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>with this figure: %1 of %2 contributions</source>
        <translation>mit dieser Kennzahl: %1 von %2 Beiträgen</translation>
    </message>
    <message>
        <source>No contribution with both interactions and impressions</source>
        <translation>Kein Beitrag mit Interaktionen und Impressionen</translation>
    </message>
    <message numerus="yes">
        <source>%1 interactions / %2 impressions over %Ln contribution(s)</source>
        <translation>
            <numerusform>%1 Interaktionen / %2 Impressionen über %Ln Beitrag</numerusform>
            <numerusform>%1 Interaktionen / %2 Impressionen über %Ln Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in this period</source>
        <translation>%1 in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a size</source>
        <translation>
            <numerusform>%Ln ohne Größe</numerusform>
            <numerusform>%Ln ohne Größe</numerusform>
        </translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>You are looking at demo data, not your record. Changes here stay in the demo.</source>
        <translation>Sie sehen Demodaten, nicht Ihren Bestand. Änderungen hier bleiben in der Demo.</translation>
    </message>
    <message>
        <source>Back to &amp;my record</source>
        <translation>Zurück zu &amp;meinem Bestand</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Your record has been updated.</source>
        <translation>Ihr Bestand wurde aktualisiert.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>Your record now holds %Ln contribution(s) from this export.</source>
        <translation>
            <numerusform>Ihr Bestand enthält jetzt %Ln Beitrag aus diesem Export.</numerusform>
            <numerusform>Ihr Bestand enthält jetzt %Ln Beiträge aus diesem Export.</numerusform>
        </translation>
    </message>
    <message>
        <source>They belong to the audience “%1”.</source>
        <translation>Die Beiträge gehören zur Zielgruppe „%1“.</translation>
    </message>
    <message>
        <source>They belong to the new audience “%1”.</source>
        <translation>Die Beiträge gehören zur neuen Zielgruppe „%1“.</translation>
    </message>
    <message>
        <source>Its size, %1, was recorded.</source>
        <translation>Die Größe der Zielgruppe, %1, wurde erfasst.</translation>
    </message>
    <message>
        <source>Your record as it was before the import was saved as %1.</source>
        <translation>Ihr Bestand vor dem Import wurde als %1 gesichert.</translation>
    </message>
</context>
<context>
    <name>EmploymentEditor</name>
    <message>
        <source>New employment</source>
        <translation>Neue Anstellung</translation>
    </message>
    <message>
        <source>Edit employment</source>
        <translation>Anstellung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>e.g. Head of Communications</source>
        <translation>z. B. Leiterin Kommunikation</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>current role</source>
        <translation>aktuelle Rolle</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your record is empty</source>
        <translation>Ihr Bestand ist leer</translation>
    </message>
    <message>
        <source>Keep every post, talk, article and campaign here, with the audiences you reach. Start in one of three ways:</source>
        <translation>Halten Sie hier jeden Post, Vortrag, Artikel und jede Kampagne fest, zusammen mit den Zielgruppen, die Sie erreichen. Beginnen Sie auf eine von drei Arten:</translation>
    </message>
    <message>
        <source>Add a contribution</source>
        <translation>Einen Beitrag hinzufügen</translation>
    </message>
    <message>
        <source>Type in a post, talk or article with the figures you know. Unknown figures can stay empty.</source>
        <translation>Erfassen Sie einen Post, Vortrag oder Artikel mit den Kennzahlen, die Sie kennen. Unbekannte Kennzahlen dürfen leer bleiben.</translation>
    </message>
    <message>
        <source>Add a contribution…</source>
        <translation>Einen Beitrag hinzufügen…</translation>
    </message>
    <message>
        <source>Import an export</source>
        <translation>Einen Export importieren</translation>
    </message>
    <message>
        <source>Bring in your LinkedIn, X, Mastodon or CSV export. Importing twice updates instead of duplicating.</source>
        <translation>Übernehmen Sie Ihren LinkedIn-, X-, Mastodon- oder CSV-Export. Ein zweiter Import aktualisiert, statt zu verdoppeln.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Look at the demo</source>
        <translation>Die Demo ansehen</translation>
    </message>
    <message>
        <source>Open a demo career in a separate file to see what the app does. Your record stays untouched.</source>
        <translation>Öffnen Sie eine Demo-Laufbahn in einer eigenen Datei, um zu sehen, was die App kann. Ihr Bestand bleibt unberührt.</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Demodaten öffnen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Abschnitte:</translation>
    </message>
    <message>
        <source>Selected work: featured and strongest, no replies</source>
        <translation>Ausgewählte Arbeiten: Höhepunkte und die stärksten, ohne Antworten</translation>
    </message>
    <message>
        <source>Every contribution</source>
        <translation>Alle Beiträge</translation>
    </message>
    <message>
        <source>No appendix</source>
        <translation>Kein Anhang</translation>
    </message>
    <message>
        <source>&amp;Appendix:</source>
        <translation>&amp;Anhang:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Optional: the organisation named on the cover</source>
        <translation>Optional: die auf dem Deckblatt genannte Organisation</translation>
    </message>
    <message>
        <source>Anonymise (“Organisation A”, “B”, …)</source>
        <translation>Anonymisieren („Organisation A“, „B“, …)</translation>
    </message>
    <message>
        <source>Show estimates in</source>
        <translation>Schätzungen zeigen in</translation>
    </message>
    <message>
        <source>Earned media value and audience value, with the rates of Preferences → Value rates; off by default</source>
        <translation>Earned-Media-Wert und Zielgruppenwert, mit den Sätzen aus Einstellungen → Wertansätze; standardmäßig aus</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Papier&amp;format:</translation>
    </message>
    <message>
        <source>Prepared &amp;for:</source>
        <translation>Erstellt &amp;für:</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Organisationen:</translation>
    </message>
    <message>
        <source>Money:</source>
        <translation>Geldwerte:</translation>
    </message>
    <message>
        <source>Estimates, off unless you tick them; their rates, sources and exchange rates are in Preferences → Value rates.</source>
        <translation>Schätzungen sind aus, bis Sie sie ankreuzen. Sätze, Quellen und Wechselkurse stehen unter Einstellungen → Wertansätze.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>See the first pages before saving</source>
        <translation>Die ersten Seiten vor dem Speichern ansehen</translation>
    </message>
    <message>
        <source>No bundled font has these characters of your texts; they will print as empty boxes: %1</source>
        <translation>Diese Zeichen aus Ihren Texten kann keine mitgelieferte Schrift darstellen; sie erscheinen als leere Kästchen: %1</translation>
    </message>
    <message>
        <source>Portfolio – %1 – %2.pdf</source>
        <translation>Portfolio – %1 – %2.pdf</translation>
    </message>
    <message>
        <source>Portfolio – %1.pdf</source>
        <translation>Portfolio – %1.pdf</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF speichern unter</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>Die Währung muss ein Code aus drei Buchstaben sein, etwa EUR.</translation>
    </message>
    <message>
        <source>No exchange rate from %1 to %2: set one in Preferences → Value rates, or show the estimates in %1.</source>
        <translation>Kein Wechselkurs von %1 nach %2: Legen Sie einen unter Einstellungen → Wertansätze fest oder zeigen Sie die Schätzungen in %1.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Wählen Sie, wo das PDF gespeichert werden soll.</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced.</source>
        <translation>%1 ist schon vorhanden und wird ersetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Not reviewed yet: %Ln imported contribution(s) in this period. The PDF includes them.</source>
        <translation>
            <numerusform>Noch nicht durchgesehen: %Ln importierter Beitrag in diesem Zeitraum. Das PDF enthält ihn.</numerusform>
            <numerusform>Noch nicht durchgesehen: %Ln importierte Beiträge in diesem Zeitraum. Das PDF enthält sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Das PDF wird geschrieben…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>Could not export the PDF</source>
        <translation>PDF konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Your choices are kept; change the file or folder and try again.</source>
        <translation>Ihre Auswahl bleibt erhalten; ändern Sie Datei oder Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Export cancelled. Any earlier file of that name is unchanged.</source>
        <translation>Export abgebrochen. Eine frühere Datei dieses Namens ist unverändert.</translation>
    </message>
    <message>
        <source>PDF exported</source>
        <translation>PDF exportiert</translation>
    </message>
    <message>
        <source>Your portfolio was saved as %1.</source>
        <translation>Ihr Portfolio wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 pages, %2
Folder: %3</source>
        <translation>%1 Seiten, %2
Ordner: %3</translation>
    </message>
    <message>
        <source>%1 characters of your text have no glyph in the bundled fonts and print as boxes.</source>
        <translation>%1 Zeichen Ihres Textes fehlen in den mitgelieferten Schriften und erscheinen als Kästchen.</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the export</source>
        <translation>Export auswählen</translation>
    </message>
    <message>
        <source>Drop the file or folder here</source>
        <translation>Datei oder Ordner hier ablegen</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Einen Ordner auswählen…</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>The .zip archive X sent you, its unpacked folder, or the tweets.js file in it.</source>
        <translation>Das .zip-Archiv, das X Ihnen geschickt hat, den entpackten Ordner oder die Datei tweets.js darin.</translation>
    </message>
    <message>
        <source>One or several X analytics CSV files (any name), their folder, or a .zip of them.</source>
        <translation>Eine oder mehrere CSV-Dateien aus X Analytics (beliebiger Name), ihr Ordner oder eine .zip-Datei mit ihnen.</translation>
    </message>
    <message>
        <source>The .zip LinkedIn sent you, its unpacked folder, or Shares.csv.</source>
        <translation>Die .zip-Datei, die LinkedIn Ihnen geschickt hat, den entpackten Ordner oder Shares.csv.</translation>
    </message>
    <message>
        <source>The .zip YouTube Studio exported, or the Table data.csv in it.</source>
        <translation>Die .zip-Datei, die YouTube Studio exportiert hat, oder die Table data.csv darin.</translation>
    </message>
    <message>
        <source>The .tar.gz archive your server made, its unpacked folder, or outbox.json.</source>
        <translation>Das .tar.gz-Archiv Ihres Servers, den entpackten Ordner oder outbox.json.</translation>
    </message>
    <message>
        <source>A .csv file (or a .zip holding one). Commas, semicolons and tabs are all fine.</source>
        <translation>Eine .csv-Datei (oder eine .zip-Datei mit einer solchen). Kommas, Semikolons und Tabulatoren sind alle in Ordnung.</translation>
    </message>
    <message>
        <source>.zip, folder, .js</source>
        <translation>.zip, Ordner, .js</translation>
    </message>
    <message>
        <source>.csv (several), folder, .zip</source>
        <translation>.csv (mehrere), Ordner, .zip</translation>
    </message>
    <message>
        <source>.zip, folder, .csv</source>
        <translation>.zip, Ordner, .csv</translation>
    </message>
    <message>
        <source>The .xlsx file LinkedIn&apos;s analytics export gave you, or a .zip or folder holding it (also your LinkedIn data export with it inside).</source>
        <translation>Die .xlsx-Datei aus dem Analytics-Export von LinkedIn, oder eine .zip-Datei oder ein Ordner, der sie enthält (auch Ihr LinkedIn-Datenexport mit ihr darin).</translation>
    </message>
    <message>
        <source>.xlsx, .zip, folder</source>
        <translation>.xlsx, .zip, Ordner</translation>
    </message>
    <message>
        <source>.zip, .csv</source>
        <translation>.zip, .csv</translation>
    </message>
    <message>
        <source>.tar.gz, .zip, folder, .json</source>
        <translation>.tar.gz, .zip, Ordner, .json</translation>
    </message>
    <message>
        <source>.csv, .txt, .zip</source>
        <translation>.csv, .txt, .zip</translation>
    </message>
    <message>
        <source>Exports (%1)</source>
        <translation>Exporte (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the unpacked export folder</source>
        <translation>Den entpackten Export-Ordner auswählen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln column(s). Next, say which column holds what.</source>
        <translation>
            <numerusform>%1: %Ln Spalte. Geben Sie als Nächstes an, welche Spalte was enthält.</numerusform>
            <numerusform>%1: %Ln Spalten. Geben Sie als Nächstes an, welche Spalte was enthält.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) found</source>
        <translation>
            <numerusform>%Ln Post gefunden</numerusform>
            <numerusform>%Ln Posts gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>(%1 left out: %2)</source>
        <translation>(%1 ausgelassen: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be used; the next step lists them.</source>
        <translation>
            <numerusform>%Ln Zeile kann nicht verwendet werden; der nächste Schritt führt sie auf.</numerusform>
            <numerusform>%Ln Zeilen können nicht verwendet werden; der nächste Schritt führt sie auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Something went wrong: %1. The details are in the log file.</source>
        <translation>Etwas ist schiefgegangen: %1. Die Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Opening your record…</source>
        <translation>Ihr Bestand wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Laufbahn</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Portfolio is already open</source>
        <translation>Portfolio ist schon geöffnet</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Portfolio — demo data (not your record)</source>
        <translation>Portfolio – Demodaten (nicht Ihr Bestand)</translation>
    </message>
    <message>
        <source>Portfolio — %1</source>
        <translation>Portfolio – %1</translation>
    </message>
    <message>
        <source>Creating the demo career…</source>
        <translation>Die Demo-Laufbahn wird erstellt…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected records (you can undo it)</source>
        <translation>Die ausgewählten Einträge löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Portfolio</source>
        <translation>&amp;Über Portfolio</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Bring in contributions from a platform export or a CSV file</source>
        <translation>Beiträge aus einem Plattform-Export oder einer CSV-Datei übernehmen</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Create the PDF portfolio</source>
        <translation>Das PDF-Portfolio erstellen</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Save a list as a CSV file for a spreadsheet</source>
        <translation>Eine Liste als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Sicherung erstellen…</translation>
    </message>
    <message>
        <source>Save a copy of your whole record</source>
        <translation>Eine Kopie Ihres gesamten Bestands speichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace your record with a backup</source>
        <translation>Ihren Bestand durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder that holds your database and backups</source>
        <translation>Den Ordner mit Ihrer Datenbank und den Sicherungen anzeigen</translation>
    </message>
    <message>
        <source>Back to &amp;my record</source>
        <translation>Zurück zu &amp;meinem Bestand</translation>
    </message>
    <message>
        <source>Close the demo data and open your own record</source>
        <translation>Die Demodaten schließen und Ihren eigenen Bestand öffnen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Add a record</source>
        <translation>Einen Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search this list</source>
        <translation>In dieser Liste suchen</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column holds what?</source>
        <translation>Welche Spalte enthält was?</translation>
    </message>
    <message>
        <source>A date and a title (or a text) are needed; everything else is optional. The table shows the first rows as they will be imported.</source>
        <translation>Ein Datum und ein Titel (oder ein Text) sind nötig, alles andere ist optional. Die Tabelle zeigt die ersten Zeilen so, wie sie importiert werden.</translation>
    </message>
    <message>
        <source>The contribution</source>
        <translation>Der Beitrag</translation>
    </message>
    <message>
        <source>Choose a format, or type one such as %d.%m.%Y</source>
        <translation>Wählen Sie ein Format oder tippen Sie eines ein, etwa %d.%m.%Y</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Datumsformat:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Unique id:</source>
        <translation>Eindeutige ID:</translation>
    </message>
    <message>
        <source>Impressions:</source>
        <translation>Impressionen:</translation>
    </message>
    <message>
        <source>Reach:</source>
        <translation>Reichweite:</translation>
    </message>
    <message>
        <source>Reactions:</source>
        <translation>Reaktionen:</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Kommentare:</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>Mal geteilt:</translation>
    </message>
    <message>
        <source>Clicks:</source>
        <translation>Klicks:</translation>
    </message>
    <message>
        <source>Engagements:</source>
        <translation>Engagements:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Teilnehmende:</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>– nicht in der Datei –</translation>
    </message>
    <message>
        <source>Detect from the values</source>
        <translation>Aus den Werten erkennen</translation>
    </message>
    <message>
        <source>Choose a date format that reads a day, a month and a year.</source>
        <translation>Wählen Sie ein Datumsformat, das Tag, Monat und Jahr liest.</translation>
    </message>
    <message>
        <source>Choose the column with the date, and the one with the title or the text.</source>
        <translation>Wählen Sie die Spalte mit dem Datum und die mit dem Titel oder dem Text.</translation>
    </message>
    <message>
        <source>Reading the rows with this mapping…</source>
        <translation>Die Zeilen werden mit dieser Zuordnung gelesen…</translation>
    </message>
    <message>
        <source>No known date format fits the column “%1”.</source>
        <translation>Kein bekanntes Datumsformat passt zur Spalte „%1“.</translation>
    </message>
    <message>
        <source>Detected: %1 (%2 of %3 sample values fit)</source>
        <translation>Erkannt: %1 (%2 von %3 Stichprobenwerten passen)</translation>
    </message>
    <message>
        <source>— other formats fit as well; check the dates below.</source>
        <translation>– andere Formate passen ebenfalls; prüfen Sie die Daten unten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) can be imported.</source>
        <translation>
            <numerusform>%Ln Zeile kann importiert werden.</numerusform>
            <numerusform>%Ln Zeilen können importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be used; the next step lists them.</source>
        <translation>
            <numerusform>%Ln Zeile kann nicht verwendet werden; der nächste Schritt führt sie auf.</numerusform>
            <numerusform>%Ln Zeilen können nicht verwendet werden; der nächste Schritt führt sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
</context>
<context>
    <name>MetricField</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>MonthlyBarChart</name>
    <message>
        <source>Contributions per month</source>
        <translation>Beiträge pro Monat</translation>
    </message>
    <message>
        <source>Contributions per quarter</source>
        <translation>Beiträge pro Quartal</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>At %1 (%2)</source>
        <translation>Bei %1 (%2)</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose an end date on or after the start date.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie ein Enddatum am oder nach dem Anfangsdatum.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>the first record</source>
        <translation>Vom ersten Eintrag</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>PeriodTotal</name>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>impressions %1, members reached %2, as %3 reports for %4 – %5</source>
        <translation>Impressionen %1, erreichte Mitglieder %2, laut %3 für %4 – %5</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Ein Foto auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation>Diese Datei ist kein lesbares Bild.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Value rates</source>
        <translation>Wertansätze</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>A new language is used the next time Portfolio starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Portfolio.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Show money figures</source>
        <translation>Geldbeträge anzeigen</translation>
    </message>
    <message>
        <source>Money figures are estimates, off until you switch them on here. Earned media value uses the cost per 1,000 impressions (CPM) of each platform; audience value uses the value of one personally owned follower per month. Every rate says where it comes from and when.</source>
        <translation>Geldwerte sind Schätzungen und bleiben aus, bis Sie sie hier einschalten. Der Earned-Media-Wert verwendet den Tausenderkontaktpreis (TKP) jeder Plattform, der Wert der Zielgruppe den Wert eines eigenen Followers pro Monat. Bei jedem Satz steht, woher er stammt und von wann er ist.</translation>
    </message>
    <message>
        <source>Show estimates in:</source>
        <translation>Schätzungen anzeigen in:</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Replace organisation names with &quot;Organisation A&quot;, &quot;B&quot;, …</source>
        <translation>Namen von Organisationen durch „Organisation A“, „B“, … ersetzen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>PDF language:</source>
        <translation>Sprache des PDF:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Papierformat:</translation>
    </message>
    <message>
        <source>What a new PDF export starts with; you can change it for each export.</source>
        <translation>Womit ein neuer PDF-Export beginnt; Sie können es bei jedem Export ändern.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Moving copies the database to the new folder, checks the copy and then uses it. The original file stays where it is until you delete it.</source>
        <translation>Beim Verschieben wird die Datenbank in den neuen Ordner kopiert, die Kopie geprüft und dann verwendet. Die ursprüngliche Datei bleibt, wo sie ist, bis Sie sie löschen.</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <source>This is the demo data; go back to your record to move it.</source>
        <translation>Das sind die Demodaten; kehren Sie zu Ihrem Bestand zurück, um ihn zu verschieben.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>Move the database to</source>
        <translation>Datenbank verschieben nach</translation>
    </message>
    <message>
        <source>Moving the database…</source>
        <translation>Die Datenbank wird verschoben…</translation>
    </message>
    <message>
        <source>The database was not moved: %1</source>
        <translation>Die Datenbank wurde nicht verschoben: %1</translation>
    </message>
    <message>
        <source>Portfolio now uses %1. The original file %2 was kept; delete it once you no longer need it.</source>
        <translation>Portfolio verwendet jetzt %1. Die ursprüngliche Datei %2 wurde behalten; löschen Sie sie, sobald Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Note: PORTFOLIO_DB is set and still decides which file opens at start.</source>
        <translation>Hinweis: PORTFOLIO_DB ist gesetzt und bestimmt weiterhin, welche Datei beim Start geöffnet wird.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview of the PDF</source>
        <translation>Vorschau des PDF</translation>
    </message>
    <message>
        <source>The first %1 of %2 pages, as the PDF will print them.</source>
        <translation>Die ersten %1 von %2 Seiten, wie das PDF sie druckt.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>This is what the import will do. Nothing has been written yet.</source>
        <translation>Das wird der Import tun. Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>Attach to audience:</source>
        <translation>Zielgruppe zuordnen:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The account of the export</source>
        <translation>Das Konto des Exports</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>%1 (the account of the export)</source>
        <translation>%1 (das Konto des Exports)</translation>
    </message>
    <message>
        <source>Comparing with your record…</source>
        <translation>Abgleich mit Ihrem Bestand…</translation>
    </message>
    <message>
        <source>existing posts get figures</source>
        <translation>vorhandene Beiträge bekommen Zahlen</translation>
    </message>
    <message>
        <source>new posts</source>
        <translation>neue Beiträge</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported:</source>
        <translation>
            <numerusform>%Ln Zeile kann nicht importiert werden:</numerusform>
            <numerusform>%Ln Zeilen können nicht importiert werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the other %Ln post(s) without these rows</source>
        <translation>
            <numerusform>Den anderen %Ln Post ohne diese Zeilen importieren</numerusform>
            <numerusform>Die anderen %Ln Posts ohne diese Zeilen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The export gives its size: %1 on %2; it will be recorded.</source>
        <translation>Der Export nennt die Größe der Zielgruppe: %1 am %2; sie wird erfasst.</translation>
    </message>
    <message>
        <source>Its size on %1 is already recorded and stays.</source>
        <translation>Die Größe der Zielgruppe am %1 ist bereits erfasst und bleibt.</translation>
    </message>
    <message>
        <source>The contributions will not be linked to an audience; you can choose one.</source>
        <translation>Die Beiträge werden keiner Zielgruppe zugeordnet; Sie können eine wählen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1: %2 neu, %3 aktualisiert, %4 unverändert</translation>
    </message>
    <message numerus="yes">
        <source>Audience sizes for %Ln day(s) will be recorded.</source>
        <translation>
            <numerusform>Die Zielgruppengröße für %Ln Tag wird erfasst.</numerusform>
            <numerusform>Zielgruppengrößen für %Ln Tage werden erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>For the whole account: %1</source>
        <translation>Für das ganze Konto: %1</translation>
    </message>
    <message numerus="yes">
        <source>Kept as you edited them: %Ln field(s).</source>
        <translation>
            <numerusform>So belassen, wie Sie es bearbeitet haben: %Ln Feld.</numerusform>
            <numerusform>So belassen, wie Sie sie bearbeitet haben: %Ln Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out on purpose: %1 (%2)</source>
        <translation>Absichtlich ausgelassen: %1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Import abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Kurzprofil:</translation>
    </message>
    <message>
        <source>e.g. Developer advocate</source>
        <translation>z. B. Developer Advocate</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Phon&amp;e:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>e.g. Berlin, Germany</source>
        <translation>z. B. Berlin, Deutschland</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>A few sentences for the portfolio&apos;s cover</source>
        <translation>Ein paar Sätze für das Deckblatt des Portfolios</translation>
    </message>
    <message>
        <source>&amp;Photo:</source>
        <translation>&amp;Foto:</translation>
    </message>
    <message>
        <source>Value settings</source>
        <translation>Wertannahmen</translation>
    </message>
    <message>
        <source>Money figures are estimates of what the same attention would have cost to buy, not a measure of outcomes. Each rate&apos;s currency, source and date, and exchange rates, are in Preferences → Value rates.</source>
        <translation>Geldwerte schätzen, was dieselbe Aufmerksamkeit als Anzeige gekostet hätte; sie messen keine Wirkung. Währung, Quelle und Stand jedes Satzes sowie Wechselkurse stehen unter Einstellungen → Wertansätze.</translation>
    </message>
    <message>
        <source>Show money f&amp;igures</source>
        <translation>&amp;Geldbeträge anzeigen</translation>
    </message>
    <message>
        <source>Show es&amp;timates in:</source>
        <translation>Schä&amp;tzungen anzeigen in:</translation>
    </message>
    <message>
        <source>Value per &amp;follower-month:</source>
        <translation>Wert pro &amp;Follower und Monat:</translation>
    </message>
    <message>
        <source>Cost per thousand impressions (CPM) by platform:</source>
        <translation>Kosten pro tausend Impressionen (CPM) je Plattform:</translation>
    </message>
    <message>
        <source>Profile and value settings</source>
        <translation>Profil und Wertannahmen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Correct the marked fields to save.</source>
        <translation>Korrigieren Sie die markierten Felder, um zu speichern.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Your changes to the profile have not been saved.</source>
        <translation>Ihre Änderungen am Profil sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>RecordCombo</name>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>No such record: pick one from the list, or create it with New….</source>
        <translation>Kein solcher Eintrag: Wählen Sie einen aus der Liste oder legen Sie ihn mit „Neu…“ an.</translation>
    </message>
    <message>
        <source>No such record: pick one from the list.</source>
        <translation>Kein solcher Eintrag: Wählen Sie einen aus der Liste.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Your changes to this record have not been saved.</source>
        <translation>Ihre Änderungen an diesem Eintrag wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Correct the marked fields to save.</source>
        <translation>Korrigieren Sie die markierten Felder, um zu speichern.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>New… (%1) adds the first one.</source>
        <translation>Neu… (%1) legt die erste an.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the state to go back to. The database as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>Wählen Sie den Stand, zu dem Sie zurückkehren möchten. Die Datenbank wird vorher in ihrem jetzigen Zustand gesichert, sodass sich auch eine Wiederherstellung rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot be restored: %1</source>
        <translation>Kann nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>SizeHistoryTable</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Record today&apos;s si&amp;ze</source>
        <translation>&amp;Heutige Größe erfassen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a size on another date</source>
        <translation>Eine Größe an einem anderen Datum hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>What do you want to import?</source>
        <translation>Was möchten Sie importieren?</translation>
    </message>
    <message>
        <source>Importing never duplicates: importing the same export again updates the figures and keeps what you edited by hand.</source>
        <translation>Importieren verdoppelt nie: Ein erneuter Import desselben Exports aktualisiert die Kennzahlen und behält, was Sie von Hand bearbeitet haben.</translation>
    </message>
    <message>
        <source>X/Twitter archive</source>
        <translation>X/Twitter-Archiv</translation>
    </message>
    <message>
        <source>Settings › Your account › Download an archive of your data. Choose the .zip, its unpacked folder or data/tweets.js. Your posts and replies are imported.</source>
        <translation>Einstellungen › Dein Account › Ein Archiv deiner Daten herunterladen. Wählen Sie die .zip-Datei, den entpackten Ordner oder data/tweets.js. Ihre Posts und Antworten werden importiert.</translation>
    </message>
    <message>
        <source>X analytics</source>
        <translation>X Analytics</translation>
    </message>
    <message>
        <source>Analytics › Export data (one CSV per month, or the current Content export). Choose one or several CSV files, their folder or a .zip. Brings impressions, replies and link clicks to the posts the archive gave.</source>
        <translation>Analytics › Daten exportieren (eine CSV-Datei pro Monat oder der aktuelle Inhalte-Export). Wählen Sie eine oder mehrere CSV-Dateien, ihren Ordner oder eine .zip-Datei. Bringt Impressionen, Antworten und Linkklicks zu den Beiträgen aus dem Archiv.</translation>
    </message>
    <message>
        <source>LinkedIn data export</source>
        <translation>LinkedIn-Datenexport</translation>
    </message>
    <message>
        <source>Settings › Data privacy › Get a copy of your data. Choose the .zip or its folder for posts, articles, profile, positions and recommendations; or Shares.csv alone.</source>
        <translation>Einstellungen › Datenschutz › Kopie Ihrer Daten anfordern. Wählen Sie die .zip-Datei oder ihren Ordner für Beiträge, Artikel, Profil, Positionen und Empfehlungen – oder nur die Shares.csv.</translation>
    </message>
    <message>
        <source>LinkedIn analytics</source>
        <translation>LinkedIn Analytics</translation>
    </message>
    <message>
        <source>Analytics › Content › Export (.xlsx). Impressions and engagements of your top posts, and your follower count for every day.</source>
        <translation>Analytics › Inhalte › Exportieren (.xlsx). Impressionen und Interaktionen Ihrer Top-Beiträge und Ihre Followerzahl für jeden Tag.</translation>
    </message>
    <message>
        <source>Mastodon archive</source>
        <translation>Mastodon-Archiv</translation>
    </message>
    <message>
        <source>Preferences › Import and export › Request your archive. Choose the .tar.gz or outbox.json. Boosts of other people&apos;s posts are left out and counted.</source>
        <translation>Einstellungen › Importieren und Exportieren › Archiv anfordern. Wählen Sie die .tar.gz-Datei oder outbox.json. Geteilte Beiträge anderer werden ausgelassen und gezählt.</translation>
    </message>
    <message>
        <source>YouTube Studio</source>
        <translation>YouTube Studio</translation>
    </message>
    <message>
        <source>Analytics › Advanced mode › Export › CSV. Choose the .zip or Table data.csv: each video with its impressions and views.</source>
        <translation>Analytics › Erweiterter Modus › Exportieren › CSV. Wählen Sie die .zip-Datei oder die Table data.csv: jedes Video mit seinen Impressionen und Aufrufen.</translation>
    </message>
    <message>
        <source>Any CSV file</source>
        <translation>Beliebige CSV-Datei</translation>
    </message>
    <message>
        <source>A table from another tool or a spreadsheet, one row per contribution. On the next steps you say which column holds the date, the title and the figures.</source>
        <translation>Eine Tabelle aus einem anderen Werkzeug oder einer Tabellenkalkulation, eine Zeile pro Beitrag. In den nächsten Schritten geben Sie an, welche Spalte Datum, Titel und Kennzahlen enthält.</translation>
    </message>
    <message>
        <source>Also import retweets (other people&apos;s posts you shared)</source>
        <translation>Auch Retweets importieren (Beiträge anderer, die Sie geteilt haben)</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>TestimonialEditor</name>
    <message>
        <source>New testimonial</source>
        <translation>Neue Referenz</translation>
    </message>
    <message>
        <source>Edit testimonial</source>
        <translation>Referenz bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Verfasser:</translation>
    </message>
    <message>
        <source>Author&apos;s &amp;role:</source>
        <translation>&amp;Rolle des Verfassers:</translation>
    </message>
    <message>
        <source>e.g. CEO</source>
        <translation>z. B. Geschäftsführerin</translation>
    </message>
    <message>
        <source>Author&apos;s or&amp;ganisation:</source>
        <translation>Or&amp;ganisation des Verfassers:</translation>
    </message>
    <message>
        <source>e.g. Northwind</source>
        <translation>z. B. Northwind</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>&amp;Employment:</source>
        <translation>&amp;Anstellung:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>Type words of its title, notes or tags to find it</source>
        <translation>Wörter aus Titel, Notizen oder Schlagwörtern eingeben, um ihn zu finden</translation>
    </message>
    <message>
        <source>C&amp;ontribution:</source>
        <translation>&amp;Beitrag:</translation>
    </message>
    <message>
        <source>&amp;May be published in the portfolio</source>
        <translation>Darf im Portfolio &amp;veröffentlicht werden</translation>
    </message>
</context>
<context>
    <name>UrlField</name>
    <message>
        <source>Saved as %1</source>
        <translation>Wird gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>ValueRatesEditor</name>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Value per follower and month</source>
        <translation>Wert pro Follower und Monat</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>TKP</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>1 From in To</source>
        <translation>1 Von in Nach</translation>
    </message>
    <message>
        <source>Add exchange rate</source>
        <translation>Wechselkurs hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Exchange rates: an estimate appears in the currency above only where its rate&apos;s currency can be converted; otherwise it stays in the rate&apos;s own currency.</source>
        <translation>Wechselkurse: Eine Schätzung erscheint nur dann in der oben gewählten Währung, wenn die Währung ihres Satzes umgerechnet werden kann; sonst bleibt sie in der Währung des Satzes.</translation>
    </message>
    <message>
        <source>%1: a currency is a three-letter code such as EUR</source>
        <translation>%1: Eine Währung ist ein Code aus drei Buchstaben wie EUR</translation>
    </message>
    <message>
        <source>%1: write the date as YYYY-MM-DD</source>
        <translation>%1: Datum bitte als JJJJ-MM-TT schreiben</translation>
    </message>
    <message>
        <source>Exchange rate %1</source>
        <translation>Wechselkurs %1</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>{path} holds no Portfolio data; it cannot be restored.</source>
        <translation>{path} enthält keine Portfolio-Daten; die Datei kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); it cannot be restored.</source>
        <translation>{path} ist beschädigt ({problem}); die Datei kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose another file.</source>
        <translation>{path} ist die Datenbank selbst; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>{path} is still open; close it before restoring. Nothing was changed.</source>
        <translation>{path} ist noch geöffnet; schließen Sie die Datei vor dem Wiederherstellen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} is not a Portfolio database; a restore will not replace it. Nothing was changed.</source>
        <translation>{path} ist keine Portfolio-Datenbank; eine Wiederherstellung ersetzt sie nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} is a folder or another kind of file, not a database file; choose the database file. Nothing was changed.</source>
        <translation>{path} ist ein Ordner oder eine andere Art von Datei, keine Datenbankdatei; wählen Sie die Datenbankdatei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} holds no data yet; there is nothing to back up.</source>
        <translation>{path} enthält noch keine Daten; es gibt nichts zu sichern.</translation>
    </message>
    <message>
        <source>The backup of {path} failed its check ({problem}); it was not kept and older backups stay.</source>
        <translation>Die Sicherung von {path} hat die Prüfung nicht bestanden ({problem}); sie wurde nicht behalten, ältere Sicherungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Daily, at start</source>
        <translation>Täglich, beim Start</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Portfolio backup %1.sqlite</source>
        <translation>Portfolio-Sicherung %1.sqlite</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <source>Portfolio backups (*.sqlite);;All files (*)</source>
        <translation>Portfolio-Sicherungen (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Sicherung gespeichert</translation>
    </message>
    <message>
        <source>Saving the backup…</source>
        <translation>Die Sicherung wird gespeichert…</translation>
    </message>
    <message>
        <source>The backup was saved to %1.
It holds %2, %3 and %4.</source>
        <translation>Die Sicherung wurde unter %1 gespeichert.
Sie enthält %2, %3 und %4.</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Die Sicherungen werden gelesen…</translation>
    </message>
    <message>
        <source>Your record will go back to the state of %1 (%2 contributions). The current state is backed up first.</source>
        <translation>Ihr Bestand kehrt zum Stand vom %1 zurück (%2 Beiträge). Der aktuelle Stand wird vorher gesichert.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Your record now holds %1 contributions again.</source>
        <translation>Ihr Bestand enthält wieder %1 Beiträge.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Restore this backup now? The damaged file is kept, unchanged, next to it.</source>
        <translation>Diese Sicherung jetzt wiederherstellen? Die beschädigte Datei bleibt unverändert daneben erhalten.</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Im Auftrag von</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Mal geteilt</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>Hervorgehoben</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Size now</source>
        <translation>Größe heute</translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation>Gezählt am</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Target reach</source>
        <translation>Ziel-Reichweite</translation>
    </message>
    <message>
        <source>Target interactions</source>
        <translation>Ziel-Interaktionen</translation>
    </message>
    <message>
        <source>Reach achieved</source>
        <translation>Reichweite erreicht</translation>
    </message>
    <message>
        <source>Interactions achieved</source>
        <translation>Interaktionen erreicht</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>About my time at</source>
        <translation>Über meine Zeit bei</translation>
    </message>
    <message>
        <source>May publish</source>
        <translation>Veröffentlichen erlaubt</translation>
    </message>
</context>
<context>
    <name>csv_export</name>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Audience sizes</source>
        <translation>Größen der Zielgruppen</translation>
    </message>
    <message>
        <source>Period figures, as the platform reports them</source>
        <translation>Zeitraum-Zahlen, wie die Plattform sie meldet</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Employments</source>
        <translation>Anstellungen</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Value settings</source>
        <translation>Wertannahmen</translation>
    </message>
    <message>
        <source>There is no table {table}; choose one of: {choices}.</source>
        <translation>Es gibt keine Tabelle {table}; wählen Sie eine von: {choices}.</translation>
    </message>
    <message>
        <source>The decimal separator must be &quot;.&quot; or &quot;,&quot;, not {value}.</source>
        <translation>Das Dezimaltrennzeichen muss „.“ oder „,“ sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Der Ordner {path} existiert nicht.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 Zeilen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>%1 testimonials that may not be published were left out.</source>
        <translation>%1 Referenzen, die nicht veröffentlicht werden dürfen, wurden ausgelassen.</translation>
    </message>
    <message>
        <source>%1 private contributions were left out.</source>
        <translation>%1 private Beiträge wurden ausgelassen.</translation>
    </message>
    <message>
        <source>Table exported</source>
        <translation>Tabelle exportiert</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
</context>
<context>
    <name>data_folder</name>
    <message>
        <source>The folder already holds a file with this name.</source>
        <translation>Der Ordner enthält bereits eine Datei mit diesem Namen.</translation>
    </message>
    <message>
        <source>The database is already in this folder.</source>
        <translation>Die Datenbank liegt bereits in diesem Ordner.</translation>
    </message>
    <message>
        <source>The copy does not match the original.</source>
        <translation>Die Kopie stimmt nicht mit dem Original überein.</translation>
    </message>
</context>
<context>
    <name>edit_record</name>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation>Podcast</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Answer / comment</source>
        <translation>Antwort / Kommentar</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Press mention</source>
        <translation>Presseerwähnung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>X / Twitter</source>
        <translation>X / Twitter</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Cannot write the PDF to {path}: {reason}</source>
        <translation>Das PDF kann nicht nach {path} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot replace {path}: {reason}. Is it open in another program? The existing file is unchanged.</source>
        <translation>{path} kann nicht ersetzt werden: {reason}. Ist die Datei in einem anderen Programm geöffnet? Die vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist</source>
        <translation>Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name for the PDF</source>
        <translation>{path} ist ein Ordner; wählen Sie einen Dateinamen für das PDF</translation>
    </message>
</context>
<context>
    <name>importers</name>
    <message>
        <source>reposts of other people&apos;s posts</source>
        <translation>Reposts von Beiträgen anderer</translation>
    </message>
    <message>
        <source>entries listed twice in the export</source>
        <translation>doppelt im Export aufgeführte Einträge</translation>
    </message>
    <message>
        <source>activities that are not posts</source>
        <translation>Aktivitäten, die keine Beiträge sind</translation>
    </message>
    <message>
        <source>Post without text</source>
        <translation>Post ohne Text</translation>
    </message>
    <message>
        <source>&quot;{part}&quot; is not of the form field=Column</source>
        <translation>„{part}“ hat nicht die Form Feld=Spalte</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a field that can be imported; use one of {fields}</source>
        <translation>„{name}“ ist kein importierbares Feld; verwenden Sie eines von {fields}</translation>
    </message>
    <message>
        <source>the field &quot;{name}&quot; is mapped twice</source>
        <translation>das Feld „{name}“ ist zweimal zugeordnet</translation>
    </message>
    <message>
        <source>the mapping needs a date column and a title or notes column</source>
        <translation>die Zuordnung braucht eine Datumsspalte und eine Titel- oder Notizspalte</translation>
    </message>
    <message>
        <source>the file has no column {missing} (columns: {found})</source>
        <translation>die Datei hat keine Spalte {missing} (Spalten: {found})</translation>
    </message>
    <message>
        <source>the column &quot;{column}&quot; holds no dates in a format known here</source>
        <translation>die Spalte „{column}“ enthält keine Daten in einem hier bekannten Format</translation>
    </message>
    <message>
        <source>unreadable date {value} (expected {format})</source>
        <translation>unlesbares Datum {value} (erwartet: {format})</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>the dates in &quot;{column}&quot; fit more than one format; they were read as {format} (choose another date format if that is wrong)</source>
        <translation>die Daten in „{column}“ passen zu mehr als einem Format; sie wurden als {format} gelesen (wählen Sie ein anderes Datumsformat, falls das falsch ist)</translation>
    </message>
    <message>
        <source>{format} does not read a day, month and year; use e.g. %d.%m.%Y, %m/%d/%Y or %Y-%m-%d</source>
        <translation>{format} liest nicht Tag, Monat und Jahr; verwenden Sie z. B. %d.%m.%Y, %m/%d/%Y oder %Y-%m-%d</translation>
    </message>
    <message>
        <source>&quot;{column}&quot; is not a whole number ≥ 0: {value}</source>
        <translation>„{column}“ ist keine ganze Zahl ≥ 0: {value}</translation>
    </message>
    <message>
        <source>unknown kind {value}</source>
        <translation>unbekannte Art {value}</translation>
    </message>
    <message>
        <source>{count} fields where the header has {expected}</source>
        <translation>{count} Felder, wo die Kopfzeile {expected} hat</translation>
    </message>
    <message>
        <source>a line longer than {limit} characters; this is not a CSV export</source>
        <translation>eine Zeile mit mehr als {limit} Zeichen; das ist kein CSV-Export</translation>
    </message>
    <message>
        <source>a row longer than {limit} characters; this is not a CSV export</source>
        <translation>ein Datensatz mit mehr als {limit} Zeichen; das ist kein CSV-Export</translation>
    </message>
    <message>
        <source>a row of {count} columns, more than the {limit} this app reads; this is not a CSV export</source>
        <translation>ein Datensatz mit {count} Spalten, mehr als die {limit}, die diese App liest; das ist kein CSV-Export</translation>
    </message>
    <message>
        <source>a value longer than {limit} characters, the longest a note may be; shorten it and import again</source>
        <translation>ein Wert mit mehr als {limit} Zeichen, so lang darf eine Notiz höchstens sein; kürzen Sie ihn und importieren Sie erneut</translation>
    </message>
    <message>
        <source>the CSV data is damaged ({error})</source>
        <translation>die CSV-Daten sind beschädigt ({error})</translation>
    </message>
    <message>
        <source>the file holds binary data, not text</source>
        <translation>die Datei enthält Binärdaten, keinen Text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the JSON data is damaged ({error})</source>
        <translation>die JSON-Daten sind beschädigt ({error})</translation>
    </message>
    <message>
        <source>expected {expected} but found {found}</source>
        <translation>{expected} erwartet, aber {found} gefunden</translation>
    </message>
    <message>
        <source>the file ends in the middle of the data (is it complete?)</source>
        <translation>die Datei endet mitten in den Daten (ist sie vollständig?)</translation>
    </message>
    <message>
        <source>an entry is larger than {limit} MB</source>
        <translation>ein Eintrag ist größer als {limit} MB</translation>
    </message>
    <message>
        <source>unexpected text after the end of the data</source>
        <translation>unerwarteter Text nach dem Ende der Daten</translation>
    </message>
    <message>
        <source>the columns are not those of LinkedIn&apos;s Shares.csv (missing {missing}; found {found})</source>
        <translation>die Spalten sind nicht die der Shares.csv von LinkedIn (fehlend: {missing}; gefunden: {found})</translation>
    </message>
    <message>
        <source>unreadable date {value}</source>
        <translation>unlesbares Datum {value}</translation>
    </message>
    <message>
        <source>it also holds an analytics workbook ({name}); import the same file as LinkedIn analytics for its impressions, engagements and followers</source>
        <translation>enthält auch eine Analytics-Arbeitsmappe ({name}); importieren Sie dieselbe Datei als LinkedIn-Analytics für ihre Impressionen, Engagements und Follower</translation>
    </message>
    <message>
        <source>no header line starting with &quot;First Name&quot;; the network size was not read</source>
        <translation>keine Kopfzeile, die mit „First Name“ beginnt; die Größe des Netzwerks wurde nicht gelesen</translation>
    </message>
    <message>
        <source>this outbox has no orderedItems list</source>
        <translation>diese Outbox hat keine orderedItems-Liste</translation>
    </message>
    <message>
        <source>a post activity without its note</source>
        <translation>eine Post-Aktivität ohne ihre Notiz</translation>
    </message>
    <message>
        <source>a post without an id</source>
        <translation>ein Post ohne ID</translation>
    </message>
    <message>
        <source>an entry that is not an activity</source>
        <translation>ein Eintrag, der keine Aktivität ist</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>not a readable {kind} archive ({error})</source>
        <translation>kein lesbares {kind}-Archiv ({error})</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>die Datei kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB; no export file is that big</source>
        <translation>die Datei ist größer als {limit} MB; so groß ist keine Exportdatei</translation>
    </message>
    <message>
        <source>the export does not contain {expected}</source>
        <translation>der Export enthält {expected} nicht</translation>
    </message>
    <message>
        <source>not a file or folder but a pipe, device or socket, which could block for ever; choose the export file</source>
        <translation>keine Datei und kein Ordner, sondern eine Pipe, ein Gerät oder ein Socket, das endlos warten könnte; wählen Sie die Exportdatei</translation>
    </message>
    <message>
        <source>unreadable month {value} (expected like &quot;Jan 2015&quot;)</source>
        <translation>unlesbarer Monat {value} (erwartet wie „Jan 2015“)</translation>
    </message>
    <message>
        <source>a position without its start</source>
        <translation>eine Position ohne Beginn</translation>
    </message>
    <message>
        <source>no date in the article</source>
        <translation>kein Datum im Artikel</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>this is not a file of an X archive (no window.YTD assignment)</source>
        <translation>das ist keine Datei eines X-Archivs (keine window.YTD-Zuweisung)</translation>
    </message>
    <message>
        <source>an entry that is not a post</source>
        <translation>ein Eintrag, der kein Post ist</translation>
    </message>
    <message>
        <source>this looks like {what}, not {expected}</source>
        <translation>das sieht aus wie {what}, nicht wie {expected}</translation>
    </message>
    <message>
        <source>the posts file of an X archive (tweets.js)</source>
        <translation>die Beitragsdatei eines X-Archivs (tweets.js)</translation>
    </message>
    <message>
        <source>a file of an X archive other than its posts</source>
        <translation>eine Datei eines X-Archivs, aber nicht die mit den Beiträgen</translation>
    </message>
    <message>
        <source>an X analytics export</source>
        <translation>ein X-Analytics-Export</translation>
    </message>
    <message>
        <source>a Mastodon outbox (outbox.json)</source>
        <translation>ein Mastodon-Postausgang (outbox.json)</translation>
    </message>
    <message>
        <source>a Mastodon profile file (actor.json)</source>
        <translation>eine Mastodon-Profildatei (actor.json)</translation>
    </message>
    <message>
        <source>LinkedIn&apos;s Shares.csv</source>
        <translation>die Shares.csv von LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn&apos;s Connections.csv</source>
        <translation>die Connections.csv von LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn&apos;s Profile.csv</source>
        <translation>die Profile.csv von LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn&apos;s Positions.csv</source>
        <translation>die Positions.csv von LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn&apos;s Recommendations_Received.csv</source>
        <translation>die Recommendations_Received.csv von LinkedIn</translation>
    </message>
    <message>
        <source>a YouTube Studio table export</source>
        <translation>ein Tabellenexport aus YouTube Studio</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>eine Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>a .tar.gz archive</source>
        <translation>ein .tar.gz-Archiv</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>the columns are not those of an X analytics export (missing {missing}; found {found})</source>
        <translation>die Spalten sind nicht die eines X-Analytics-Exports (es fehlt {missing}; gefunden: {found})</translation>
    </message>
    <message>
        <source>{value} is not a post id (a spreadsheet may have rounded it; export the file again)</source>
        <translation>{value} ist keine Beitrags-ID (eine Tabellenkalkulation hat sie vielleicht gerundet; exportieren Sie die Datei erneut)</translation>
    </message>
    <message>
        <source>{column}: {value} is not a count</source>
        <translation>{column}: {value} ist keine Anzahl</translation>
    </message>
    <message>
        <source>the columns are not those of a YouTube Studio table export (missing {missing}; found {found})</source>
        <translation>die Spalten sind nicht die eines Tabellenexports aus YouTube Studio (es fehlt {missing}; gefunden: {found})</translation>
    </message>
    <message>
        <source>a video without its publish time</source>
        <translation>ein Video ohne Veröffentlichungszeitpunkt</translation>
    </message>
    <message>
        <source>videos never made public (no publish time)</source>
        <translation>nie veröffentlichte Videos (ohne Veröffentlichungszeit)</translation>
    </message>
    <message>
        <source>this workbook is not LinkedIn&apos;s analytics export (sheets found: {found})</source>
        <translation>diese Arbeitsmappe ist nicht der Analytics-Export von LinkedIn (gefundene Blätter: {found})</translation>
    </message>
    <message>
        <source>this is not a readable Excel workbook ({error})</source>
        <translation>das ist keine lesbare Excel-Arbeitsmappe ({error})</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than {limit} MB; this is not LinkedIn&apos;s export</source>
        <translation>die Arbeitsmappe ist entpackt größer als {limit} MB; das ist nicht der Export von LinkedIn</translation>
    </message>
    <message>
        <source>sheet {sheet}: more than {limit} rows; this is not LinkedIn&apos;s export</source>
        <translation>Blatt {sheet}: mehr als {limit} Zeilen; das ist nicht der Export von LinkedIn</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}: more than {limit} characters</source>
        <translation>Blatt {sheet}, Zelle {cell}: mehr als {limit} Zeichen</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}: {value} is not {what}</source>
        <translation>Blatt {sheet}, Zelle {cell}: {value} ist nicht {what}</translation>
    </message>
    <message>
        <source>sheet {sheet}: no header row with {expected}</source>
        <translation>Blatt {sheet}: keine Kopfzeile mit {expected}</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>eine Anzahl</translation>
    </message>
    <message>
        <source>sheet DISCOVERY: the period its totals cover is not stated; the totals were not imported</source>
        <translation>Blatt DISCOVERY: Der Zeitraum seiner Summen ist nicht angegeben; die Summen wurden nicht importiert</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>X/Twitter archive</source>
        <translation>X/Twitter-Archiv</translation>
    </message>
    <message>
        <source>X analytics export</source>
        <translation>X-Analytics-Export</translation>
    </message>
    <message>
        <source>LinkedIn data export</source>
        <translation>LinkedIn-Datenexport</translation>
    </message>
    <message>
        <source>LinkedIn analytics workbook</source>
        <translation>LinkedIn-Analytics-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Mastodon archive</source>
        <translation>Mastodon-Archiv</translation>
    </message>
    <message>
        <source>YouTube Studio table</source>
        <translation>Tabelle aus YouTube Studio</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>Reading the export</source>
        <translation>Der Export wird gelesen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Comparing with what is already recorded</source>
        <translation>Abgleich mit dem, was bereits erfasst ist</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Employments</source>
        <translation>Anstellungen</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>there is no audience named {name}; create it first (a CSV does not say which platform it is on)</source>
        <translation>es gibt keine Zielgruppe namens {name}; legen Sie sie zuerst an (eine CSV-Datei sagt nicht, auf welcher Plattform sie ist)</translation>
    </message>
    <message>
        <source>{what} {path}</source>
        <translation>{what} {path}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Hinweis: {text}</translation>
    </message>
    <message>
        <source>Audience: {name} (new)</source>
        <translation>Zielgruppe: {name} (neu)</translation>
    </message>
    <message>
        <source>Audience: {name}</source>
        <translation>Zielgruppe: {name}</translation>
    </message>
    <message>
        <source>Audience size {size} on {date}{note}</source>
        <translation>Größe der Zielgruppe {size} am {date}{note}</translation>
    </message>
    <message>
        <source> (a size for that day was already recorded and is kept)</source>
        <translation> (für diesen Tag war bereits eine Größe erfasst; sie bleibt erhalten)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>{count} fields kept as edited by hand</source>
        <translation>{count} von Hand bearbeitete Felder beibehalten</translation>
    </message>
    <message>
        <source>{part}: {new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>{part}: {new} neu, {updated} aktualisiert, {unchanged} unverändert</translation>
    </message>
    <message>
        <source>Audience sizes added for {count} days</source>
        <translation>Zielgruppengrößen für {count} Tage ergänzt</translation>
    </message>
    <message>
        <source>Impressions {impressions}, members reached {reached}, as {platform} reports for {start} – {end} ({status}; the whole account over that period, not added to any post)</source>
        <translation>Impressionen {impressions}, erreichte Mitglieder {reached}, laut {platform} für {start} – {end} ({status}; das ganze Konto über diesen Zeitraum, keinem Beitrag zugerechnet)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Rows not imported: {count}</source>
        <translation>Nicht importierte Zeilen: {count}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>Backup made before the import: {path}</source>
        <translation>Vor dem Import erstellte Sicherung: {path}</translation>
    </message>
    <message>
        <source>matched by URN</source>
        <translation>über die URN zugeordnet</translation>
    </message>
    <message>
        <source>matched by publish date (the only LinkedIn post that day)</source>
        <translation>über das Veröffentlichungsdatum zugeordnet (der einzige LinkedIn-Beitrag an diesem Tag)</translation>
    </message>
    <message>
        <source>not matched: new, marked not reviewed</source>
        <translation>nicht zugeordnet: neu, als nicht durchgesehen markiert</translation>
    </message>
    <message>
        <source>merged into a post the analytics workbook added, by URN</source>
        <translation>mit einem vom Analytics-Export angelegten Beitrag zusammengeführt, per URN</translation>
    </message>
    <message>
        <source>merged into a post the analytics workbook added, by publish date (the only post that day)</source>
        <translation>mit einem vom Analytics-Export angelegten Beitrag zusammengeführt, per Veröffentlichungsdatum (der einzige Beitrag an dem Tag)</translation>
    </message>
</context>
<context>
    <name>plausibility</name>
    <message>
        <source>More interactions (%1) than impressions (%2): is one of them mistyped?</source>
        <translation>Mehr Interaktionen (%1) als Impressionen (%2): Ist eine der Zahlen vertippt?</translation>
    </message>
    <message>
        <source>More interactions (%1) than people reached (%2): is one of them mistyped?</source>
        <translation>Mehr Interaktionen (%1) als erreichte Personen (%2): Ist eine der Zahlen vertippt?</translation>
    </message>
    <message>
        <source>More people reached (%1) than impressions (%2): is one of them mistyped?</source>
        <translation>Mehr erreichte Personen (%1) als Impressionen (%2): Ist eine der Zahlen vertippt?</translation>
    </message>
    <message>
        <source>Down from %1 on the size before: is it mistyped?</source>
        <translation>Vorher waren es %1: Ist die Zahl vertippt?</translation>
    </message>
    <message>
        <source>Up from %1 on the size before: is it mistyped?</source>
        <translation>Vorher waren es nur %1: Ist die Zahl vertippt?</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Laufbahn</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Höhepunkte</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
</context>
<context>
    <name>save_target</name>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Add a file name after the folder.</source>
        <translation>Geben Sie nach dem Ordner einen Dateinamen an.</translation>
    </message>
    <message>
        <source>A file name cannot contain a NUL character.</source>
        <translation>Ein Dateiname darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The path is longer than any file system allows.</source>
        <translation>Der Pfad ist länger, als ein Dateisystem erlaubt.</translation>
    </message>
    <message>
        <source>%1 names no user&apos;s home folder on this computer.</source>
        <translation>%1 ist kein Benutzerordner auf diesem Computer.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>There is no file or folder at %1.</source>
        <translation>Unter %1 gibt es keine Datei und keinen Ordner.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>The disk is full: {path} could not be written. Everything saved before is kept; free some space and try again.</source>
        <translation>Der Datenträger ist voll: {path} konnte nicht geschrieben werden. Alles zuvor Gespeicherte bleibt erhalten; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} is read-only: nothing could be saved there. Everything saved before is kept; make it writable (or choose another place) and try again.</source>
        <translation>{path} ist schreibgeschützt: Dort konnte nichts gespeichert werden. Alles zuvor Gespeicherte bleibt erhalten; heben Sie den Schreibschutz auf (oder wählen Sie einen anderen Ort) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} is locked by another program that is writing to it. Nothing was changed; close that program and try again.</source>
        <translation>{path} ist von einem anderen Programm gesperrt, das gerade hineinschreibt. Es wurde nichts geändert; schließen Sie dieses Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}. Nothing was changed.</source>
        <translation>{path} kann nicht geöffnet werden: {reason}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path}: {reason}. Everything saved before is kept.</source>
        <translation>{path}: {reason}. Alles zuvor Gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk reported an error (it may be full or failing). Everything saved before is kept; free some space or check the disk, then try again.</source>
        <translation>{path} konnte nicht geschrieben werden: Der Datenträger meldete einen Fehler (er ist vielleicht voll oder defekt). Alles zuvor Gespeicherte bleibt erhalten; schaffen Sie Platz oder prüfen Sie den Datenträger und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>{path} is not a usable file name ({reason}).</source>
        <translation>{path} ist kein verwendbarer Dateiname ({reason}).</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}). It was left untouched; restore a backup to go on.</source>
        <translation>{path} ist beschädigt ({problem}). Die Datei blieb unberührt; stellen Sie eine Sicherung wieder her, um weiterzumachen.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}). It was left untouched; the newest good backup is from {date} ({backup}).</source>
        <translation>{path} ist beschädigt ({problem}). Die Datei blieb unberührt; die neueste intakte Sicherung ist vom {date} ({backup}).</translation>
    </message>
    <message>
        <source>{path} is already open in another Portfolio window or command ({owner}). Close it there first; nothing was changed.</source>
        <translation>{path} ist bereits in einem anderen Portfolio-Fenster oder -Befehl geöffnet ({owner}). Schließen Sie die Datei dort zuerst; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>process {pid} on {host}, since {since}</source>
        <translation>Prozess {pid} auf {host}, seit {since}</translation>
    </message>
    <message>
        <source>owner unknown</source>
        <translation>Besitzer unbekannt</translation>
    </message>
    <message>
        <source>{path} is the database itself or one of its own files ({database}); writing there would destroy it. Choose another file name; nothing was written.</source>
        <translation>{path} ist die Datenbank selbst oder eine ihrer eigenen Dateien ({database}); dorthin zu schreiben würde sie zerstören. Wählen Sie einen anderen Dateinamen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{path} is inside the backups folder {folder}, which Portfolio manages and thins on its own. Choose another folder; nothing was written.</source>
        <translation>{path} liegt im Sicherungsordner {folder}, den Portfolio selbst verwaltet und ausdünnt. Wählen Sie einen anderen Ordner; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{path} holds no Portfolio data yet (it does not exist or is empty), so there is nothing to read; nothing was created. Check the file name, or start the app or an import to create it.</source>
        <translation>{path} enthält noch keine Portfolio-Daten (die Datei existiert nicht oder ist leer), es gibt also nichts zu lesen; es wurde nichts angelegt. Prüfen Sie den Dateinamen oder starten Sie die App oder einen Import, um sie anzulegen.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a pipe, device or socket); choose a database file. Nothing was read.</source>
        <translation>{path} ist keine gewöhnliche Datei (eine Pipe, ein Gerät oder ein Socket); wählen Sie eine Datenbankdatei. Es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>{path} holds a change a stopped program did not finish ({path}-journal). Open it in the app or with a writing command to let SQLite roll it back to the last saved state.</source>
        <translation>{path} enthält eine Änderung, die ein abgebrochenes Programm nicht abgeschlossen hat ({path}-journal). Öffnen Sie die Datei in der App oder mit einem schreibenden Befehl, damit SQLite sie auf den zuletzt gespeicherten Stand zurücksetzt.</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln Beitrag</numerusform>
            <numerusform>%Ln Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln angezeigt</numerusform>
            <numerusform>%Ln angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audience(s)</source>
        <translation>
            <numerusform>%Ln Zielgruppe</numerusform>
            <numerusform>%Ln Zielgruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search names, handles and organisations</source>
        <translation>Namen, Kennungen und Organisationen durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln Kampagne</numerusform>
            <numerusform>%Ln Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Kampagnen durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln Rolle</numerusform>
            <numerusform>%Ln Rollen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search organisations and roles</source>
        <translation>Organisationen und Rollen durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln testimonial(s)</source>
        <translation>
            <numerusform>%Ln Referenz</numerusform>
            <numerusform>%Ln Referenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search authors and their words</source>
        <translation>Verfasser und Texte durchsuchen</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message numerus="yes">
        <source>Delete %Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln Beitrag löschen</numerusform>
            <numerusform>%Ln Beiträge löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln audience(s)</source>
        <translation>
            <numerusform>%Ln Zielgruppe löschen</numerusform>
            <numerusform>%Ln Zielgruppen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln Kampagne löschen</numerusform>
            <numerusform>%Ln Kampagnen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln role(s)</source>
        <translation>
            <numerusform>%Ln Rolle löschen</numerusform>
            <numerusform>%Ln Rollen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln testimonial(s)</source>
        <translation>
            <numerusform>%Ln Referenz löschen</numerusform>
            <numerusform>%Ln Referenzen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln size record(s)</source>
        <translation>
            <numerusform>%Ln Größeneintrag löschen</numerusform>
            <numerusform>%Ln Größeneinträge löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)</source>
        <translation>
            <numerusform>%Ln Eintrag löschen</numerusform>
            <numerusform>%Ln Einträge löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other record(s) (contributions, testimonials or others) are linked to what you are deleting. They will be kept and detached from it.</source>
        <translation>
            <numerusform>%Ln weiterer Eintrag (ein Beitrag, eine Referenz oder anderes) ist mit dem verknüpft, was Sie löschen. Er bleibt erhalten und wird davon gelöst.</numerusform>
            <numerusform>%Ln weitere Einträge (Beiträge, Referenzen oder andere) sind mit dem verknüpft, was Sie löschen. Sie bleiben erhalten und werden davon gelöst.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1? You can undo this.</source>
        <translation>%1? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Detach and delete</source>
        <translation>Lösen und löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation>Beitrag hinzufügen</translation>
    </message>
    <message>
        <source>Edit contribution</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <source>Add audience</source>
        <translation>Zielgruppe hinzufügen</translation>
    </message>
    <message>
        <source>Edit audience</source>
        <translation>Zielgruppe bearbeiten</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Kampagne hinzufügen</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>Add testimonial</source>
        <translation>Referenz hinzufügen</translation>
    </message>
    <message>
        <source>Edit testimonial</source>
        <translation>Referenz bearbeiten</translation>
    </message>
    <message>
        <source>Edit figure: %1</source>
        <translation>Kennzahl ändern: %1</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Als durchgesehen markieren</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <source>Save changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation>Kein gültiges Datum.</translation>
    </message>
    <message>
        <source>Must be a whole number, or empty when unknown.</source>
        <translation>Muss eine ganze Zahl sein oder leer, wenn unbekannt.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Too large.</source>
        <translation>Zu groß.</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Zu lang.</translation>
    </message>
    <message>
        <source>Contains control characters.</source>
        <translation>Enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>Das Enddatum darf nicht vor dem Anfangsdatum liegen.</translation>
    </message>
    <message>
        <source>Must be a web address starting with http:// or https:// (or mailto:).</source>
        <translation>Muss eine Webadresse sein, die mit http:// oder https:// (oder mailto:) beginnt.</translation>
    </message>
    <message>
        <source>Not one of the allowed choices.</source>
        <translation>Keine der erlaubten Möglichkeiten.</translation>
    </message>
    <message>
        <source>Must be a number, not negative.</source>
        <translation>Muss eine Zahl sein, nicht negativ.</translation>
    </message>
    <message>
        <source>Not a field of this record.</source>
        <translation>Kein Feld dieses Eintrags.</translation>
    </message>
    <message>
        <source>An employer-owned audience needs its employment.</source>
        <translation>Eine Zielgruppe des Arbeitgebers braucht ihre Anstellung.</translation>
    </message>
    <message>
        <source>Another size is already recorded on this date.</source>
        <translation>An diesem Datum ist bereits eine andere Größe erfasst.</translation>
    </message>
    <message>
        <source>The linked record does not exist.</source>
        <translation>Der verknüpfte Eintrag existiert nicht.</translation>
    </message>
    <message>
        <source>Not a number: type digits such as 12000, 12 000 or 12k.</source>
        <translation>Keine Zahl: Geben Sie Ziffern ein, etwa 12000, 12 000 oder 12k.</translation>
    </message>
    <message>
        <source>Could be %1 or %2: type the number without separators, or with k (thousand) or M (million).</source>
        <translation>Könnte %1 oder %2 heißen: Geben Sie die Zahl ohne Trennzeichen ein oder mit k (Tausend) bzw. M (Million).</translation>
    </message>
    <message>
        <source>Must be a whole number: %1 is not.</source>
        <translation>Muss eine ganze Zahl sein: %1 ist keine.</translation>
    </message>
</context>
<context>
    <name>value</name>
    <message>
        <source>reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>teilweise erreicht</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>The work stopped with an unexpected error:
%1

The details are in the log file.</source>
        <translation>Die Arbeit wurde durch einen unerwarteten Fehler abgebrochen:
%1

Die Details stehen in der Protokolldatei.</translation>
    </message>
</context>
</TS>

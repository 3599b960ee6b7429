"""The words of the demo career, per language: services.demo draws the same career in each.

Every list here is drawn from by position (random.choice, random.sample), so the
German lists have exactly as many entries as the English ones and in the same
order: a seed then gives the same people, dates and figures in either language,
only the words differ. Names of people and organisations stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from portfolio_app.domain.enums import ContributionKind as K


@dataclass(frozen=True)
class DemoTexts:
    headlines: tuple[str, ...]  # one per person of services.demo.PEOPLE
    roles: tuple[str, ...]  # one per organisation of services.demo.ORGANISATIONS
    topics: tuple[str, ...]
    forms: dict[K, tuple[str, ...]]  # contribution titles; {t} is the topic
    audience_names: dict[str, str]  # by the key of services.demo.AUDIENCE_PLAN
    segment: str
    campaign_names: tuple[str, ...]
    objective: str  # {who} and {t}
    objective_audiences: tuple[str, ...]
    outcomes: dict[str, dict[str, str]]  # what ("reach", "interactions") → status → words
    not_measured: str
    outcome: str  # {status} and {lesson}
    lessons: tuple[str, ...]
    why_it_mattered: dict[K, str]  # the line a person writes under a featured work; {t} is the topic
    summary: str  # {person}
    testimonials: tuple[tuple[str, str], ...]  # (author's role, text with {first}), in services.demo's order
    languages: tuple[str, ...]  # the languages contributions are written in, drawn by position


ENGLISH = DemoTexts(
    headlines=("Developer advocate and communications lead", "Head of technical communication",
               "Community and content strategist", "Engineering communicator and speaker"),
    roles=("Technical writer", "Developer advocate", "Head of communication", "Community manager", "Content lead",
           "Developer relations lead"),
    topics=("observability", "API design", "the energy transition", "remote teams", "open source",
            "accessibility", "data privacy", "developer experience", "Kubernetes", "climate data",
            "career growth", "technical writing", "incident reviews", "Python tooling", "product launches"),
    # every title reads as a sentence with any topic, singular or plural
    forms={
        K.POST: ("Thoughts on {t}", "What we learned about {t}", "A short thread on {t}", "Three tips on {t}"),
        K.ARTICLE: ("A practical guide to {t}", "Why it is time to talk about {t}", "Lessons from a year of {t}"),
        K.TALK: ("Keynote on the future of {t}", "Talk: {t} without the hype", "Meetup talk on {t}"),
        K.INTERVIEW: ("Interview with Tech Weekly on {t}", "Radio interview about {t}"),
        K.PODCAST: ("Podcast guest on {t}", "Podcast episode about {t}"),
        K.VIDEO: ("Video walkthrough on {t}", "Five-minute explainer on {t}"),
        K.NEWSLETTER: ("Newsletter: the month in {t}", "Newsletter issue on {t}"),
        K.ANSWER: ("Answered a question on {t}", "Replied to a question about {t}"),
        K.TRAINING: ("Internal training on {t}", "Workshop on {t} for the sales team"),
        K.EVENT: ("Booth and demo on {t} at a trade fair", "Hosted a roundtable on {t}"),
        K.PRESS: ("Quoted in the trade press on {t}", "Press mention about {t}"),
        K.OTHER: ("Panel moderation on {t}", "Guest lecture on {t}"),
    },
    audience_names={
        "linkedin": "LinkedIn profile", "x": "X account", "mastodon": "Mastodon account",
        "newsletter": "Newsletter \u201cPlainly technical\u201d", "blog": "engineering blog",
        "company": "company page", "youtube": "YouTube channel", "community": "Practitioners' community",
        "offline": "Conferences and meetups",
    },
    segment="Engineers, product people and tech leads",
    campaign_names=("Launch of the public API", "Hiring campaign", "Sustainability report",
                    "Developer conference season", "Customer stories series"),
    objective="Reach {who} with a clear story about {t}.",
    objective_audiences=("developers", "customers", "candidates"),
    outcomes={
        "reach": {"met": "reach target met", "partly_met": "reach target partly met",
                  "not_met": "reach stayed well below the target"},
        "interactions": {"met": "interactions target met", "partly_met": "interactions target partly met",
                         "not_met": "interactions stayed well below the target"},
    },
    not_measured="reach was not measured",
    outcome="{status}. We learned that {lesson}",
    lessons=(
        "the sales team now uses the material in first calls.",
        "the paid boost we had planned was cancelled halfway.",
        "the topic needed a customer's voice, not ours.",
        "the talks carried more than the posts.",
        "the series is now a regular format.",
    ),
    why_it_mattered={
        K.POST: "Started the discussion that put {t} on the product roadmap",
        K.ARTICLE: "Became the team's reference on {t}; linked from the onboarding guide",
        K.TALK: "Best-rated session of the track; two customers asked for a follow-up on {t}",
        K.INTERVIEW: "First coverage of our work on {t} outside the trade press",
        K.PODCAST: "Brought three applicants who named the episode in their interviews",
        K.VIDEO: "Cut support questions about {t} by a third",
        K.NEWSLETTER: "Most-forwarded issue of the year",
        K.ANSWER: "Settled a recurring question on {t}; now pinned in the forum",
        K.TRAINING: "Adopted as the standard {t} course for new hires",
        K.EVENT: "Opened talks with two partners",
        K.PRESS: "Quoted by name in a national paper",
        K.OTHER: "Invited back the following year",
    },
    summary="{person} turns complex technology into stories people act on: posts, talks, "
            "trainings and campaigns for engineering audiences.",
    testimonials=(
        ("VP Marketing", "Our developer audience doubled in the year {first} ran the engineering blog."),
        ("Head of Sales", "The customer stories series opened doors for us."),
        ("CTO", "{first} explains hard things plainly; customers quote the talks back to us."),
        ("Conference organiser", "One of the best-rated sessions of the conference."),
        ("Team lead", "The internal trainings changed how the team writes incident reviews."),
    ),
    languages=("en", "en", "en", "de"),
)

# Topics are bare nouns, so the titles put them after "zum Thema" or a colon: German
# would need a different article and case for each topic after "über" or "zu".
GERMAN = DemoTexts(
    headlines=("Developer Advocate und Leitung Kommunikation", "Leiterin technische Kommunikation",
               "Strategie für Community und Content", "Technik-Kommunikatorin und Speakerin"),
    roles=("Technische Redaktion", "Developer Advocate", "Leitung Kommunikation", "Community-Management",
           "Leitung Content", "Leitung Developer Relations"),
    topics=("Observability", "API-Design", "Energiewende", "Remote-Teams", "Open Source",
            "Barrierefreiheit", "Datenschutz", "Developer Experience", "Kubernetes", "Klimadaten",
            "Karriereentwicklung", "Technisches Schreiben", "Incident-Reviews", "Python-Tooling",
            "Produktlaunches"),
    forms={
        K.POST: ("Gedanken zum Thema {t}", "{t}: Was wir gelernt haben", "Kurzer Thread zum Thema {t}",
                 "Drei Tipps zum Thema {t}"),
        K.ARTICLE: ("Praxisleitfaden: {t}", "{t}: Zeit, darüber zu reden", "Ein Jahr {t}: unsere Lehren"),
        K.TALK: ("Keynote: {t} – ein Ausblick", "Vortrag: {t} ohne Hype", "Meetup-Vortrag zum Thema {t}"),
        K.INTERVIEW: ("Interview mit Tech Weekly zum Thema {t}", "Radiointerview zum Thema {t}"),
        K.PODCAST: ("Podcast-Gast zum Thema {t}", "Podcastfolge zum Thema {t}"),
        K.VIDEO: ("Videoanleitung: {t}", "Erklärvideo in fünf Minuten: {t}"),
        K.NEWSLETTER: ("Newsletter: {t} im Monatsrückblick", "Newsletter-Ausgabe zum Thema {t}"),
        K.ANSWER: ("Frage zum Thema {t} beantwortet", "Antwort auf eine Frage zum Thema {t}"),
        K.TRAINING: ("Interne Schulung zum Thema {t}", "Workshop zum Thema {t} für den Vertrieb"),
        K.EVENT: ("Messestand mit Demo zum Thema {t}", "Roundtable zum Thema {t} moderiert"),
        K.PRESS: ("In der Fachpresse zitiert: {t}", "Presseerwähnung zum Thema {t}"),
        K.OTHER: ("Podiumsmoderation zum Thema {t}", "Gastvorlesung zum Thema {t}"),
    },
    audience_names={
        "linkedin": "LinkedIn-Profil", "x": "X-Account", "mastodon": "Mastodon-Account",
        "newsletter": "Newsletter \u201eKlartext Technik\u201c", "blog": "Engineering-Blog",
        "company": "Unternehmensseite", "youtube": "YouTube-Kanal", "community": "Praxis-Community",
        "offline": "Konferenzen und Meetups",
    },
    segment="Entwicklung, Produktmanagement und Tech Leads",
    campaign_names=("Start der öffentlichen API", "Recruiting-Kampagne", "Nachhaltigkeitsbericht",
                    "Konferenzsaison für Entwickler", "Reihe mit Kundengeschichten"),
    objective="Mit einer klaren Geschichte zum Thema {t} {who} erreichen.",
    objective_audiences=("die Entwickler-Community", "unsere Kundschaft", "neue Talente"),
    outcomes={
        "reach": {"met": "Reichweitenziel erreicht", "partly_met": "Reichweitenziel teilweise erreicht",
                  "not_met": "Reichweite blieb deutlich unter dem Ziel"},
        "interactions": {"met": "Interaktionsziel erreicht", "partly_met": "Interaktionsziel teilweise erreicht",
                         "not_met": "Interaktionen blieben deutlich unter dem Ziel"},
    },
    not_measured="Reichweite wurde nicht gemessen",
    outcome="{status}. Unsere Erkenntnis: {lesson}",
    lessons=(
        "Der Vertrieb nutzt das Material jetzt in Erstgesprächen.",
        "Die geplante bezahlte Verstärkung wurde auf halber Strecke gestoppt.",
        "Das Thema brauchte die Stimme eines Kunden, nicht unsere.",
        "Die Vorträge trugen mehr als die Posts.",
        "Die Reihe ist jetzt ein festes Format.",
    ),
    why_it_mattered={
        K.POST: "Stieß die Diskussion an, die {t} auf die Produkt-Roadmap brachte",
        K.ARTICLE: "Wurde die Referenz des Teams zum Thema {t}; verlinkt im Onboarding-Leitfaden",
        K.TALK: "Bestbewerteter Vortrag des Tracks; zwei Kunden baten um ein Folgegespräch zum Thema {t}",
        K.INTERVIEW: "Erste Berichterstattung über unsere Arbeit zum Thema {t} außerhalb der Fachpresse",
        K.PODCAST: "Brachte drei Bewerbungen, die sich im Gespräch auf die Folge beriefen",
        K.VIDEO: "Ein Drittel weniger Support-Anfragen zum Thema {t}",
        K.NEWSLETTER: "Die am häufigsten weitergeleitete Ausgabe des Jahres",
        K.ANSWER: "Klärte eine immer wiederkehrende Frage zum Thema {t}; jetzt im Forum angeheftet",
        K.TRAINING: "Als Standardkurs zum Thema {t} für neue Mitarbeitende übernommen",
        K.EVENT: "Gespräche mit zwei Partnern angebahnt",
        K.PRESS: "Namentlich zitiert in einer überregionalen Zeitung",
        K.OTHER: "Für das folgende Jahr erneut eingeladen",
    },
    summary="{person} macht komplexe Technik zu Geschichten, die etwas bewegen: Posts, Vorträge, "
            "Schulungen und Kampagnen für technische Zielgruppen.",
    testimonials=(
        ("Marketingleiterin",
         "Im Jahr, in dem {first} unseren Engineering-Blog betreute, hat sich unsere Entwickler-Zielgruppe "
         "verdoppelt."),
        ("Vertriebsleiterin", "Die Reihe mit Kundengeschichten hat uns Türen geöffnet."),
        ("CTO", "{first} erklärt Schwieriges verständlich; Kunden zitieren uns die Vorträge."),
        ("Konferenzveranstalterin", "Einer der bestbewerteten Vorträge der Konferenz."),
        ("Teamleiter", "Die internen Schulungen haben verändert, wie das Team Incident-Reviews schreibt."),
    ),
    languages=("de", "de", "de", "en"),  # a German professional writes mostly in German
)

DEMO_TEXTS = {"en": ENGLISH, "de": GERMAN}
DEMO_LANGUAGES = tuple(DEMO_TEXTS)

"""News items and events in German and English, written from the public facts about
the Smart City Dialogue. Entries whose details are invented carry ``demo: True``
and are marked as demo content on the site."""

import datetime
from zoneinfo import ZoneInfo

from smartcity.demo.blocks import bullets, paragraph

BERLIN = ZoneInfo("Europe/Berlin")


def at(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


NEWS_INDEX = {
    "title": {"de": "Aktuelles", "en": "News"},
    "slug": {"de": "aktuelles", "en": "news"},
    "intro": {
        "de": "Meldungen aus dem Smart City Dialog: Förderentscheidungen, Beschlüsse und "
        "Berichte aus den Modellprojekten.",
        "en": "News from the Smart City Dialogue: funding decisions, resolutions and reports "
        "from the model projects.",
    },
}

EVENT_INDEX = {
    "title": {"de": "Veranstaltungen", "en": "Events"},
    "slug": {"de": "veranstaltungen", "en": "events"},
    "intro": {
        "de": "Kongresse, Konferenzen und Sitzungen des Smart City Dialogs – mit Terminen zum "
        "Vormerken und der Dokumentation vergangener Veranstaltungen.",
        "en": "Congresses, conferences and meetings of the Smart City Dialogue: dates to note "
        "and the documentation of past events.",
    },
}

TAGS = {
    "funding": {"de": "Förderung", "en": "Funding"},
    "model-projects": {"de": "Modellprojekte", "en": "Model projects"},
    "plan": {"de": "Stufenplan", "en": "Plan by stages"},
    "events": {"de": "Veranstaltungen", "en": "Events"},
    "measures": {"de": "Maßnahmendatenbank", "en": "Measures database"},
    "dialogue-platform": {"de": "Dialogplattform", "en": "Dialogue Platform"},
}

NEWS = [
    {
        "date": datetime.date(2020, 9, 8),
        "tags": ["funding", "model-projects"],
        "image": "mpsc",
        "slug": {"de": "zweite-staffel-ausgewaehlt", "en": "second-round-selected"},
        "title": {
            "de": "32 neue Modellprojekte Smart Cities ausgewählt",
            "en": "32 new Model Projects Smart Cities selected",
        },
        "intro": {
            "de": "Die zweite Förderstaffel steht: Aus 86 Bewerbungen wurden 32 Kommunen und "
            "Kommunalverbünde ausgewählt.",
            "en": "The second funding round is set: 32 municipalities and groups of "
            "municipalities were chosen from 86 applications.",
        },
        "body": {
            "de": [
                paragraph(
                    "Am 8. September 2020 wurde die Auswahl der zweiten Staffel der Modellprojekte "
                    "Smart Cities bekannt gegeben. Das Motto der Staffel lautet „Gemeinwohl und "
                    "Netzwerkstadt/Stadtnetzwerk“.",
                    "Die Projekte beginnen in der Regel mit einer Strategiephase, in der sie ihre "
                    "Smart-City-Strategie gemeinsam mit der Stadtgesellschaft entwickeln, und "
                    "setzen sie anschließend um.",
                )
            ],
            "en": [
                paragraph(
                    "The selection of the second round of Model Projects Smart Cities was "
                    "announced on 8 September 2020. The round's motto is “Common good and "
                    "networked city/city network”.",
                    "As a rule, the projects start with a strategy phase in which they develop "
                    "their smart city strategy with local people, and then put it into practice.",
                )
            ],
        },
    },
    {
        "date": datetime.date(2021, 7, 15),
        "tags": ["funding", "model-projects"],
        "image": "mpsc",
        "slug": {"de": "dritte-staffel-ausgewaehlt", "en": "third-round-selected"},
        "title": {
            "de": "Dritte Staffel: 28 Modellprojekte starten",
            "en": "Third round: 28 model projects get started",
        },
        "intro": {
            "de": "Unter dem Motto „Gemeinsam aus der Krise: Raum für Zukunft“ erhalten 28 "
            "Projekte zusammen 300 Millionen Euro Fördermittel.",
            "en": "Under the motto “Out of the crisis together: space for the future”, 28 "
            "projects share 300 million euros of funding.",
        },
        "body": {
            "de": [
                paragraph(
                    "Am 15. Juli 2021 wurde die dritte Staffel der Modellprojekte Smart Cities "
                    "bekannt gegeben. 94 Kommunen und Kommunalverbünde hatten sich beworben.",
                    "Damit fördert der Bund insgesamt 73 Modellprojekte aus drei Staffeln mit "
                    "zusammen rund 820 Millionen Euro.",
                )
            ],
            "en": [
                paragraph(
                    "The third round of Model Projects Smart Cities was announced on 15 July "
                    "2021. 94 municipalities and groups of municipalities had applied.",
                    "This brings the number of model projects funded by the federal government "
                    "to 73 from three rounds, with around 820 million euros in total.",
                )
            ],
        },
    },
    {
        "date": datetime.date(2022, 10, 27),
        "demo": True,
        "tags": ["events"],
        "image": "kts",
        "slug": {"de": "geywitz-auf-der-sccon", "en": "geywitz-at-sccon"},
        "title": {
            "de": "„Kooperation statt Wettbewerb“: Bundesministerin Geywitz auf der SCCON",
            "en": "“Cooperation, not competition”: Federal Minister Geywitz at SCCON",
        },
        "intro": {
            "de": "In ihrer Keynote auf der Smart Country Convention in Berlin warb Klara Geywitz "
            "für Zusammenarbeit zwischen den Kommunen.",
            "en": "In her keynote at the Smart Country Convention in Berlin, Klara Geywitz made "
            "the case for cooperation between municipalities.",
        },
        "body": {
            "de": [
                paragraph(
                    "„Bei Smart Cities geht es nicht um Wettbewerb, sondern um Kooperation“, sagte "
                    "die damalige Bundesministerin für Wohnen, Stadtentwicklung und Bauwesen im "
                    "Oktober 2022. Lösungen, die eine Kommune entwickelt, sollen anderen zugutekommen.",
                    "Das genaue Datum dieser Meldung ist ein Beispielwert der Demo-Installation.",
                )
            ],
            "en": [
                paragraph(
                    "“Smart cities are not about competition, but about cooperation,” said the "
                    "then Federal Minister for Housing, Urban Development and Building in October "
                    "2022. Solutions developed by one municipality should benefit others.",
                    "The exact date of this news item is a sample value of the demo installation.",
                )
            ],
        },
    },
    {
        "date": datetime.date(2023, 5, 16),
        "demo": True,
        "tags": ["measures", "model-projects"],
        "image": "research",
        "slug": {"de": "massnahmendatenbank-online", "en": "measures-database-online"},
        "title": {
            "de": "Maßnahmendatenbank ist online",
            "en": "The measures database is online",
        },
        "intro": {
            "de": "Rund 570 Maßnahmen der Modellprojekte sind jetzt öffentlich recherchierbar – "
            "gepflegt von den Projekten selbst.",
            "en": "Around 570 measures of the model projects can now be searched by everyone, "
            "kept up to date by the projects themselves.",
        },
        "body": {
            "de": [
                paragraph(
                    "Seit Mai 2023 ist die Maßnahmendatenbank öffentlich. Die Modellprojekte "
                    "tragen ihre Maßnahmen selbst ein; die Datenbank wird halbjährlich "
                    "aktualisiert.",
                ),
                bullets(
                    "Bundesland",
                    "Handlungsfelder",
                    "räumliche Wirkung",
                    "Umsetzungsstand",
                    intro="Filtern lässt sich unter anderem nach:",
                ),
                paragraph(
                    "Der genaue Tag der Veröffentlichung ist ein Beispielwert der "
                    "Demo-Installation."
                ),
            ],
            "en": [
                paragraph(
                    "The measures database has been public since May 2023. The model projects "
                    "enter their measures themselves; the database is updated every six months.",
                ),
                bullets(
                    "federal state",
                    "fields of action",
                    "spatial effects",
                    "status",
                    intro="Filters include:",
                ),
                paragraph(
                    "The exact day of publication is a sample value of the demo installation."
                ),
            ],
        },
    },
    {
        "date": datetime.date(2023, 6, 21),
        "demo": True,
        "tags": ["dialogue-platform", "events"],
        "image": "platform",
        "slug": {"de": "dialogplattform-3-0-tagt", "en": "dialogue-platform-3-0-meets"},
        "title": {
            "de": "Dialogplattform 3.0 tagt im Reuter-Haus",
            "en": "Dialogue Platform 3.0 meets at the Reuter-Haus",
        },
        "intro": {
            "de": "Die Mitglieder der Nationalen Dialogplattform Smart Cities kamen in Berlin "
            "zusammen.",
            "en": "The members of the National Dialogue Platform Smart Cities met in Berlin.",
        },
        "body": {
            "de": [
                paragraph(
                    "Am 20. Juni 2023 tagte die „Dialogplattform 3.0“ im Reuter-Haus in Berlin. "
                    "Die Plattform besteht seit 2016 und hat 2017 die Smart City Charta erarbeitet.",
                    "Datum und Inhalt dieses Berichts sind Beispielwerte der Demo-Installation.",
                )
            ],
            "en": [
                paragraph(
                    "“Dialogue Platform 3.0” met at the Reuter-Haus in Berlin on 20 June 2023. "
                    "The platform has existed since 2016 and wrote the Smart City Charter in 2017.",
                    "The date and content of this report are sample values of the demo "
                    "installation.",
                )
            ],
        },
    },
    {
        "date": datetime.date(2024, 4, 25),
        "demo": True,
        "tags": ["events", "model-projects"],
        "image": "kts",
        "slug": {"de": "kongress-leipzig-rueckblick", "en": "leipzig-congress-review"},
        "title": {
            "de": "Rückblick: Vierter Kongress der Modellprojekte in Leipzig",
            "en": "Looking back: fourth congress of the model projects in Leipzig",
        },
        "intro": {
            "de": "Zwei Tage lang tauschten sich die Modellprojekte in Leipzig über ihre "
            "Erfahrungen aus.",
            "en": "For two days, the model projects shared their experience in Leipzig.",
        },
        "body": {
            "de": [
                paragraph(
                    "Am 23. und 24. April 2024 lud die Koordinierungs- und Transferstelle zum "
                    "vierten Kongress der Modellprojekte Smart Cities nach Leipzig ein.",
                    "Datum und Inhalt dieses Rückblicks sind Beispielwerte der Demo-Installation.",
                )
            ],
            "en": [
                paragraph(
                    "On 23 and 24 April 2024 the Coordination and Transfer Office invited the "
                    "Model Projects Smart Cities to their fourth congress in Leipzig.",
                    "The date and content of this review are sample values of the demo "
                    "installation.",
                )
            ],
        },
    },
    {
        "date": datetime.date(2024, 6, 11),
        "tags": ["plan"],
        "image": "europe",
        "slug": {"de": "stufenplan-beschlossen", "en": "plan-by-stages-adopted"},
        "title": {
            "de": "Beirat beschließt Stufenplan „Smarte Städte und Regionen“",
            "en": "Advisory board adopts the plan by stages “Smart cities and regions”",
        },
        "intro": {
            "de": "Der Beirat des BMWSB hat am 11. Juni 2024 den Stufenplan beschlossen: einen "
            "Marktplatz für Smart-City-Lösungen und ein Kompetenzzentrum.",
            "en": "On 11 June 2024 the BMWSB's advisory board adopted the plan by stages: a "
            "marketplace for smart city solutions and a competence centre.",
        },
        "body": {
            "de": [
                paragraph(
                    "Im Beirat arbeiten Bundesressorts, fünf Länder, Kommunen sowie Vertreterinnen "
                    "und Vertreter aus Wirtschaft, Wissenschaft und Zivilgesellschaft zusammen. "
                    "Er war im September 2023 zum ersten Mal zusammengekommen.",
                ),
                bullets(
                    "einen Marktplatz für Smart-City-Lösungen",
                    "ein Kompetenzzentrum, das auf Strukturen des Bundes aufbaut",
                    intro="Der rund 20 Seiten lange Plan sieht zwei Pakete vor:",
                ),
            ],
            "en": [
                paragraph(
                    "The advisory board brings together federal ministries, five Länder, "
                    "municipalities and representatives of business, research and civil society. "
                    "It first met in September 2023.",
                ),
                bullets(
                    "a marketplace for smart city solutions",
                    "a competence centre built on federal structures",
                    intro="The plan of about 20 pages sets out two packages:",
                ),
            ],
        },
    },
]

EVENTS = [
    {
        "demo": True,
        "start": at(2023, 6, 20, 10),
        "end": at(2023, 6, 20, 16),
        "format": "on-site",
        "venue": {"name": "Reuter-Haus", "street": "", "postcode": "", "city": "Berlin"},
        "slug": {"de": "dialogplattform-3-0", "en": "dialogue-platform-3-0"},
        "title": {
            "de": "Sitzung der Dialogplattform 3.0",
            "en": "Session of Dialogue Platform 3.0",
        },
        "intro": {
            "de": "Die Nationale Dialogplattform Smart Cities kommt im Reuter-Haus in Berlin "
            "zusammen.",
            "en": "The National Dialogue Platform Smart Cities meets at the Reuter-Haus in Berlin.",
        },
        "body": {
            "de": [
                paragraph(
                    "Die Uhrzeiten dieser Veranstaltung sind Beispielwerte der Demo-Installation."
                )
            ],
            "en": [
                paragraph("The times of this event are sample values of the demo installation.")
            ],
        },
    },
    {
        "demo": True,
        "start": at(2024, 4, 23, 9),
        "end": at(2024, 4, 24, 16),
        "format": "on-site",
        "venue": {"name": "", "street": "", "postcode": "", "city": "Leipzig"},
        "slug": {"de": "kongress-modellprojekte-2024", "en": "model-projects-congress-2024"},
        "title": {
            "de": "4. Kongress der Modellprojekte Smart Cities",
            "en": "4th Congress of the Model Projects Smart Cities",
        },
        "intro": {
            "de": "Die Koordinierungs- und Transferstelle lädt die Modellprojekte zum "
            "Erfahrungsaustausch nach Leipzig ein.",
            "en": "The Coordination and Transfer Office invites the model projects to Leipzig "
            "to share their experience.",
        },
        "body": {
            "de": [
                paragraph(
                    "Die Uhrzeiten dieser Veranstaltung sind Beispielwerte der Demo-Installation."
                )
            ],
            "en": [
                paragraph("The times of this event are sample values of the demo installation.")
            ],
        },
    },
    {
        "demo": True,
        "start": at(2027, 3, 10, 10),
        "end": at(2027, 3, 10, 11, 30),
        "format": "online",
        "venue": {"name": "", "street": "", "postcode": "", "city": ""},
        "registration_url": "https://example.org/demo/start-smart-anmeldung",
        "slug": {"de": "start-smart-sprechstunde-2027", "en": "start-smart-consultation-2027"},
        "title": {
            "de": "Online-Sprechstunde „Start smart“ (Demo)",
            "en": "“Start smart” online consultation (demo)",
        },
        "intro": {
            "de": "Für Kommunen ohne Förderung: Wie fange ich mit der Smart City an? Die KTS "
            "beantwortet Fragen in einer offenen Sprechstunde.",
            "en": "For municipalities without funding: how do we get started with a smart city? "
            "The KTS answers questions in an open online session.",
        },
        "body": {
            "de": [
                paragraph(
                    "Diese Veranstaltung ist erfunden und gehört zur Demo-Installation; der "
                    "Anmeldelink führt auf eine Beispieladresse."
                )
            ],
            "en": [
                paragraph(
                    "This event is invented and belongs to the demo installation; the "
                    "registration link leads to an example address."
                )
            ],
        },
    },
    {
        "demo": True,
        "start": at(2027, 5, 5, 10),
        "end": at(2027, 5, 6, 15),
        "format": "hybrid",
        "venue": {"name": "", "street": "", "postcode": "", "city": "Nürnberg"},
        "registration_url": "https://example.org/demo/regionalkonferenz-anmeldung",
        "slug": {"de": "regionalkonferenz-sued-2027", "en": "regional-conference-south-2027"},
        "title": {
            "de": "Regionalkonferenz Smart Cities Süd (Demo)",
            "en": "Regional conference Smart Cities South (demo)",
        },
        "intro": {
            "de": "Modellprojekte und interessierte Kommunen aus Bayern und Baden-Württemberg "
            "tauschen sich über urbane Datenplattformen und digitale Zwillinge aus.",
            "en": "Model projects and interested municipalities from Bavaria and "
            "Baden-Württemberg discuss urban data platforms and digital twins.",
        },
        "body": {
            "de": [
                paragraph(
                    "Diese Veranstaltung ist erfunden und gehört zur Demo-Installation; der "
                    "Anmeldelink führt auf eine Beispieladresse."
                )
            ],
            "en": [
                paragraph(
                    "This event is invented and belongs to the demo installation; the "
                    "registration link leads to an example address."
                )
            ],
        },
    },
]

"""Twelve invented solution profiles, in German and English.

Each profile belongs to a real model project (``lead``/``partners`` are slugs from
``programmes/data/model_projects.csv``) and picks up a theme named on the Smart City
Dialogue site. Everything else – the descriptions, figures, checklist values and
repository addresses – is sample content, and the profiles are flagged as demo content.

Text fields are ``(German, English)`` pairs. Rich-text fields are lists of paragraphs
(a nested list becomes a bullet list). Steps and success factors are
``(title_de, title_en, text_de, text_en)``.
"""

PROFILES = [
    {
        "slug": "hitze-wasser-management",
        "lead": "hannover",
        "partners": ["hildesheim"],
        "title": ("Hitze.Wasser.Management", "Hitze.Wasser.Management (heat and water management)"),
        "teaser": (
            "Sensoren, Wetterdaten und ein gemeinsames Lagebild helfen Hannover, Hitzetage und Starkregen früher zu erkennen und Stadtgrün gezielt zu bewässern.",
            "Sensors, weather data and a shared situation picture help Hannover to spot hot days and heavy rain earlier and to water urban greenery where it is needed.",
        ),
        "challenge": (
            [
                "Hitzesommer und Starkregen treffen die Stadt immer häufiger. Straßenbäume vertrocknen, Keller laufen voll, und die Zuständigkeiten für Grün, Entwässerung und Gesundheit liegen in verschiedenen Ämtern.",
                "Bisher fehlte ein gemeinsamer Blick darauf, wo es in der Stadt zu heiß oder zu nass wird.",
            ],
            [
                "Heat waves and heavy rain hit the city more and more often. Street trees dry out, basements flood, and responsibility for green spaces, drainage and health lies with different departments.",
                "Until now there was no shared view of where in the city it gets too hot or too wet.",
            ],
        ),
        "solution": (
            [
                "Hitze.Wasser.Management führt Messwerte aus Boden- und Klimasensoren, Wettervorhersagen und Daten der Stadtentwässerung in einem Dashboard zusammen. Daraus entstehen:",
                [
                    "eine Karte der Hitzeinseln mit Tagesprognose,",
                    "Gießempfehlungen für Bäume und Grünflächen,",
                    "Warnhinweise, wenn Regenrückhaltebecken volllaufen.",
                ],
                "Die Ämter planen Einsätze gemeinsam; ausgewählte Daten stehen als offene Daten bereit.",
            ],
            [
                "Hitze.Wasser.Management brings together readings from soil and climate sensors, weather forecasts and data from the municipal drainage service in one dashboard. It produces:",
                [
                    "a map of urban heat islands with a daily forecast,",
                    "watering recommendations for trees and green spaces,",
                    "alerts when stormwater retention basins fill up.",
                ],
                "The departments plan their work together; selected data is published as open data.",
            ],
        ),
        "steps": [
            (
                "Bedarf mit den Fachämtern klären",
                "Agree on needs with the departments",
                "Grünflächenamt, Stadtentwässerung und Gesundheitsamt haben festgelegt, welche Entscheidungen das Lagebild unterstützen soll.",
                "The parks department, the drainage service and the public health office decided which decisions the situation picture should support.",
            ),
            (
                "Sensornetz aufbauen",
                "Set up the sensor network",
                "Rund 150 Boden- und Klimasensoren wurden an Bäumen, auf Plätzen und in Becken montiert und über LoRaWAN angebunden.",
                "About 150 soil and climate sensors were mounted on trees, squares and basins and connected via LoRaWAN.",
            ),
            (
                "Dashboard entwickeln und testen",
                "Develop and test the dashboard",
                "In drei Sommern wurde das Dashboard mit den Teams im Außendienst erprobt und verbessert.",
                "Over three summers the dashboard was tried out and improved with the field teams.",
            ),
            (
                "In den Regelbetrieb überführen",
                "Move into regular operation",
                "Betrieb und Wartung wurden in die Haushaltsplanung der Ämter übernommen.",
                "Operation and maintenance were taken over into the departments' budgets.",
            ),
        ],
        "data_basis": (
            [
                "Boden- und Lufttemperatur, Bodenfeuchte, Pegelstände, Wettervorhersagen des Deutschen Wetterdienstes und das Baumkataster der Stadt."
            ],
            [
                "Soil and air temperature, soil moisture, water levels, forecasts from the German Weather Service and the city's tree register."
            ],
        ),
        "factors": [
            (
                "Ämterübergreifendes Team",
                "Cross-departmental team",
                "Ein festes Kernteam aus drei Ämtern hat sich regelmäßig abgestimmt.",
                "A permanent core team from three departments met regularly.",
            ),
            (
                "Früh mit den Nutzenden testen",
                "Test early with the users",
                "Die Gießkolonnen haben die Oberfläche mitgestaltet; dadurch wird sie im Alltag genutzt.",
                "The watering crews helped design the interface, which is why it is used day to day.",
            ),
            (
                "Offene Standards",
                "Open standards",
                "Sensordaten laufen über offene Schnittstellen in die urbane Datenplattform.",
                "Sensor data flows into the urban data platform through open interfaces.",
            ),
        ],
        "costs": (
            [
                "Einmalig rund 450.000 Euro für Sensoren, Software und Projektsteuerung, davon der größte Teil aus der Förderung. Personal: eine halbe Stelle für den Betrieb."
            ],
            [
                "About 450,000 euros one-off for sensors, software and project management, most of it from the funding. Staff: half a full-time post for operation."
            ],
        ),
        "categories": ["grossstadt", "mittelstadt"],
        "prerequisites": (
            "LoRaWAN-Netz oder ein anderes Funknetz für Sensoren\nBaumkataster in digitaler Form\nZusage der beteiligten Ämter, Daten zu teilen",
            "A LoRaWAN or other radio network for sensors\nA digital tree register\nCommitment of the departments involved to share data",
        ),
        "licence": "EUPL-1.2",
        "repository": "https://gitlab.opencode.de/smart-city-dialog-demo/hitze-wasser-management",
        "data_protection": True,
        "procurement": True,
        "operating_costs": (
            "Etwa 40.000 Euro im Jahr für Wartung, Funkverträge und Hosting.",
            "About 40,000 euros a year for maintenance, radio contracts and hosting.",
        ),
        "permanent": True,
        "topics": ["klimaschutz", "sensorik", "datenvisualisierung"],
        "fields": ["umwelt-klima", "daten-plattformen"],
        "colours": ("#0b4f6c", "#01baef", "#eef7fb"),
        "image_alt": (
            "Abstrakte Grafik: Messpunkte über einem stilisierten Stadtplan mit Grünflächen und Wasserläufen",
            "Abstract graphic: measuring points over a stylised city map with green spaces and waterways",
        ),
    },
    {
        "slug": "bad-belzig-app",
        "lead": "bad-belzig-wiesenburg",
        "partners": ["guben"],
        "title": ("Die Bad Belzig App", "The Bad Belzig app"),
        "teaser": (
            "Eine Stadt-App für Neuigkeiten, Termine, Mängelmeldungen und Angebote aus der Region – gebaut auf der quelloffenen Smart Village App.",
            "A town app for news, events, reports of problems and offers from the region – built on the open-source Smart Village App.",
        ),
        "challenge": (
            [
                "In ländlichen Räumen sind Informationen über Veranstaltungen, Öffnungszeiten, Busverbindungen und Vereinsangebote auf viele Websites, Aushänge und Amtsblätter verteilt.",
                "Eine eigene App zu entwickeln, wäre für eine kleine Kommune zu teuer.",
            ],
            [
                "In rural areas, information on events, opening hours, bus connections and club activities is scattered across many websites, notice boards and official gazettes.",
                "Developing an app of its own would be too expensive for a small municipality.",
            ],
        ),
        "solution": (
            [
                "Bad Belzig und Wiesenburg/Mark nutzen die quelloffene Smart Village App und haben sie an ihre Bedürfnisse angepasst. Vereine, Gewerbe und Verwaltung pflegen ihre Inhalte selbst über ein gemeinsames Redaktionssystem.",
                "Neue Funktionen, etwa ein Mängelmelder, fließen in den gemeinsamen Code zurück, sodass andere Kommunen sie ebenfalls nutzen können.",
            ],
            [
                "Bad Belzig and Wiesenburg/Mark use the open-source Smart Village App and adapted it to their needs. Clubs, businesses and the administration maintain their own content in a shared editorial system.",
                "New features such as a problem reporter flow back into the shared code so that other municipalities can use them too.",
            ],
        ),
        "steps": [
            (
                "Inhalte und Partner sammeln",
                "Gather content and partners",
                "In Workshops mit Vereinen, Tourismus und Gewerbe wurde festgelegt, was in die App gehört.",
                "Workshops with clubs, tourism and businesses decided what belongs in the app.",
            ),
            (
                "Smart Village App anpassen",
                "Adapt the Smart Village App",
                "Design, Startseite und Module wurden konfiguriert; eigene Entwicklungen blieben quelloffen.",
                "Design, start screen and modules were configured; own developments stayed open source.",
            ),
            (
                "Redaktion aufbauen",
                "Build up an editorial team",
                "Ehrenamtliche und Verwaltung wurden geschult und pflegen seitdem Inhalte.",
                "Volunteers and administration staff were trained and have been maintaining content since.",
            ),
            (
                "Veröffentlichen und bekannt machen",
                "Publish and promote",
                "Die App ging in den App-Stores online und wurde auf Festen und im Amtsblatt vorgestellt.",
                "The app went live in the app stores and was presented at local festivals and in the gazette.",
            ),
        ],
        "data_basis": (
            [
                "Veranstaltungskalender, Verwaltungsdaten (Ansprechpersonen, Öffnungszeiten), Fahrplandaten des Verkehrsverbunds und Beiträge der Vereine."
            ],
            [
                "Event calendars, administrative data (contact persons, opening hours), timetable data of the transport association and posts by local clubs."
            ],
        ),
        "factors": [
            (
                "Nachnutzung statt Neuentwicklung",
                "Reuse instead of building anew",
                "Die offene Basis spart Kosten und bringt eine Gemeinschaft von Kommunen mit, die sich gegenseitig hilft.",
                "The open base saves money and comes with a community of municipalities that help each other.",
            ),
            (
                "Lokale Redaktion",
                "Local editorial team",
                "Aktuelle Inhalte aus dem Ort sind der Grund, warum Menschen die App öffnen.",
                "Up-to-date local content is the reason people open the app.",
            ),
        ],
        "costs": (
            [
                "Anpassung und Einführung kosteten rund 120.000 Euro. Die Redaktion leisten Verwaltung und Ehrenamtliche."
            ],
            [
                "Adaptation and launch cost about 120,000 euros. The editorial work is done by administration staff and volunteers."
            ],
        ),
        "categories": ["kleinstadt_landgemeinde", "interkommunal_landkreis", "mittelstadt"],
        "prerequisites": (
            "Ansprechperson in der Verwaltung für die Redaktion\nBereitschaft von Vereinen und Gewerbe, Inhalte einzustellen\nHosting beim kommunalen Rechenzentrum oder einem Dienstleister",
            "A contact person in the administration for the editorial work\nWillingness of clubs and businesses to post content\nHosting at the municipal data centre or with a service provider",
        ),
        "licence": "GPL-3.0",
        "repository": "https://github.com/smart-village-solutions",
        "data_protection": True,
        "procurement": False,
        "operating_costs": (
            "Rund 15.000 Euro im Jahr für Hosting, App-Store-Konten und Wartung.",
            "About 15,000 euros a year for hosting, app store accounts and maintenance.",
        ),
        "permanent": True,
        "topics": ["app", "buergernaehe", "digitale-plattform"],
        "fields": ["verwaltung", "beteiligung"],
        "colours": ("#1d5c3f", "#58a77d", "#f0f7f2"),
        "image_alt": (
            "Abstrakte Grafik: ein Smartphone-Umriss mit Symbolen für Termine, Nachrichten und Karte",
            "Abstract graphic: the outline of a smartphone with symbols for events, news and a map",
        ),
    },
    {
        "slug": "urbane-datenplattform",
        "lead": "ulm",
        "partners": ["kaiserslautern"],
        "title": ("Offene urbane Datenplattform", "Open urban data platform"),
        "teaser": (
            "Eine kommunale Datenplattform sammelt Sensordaten, Geodaten und Fachdaten an einem Ort und stellt sie Verwaltung, Wirtschaft und Öffentlichkeit bereit.",
            "A municipal data platform collects sensor data, geodata and specialist data in one place and makes them available to administration, business and the public.",
        ),
        "challenge": (
            [
                "Daten der Stadt liegen in Fachverfahren, Tabellen und bei Stadtwerken. Jede neue Anwendung baut eigene Schnittstellen, und niemand weiß genau, welche Daten es gibt.",
            ],
            [
                "The city's data sits in specialist systems, spreadsheets and at the municipal utilities. Every new application builds its own interfaces, and nobody knows exactly which data exists.",
            ],
        ),
        "solution": (
            [
                "Die urbane Datenplattform verbindet Datenquellen über offene Standards wie OGC SensorThings und stellt sie mit klaren Zugriffsrechten bereit. Ein Datenkatalog zeigt, welche Daten es gibt; offene Daten werden automatisch veröffentlicht.",
                "Anwendungen wie Parkinformationen, Klimadashboards oder der Digitale Zwilling greifen auf dieselbe Grundlage zu.",
            ],
            [
                "The urban data platform connects data sources through open standards such as OGC SensorThings and provides them with clear access rights. A data catalogue shows which data exists; open data is published automatically.",
                "Applications such as parking information, climate dashboards or the digital twin all draw on the same foundation.",
            ],
        ),
        "steps": [
            (
                "Datenstrategie beschließen",
                "Adopt a data strategy",
                "Der Gemeinderat hat Grundsätze zu Datensouveränität und offenen Daten beschlossen.",
                "The council adopted principles on data sovereignty and open data.",
            ),
            (
                "Plattform ausschreiben und aufbauen",
                "Tender for and build the platform",
                "Auf Basis quelloffener Komponenten wurde die Plattform im kommunalen Rechenzentrum aufgebaut.",
                "The platform was built from open-source components in the municipal data centre.",
            ),
            (
                "Erste Anwendungsfälle anbinden",
                "Connect the first use cases",
                "Drei Anwendungsfälle mit hohem Nutzen wurden zuerst umgesetzt, um den Wert der Plattform zu zeigen.",
                "Three use cases with high benefit came first to show what the platform is worth.",
            ),
        ],
        "data_basis": (
            [
                "Sensordaten (Umwelt, Verkehr), Geobasisdaten, Daten der Stadtwerke, Statistikdaten und Haushaltsdaten."
            ],
            [
                "Sensor data (environment, traffic), basic geodata, data from the municipal utilities, statistics and budget data."
            ],
        ),
        "factors": [
            (
                "Datenverantwortliche in den Ämtern",
                "Data stewards in the departments",
                "In jedem Amt kümmert sich eine Person um Qualität und Aktualität der Daten.",
                "In every department one person looks after data quality and timeliness.",
            ),
            (
                "Offene Schnittstellen",
                "Open interfaces",
                "Standards verhindern die Abhängigkeit von einem Anbieter.",
                "Standards prevent lock-in to one vendor.",
            ),
        ],
        "costs": (
            ["Aufbau rund 900.000 Euro über drei Jahre; dazu zwei Stellen im Datenteam."],
            ["Set-up about 900,000 euros over three years, plus two posts in the data team."],
        ),
        "categories": ["grossstadt", "mittelstadt", "interkommunal_landkreis"],
        "prerequisites": (
            "Beschluss zu Datenstrategie und Datenhoheit\nRechenzentrum oder vertrauenswürdiges Hosting\nDatenteam mit mindestens einer Stelle",
            "A decision on data strategy and data sovereignty\nA data centre or trustworthy hosting\nA data team with at least one post",
        ),
        "licence": "EUPL-1.2",
        "repository": "https://gitlab.opencode.de/smart-city-dialog-demo/urbane-datenplattform",
        "data_protection": True,
        "procurement": True,
        "operating_costs": (
            "Rund 120.000 Euro im Jahr für Betrieb und Weiterentwicklung, ohne Personal.",
            "About 120,000 euros a year for operation and further development, excluding staff.",
        ),
        "permanent": True,
        "topics": ["digitale-plattform", "cybersicherheit", "datenvisualisierung"],
        "fields": ["daten-plattformen", "verwaltung"],
        "colours": ("#00376b", "#3c8dbc", "#e8eef6"),
        "image_alt": (
            "Abstrakte Grafik: verbundene Datenknoten, die in einer zentralen Plattform zusammenlaufen",
            "Abstract graphic: connected data nodes converging on a central platform",
        ),
    },
    {
        "slug": "digitaler-zwilling-stadtplanung",
        "lead": "connected-urban-twins",
        "partners": [],
        "title": ("Digitaler Zwilling für die Stadtplanung", "Digital twin for urban planning"),
        "teaser": (
            "Ein dreidimensionales, datenbasiertes Abbild der Stadt macht Planungen sichtbar und hilft, Varianten mit Bürgerinnen und Bürgern zu diskutieren.",
            "A three-dimensional, data-based replica of the city makes plans visible and helps to discuss options with residents.",
        ),
        "challenge": (
            [
                "Bebauungspläne und Gutachten sind für Laien schwer zu lesen. Auswirkungen auf Verschattung, Lärm oder Verkehr lassen sich in Sitzungen kaum anschaulich zeigen.",
            ],
            [
                "Development plans and expert reports are hard for lay people to read. Effects on shading, noise or traffic can hardly be shown vividly in meetings.",
            ],
        ),
        "solution": (
            [
                "Die Städte des Verbunds entwickeln gemeinsam einen Digitalen Zwilling aus 3D-Stadtmodell, Sensordaten und Simulationen. Planungsvarianten werden im Browser gezeigt, etwa mit Sonnenstand, Verkehrsmengen und Grünflächen.",
                "Die Komponenten entstehen quelloffen und werden zwischen den Städten ausgetauscht.",
            ],
            [
                "The cities of the alliance jointly develop a digital twin from a 3D city model, sensor data and simulations. Planning options are shown in the browser, for example with the position of the sun, traffic volumes and green spaces.",
                "The components are developed as open source and shared between the cities.",
            ],
        ),
        "steps": [
            (
                "3D-Stadtmodell bereitstellen",
                "Provide the 3D city model",
                "Vermessungsdaten wurden als CityGML aufbereitet und laufend aktualisiert.",
                "Surveying data was prepared as CityGML and is kept up to date.",
            ),
            (
                "Gemeinsame Architektur festlegen",
                "Agree on a shared architecture",
                "Die Städte einigten sich auf Schnittstellen und eine gemeinsame Codebasis.",
                "The cities agreed on interfaces and a shared code base.",
            ),
            (
                "Pilotverfahren begleiten",
                "Accompany pilot procedures",
                "In zwei Bebauungsplanverfahren wurde der Zwilling in Bürgerversammlungen eingesetzt.",
                "The twin was used at public meetings in two development plan procedures.",
            ),
        ],
        "data_basis": (
            [
                "3D-Gebäudemodell (LoD2), Geländemodell, Verkehrszählungen, Baumkataster und Lärmkarten."
            ],
            [
                "3D building model (LoD2), terrain model, traffic counts, tree register and noise maps."
            ],
        ),
        "factors": [
            (
                "Zusammenarbeit mehrerer Städte",
                "Several cities working together",
                "Die Arbeit wird geteilt; jede Stadt bringt ihre Stärken ein.",
                "The work is shared; each city contributes its strengths.",
            ),
            (
                "Anschauliche Anwendungsfälle",
                "Tangible use cases",
                "Konkrete Planungsfragen statt Technikschau überzeugen Politik und Verwaltung.",
                "Concrete planning questions rather than a technology show convince politicians and staff.",
            ),
        ],
        "costs": (
            [
                "Mehrere Millionen Euro im Verbund; die Nachnutzung der Komponenten ist für andere Kommunen deutlich günstiger."
            ],
            [
                "Several million euros across the alliance; reusing the components costs other municipalities far less."
            ],
        ),
        "categories": ["grossstadt"],
        "prerequisites": (
            "Aktuelles 3D-Stadtmodell\nGIS-Fachpersonal\nUrbane Datenplattform oder vergleichbare Datenbasis",
            "An up-to-date 3D city model\nGIS specialists\nAn urban data platform or a comparable data basis",
        ),
        "licence": "EUPL-1.2",
        "repository": "https://gitlab.opencode.de/smart-city-dialog-demo/digitaler-zwilling",
        "data_protection": True,
        "procurement": False,
        "operating_costs": (
            "Abhängig vom Umfang; für eine Großstadt rund 200.000 Euro im Jahr.",
            "Depends on the scope; about 200,000 euros a year for a large city.",
        ),
        "permanent": True,
        "topics": ["digitaler-zwilling", "digitale-stadtplanung", "datenvisualisierung"],
        "fields": ["bauen-wohnen", "daten-plattformen"],
        "colours": ("#4a2f6b", "#8b6bb5", "#f3f0f8"),
        "image_alt": (
            "Abstrakte Grafik: stilisierte Gebäudeblöcke in Schrägansicht mit Datenpunkten",
            "Abstract graphic: stylised building blocks in an oblique view with data points",
        ),
    },
    {
        "slug": "digitale-beteiligungsplattform",
        "lead": "jena",
        "partners": ["gera"],
        "title": ("Digitale Beteiligungsplattform", "Digital participation platform"),
        "teaser": (
            "Eine offene Plattform für Umfragen, Ideensammlungen und Bürgerhaushalte, die Verwaltung und Bürgerschaft gemeinsam nutzen.",
            "An open platform for surveys, idea collections and participatory budgets that administration and residents use together.",
        ),
        "challenge": (
            [
                "Beteiligungsverfahren liefen bisher über wechselnde Dienstleister und Werkzeuge. Ergebnisse gingen verloren, und viele Menschen wussten nicht, wo sie mitreden können.",
            ],
            [
                "Participation procedures used to run on changing service providers and tools. Results got lost, and many people did not know where they could have a say.",
            ],
        ),
        "solution": (
            [
                "Die Städte betreiben eine gemeinsame Beteiligungsplattform auf Basis der quelloffenen Software CONSUL. Ämter richten Verfahren selbst ein; Ergebnisse und Rückmeldungen der Verwaltung bleiben dauerhaft sichtbar.",
                "Für Menschen ohne Internetzugang gibt es begleitende Termine vor Ort, deren Beiträge ebenfalls eingepflegt werden.",
            ],
            [
                "The cities run a shared participation platform based on the open-source software CONSUL. Departments set up procedures themselves; results and the administration's responses remain visible.",
                "For people without internet access there are accompanying on-site meetings whose contributions are entered as well.",
            ],
        ),
        "steps": [
            (
                "Leitlinien für Beteiligung erarbeiten",
                "Draw up participation guidelines",
                "Gemeinsam mit Bürgerinnen und Bürgern entstanden Regeln, wann und wie beteiligt wird.",
                "Rules on when and how to involve the public were drawn up together with residents.",
            ),
            (
                "Plattform einrichten",
                "Set up the platform",
                "CONSUL wurde barrierefrei angepasst und im kommunalen Rechenzentrum installiert.",
                "CONSUL was adapted for accessibility and installed in the municipal data centre.",
            ),
            (
                "Ämter schulen",
                "Train the departments",
                "Beteiligungslotsinnen und -lotsen in den Ämtern begleiten neue Verfahren.",
                "Participation guides in the departments accompany new procedures.",
            ),
        ],
        "data_basis": (
            [
                "Beiträge, Bewertungen und Kommentare der Teilnehmenden; Geodaten für Kartenbeiträge."
            ],
            [
                "Contributions, ratings and comments from participants; geodata for map-based contributions."
            ],
        ),
        "factors": [
            (
                "Rückmeldung an die Beteiligten",
                "Feedback to participants",
                "Zu jedem Verfahren wird veröffentlicht, was aus den Beiträgen geworden ist.",
                "For every procedure the city publishes what became of the contributions.",
            ),
            (
                "Gemeinsamer Betrieb",
                "Shared operation",
                "Zwei Städte teilen sich Betrieb und Weiterentwicklung.",
                "Two cities share operation and further development.",
            ),
        ],
        "costs": (
            ["Einführung rund 80.000 Euro für Anpassung, Barrierefreiheit und Schulungen."],
            ["Introduction about 80,000 euros for adaptation, accessibility and training."],
        ),
        "categories": [
            "grossstadt",
            "mittelstadt",
            "kleinstadt_landgemeinde",
            "interkommunal_landkreis",
        ],
        "prerequisites": (
            "Politischer Beschluss zu Leitlinien der Beteiligung\nZuständige Stelle für Moderation\nBarrierefreiheitsprüfung vor dem Start",
            "A political decision on participation guidelines\nA unit responsible for moderation\nAn accessibility check before launch",
        ),
        "licence": "AGPL-3.0",
        "repository": "https://github.com/consuldemocracy/consuldemocracy",
        "data_protection": True,
        "procurement": True,
        "operating_costs": (
            "Rund 20.000 Euro im Jahr für Hosting und Updates, geteilt zwischen den Städten.",
            "About 20,000 euros a year for hosting and updates, shared between the cities.",
        ),
        "permanent": True,
        "topics": ["beteiligung", "buergernaehe", "digitale-plattform"],
        "fields": ["beteiligung"],
        "colours": ("#7a2e0e", "#d9822b", "#fff4e5"),
        "image_alt": (
            "Abstrakte Grafik: überlappende Sprechblasen in warmen Farben",
            "Abstract graphic: overlapping speech bubbles in warm colours",
        ),
    },
    {
        "slug": "smartes-parken",
        "lead": "kempten",
        "partners": ["konstanz"],
        "title": ("Smartes Parken in der Innenstadt", "Smart parking in the city centre"),
        "teaser": (
            "Bodensensoren zeigen freie Stellplätze in Echtzeit – in einer Karte, auf Anzeigetafeln und als offene Daten.",
            "Ground sensors show free parking spaces in real time – on a map, on signs and as open data.",
        ),
        "challenge": (
            [
                "Parksuchverkehr verursacht in der Innenstadt Lärm, Abgase und Ärger. Besonders Lieferzonen und Behindertenparkplätze sind oft belegt oder schwer zu finden.",
            ],
            [
                "Drivers looking for a parking space cause noise, exhaust fumes and frustration in the city centre. Delivery zones and disabled parking spaces in particular are often occupied or hard to find.",
            ],
        ),
        "solution": (
            [
                "Rund 400 Stellplätze wurden mit Bodensensoren ausgestattet. Die Belegung wird über die Datenplattform auf einer Karte, an Anzeigetafeln und als offene Daten für Navigationsdienste bereitgestellt.",
            ],
            [
                "About 400 parking spaces were fitted with ground sensors. Occupancy is published through the data platform on a map, on signs and as open data for navigation services.",
            ],
        ),
        "steps": [
            (
                "Zonen auswählen",
                "Choose the zones",
                "Zuerst wurden Lieferzonen und Behindertenparkplätze ausgestattet.",
                "Delivery zones and disabled parking spaces were fitted first.",
            ),
            (
                "Sensoren beschaffen",
                "Procure the sensors",
                "Die Sensoren wurden als Dienstleistung mit Datenrückgabe an die Stadt ausgeschrieben.",
                "The sensors were tendered as a service with the data handed back to the city.",
            ),
            (
                "Daten bereitstellen",
                "Publish the data",
                "Belegungsdaten laufen über die Datenplattform in Karte, Tafeln und offene Schnittstelle.",
                "Occupancy data flows through the data platform to the map, the signs and an open interface.",
            ),
        ],
        "data_basis": (
            ["Belegungsdaten der Bodensensoren, Stellplatzverzeichnis, Daten der Parkhäuser."],
            [
                "Occupancy data from the ground sensors, a register of parking spaces, data from multi-storey car parks."
            ],
        ),
        "factors": [
            (
                "Datenhoheit im Vertrag",
                "Data ownership in the contract",
                "Die Stadt darf alle Daten dauerhaft und frei weitergeben.",
                "The city may pass on all data freely and permanently.",
            ),
            (
                "Klein anfangen",
                "Start small",
                "Eine überschaubare Pilotzone hat schnelle Ergebnisse gebracht.",
                "A manageable pilot zone delivered quick results.",
            ),
        ],
        "costs": (
            ["Rund 250.000 Euro für Sensoren, Montage und Anzeigetafeln."],
            ["About 250,000 euros for sensors, installation and signs."],
        ),
        "categories": ["mittelstadt", "grossstadt"],
        "prerequisites": (
            "Funknetz für Sensoren\nAbstimmung mit Straßenverkehrsbehörde und Tiefbau\nDatenplattform oder offene Schnittstelle",
            "A radio network for sensors\nCoordination with the road traffic authority and civil engineering\nA data platform or open interface",
        ),
        "licence": "",
        "repository": "",
        "data_protection": True,
        "procurement": True,
        "operating_costs": (
            "Rund 35.000 Euro im Jahr für Sensordienst und Batterietausch.",
            "About 35,000 euros a year for the sensor service and battery replacement.",
        ),
        "permanent": False,
        "topics": ["mobilitaet", "sensorik", "app"],
        "fields": ["mobilitaet", "einzelhandel"],
        "colours": ("#003399", "#ffcc00", "#eef2fa"),
        "image_alt": (
            "Abstrakte Grafik: eine Reihe von Parkfeldern mit farbigen Punkten für frei und belegt",
            "Abstract graphic: a row of parking bays with coloured dots for free and occupied",
        ),
    },
    {
        "slug": "baumsensoren",
        "lead": "bamberg",
        "partners": ["wuerzburg", "regensburg"],
        "title": ("Sensornetz für Stadtbäume", "Sensor network for urban trees"),
        "teaser": (
            "Bodenfeuchtesensoren an Jungbäumen zeigen, wann gegossen werden muss – für Grünflächenamt und Baumpatenschaften.",
            "Soil moisture sensors on young trees show when they need watering – for the parks department and for residents who adopt a tree.",
        ),
        "challenge": (
            [
                "Junge Stadtbäume vertrocknen in trockenen Sommern, obwohl viel gegossen wird – oft am falschen Ort oder zur falschen Zeit.",
            ],
            [
                "Young urban trees dry out in dry summers even though a lot of watering is done – often in the wrong place or at the wrong time.",
            ],
        ),
        "solution": (
            [
                "Sensoren messen in zwei Tiefen die Bodenfeuchte an rund 200 Jungbäumen. Eine Karte zeigt den Wasserbedarf; Baumpatinnen und -paten sehen, welcher Baum in ihrer Nähe Wasser braucht.",
                "Die drei Städte teilen Sensorauswahl, Software und Erfahrungen.",
            ],
            [
                "Sensors measure soil moisture at two depths at about 200 young trees. A map shows how much water they need; residents who adopt a tree see which tree near them needs water.",
                "The three cities share the choice of sensors, the software and their experience.",
            ],
        ),
        "steps": [
            (
                "Standorte auswählen",
                "Choose the locations",
                "Bäume aus den letzten fünf Pflanzjahren an trockenen Standorten wurden ausgewählt.",
                "Trees planted in the last five years at dry locations were chosen.",
            ),
            (
                "Sensoren einbauen",
                "Install the sensors",
                "Beim Pflanzen oder nachträglich wurden Sensoren in den Wurzelraum eingesetzt.",
                "Sensors were placed in the root zone at planting or later.",
            ),
            (
                "Baumpatenschaften einbinden",
                "Involve tree sponsors",
                "Eine Karte lädt Anwohnende ein, Gießpatenschaften zu übernehmen.",
                "A map invites residents to adopt a tree and water it.",
            ),
        ],
        "data_basis": (
            ["Bodenfeuchte, Niederschlag, Baumkataster mit Pflanzjahr und Art."],
            ["Soil moisture, rainfall, tree register with planting year and species."],
        ),
        "factors": [
            (
                "Einfache Anzeige",
                "Simple display",
                "Eine Ampel statt Messwerten macht den Bedarf für alle verständlich.",
                "A traffic light instead of raw readings makes the need clear to everyone.",
            ),
            (
                "Gemeinsame Beschaffung",
                "Joint procurement",
                "Drei Städte haben die Sensoren zusammen ausgeschrieben und Kosten gespart.",
                "Three cities tendered for the sensors together and saved money.",
            ),
        ],
        "costs": (
            ["Rund 60.000 Euro für 200 Sensoren und die Kartenanwendung."],
            ["About 60,000 euros for 200 sensors and the map application."],
        ),
        "categories": ["grossstadt", "mittelstadt", "kleinstadt_landgemeinde"],
        "prerequisites": (
            "Baumkataster\nLoRaWAN-Abdeckung an den Standorten\nPersonal für Wartung und Batteriewechsel",
            "A tree register\nLoRaWAN coverage at the locations\nStaff for maintenance and battery changes",
        ),
        "licence": "MIT",
        "repository": "https://gitlab.opencode.de/smart-city-dialog-demo/baumsensoren",
        "data_protection": False,
        "procurement": True,
        "operating_costs": (
            "Unter 10.000 Euro im Jahr.",
            "Less than 10,000 euros a year.",
        ),
        "permanent": True,
        "topics": ["sensorik", "klimaschutz", "beteiligung"],
        "fields": ["umwelt-klima"],
        "colours": ("#2f5d1e", "#7dbb5a", "#f1f8ec"),
        "image_alt": (
            "Abstrakte Grafik: stilisierte Baumkronen mit Messpunkten im Boden",
            "Abstract graphic: stylised tree crowns with measuring points in the ground",
        ),
    },
    {
        "slug": "lorawan-netz-region",
        "lead": "landkreis-wunsiedel",
        "partners": ["landkreis-hof"],
        "title": ("Offenes LoRaWAN-Netz für die Region", "Open LoRaWAN network for the region"),
        "teaser": (
            "Ein kreisweites Funknetz für Sensoren, das Kommunen, Schulen und Betriebe gemeinsam nutzen.",
            "A district-wide radio network for sensors that municipalities, schools and businesses use together.",
        ),
        "challenge": (
            [
                "Jede Anwendung mit Sensoren – vom Pegelstand bis zum Zählerstand – brauchte bisher eigene Mobilfunkverträge. Im ländlichen Raum gibt es zudem Funklöcher.",
            ],
            [
                "Every application with sensors – from water levels to meter readings – used to need its own mobile contracts. Rural areas also have patchy coverage.",
            ],
        ),
        "solution": (
            [
                "Der Landkreis hat auf öffentlichen Gebäuden und Funkmasten rund 60 LoRaWAN-Gateways errichtet. Das Netz steht allen Kommunen im Kreis offen; Konfiguration und Dashboards sind quelloffen dokumentiert.",
            ],
            [
                "The district installed about 60 LoRaWAN gateways on public buildings and radio masts. The network is open to all municipalities in the district; configuration and dashboards are documented as open source.",
            ],
        ),
        "steps": [
            (
                "Funkplanung",
                "Radio planning",
                "Eine Simulation zeigte, wo Gateways nötig sind.",
                "A simulation showed where gateways are needed.",
            ),
            (
                "Gateways montieren",
                "Mount the gateways",
                "Kommunale Gebäude und Feuerwehrhäuser dienten als Standorte.",
                "Municipal buildings and fire stations serve as sites.",
            ),
            (
                "Netz öffnen",
                "Open the network",
                "Eine Nutzungsvereinbarung regelt, wer das Netz wie nutzen darf.",
                "A usage agreement governs who may use the network and how.",
            ),
        ],
        "data_basis": (
            [
                "Messwerte der angeschlossenen Sensoren; das Netz selbst speichert nur technische Betriebsdaten."
            ],
            [
                "Readings of the connected sensors; the network itself stores only technical operating data."
            ],
        ),
        "factors": [
            (
                "Gemeinsame Infrastruktur",
                "Shared infrastructure",
                "Ein Netz für alle senkt die Kosten jeder einzelnen Anwendung.",
                "One network for everyone lowers the cost of each application.",
            ),
            (
                "Feuerwehr und Bauhöfe als Partner",
                "Fire brigades and depots as partners",
                "Sie kennen die Standorte und helfen bei Wartung.",
                "They know the sites and help with maintenance.",
            ),
        ],
        "costs": (
            ["Rund 150.000 Euro für Gateways, Netzserver und Montage."],
            ["About 150,000 euros for gateways, network server and installation."],
        ),
        "categories": ["interkommunal_landkreis", "kleinstadt_landgemeinde"],
        "prerequisites": (
            "Standorte mit Strom und Internetanbindung\nBetreiber für den Netzserver\nNutzungsvereinbarung",
            "Sites with power and internet connection\nAn operator for the network server\nA usage agreement",
        ),
        "licence": "EUPL-1.2",
        "repository": "https://gitlab.opencode.de/smart-city-dialog-demo/lorawan-region",
        "data_protection": True,
        "procurement": True,
        "operating_costs": (
            "Rund 25.000 Euro im Jahr für Netzserver, Strom und Wartung.",
            "About 25,000 euros a year for the network server, electricity and maintenance.",
        ),
        "permanent": True,
        "topics": ["sensorik", "cybersicherheit"],
        "fields": ["daten-plattformen", "energie"],
        "colours": ("#1f3a5f", "#4f9dde", "#eef4fb"),
        "image_alt": (
            "Abstrakte Grafik: Funkmasten mit konzentrischen Wellen über einer Hügellandschaft",
            "Abstract graphic: radio masts with concentric waves over a hilly landscape",
        ),
    },
    {
        "slug": "digitale-mitfahrbank",
        "lead": "landkreis-kusel",
        "partners": ["eifelkreis-bitburg-pruem"],
        "title": ("Digitale Mitfahrbank", "Digital ride-sharing bench"),
        "teaser": (
            "Mitfahrbänke mit Knopfdruck und App bringen Menschen ohne Auto zwischen Dörfern zusammen mit Fahrenden, die ohnehin unterwegs sind.",
            "Ride-sharing benches with a push button and an app connect people without a car with drivers who are travelling between villages anyway.",
        ),
        "challenge": (
            [
                "Busse fahren in vielen Dörfern nur selten. Ältere Menschen und Jugendliche ohne Auto kommen schwer zum Arzt, zum Einkaufen oder zur Schule.",
            ],
            [
                "Buses run rarely in many villages. Older people and young people without a car find it hard to get to the doctor, the shops or school.",
            ],
        ),
        "solution": (
            [
                "An klassischen Mitfahrbänken zeigt eine Anzeige das gewünschte Ziel. Zusätzlich können Fahrten in einer App angeboten und angefragt werden; eine Telefonnummer ersetzt die App für Menschen ohne Smartphone.",
            ],
            [
                "At classic ride-sharing benches a display shows the desired destination. In addition, rides can be offered and requested in an app; a phone number replaces the app for people without a smartphone.",
            ],
        ),
        "steps": [
            (
                "Standorte mit Ortsgemeinden festlegen",
                "Choose sites with the villages",
                "Die Gemeinden wählten gut sichtbare Plätze an Durchgangsstraßen.",
                "The villages chose clearly visible spots on through roads.",
            ),
            (
                "Bänke und Anzeigen aufstellen",
                "Install benches and displays",
                "Solarbetriebene Anzeigen wurden an 30 Bänken montiert.",
                "Solar-powered displays were mounted at 30 benches.",
            ),
            (
                "Bekannt machen",
                "Spread the word",
                "Dorfmoderatorinnen und -moderatoren stellten das Angebot in Vereinen vor.",
                "Village facilitators presented the service in local clubs.",
            ),
        ],
        "data_basis": (
            ["Anonyme Nutzungszahlen der Bänke und Fahrtangebote der App."],
            ["Anonymous usage figures of the benches and ride offers in the app."],
        ),
        "factors": [
            (
                "Vertrauen im Dorf",
                "Trust in the village",
                "Bekannte Gesichter als Ansprechpersonen machen das Mitfahren selbstverständlich.",
                "Familiar faces as contact persons make sharing a ride a normal thing.",
            ),
            (
                "Analog und digital",
                "Analogue and digital",
                "Die Bank funktioniert auch ohne Smartphone.",
                "The bench also works without a smartphone.",
            ),
        ],
        "costs": (
            ["Rund 3.000 Euro je Bank mit Anzeige, dazu die App-Anpassung."],
            ["About 3,000 euros per bench with display, plus adapting the app."],
        ),
        "categories": ["kleinstadt_landgemeinde", "interkommunal_landkreis"],
        "prerequisites": (
            "Ortsgemeinden, die Standorte stellen\nEhrenamtliche Ansprechpersonen\nVersicherungsfragen geklärt",
            "Villages that provide sites\nVolunteer contact persons\nInsurance questions clarified",
        ),
        "licence": "EUPL-1.2",
        "repository": "https://gitlab.opencode.de/smart-city-dialog-demo/mitfahrbank",
        "data_protection": True,
        "procurement": False,
        "operating_costs": (
            "Gering: Wartung der Anzeigen und Pflege der App, rund 5.000 Euro im Jahr.",
            "Low: maintenance of the displays and the app, about 5,000 euros a year.",
        ),
        "permanent": False,
        "topics": ["mobilitaet", "soziale-inklusion", "app"],
        "fields": ["mobilitaet", "beteiligung"],
        "colours": ("#5b3a00", "#e0a526", "#fdf6e7"),
        "image_alt": (
            "Abstrakte Grafik: eine Sitzbank am Straßenrand mit einem Richtungspfeil",
            "Abstract graphic: a bench at the roadside with a direction arrow",
        ),
    },
    {
        "slug": "energiemonitoring-liegenschaften",
        "lead": "hassfurt",
        "partners": ["zwoenitz"],
        "title": (
            "Energiemonitoring kommunaler Gebäude",
            "Energy monitoring of municipal buildings",
        ),
        "teaser": (
            "Smarte Zähler in Schulen, Rathaus und Sporthallen machen den Energieverbrauch sichtbar und helfen, ihn dauerhaft zu senken.",
            "Smart meters in schools, the town hall and sports halls make energy use visible and help to reduce it for good.",
        ),
        "challenge": (
            [
                "Energieverbräuche kommunaler Gebäude wurden einmal im Jahr abgelesen. Heizungen liefen am Wochenende, Fehler fielen erst mit der Abrechnung auf.",
            ],
            [
                "Energy use of municipal buildings was read once a year. Heating ran at weekends, and faults only showed up with the bill.",
            ],
        ),
        "solution": (
            [
                "Alle größeren Liegenschaften erhielten fernauslesbare Zähler für Strom, Wärme und Wasser. Ein Energiemanagementsystem zeigt Lastgänge und meldet Auffälligkeiten; Hausmeisterinnen und Hausmeister erhalten Hinweise direkt aufs Telefon.",
            ],
            [
                "All larger properties were fitted with remotely read meters for electricity, heat and water. An energy management system shows load profiles and reports anomalies; caretakers receive alerts directly on their phones.",
            ],
        ),
        "steps": [
            (
                "Bestandsaufnahme",
                "Take stock",
                "Zähler, Heizungsanlagen und Verbräuche aller Gebäude wurden erfasst.",
                "Meters, heating systems and consumption of all buildings were recorded.",
            ),
            (
                "Zähler nachrüsten",
                "Retrofit meters",
                "Die Stadtwerke bauten fernauslesbare Zähler ein.",
                "The municipal utility installed remotely read meters.",
            ),
            (
                "Energiemanagement einführen",
                "Introduce energy management",
                "Ein Energiemanager wertet die Daten monatlich mit den Hausmeistern aus.",
                "An energy manager reviews the data monthly with the caretakers.",
            ),
        ],
        "data_basis": (
            ["Viertelstundenwerte für Strom, Wärme und Wasser; Belegungspläne der Gebäude."],
            [
                "Fifteen-minute readings for electricity, heat and water; occupancy schedules of the buildings."
            ],
        ),
        "factors": [
            (
                "Verantwortliche Person",
                "A person in charge",
                "Ein Energiemanager mit klarer Zuständigkeit sorgt dafür, dass aus Daten Maßnahmen werden.",
                "An energy manager with clear responsibility makes sure data turns into action.",
            ),
            (
                "Stadtwerke als Partner",
                "Municipal utility as partner",
                "Die Stadtwerke bringen Technik und Know-how mit.",
                "The utility brings technology and know-how.",
            ),
        ],
        "costs": (
            [
                "Rund 100.000 Euro für Zähler und Software; Einsparungen von 10 bis 15 Prozent der Energiekosten."
            ],
            [
                "About 100,000 euros for meters and software; savings of 10 to 15 per cent of energy costs."
            ],
        ),
        "categories": ["kleinstadt_landgemeinde", "mittelstadt"],
        "prerequisites": (
            "Übersicht über die eigenen Liegenschaften\nZugriff auf Zählerdaten der Versorger\nZuständige Person für das Energiemanagement",
            "An overview of the municipality's own buildings\nAccess to the utilities' meter data\nA person responsible for energy management",
        ),
        "licence": "",
        "repository": "",
        "data_protection": False,
        "procurement": True,
        "operating_costs": (
            "Softwarelizenz und Datenübertragung rund 12.000 Euro im Jahr.",
            "Software licence and data transmission about 12,000 euros a year.",
        ),
        "permanent": True,
        "topics": ["klimaschutz", "datenvisualisierung"],
        "fields": ["energie"],
        "colours": ("#6b1d1d", "#e05a47", "#fcefed"),
        "image_alt": (
            "Abstrakte Grafik: Verbrauchskurven über stilisierten Gebäuden",
            "Abstract graphic: consumption curves above stylised buildings",
        ),
    },
    {
        "slug": "digitale-nachbarschaftshilfe",
        "lead": "kreis-hoexter",
        "partners": ["landkreis-giessen"],
        "title": ("Digitale Nachbarschaftshilfe", "Digital neighbourhood help"),
        "teaser": (
            "Eine Plattform bringt Menschen, die Hilfe im Alltag brauchen, mit Ehrenamtlichen und Pflegeberatung im Kreis zusammen.",
            "A platform brings people who need help in everyday life together with volunteers and care advice in the district.",
        ),
        "challenge": (
            [
                "Im ländlichen Kreis leben viele ältere Menschen allein. Angebote von Nachbarschaftshilfen, Kirchengemeinden und Pflegestützpunkten sind kaum bekannt.",
            ],
            [
                "Many older people in the rural district live alone. Offers from neighbourhood groups, parishes and care support centres are hardly known.",
            ],
        ),
        "solution": (
            [
                "Die Plattform bündelt Hilfsangebote im Kreis. Hilfesuchende oder Angehörige stellen Anfragen online oder über das Telefon der Pflegeberatung; Ehrenamtliche in der Nähe werden benachrichtigt.",
            ],
            [
                "The platform brings together support services in the district. People seeking help or their relatives post requests online or via the care advice hotline; volunteers nearby are notified.",
            ],
        ),
        "steps": [
            (
                "Angebote erfassen",
                "Record the offers",
                "Alle Nachbarschaftshilfen im Kreis wurden angesprochen und eingetragen.",
                "All neighbourhood help groups in the district were contacted and listed.",
            ),
            (
                "Plattform anpassen",
                "Adapt the platform",
                "Eine quelloffene Nachbarschaftsplattform wurde um Pflegeberatung erweitert.",
                "An open-source neighbourhood platform was extended with care advice.",
            ),
            (
                "Telefonischen Zugang schaffen",
                "Create telephone access",
                "Die Pflegeberatung nimmt Anfragen telefonisch an und trägt sie ein.",
                "Care advisers take requests by phone and enter them.",
            ),
        ],
        "data_basis": (
            [
                "Angebote der Träger, Anfragen und Rückmeldungen; personenbezogene Daten nur mit Einwilligung."
            ],
            ["Offers of the providers, requests and feedback; personal data only with consent."],
        ),
        "factors": [
            (
                "Pflegeberatung als Anker",
                "Care advice as anchor",
                "Eine vertraute Stelle nimmt Anfragen entgegen.",
                "A trusted office takes the requests.",
            ),
            (
                "Datenschutz von Anfang an",
                "Data protection from the start",
                "Die Datenschutzfolgenabschätzung wurde vor dem Start abgeschlossen.",
                "The data protection impact assessment was completed before launch.",
            ),
        ],
        "costs": (
            [
                "Rund 70.000 Euro für Anpassung und Einführung; Koordination durch eine halbe Stelle."
            ],
            [
                "About 70,000 euros for adaptation and launch; coordination by half a full-time post."
            ],
        ),
        "categories": ["interkommunal_landkreis", "kleinstadt_landgemeinde", "mittelstadt"],
        "prerequisites": (
            "Koordinierende Stelle, etwa die Pflegeberatung\nNetz an Ehrenamtlichen\nDatenschutzkonzept",
            "A coordinating office, for example care advice\nA network of volunteers\nA data protection concept",
        ),
        "licence": "EUPL-1.2",
        "repository": "https://gitlab.opencode.de/smart-city-dialog-demo/nachbarschaftshilfe",
        "data_protection": True,
        "procurement": False,
        "operating_costs": (
            "Rund 8.000 Euro im Jahr für Hosting und Pflege.",
            "About 8,000 euros a year for hosting and maintenance.",
        ),
        "permanent": False,
        "topics": ["gesundheit-pflege", "soziale-inklusion", "digitale-plattform"],
        "fields": ["gesundheit", "beteiligung"],
        "colours": ("#5a2046", "#c0569b", "#fbf0f6"),
        "image_alt": (
            "Abstrakte Grafik: zwei Hände, die sich über einer Landkarte reichen",
            "Abstract graphic: two hands reaching for each other over a map",
        ),
    },
    {
        "slug": "frequenzmessung-innenstadt",
        "lead": "iserlohn",
        "partners": ["lohmar"],
        "title": (
            "Passantenfrequenz für eine lebendige Innenstadt",
            "Footfall counting for a lively city centre",
        ),
        "teaser": (
            "Anonyme Zählsensoren zeigen, wie viele Menschen wann in der Innenstadt unterwegs sind – eine Grundlage für Handel, Stadtmarketing und Planung.",
            "Anonymous counting sensors show how many people are in the city centre and when – a basis for retail, city marketing and planning.",
        ),
        "challenge": (
            [
                "Leerstand und Onlinehandel setzen Innenstädten zu. Ob Aktionen, Märkte oder Umbauten wirken, ließ sich bisher nur schätzen.",
            ],
            [
                "Vacant shops and online retail put pressure on city centres. Whether campaigns, markets or redevelopment work could only be guessed until now.",
            ],
        ),
        "solution": (
            [
                "An fünf Standorten zählen Laser-Sensoren Passantinnen und Passanten, ohne Bilder oder Geräte-Kennungen zu speichern. Ein öffentliches Dashboard zeigt die Frequenzen; Handel und Stadtmarketing nutzen sie für Öffnungszeiten und Aktionen.",
            ],
            [
                "At five locations laser sensors count passers-by without storing images or device identifiers. A public dashboard shows the footfall; retailers and city marketing use it for opening hours and campaigns.",
            ],
        ),
        "steps": [
            (
                "Fragen mit dem Handel klären",
                "Agree on questions with retailers",
                "Werbegemeinschaft und Stadtmarketing legten fest, welche Kennzahlen sie brauchen.",
                "The retailers' association and city marketing decided which figures they need.",
            ),
            (
                "Sensoren beschaffen und montieren",
                "Procure and mount the sensors",
                "Die Sensoren wurden an Gebäuden mit Zustimmung der Eigentümer montiert.",
                "The sensors were mounted on buildings with the owners' consent.",
            ),
            (
                "Daten veröffentlichen",
                "Publish the data",
                "Stundenwerte stehen als offene Daten bereit.",
                "Hourly figures are published as open data.",
            ),
        ],
        "data_basis": (
            ["Anonyme Zählwerte je Standort und Stunde, Wetterdaten, Veranstaltungskalender."],
            ["Anonymous counts per location and hour, weather data, event calendar."],
        ),
        "factors": [
            (
                "Datenschutz erklären",
                "Explain data protection",
                "Hinweisschilder und eine Erklärung im Netz schaffen Vertrauen.",
                "Signs and an explanation online build trust.",
            ),
            (
                "Handel beteiligen",
                "Involve retailers",
                "Die Daten beantworten Fragen, die der Handel selbst gestellt hat.",
                "The data answers questions that the retailers asked themselves.",
            ),
        ],
        "costs": (
            ["Rund 40.000 Euro für fünf Sensoren und das Dashboard."],
            ["About 40,000 euros for five sensors and the dashboard."],
        ),
        "categories": ["mittelstadt", "grossstadt", "kleinstadt_landgemeinde"],
        "prerequisites": (
            "Zustimmung der Gebäudeeigentümer\nDatenschutzprüfung\nPartner aus Handel und Stadtmarketing",
            "Consent of the building owners\nA data protection review\nPartners from retail and city marketing",
        ),
        "licence": "",
        "repository": "",
        "data_protection": True,
        "procurement": False,
        "operating_costs": (
            "Rund 6.000 Euro im Jahr für Datendienst und Wartung.",
            "About 6,000 euros a year for the data service and maintenance.",
        ),
        "permanent": True,
        "topics": ["datenvisualisierung", "sensorik"],
        "fields": ["einzelhandel", "daten-plattformen"],
        "colours": ("#263238", "#26a69a", "#eef7f6"),
        "image_alt": (
            "Abstrakte Grafik: stilisierte Fußgängerinnen und Fußgänger in einer Einkaufsstraße mit Zählbalken",
            "Abstract graphic: stylised pedestrians in a shopping street with counting bars",
        ),
    },
]

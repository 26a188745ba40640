"""Building blocks of the invented demo measures, in German and English.

Each archetype is a kind of measure that model projects typically run: title, what it
does (a clause after the project's name), its goal, the technologies and the field of
action and topics it belongs to (keys of taxonomies.csv). ``categories`` are the
municipality categories (keys of taxonomies.csv) whose projects run such a measure, and
``places`` the place phrases (``PLACES``) its title may be narrowed down by. Texts that
apply to every category avoid words such as "Stadt" or "Innenstadt", which would be
wrong for a district or a rural municipality.
"""

from dataclasses import dataclass

GROSSSTADT = "grossstadt"
MITTELSTADT = "mittelstadt"
KLEINSTADT = "kleinstadt_landgemeinde"  # small towns and rural municipalities
REGION = "interkommunal_landkreis"  # districts and inter-municipal cooperations
CITIES = frozenset({GROSSSTADT, MITTELSTADT})
TOWNS = frozenset({GROSSSTADT, MITTELSTADT, KLEINSTADT})
RURAL = frozenset({KLEINSTADT, REGION})
ALL = frozenset({GROSSSTADT, MITTELSTADT, KLEINSTADT, REGION})


@dataclass(frozen=True)
class Archetype:
    title_de: str
    title_en: str
    what_de: str
    what_en: str
    goal_de: str
    goal_en: str
    field_of_action: str
    topics: tuple[str, ...]
    technologies: str
    categories: frozenset = ALL
    places: tuple[str, ...] = ()
    spatial_effect: str | None = None  # the kind's own spatial effect (key), if it has one


@dataclass(frozen=True)
class Place:
    """A phrase appended to a title that says where the measure takes effect.

    ``categories``: the municipality categories it fits; ``districts_only``: only for
    projects that are a district (Kreis), ``partnerships_only``: only for the other
    projects of the inter-municipal category. ``spatial_effect``: the spatial effect
    (key) a measure with this phrase gets, or None to leave it to chance.
    """

    key: str
    de: str
    en: str
    categories: frozenset
    spatial_effect: str | None = None
    districts_only: bool = False
    partnerships_only: bool = False


ARCHETYPES = [
    Archetype(
        "Digitale Parkraumsteuerung",
        "Digital parking management",
        "erfasst die Belegung öffentlicher Stellplätze mit Sensoren und zeigt freie Plätze in Echtzeit an",
        "records the occupancy of public parking spaces with sensors and shows free spaces in real time",
        "den Parksuchverkehr in der Innenstadt spürbar zu verringern",
        "noticeably reduce traffic searching for parking in the city centre",
        "mobilitaet",
        ("mobilitaet", "sensorik"),
        "LoRaWAN, Parksensoren, Open Data",
        categories=CITIES,
        places=("innenstadt", "quartier"),
    ),
    Archetype(
        "Radverkehrszählung an Radwegen",
        "Counting cyclists on cycle paths",
        "zählt an ausgewählten Radwegen automatisch den Radverkehr und veröffentlicht die Zahlen in einem Dashboard",
        "automatically counts cyclists on selected cycle paths and publishes the figures on a dashboard",
        "den Ausbau der Radwege mit belastbaren Daten zu planen",
        "plan the expansion of cycle paths with reliable data",
        "mobilitaet",
        ("mobilitaet", "datenvisualisierung"),
        "Zählstellen, Dashboard, Open Data",
        places=("kreis", "partner"),
    ),
    Archetype(
        "On-Demand-Shuttle im ländlichen Raum",
        "On-demand shuttle in rural areas",
        "ergänzt den Linienbus durch einen Rufbus, der per App oder Telefon bestellt wird",
        "complements the regular bus with a demand-responsive shuttle booked by app or phone",
        "auch Ortsteile ohne regelmäßigen Busverkehr zuverlässig anzubinden",
        "reliably connect villages without a regular bus service",
        "mobilitaet",
        ("mobilitaet", "app", "soziale-inklusion"),
        "App, Routing-Software",
        categories=RURAL,
    ),
    Archetype(
        "Mobilitätsplattform mit Sharing-Angeboten",
        "Mobility platform with sharing services",
        "bündelt Bus, Bahn, Leihräder und Carsharing in einer gemeinsamen Auskunfts- und Buchungsplattform",
        "brings buses, trains, bike and car sharing together on one information and booking platform",
        "den Umstieg vom eigenen Auto auf geteilte Angebote zu erleichtern",
        "make it easier to switch from the private car to shared services",
        "mobilitaet",
        ("mobilitaet", "digitale-plattform"),
        "GTFS, Open-Source-Plattform, App",
        categories=CITIES | {REGION},
        places=("kreis", "partner"),
    ),
    Archetype(
        "Energiemonitoring kommunaler Gebäude",
        "Energy monitoring of municipal buildings",
        "misst den Strom- und Wärmeverbrauch von Schulen, Kitas und Verwaltungsgebäuden laufend",
        "continuously measures the electricity and heat consumption of schools, nurseries and offices",
        "Einsparpotenziale zu finden und die Energiekosten zu senken",
        "find savings and lower energy costs",
        "energie",
        ("klimaschutz", "sensorik"),
        "Smart Meter, LoRaWAN, Dashboard",
    ),
    Archetype(
        "Intelligente Straßenbeleuchtung",
        "Smart street lighting",
        "steuert Straßenlaternen bedarfsgerecht und nutzt die Masten als Träger für Umweltsensoren",
        "dims street lights on demand and uses the poles to carry environmental sensors",
        "Strom zu sparen und zugleich die Sicherheit im öffentlichen Raum zu erhalten",
        "save electricity while keeping public spaces safe",
        "energie",
        ("klimaschutz", "sensorik"),
        "LED, Funksteuerung, LoRaWAN",
        categories=TOWNS,
        places=("quartier", "innenstadt", "ortskern", "ortsteile"),
    ),
    Archetype(
        "Solarpotenzialkataster",
        "Solar potential register",
        "zeigt für jedes Dach, wie gut es sich für Photovoltaik oder Solarthermie eignet",
        "shows for every roof how well it suits photovoltaics or solar heating",
        "Eigentümerinnen und Eigentümer zum Ausbau erneuerbarer Energien zu ermutigen",
        "encourage owners to install renewable energy",
        "energie",
        ("klimaschutz", "datenvisualisierung", "digitale-stadtplanung"),
        "GIS, 3D-Stadtmodell",
        places=("kreis",),
    ),
    Archetype(
        "Hitze- und Starkregenvorsorge mit Sensornetz",
        "Heat and heavy-rain preparedness with a sensor network",
        "misst Temperatur, Niederschlag und Pegelstände an vielen Messpunkten und warnt frühzeitig",
        "measures temperature, rainfall and water levels at many measuring points and issues early warnings",
        "die Menschen vor Ort besser auf Hitzewellen und Starkregen vorzubereiten",
        "prepare people better for heatwaves and heavy rain",
        "umwelt-klima",
        ("klimaschutz", "sensorik"),
        "LoRaWAN, Wetterstationen, Warn-App",
        places=("quartier", "innenstadt", "kreis"),
    ),
    Archetype(
        "Baumbewässerung mit Bodenfeuchtesensoren",
        "Tree watering with soil-moisture sensors",
        "meldet über Sensoren im Wurzelraum, welche Straßen- und Parkbäume Wasser brauchen, und lädt zu Gießpatenschaften ein",
        "reports through sensors at the roots which street trees need water and invites residents to adopt them",
        "junge Bäume durch trockene Sommer zu bringen und Wasser gezielt einzusetzen",
        "help young trees through dry summers and use water where it is needed",
        "umwelt-klima",
        ("klimaschutz", "sensorik", "beteiligung"),
        "Bodenfeuchtesensoren, LoRaWAN, Web-App",
        categories=TOWNS,
        places=("quartier", "innenstadt", "ortskern"),
    ),
    Archetype(
        "Luftqualitätsmessnetz",
        "Air quality monitoring network",
        "betreibt ein dichtes Netz günstiger Messstationen für Feinstaub und Stickoxide",
        "runs a dense network of low-cost stations measuring particulate matter and nitrogen oxides",
        "Belastungsschwerpunkte zu erkennen und Maßnahmen zu überprüfen",
        "identify pollution hotspots and check the effect of measures",
        "umwelt-klima",
        ("klimaschutz", "sensorik", "datenvisualisierung"),
        "Feinstaubsensoren, Open Data",
        categories=CITIES,
        places=("quartier", "innenstadt"),
    ),
    Archetype(
        "Digitaler Bürgerservice im Rathaus",
        "Digital citizen services at the town hall",
        "bietet Anträge, Termine und Bescheide online an und begleitet Menschen ohne Internetzugang vor Ort",
        "offers applications, appointments and notices online and helps people without internet access in person",
        "Wege zum Amt zu sparen und die Verwaltung zu entlasten",
        "save trips to the town hall and relieve the administration",
        "verwaltung",
        ("buergernaehe", "app"),
        "Onlinezugangsgesetz, Terminsoftware",
        categories=TOWNS,
    ),
    Archetype(
        "Mängelmelder",
        "Issue reporting service",
        "lässt Bürgerinnen und Bürger Schäden an Straßen, Radwegen und Spielplätzen per App melden",
        "lets residents report damage to roads, cycle paths and playgrounds via an app",
        "Schäden schneller zu beheben und transparent über den Stand zu informieren",
        "repair damage faster and report progress openly",
        "verwaltung",
        ("app", "buergernaehe", "beteiligung"),
        "App, Open311, Open Source",
    ),
    Archetype(
        "Chatbot für Verwaltungsfragen",
        "Chatbot for administrative questions",
        "beantwortet häufige Fragen zu Leistungen der Verwaltung rund um die Uhr",
        "answers frequent questions about municipal services around the clock",
        "Anliegen schneller zu klären und die Telefonzentrale zu entlasten",
        "resolve requests faster and relieve the switchboard",
        "verwaltung",
        ("buergernaehe",),
        "Sprachmodell, Wissensdatenbank",
    ),
    Archetype(
        "Online-Beteiligungsplattform",
        "Online participation platform",
        "stellt Planungen online zur Diskussion und sammelt Hinweise, Ideen und Abstimmungen",
        "puts plans up for online discussion and collects comments, ideas and votes",
        "mehr Menschen an Planungsentscheidungen vor Ort zu beteiligen",
        "involve more people in local planning decisions",
        "beteiligung",
        ("beteiligung", "digitale-plattform"),
        "Consul, Decidim, Open Source",
    ),
    Archetype(
        "Bürgerbeteiligung zur Quartiersentwicklung",
        "Citizen participation in neighbourhood development",
        "verbindet Vor-Ort-Werkstätten mit digitalen Karten, auf denen Anwohnende Vorschläge eintragen",
        "combines on-site workshops with digital maps on which residents place their proposals",
        "das Quartier gemeinsam mit den Menschen zu gestalten, die dort leben",
        "shape the neighbourhood together with the people who live there",
        "beteiligung",
        ("beteiligung", "digitale-stadtplanung"),
        "Beteiligungskarte, Tablets",
        categories=TOWNS,
        spatial_effect="quartier",
    ),
    Archetype(
        "Smart-City-Labor",
        "Smart city lab",
        "öffnet einen zentral gelegenen Ort, an dem Verwaltung, Wirtschaft und Bürgerschaft digitale Ideen erproben",
        "opens a central place where administration, business and residents try out digital ideas",
        "digitale Lösungen gemeinsam zu entwickeln und verständlich zu machen",
        "develop digital solutions together and make them understandable",
        "beteiligung",
        ("beteiligung", "buergernaehe"),
        "Makerspace, 3D-Druck, Sensor-Bausätze",
        categories=TOWNS,
        places=("schulklassen",),
    ),
    Archetype(
        "Urbane Datenplattform",
        "Urban data platform",
        "führt Daten aus Verwaltung, Versorgern und Sensoren auf einer offenen Plattform zusammen",
        "brings data from the administration, utilities and sensors together on an open platform",
        "Daten in kommunaler Hand zu halten und für viele Anwendungen nutzbar zu machen",
        "keep data in municipal hands and make it usable for many applications",
        "daten-plattformen",
        ("digitale-plattform", "cybersicherheit"),
        "FIWARE, DIN SPEC 91357, Open Source",
        places=("kreis", "partner"),
    ),
    Archetype(
        "Digitaler Zwilling",
        "Digital twin",
        "baut ein 3D-Modell auf, in dem Planungen, Verkehrs- und Klimadaten zusammen sichtbar werden",
        "builds a 3D model in which plans, traffic and climate data become visible together",
        "Planungsentscheidungen vorab zu simulieren und anschaulich zu erklären",
        "simulate planning decisions in advance and explain them clearly",
        "daten-plattformen",
        ("digitaler-zwilling", "digitale-stadtplanung"),
        "CityGML, 3D-Stadtmodell, Simulation",
        places=("quartier", "innenstadt", "kreis"),
    ),
    Archetype(
        "Open-Data-Portal",
        "Open data portal",
        "veröffentlicht Datensätze der Verwaltung unter offenen Lizenzen in einem Portal",
        "publishes the administration's datasets under open licences on a portal",
        "Wirtschaft, Wissenschaft und Zivilgesellschaft neue Anwendungen zu ermöglichen",
        "enable new applications by business, science and civil society",
        "daten-plattformen",
        ("digitale-plattform", "datenvisualisierung"),
        "CKAN, DCAT-AP.de",
    ),
    Archetype(
        "LoRaWAN-Funknetz",
        "LoRaWAN network",
        "baut ein flächendeckendes, energiesparendes Funknetz für Sensoren auf",
        "builds an area-wide, low-power radio network for sensors",
        "eine gemeinsame Infrastruktur für viele Sensoranwendungen zu schaffen",
        "create shared infrastructure for many sensor applications",
        "daten-plattformen",
        ("sensorik", "cybersicherheit"),
        "LoRaWAN, The Things Stack",
        places=("ortsteile", "kreis", "partner"),
    ),
    Archetype(
        "Digitale Lernorte in Bibliotheken",
        "Digital learning spaces in libraries",
        "richtet in öffentlichen Bibliotheken offene Lernorte mit Technik, Kursen und Beratung ein",
        "sets up open learning spaces with equipment, courses and advice in public libraries",
        "digitale Kompetenzen für alle Altersgruppen zu stärken",
        "build digital skills across all age groups",
        "bildung",
        ("soziale-inklusion", "kultur-freizeit"),
        "Tablets, Makerspace",
    ),
    Archetype(
        "Digitalkompetenz für Seniorinnen und Senioren",
        "Digital skills for older people",
        "bildet ehrenamtliche Digitallotsinnen und -lotsen aus, die ältere Menschen beim Einstieg begleiten",
        "trains volunteer digital guides who help older people get started",
        "ältere Menschen an digitalen Angeboten teilhaben zu lassen",
        "let older people take part in digital services",
        "bildung",
        ("soziale-inklusion", "buergernaehe"),
        "Schulungskonzept, Leihgeräte",
        places=("quartier", "ortsteile"),
    ),
    Archetype(
        "Telemedizinische Versorgung",
        "Telemedicine services",
        "verbindet Arztpraxen, Pflegedienste und Patientinnen über Videosprechstunden und Telemonitoring",
        "connects surgeries, care services and patients through video consultations and remote monitoring",
        "die medizinische Versorgung auch abseits der Zentren zu sichern",
        "secure medical care away from the larger towns",
        "gesundheit",
        ("gesundheit-pflege", "soziale-inklusion"),
        "Videosprechstunde, Telemonitoring",
        categories=RURAL | {MITTELSTADT},
        places=("ortsteile", "kreis"),
    ),
    Archetype(
        "Digitale Nachbarschaftshilfe",
        "Digital help among neighbours",
        "vermittelt über eine Plattform Hilfe beim Einkaufen, Fahrdienste und Besuche",
        "arranges help with shopping, lifts and visits through a platform",
        "Nachbarschaften zu stärken und Einsamkeit vorzubeugen",
        "strengthen local communities and prevent loneliness",
        "gesundheit",
        ("soziale-inklusion", "app"),
        "App, Open Source",
        places=("quartier", "ortsteile"),
    ),
    Archetype(
        "Lokaler Online-Marktplatz",
        "Local online marketplace",
        "bringt Händlerinnen und Händler vor Ort auf einen gemeinsamen Online-Marktplatz mit Lieferdienst",
        "puts local retailers on a shared online marketplace with a delivery service",
        "den lokalen Einzelhandel gegen den reinen Onlinehandel zu stärken",
        "strengthen local retail against online-only trade",
        "einzelhandel",
        ("digitale-plattform", "app"),
        "Marktplatz-Software, Lastenrad-Logistik",
    ),
    Archetype(
        "Frequenzmessung in der Innenstadt",
        "Footfall measurement in the city centre",
        "misst anonym, wie viele Menschen sich in Einkaufsstraßen bewegen",
        "measures anonymously how many people move through shopping streets",
        "Entscheidungen zu Öffnungszeiten, Veranstaltungen und Leerständen mit Daten zu unterlegen",
        "base decisions on opening hours, events and vacancies on data",
        "einzelhandel",
        ("sensorik", "datenvisualisierung"),
        "Laserscanner, Dashboard",
        categories=CITIES,
        spatial_effect="quartier",
    ),
    Archetype(
        "Leerstandsmanagement",
        "Vacancy management",
        "erfasst leerstehende Ladenlokale in einer Karte und vermittelt Zwischennutzungen",
        "maps empty shops and arranges temporary uses",
        "Innenstädte und Ortskerne lebendig zu halten",
        "keep town and village centres lively",
        "einzelhandel",
        ("digitale-stadtplanung", "datenvisualisierung"),
        "GIS, Web-Karte",
        places=("innenstadt", "ortskern"),
    ),
    Archetype(
        "Digitale Bauleitplanung",
        "Digital land-use planning",
        "stellt Bebauungspläne und Planungsverfahren vollständig digital und maschinenlesbar bereit",
        "provides development plans and planning procedures fully digitally and machine-readably",
        "Planverfahren zu beschleunigen und verständlicher zu machen",
        "speed up planning procedures and make them easier to follow",
        "bauen-wohnen",
        ("digitale-stadtplanung",),
        "XPlanung, GIS",
        categories=TOWNS,
    ),
    Archetype(
        "Quartiers-App",
        "Neighbourhood app",
        "bündelt Nachrichten, Termine, Tauschbörse und Mängelmeldungen für ein Wohnquartier in einer App",
        "brings news, events, swaps and issue reports for a housing area together in one app",
        "das Zusammenleben im Quartier zu stärken",
        "strengthen community life in the neighbourhood",
        "bauen-wohnen",
        ("app", "buergernaehe"),
        "Smart Village App, Open Source",
        categories=TOWNS,
        spatial_effect="quartier",
    ),
    Archetype(
        "Digitaler Stadtrundgang",
        "Digital city tour",
        "führt mit Audio, Bildern und Augmented Reality zu Orten der Stadtgeschichte",
        "leads to places of local history with audio, images and augmented reality",
        "Kultur und Geschichte der Stadt neu erlebbar zu machen",
        "let people experience the town's culture and history in a new way",
        "kultur-freizeit",
        ("kultur-freizeit", "app"),
        "Augmented Reality, App",
        categories=CITIES,
        places=("schulklassen",),
    ),
    Archetype(
        "Offener Veranstaltungskalender",
        "Open events calendar",
        "sammelt Termine von Vereinen, Kultur und Verwaltung in einem offenen Kalender",
        "collects events of clubs, culture and the administration in one open calendar",
        "Angebote sichtbar zu machen und Doppelungen zu vermeiden",
        "make what is on visible and avoid clashes",
        "kultur-freizeit",
        ("kultur-freizeit", "digitale-plattform"),
        "Open-Data-Schnittstelle, iCalendar",
        places=("kreis", "partner"),
    ),
    Archetype(
        "Füllstandsensoren für Abfallbehälter",
        "Fill-level sensors for waste bins",
        "meldet über Sensoren, wann öffentliche Abfallbehälter und Glascontainer geleert werden müssen",
        "reports through sensors when public bins and bottle banks need emptying",
        "Touren zu optimieren und Emissionen zu verringern",
        "optimise collection rounds and reduce emissions",
        "abfall-emissionen",
        ("sensorik", "klimaschutz"),
        "Ultraschallsensoren, LoRaWAN",
        places=("quartier", "innenstadt", "ortskern"),
    ),
    Archetype(
        "Klimadashboard mit CO2-Bilanz",
        "Climate dashboard with carbon accounting",
        "zeigt die Treibhausgasbilanz der Kommune und den Fortschritt der Klimaschutzmaßnahmen",
        "shows the municipality's greenhouse gas balance and the progress of climate measures",
        "Klimaschutz messbar und öffentlich nachvollziehbar zu machen",
        "make climate action measurable and publicly traceable",
        "abfall-emissionen",
        ("klimaschutz", "datenvisualisierung"),
        "Dashboard, Open Data",
    ),
]

# Stages of a measure, added to titles of every kind ("" leaves the title as it is).
STAGES = [
    ("", ""),
    (" (Pilot)", " (pilot)"),
    (" – zweite Ausbaustufe", " – second stage"),
]
PERMANENT_STAGE = (" – Verstetigung", " – made permanent")  # only for measures made permanent

# Several entries may share a key: the one that fits the project's category is used.
PLACES = [
    Place("quartier", " im Quartier", " in one neighbourhood", CITIES, "quartier"),
    Place("innenstadt", " für die Innenstadt", " for the city centre", {GROSSSTADT}, "quartier"),
    Place("innenstadt", " für die Innenstadt", " for the town centre", {MITTELSTADT}, "quartier"),
    Place("ortskern", " im Ortskern", " in the local centre", {KLEINSTADT}, "quartier"),
    Place(
        "ortsteile", " in den Ortsteilen", " in the outlying villages", {KLEINSTADT}, "gesamtstadt"
    ),
    Place(
        "kreis", " im Kreisgebiet", " across the district", {REGION}, "region", districts_only=True
    ),
    Place(
        "partner",
        " in den Partnerkommunen",
        " in the partner municipalities",
        {REGION},
        "interkommunal",
        partnerships_only=True,
    ),
    Place("schulklassen", " für Schulklassen", " for school classes", ALL),
]
PLACE_KEYS = {place.key for place in PLACES}

STATUS_SENTENCES = {
    "geplant": (
        "Die Maßnahme ist geplant; Konzept und Ausschreibung werden vorbereitet.",
        "The measure is planned; the concept and the tender are being prepared.",
    ),
    "in-umsetzung": (
        "Die Maßnahme wird derzeit umgesetzt und in einem ersten Gebiet erprobt.",
        "The measure is being implemented and tested in a first area.",
    ),
    "abgeschlossen": (
        "Die Umsetzung ist abgeschlossen; die Ergebnisse wurden ausgewertet.",
        "Implementation is complete and the results have been evaluated.",
    ),
    "verstetigt": (
        "Die Maßnahme ist verstetigt und gehört heute zum Regelbetrieb der Verwaltung.",
        "The measure has been made permanent and is now part of the administration's routine.",
    ),
}

SPATIAL_SENTENCES = {
    "quartier": (
        "Sie wirkt zunächst in einem Quartier.",
        "It first takes effect in one neighbourhood.",
    ),
    "gesamtstadt": (
        "Sie wirkt im ganzen Gebiet der Kommune.",
        "It covers the whole municipality.",
    ),
    "region": (
        "Sie wirkt über das eigene Gebiet hinaus in der Region.",
        "It reaches beyond the project's own area into the region.",
    ),
    "interkommunal": (
        "Mehrere Kommunen setzen sie gemeinsam um.",
        "Several municipalities implement it together.",
    ),
}

TRANSFER_SENTENCES = [
    (
        "Die Erfahrungen werden in den Arbeitsgruppen der Koordinierungs- und Transferstelle geteilt.",
        "The experience is shared in the working groups of the Coordination and Transfer Office.",
    ),
    (
        "Andere Kommunen können das Vorgehen übernehmen; ein Leitfaden ist in Arbeit.",
        "Other municipalities can adopt the approach; a guide is being written.",
    ),
    (
        "Datenschutz und Barrierefreiheit wurden von Anfang an mitgedacht.",
        "Data protection and accessibility were considered from the start.",
    ),
    (
        "Die Maßnahme wird gemeinsam mit lokalen Unternehmen und Hochschulen umgesetzt.",
        "The measure is implemented together with local companies and universities.",
    ),
]

GOAL_EXTRAS = [
    ("Ergebnisse offen dokumentieren", "Document the results openly"),
    (
        "Lösung für andere Kommunen nachnutzbar machen",
        "Make the solution reusable for other municipalities",
    ),
    ("Wirkung mit Kennzahlen messen", "Measure the impact with indicators"),
    ("Beteiligung der Bürgerinnen und Bürger sichern", "Keep residents involved"),
    ("Betrieb nach der Förderung sichern", "Secure operation after the funding ends"),
]

LICENCES = ["EUPL-1.2", "EUPL-1.2", "MIT", "Apache-2.0", "GPL-3.0-or-later", "AGPL-3.0-or-later"]

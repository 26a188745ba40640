"""The editorial page tree in German and English.

Facts come from the public information on the Smart City Dialogue; the wording is
the portal's own. Imprint and privacy texts are sample texts and say so. The privacy
notice, the accessibility statement and the easy-language guide are in ``statements.py``.
"""

from .blocks import (
    bullets,
    call_to_action,
    heading,
    image,
    key_figures,
    paragraph,
    quote,
    video,
)
from .statements import accessibility_page, easy_language_page, privacy_page

SAMPLE_NOTE = {
    "de": "<strong>Mustertext:</strong> Dieser Abschnitt ist ein Platzhalter der Demo-Installation "
    "und muss vor dem Livegang durch den geprüften Text der Redaktion ersetzt werden.",
    "en": "<strong>Sample text:</strong> this section is a placeholder of the demo installation "
    "and must be replaced by the editors' approved text before going live.",
}


def home(images):
    return {
        "key": "home",
        "type": "HomePage",
        "slug": {"de": "home", "en": "home-en"},
        "title": {"de": "Smart City Dialog", "en": "Smart City Dialogue"},
        "intro": {
            "de": "Der Smart City Dialog bündelt die Initiativen des Bundes für digitale, "
            "gemeinwohlorientierte Stadt- und Regionalentwicklung – und macht das Wissen "
            "der Modellprojekte für alle Kommunen nutzbar.",
            "en": "The Smart City Dialogue brings together the federal initiatives for digital "
            "urban and regional development that serves the common good, and makes what the "
            "model projects learn available to every municipality.",
        },
        "body": {
            "de": "<p>Das Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB) "
            "fördert smarte Städte und Regionen in Deutschland und weltweit. Politik, Verwaltung, "
            "Wirtschaft, Wissenschaft und Zivilgesellschaft tauschen sich hier darüber aus, wie "
            "Informations- und Kommunikationstechnik bei Energie, Mobilität, Klimaschutz und "
            "Lebensqualität hilft – und wie Verwaltung und Bürgerschaft dabei zusammenarbeiten.</p>",
            "en": "<p>The Federal Ministry for Housing, Urban Development and Building (BMWSB) "
            "supports smart cities and regions in Germany and around the world. Here, politics, "
            "administration, business, research and civil society discuss how information and "
            "communication technology can help with energy, mobility, climate protection and "
            "quality of life, and how administrations and residents can work on it together.</p>",
        },
        "key_figures": {
            "de": [
                key_figures(
                    "Das Programm in Zahlen",
                    [
                        ("73", "Modellprojekte Smart Cities"),
                        ("820 Mio. €", "Fördermittel des Bundes"),
                        ("3", "Förderstaffeln seit 2019"),
                        ("über 600", "Maßnahmen in der Datenbank"),
                    ],
                )
            ],
            "en": [
                key_figures(
                    "The programme in figures",
                    [
                        ("73", "Model Projects Smart Cities"),
                        ("€820 million", "federal funding"),
                        ("3", "funding rounds since 2019"),
                        ("over 600", "measures in the database"),
                    ],
                )
            ],
        },
        "quote": {
            "de": [
                quote(
                    "Bei Smart Cities geht es nicht um Wettbewerb, sondern um Kooperation.",
                    "Klara Geywitz, damalige Bundesbauministerin",
                    "Keynote auf der Smart Country Convention, Berlin, Oktober 2022 (Übersetzung)",
                )
            ],
            "en": [
                quote(
                    "Smart Cities are not about competition, but about cooperation.",
                    "Klara Geywitz, then Federal Minister for Housing, Urban Development and Building",
                    "keynote at the Smart Country Convention, Berlin, October 2022",
                )
            ],
        },
    }


def initiative_index():
    return {
        "key": "initiatives",
        "type": "InitiativeIndexPage",
        "parent": "home",
        "slug": {"de": "initiativen", "en": "initiatives"},
        "title": {"de": "Initiativen", "en": "Initiatives"},
        "intro": {
            "de": "Sechs Initiativen tragen den Smart City Dialog: ein Förderprogramm, eine "
            "Koordinierungsstelle, die Begleitforschung sowie nationale, internationale und "
            "europäische Netzwerke.",
            "en": "Six initiatives make up the Smart City Dialogue: a funding programme, a "
            "coordination office, accompanying research, and national, international and "
            "European networks.",
        },
        "show_in_menus": True,
    }


def initiatives(images):
    return [
        {
            "key": "mpsc",
            "initiative_key": "model-projects-smart-cities",
            "type": "InitiativePage",
            "parent": "initiatives",
            "short_name": "MPSC",
            "image": "mpsc",
            "slug": {"de": "modellprojekte-smart-cities", "en": "model-projects-smart-cities"},
            "title": {"de": "Modellprojekte Smart Cities", "en": "Model Projects Smart Cities"},
            "intro": {
                "de": "Mit dem Förderprogramm Modellprojekte Smart Cities unterstützt der Bund "
                "73 Kommunen und Kommunalverbünde dabei, die Digitalisierung im Sinne einer "
                "nachhaltigen, gemeinwohlorientierten Stadtentwicklung zu gestalten.",
                "en": "Through the Model Projects Smart Cities funding programme, the federal "
                "government helps 73 municipalities and groups of municipalities shape "
                "digitalisation for sustainable urban development that serves the common good.",
            },
            "body": {
                "de": [
                    key_figures(
                        "Eckdaten",
                        [
                            ("73", "geförderte Modellprojekte"),
                            ("820 Mio. €", "Fördervolumen insgesamt"),
                            ("65 %", "Regelfördersatz (bis 90 % in Haushaltsnotlage)"),
                            ("bis 7 Jahre", "Laufzeit aus Strategie- und Umsetzungsphase"),
                        ],
                    ),
                    heading("Drei Förderstaffeln"),
                    bullets(
                        "<strong>2019:</strong> 13 Modellprojekte bilden die erste Staffel.",
                        "<strong>2020:</strong> Unter dem Motto „Gemeinwohl und "
                        "Netzwerkstadt/Stadtnetzwerk“ wurden aus 86 Bewerbungen 32 Projekte "
                        "ausgewählt; die Auswahl wurde am 8. September 2020 bekannt gegeben.",
                        "<strong>2021:</strong> Das Motto „Gemeinsam aus der Krise: Raum für "
                        "Zukunft“ zog 94 Bewerbungen an; 28 Projekte mit zusammen 300 Mio. € "
                        "wurden am 15. Juli 2021 bekannt gegeben.",
                    ),
                    heading("Vom Konzept zur Umsetzung"),
                    paragraph(
                        "61 Modellprojekte haben mit einer Strategiephase begonnen, in der sie "
                        "ihre Smart-City-Strategie gemeinsam mit der Stadtgesellschaft "
                        "erarbeiten. 12 Projekte sind direkt in die Umsetzung gestartet.",
                        "Die Mittel zahlt die KfW im Programm 436 aus. Software, die mit "
                        "Fördermitteln entsteht, wird als Open Source veröffentlicht – so können "
                        "andere Kommunen sie nachnutzen.",
                    ),
                    image(
                        images["mpsc"],
                        "Abstrakte Grafik: vernetzte Punkte über einem stilisierten Stadtgrundriss",
                        "Vernetzte Städte und Regionen",
                        "Smart City Dialog (Demo-Grafik)",
                    ),
                    call_to_action(
                        "Was die Modellprojekte tun",
                        "In der Maßnahmendatenbank finden Sie die Vorhaben aller Modellprojekte, "
                        "filterbar nach Handlungsfeld, Bundesland und Status.",
                        "Zur Übersicht der Modellprojekte",
                        external_url="/de/modellprojekte/",
                        page=None,
                    ),
                ],
                "en": [
                    key_figures(
                        "Key facts",
                        [
                            ("73", "funded model projects"),
                            ("€820 million", "total funding"),
                            ("65 %", "standard grant rate (up to 90 % in budget emergency)"),
                            ("up to 7 years", "of strategy and implementation"),
                        ],
                    ),
                    heading("Three funding rounds"),
                    bullets(
                        "<strong>2019:</strong> 13 model projects form the first round.",
                        "<strong>2020:</strong> under the motto “Common good and networked "
                        "city/city network”, 32 projects were chosen from 86 applications and "
                        "announced on 8 September 2020.",
                        "<strong>2021:</strong> the motto “Out of the crisis together: space for "
                        "the future” drew 94 applications; 28 projects sharing €300 million were "
                        "announced on 15 July 2021.",
                    ),
                    heading("From strategy to implementation"),
                    paragraph(
                        "61 model projects began with a strategy phase in which they develop "
                        "their smart city strategy together with local people. 12 projects went "
                        "straight into implementation.",
                        "Funds are paid out by the KfW development bank (programme 436). "
                        "Software built with the funding is published as open source so that "
                        "other municipalities can reuse it.",
                    ),
                    image(
                        images["mpsc"],
                        "Abstract graphic: connected dots over a stylised city plan",
                        "Connected cities and regions",
                        "Smart City Dialogue (demo graphic)",
                    ),
                    call_to_action(
                        "What the model projects do",
                        "The measures database lists the work of every model project, "
                        "filterable by field of action, federal state and status.",
                        "Go to the model projects",
                        external_url="/en/model-projects/",
                        page=None,
                    ),
                ],
            },
        },
        {
            "key": "kts",
            "initiative_key": "kts",
            "type": "InitiativePage",
            "parent": "initiatives",
            "short_name": "KTS",
            "image": "kts",
            "slug": {
                "de": "koordinierungs-und-transferstelle",
                "en": "coordination-and-transfer-office",
            },
            "title": {
                "de": "Koordinierungs- und Transferstelle (KTS)",
                "en": "Coordination and Transfer Office (KTS)",
            },
            "intro": {
                "de": "Die KTS ist die zentrale Anlaufstelle für die Modellprojekte und für alle "
                "Kommunen in Deutschland, die sich mit der digitalen Stadtentwicklung befassen.",
                "en": "The KTS is the central point of contact for the model projects and for "
                "every municipality in Germany working on digital urban development.",
            },
            "body": {
                "de": [
                    paragraph(
                        "Das BMWSB hat die Koordinierungs- und Transferstelle eingerichtet, damit "
                        "Erfahrungen nicht in einzelnen Rathäusern bleiben. Sie organisiert den "
                        "Austausch zwischen den Kommunen, berät die Modellprojekte über ein "
                        "Projektbüro und bereitet Praxiswissen für Fachleute und Öffentlichkeit auf.",
                        "Getragen wird die KTS von einem Konsortium unter Leitung des "
                        "DLR Projektträgers, unter anderem mit Fraunhofer IAO und IESE, dem "
                        "Deutschen Institut für Urbanistik (Difu), Creative Climate Cities und "
                        "Prognos, das die Evaluation übernimmt.",
                    ),
                    heading("Formate"),
                    bullets(
                        "Kongresse der Modellprojekte – der vierte fand am 23. und 24. April 2024 "
                        "in Leipzig statt",
                        "Regionalkonferenzen",
                        "Arbeitsgemeinschaften zu urbanen Datenplattformen, Wirkungsmessung, "
                        "digitalen Zwillingen, Resilienz und Stadt-Apps",
                        "„Start smart“ für Kommunen ohne Förderung",
                        "Newsletter „Smart City Praxiswissen“",
                    ),
                ],
                "en": [
                    paragraph(
                        "The BMWSB set up the Coordination and Transfer Office so that experience "
                        "does not stay in individual town halls. It organises exchange between "
                        "municipalities, advises the model projects through a project office and "
                        "prepares practical knowledge for experts and the public.",
                        "The KTS is run by a consortium led by DLR Project Management Agency, "
                        "including Fraunhofer IAO and IESE, the German Institute of Urban Affairs "
                        "(Difu), Creative Climate Cities and Prognos, which carries out the "
                        "evaluation.",
                    ),
                    heading("Formats"),
                    bullets(
                        "Congresses of the model projects; the fourth took place in Leipzig on "
                        "23 and 24 April 2024",
                        "Regional conferences",
                        "Working groups on urban data platforms, impact measurement, digital "
                        "twins, resilience and city apps",
                        "“Start smart” for municipalities without funding",
                        "The newsletter “Smart City Praxiswissen” (practical knowledge)",
                    ),
                ],
            },
        },
        {
            "key": "research",
            "initiative_key": "accompanying-research",
            "type": "InitiativePage",
            "parent": "initiatives",
            "short_name": "BBSR",
            "image": "research",
            "slug": {"de": "begleitforschung", "en": "accompanying-research"},
            "title": {"de": "Begleitforschung", "en": "Accompanying research"},
            "intro": {
                "de": "Das Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR) bündelt, "
                "koordiniert und steuert die Forschung rund um die Modellprojekte.",
                "en": "The Federal Institute for Research on Building, Urban Affairs and Spatial "
                "Development (BBSR) bundles, coordinates and steers the research around the "
                "model projects.",
            },
            "body": {
                "de": [
                    paragraph(
                        "Im Forschungscluster Smart Cities untersucht das BBSR, wie der digitale "
                        "Wandel Städte und Regionen verändert. Im Mittelpunkt stehen digitale "
                        "Kompetenzen in Verwaltung und Stadtgesellschaft sowie die Frage, wie "
                        "erfolgreiche Ansätze skaliert und dauerhaft verankert werden können.",
                        "Die Ergebnisse fließen über die KTS in die Arbeit der Modellprojekte "
                        "zurück und erscheinen als Online-Publikationen des BBSR.",
                    ),
                ],
                "en": [
                    paragraph(
                        "In its Smart Cities research cluster, the BBSR studies how digital change "
                        "transforms cities and regions. The focus is on digital skills in "
                        "administrations and local communities, and on how successful approaches "
                        "can be scaled up and made to last.",
                        "Results feed back into the model projects' work through the KTS and are "
                        "published as BBSR online publications.",
                    ),
                ],
            },
        },
        {
            "key": "dialogue-platform",
            "initiative_key": "national-dialogue-platform",
            "type": "InitiativePage",
            "parent": "initiatives",
            "short_name": {"de": "Dialogplattform", "en": "Dialogue Platform"},
            "image": "platform",
            "slug": {"de": "dialogplattform-smart-cities", "en": "dialogue-platform-smart-cities"},
            "title": {
                "de": "Nationale Dialogplattform Smart Cities",
                "en": "National Dialogue Platform Smart Cities",
            },
            "intro": {
                "de": "Seit 2016 beraten rund 70 Fachleute aus Kommunen, Ländern, Bund, "
                "Wissenschaft, Wirtschaft und Zivilgesellschaft darüber, wie die digitale "
                "Transformation der Städte gelingen kann.",
                "en": "Since 2016, around 70 experts from municipalities, the Länder, the federal "
                "government, research, business and civil society have been discussing how the "
                "digital transformation of cities can succeed.",
            },
            "body": {
                "de": [
                    paragraph(
                        "Die Bundesregierung hat die Dialogplattform 2016 ins Leben gerufen. "
                        "Mitglieder sind Vertreterinnen und Vertreter von Städten, Kreisen und "
                        "Gemeinden, kommunalen Spitzenverbänden, Ländern und Bundesressorts sowie "
                        "aus Wissenschaft, Wirtschaft, Fach- und Sozialverbänden und "
                        "Zivilgesellschaft.",
                        "2017 hat die Plattform die Smart City Charta erarbeitet, die Leitlinien "
                        "für eine nachhaltige digitale Stadtentwicklung formuliert. Eine Sitzung "
                        "der „Dialogplattform 3.0“ fand am 20. Juni 2023 im Reuter-Haus in Berlin "
                        "statt.",
                    ),
                ],
                "en": [
                    paragraph(
                        "The federal government set up the Dialogue Platform in 2016. Its members "
                        "come from cities, districts and municipalities, municipal umbrella "
                        "organisations, the Länder and federal ministries, as well as from "
                        "research, business, professional and social associations and civil "
                        "society.",
                        "In 2017 the platform wrote the Smart City Charter, which sets out "
                        "guidelines for sustainable digital urban development. A session of "
                        "“Dialogue Platform 3.0” took place on 20 June 2023 at the Reuter-Haus in "
                        "Berlin.",
                    ),
                ],
            },
        },
        {
            "key": "iscn",
            "initiative_key": "iscn",
            "type": "InitiativePage",
            "parent": "initiatives",
            "short_name": "ISCN",
            "image": "iscn",
            "slug": {
                "de": "internationales-smart-cities-netzwerk",
                "en": "international-smart-cities-network",
            },
            "title": {
                "de": "Internationales Smart Cities Netzwerk (ISCN)",
                "en": "International Smart Cities Network (ISCN)",
            },
            "intro": {
                "de": "Das ISCN fördert digitale Lösungen für eine menschenzentrierte "
                "Stadtentwicklung und den weltweiten Austausch guter Praxis.",
                "en": "The ISCN promotes digital solutions for people-centred urban development "
                "and the worldwide exchange of good practice.",
            },
            "body": {
                "de": [
                    paragraph(
                        "Zu den Kernmitgliedern gehören Brasilien, Mexiko, Peru, Indien und "
                        "Deutschland. Das Netzwerk wird gemeinsam mit der Deutschen Gesellschaft "
                        "für Internationale Zusammenarbeit (GIZ) umgesetzt; das Sekretariat sitzt "
                        "in Berlin.",
                    ),
                ],
                "en": [
                    paragraph(
                        "Its core member countries are Brazil, Mexico, Peru, India and Germany. "
                        "The network is implemented together with the Deutsche Gesellschaft für "
                        "Internationale Zusammenarbeit (GIZ); its secretariat is in Berlin.",
                    ),
                ],
            },
        },
        {
            "key": "connected-in-europe",
            "initiative_key": "connected-in-europe",
            "type": "InitiativePage",
            "parent": "initiatives",
            "short_name": "#connectedinEurope",
            "image": "europe",
            "slug": {"de": "connectedineurope", "en": "connectedineurope"},
            "title": {"de": "#connectedinEurope", "en": "#connectedinEurope"},
            "intro": {
                "de": "Europäischer Austausch darüber, wie die digitale Transformation einer "
                "nachhaltigen, integrierten und gemeinwohlorientierten Stadtentwicklung dient.",
                "en": "European exchange on how digital transformation can serve sustainable, "
                "integrated urban development for the common good.",
            },
            "body": {
                "de": [
                    paragraph(
                        "Institutionen und Kommunen aus ganz Europa lernen voneinander – im "
                        "Rahmen des Europäischen Grünen Deals und des Programms Digitales Europa. "
                        "Im Mittelpunkt steht das Peer-Learning zwischen Städten: Was in einer "
                        "Stadt funktioniert, soll anderen den Einstieg erleichtern.",
                    ),
                ],
                "en": [
                    paragraph(
                        "Institutions and municipalities across Europe learn from each other, in "
                        "the context of the European Green Deal and the Digital Europe "
                        "programme. The focus is on peer learning between cities: what works in "
                        "one city should make it easier for others to get started.",
                    ),
                ],
            },
        },
    ]


def standard_pages(images):
    return [
        {
            "key": "about",
            "type": "StandardPage",
            "parent": "home",
            "show_in_menus": True,
            "slug": {"de": "ueber-uns", "en": "about"},
            "title": {"de": "Über den Smart City Dialog", "en": "About the Smart City Dialogue"},
            "intro": {
                "de": "Warum der Bund smarte Städte fördert und wer hinter dem Portal steht.",
                "en": "Why the federal government supports smart cities and who runs this portal.",
            },
            "body": {
                "de": [
                    paragraph(
                        "Der Smart City Dialog verbindet Politik, Verwaltung, Wirtschaft, "
                        "Wissenschaft und Zivilgesellschaft. Er bündelt die Initiativen des BMWSB "
                        "und trägt praktisches Wissen aus den Modellprojekten in alle Kommunen.",
                        "Themen sind unter anderem Energie, Mobilität, städtische Emissionen, "
                        "Klimaschutz und Lebensqualität – immer mit Blick darauf, wie Verwaltung "
                        "und Bürgerinnen und Bürger zusammenarbeiten und wie die Digitalisierung "
                        "dem Gemeinwohl dient.",
                    ),
                ],
                "en": [
                    paragraph(
                        "The Smart City Dialogue connects politics, administration, business, "
                        "research and civil society. It brings together the BMWSB's initiatives "
                        "and carries practical knowledge from the model projects to all "
                        "municipalities.",
                        "Its themes include energy, mobility, urban emissions, climate protection "
                        "and quality of life, always with an eye on how administrations and "
                        "residents work together and how digitalisation serves the common good.",
                    ),
                ],
            },
        },
        {
            "key": "stufenplan",
            "type": "StandardPage",
            "parent": "home",
            "show_in_menus": True,
            "slug": {"de": "stufenplan", "en": "plan-by-stages"},
            "title": {
                "de": "Stufenplan Smarte Städte und Regionen",
                "en": "Plan by stages: smart cities and regions",
            },
            "intro": {
                "de": "Wie die Erfahrungen der Modellprojekte dauerhaft allen Kommunen zugutekommen "
                "sollen.",
                "en": "How the model projects' experience is to benefit every municipality for "
                "the long term.",
            },
            "body": {
                "de": [
                    paragraph(
                        "Der Beirat des BMWSB hat den Stufenplan „Smarte Städte und Regionen“ am "
                        "11. Juni 2024 beschlossen. Im Beirat arbeiten seit September 2023 "
                        "Bundesressorts, fünf Länder, Kommunen sowie Vertretungen aus Wirtschaft, "
                        "Wissenschaft und Zivilgesellschaft zusammen.",
                        "Das rund 20 Seiten starke Papier beschreibt zwei Pakete:",
                    ),
                    bullets(
                        "einen <strong>Marktplatz</strong> für erprobte Smart-City-Lösungen, über "
                        "den Kommunen Lösungen finden und übernehmen können;",
                        "ein <strong>Kompetenzzentrum</strong>, das auf bestehenden Strukturen "
                        "des Bundes aufbaut und Kommunen dauerhaft berät.",
                    ),
                ],
                "en": [
                    paragraph(
                        "The BMWSB advisory board adopted the plan by stages “Smart cities and "
                        "regions” on 11 June 2024. Since September 2023 the board has brought "
                        "together federal ministries, five Länder, municipalities and "
                        "representatives of business, research and civil society.",
                        "The paper of about 20 pages describes two packages:",
                    ),
                    bullets(
                        "a <strong>marketplace</strong> for proven smart city solutions, where "
                        "municipalities can find and adopt them;",
                        "a <strong>competence centre</strong> built on existing federal structures "
                        "that advises municipalities for the long term.",
                    ),
                ],
            },
        },
        {
            "key": "imprint",
            "type": "StandardPage",
            "parent": "home",
            "show_in_footer": True,
            "slug": {"de": "impressum", "en": "imprint"},
            "title": {"de": "Impressum", "en": "Imprint"},
            "intro": {
                "de": "Angaben zum Anbieter dieser Website.",
                "en": "Information about the provider of this website.",
            },
            "body": {
                "de": [
                    paragraph(SAMPLE_NOTE["de"]),
                    heading("Herausgeber"),
                    paragraph(
                        "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB), "
                        "Krausenstraße 17–18, 10117 Berlin"
                    ),
                    heading("Redaktion"),
                    paragraph(
                        "Koordinierungs- und Transferstelle Modellprojekte Smart Cities, "
                        "c/o DLR-Projektträger, Heinrich-Konen-Straße 1, 53227 Bonn"
                    ),
                ],
                "en": [
                    paragraph(SAMPLE_NOTE["en"]),
                    heading("Publisher"),
                    paragraph(
                        "Federal Ministry for Housing, Urban Development and Building "
                        "(BMWSB), Krausenstraße 17–18, 10117 Berlin, Germany"
                    ),
                    heading("Editorial office"),
                    paragraph(
                        "Coordination and Transfer Office Model Projects Smart Cities, "
                        "c/o DLR Project Management Agency, Heinrich-Konen-Straße 1, "
                        "53227 Bonn, Germany"
                    ),
                ],
            },
        },
        privacy_page(SAMPLE_NOTE),
        accessibility_page(),
        easy_language_page(),
        {
            "key": "sign-language",
            "type": "StandardPage",
            "parent": "home",
            "show_in_footer": True,
            "slug": {"de": "gebaerdensprache", "en": "sign-language"},
            "title": {"de": "Gebärdensprache", "en": "Sign language"},
            "intro": {
                "de": "Informationen über diese Website in Deutscher Gebärdensprache (DGS).",
                "en": "Information about this website in German Sign Language (DGS).",
            },
            "body": {
                "de": [
                    video(
                        "Der Smart City Dialog in Deutscher Gebärdensprache",
                        "Das Video erklärt, was der Smart City Dialog ist, welche Initiativen "
                        "dazugehören und wie man die Datenbanken der Website nutzt.",
                        "<p>Der Smart City Dialog ist eine Website des Bundesministeriums für "
                        "Wohnen, Stadtentwicklung und Bauwesen. Sie zeigt, was 73 geförderte "
                        "Modellprojekte in Städten und Regionen ausprobieren.</p>",
                    ),
                ],
                "en": [
                    video(
                        "The Smart City Dialogue in German Sign Language",
                        "The video explains what the Smart City Dialogue is, which initiatives "
                        "belong to it and how to use the website's databases.",
                        "<p>The Smart City Dialogue is a website of the Federal Ministry for "
                        "Housing, Urban Development and Building. It shows what 73 funded model "
                        "projects are trying out in cities and regions.</p>",
                    ),
                ],
            },
        },
    ]


def page_tree(images):
    """All page specs in creation order (parents before children)."""
    return [home(images), initiative_index(), *initiatives(images), *standard_pages(images)]

"""The privacy notice, the accessibility statement and the easy-language guide.

The accessibility statement follows the structure of the EU model statement (Commission
Implementing Decision (EU) 2018/1523) as required by § 12b BGG and BITV 2.0. Every claim
about the website must stay true: the methods are the checks the test suite runs, the
barriers are those of the current code. See docs/operations.md ("Legal and accessibility
pages") for when to review the texts.

The easy-language page follows the rules of the Netzwerk Leichte Sprache: short
sentences, one statement each, hard words explained, long compounds split with a hyphen.
``smartcity/tests/test_statements.py`` keeps every German sentence at 15 words or fewer.
"""

from .blocks import bullets, dates, heading, map_tiles_privacy, paragraph

# When the accessibility statement was made and last reviewed (ISO dates).
STATEMENT_CREATED = "2026-12-04"
STATEMENT_REVIEWED = "2026-12-04"

# From contacts/data/contacts.csv (the KTS, which runs the editorial office) and the imprint.
KTS_EMAIL = "SmartCities@dlr.de"
KTS_PHONE = "+49 30 67055 9999"
KTS_PHONE_NATIONAL = "030 67055 9999"
SCHLICHTUNGSSTELLE_URL = "https://www.schlichtungsstelle-bgg.de"

URLS = {
    "de": {
        "imprint": "/de/impressum/",
        "accessibility": "/de/barrierefreiheit/",
        "easy-language": "/de/leichte-sprache/",
        "sign-language": "/de/gebaerdensprache/",
        "contact": "/de/kontakt/",
        "model-projects": "/de/modellprojekte/",
        "map": "/de/modellprojekte/karte/",
        "measures": "/de/massnahmen/",
        "solutions": "/de/loesungen/",
        "publications": "/de/publikationen/",
        "news": "/de/aktuelles/",
        "events": "/de/veranstaltungen/",
    },
    "en": {
        "imprint": "/en/imprint/",
        "accessibility": "/en/accessibility/",
        "easy-language": "/en/easy-language/",
        "sign-language": "/en/sign-language/",
        "contact": "/en/contact/",
        "model-projects": "/en/model-projects/",
        "map": "/en/model-projects/map/",
        "measures": "/en/measures/",
        "solutions": "/en/solutions/",
        "publications": "/en/publications/",
        "news": "/en/news/",
        "events": "/en/events/",
    },
}


def _link(lang, key, text):
    return f'<a href="{URLS[lang][key]}">{text}</a>'


MAILTO = f'<a href="mailto:{KTS_EMAIL}">{KTS_EMAIL}</a>'


def privacy_page(sample_note):
    de, en = URLS["de"], URLS["en"]
    return {
        "key": "privacy",
        "type": "StandardPage",
        "parent": "home",
        "show_in_footer": True,
        "slug": {"de": "datenschutz", "en": "privacy"},
        "title": {"de": "Datenschutzerklärung", "en": "Privacy notice"},
        "intro": {
            "de": "Welche Daten beim Besuch dieser Website anfallen, wer sie erhält und welche "
            "Rechte Sie haben.",
            "en": "Which data arise when you visit this website, who receives them and what "
            "your rights are.",
        },
        "body": {
            "de": [
                paragraph(sample_note["de"]),
                heading("Verantwortliche Stelle"),
                paragraph(
                    "Verantwortlich für diese Website ist der im "
                    f'<a href="{de["imprint"]}">Impressum</a> genannte Herausgeber: '
                    "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB), "
                    "Krausenstraße 17–18, 10117 Berlin.",
                    "Die Redaktion liegt bei der Koordinierungs- und Transferstelle "
                    "Modellprojekte Smart Cities, c/o DLR-Projektträger, Heinrich-Konen-Straße 1, "
                    f"53227 Bonn, E-Mail {MAILTO}.",
                ),
                heading("Aufruf der Website und Protokolldateien"),
                paragraph(
                    "Bei jedem Aufruf einer Seite oder Datei überträgt Ihr Browser technisch "
                    "notwendige Daten an den Server dieser Website. Der Server protokolliert je "
                    "Anfrage Ihre IP-Adresse, Datum und Uhrzeit, die aufgerufene Adresse "
                    "einschließlich der Suchbegriffe und Filter darin, den Statuscode, die "
                    "übertragene Datenmenge, die Bearbeitungsdauer und die Kennung Ihres "
                    "Browsers (User-Agent).",
                    "Diese Daten dienen dazu, die Website auszuliefern, Fehler zu finden und "
                    "Angriffe abzuwehren. Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO in "
                    "Verbindung mit § 3 BDSG. Wie lange die Protokolle aufbewahrt werden, legt "
                    "der Betrieb fest; die Frist wird vor dem Livegang hier eingetragen.",
                ),
                heading("Keine Reichweitenmessung"),
                paragraph(
                    "Diese Website verwendet kein Analyse- oder Statistikwerkzeug, keine "
                    "Zählpixel und keine Einbindungen von Werbenetzen oder sozialen Netzwerken. "
                    "Suchbegriffe werden nicht gesondert gespeichert; sie erscheinen nur als Teil "
                    "der aufgerufenen Adresse in den Protokolldateien."
                ),
                heading("Cookies"),
                paragraph(
                    "Wer die Website liest, erhält keine Cookies. Zwei technisch notwendige "
                    "Cookies gibt es nur bei der Anmeldung im Redaktionssystem:"
                ),
                bullets(
                    "<strong>Sitzungs-Cookie (sessionid):</strong> hält angemeldete Mitglieder "
                    "der Redaktion angemeldet. Es wird mit der Abmeldung gelöscht und läuft "
                    "spätestens nach zwei Wochen ab.",
                    "<strong>CSRF-Cookie (csrftoken):</strong> schützt Formulare, die Daten an "
                    "den Server senden, etwa die Anmeldung, vor gefälschten Anfragen. Es läuft "
                    "nach einem Jahr ab.",
                ),
                heading("Anmeldung im Redaktionssystem"),
                paragraph(
                    "Zum Schutz vor dem Erraten von Passwörtern speichert die Website "
                    "Anmeldeversuche mit Benutzername, IP-Adresse und Browserkennung. Nach fünf "
                    "Fehlversuchen ist die Anmeldung für diesen Benutzernamen von dieser Adresse "
                    "aus eine Stunde lang gesperrt. Vorgesehen ist, die Einträge nach 90 Tagen "
                    "zu löschen.",
                    "Das Redaktionssystem lädt keine Profilbilder von gravatar.com; die "
                    "E-Mail-Adressen der Redaktion gehen dadurch nicht an Dritte.",
                ),
                heading("Inhalte anderer Server und Karten"),
                map_tiles_privacy(),
                heading("Ihre Rechte"),
                paragraph(
                    "Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), "
                    "Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18) und Widerspruch "
                    "(Art. 21). Wenden Sie sich dazu an die verantwortliche Stelle.",
                    "Sie können sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren "
                    "(Art. 77 DSGVO). Für öffentliche Stellen des Bundes ist das die oder der "
                    "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI).",
                ),
            ],
            "en": [
                paragraph(sample_note["en"]),
                heading("Controller"),
                paragraph(
                    "This website is the responsibility of the publisher named in the "
                    f'<a href="{en["imprint"]}">imprint</a>: Federal Ministry for Housing, Urban '
                    "Development and Building (BMWSB), Krausenstraße 17–18, 10117 Berlin, "
                    "Germany.",
                    "The editorial office is the Coordination and Transfer Office Model Projects "
                    "Smart Cities, c/o DLR Project Management Agency, Heinrich-Konen-Straße 1, "
                    f"53227 Bonn, Germany, e-mail {MAILTO}.",
                ),
                heading("Visiting the website and log files"),
                paragraph(
                    "Whenever you request a page or file, your browser sends technically "
                    "necessary data to this website's server. For each request the server logs "
                    "your IP address, the date and time, the requested address including any "
                    "search words and filters in it, the status code, the amount of data sent, "
                    "the processing time and your browser's identification (user agent).",
                    "These data are used to deliver the website, find errors and fend off "
                    "attacks. The legal basis is Art. 6(1)(e) GDPR in conjunction with section 3 "
                    "of the Federal Data Protection Act (BDSG). How long the logs are kept is set "
                    "by the operator; the period will be added here before the site goes live.",
                ),
                heading("No audience measurement"),
                paragraph(
                    "This website uses no analytics or statistics tool, no tracking pixels and "
                    "nothing embedded from advertising networks or social networks. Search words "
                    "are not stored separately; they only appear as part of the requested address "
                    "in the log files."
                ),
                heading("Cookies"),
                paragraph(
                    "Reading the website sets no cookies. There are two technically necessary "
                    "cookies, and only for signing in to the editorial system:"
                ),
                bullets(
                    "<strong>Session cookie (sessionid):</strong> keeps signed-in editors signed "
                    "in. It is deleted when they sign out and expires after two weeks at the "
                    "latest.",
                    "<strong>CSRF cookie (csrftoken):</strong> protects forms that send data to "
                    "the server, such as the sign-in form, against forged requests. It expires "
                    "after one year.",
                ),
                heading("Signing in to the editorial system"),
                paragraph(
                    "To protect passwords against guessing, the website stores sign-in attempts "
                    "with the user name, IP address and browser identification. After five failed "
                    "attempts, signing in with that user name from that address is blocked for "
                    "one hour. The entries are intended to be deleted after 90 days.",
                    "The editorial system loads no profile pictures from gravatar.com, so the "
                    "editors' e-mail addresses are not passed to third parties.",
                ),
                heading("Content from other servers and maps"),
                map_tiles_privacy(),
                heading("Your rights"),
                paragraph(
                    "You have the right of access (Art. 15 GDPR), rectification (Art. 16), "
                    "erasure (Art. 17), restriction of processing (Art. 18) and objection "
                    "(Art. 21). Please contact the controller.",
                    "You may also lodge a complaint with a data protection supervisory authority "
                    "(Art. 77 GDPR). For federal public bodies this is the Federal Commissioner "
                    "for Data Protection and Freedom of Information (BfDI).",
                ),
            ],
        },
    }


def accessibility_page():
    de, en = URLS["de"], URLS["en"]
    return {
        "key": "accessibility",
        "type": "StandardPage",
        "parent": "home",
        "show_in_footer": True,
        "slug": {"de": "barrierefreiheit", "en": "accessibility"},
        "title": {"de": "Erklärung zur Barrierefreiheit", "en": "Accessibility statement"},
        "intro": {
            "de": "Wie weit diese Website barrierefrei ist, wo noch Barrieren bestehen und wie "
            "Sie uns eine Barriere melden.",
            "en": "How accessible this website is, where barriers remain and how to tell us "
            "about a barrier.",
        },
        "body": {
            "de": [
                heading("Geltungsbereich und Rechtsgrundlage"),
                paragraph(
                    "Diese Erklärung gilt für die Website „Smart City Dialog“ mit allen Seiten "
                    "und Datenbanken in deutscher und englischer Sprache. Herausgeber ist das "
                    "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB).",
                    "Als öffentliche Stelle des Bundes muss der Herausgeber seine Website nach "
                    "§ 12a des Behindertengleichstellungsgesetzes (BGG) barrierefrei gestalten. "
                    "Die Anforderungen regelt die Barrierefreie-Informationstechnik-Verordnung "
                    "(BITV 2.0). Sie verweist auf die europäische Norm EN 301 549, die die "
                    "Kriterien der Web Content Accessibility Guidelines (WCAG) 2.1 auf den Stufen "
                    "A und AA enthält. Die Pflicht zu dieser Erklärung folgt aus § 12b BGG.",
                ),
                heading("Stand der Vereinbarkeit mit den Anforderungen"),
                paragraph(
                    "Diese Website ist <strong>teilweise</strong> mit § 12a BGG und der BITV 2.0 "
                    "vereinbar. Welche Inhalte die Anforderungen noch nicht erfüllen, steht im "
                    "nächsten Abschnitt.",
                    "Die Seiten sind so gebaut, dass sie ohne JavaScript funktionieren, sich "
                    "vollständig mit der Tastatur bedienen lassen und auf kleinen Bildschirmen "
                    "ohne waagerechtes Scrollen lesbar sind.",
                ),
                heading("Nicht barrierefreie Inhalte"),
                bullets(
                    "<strong>Video in Deutscher Gebärdensprache:</strong> Nach § 4 BITV 2.0 "
                    "gehören zur Website Erläuterungen in Deutscher Gebärdensprache (DGS). Das "
                    "Video ist noch nicht veröffentlicht. Bis dahin bietet die Seite "
                    f'<a href="{de["sign-language"]}">Gebärdensprache</a> eine Textfassung.',
                    "<strong>Leichte Sprache:</strong> Die Erläuterungen in "
                    f'<a href="{de["easy-language"]}">Leichter Sprache</a> sind noch nicht von '
                    "Menschen aus der Zielgruppe geprüft worden. Alle anderen Seiten gibt es nur "
                    "in Alltagssprache.",
                    "<strong>PDF-Dokumente anderer Herausgeber:</strong> Viele Publikationen "
                    "stammen von anderen Stellen, etwa vom Bundesinstitut für Bau-, Stadt- und "
                    "Raumforschung (BBSR) oder von der Deutschen Gesellschaft für Internationale "
                    "Zusammenarbeit (GIZ). Ihre PDF-Dateien können Barrieren enthalten; der "
                    "Herausgeber dieser Website kann sie nicht ändern. Auf Anfrage helfen wir, "
                    "die Inhalte in zugänglicher Form zu erhalten.",
                    "<strong>PDF-Steckbriefe der Lösungen:</strong> Sie werden automatisch "
                    "erzeugt und sind keine barrierefreien (getaggten) PDF-Dateien. Dieselben "
                    "Angaben stehen auf der Seite der jeweiligen Lösung.",
                    "<strong>Karten:</strong> Die Karten der Modellprojekte sind mit "
                    "Bildschirmleseprogrammen und bei starker Vergrößerung nur eingeschränkt "
                    "nutzbar; die Hintergrundkarte hat keine Textalternative. Die Markierungen "
                    "lassen sich mit der Tastatur erreichen. Die "
                    f'<a href="{de["map"]}">Kartenseite</a> enthält außerdem eine Tabelle mit '
                    "allen gezeigten Modellprojekten, ihrer Förderstaffel, Kategorie, ihrem "
                    "Bundesland und ihren Koordinaten; ohne JavaScript erscheint nur die Tabelle.",
                    "<strong>Fehlende englische Übersetzungen:</strong> Ist ein Eintrag einer "
                    "Datenbank noch nicht ins Englische übersetzt, zeigen die englischen Seiten "
                    "den deutschen Text. Er ist nicht als deutschsprachig ausgezeichnet, so dass "
                    "Bildschirmleseprogramme ihn mit englischer Aussprache vorlesen können.",
                ),
                heading("Erstellung dieser Erklärung"),
                dates(
                    ("Erstellt am", STATEMENT_CREATED),
                    ("Zuletzt überprüft am", STATEMENT_REVIEWED),
                ),
                paragraph(
                    "Die Erklärung beruht auf einer Selbstbewertung durch den Betreiber der "
                    "Website. Wir überprüfen sie mindestens einmal im Jahr und nach jeder "
                    "größeren Änderung der Website."
                ),
                heading("Prüfmethode", "h3"),
                bullets(
                    "<strong>axe-core:</strong> automatische Prüfung nach den Regeln der WCAG 2.0 "
                    "und 2.1 für die Stufen A und AA im Browser Chromium, auf ausgewählten Seiten "
                    "jeder Art in beiden Sprachen",
                    "<strong>Tastaturtests mit Playwright in Chromium:</strong> Sprunglink zum "
                    "Hauptinhalt, Hauptmenü, Sprachwechsel, sichtbarer Tastaturfokus und die "
                    "Markierungen der Karte",
                    "<strong>Tests ohne JavaScript</strong> (Listen, Filter, Karte mit Tabelle) "
                    "und auf einem 375 Pixel breiten Bildschirm (kein waagerechtes Scrollen)",
                    "<strong>Prüfungen des HTML-Aufbaus:</strong> genau eine Hauptüberschrift, "
                    "keine übersprungenen Überschriftenebenen, eindeutige IDs; ein Durchlauf über "
                    "alle internen Links findet fehlerhafte Verweise",
                    intro="Die Selbstbewertung stützt sich auf automatische Tests, die zur "
                    "Software der Website gehören:",
                ),
                paragraph(
                    "Automatische Tests finden nicht alle Barrieren. Eine Prüfung durch eine "
                    "unabhängige Prüfstelle hat noch nicht stattgefunden."
                ),
                heading("Feedback und Kontaktangaben"),
                paragraph(
                    "Ist Ihnen eine Barriere aufgefallen? Oder benötigen Sie einen Inhalt dieser "
                    "Website in einer zugänglichen Form? Dann wenden Sie sich an die Redaktion, "
                    "die Koordinierungs- und Transferstelle Modellprojekte Smart Cities (KTS):"
                ),
                bullets(
                    f"E-Mail: {MAILTO}",
                    f"Telefon: {KTS_PHONE}",
                    "Post: Koordinierungs- und Transferstelle Modellprojekte Smart Cities, "
                    "c/o DLR-Projektträger, Heinrich-Konen-Straße 1, 53227 Bonn",
                ),
                paragraph(
                    "Wir verpflichten uns, Ihnen innerhalb von zwei Wochen zu antworten. Weitere "
                    f'Ansprechpartner finden Sie auf der Seite <a href="{de["contact"]}">Kontakt</a>.'
                ),
                heading("Schlichtungsverfahren"),
                paragraph(
                    "Erhalten Sie auf Ihre Rückmeldung keine oder keine zufriedenstellende "
                    "Antwort, können Sie sich an die Schlichtungsstelle nach § 16 BGG wenden. "
                    "Die Schlichtungsstelle nach dem Behindertengleichstellungsgesetz ist bei dem "
                    "Beauftragten der Bundesregierung für die Belange von Menschen mit "
                    "Behinderungen eingerichtet. Sie hilft, Streit zwischen Menschen mit "
                    "Behinderungen und öffentlichen Stellen des Bundes ohne Gericht beizulegen. "
                    "Das Schlichtungsverfahren ist kostenlos.",
                    "Mehr dazu auf der Website der Schlichtungsstelle: "
                    f'<a href="{SCHLICHTUNGSSTELLE_URL}">www.schlichtungsstelle-bgg.de</a>',
                ),
            ],
            "en": [
                heading("Scope and legal basis"),
                paragraph(
                    "This statement applies to the website “Smart City Dialogue” with all its "
                    "pages and databases in German and English. It is published by the Federal "
                    "Ministry for Housing, Urban Development and Building (BMWSB).",
                    "As a federal public body, the publisher must make its website accessible "
                    "under section 12a of the German Disability Equality Act (BGG). The "
                    "requirements are set out in the Barrier-Free Information Technology "
                    "Ordinance (BITV 2.0), which refers to the European standard EN 301 549; that "
                    "standard includes the criteria of the Web Content Accessibility Guidelines "
                    "(WCAG) 2.1 at levels A and AA. The duty to publish this statement follows "
                    "from section 12b BGG.",
                ),
                heading("Compliance status"),
                paragraph(
                    "This website is <strong>partially compliant</strong> with section 12a BGG "
                    "and BITV 2.0. The content that does not yet meet the requirements is listed "
                    "in the next section.",
                    "The pages are built to work without JavaScript, to be fully usable with a "
                    "keyboard and to be readable on small screens without horizontal scrolling.",
                ),
                heading("Content that is not accessible"),
                bullets(
                    "<strong>Video in German Sign Language:</strong> under section 4 BITV 2.0 the "
                    "website must explain itself in German Sign Language (DGS). The video has not "
                    "been published yet. Until then, the "
                    f'<a href="{en["sign-language"]}">sign language</a> page offers a text '
                    "version.",
                    "<strong>Easy language:</strong> the explanations in "
                    f'<a href="{en["easy-language"]}">easy language</a> have not yet been '
                    "checked by people from the target group. All other pages are in everyday "
                    "language only.",
                    "<strong>PDF documents from other publishers:</strong> many publications come "
                    "from other bodies, such as the Federal Institute for Research on Building, "
                    "Urban Affairs and Spatial Development (BBSR) or the Deutsche Gesellschaft für "
                    "Internationale Zusammenarbeit (GIZ). Their PDF files may contain barriers; "
                    "the publisher of this website cannot change them. On request we help you to "
                    "obtain the content in an accessible form.",
                    "<strong>PDF profiles of the solutions:</strong> they are generated "
                    "automatically and are not accessible (tagged) PDF files. The same "
                    "information is on the page of each solution.",
                    "<strong>Maps:</strong> the maps of the model projects are of limited use "
                    "with screen readers and at high magnification; the background map has no "
                    "text alternative. The markers can be reached with the keyboard. The "
                    f'<a href="{en["map"]}">map page</a> also has a table of all projects shown, '
                    "with their funding round, category, federal state and coordinates; without "
                    "JavaScript only the table appears.",
                    "<strong>Missing English translations:</strong> where a database entry has "
                    "not yet been translated into English, the English pages show the German "
                    "text. It is not marked as German, so screen readers may read it out with "
                    "English pronunciation.",
                ),
                heading("Preparation of this statement"),
                dates(
                    ("Prepared on", STATEMENT_CREATED),
                    ("Last reviewed on", STATEMENT_REVIEWED),
                ),
                paragraph(
                    "This statement is based on a self-assessment by the operator of the "
                    "website. We review it at least once a year and after every major change to "
                    "the website."
                ),
                heading("Method", "h3"),
                bullets(
                    "<strong>axe-core:</strong> automated checks against the WCAG 2.0 and 2.1 "
                    "rules for levels A and AA in the Chromium browser, on selected pages of "
                    "every kind in both languages",
                    "<strong>Keyboard tests with Playwright in Chromium:</strong> skip link to "
                    "the main content, main menu, language switch, visible keyboard focus and "
                    "the map markers",
                    "<strong>Tests without JavaScript</strong> (lists, filters, map with table) "
                    "and on a screen 375 pixels wide (no horizontal scrolling)",
                    "<strong>Checks of the HTML structure:</strong> exactly one main heading, no "
                    "skipped heading levels, unique ids; a run over all internal links finds "
                    "broken links",
                    intro="The self-assessment relies on automated tests that are part of the "
                    "website's software:",
                ),
                paragraph(
                    "Automated tests do not find every barrier. The website has not yet been "
                    "tested by an independent testing body."
                ),
                heading("Feedback and contact information"),
                paragraph(
                    "Have you come across a barrier? Or do you need content of this website in an "
                    "accessible form? Please contact the editorial office, the Coordination and "
                    "Transfer Office Model Projects Smart Cities (KTS):"
                ),
                bullets(
                    f"E-mail: {MAILTO}",
                    f"Phone: {KTS_PHONE}",
                    "Post: Koordinierungs- und Transferstelle Modellprojekte Smart Cities, "
                    "c/o DLR-Projektträger, Heinrich-Konen-Straße 1, 53227 Bonn, Germany",
                ),
                paragraph(
                    "We undertake to answer you within two weeks. Further contacts are listed on "
                    f'the <a href="{en["contact"]}">contact</a> page.'
                ),
                heading("Enforcement procedure"),
                paragraph(
                    "If you receive no answer or no satisfactory answer to your feedback, you can "
                    "turn to the conciliation body under section 16 BGG. The conciliation body "
                    "under the Disability Equality Act (Schlichtungsstelle nach dem "
                    "Behindertengleichstellungsgesetz) is based at the Federal Government "
                    "Commissioner for Matters relating to Persons with Disabilities. It helps to "
                    "settle disputes between people with disabilities and federal public bodies "
                    "out of court. The conciliation procedure is free of charge.",
                    "More on the conciliation body's website: "
                    f'<a href="{SCHLICHTUNGSSTELLE_URL}">www.schlichtungsstelle-bgg.de</a>',
                ),
            ],
        },
    }


def easy_language_page():
    return {
        "key": "easy-language",
        "type": "StandardPage",
        "parent": "home",
        "show_in_footer": True,
        "slug": {"de": "leichte-sprache", "en": "easy-language"},
        "title": {"de": "Leichte Sprache", "en": "Easy language"},
        "intro": {
            "de": "Hier erklären wir diese Website in Leichter Sprache.",
            "en": "Here we explain this website in easy language.",
        },
        "body": {
            "de": [
                heading("Was ist diese Website?"),
                paragraph(
                    "Diese Website heißt: Smart City Dialog.",
                    "Smart City ist Englisch. Man spricht es so: Smart Sitti. "
                    "Smart City bedeutet: kluge Stadt.",
                    "Eine kluge Stadt nutzt Computer und das Internet. "
                    "Damit soll das Leben in der Stadt besser werden.",
                ),
                bullets(
                    "Sie sehen im Internet: Wann kommt der nächste Bus?",
                    "Sie stellen einen Antrag von zu Hause aus.",
                    intro="Zum Beispiel:",
                ),
                paragraph(
                    "Dialog bedeutet: Menschen sprechen miteinander.",
                    "Auf dieser Website zeigen Städte und Gemeinden ihre Ideen. "
                    "So lernen sie voneinander.",
                ),
                heading("Wer macht diese Website?"),
                paragraph(
                    "Die Website gehört zu einem Ministerium. "
                    "Ein Ministerium ist ein Teil von der Regierung.",
                    "Das Ministerium heißt: "
                    "Bundes-Ministerium für Wohnen, Stadt-Entwicklung und Bau-Wesen.",
                    "Das Ministerium gibt Geld für neue Ideen in Städten und Gemeinden.",
                    "Das Ministerium hat dafür eine Stelle eingerichtet. "
                    "Die Stelle heißt: Koordinierungs- und Transfer-Stelle. "
                    "Diese Stelle kümmert sich um die Texte auf dieser Website.",
                ),
                heading("Was finden Sie hier?"),
                bullets(
                    "<strong>Modell-Projekte:</strong> "
                    "73 Städte, Gemeinden und Regionen probieren neue Ideen aus. "
                    "Das Ministerium gibt ihnen dafür Geld. "
                    "Diese Versuche heißen: Modell-Projekte. "
                    "Andere Städte können davon lernen. "
                    + _link("de", "model-projects", "Hier geht es zu den Modell-Projekten."),
                    "<strong>Maßnahmen:</strong> "
                    "Maßnahme bedeutet: Eine Stadt tut etwas Bestimmtes. "
                    "Zum Beispiel: Eine Stadt macht ein Programm für das Handy. "
                    "Oder eine Stadt misst mit Geräten, wie sauber die Luft ist. "
                    + _link("de", "measures", "Hier geht es zu den Maßnahmen."),
                    "<strong>Karte:</strong> "
                    "Auf der Karte sehen Sie: Wo sind die Modell-Projekte? "
                    "Unter der Karte ist eine Tabelle. "
                    "Eine Tabelle ist eine Liste mit Spalten. "
                    "In der Tabelle stehen alle Modell-Projekte. "
                    + _link("de", "map", "Hier geht es zur Karte."),
                    "<strong>Lösungen:</strong> "
                    "Hier steht: Wie hat eine Stadt eine Aufgabe gelöst? "
                    "Andere Städte können das nachmachen. "
                    + _link("de", "solutions", "Hier geht es zu den Lösungen."),
                    "<strong>Publikationen:</strong> "
                    "Publikationen sind Texte zum Herunterladen. "
                    "Zum Beispiel: Berichte über die Modell-Projekte. "
                    + _link("de", "publications", "Hier geht es zu den Publikationen."),
                    "<strong>Neuigkeiten und Termine:</strong> "
                    "Hier steht: Was ist neu? Wann gibt es Treffen? "
                    + _link("de", "news", "Hier geht es zu den Neuigkeiten.")
                    + " "
                    + _link("de", "events", "Hier geht es zu den Terminen."),
                    intro="Auf dieser Website gibt es diese Bereiche:",
                ),
                heading("So benutzen Sie das Menü"),
                paragraph(
                    "Ein Menü ist eine Liste mit Links. "
                    "Ein Link bringt Sie zu einer anderen Seite.",
                    "Das Menü steht oben auf jeder Seite. "
                    "Dort stehen die wichtigen Bereiche. "
                    "Zum Beispiel: Modell-Projekte, Maßnahmen und Kontakt.",
                    "Ganz unten auf jeder Seite stehen noch mehr Links. "
                    "Zum Beispiel der Link zu dieser Seite.",
                    "Sie benutzen keine Maus? "
                    "Dann drücken Sie die Tab-Taste. "
                    "So springen Sie von Link zu Link. "
                    "Mit der Enter-Taste öffnen Sie einen Link.",
                    "Der erste Link heißt: Zum Hauptinhalt springen. "
                    "Damit kommen Sie gleich zum Text von der Seite.",
                ),
                heading("So suchen Sie etwas"),
                paragraph(
                    "Oben auf jeder Seite ist ein Such-Feld. "
                    "Über dem Feld steht: Website durchsuchen.",
                    "Schreiben Sie ein Wort in das Feld. "
                    "Zum Beispiel: Bus. "
                    "Dann drücken Sie auf den Knopf: Suchen. "
                    "Jetzt sehen Sie alle Seiten mit diesem Wort.",
                    "In den Bereichen gibt es auch Filter. "
                    "Ein Filter ist wie ein Sieb. "
                    "Er zeigt nur das, was Sie suchen.",
                    "Zum Beispiel: Sie wählen ein Bundes-Land aus. "
                    "Dann drücken Sie auf den Knopf: Filter anwenden. "
                    "Jetzt sehen Sie nur die Modell-Projekte aus diesem Bundes-Land.",
                ),
                heading("So wechseln Sie die Sprache"),
                paragraph(
                    "Diese Website gibt es in 2 Sprachen: Deutsch und Englisch.",
                    "Oben auf jeder Seite stehen die Wörter: Deutsch und English. "
                    "English ist das englische Wort für Englisch.",
                    "Drücken Sie auf English. Dann sehen Sie die Seite auf Englisch.",
                ),
                heading("Hier bekommen Sie Hilfe"),
                paragraph(
                    "Haben Sie eine Frage? "
                    "Oder klappt etwas auf der Website nicht? "
                    "Dann schreiben Sie uns eine E-Mail. "
                    f"Die E-Mail-Adresse ist: {MAILTO}",
                    f"Sie können uns auch anrufen. Die Telefon-Nummer ist: {KTS_PHONE_NATIONAL}",
                    "Noch mehr Adressen stehen auf der Seite Kontakt. "
                    + _link("de", "contact", "Hier geht es zur Seite Kontakt."),
                ),
                heading("Barrieren melden"),
                paragraph(
                    "Eine Barriere ist ein Hindernis. "
                    "Zum Beispiel: Sie können einen Text nicht lesen. "
                    "Oder ein Knopf funktioniert nicht mit der Tastatur.",
                    "Dann sagen Sie uns das bitte. "
                    f"Schreiben Sie eine E-Mail an: {MAILTO}. "
                    "Wir antworten Ihnen innerhalb von 2 Wochen.",
                    "Mehr dazu steht in der Erklärung zur Barriere-Freiheit. "
                    "Die Erklärung ist in schwerer Sprache. "
                    + _link("de", "accessibility", "Hier geht es zur Erklärung."),
                ),
                heading("Gebärden-Sprache"),
                paragraph(
                    "Gebärden-Sprache ist eine Sprache mit den Händen. "
                    "Viele gehörlose Menschen sprechen Gebärden-Sprache. "
                    "Gehörlose Menschen können nicht hören.",
                    "Diese Website hat eine Seite für Gebärden-Sprache. "
                    "Dort soll ein Video sein. "
                    "Das Video gibt es noch nicht. "
                    "Bis dahin steht auf der Seite ein Text.",
                    _link("de", "sign-language", "Hier geht es zur Seite Gebärden-Sprache."),
                ),
            ],
            "en": [
                heading("What is this website?"),
                paragraph(
                    "This website is called Smart City Dialogue.",
                    "A smart city uses computers and the internet. "
                    "This should make life in the city better.",
                ),
                bullets(
                    "You can see on the internet when the next bus comes.",
                    "You can apply for things from home.",
                    intro="For example:",
                ),
                paragraph(
                    "A dialogue is when people talk to each other.",
                    "On this website, towns and cities show their ideas. "
                    "That way they learn from each other.",
                ),
                heading("Who makes this website?"),
                paragraph(
                    "The website belongs to a ministry. A ministry is part of the government.",
                    "It is called: Federal Ministry for Housing, Urban Development and Building.",
                    "The ministry gives money for new ideas in towns and cities.",
                    "The ministry has set up an office for this. "
                    "It is called: Coordination and Transfer Office. "
                    "This office looks after the texts on this website.",
                ),
                heading("What you can find here"),
                bullets(
                    "<strong>Model projects:</strong> "
                    "73 towns, cities and regions try out new ideas. "
                    "The ministry gives them money for this. "
                    "These trials are called model projects. "
                    "Other towns can learn from them. "
                    + _link("en", "model-projects", "Go to the model projects."),
                    "<strong>Measures:</strong> "
                    "A measure is one thing that a town does. "
                    "For example, a town makes a program for mobile phones. "
                    "Or a town uses devices to measure how clean the air is. "
                    + _link("en", "measures", "Go to the measures."),
                    "<strong>Map:</strong> "
                    "The map shows where the model projects are. "
                    "Below the map there is a table. "
                    "A table is a list with columns. "
                    "The table lists all model projects. " + _link("en", "map", "Go to the map."),
                    "<strong>Solutions:</strong> "
                    "Here you can read how a town solved a problem. "
                    "Other towns can do the same. "
                    + _link("en", "solutions", "Go to the solutions."),
                    "<strong>Publications:</strong> "
                    "Publications are texts you can download. "
                    "For example, reports about the model projects. "
                    + _link("en", "publications", "Go to the publications."),
                    "<strong>News and events:</strong> "
                    "Here you can read what is new and when there are meetings. "
                    + _link("en", "news", "Go to the news.")
                    + " "
                    + _link("en", "events", "Go to the events."),
                    intro="This website has these parts:",
                ),
                heading("How to use the menu"),
                paragraph(
                    "A menu is a list of links. A link takes you to another page.",
                    "The menu is at the top of every page. "
                    "It lists the most important parts of the website. "
                    "For example: Model projects, Measures and Contact.",
                    "At the very bottom of every page there are more links. "
                    "For example, the link to this page.",
                    "You do not use a mouse? "
                    "Then press the Tab key. "
                    "This takes you from link to link. "
                    "The Enter key opens a link.",
                    "The first link is called: Skip to main content. "
                    "It takes you straight to the text of the page.",
                ),
                heading("How to search"),
                paragraph(
                    "There is a search box at the top of every page. "
                    "Above the box it says: Search the site.",
                    "Type a word into the box. For example: bus. "
                    "Then press the button: Search. "
                    "Now you see all pages with this word.",
                    "The parts of the website also have filters. "
                    "A filter is like a sieve. "
                    "It only shows what you are looking for.",
                    "For example, you choose a federal state. "
                    "Then press the button: Apply filters. "
                    "Now you only see the model projects in this federal state.",
                ),
                heading("How to change the language"),
                paragraph(
                    "This website is in 2 languages: German and English.",
                    "At the top of every page you see the words: Deutsch and English. "
                    "Deutsch is the German word for German.",
                    "Press Deutsch. Then you see the page in German.",
                ),
                heading("How to get help"),
                paragraph(
                    "Do you have a question? "
                    "Or does something on the website not work? "
                    "Then write us an e-mail. "
                    f"The e-mail address is: {MAILTO}",
                    f"You can also call us. The phone number is: {KTS_PHONE}",
                    "There are more addresses on the contact page. "
                    + _link("en", "contact", "Go to the contact page."),
                ),
                heading("Tell us about barriers"),
                paragraph(
                    "A barrier is something that stops you from using the website. "
                    "For example, you cannot read a text. "
                    "Or a button does not work with the keyboard.",
                    "Then please tell us. "
                    f"Write an e-mail to: {MAILTO}. "
                    "We will answer you within 2 weeks.",
                    "You can find more in the accessibility statement. "
                    "The statement is in everyday language. "
                    + _link("en", "accessibility", "Go to the statement."),
                ),
                heading("Sign language"),
                paragraph(
                    "Sign language is a language you speak with your hands. "
                    "Many deaf people use sign language. "
                    "Deaf people cannot hear.",
                    "This website has a page for German Sign Language. "
                    "There will be a video on it. "
                    "The video is not there yet. "
                    "Until then, the page has a text.",
                    _link("en", "sign-language", "Go to the sign language page."),
                ),
            ],
        },
    }

"""The licence of the portal's open data and the attribution it asks for: read by the API,
the downloads, the DCAT catalogue and the feeds."""

LICENCE_URI = "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
LICENCE_ID = "dl-de/by-2-0"
LICENCE_NAME = "Datenlizenz Deutschland – Namensnennung – Version 2.0"
LICENCE_URL = "https://www.govdata.de/dl-de/by-2-0"
LICENCE = {"id": LICENCE_ID, "name": LICENCE_NAME, "url": LICENCE_URL}
ATTRIBUTION = "Smart City Dialog, Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen"

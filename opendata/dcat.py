"""The DCAT-AP.de catalogue of the portal's open data, for harvesting by GovData.

One ``dcat:Catalog`` with a ``dcat:Dataset`` per dataset of the open data page, each
with its downloads as ``dcat:Distribution`` (CSV, JSON, GeoJSON) plus the JSON API, which
is also described as a ``dcat:DataService``. Titles and descriptions are given in German
and English; addresses point to the language of the URL the catalogue was fetched from.
Served as RDF/XML (``dcat.rdf``), Turtle (``dcat.ttl``) and JSON-LD (``dcat.jsonld``).

GovData identifies the supplying body by ``dcatde:contributorID``; set
``DCATDE_CONTRIBUTOR_ID`` in the settings to the URI GovData assigns.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import translation
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD

from core.licence import ATTRIBUTION, LICENCE_URI

from .datasets import available_datasets

DCATDE = Namespace("http://dcat-ap.de/def/dcatde/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
ADMS = Namespace("http://www.w3.org/ns/adms#")
EU_FILE_TYPE = Namespace("http://publications.europa.eu/resource/authority/file-type/")
EU_LANGUAGE = Namespace("http://publications.europa.eu/resource/authority/language/")
EU_THEME = Namespace("http://publications.europa.eu/resource/authority/data-theme/")
EU_ACCESS = Namespace("http://publications.europa.eu/resource/authority/access-right/")
EU_COUNTRY = Namespace("http://publications.europa.eu/resource/authority/country/")
IANA = "https://www.iana.org/assignments/media-types/"

DEFAULT_CONTRIBUTOR_ID = (
    "http://dcat-ap.de/def/contributors/bundesministeriumFuerWohnenStadtentwicklungUndBauwesen"
)
PUBLISHER_NAME = {
    "de": "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB)",
    "en": "Federal Ministry for Housing, Urban Development and Building (BMWSB)",
}
CATALOGUE_TITLE = {
    "de": "Smart City Dialog – offene Daten",
    "en": "Smart City Dialogue – open data",
}
CATALOGUE_DESCRIPTION = {
    "de": "Offene Daten des Smart City Dialogs: Modellprojekte Smart Cities, ihre "
    "Maßnahmen und Lösungen sowie Publikationen.",
    "en": "Open data of the Smart City Dialogue: the Model Projects Smart Cities, their "
    "measures and solutions, and publications.",
}
FILE_TYPES = {"csv": "CSV", "json": "JSON", "geojson": "GEOJSON"}
FORMATS = {
    "rdf": ("xml", "application/rdf+xml; charset=utf-8"),
    "ttl": ("turtle", "text/turtle; charset=utf-8"),
    "jsonld": ("json-ld", "application/ld+json; charset=utf-8"),
}
LANGUAGES = ("de", "en")


def _text(value, language):
    with translation.override(language):
        return str(value)


def _date(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        value = value.date()
    return Literal(value.isoformat(), datatype=XSD.date)


def build_graph(request) -> Graph:
    absolute = request.build_absolute_uri
    contributor = URIRef(getattr(settings, "DCATDE_CONTRIBUTOR_ID", DEFAULT_CONTRIBUTOR_ID))
    email = getattr(settings, "KTS_CONTACT_EMAIL", "")

    g = Graph()
    for prefix, namespace in (
        ("dcat", DCAT),
        ("dct", DCTERMS),
        ("dcatde", DCATDE),
        ("foaf", FOAF),
        ("vcard", VCARD),
        ("adms", ADMS),
    ):
        g.bind(prefix, namespace)

    catalogue = URIRef(absolute(reverse("opendata:index")) + "#catalog")
    publisher = URIRef(absolute("/") + "#publisher")
    g.add((publisher, RDF.type, FOAF.Organization))
    for code in LANGUAGES:
        g.add((publisher, FOAF.name, Literal(PUBLISHER_NAME[code], lang=code)))
    g.add((publisher, FOAF.homepage, URIRef("https://www.bmwsb.bund.de/")))

    contact = BNode("contact")
    g.add((contact, RDF.type, VCARD.Organization))
    g.add((contact, VCARD.fn, Literal(ATTRIBUTION)))
    if email:
        g.add((contact, VCARD.hasEmail, URIRef(f"mailto:{email}")))

    g.add((catalogue, RDF.type, DCAT.Catalog))
    for code in LANGUAGES:
        g.add((catalogue, DCTERMS.title, Literal(CATALOGUE_TITLE[code], lang=code)))
        g.add((catalogue, DCTERMS.description, Literal(CATALOGUE_DESCRIPTION[code], lang=code)))
        g.add((catalogue, DCTERMS.language, EU_LANGUAGE[{"de": "DEU", "en": "ENG"}[code]]))
    g.add((catalogue, DCTERMS.publisher, publisher))
    g.add((catalogue, FOAF.homepage, URIRef(absolute(reverse("opendata:index")))))
    g.add((catalogue, DCTERMS.license, URIRef(LICENCE_URI)))

    service = URIRef(absolute(reverse("opendata_api:index")))
    g.add((service, RDF.type, DCAT.DataService))
    g.add((service, DCTERMS.title, Literal("Smart City Dialog – Open Data API", lang="de")))
    g.add((service, DCTERMS.title, Literal("Smart City Dialogue – open data API", lang="en")))
    g.add((service, DCAT.endpointURL, service))
    g.add((service, DCAT.endpointDescription, URIRef(absolute(reverse("opendata_api:schema")))))
    g.add((service, DCTERMS.license, URIRef(LICENCE_URI)))
    g.add((service, DCTERMS.publisher, publisher))
    g.add((catalogue, DCAT.service, service))

    newest = None
    for dataset in available_datasets():
        node = URIRef(absolute(reverse("opendata:index")) + "#" + dataset.key)
        modified = dataset.last_modified()
        if modified and (newest is None or modified > newest):
            newest = modified
        landing = URIRef(absolute(dataset.landing_url()))
        g.add((catalogue, DCAT.dataset, node))
        g.add((service, DCAT.servesDataset, node))
        g.add((node, RDF.type, DCAT.Dataset))
        g.add((node, DCTERMS.identifier, Literal(absolute(dataset.landing_url()))))
        for code in LANGUAGES:
            g.add((node, DCTERMS.title, Literal(_text(dataset.title, code), lang=code)))
            g.add((node, DCTERMS.description, Literal(_text(dataset.description, code), lang=code)))
            g.add((node, DCTERMS.language, EU_LANGUAGE[{"de": "DEU", "en": "ENG"}[code]]))
        for keyword in dataset.keywords:
            g.add((node, DCAT.keyword, Literal(keyword, lang="de")))
        g.add((node, DCAT.theme, EU_THEME[dataset.theme]))
        g.add((node, DCTERMS.publisher, publisher))
        g.add((node, DCATDE.contributorID, contributor))
        g.add((node, DCATDE.maintainer, publisher))
        g.add((node, DCAT.contactPoint, contact))
        g.add((node, DCAT.landingPage, landing))
        g.add((node, DCTERMS.accessRights, EU_ACCESS.PUBLIC))
        g.add((node, DCTERMS.spatial, EU_COUNTRY.DEU))
        g.add(
            (
                node,
                DCATDE.politicalGeocodingLevelURI,
                URIRef("http://dcat-ap.de/def/politicalGeocoding/Level/federal"),
            )
        )
        g.add((node, DCTERMS.accrualPeriodicity, URIRef(
            "http://publications.europa.eu/resource/authority/frequency/IRREG"
        )))  # fmt: skip
        if modified:
            g.add((node, DCTERMS.modified, _date(modified)))
        for distribution in dataset.distributions:
            url = URIRef(absolute(distribution.url()))
            dist = URIRef(f"{node}-{distribution.fmt}")
            g.add((node, DCAT.distribution, dist))
            g.add((dist, RDF.type, DCAT.Distribution))
            for code in LANGUAGES:
                g.add(
                    (
                        dist,
                        DCTERMS.title,
                        Literal(f"{_text(dataset.title, code)} ({distribution.label})", lang=code),
                    )
                )
            g.add((dist, DCAT.accessURL, url))
            g.add((dist, DCAT.downloadURL, url))
            g.add((dist, DCTERMS.format, EU_FILE_TYPE[FILE_TYPES[distribution.fmt]]))
            g.add((dist, DCAT.mediaType, URIRef(IANA + distribution.media_type)))
            g.add((dist, DCTERMS.license, URIRef(LICENCE_URI)))
            g.add((dist, DCATDE.licenseAttributionByText, Literal(ATTRIBUTION)))
            if modified:
                g.add((dist, DCTERMS.modified, _date(modified)))
        api = URIRef(f"{node}-api")
        g.add((node, DCAT.distribution, api))
        g.add((api, RDF.type, DCAT.Distribution))
        g.add((api, DCTERMS.title, Literal(f"{_text(dataset.title, 'de')} (API)", lang="de")))
        g.add((api, DCTERMS.title, Literal(f"{_text(dataset.title, 'en')} (API)", lang="en")))
        g.add((api, DCAT.accessURL, URIRef(absolute(dataset.api_url()))))
        g.add((api, DCAT.accessService, service))
        g.add((api, DCTERMS.format, EU_FILE_TYPE.JSON))
        g.add((api, DCAT.mediaType, URIRef(IANA + "application/json")))
        g.add((api, DCTERMS.license, URIRef(LICENCE_URI)))
        g.add((api, DCATDE.licenseAttributionByText, Literal(ATTRIBUTION)))
    if newest:
        g.add((catalogue, DCTERMS.modified, _date(newest)))
    return g


def catalogue(request, fmt):
    if fmt not in FORMATS:
        raise Http404
    rdf_format, content_type = FORMATS[fmt]
    graph = build_graph(request)
    body = graph.serialize(format=rdf_format, encoding="utf-8")
    response = HttpResponse(body, content_type=content_type)
    response["Access-Control-Allow-Origin"] = "*"
    return response

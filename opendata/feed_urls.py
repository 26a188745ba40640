"""Atom feeds, mounted at ``/de/feeds/`` and ``/en/feeds/``: every feed the databases
declare (``core.databases.FeedRoute``), in the databases' order."""

from django.urls import path

from core.databases import databases

app_name = "feeds"

urlpatterns = [
    path(feed.path, feed.view, name=feed.name)
    for database in databases()
    for feed in database.feeds
]

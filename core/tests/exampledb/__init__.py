"""A sixth database for the tests: the worked example of docs/filterable-lists.md
("Adding a sixth database"), followed file by file.

The living labs here are invented; the checks create their records themselves. The app
is installed only by ``smartcity.settings.test_exampledb``, which
``core/tests/test_sixth_database.py`` uses for a pytest run of its own
(``checks_exampledb.py``), so the other tests see the five real databases.
"""

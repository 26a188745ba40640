"""The shared filterable-list mechanism of the portal's databases.

Every list (measures, solutions, publications, …) declares a ``FacetedFilterSet`` with
``FacetFilter`` and ``FullTextFilter`` filters and subclasses ``FilterableListView``;
the templates in ``core/templates/core/filtering/`` render it. See
docs/filterable-lists.md.
"""

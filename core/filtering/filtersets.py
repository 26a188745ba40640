"""The FilterSet base class of every filterable list, and disjunctive facet counts."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from math import prod

import django_filters
from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Count, F
from django.db.models.expressions import RawSQL
from django.utils.text import slugify

from .filters import FacetFilter, Option, SearchFilter

# Facets counted together in one GROUP BY may give at most this many groups.
COMBINED_GROUP_LIMIT = 20_000
# A facet with more options than FACET_LONG shows its ticked options and then as many
# others as make FACET_SHOWN; the rest sit behind "show more".
FACET_LONG = 6
FACET_SHOWN = 5


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    html_id: str

    @property
    def disabled(self):
        """Options without results cannot be ticked, unless ticked already."""
        return self.count == 0 and not self.selected


@dataclass
class Facet:
    name: str
    label: str
    options: list[FacetOption] = field(default_factory=list)

    @property
    def selected(self):
        return [option for option in self.options if option.selected]

    @property
    def is_active(self):
        return any(option.selected for option in self.options)

    @property
    def start_open(self):
        """Short option lists and facets in use are shown expanded."""
        return self.is_active or len(self.options) <= FACET_LONG

    def _split(self):
        if len(self.options) <= FACET_LONG:
            return self.options, []
        ticked = [option for option in self.options if option.selected]
        others = [option for option in self.options if not option.selected]
        room = max(FACET_SHOWN - len(ticked), 0)
        return ticked + others[:room], others[room:]

    @property
    def option_groups(self):
        """The options always shown (all of a short facet, in their order; of a long one
        the ticked options first, then others up to ``FACET_SHOWN``), then, if any, the
        rest behind "show more" (never a ticked option); ``more`` tells them apart, so the
        template writes the option markup once for both."""
        shown, more = self._split()
        groups = [OptionGroup(shown, more=False)]
        if more:
            groups.append(OptionGroup(more, more=True))
        return groups


@dataclass
class OptionGroup:
    options: list[FacetOption]
    more: bool


class FacetedFilterSet(django_filters.FilterSet):
    """A FilterSet whose ``FacetFilter`` filters are facets with disjunctive counts.

    Within a facet the ticked values are alternatives (OR); facets and the full-text
    filter narrow each other down (AND). The count shown next to an option is the number
    of results the list would have if that option were ticked too: the query of every
    other filter, grouped by the facet's values.
    """

    # The facet and search filters never duplicate rows (many-valued paths are filtered
    # with a sub-query), so a plain COUNT is exact and much cheaper than COUNT(DISTINCT).
    # Set to True if a FilterSet adds filters that join many-valued relations directly.
    count_distinct = False

    # The orders of the list (``core.filtering.state.SortOption`` by key): the HTML list,
    # its exports, its feed and the API read them here. ``default_sort`` is the key used
    # when none is chosen, ``search_sort`` the one with a search text (None: the default).
    sort_options: dict = {}
    default_sort: str | None = None
    search_sort: str | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for facet in self.facet_filters.values():
            facet.load_options()

    @property
    def facet_filters(self) -> dict[str, FacetFilter]:
        return {name: f for name, f in self.filters.items() if isinstance(f, FacetFilter)}

    @property
    def search_name(self) -> str | None:
        """The parameter of the list's search filter (``q``), or None without one."""
        for name, filter_ in self.filters.items():
            if isinstance(filter_, SearchFilter):
                return name
        return None

    @property
    def search_filter(self) -> SearchFilter | None:
        name = self.search_name
        return self.filters[name] if name else None

    def value(self, name):
        """The cleaned value of one filter (after validation), or None."""
        self.form.is_valid()
        return self.form.cleaned_data.get(name)

    @property
    def search_text(self) -> str:
        name = self.search_name
        return (self.value(name) or "") if name else ""

    def filter_queryset(self, queryset, exclude=()):
        for name, value in self.form.cleaned_data.items():
            if name not in exclude:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def queryset_without(self, name):
        """The results as if filter ``name`` were not set (for its disjunctive counts)."""
        self.form.is_valid()
        return self.filter_queryset(self.queryset.all(), exclude={name})

    def facets(self) -> list[Facet]:
        """Every facet with its options, counts and selection; a fixed number of queries."""
        self.form.is_valid()
        counts = self.facet_counts()
        facets = []
        for name, facet_filter in self.facet_filters.items():
            selected = set(self.value(name) or ())
            facet_counts = counts[name]
            facets.append(
                Facet(
                    name=name,
                    label=str(facet_filter.label),
                    options=[
                        FacetOption(
                            value=option.value,
                            label=option.label,
                            count=facet_counts.get(option.pk, 0),
                            selected=option.value in selected,
                            html_id=f"filter-{name}-{slugify(option.value) or index}",
                        )
                        for index, option in enumerate(facet_filter.load_options())
                    ],
                )
            )
        return facets

    def facet_counts(self) -> dict[str, dict]:
        """{facet name: {option pk: count}}; see :meth:`counted`."""
        return self.counted()["facets"]

    def result_count(self) -> int | None:
        """The number of results, when the facet counts already gave it (else None)."""
        return self.counted()["total"]

    def counted(self) -> dict:
        """The facet counts and, where they give it, the result count; from the cache
        when the same filters were counted before in this content generation
        (``FACET_COUNT_CACHE_SECONDS``), and once per FilterSet."""
        if getattr(self, "_counted", None) is not None:
            return self._counted
        seconds = getattr(settings, "FACET_COUNT_CACHE_SECONDS", 0)
        if not seconds:
            self._counted = self.count_facets()
            return self._counted
        key = self.facet_count_key()
        cache = caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]
        counted = cache.get(key)
        if counted is None:
            counted = self.count_facets()
            cache.set(key, counted, seconds)
        self._counted = counted
        return counted

    def facet_count_key(self) -> str:
        """The counts depend on the base queryset, the cleaned filter values and the
        content; the content generation changes with every save, publish or delete."""
        from core.pagecache import current_generation

        self.form.is_valid()
        sql, params = self.queryset.query.sql_with_params()
        state = sorted(
            (name, value if isinstance(value, str) else repr(value))
            for name, value in self.form.cleaned_data.items()
            if value not in (None, "", [], ())
        )
        digest = hashlib.sha256(repr((sql, params, state)).encode()).hexdigest()[:32]
        kind = f"{type(self).__module__}.{type(self).__qualname__}"
        return f"facets:{kind}:{current_generation()}:{digest}"

    def count_facets(self) -> dict:
        """``{"facets": {facet name: {option pk: count}}, "total": result count}``,
        counted in the database.

        The single-valued facets, ticked or not, are counted together in one query: the
        results of every *other* filter (search text, many-valued facets), grouped by the
        combination of their values. Each row falls into exactly one group, so every
        single-valued facet's disjunctive counts (the groups that satisfy the ticks of
        the other single-valued facets) and the result count (the groups that satisfy all
        ticks) follow from those few hundred groups without another query. Each
        many-valued facet, and a single-valued one left out because the groups would be
        too many, gets a query of its own (the grouped query applies the left-out one's
        ticks itself). The result count is None only for a FilterSet without
        single-valued facets; the paginator then counts.

        With a search text, the facets counted over the results share one statement
        with the grouped query (:meth:`_count_together`), so the words are matched once
        for all of them instead of once per query.
        """
        filters = self.facet_filters
        counts = {name: {} for name in filters}
        total = None
        combined = self._combinable([name for name, f in filters.items() if not f.many])
        paths = {name: filters[name].field_name for name in combined}
        ticked = {
            name: set(filters[name].pks_for(self.value(name)))
            for name in combined
            if self.value(name)
        }
        # The other facets: counted over the results when unticked, else over the
        # results of every filter but their own.
        over_results = [n for n in filters if n not in combined and not self.value(n)]
        own = [n for n in filters if n not in combined and self.value(n)]
        if self.search_text and over_results:
            rows, shared = self._count_together(paths, ticked, over_results)
            counts.update(shared)
        else:
            rows = []
            if combined:
                base = self.filter_queryset(self.queryset.all(), exclude=set(combined))
                rows = list(base.values(*paths.values()).annotate(n=self._count()).order_by())
            for name in over_results:
                counts[name] = self._rows_to_counts(self._option_counts(filters[name], self.qs))

        if combined:
            # A group counts for a facet when it satisfies the ticks of every other
            # facet: all of them (it counts for every facet and the result count), or
            # all but that facet's own (it counts for that facet alone).
            totals = {name: defaultdict(int) for name in paths}
            total = 0
            for row in rows:
                unmet = [name for name, pks in ticked.items() if row[paths[name]] not in pks]
                if len(unmet) > 1:
                    continue
                n = row["n"]
                if not unmet:
                    total += n
                for name in unmet or paths:
                    value = row[paths[name]]
                    if value is not None:
                        totals[name][value] += n
            counts.update((name, dict(found)) for name, found in totals.items())
        for name in own:
            base = self.queryset_without(name)
            counts[name] = self._rows_to_counts(self._option_counts(filters[name], base))
        return {"facets": counts, "total": total}

    def _option_counts(self, facet_filter, base=None, ids=None):
        """Query of ``(option, n)`` rows: the number of rows of ``base`` (or of the rows
        whose ids ``ids`` gives) with each option. A direct many-to-many facet is counted
        on its link table for the rows' ids (a third less time for a broad search at
        100,000 measures than joining the rows to the link table); each link is one row
        with one option, so the count is exact."""
        model = self.queryset.model
        if ids is None:
            ids = base.values("pk")
        link = facet_filter.link_table(model)
        if link is not None:
            through, row_field, option_field = link
            rows = through._base_manager.filter(**{f"{row_field}__in": ids})
            return (
                rows.annotate(option=F(option_field))
                .values("option")
                .annotate(n=Count("pk"))
                .order_by()
            )
        if base is None:
            base = model._base_manager.filter(pk__in=ids)
        # Annotated, then selected by name (see _count_together).
        rows = base.annotate(option=F(facet_filter.field_name)).values("option")
        return rows.annotate(n=self._count()).order_by()

    @staticmethod
    def _rows_to_counts(rows) -> dict:
        return {row["option"]: row["n"] for row in rows if row["option"] is not None}

    def _count_together(self, paths, ticked, over_results):
        """The grouped rows of the single-valued facets and the counts of the facets in
        ``over_results``, in one statement.

        The rows of every filter but the single-valued facets' (``facet_base``: each
        row's id and its values of those facets) and the results among them
        (``facet_results``: the ones that satisfy the ticks) are common table
        expressions, materialized once; the grouped counts read the first, each other
        facet's counts the second, joined by ``UNION ALL`` (each row tagged with its
        query's number, the columns padded to one width). A broad search word at 100,000
        measures was matched three times before, by the grouped query and by each
        many-valued facet's.
        """
        connection = connections[self.queryset.db]
        name = connection.ops.quote_name
        columns = [f"facet_{index}" for index in range(len(paths))]
        base = self.filter_queryset(self.queryset.all(), exclude=set(paths))
        expressions = {"facet_row": F("pk")}
        expressions.update(
            (column, F(path)) for column, path in zip(columns, paths.values(), strict=True)
        )
        # Annotated, then selected by name: values() with expressions alone selects every
        # field under modeltranslation.
        base = base.annotate(**expressions).values(*expressions).order_by()
        try:
            base_sql, base_params = base.query.get_compiler(connection=connection).as_sql()
        except EmptyResultSet:  # a filter that can match nothing (a search without words)
            return [], {facet: {} for facet in over_results}

        conditions, results_params = [], []
        for facet, pks in ticked.items():
            column = name(columns[list(paths).index(facet)])
            if pks:
                conditions.append(f"{column} IN ({', '.join(['%s'] * len(pks))})")
                results_params.extend(sorted(pks, key=repr))
            else:
                conditions.append("1 = 0")
        # One row per result (the base has one per row unless count_distinct says a
        # filter may repeat rows): the link counts below join to it.
        distinct = "DISTINCT " if self.count_distinct else ""
        results_sql = f"SELECT {distinct}{name('facet_row')} FROM {name('facet_base')}"
        if conditions:
            results_sql += " WHERE " + " AND ".join(conditions)

        # Every query's values have columns of their own (the grouped facets', then one
        # per other facet), NULL in the other queries' rows: the facets' values may differ
        # in type (ids, years, booleans, text), and a column of a UNION has one. The NULLs
        # carry their column's type: PostgreSQL takes bare NULLs in the first queries for
        # text and then refuses the ids of a later one.
        types = [
            base.query.annotations[column].output_field.db_type(connection) for column in columns
        ]
        sources, branch_params = [], []
        ids = RawSQL(f"SELECT {name('facet_row')} FROM {name('facet_results')}", ())
        for number, facet in enumerate(over_results, start=1):
            facet_filter = self.facet_filters[facet]
            link = facet_filter.link_table(self.queryset.model)
            if link is not None:
                # Joined to the results rather than ``IN (…)``: the planner cannot know
                # how many rows a common table expression holds and guesses 200, which
                # makes it look each result's links up one by one (80 ms for the 31,797
                # measures of "Sensorik" at 100,000); joined, it hashes the results.
                through, row_field, option_field = link
                table = name(through._meta.db_table)
                row_column = name(through._meta.get_field(row_field).column)
                option_column = name(through._meta.get_field(option_field).column)
                sql = (
                    f"SELECT {table}.{option_column} AS {name('option')}, COUNT(*) AS {name('n')} "
                    f"FROM {table} INNER JOIN {name('facet_results')} "
                    f"ON {table}.{row_column} = {name('facet_results')}.{name('facet_row')} "
                    f"GROUP BY {table}.{option_column}"
                )
                params = ()
                types.append(through._meta.get_field(option_field).db_type(connection))
            else:
                query = self._option_counts(facet_filter, ids=ids)
                sql, params = query.query.get_compiler(connection=connection).as_sql()
                types.append(query.query.annotations["option"].output_field.db_type(connection))
            sources.append(f"FROM ({sql}) {name(f'facet_counts_{number}')}")
            branch_params.extend(params)

        def values(own: dict) -> str:
            return ", ".join(
                own.get(index) or (f"CAST(NULL AS {kind})" if kind else "NULL")
                for index, kind in enumerate(types)
            )

        branches = []
        if columns:
            counted = f"COUNT({'DISTINCT ' if self.count_distinct else ''}{name('facet_row')})"
            grouped = {index: name(column) for index, column in enumerate(columns)}
            branches.append(
                f"SELECT 0, {values(grouped)}, {counted} AS {name('n')} "
                f"FROM {name('facet_base')} GROUP BY {', '.join(grouped.values())}"
            )
        for number, source in enumerate(sources, start=1):
            own = {len(columns) + number - 1: name("option")}
            branches.append(f"SELECT {number}, {values(own)}, {name('n')} {source}")
        statement = (
            f"WITH {name('facet_base')} AS MATERIALIZED ({base_sql}), "
            f"{name('facet_results')} AS MATERIALIZED ({results_sql}) "
            + " UNION ALL ".join(branches)
        )
        with connection.cursor() as cursor:
            cursor.execute(statement, [*base_params, *results_params, *branch_params])
            fetched = cursor.fetchall()
        rows, shared = [], {facet: {} for facet in over_results}
        for number, *values_read, n in fetched:
            if any(type(value) is Decimal for value in values_read):
                values_read = [_plain(value) for value in values_read]
            if number == 0:
                grouped_values = values_read[: len(columns)]
                rows.append({**dict(zip(paths.values(), grouped_values, strict=True)), "n": n})
            else:
                option = values_read[len(columns) + number - 1]
                if option is not None:
                    shared[over_results[number - 1]][option] = n
        return rows, shared

    def _count(self):
        return Count("pk", distinct=True) if self.count_distinct else Count("pk")

    def _combinable(self, names):
        """Drop facets (largest first) until the worst-case number of groups is small.

        A facet whose path continues another facet's path (``model_project__state``
        after ``model_project``) adds no groups: its value follows from the other one.
        """
        filters = self.facet_filters
        names = list(names)

        def group_bound(selection):
            paths = {name: filters[name].field_name for name in selection}
            factors = [
                max(len(filters[name].load_options()), 1)
                for name, path in paths.items()
                if not any(path.startswith(other + "__") for other in paths.values())
            ]
            return prod(factors)

        while len(names) > 1 and group_bound(names) > COMBINED_GROUP_LIMIT:
            names.remove(max(names, key=lambda n: len(filters[n].load_options())))
        return names

    def selected_options(self) -> list[tuple[str, FacetFilter, Option]]:
        """(facet name, facet filter, option) of every ticked option, in display order."""
        chosen = []
        for name, facet_filter in self.facet_filters.items():
            selected = set(self.value(name) or ())
            chosen.extend(
                (name, facet_filter, option)
                for option in facet_filter.load_options()
                if option.value in selected
            )
        return chosen

    def ignored_values(self) -> dict[str, list[str]]:
        """Values of each facet that were not among its options."""
        self.form.is_valid()
        return {
            name: list(getattr(self.form.fields[name], "ignored_values", []))
            for name in self.facet_filters
            if getattr(self.form.fields[name], "ignored_values", [])
        }


def _plain(value):
    """A value read without the ORM's converters as the ORM would give it: PostgreSQL
    returns ``EXTRACT`` (a facet on ``date__year``) as a decimal."""
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return value

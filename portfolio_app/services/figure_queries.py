"""The period's contributions as the value model needs them, summed by SQLite.

Every total of the summary is a sum over contributions (``domain.value.groups``),
so one GROUP BY hands over a few hundred groups instead of 100,000 rows; only
the strongest contributions (overall and per campaign) come back one by one.
The expressions below spell out in SQL what ``group_contributions`` and
``reach_of``/``interactions_of`` say in Python; a test holds the two to the
same numbers on the demo career.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Mapping

from portfolio_app.domain.enums import OFFLINE_KINDS, ContributionKind, Ownership, Platform
from portfolio_app.domain.records import ContributionFacts, Period
from portfolio_app.domain.value.groups import ContributionGroup, group_contributions
from portfolio_app.domain.value.summary import Chosen
from portfolio_app.storage.database import Database

_KINDS = {kind.value: kind for kind in ContributionKind}
_PLATFORMS = {platform.value: platform for platform in Platform}
_OWNERS = {owner.value: owner for owner in Ownership}

_OFFLINE = (f"(c.kind IN ({', '.join(repr(kind.value) for kind in sorted(OFFLINE_KINDS))}) "
            f"OR a.platform = '{Platform.OFFLINE.value}')")
# reach_of: the headline figure of one contribution
_HEADLINE = (f"CASE WHEN {_OFFLINE} THEN COALESCE(c.attendees, c.reach, c.impressions) "
             "ELSE COALESCE(c.reach, c.impressions, c.attendees) END")
# interactions_of: the platform's engagements where given, else the four parts; None when none is known
_KNOWN = ("NOT (c.engagements IS NULL AND c.reactions IS NULL AND c.comments IS NULL AND c.shares IS NULL "
          "AND c.clicks IS NULL)")
_SUM4 = ("IFNULL(c.engagements, IFNULL(c.reactions, 0) + IFNULL(c.comments, 0) + IFNULL(c.shares, 0) "
         "+ IFNULL(c.clicks, 0))")
_INTERACTIONS = f"CASE WHEN {_KNOWN} THEN {_SUM4} END"
_IN_RATE = f"({_KNOWN} AND IFNULL(c.impressions, 0) > 0)"  # 0 or 1, never NULL
_FROM = "FROM contribution c LEFT JOIN audience a ON a.id = c.audience_id"

# grouped by audience, not by its platform and ownership: no join over 100,000 rows (the caller
# knows each audience's platform and ownership and merges the groups that share them)
_GROUPS = f"""
SELECT c.kind, c.audience_id, c.employment_id, c.campaign_id, COUNT(*),
       IFNULL(SUM(c.reach), 0), COUNT(c.reach), IFNULL(SUM(c.impressions), 0), COUNT(c.impressions),
       IFNULL(SUM(c.attendees), 0), COUNT(c.attendees),
       SUM(c.reach IS NULL AND c.impressions IS NULL AND c.attendees IS NULL),
       IFNULL(SUM({_INTERACTIONS}), 0), SUM({_KNOWN}),
       IFNULL(SUM(CASE WHEN {_IN_RATE} THEN {_SUM4} END), 0),
       IFNULL(SUM(CASE WHEN {_IN_RATE} THEN c.impressions END), 0), SUM({_IN_RATE})
FROM contribution c WHERE {{where}} GROUP BY 1, 2, 3, 4
"""  # noqa: S608 - our SQL; values go in as parameters
_FACT_COLUMNS = ("c.id, c.date, c.kind, a.platform, a.ownership, c.audience_id, c.employment_id, c.campaign_id, "
                 "c.impressions, c.reach, c.reactions, c.comments, c.shares, c.clicks, c.attendees, c.featured, "
                 "c.title, c.engagements")
# strongest(): largest headline figure, then interactions, then the earliest
_STRONGEST_ORDER = f"{_HEADLINE} DESC, IFNULL({_INTERACTIONS}, 0) DESC, c.date, c.id"
# our SQL throughout; values go in as parameters
_STRONGEST = (f"SELECT {_FACT_COLUMNS} {_FROM} "
              f"WHERE {{where}} AND {_HEADLINE} IS NOT NULL ORDER BY {_STRONGEST_ORDER} LIMIT 3")
# per campaign: only the campaigns' rows are ranked (one pass with both rankings sorted every row twice);
# answers only where featured, as campaign_key_contributions() ranks them
_CAMPAIGN_STRONGEST = f"""
SELECT * FROM (
    SELECT {_FACT_COLUMNS}, ROW_NUMBER() OVER (PARTITION BY c.campaign_id ORDER BY {_STRONGEST_ORDER}) AS place
    {_FROM} WHERE {{where}} AND c.campaign_id IS NOT NULL AND {_HEADLINE} IS NOT NULL
        AND (c.kind != '{ContributionKind.ANSWER.value}' OR c.featured)
) WHERE place <= 3 ORDER BY campaign_id, place
"""  # noqa: S608


def fact(row: tuple) -> ContributionFacts:
    """A contribution row as the driver gives it (ISO date, 0/1 flag) in _FACT_COLUMNS order."""
    return ContributionFacts(row[0], dt.date.fromisoformat(row[1]), _KINDS[row[2]], _PLATFORMS.get(row[3]),
                             _OWNERS.get(row[4]), row[5], row[6], row[7], row[8], row[9], row[10], row[11],
                             row[12], row[13], row[14], bool(row[15]), row[16], row[17])


def _where(employment_id: int | None, period: Period | None) -> tuple[str, list[object]]:
    """Public contributions (of one employment, in a closed period)."""
    # "+": not through the index on private; nearly every row is public, and a scan reads them faster
    clauses, params = ["+c.private = 0"], list[object]()
    if employment_id is not None:
        clauses.append("c.employment_id = ?")
        params.append(employment_id)
    if period is not None:
        assert period.start is not None and period.end is not None, "close the period first"
        clauses.append("c.date BETWEEN ? AND ?")
        params += [period.start.isoformat(), period.end.isoformat()]
    return " AND ".join(clauses), params


class _Reader:
    def __init__(self, db: Database) -> None:
        self._db = db

    def __enter__(self) -> sqlite3.Connection:
        self._connection = self._db.engine.connect()
        raw = self._connection.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        return raw

    def __exit__(self, *_exc: object) -> None:
        self._connection.close()


def first_day(db: Database, employment_id: int | None, today: dt.date) -> list[dt.date]:
    """The first day of a public contribution (of the employment) up to today; empty when there is none."""
    where, params = _where(employment_id, None)
    with _Reader(db) as raw:
        found = raw.execute(  # the first row in date order: read from the date index, not a scan
            f"SELECT c.date FROM contribution c WHERE {where} AND c.date <= ? ORDER BY c.date LIMIT 1",  # noqa: S608
            [*params, today.isoformat()]).fetchone()
    return [dt.date.fromisoformat(found[0])] if found else []


def chosen(db: Database, period: Period, employment_id: int | None,
           audiences: Mapping[int, tuple[Platform, Ownership]]) -> Chosen:
    """The groups and the strongest contributions of the closed period (of one employment).

    ``audiences`` gives each audience's platform and ownership (AudienceFacts, read anyway).
    """
    where, params = _where(employment_id, period)
    with _Reader(db) as raw:
        try:
            groups = _summed_groups(raw, where, params, audiences)
        except sqlite3.OperationalError as error:
            # SQLite's SUM stops at 2**63 - 1 where Python's integers go on: figures that large
            # (each one valid) are summed exactly from the rows instead
            if str(error) != "integer overflow":
                raise
            groups = group_contributions(
                fact(r) for r in raw.execute(f"SELECT {_FACT_COLUMNS} {_FROM} WHERE {where}", params))
        strongest = tuple(fact(r) for r in raw.execute(_STRONGEST.format(where=where), params))
        by_campaign: dict[int, list[ContributionFacts]] = {}
        for row in raw.execute(_CAMPAIGN_STRONGEST.format(where=where), params):
            by_campaign.setdefault(row[7], []).append(fact(row[:18]))
    return Chosen(groups, strongest, {campaign: tuple(facts) for campaign, facts in by_campaign.items()})


def _summed_groups(raw: sqlite3.Connection, where: str, params: list[object],
                   audiences: Mapping[int, tuple[Platform, Ownership]]) -> tuple[ContributionGroup, ...]:
    """The groups from one GROUP BY by audience, merged by the audiences' platform and ownership."""
    sums: dict[tuple, list[int]] = {}
    for kind, audience_id, employment, campaign, *figures in raw.execute(_GROUPS.format(where=where), params):
        platform, owner = audiences.get(audience_id, (None, None)) if audience_id is not None else (None, None)
        key = (_KINDS[kind], platform, owner, employment, campaign)
        row = sums.get(key)
        if row is None:
            sums[key] = list(figures)
        else:
            row[:] = [a + b for a, b in zip(row, figures, strict=True)]
    return tuple(ContributionGroup(*key, *row) for key, row in sums.items())


def per_month(db: Database, period: Period, employment_id: int | None) -> Iterator[tuple[dt.date, int]]:
    """(first day of the month, public contributions in it) for the months of the closed period that have any."""
    where, params = _where(employment_id, period)
    with _Reader(db) as raw:
        rows = raw.execute(f"SELECT substr(c.date, 1, 7), COUNT(*) {_FROM} WHERE {where} GROUP BY 1",
                           params).fetchall()
    for month, count in rows:
        yield dt.date.fromisoformat(month + "-01"), count

"""Alembic migration scripts, shipped inside the package and applied on open.

The revisions are also listed here, in order, so that opening a database that
is already current needs no Alembic at all (importing it and reading the
scripts cost about a quarter of a second at every start). A test keeps this
list equal to the scripts.
"""

REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010")
HEAD = REVISIONS[-1]

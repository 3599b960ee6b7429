"""Finding the files in resources/ (fonts, icons, translations) wherever the app runs from.

resources/ is a top-level folder of the repository, next to the package, so
``importlib.resources`` (which only reaches inside packages) cannot see it.
It is found in one of three places, tried in this order:

1. the PyInstaller bundle: build.spec copies it to ``<bundle>/_internal/resources``
   (``sys._MEIPASS``);
2. a source checkout or an editable install: ``<repository>/resources``;
3. an installed wheel: pyproject installs it as data files under
   ``<prefix>/share/portfolio-app/resources``; ``importlib.metadata`` tells us
   which prefix the distribution was installed to.

Files that live inside the package (the Alembic migrations) are reached with
``importlib.resources`` through :func:`package_path`.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import metadata, resources
from pathlib import Path

DISTRIBUTION = "portfolio-app"
RESOURCES = "resources"
INSTALLED_PREFIX = Path("share") / DISTRIBUTION / RESOURCES


def resource_path(*parts: str) -> Path:
    """The path of a file or folder under resources/, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)


@cache
def resources_root() -> Path:
    for candidate in _candidates():
        if candidate is not None and candidate.is_dir():
            return candidate
    # Nothing found: answer the checkout location so error messages name a sensible path.
    return _checkout_root()


def package_path(*parts: str) -> Path:
    """A file shipped inside the portfolio_app package (works in the bundle too)."""
    return Path(str(resources.files("portfolio_app").joinpath(*parts)))


def is_frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def _candidates():
    if is_frozen():
        yield Path(sys._MEIPASS) / RESOURCES  # type: ignore[attr-defined]  # set by PyInstaller, unknown to typeshed
    yield _checkout_root()
    yield _installed_root()


def _checkout_root() -> Path:
    return Path(__file__).resolve().parent.parent / RESOURCES


def _installed_root() -> Path | None:
    """Where pip put the data files of this distribution, if it was installed from a wheel."""
    try:
        files = metadata.files(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        return None
    marker = INSTALLED_PREFIX.parts
    for file in files:
        parts = Path(file).parts
        for start in range(len(parts) - len(marker) + 1):
            if parts[start : start + len(marker)] == marker:
                located = Path(str(file.locate())).resolve()
                # climb back from the file to the resources folder itself
                return located.parents[len(parts) - start - len(marker) - 1]
    return None

"""Portfolio: a local record of a professional's communication work."""

from __future__ import annotations

import os
import sys

APP_NAME = "Portfolio"
APP_ORGANISATION = "Portfolio"
APP_ID = "portfolio-app"
_METADATA = (("portfolio_app-", ".dist-info", "METADATA"), ("portfolio_app.", ".egg-info", "PKG-INFO"),
             ("portfolio_app-", ".egg-info", "PKG-INFO"))


def _installed_version() -> str | None:
    """The Version line of our package metadata, looked up the way importlib.metadata does (first on sys.path).

    importlib.metadata itself loads about fifty modules (email, zipfile, csv, tempfile) to say the
    same: half of what `portfolio-app --version` took, and more from the bundle's archive.
    """
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:  # a zip file or a folder that is gone
            continue
        for name in names:
            for head, tail, file in _METADATA:
                if name.startswith(head) and name.endswith(tail):
                    try:
                        with open(os.path.join(folder, name, file), encoding="utf-8") as handle:
                            for line in handle:
                                if line.startswith("Version:"):
                                    return line[len("Version:"):].strip()
                                if not line.strip():  # the headers end at the first blank line
                                    break
                    except OSError:
                        continue
    return None


def __getattr__(name: str) -> str:
    # __version__ is looked up only when asked for, not with every start of the window
    if name == "__version__":
        found = _installed_version()
        if found is None:
            from importlib.metadata import PackageNotFoundError, version

            try:
                found = version("portfolio-app")
            except PackageNotFoundError:  # running from a checkout without installing
                found = "0.0.0+unknown"
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Portfolio: a local record of a professional's communication work."""

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

APP_NAME = "Portfolio"
APP_ORGANISATION = "Portfolio"
APP_ID = "portfolio-app"

try:
    __version__ = _version("portfolio-app")
except PackageNotFoundError:  # running from a checkout without installing
    __version__ = "0.0.0+unknown"

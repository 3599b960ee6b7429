"""The walkthrough shows the window as a user meets it: in German with the German demo, as "Open the demo data" makes it."""

from __future__ import annotations

import pytest

from portfolio_app.devtools.walkthrough import walk_records
from portfolio_app.services import records


@pytest.mark.parametrize(("lang", "campaign"), [("de", "Recruiting-Kampagne"), ("en", "Hiring campaign")])
def test_the_walks_demo_speaks_the_walks_language(tmp_path, lang, campaign):
    empty, demo, target, csv_file = walk_records(tmp_path, lang)
    try:
        names = [item.name for item in records.campaigns.list(demo)]
        assert any(campaign in name for name in names), names
        assert csv_file.read_text(encoding="utf-8")
    finally:
        for db in (empty, demo, target):
            db.close()

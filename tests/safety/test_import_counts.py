"""'Rows not imported' counts entries, not lines: a Mastodon outbox on one line holds every entry."""

from __future__ import annotations

import json

from portfolio_app.cli import main
from portfolio_app.services.importing import run_import

PUBLIC = ["https://www.w3.org/ns/activitystreams#Public"]


def _outbox(path, items) -> None:
    """The whole collection on one line, as Mastodon writes outbox.json."""
    collection = {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection",
                  "orderedItems": items}
    path.write_text(json.dumps(collection), encoding="utf-8")


def _note(number: int, **fields) -> dict:
    note = {"id": f"https://social.example/@jo/{number}", "published": "2024-03-05T10:00:00Z",
            "content": f"<p>Post {number}</p>", "to": PUBLIC, **fields}
    return {"type": "Create", "object": note}


def test_four_bad_entries_on_one_line_are_four_rows_not_imported(db_path, tmp_path, capsys):
    outbox = tmp_path / "outbox.json"
    _outbox(outbox, [
        _note(1),
        {"type": "Create", "object": {"published": "2024-03-06T10:00:00Z", "content": "no id"}},
        _note(3, published="sometime in March"),
        "not an activity",
        {"type": "Create", "object": "no note"},
    ])

    assert main(["import", "mastodon", str(outbox), "--db", str(db_path), "--dry-run"]) == 0

    out = capsys.readouterr().out
    assert "Rows not imported: 4" in out
    for entry in (2, 3, 4, 5):  # each says which entry of the line it is
        assert f"outbox.json, line 1, entry {entry}:" in out


def test_an_entry_with_two_bad_fields_counts_once(db, tmp_path):
    outbox = tmp_path / "outbox.json"
    bad = {"contentMap": {"e\x07n": "x"}, "tag": [{"type": "Hashtag", "name": "#bell\x07tag"}]}  # language, tags
    _outbox(outbox, [_note(1, **bad), _note(2, **bad), _note(3)])

    report = run_import(db, "mastodon", str(outbox), dry_run=True)

    assert len(report.problems) == 4  # a field each
    assert report.rows_not_imported == 2 and report.not_imported == 2
    assert report.new == 1

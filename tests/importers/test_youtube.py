"""YouTube Studio's Table data.csv: columns found by name, the Total row skipped, videos on the YouTube audience."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from portfolio_app.domain.enums import ContributionKind, Platform
from portfolio_app.importers import ImportRefused, parse_youtube_table
from portfolio_app.services import records
from portfolio_app.services.importing import run_import

# The layout Studio writes (Advanced mode → Export → CSV); the videos are ours
TABLE = (
    "Content,Video title,Video publish time,Duration,Views,Watch time (hours),Subscribers,Impressions,"
    "Impressions click-through rate (%)\n"
    "Total,,,,5310,123.4567,41,90210,4.8\n"
    'dQw4w9WgXcQ,"Talk: shipping, calmly",\"Aug 28, 2025\",1830,5000,110.5,40,85000,5.1\n'
    'a1B2c3D4e5F,Short demo – ümlauts,\"Jan 3, 2024\",59,310,12.9,1,5210,2.2\n'
)


def table(tmp_path: Path, name: str = "Table data.csv", text: str = TABLE) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_videos_with_views_and_impressions_total_skipped(tmp_path):
    result = parse_youtube_table(str(table(tmp_path)))
    videos = {p.source_id: p for p in result.posts}
    assert set(videos) == {"dQw4w9WgXcQ", "a1B2c3D4e5F"}
    talk = videos["dQw4w9WgXcQ"]
    assert talk.kind is ContributionKind.VIDEO and talk.title == "Talk: shipping, calmly"
    assert talk.date == date(2025, 8, 28) and talk.url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert (talk.impressions, talk.clicks, talk.reactions, talk.reach) == (85000, 5000, None, None)
    assert result.account.platform is Platform.YOUTUBE


def test_the_zip_studio_gives_and_a_renamed_file(tmp_path):
    archive = tmp_path / "Content 2025-01-01_2025-12-31 Jane.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("Table data.csv", TABLE)
        packed.writestr("Chart data.csv", "Date,Views\n2025-08-28,10\n")
        packed.writestr("Totals.csv", "Date,Views\n2025-08-28,10\n")
    assert len(parse_youtube_table(str(archive)).posts) == 2
    assert len(parse_youtube_table(str(table(tmp_path, "Table data (3).csv"))).posts) == 2


def test_columns_are_found_by_name_whatever_was_ticked(tmp_path):
    text = "Video title,Content,Likes,Video publish time,Views\nTotal,Total,3,,9\nHi,abc,3,\"Aug 2, 2025\",9\n"
    [video] = parse_youtube_table(str(table(tmp_path, text=text))).posts
    assert (video.reactions, video.clicks, video.impressions) == (3, 9, None)


def test_bad_rows_name_file_and_line_and_other_files_are_refused(tmp_path, fixtures):
    text = TABLE.replace("Jan 3, 2024", "someday").replace(",5000,", ",-5,")
    result = parse_youtube_table(str(table(tmp_path, text=text)))
    assert sorted((p.line, "Views" in p.message or "someday" in p.message) for p in result.problems) == [
        (3, True), (4, True)]
    with pytest.raises(ImportRefused, match="Shares.csv: this looks like LinkedIn's Shares.csv"):
        parse_youtube_table(str(fixtures / "linkedin" / "Shares.csv"))
    with pytest.raises(ImportRefused, match="line 1: the columns are not those of a YouTube Studio table"):
        parse_youtube_table(str(table(tmp_path, "t.csv", "Video,Title\n")))


def test_import_lands_on_the_youtube_audience_and_reimports_idempotently(db, tmp_path):
    report = run_import(db, "youtube", table(tmp_path))
    assert report.new == 2 and report.audience_created and report.audience_name == "YouTube"
    [audience] = records.audiences.list(db)
    assert audience.platform == "youtube"
    assert all(c.audience_id == audience.id and c.source == "youtube" for c in records.contributions.list(db))
    again = run_import(db, "youtube", table(tmp_path))
    assert (again.new, again.unchanged) == (0, 2)


def test_quirks_of_real_studio_tables(tmp_path):
    """Seen in real exports (the rows here are ours): an id starting with "-" is written with a space
    before it, a video never made public has no publish time, Subscribers can be negative and the
    click-through rate empty, and many more columns come along."""
    text = (
        "Content,Video title,Video publish time,Duration,Stayed to watch (%),Engaged views,Views,"
        "Watch time (hours),Subscribers,Estimated revenue (USD),Impressions,Impressions click-through rate (%)\n"
        "Total,,,,71.07,1290,1296,100.3,28,5.6,39490,5.02\n"
        'aaaaaaaaaa1,Our first walkthrough,"Sep 27, 2024",978,100,1200,1210,98.7,30,5.6,33000,5.02\n'
        ' -bbbbbbbbb2,"A title, with ""quotes""","Aug 8, 2023",281,,82,82,1.6,0,,6490,0.71\n'
        "ccccccccccc,Private draft,,59,100,,4,0.05,-2,,0,\n"
    )
    result = parse_youtube_table(str(table(tmp_path, text=text)))
    videos = {p.source_id: p for p in result.posts}
    assert set(videos) == {"aaaaaaaaaa1", "-bbbbbbbbb2"}
    assert videos["-bbbbbbbbb2"].url == "https://www.youtube.com/watch?v=-bbbbbbbbb2"
    assert (videos["-bbbbbbbbb2"].impressions, videos["-bbbbbbbbb2"].clicks) == (6490, 82)
    assert not result.problems  # the video never made public is left out and counted, not dated by guess
    assert dict(result.skipped) == {"videos never made public (no publish time)": 1}

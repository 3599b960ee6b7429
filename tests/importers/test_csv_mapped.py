from datetime import date

import pytest

from portfolio_app.domain.enums import ContributionKind
from portfolio_app.importers import ImportRefused, MappingError, parse_csv, parse_mapping, preview_csv
from portfolio_app.importers.csv_mapped import ISO, detect_date_format

DE_MAP = "date=Posted on,title=Headline,impressions=Views,url=Link,kind=Type"


def test_parse_mapping():
    assert parse_mapping("date=Posted on, title=Headline ,impressions=Views") == {
        "date": "Posted on", "title": "Headline", "impressions": "Views"}


@pytest.mark.parametrize("spec", ["date=A", "title=B", "date=A,title", "date=A,title=B,color=C",
                                  "date=A,date=B,title=C", ""])
def test_bad_mappings_are_usage_errors(spec):
    with pytest.raises(MappingError):
        parse_mapping(spec)


def test_semicolon_csv_with_german_dates_and_thousands(fixtures):
    result = parse_csv(str(fixtures / "csv" / "posts_de.csv"), parse_mapping(DE_MAP))
    assert result.source == "csv:posts_de"
    posts = {p.title: p for p in result.posts}
    assert set(posts) == {"Launch post", 'Talk at "DevDays"', "No link, no id"}
    launch = posts["Launch post"]
    assert launch.date == date(2024, 2, 1) and launch.impressions == 1234
    assert launch.kind is ContributionKind.ARTICLE and launch.source_id == "https://blog.example/launch"
    assert posts['Talk at "DevDays"'].impressions is None  # empty cell: unknown
    assert posts['Talk at "DevDays"'].kind is ContributionKind.TALK
    reasons = {p.line: p.message for p in result.problems}
    assert set(reasons) == {4, 5, 6}
    assert "31.02.2024" in reasons[4] and "-5" in reasons[5] and "webinar" in reasons[6]


def test_us_dates_and_ids_are_stable(fixtures):
    mapping = parse_mapping("date=Date,title=Title,impressions=Impressions,reactions=Likes")
    first = parse_csv(str(fixtures / "csv" / "posts_us.csv"), mapping)
    again = parse_csv(str(fixtures / "csv" / "posts_us.csv"), mapping)
    assert [p.date for p in first.posts] == [date(2024, 3, 4), date(2023, 12, 25)]
    assert first.posts[1].impressions == 2500
    assert [p.source_id for p in first.posts] == [p.source_id for p in again.posts]


def test_preview_detects_delimiter_date_column_and_suggests_a_mapping(fixtures):
    preview = preview_csv(str(fixtures / "csv" / "posts_de.csv"), rows=2)
    assert preview.delimiter == ";"
    assert preview.columns == ["Posted on", "Headline", "Views", "Link", "Type"]
    assert preview.rows == [["01.02.2024", "Launch post", "1.234", "https://blog.example/launch", "article"],
                            ["15.02.2024", 'Talk at "DevDays"', "", "https://devdays.example/talk", "talk"]]
    assert preview.date_columns["Posted on"].format == "%d.%m.%Y"
    assert preview.suggested["date"] == "Posted on" and preview.suggested["impressions"] == "Views"


def test_missing_column_is_refused_with_file_and_line(fixtures):
    with pytest.raises(ImportRefused) as refused:
        parse_csv(str(fixtures / "csv" / "posts_de.csv"), parse_mapping("date=Posted on,title=Name"))
    assert str(refused.value).startswith("posts_de.csv, line 1:") and '"Name"' in str(refused.value)


def test_explicit_date_format_overrides_detection(tmp_path):
    (tmp_path / "a.csv").write_text("d,t\n03/04/2024,x\n", encoding="utf-8")
    mapping = parse_mapping("date=d,title=t")
    guessed = parse_csv(str(tmp_path / "a.csv"), mapping)
    assert guessed.posts[0].date == date(2024, 4, 3)  # day first on a tie, and the report says so
    [note] = guessed.notes
    assert "%d/%m/%Y" in note.message and '"d"' in note.message
    assert parse_csv(str(tmp_path / "a.csv"), mapping, date_format="%m/%d/%Y").posts[0].date == date(2024, 3, 4)


@pytest.mark.parametrize("nonsense", ["%d", "%Y", "Tag.Monat.Jahr", "%m/%m/%Y"])
def test_a_nonsense_date_format_is_refused_before_any_row_is_read(tmp_path, nonsense):
    (tmp_path / "a.csv").write_text("d,t\n03/04/2024,x\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="does not read a day, month and year"):
        parse_csv(str(tmp_path / "a.csv"), parse_mapping("date=d,title=t"), date_format=nonsense)


def test_no_date_format_found_is_refused(tmp_path):
    (tmp_path / "a.csv").write_text("d,t\nsoon,x\nlater,y\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match='"d"'):
        parse_csv(str(tmp_path / "a.csv"), parse_mapping("date=d,title=t"))


@pytest.mark.parametrize("values, fmt, ambiguous", [
    (["2024-01-31", "2024-02-01 10:00:00"], ISO, False),
    (["2024-01-31T10:00:00Z"], ISO, False),
    (["31.01.2024", "01.02.2024 14:00"], "%d.%m.%Y", False),
    (["12/25/2023", "03/04/2024"], "%m/%d/%Y", False),
    (["03/04/2024"], "%d/%m/%Y", True),
    (["Mar 4, 2024", "Dec 25, 2023"], "%b %d, %Y", False),
    (["4 March 2024"], "%d %B %Y", False),
    (["3/4/2024 2:30 PM"], "%d/%m/%Y", True),
])
def test_detect_date_format(values, fmt, ambiguous):
    guess = detect_date_format(values)
    assert (guess.format, guess.ambiguous) == (fmt, ambiguous)


def test_date_detection_looks_at_the_mapped_column_even_when_most_values_are_bad(tmp_path):
    (tmp_path / "a.csv").write_text("d,t\n2024-01-05,x\nsoon,y\nlater,z\n", encoding="utf-8")
    result = parse_csv(str(tmp_path / "a.csv"), parse_mapping("date=d,title=t"))
    assert [p.date for p in result.posts] == [date(2024, 1, 5)] and len(result.problems) == 2

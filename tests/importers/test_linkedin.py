from datetime import date

import pytest

from portfolio_app.domain.enums import ContributionKind, Platform
from portfolio_app.importers import ImportRefused, parse_linkedin_export
from portfolio_app.importers.linkedin import is_private, share_id, undo_doubled_quotes


def test_multi_line_commentary_reads_exactly_as_written(fixtures):
    posts = {p.source_id: p for p in parse_linkedin_export(str(fixtures / "linkedin")).posts}
    post = posts["urn:li:share:7345678901234567890"]
    assert post.notes == ('Three things I learned, shipping our app:\n\n'
                          '1. Ship early\n2. Say "no" often\n3. Write it down')
    assert post.title == "Three things I learned, shipping our app:"
    assert post.date == date(2025, 7, 1)
    assert post.url.startswith("https://www.linkedin.com/feed/update/")
    # a line that really ends with a quote keeps it
    assert posts["urn:li:share:7320000000000000003"].notes == 'She said "hi"\nand left'


def test_rows_without_commentary_are_still_posts(fixtures):
    posts = {p.source_id: p for p in parse_linkedin_export(str(fixtures / "linkedin")).posts}
    media = posts["urn:li:ugcPost:7330000000000000002"]
    assert media.kind is ContributionKind.POST
    assert media.title == "Post without text" and media.notes is None
    assert media.reactions is None


def test_commas_and_umlauts_in_one_line(fixtures):
    posts = {p.source_id: p for p in parse_linkedin_export(str(fixtures / "linkedin")).posts}
    assert posts["urn:li:activity:7340000000000000001"].title == "One line only – with a comma, and ümlauts"


def test_bad_date_is_reported_with_its_line(fixtures):
    result = parse_linkedin_export(str(fixtures / "linkedin"))
    assert len(result.posts) == 4
    [problem] = result.problems
    assert (problem.file, problem.line) == ("linkedin/Shares.csv", 11)
    assert "yesterday" in problem.message


def test_connections_give_the_network_size_at_export_time(fixtures, tmp_path, pack_zip):
    archive = pack_zip(fixtures / "linkedin", tmp_path / "Basic_LinkedInDataExport_07-02-2025.zip")
    account = parse_linkedin_export(str(archive)).account
    assert account.platform is Platform.LINKEDIN
    assert account.name == "LinkedIn – Jane Doe"
    assert account.size == 3
    assert account.size_date == date(2025, 7, 2)  # the date the export was packed


def test_shares_csv_alone(fixtures):
    result = parse_linkedin_export(str(fixtures / "linkedin" / "Shares.csv"))
    assert len(result.posts) == 4


def test_wrong_columns_are_refused_naming_file_and_line(tmp_path):
    (tmp_path / "Shares.csv").write_text("When,What\n2025-01-01,hello\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        parse_linkedin_export(str(tmp_path / "Shares.csv"))
    assert str(refused.value).startswith("Shares.csv, line 1:")
    assert "ShareCommentary" in str(refused.value)


def test_connections_without_header_is_a_problem_not_a_refusal(copy_fixture):
    folder = copy_fixture("linkedin")
    (folder / "Connections.csv").write_text("Notes:\nnothing here\n", encoding="utf-8")
    result = parse_linkedin_export(str(folder))
    assert result.account.size is None
    assert any("First Name" in p.message for p in result.problems)


@pytest.mark.parametrize("raw, expected", [
    ('a"\n"b', "a\nb"),  # the real export: a quote ends every line but the last and starts every one but the first
    ('a"\n""\n"b"\n"c', "a\n\nb\nc"),
    ('say "x""\n"end', 'say "x"\nend'),
    ('"quoted"\n"', '"quoted\n'),
    ('a"\nb', "a\nb"),
    ('a"\n"\nb', "a\n\nb"),
    ('a\nb', "a\nb"),  # not the quirk: left alone
    ('say "x""\nend', 'say "x"\nend'),
    ("single line", "single line"),
])
def test_undo_doubled_quotes(raw, expected):
    assert undo_doubled_quotes(raw) == expected


def test_share_id_prefers_the_urn():
    link = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A123/"
    assert share_id(link, date(2025, 1, 1), "x") == "urn:li:share:123"
    assert share_id("", date(2025, 1, 1), "x") == share_id("", date(2025, 1, 1), "x")
    assert share_id("", date(2025, 1, 1), "x") != share_id("", date(2025, 1, 1), "y")


def test_visibility_connections_only_is_private_member_network_public(fixtures):
    posts = {p.source_id: p for p in parse_linkedin_export(str(fixtures / "linkedin")).posts}
    assert posts["urn:li:share:7320000000000000003"].private  # CONNECTIONS
    assert not posts["urn:li:share:7345678901234567890"].private  # MEMBER_NETWORK


@pytest.mark.parametrize("value, private", [
    ("MEMBER_NETWORK", False), ("PUBLIC", False), ("ANYONE", False), ("", False),
    ("CONNECTIONS", True), ("CONNECTIONS_ONLY", True), ("connections_only", True),
])
def test_is_private(value, private):
    assert is_private(value) is private


def test_a_renamed_file_is_read_and_the_neighbour_never_instead(fixtures, tmp_path):
    # the old Shares.csv beside the picked "Shares (1).csv" must not be imported in its place
    (tmp_path / "Shares.csv").write_text(
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2020-01-01 00:00:00,,old post,,,PUBLIC\n",
        encoding="utf-8")
    picked = tmp_path / "Shares (1).csv"
    picked.write_bytes((fixtures / "linkedin" / "Shares.csv").read_bytes())
    result = parse_linkedin_export(str(picked))
    assert len(result.posts) == 4 and "old post" not in [p.title for p in result.posts]
    assert {p.file for p in result.posts} == {"Shares (1).csv"}
    assert result.account.platform is Platform.LINKEDIN and result.account.size is None  # Connections.csv is not read


def test_a_file_of_another_kind_is_refused_naming_it(fixtures, tmp_path):
    with pytest.raises(ImportRefused, match=r"Connections.csv: this looks like LinkedIn's Connections.csv, not "
                                            r"LinkedIn's Shares.csv"):
        parse_linkedin_export(str(fixtures / "linkedin" / "Connections.csv"))
    with pytest.raises(ImportRefused, match=r"this looks like a Mastodon outbox"):
        parse_linkedin_export(str(fixtures / "mastodon" / "outbox.json"))


def test_a_renamed_shares_csv_inside_the_export_is_found_by_its_content(fixtures, tmp_path, pack_zip):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Shares_17529409.csv").write_bytes((fixtures / "linkedin" / "Shares.csv").read_bytes())
    (folder / "Connections.csv").write_bytes((fixtures / "linkedin" / "Connections.csv").read_bytes())
    archive = pack_zip(folder, tmp_path / "export.zip")
    result = parse_linkedin_export(str(archive))
    assert len(result.posts) == 4 and result.account.size == 3

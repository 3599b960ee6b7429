from datetime import date

import pytest

from portfolio_app.domain.enums import ContributionKind, Platform
from portfolio_app.importers import ImportRefused, parse_x_archive
from portfolio_app.importers.base import SKIP_DUPLICATE, SKIP_REPOST
from portfolio_app.importers.x_archive import parse_created_at


def by_id(result):
    return {post.source_id: post for post in result.posts}


def test_folder_gives_posts_answers_and_readable_text(fixtures):
    result = parse_x_archive(str(fixtures / "x_archive"))
    posts = by_id(result)
    assert set(posts) == {"1582838231345872897", "1582900000000000001", "1583100000000000003"}
    talk = posts["1582838231345872897"]
    assert talk.kind is ContributionKind.POST
    assert talk.date == date(2022, 10, 19)
    # entities unescaped, t.co link expanded
    assert talk.title == "Slides of my talk on Q&A bots <3 #python: https://example.org/talks/pycon-2022"
    assert talk.reactions == 42 and talk.shares == 7
    assert talk.comments is None and talk.impressions is None  # unknown, not zero
    assert talk.tags == "python" and talk.language == "en"
    assert talk.url == "https://x.com/janedoe/status/1582838231345872897"
    assert posts["1582900000000000001"].kind is ContributionKind.ANSWER
    multi = posts["1583100000000000003"]
    assert multi.title == "First line"
    assert multi.notes == "First line\nSecond line — with ümlauts 🎉"  # media link dropped
    assert multi.date == date(2022, 10, 22)  # the day as written, not shifted


def test_retweets_are_skipped_and_counted_unless_asked(fixtures):
    result = parse_x_archive(str(fixtures / "x_archive"))
    assert result.skipped[SKIP_REPOST] == 1
    assert not any(p.title.startswith("RT @") for p in result.posts)
    with_reposts = parse_x_archive(str(fixtures / "x_archive"), include_reposts=True)
    assert with_reposts.skipped[SKIP_REPOST] == 0
    assert "1583000000000000002" in by_id(with_reposts)


def test_broken_date_is_a_row_problem_with_its_line(fixtures):
    result = parse_x_archive(str(fixtures / "x_archive"))
    [problem] = result.problems
    assert problem.file == "x_archive/data/tweets.js"
    assert problem.line == 83
    assert "not a date" in problem.message


def test_account_and_follower_count_become_the_audience(fixtures):
    account = parse_x_archive(str(fixtures / "x_archive")).account
    assert account.platform is Platform.X
    assert account.handle == "@janedoe" and account.name == "X – Jane Doe (@janedoe)"
    assert account.size == 3 and account.size_date == date(2022, 10, 25)


def test_zip_gives_the_same_as_the_folder(fixtures, tmp_path, pack_zip):
    archive = pack_zip(fixtures / "x_archive", tmp_path / "twitter-2022-10-25.zip")
    from_zip = parse_x_archive(str(archive))
    from_folder = parse_x_archive(str(fixtures / "x_archive"))
    assert [(p.source_id, p.title, p.kind) for p in from_zip.posts] == \
        [(p.source_id, p.title, p.kind) for p in from_folder.posts]
    assert from_zip.account == from_folder.account


def test_zip_with_a_top_folder_is_found(fixtures, tmp_path, pack_zip):
    archive = pack_zip(fixtures / "x_archive", tmp_path / "a.zip", prefix="twitter-2022/")
    assert len(parse_x_archive(str(archive)).posts) == 3


def test_split_archive_reads_all_parts_and_keeps_the_last_duplicate(fixtures):
    result = parse_x_archive(str(fixtures / "x_archive_split"))
    posts = by_id(result)
    assert set(posts) == {"1", "2", "3"}
    assert posts["1"].reactions == 3  # the later part wins
    assert result.skipped[SKIP_DUPLICATE] == 1
    assert result.account.platform is Platform.X and result.account.handle is None  # lands on X all the same
    assert posts["3"].url == "https://x.com/i/web/status/3"


def test_old_archive_tweet_js_without_wrapper(fixtures):
    [post] = parse_x_archive(str(fixtures / "x_archive_old")).posts
    assert post.source_id == "1000" and post.date == date(2015, 3, 1)


def test_a_single_tweets_js_file_can_be_given(fixtures):
    result = parse_x_archive(str(fixtures / "x_archive_old" / "data" / "tweet.js"))
    assert [p.source_id for p in result.posts] == ["1000"]


def test_progress_is_reported(fixtures):
    seen = []
    parse_x_archive(str(fixtures / "x_archive"), progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 0


def test_zip_without_tweets_is_refused(fixtures, tmp_path, pack_zip):
    archive = pack_zip(fixtures / "linkedin", tmp_path / "wrong.zip")
    with pytest.raises(ImportRefused) as refused:
        parse_x_archive(str(archive))
    assert "wrong.zip" in str(refused.value) and "data/tweets.js" in str(refused.value)


@pytest.mark.parametrize("text, expected", [
    ("Wed Oct 19 20:07:25 +0000 2022", date(2022, 10, 19)),
    ("2022-10-19T20:07:25.000Z", date(2022, 10, 19)),
    ("Wed Foo 19 20:07:25 +0000 2022", None),
    ("Wed Feb 30 20:07:25 +0000 2022", None),
    (None, None),
])
def test_created_at(text, expected):
    assert parse_created_at(text) == expected


def test_a_single_tweets_js_is_read_alone_and_still_lands_on_x(fixtures):
    # account.js beside it is a neighbour: only a folder or an archive is searched
    result = parse_x_archive(str(fixtures / "x_archive" / "data" / "tweets.js"))
    assert len(result.posts) == 3
    assert result.account.platform is Platform.X and result.account.handle is None


def test_a_renamed_posts_file_is_read_and_another_kind_is_refused(fixtures, tmp_path):
    renamed = tmp_path / "x_tweets (2).js"
    renamed.write_bytes((fixtures / "x_archive" / "data" / "tweets.js").read_bytes())
    assert len(parse_x_archive(str(renamed)).posts) == 3
    with pytest.raises(ImportRefused, match=r"account.js: this looks like a file of an X archive other than its posts"):
        parse_x_archive(str(fixtures / "x_archive" / "data" / "account.js"))
    with pytest.raises(ImportRefused, match=r"outbox.json: this looks like a Mastodon outbox"):
        parse_x_archive(str(fixtures / "mastodon" / "outbox.json"))

from datetime import date

import pytest

from portfolio_app.domain.enums import ContributionKind, Platform
from portfolio_app.importers import ImportRefused, parse_mastodon_archive
from portfolio_app.importers.base import SKIP_REPOST
from portfolio_app.importers.htmltext import html_to_text


def posts_of(result):
    return {p.source_id.rsplit("/", 1)[-1]: p for p in result.posts}


def test_outbox_posts_answers_boosts(fixtures):
    result = parse_mastodon_archive(str(fixtures / "mastodon" / "outbox.json"))
    posts = posts_of(result)
    assert set(posts) == {"111", "112", "114"}
    first = posts["111"]
    assert first.kind is ContributionKind.POST and first.date == date(2024, 3, 5)
    assert first.notes == ("Hello & welcome to my #fediverse corner!\n\n"
                           "Second paragraph\nwith a line break and a link: https://example.org/a/very/long/path")
    assert first.reactions == 12 and first.shares == 3
    assert first.tags == "fediverse" and first.language == "en"
    assert first.url == "https://social.example/@jane/111"
    assert posts["112"].kind is ContributionKind.ANSWER
    assert posts["112"].title == "@bob Agreed <3"
    assert posts["112"].reactions is None and posts["112"].shares is None  # no counts: unknown
    assert posts["114"].private and not first.private  # followers-only stays on the machine
    assert result.skipped[SKIP_REPOST] == 1


def test_bad_date_is_a_problem_with_line(fixtures):
    [problem] = parse_mastodon_archive(str(fixtures / "mastodon")).problems
    assert problem.line == 83 and "sometime in March" in problem.message


def test_actor_names_the_account(fixtures):
    account = parse_mastodon_archive(str(fixtures / "mastodon")).account
    assert account.platform is Platform.MASTODON
    assert account.handle == "@jane@social.example"
    assert account.name == "Mastodon – Jane Doe (@jane@social.example)"
    assert account.url == "https://social.example/@jane"


def test_repeated_ordered_items_the_last_one_wins(fixtures):
    result = parse_mastodon_archive(str(fixtures / "mastodon_dup"))
    assert [p.title for p in result.posts] == ["One", "Two"]


def test_repeated_ordered_items_last_wins_even_when_it_is_empty(tmp_path):
    (tmp_path / "outbox.json").write_text(
        '{"orderedItems": [{"type": "Announce"}, {"type": "Create", "object": {"id": "x", '
        '"published": "2023-01-01T00:00:00Z", "content": "a"}}], "orderedItems": []}')
    result = parse_mastodon_archive(str(tmp_path / "outbox.json"))
    assert result.posts == [] and not result.skipped


def test_tar_gz_archive(fixtures, tmp_path, pack_tar):
    archive = pack_tar(fixtures / "mastodon", tmp_path / "archive-20240310.tar.gz")
    result = parse_mastodon_archive(str(archive))
    assert len(result.posts) == 3 and result.account.handle == "@jane@social.example"


def test_tar_gz_without_outbox_is_refused(fixtures, tmp_path, pack_tar):
    archive = pack_tar(fixtures / "linkedin", tmp_path / "archive.tar.gz")
    with pytest.raises(ImportRefused, match="archive.tar.gz.*outbox.json"):
        parse_mastodon_archive(str(archive))


def test_outbox_without_items_is_refused(tmp_path):
    (tmp_path / "outbox.json").write_text('{"type": "OrderedCollection", "totalItems": 0}')
    with pytest.raises(ImportRefused, match="orderedItems"):
        parse_mastodon_archive(str(tmp_path / "outbox.json"))


@pytest.mark.parametrize("markup, text", [
    ("<p>a</p><p>b</p>", "a\n\nb"),
    ("<p>a<br>b<br/>c</p>", "a\nb\nc"),
    ("<p>&lt;script&gt; &amp; &quot;q&quot; &#127881;</p>", '<script> & "q" 🎉'),
    ("plain", "plain"),
    ("<p>unclosed <b>bold", "unclosed bold"),
    ("<ul><li>one</li><li>two</li></ul>", "• one\n• two"),
])
def test_html_to_text(markup, text):
    assert html_to_text(markup) == text


def test_an_outbox_alone_takes_its_account_from_the_post_urls(fixtures, tmp_path):
    # actor.json beside a picked file is a neighbour and is not read; the post URLs name the account
    picked = tmp_path / "outbox (2).json"
    picked.write_bytes((fixtures / "mastodon" / "outbox.json").read_bytes())
    (tmp_path / "actor.json").write_text('{"preferredUsername": "someone_else", "id": "https://other.example/u"}')
    result = parse_mastodon_archive(str(picked))
    assert len(result.posts) == 3
    assert result.account.handle == "@jane@social.example" and result.account.platform is Platform.MASTODON


def test_a_picked_file_of_another_kind_is_refused(fixtures):
    with pytest.raises(ImportRefused, match="actor.json: this looks like a Mastodon profile file"):
        parse_mastodon_archive(str(fixtures / "mastodon" / "actor.json"))

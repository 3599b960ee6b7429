"""A typed path is judged, never raised on: every text gives a usable path or a reason."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from portfolio_app.services.save_target import (
    BAD_CHARACTER,
    IS_FOLDER,
    NO_FILE_NAME,
    NO_FOLDER,
    NO_PATH,
    NO_SUCH_USER,
    NOT_FOUND,
    TOO_LONG,
    read_target,
    save_target,
)

path_text = st.text(alphabet=st.sampled_from("/\\~.a b\x00é-"), max_size=12) | st.text(max_size=40)


@given(path_text)
def test_any_text_gives_a_path_or_a_reason_and_never_raises(text):
    for target in (save_target(text, ".pdf", base=Path("/tmp")), save_target(text, ".csv", check_disk=False)):
        assert target.ok != bool(target.problem)
        if target.ok:
            assert target.path.is_absolute() and target.path.name
    # something to read may be a folder, the root folder "/" among them, so it needs no name
    target = read_target(text, base=Path("/tmp"))
    assert target.ok != bool(target.problem)
    assert not target.ok or (target.path.is_absolute() and target.path.exists())


def test_what_a_half_typed_path_means(tmp_path):
    assert save_target("", ".pdf").problem == NO_PATH
    assert save_target("/", ".pdf").problem == NO_FILE_NAME
    assert save_target("~", ".pdf").problem == NO_FILE_NAME
    assert save_target(f"{tmp_path}/", ".pdf").problem == NO_FILE_NAME
    assert save_target(f"{tmp_path}/..", ".pdf").problem == NO_FILE_NAME
    assert save_target("a\x00b", ".pdf").problem == BAD_CHARACTER
    assert save_target("x" * 5000, ".pdf").problem == TOO_LONG
    refused = save_target("~no-such-user-here/cv", ".pdf")
    assert (refused.problem, refused.detail) == (NO_SUCH_USER, "~no-such-user-here")
    missing = save_target(f"{tmp_path}/nope/cv", ".pdf")
    assert (missing.problem, missing.detail) == (NO_FOLDER, str(tmp_path / "nope"))


def test_the_suffix_is_added_and_a_relative_name_lands_in_the_base_folder(tmp_path):
    assert save_target(f"{tmp_path}/cv", ".pdf").path == tmp_path / "cv.pdf"
    assert save_target(f"{tmp_path}/cv.PDF", ".pdf").path == tmp_path / "cv.PDF"
    assert save_target("  cv  ", ".csv", base=tmp_path).path == tmp_path / "cv.csv"
    assert save_target("~/cv", ".pdf", check_disk=False).path == Path.home() / "cv.pdf"


def test_a_folder_where_the_file_should_go_is_named(tmp_path):
    (tmp_path / "cv.pdf").mkdir()
    refused = save_target(str(tmp_path / "cv"), ".pdf")
    assert (refused.problem, refused.detail) == (IS_FOLDER, str(tmp_path / "cv.pdf"))
    assert save_target(str(tmp_path / "cv"), ".pdf", check_disk=False).ok


def test_a_file_to_read_must_exist(tmp_path):
    (tmp_path / "tweets.js").write_text("x")
    assert read_target(str(tmp_path / "tweets.js")).path == tmp_path / "tweets.js"
    assert read_target(str(tmp_path)).path == tmp_path
    assert read_target(str(tmp_path / "gone.zip")).problem == NOT_FOUND

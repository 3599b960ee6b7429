"""Whatever the input, an importer either returns records or raises ImportRefused."""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portfolio_app.importers import (
    ImportRefused,
    parse_csv,
    parse_linkedin_export,
    parse_mapping,
    parse_mastodon_archive,
    parse_x_archive,
)
from portfolio_app.importers import containers
from portfolio_app.importers.csvtext import MAX_LINE_CHARS

FIXTURES = Path(__file__).parent / "fixtures"

# (parser, fixture folder, file inside it that gets damaged)
TARGETS = {
    "x": (lambda p: parse_x_archive(p), "x_archive", "data/tweets.js"),
    "x-account": (lambda p: parse_x_archive(p), "x_archive", "data/account.js"),
    "linkedin": (lambda p: parse_linkedin_export(p), "linkedin", "Shares.csv"),
    "linkedin-connections": (lambda p: parse_linkedin_export(p), "linkedin", "Connections.csv"),
    "mastodon": (lambda p: parse_mastodon_archive(p), "mastodon", "outbox.json"),
    "mastodon-actor": (lambda p: parse_mastodon_archive(p), "mastodon", "actor.json"),
    "csv": (lambda p: parse_csv(os.path.join(p, "posts_de.csv"),
                                parse_mapping("date=Posted on,title=Headline,impressions=Views")),
            "csv", "posts_de.csv"),
}


def run_damaged(target: str, damage) -> None:
    parse, folder, member = TARGETS[target]
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / folder
        shutil.copytree(FIXTURES / folder, copy)
        file = copy / member
        file.write_bytes(damage(file.read_bytes()))
        try:
            parse(str(copy))
        except ImportRefused as refused:
            assert refused.file and str(refused)


slow = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@slow
@given(st.sampled_from(sorted(TARGETS)), st.floats(min_value=0, max_value=1))
def test_truncated_anywhere(target, where):
    run_damaged(target, lambda data: data[: int(len(data) * where)])


@slow
@given(st.sampled_from(sorted(TARGETS)), st.floats(min_value=0, max_value=1), st.binary(min_size=1, max_size=20))
def test_bytes_inserted_anywhere(target, where, junk):
    run_damaged(target, lambda data: data[: int(len(data) * where)] + junk + data[int(len(data) * where):])


@slow
@given(st.sampled_from(sorted(TARGETS)), st.floats(min_value=0, max_value=1), st.integers(1, 200))
def test_slice_removed_anywhere(target, where, length):
    def cut(data: bytes) -> bytes:
        start = int(len(data) * where)
        return data[:start] + data[start + length:]
    run_damaged(target, cut)


@slow
@given(st.sampled_from(sorted(TARGETS)), st.binary(max_size=300))
def test_random_bytes_instead_of_the_file(target, junk):
    run_damaged(target, lambda data: junk)


@slow
@given(st.sampled_from(sorted(TARGETS)), st.text(max_size=300))
def test_random_text_instead_of_the_file(target, junk):
    run_damaged(target, lambda data: junk.encode("utf-8", "surrogatepass"))


@slow
@given(st.binary(max_size=400), st.sampled_from(["export.zip", "archive.tar.gz", "tweets.js", "outbox.json"]))
def test_random_bytes_as_the_archive(junk, name):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(junk)
        for parse in (parse_x_archive, parse_linkedin_export, parse_mastodon_archive):
            try:
                parse(str(path))
            except ImportRefused as refused:
                assert str(refused)


# -- named cases: each says which file (and line) is wrong ---------------------

def test_missing_path_is_refused(tmp_path):
    with pytest.raises(ImportRefused, match="does not exist"):
        parse_x_archive(str(tmp_path / "nope.zip"))


def test_empty_posts_file(copy_fixture):
    folder = copy_fixture("x_archive")
    (folder / "data" / "tweets.js").write_bytes(b"")
    with pytest.raises(ImportRefused, match=r"x_archive/data/tweets.js: the file is empty"):
        parse_x_archive(str(folder))


def test_truncated_posts_file_names_the_line(copy_fixture):
    folder = copy_fixture("x_archive")
    file = folder / "data" / "tweets.js"
    file.write_text("\n".join(file.read_text().splitlines()[:50]))
    with pytest.raises(ImportRefused, match=r"tweets.js, line 50: the file ends"):
        parse_x_archive(str(folder))


def test_garbage_zip_is_refused(tmp_path):
    path = tmp_path / "export.zip"
    path.write_bytes(os.urandom(4000))
    with pytest.raises(ImportRefused, match="export.zip: not a readable zip archive"):
        parse_linkedin_export(str(path))


def test_truncated_zip_is_refused(fixtures, tmp_path, pack_zip):
    archive = pack_zip(fixtures / "x_archive", tmp_path / "x.zip")
    archive.write_bytes(archive.read_bytes()[:900])
    with pytest.raises(ImportRefused, match="x.zip"):
        parse_x_archive(str(archive))


def test_corrupt_member_inside_a_zip_is_refused(fixtures, tmp_path, pack_zip):
    archive = pack_zip(fixtures / "x_archive", tmp_path / "x.zip")
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zipped:
        info = zipped.getinfo("data/tweets.js")
    start = info.header_offset + 30 + len(info.filename) + 10
    data[start:start + 40] = b"\x00" * 40
    archive.write_bytes(bytes(data))
    with pytest.raises(ImportRefused, match="x.zip/data/tweets.js"):
        parse_x_archive(str(archive))


def test_truncated_tar_gz_is_refused(fixtures, tmp_path, pack_tar):
    archive = pack_tar(fixtures / "mastodon", tmp_path / "m.tar.gz")
    archive.write_bytes(archive.read_bytes()[:-200])
    with pytest.raises(ImportRefused, match="m.tar.gz"):
        parse_mastodon_archive(str(archive))


def test_binary_garbage_as_csv_is_refused(tmp_path):
    path = tmp_path / "Shares.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(ImportRefused, match="Shares.csv: this looks like an image"):
        parse_linkedin_export(str(path))


def test_two_gigabyte_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "data" / "tweets.js"
    path.parent.mkdir()
    with open(path, "wb") as handle:  # sparse: takes no disk space
        handle.truncate(2 * 1024 ** 3)
    with pytest.raises(ImportRefused, match="larger than 1024 MB"):
        parse_x_archive(str(tmp_path))


def test_stream_cap_holds_even_when_the_size_was_not_known(tmp_path, monkeypatch):
    # a zip member may claim a small size; the counting reader stops at the cap anyway
    monkeypatch.setattr(containers.FolderContainer, "size", lambda self, name: 10)
    path = tmp_path / "data" / "tweets.js"
    path.parent.mkdir()
    path.write_text("window.YTD.tweets.part0 = [" + "1," * 100_000 + "1]")
    with pytest.raises(ImportRefused, match="larger than"):
        with containers.open_container(tmp_path) as container:
            with container.open_binary("data/tweets.js", limit=50_000) as binary:
                while binary.read(1 << 14):
                    pass


def test_huge_line_without_breaks_is_refused(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("date,title\n" + "x" * (MAX_LINE_CHARS + 10), encoding="utf-8")
    with pytest.raises(ImportRefused, match="big.csv, line 2: a line longer"):
        parse_csv(str(path), parse_mapping("date=date,title=title"), date_format="%Y-%m-%d")


def test_empty_csv(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportRefused, match="a.csv: the file is empty"):
        parse_csv(str(path), parse_mapping("date=date,title=title"), date_format="%Y-%m-%d")


def test_outbox_that_is_a_list_is_refused(tmp_path):
    (tmp_path / "outbox.json").write_text("[]")
    with pytest.raises(ImportRefused, match="outbox.json, line 1: expected"):
        parse_mastodon_archive(str(tmp_path / "outbox.json"))


def test_not_utf8_names_the_line(tmp_path):
    (tmp_path / "Shares.csv").write_bytes(
        b"Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2025-01-01 00:00:00,,ok,,,\n"
        b"2025-01-02 00:00:00,,caf\xe9,,,\n")
    with pytest.raises(ImportRefused, match="Shares.csv, line 3: the file is not UTF-8"):
        parse_linkedin_export(str(tmp_path / "Shares.csv"))


def test_not_utf8_far_into_the_file_names_its_line(tmp_path):
    rows = "".join(f"2025-01-01 00:00:00,,post number {i},,,\n" for i in range(3000))
    (tmp_path / "Shares.csv").write_bytes(
        b"Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n" + rows.encode() +
        b"2025-01-02 00:00:00,,caf\xe9,,,\n")
    with pytest.raises(ImportRefused, match="Shares.csv, line 3002: the file is not UTF-8"):
        parse_linkedin_export(str(tmp_path / "Shares.csv"))


def test_zip_member_with_an_unknown_compression_method_is_refused(fixtures, tmp_path, pack_zip):
    archive = pack_zip(fixtures / "x_archive", tmp_path / "x.zip")
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zipped:
        info = zipped.getinfo("data/tweets.js")
    data[info.header_offset + 8:info.header_offset + 10] = (99).to_bytes(2, "little")  # local header
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        if data[central + 46:central + 46 + len(info.filename)] == info.filename.encode():
            data[central + 10:central + 12] = (99).to_bytes(2, "little")
            break
        central = data.find(b"PK\x01\x02", central + 4)
    archive.write_bytes(bytes(data))
    with pytest.raises(ImportRefused, match="x.zip"):
        parse_x_archive(str(archive))

"""Whole or nothing: a failing export leaves the old file as it was and no temporary file behind."""

from __future__ import annotations

import errno
import os

import pytest

from portfolio_app.errors import PortfolioError
from portfolio_app.report.writer import ExportFailed, write_atomically
from portfolio_app.services.export_pdf import export_pdf

OLD = b"%PDF-1.4 the previous portfolio"


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_success_replaces_the_file(tmp_path):
    target = tmp_path / "cv.pdf"
    target.write_bytes(OLD)
    write_atomically(target, lambda handle: handle.write(b"%PDF new"))
    assert target.read_bytes() == b"%PDF new"
    assert leftovers(tmp_path) == []


def test_disk_full_while_writing_keeps_the_old_file(tmp_path):
    target = tmp_path / "cv.pdf"
    target.write_bytes(OLD)

    def half_then_full(handle):
        handle.write(b"%PDF half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(ExportFailed, match="No space left on device") as caught:
        write_atomically(target, half_then_full)
    assert isinstance(caught.value, PortfolioError)
    assert str(target) in str(caught.value)
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_a_bug_while_rendering_keeps_the_old_file_and_propagates(tmp_path):
    target = tmp_path / "cv.pdf"
    target.write_bytes(OLD)
    with pytest.raises(ZeroDivisionError):
        write_atomically(target, lambda handle: 1 / 0)
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_a_folder_in_the_way_is_named_and_kept(tmp_path):
    target = tmp_path / "cv.pdf"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    with pytest.raises(ExportFailed, match="is a folder"):
        write_atomically(target, lambda handle: handle.write(b"%PDF new"))
    assert (target / "keep.txt").read_text() == "mine"
    assert leftovers(tmp_path) == []


def test_missing_folder(tmp_path):
    with pytest.raises(ExportFailed, match="does not exist"):
        write_atomically(tmp_path / "nope" / "cv.pdf", lambda handle: handle.write(b"x"))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a user whom permissions bind (not root)")
def test_unwritable_folder_keeps_the_old_file(demo_db, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "cv.pdf"
    target.write_bytes(OLD)
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportFailed, match="Cannot write the PDF"):
            export_pdf(demo_db, target)
        assert target.read_bytes() == OLD
    finally:
        folder.chmod(0o700)


def test_real_export_over_an_old_file(demo_db, tmp_path):
    target = tmp_path / "cv.pdf"
    target.write_bytes(OLD)
    result = export_pdf(demo_db, target)
    assert target.read_bytes().startswith(b"%PDF-") and target.read_bytes() != OLD
    assert result.size_bytes == target.stat().st_size
    assert leftovers(tmp_path) == []


def test_progress_is_reported_and_cancel_keeps_the_old_file(demo_db, tmp_path):
    seen = []
    first = export_pdf(demo_db, tmp_path / "a.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 10
    assert all(0 <= done <= total for done, total in seen)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)

    class Cancelled(Exception):
        pass

    def cancel(done, total):
        if done > total // 2:
            raise Cancelled

    target = tmp_path / "cv.pdf"
    target.write_bytes(OLD)
    with pytest.raises(Cancelled):
        export_pdf(demo_db, target, progress=cancel)
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []
    assert first.pages > 5

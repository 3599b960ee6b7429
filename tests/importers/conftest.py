"""Fixture exports live in fixtures/ as folders; archives are packed from them per test."""

from __future__ import annotations

import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def pack_zip(folder: Path, target: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                info = zipfile.ZipInfo(prefix + file.relative_to(folder).as_posix(), (2025, 7, 2, 9, 0, 0))
                archive.writestr(info, file.read_bytes(), zipfile.ZIP_DEFLATED)
    return target


def pack_tar(folder: Path, target: Path) -> Path:
    with tarfile.open(target, "w:gz") as archive:
        for file in sorted(folder.rglob("*")):
            archive.add(file, arcname=file.relative_to(folder).as_posix())
    return target


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def copy_fixture(tmp_path):
    """A writable copy of one fixture folder, for tests that break a file on purpose."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(FIXTURES / name, target)
        return target

    return copy


@pytest.fixture(name="pack_zip")
def pack_zip_fixture():
    return pack_zip


@pytest.fixture(name="pack_tar")
def pack_tar_fixture():
    return pack_tar

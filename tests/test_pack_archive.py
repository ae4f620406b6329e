"""Sharing packs as ``.uapack`` files: export, and an import that refuses hostile archives and
folders before writing anything. Real zips and folders in tmp_path, nothing mocked."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import os
import shutil
import struct
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pytest

from helpers import SEED_ID, TRAINING_ID, copy_bundled_pack, edit_manifest
from uawriter.bundled import bundled_packs_folder
from uawriter.cli import run
from uawriter.domain.model import Pack
from uawriter.engine import (
    check_pack_folder,
    import_pack_file,
    load_catalog,
    sort_for_display,
    urgency_key,
)
from uawriter.packs import LoadResult, limits
from uawriter.packs.archive import PackArchiveError, export_pack, import_pack
from uawriter.packs.install import ImportResult, ImportStatus
from uawriter.packs.recovery import PACKS_LOCK_NAME, STAGING_PREFIX
from uawriter.paths import AppPaths

MIB = 1024 * 1024
SEED = bundled_packs_folder() / SEED_ID


# -- building packs and archives -----------------------------------------------------------


def pack_files(pack_id: str = "mine", revision: int = 1, update: int = 3) -> dict[str, bytes]:
    """The seed pack's files (``pack.toml``, ``letters/kk.txt``, …) under another id."""
    files = {
        path.relative_to(SEED).as_posix(): path.read_bytes()
        for path in sorted(SEED.rglob("*"))
        if path.is_file()
    }
    manifest = files["pack.toml"].decode("utf-8")
    for old, new in (
        (f'id = "{SEED_ID}"', f'id = "{pack_id}"'),
        ("revision = 1", f"revision = {revision}"),
        ("update = 3", f"update = {update}"),
    ):
        assert old in manifest
        manifest = manifest.replace(old, new, 1)
    files["pack.toml"] = manifest.encode("utf-8")
    return files


def write_zip(
    path: Path,
    entries: Iterable[tuple[str | zipfile.ZipInfo, bytes]],
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def pack_zip(
    path: Path,
    extra: Iterable[tuple[str | zipfile.ZipInfo, bytes]] = (),
    files: dict[str, bytes] | None = None,
    top: str = "mine",
) -> Path:
    """A zip of a good pack (the seed under the id ``mine``) in one folder, plus ``extra``."""
    files = pack_files() if files is None else files
    return write_zip(path, [*((f"{top}/{rel}", data) for rel, data in files.items()), *extra])


def pack_folder(into: Path, files: dict[str, bytes] | None = None, name: str = "mine") -> Path:
    folder = into / name
    for rel, data in (pack_files() if files is None else files).items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)
    return folder


# -- what the user data folder holds -------------------------------------------------------


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """A user data folder that already holds one user pack (the training pack as "other")."""
    app_paths = AppPaths(tmp_path / "userdata")
    app_paths.user_packs.mkdir(parents=True)
    other = copy_bundled_pack(TRAINING_ID, app_paths.user_packs, "other")
    edit_manifest(other, f'id = "{TRAINING_ID}"', 'id = "other"')
    return app_paths


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder`` with a hash of its bytes."""
    return {
        path.relative_to(folder).as_posix(): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        )
        for path in sorted(folder.rglob("*"))
    }


def do_import(paths: AppPaths, source: Path, replace: bool = False) -> ImportResult:
    return import_pack(
        source,
        paths.user_packs,
        installed=load_catalog(paths),
        replace=replace,
        check=check_pack_folder,
    )


def assert_refused_and_nothing_written(
    paths: AppPaths, source: Path, *expected: str
) -> ImportResult:
    """Import ``source``: refused, each expected text in a problem, the packs folder as it
    was, no staging folder left behind."""
    before = snapshot(paths.user_packs)

    result = do_import(paths, source)

    assert result.status is ImportStatus.REFUSED, result
    assert result.refused
    assert not result.installed
    assert result.pack is None
    assert result.path is None
    lines = [str(problem) for problem in result.problems]
    for text in expected:
        assert any(text in line for line in lines), (text, lines)
    assert snapshot(paths.user_packs) == before
    assert data_files(paths) == ["packs"]
    return result


#: What listing and loading packs keep between runs (which letters were checked, the
#: listing's index): not a volunteer's data, and not written by an import.
CACHES = {"checked_packs.json", "pack_index.json"}


def data_files(paths: AppPaths) -> list[str]:
    """What is in the data folder, the caches and the (empty) lock file aside."""
    skipped = {*CACHES, PACKS_LOCK_NAME}
    return sorted(p.name for p in paths.data_dir.iterdir() if p.name not in skipped)


def comparable(pack: Pack) -> Pack:
    return dataclasses.replace(pack, path=None, bundled=False)


# -- refusals: paths out of the pack folder ------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "says"),
    [
        ("../evil.txt", "../evil.txt: leads out of the pack folder ('..')"),
        ("mine/../../evil.txt", "mine/../../evil.txt: leads out of the pack folder ('..')"),
        ("mine/letters/../../../evil.txt", "mine/letters/../../../evil.txt: leads out of the"),
        ("/abs.txt", "/abs.txt: is an absolute path"),
        ("/etc/cron.d/evil", "/etc/cron.d/evil: is an absolute path"),
        ("C:\\evil.txt", "C:\\evil.txt: is a Windows path (a drive letter or backslashes)"),
        ("C:/evil.txt", "C:/evil.txt: is a Windows path"),
        ("mine\\..\\..\\evil.txt", "mine\\..\\..\\evil.txt: is a Windows path"),
    ],
)
def test_an_entry_leading_out_of_the_pack_is_refused(
    paths: AppPaths, tmp_path: Path, entry: str, says: str
) -> None:
    archive = pack_zip(tmp_path / "evil.uapack", [(entry, b"owned\n")])

    result = assert_refused_and_nothing_written(paths, archive, f"evil.uapack: {says}")

    assert len(result.problems) == 1
    assert "ask whoever sent it for a copy made with UA Writer" in str(result.problems[0])
    assert not (tmp_path / "evil.txt").exists()
    assert not (paths.data_dir / "evil.txt").exists()


def test_a_symbolic_link_entry_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("mine/letters/ky.txt")
    link.create_system = 3
    link.external_attr = 0o120777 << 16  # a symbolic link, as Info-ZIP stores one
    archive = pack_zip(tmp_path / "link.uapack", [(link, b"/etc/passwd")])

    result = assert_refused_and_nothing_written(
        paths,
        archive,
        "link.uapack: mine/letters/ky.txt: is a symbolic link; a pack holds only plain files",
    )

    assert len(result.problems) == 1


def test_every_bad_entry_is_reported_at_once(paths: AppPaths, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("mine/link")
    link.external_attr = 0o120777 << 16
    archive = pack_zip(
        tmp_path / "bad.uapack",
        [("../a.txt", b"x"), ("/b.txt", b"x"), (link, b"/"), ("mine/letters/EN.TXT", b"x")],
    )

    result = assert_refused_and_nothing_written(
        paths,
        archive,
        "../a.txt: leads out",
        "/b.txt: is an absolute path",
        "mine/link: is a symbolic link",
        "mine/letters/EN.TXT: is in the archive twice",
    )

    assert len(result.problems) == 4


@pytest.mark.parametrize(
    "entry", ["mine/letters/con.txt", "mine/a:b.txt", "mine/what?.txt", "mine/pipe|d.md"]
)
def test_a_name_some_computers_cannot_hold_is_refused(
    paths: AppPaths, tmp_path: Path, entry: str
) -> None:
    archive = pack_zip(tmp_path / "names.uapack", [(entry, b"x")])

    assert_refused_and_nothing_written(
        paths, archive, f"{entry}: has a name that files cannot have on every computer"
    )


def test_a_name_of_more_bytes_than_a_file_name_can_have_is_refused(
    paths: AppPaths, tmp_path: Path
) -> None:
    """200 emoji: 200 characters, 800 bytes. It was let through, and the import failed
    with "File name too long", naming the hidden staging folder."""
    entry = "mine/" + "\U0001f600" * 200 + ".md"
    archive = pack_zip(tmp_path / "long.uapack", [(entry, b"x")])

    shown = f"{entry[:110]}…{entry[-49:]}"  # its beginning and end (probe 102a)
    assert_refused_and_nothing_written(
        paths, archive, f"{shown}: has a name too long for a file (more than 255 bytes"
    )


def test_one_name_written_two_ways_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    """ "café" with "é" as one letter and as "e" and an accent: two files on Linux, one on a
    Mac."""
    archive = pack_zip(
        tmp_path / "nfd.uapack", [("mine/caf\u00e9.md", b"x"), ("mine/cafe\u0301.md", b"y")]
    )

    assert_refused_and_nothing_written(
        paths, archive, "mine/cafe\u0301.md: is in the archive twice", "how an accent is written"
    )


def test_a_file_that_is_also_a_folder_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    # both unpacked: a note for people, and a folder of that name (a file the pack does
    # not use is left out whatever its name, as from a folder: probe 82b)
    archive = pack_zip(
        tmp_path / "clash.uapack", [("mine/README.md", b"x"), ("mine/README.md/sub/", b"")]
    )

    assert_refused_and_nothing_written(
        paths, archive, "clash.uapack: mine/README.md: is both a file and a folder"
    )


# -- refusals: sizes and counts ------------------------------------------------------------


def test_an_archive_over_20_mib_is_refused_before_it_is_opened(
    paths: AppPaths, tmp_path: Path
) -> None:
    archive = pack_zip(
        tmp_path / "big.uapack", [("mine/noise.bin", os.urandom(21 * MIB))], files=pack_files()
    )
    with zipfile.ZipFile(archive) as opened:  # stored as is: random bytes do not compress
        assert opened.getinfo("mine/noise.bin").compress_size > 20 * MIB
    size = archive.stat().st_size

    result = assert_refused_and_nothing_written(
        paths,
        archive,
        f"big.uapack: is {size:,} bytes; a pack archive may be at most 20,971,520 bytes (20 MiB)",
    )

    assert len(result.problems) == 1


def test_a_zip_bomb_is_refused_from_its_declared_size(paths: AppPaths, tmp_path: Path) -> None:
    zeros = b"\0" * (51 * MIB)
    archive = pack_zip(tmp_path / "bomb.uapack", [("mine/zeros.txt", zeros)])
    assert archive.stat().st_size < MIB  # 51 MiB of zeros squeeze into a few kilobytes
    declared = sum(info.file_size for info in zipfile.ZipFile(archive).infolist())

    assert_refused_and_nothing_written(
        paths,
        archive,
        f"bomb.uapack: unpacks to {declared:,} bytes; a pack may hold at most "
        "52,428,800 bytes (50 MiB) of files: this is not a pack, or it is built to fill the "
        "disk (a zip bomb); do not use it",
    )


def test_many_small_members_adding_up_past_50_mib_are_refused(
    paths: AppPaths, tmp_path: Path
) -> None:
    archive = pack_zip(
        tmp_path / "bombs.uapack", [(f"mine/z{i}.txt", b"\0" * (3 * MIB)) for i in range(17)]
    )

    assert_refused_and_nothing_written(paths, archive, "bombs.uapack: unpacks to", "zip bomb")


def test_a_member_whose_header_lies_about_its_size_is_refused(
    paths: AppPaths, tmp_path: Path
) -> None:
    """60 MiB of zeros whose headers (local and central) say 1,000 bytes: the declared total
    passes, the real bytes do not (zipfile stops at the declared size and the CRC fails)."""
    archive = pack_zip(tmp_path / "liar.uapack", [("mine/zeros.txt", b"\0" * (60 * MIB))])
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as opened:
        local = opened.getinfo("mine/zeros.txt").header_offset
    central = data.rindex(b"PK\x01\x02")  # the last member's central directory record
    assert data[central + 46 : central + 46 + 14] == b"mine/zeros.txt"
    struct.pack_into("<I", data, local + 22, 1000)  # uncompressed size, local header
    struct.pack_into("<I", data, central + 24, 1000)  # uncompressed size, central directory
    archive.write_bytes(bytes(data))
    with zipfile.ZipFile(archive) as opened:
        assert opened.getinfo("mine/zeros.txt").file_size == 1000

    result = assert_refused_and_nothing_written(
        paths, archive, "liar.uapack: mine/zeros.txt: is damaged (Bad CRC-32"
    )

    assert "copy the archive again" in str(result.problems[0])


def test_more_than_500_entries_are_refused(paths: AppPaths, tmp_path: Path) -> None:
    files = pack_files()
    notes = [(f"mine/notes/{i:03d}.txt", b"note\n") for i in range(501 - len(files))]
    archive = pack_zip(tmp_path / "many.uapack", notes, files=files)
    assert len(zipfile.ZipFile(archive).infolist()) == 501

    assert_refused_and_nothing_written(
        paths,
        archive,
        # 501 files, and the folders letters/ and notes/ they are in
        "many.uapack: holds 503 files and folders; a pack archive may hold at most 500",
    )


def test_500_files_and_folders_are_accepted_and_can_be_shared_on(
    paths: AppPaths, tmp_path: Path
) -> None:
    files = pack_files()
    folders = {"letters", "notes"}  # made by the paths of the files in them
    notes = [(f"mine/notes/{i:03d}.txt", b"note\n") for i in range(500 - len(files) - 2)]
    archive = pack_zip(tmp_path / "many.uapack", notes, files=files)
    assert {rel.partition("/")[0] for rel in files if "/" in rel} | {"notes"} == folders

    result = do_import(paths, archive)

    assert result.installed, result.problems
    assert result.pack is not None
    assert export_pack(paths.user_packs / "mine", tmp_path / "again.uapack").is_file()


def test_files_in_many_folders_are_counted_with_their_folders(
    paths: AppPaths, tmp_path: Path
) -> None:
    """480 files each in a folder of its own: 488 entries, as the archive lists them, but
    968 files and folders once unpacked. The archive was installed, then `pack-export`
    refused to share the pack on ("more than 500 files and folders"), and importing it as a
    folder was refused too."""
    notes = [(f"mine/d{i}/x.md", b"note\n") for i in range(480)]
    archive = pack_zip(tmp_path / "many.uapack", notes)
    assert len(zipfile.ZipFile(archive).infolist()) < 500

    assert_refused_and_nothing_written(
        paths, archive, "many.uapack: holds 969 files and folders; a pack archive may hold"
    )


# -- refusals: the pack itself -------------------------------------------------------------


def test_a_latin_1_template_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    files = pack_files()
    files["letters/en.txt"] = "Café\n".encode("latin-1") + files["letters/en.txt"]
    archive = pack_zip(tmp_path / "latin.uapack", files=files)

    result = assert_refused_and_nothing_written(paths, archive)

    assert [str(p) for p in result.problems] == [
        "mine/letters/en.txt: line 1: is not UTF-8 text; save the file as UTF-8 in your editor"
    ]
    assert result.pack_id == "mine"


def test_another_text_file_that_is_not_utf8_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    archive = pack_zip(
        tmp_path / "readme.uapack", [("mine/README.md", "\nnaïve\n".encode("cp1252"))]
    )

    result = assert_refused_and_nothing_written(paths, archive)

    assert [str(p) for p in result.problems] == [
        "mine/README.md: line 2: is not UTF-8 text; save the file as UTF-8 in your editor"
    ]


def test_a_manifest_with_a_missing_field_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    files = pack_files()
    files["pack.toml"] = files["pack.toml"].replace(b"contacts_checked = 2011-06-10\n", b"")
    archive = pack_zip(tmp_path / "missing.uapack", files=files)

    result = assert_refused_and_nothing_written(paths, archive)

    assert [str(p) for p in result.problems] == [
        "mine/pack.toml: contacts_checked: is missing; add contacts_checked = YYYY-MM-DD "
        "(a date, no quotes)"
    ]


def test_a_broken_template_is_refused_as_validate_refuses_it(
    paths: AppPaths, tmp_path: Path
) -> None:
    files = pack_files()
    files["letters/ru.txt"] = b"{{ ''.__class__.__mro__ }}\n"
    archive = pack_zip(tmp_path / "sandbox.uapack", files=files)

    assert_refused_and_nothing_written(
        paths, archive, "mine/letters/ru.txt: line 1: uses something templates may not touch"
    )


def test_an_archive_without_a_pack_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "photos.uapack", [("a/x.jpg", b""), ("b/x.txt", b"")])

    assert_refused_and_nothing_written(
        paths,
        archive,
        "photos.uapack: holds no pack.toml, neither at its top nor in one folder at its top",
    )


@pytest.mark.parametrize(
    ("entries", "said"),
    [
        # two packs zipped together
        (
            ["p1/pack.toml", "p1/letters/en.txt", "p2/pack.toml", "p2/letters/en.txt"],
            "holds 2 packs (p1/, p2/); a pack archive holds one pack",
        ),
        # the folder that holds the pack folder was zipped
        (
            ["packs/mine/pack.toml", "packs/mine/letters/en.txt"],
            "holds its pack in packs/mine/, too deep inside the archive",
        ),
        # the pack folder beside a stray file
        (
            ["mine/pack.toml", "mine/letters/en.txt", "README.txt"],
            "holds its pack folder mine/ beside other things at its top (README.txt)",
        ),
        # a hidden folder, skipped
        (
            [".mine/pack.toml", ".mine/letters/en.txt"],
            "holds its pack in .mine/, which is skipped: folders whose names start with '.'",
        ),
    ],
)
def test_an_archive_with_its_pack_elsewhere_says_where(
    paths: AppPaths, tmp_path: Path, entries: list[str], said: str
) -> None:
    """An organiser who opens the zip sees pack.toml files and was told there was none
    (probe 24B F4): the message names what the archive holds."""
    archive = write_zip(tmp_path / "two.uapack", [(name, b"") for name in entries])
    result = assert_refused_and_nothing_written(paths, archive, f"two.uapack: {said}")
    assert "holds no pack.toml" not in " ".join(str(p) for p in result.problems)


def test_a_file_that_is_not_a_zip_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    source = tmp_path / "notes.uapack"
    source.write_text("id = 'not a zip'\n", encoding="utf-8")

    result = assert_refused_and_nothing_written(
        paths, source, "notes.uapack: is not a pack archive: it is not a zip file"
    )

    assert len(result.problems) == 1


def test_a_damaged_zip_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    archive = export_pack(SEED, tmp_path / "seed.uapack")
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as opened:
        info = opened.getinfo(f"{SEED_ID}/pack.toml")
    start = info.header_offset + 30 + len(info.filename) + 100
    data[start : start + 64] = bytes(64)  # the middle of pack.toml's compressed bytes
    damaged = tmp_path / "damaged.uapack"
    damaged.write_bytes(bytes(data))

    assert_refused_and_nothing_written(
        paths, damaged, f"damaged.uapack: {SEED_ID}/pack.toml: is damaged"
    )


def test_a_cut_short_zip_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    archive = export_pack(SEED, tmp_path / "seed.uapack")
    cut = tmp_path / "cut.uapack"
    cut.write_bytes(archive.read_bytes()[:5000])

    assert_refused_and_nothing_written(paths, cut, "cut.uapack: is not a pack archive")


def test_a_source_that_does_not_exist_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    assert_refused_and_nothing_written(
        paths, tmp_path / "nowhere.uapack", "nowhere.uapack: does not exist"
    )


# -- refusals: folders ---------------------------------------------------------------------


def test_a_folder_holding_a_symbolic_link_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    folder = pack_folder(tmp_path / "stick")
    (folder / "letters" / "ky.txt").symlink_to("/etc/passwd")
    (folder / "more").symlink_to(tmp_path, target_is_directory=True)

    result = assert_refused_and_nothing_written(
        paths,
        folder,
        "mine/letters/ky.txt: is a symbolic link; a pack holds only plain files",
        "mine/more: is a symbolic link",
    )

    assert len(result.problems) == 2


def test_a_folder_without_pack_toml_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    folder = tmp_path / "stick" / "holiday"
    folder.mkdir(parents=True)
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")

    assert_refused_and_nothing_written(
        paths, folder, f"{folder}: holds no pack.toml; give the pack folder itself"
    )


def test_a_folder_with_more_than_500_entries_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    folder = pack_folder(tmp_path / "stick")
    (folder / "notes").mkdir()
    for i in range(500):
        (folder / "notes" / f"{i}.txt").write_bytes(b"")

    assert_refused_and_nothing_written(paths, folder, "mine: holds more than 500 files and folders")


def test_a_good_folder_is_installed_without_its_hidden_files(
    paths: AppPaths, tmp_path: Path
) -> None:
    folder = pack_folder(tmp_path / "stick", name="Pack from Almaty")
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("x", encoding="utf-8")
    (folder / "letters" / ".DS_Store").write_bytes(b"\0\1")

    result = do_import(paths, folder)

    assert result.installed, result.problems
    assert result.path == paths.user_packs / "mine"
    assert sorted(snapshot(result.path)) == sorted(["letters", *pack_files()])
    assert (folder / ".git").exists()  # the source is left as it was


# -- installing ----------------------------------------------------------------------------


def test_round_trip_gives_the_same_bytes_and_the_same_pack(tmp_path: Path) -> None:
    """Seed pack -> archive -> first user folder -> archive -> second user folder. Imported
    with no other pack installed (the seed's id belongs to a bundled pack otherwise)."""
    first, second = tmp_path / "first" / "packs", tmp_path / "second" / "packs"

    archive_1 = export_pack(SEED, tmp_path / "one.uapack")
    imported_1 = import_pack(archive_1, first, installed=LoadResult(), check=check_pack_folder)
    assert imported_1.installed, imported_1.problems
    assert imported_1.path == first / SEED_ID
    archive_2 = export_pack(first / SEED_ID, tmp_path / "two.uapack")
    imported_2 = import_pack(archive_2, second, installed=LoadResult(), check=check_pack_folder)
    assert imported_2.installed, imported_2.problems

    assert archive_1.read_bytes() == archive_2.read_bytes()
    bundled = check_pack_folder(SEED)
    loaded_1, loaded_2 = check_pack_folder(first / SEED_ID), check_pack_folder(second / SEED_ID)
    assert isinstance(bundled, Pack)
    assert isinstance(loaded_1, Pack)
    assert isinstance(loaded_2, Pack)
    assert comparable(loaded_1) == comparable(bundled)
    assert comparable(loaded_2) == comparable(bundled)
    assert imported_2.pack is not None
    assert comparable(imported_2.pack) == comparable(bundled)
    assert imported_2.pack.path == second / SEED_ID
    assert snapshot(second / SEED_ID) == snapshot(SEED)


def test_export_is_deterministic_and_holds_one_folder_named_after_the_id(
    tmp_path: Path,
) -> None:
    folder = copy_bundled_pack(SEED_ID, tmp_path, "some folder name")
    os.utime(folder / "pack.toml", (0, 0))  # file times do not reach the archive

    archive = export_pack(folder, tmp_path / "a.uapack")

    assert archive.read_bytes() == export_pack(SEED, tmp_path / "b.uapack").read_bytes()
    with zipfile.ZipFile(archive) as opened:
        infos = opened.infolist()
    assert [i.filename for i in infos] == sorted(f"{SEED_ID}/{rel}" for rel in pack_files())
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert {i.external_attr >> 16 for i in infos} == {0o100644}


def test_export_into_a_folder_names_the_file_after_the_id(tmp_path: Path) -> None:
    assert export_pack(SEED, tmp_path) == tmp_path / f"{SEED_ID}.uapack"
    assert zipfile.is_zipfile(tmp_path / f"{SEED_ID}.uapack")


def test_export_refuses_a_pack_with_a_link_or_a_broken_pack(tmp_path: Path) -> None:
    linked = pack_folder(tmp_path / "a")
    (linked / "letters" / "ky.txt").symlink_to("/etc/passwd")
    broken = pack_folder(tmp_path / "b")
    edit_manifest(broken, "update = 3", 'update = "three"')

    with pytest.raises(PackArchiveError) as link_error:
        export_pack(linked, tmp_path / "a.uapack")
    with pytest.raises(PackArchiveError) as broken_error:
        export_pack(broken, tmp_path / "b.uapack")

    assert "mine/letters/ky.txt: is a symbolic link" in str(link_error.value)
    assert "action.update: should be a whole number" in str(broken_error.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_a_flat_archive_and_a_top_folder_of_any_name_are_installed_by_pack_id(
    paths: AppPaths, tmp_path: Path
) -> None:
    flat = write_zip(tmp_path / "flat.uapack", pack_files("flat-one").items())
    named = pack_zip(tmp_path / "named.uapack", files=pack_files("named-one"), top="Other Name")

    assert do_import(paths, flat).path == paths.user_packs / "flat-one"
    assert do_import(paths, named).path == paths.user_packs / "named-one"
    assert sorted(p.name for p in paths.user_packs.iterdir()) == ["flat-one", "named-one", "other"]


@pytest.mark.parametrize("name", ["...uapack", "..uapack", ".uapack", " .uapack", ". ..uapack"])
def test_a_flat_archive_of_any_file_name_is_installed(
    paths: AppPaths, tmp_path: Path, name: str
) -> None:
    """ "...uapack" (a name a copy tool or a typo makes): its pack folder was staged as
    "..", the staging folder itself, and the import said "could not write <the data
    folder>: File exists"."""
    flat = write_zip(tmp_path / name, pack_files("odd-name").items())

    result = do_import(paths, flat)

    assert result.installed, result.problems
    assert result.path == paths.user_packs / "odd-name"


def test_the_finder_s_extra_folder_and_hidden_files_are_left_out(
    paths: AppPaths, tmp_path: Path
) -> None:
    archive = pack_zip(
        tmp_path / "mac.uapack",
        [("__MACOSX/mine/._pack.toml", b"\0\5\26\7"), ("mine/.DS_Store", b"\0\0\0\1Bud1")],
    )

    result = do_import(paths, archive)

    assert result.installed, result.problems
    assert sorted(snapshot(paths.user_packs / "mine")) == sorted(["letters", *pack_files()])


def test_an_imported_pack_appears_in_the_catalog(paths: AppPaths, tmp_path: Path) -> None:
    archive = pack_zip(tmp_path / "mine.uapack")

    result = do_import(paths, archive)

    assert result.installed
    assert result.message == f"installed pack mine (revision 1) in {paths.user_packs / 'mine'}"
    catalog = load_catalog(paths)
    assert catalog.broken == []
    assert [p.id for p in catalog.packs] == [TRAINING_ID, SEED_ID, "mine", "other"]
    (mine,) = (p for p in catalog.packs if p.id == "mine")
    assert result.pack == mine
    assert data_files(paths) == ["packs"]


def test_the_same_id_twice_needs_confirmation(paths: AppPaths, tmp_path: Path) -> None:
    assert do_import(paths, pack_zip(tmp_path / "mine-1.uapack")).installed
    newer = pack_zip(tmp_path / "mine-2.uapack", files=pack_files(revision=2))
    before = snapshot(paths.user_packs)

    result = do_import(paths, newer)

    assert result.status is ImportStatus.NEEDS_CONFIRMATION
    assert result.needs_confirmation
    assert result.message == (
        f"pack mine is already installed as revision 1 (in {paths.user_packs / 'mine'}); "
        "mine-2.uapack holds revision 2, a newer one"
    )
    assert (result.pack_id, result.revision) == ("mine", 2)
    assert result.replaced == (paths.user_packs / "mine",)
    assert snapshot(paths.user_packs) == before


def test_replace_replaces_the_installed_copy(paths: AppPaths, tmp_path: Path) -> None:
    assert do_import(paths, pack_zip(tmp_path / "mine-2.uapack", files=pack_files(revision=2)))
    older = pack_zip(tmp_path / "mine-1.uapack")
    assert do_import(paths, older).message.endswith("holds revision 1, an older one")

    result = do_import(paths, older, replace=True)

    assert result.installed, result.problems
    assert result.message == (
        f"installed pack mine (revision 1) in {paths.user_packs / 'mine'}, "
        f"replacing the copy in {paths.user_packs / 'mine'}"
    )
    assert sorted(p.name for p in paths.user_packs.iterdir()) == ["mine", "other"]
    assert b"revision = 1\n" in (paths.user_packs / "mine" / "pack.toml").read_bytes()
    (mine,) = (p for p in load_catalog(paths).packs if p.id == "mine")
    assert mine.revision == 1


def test_replace_takes_away_a_copy_in_a_folder_of_another_name(
    paths: AppPaths, tmp_path: Path
) -> None:
    by_hand = pack_folder(paths.user_packs, name="copied by hand")
    broken = pack_folder(paths.user_packs, name="aaa broken copy")
    edit_manifest(broken, "update = 3", 'update = "three"')

    asked = do_import(paths, pack_zip(tmp_path / "mine.uapack"))
    result = do_import(paths, pack_zip(tmp_path / "mine.uapack"), replace=True)

    assert asked.needs_confirmation
    assert "a copy of pack mine that cannot be used is installed in" in asked.message
    assert set(asked.replaced) == {by_hand, broken}
    assert result.installed, result.problems
    assert set(result.replaced) == {by_hand, broken}
    assert sorted(p.name for p in paths.user_packs.iterdir()) == ["mine", "other"]
    assert load_catalog(paths).broken == []


def test_a_folder_already_named_like_the_id_is_kept(paths: AppPaths, tmp_path: Path) -> None:
    (paths.user_packs / "mine").mkdir()
    (paths.user_packs / "mine" / "notes.txt").write_text("mine, not a pack\n", encoding="utf-8")

    result = do_import(paths, pack_zip(tmp_path / "mine.uapack"))

    assert result.installed
    assert result.path == paths.user_packs / "mine-2"
    assert (paths.user_packs / "mine" / "notes.txt").read_text(encoding="utf-8") == (
        "mine, not a pack\n"
    )


@pytest.mark.parametrize("replace", [False, True])
def test_a_bundled_pack_id_is_refused_even_with_replace(
    paths: AppPaths, tmp_path: Path, replace: bool
) -> None:
    archive = export_pack(SEED, tmp_path / "seed.uapack")
    before = snapshot(paths.user_packs)

    result = do_import(paths, archive, replace=replace)

    assert result.refused
    assert [str(p) for p in result.problems] == [
        f"{SEED_ID}/pack.toml: id: '{SEED_ID}' is the id of a pack that comes with UA Writer, "
        f'which cannot be replaced; make a copy with a new id (such as id = "{SEED_ID}-local") '
        "and import that"
    ]
    assert snapshot(paths.user_packs) == before


def test_a_newer_update_with_its_own_id_is_installed_beside_the_older(
    paths: AppPaths, tmp_path: Path
) -> None:
    older = pack_zip(tmp_path / "u3.uapack", files=pack_files("kz-uzbeks-u3", update=3))
    newer = pack_zip(tmp_path / "u4.uapack", files=pack_files("kz-uzbeks-u4", update=4))

    assert do_import(paths, older).installed
    result = do_import(paths, newer)

    assert result.installed, result.problems
    catalog = load_catalog(paths)
    ids = [p.id for p in sort_for_display(catalog.packs, dt.date(2011, 7, 1))]
    assert ids.index("kz-uzbeks-u4") + 1 == ids.index("kz-uzbeks-u3")
    assert {"kz-uzbeks-u3", "kz-uzbeks-u4"} <= {p.name for p in paths.user_packs.iterdir()}


def test_engine_import_checks_templates_and_the_catalog(paths: AppPaths, tmp_path: Path) -> None:
    files = pack_files()
    files["letters/kk.txt"] = b"{{ nosuch }}\n"

    result = import_pack_file(paths, pack_zip(tmp_path / "mine.uapack", files=files))

    assert result.refused
    assert "mine/letters/kk.txt: line 1: uses a name that letters do not have" in str(
        result.problems[0]
    )


# -- display order -------------------------------------------------------------------------


def _variant(pack: Pack, pack_id: str, ua: str, update: int, deadline: dt.date | None) -> Pack:
    action = dataclasses.replace(pack.action, ua_number=ua, update=update, deadline=deadline)
    return dataclasses.replace(pack, id=pack_id, action=action)


def test_a_newer_update_comes_first_even_when_the_older_closes_sooner(
    packs: dict[str, Pack],
) -> None:
    seed, training = packs[SEED_ID], packs[TRAINING_ID]
    today = dt.date(2011, 7, 18)
    u3 = _variant(seed, "u3", "129/10", 3, dt.date(2011, 7, 22))  # closing soon
    u4 = _variant(seed, "u4", "129/10", 4, dt.date(2011, 8, 30))  # open
    other = _variant(seed, "other", "55/11", 0, dt.date(2011, 8, 1))  # open, sooner than u4
    passed = _variant(seed, "passed", "1/11", 0, dt.date(2011, 7, 1))

    ordered = sort_for_display([training, u3, passed, other, u4], today)

    assert [p.id for p in ordered] == ["other", "u4", "u3", "passed", TRAINING_ID]


def test_without_updates_of_one_action_the_order_is_by_urgency(packs: dict[str, Pack]) -> None:
    seed = packs[SEED_ID]
    today = dt.date(2011, 7, 18)
    variants = [
        _variant(seed, "a", "1/11", 0, dt.date(2011, 9, 1)),
        _variant(seed, "b", "2/11", 0, dt.date(2011, 7, 20)),
        _variant(seed, "c", "3/11", 0, None),
        _variant(seed, "d", "4/11", 0, dt.date(2011, 6, 1)),
        _variant(seed, "e", "5/11", 0, dt.date(2011, 7, 10)),
        _variant(seed, "f", "6/11", 0, dt.date(2011, 8, 1)),
    ]

    ordered = sort_for_display(variants, today)

    assert [p.id for p in ordered] == ["b", "f", "a", "e", "d", "c"]
    assert ordered == sorted(variants, key=lambda p: urgency_key(p, today))


# -- the command line ----------------------------------------------------------------------


def cli(paths: AppPaths, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), paths=paths, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_pack_export_writes_the_archive(paths: AppPaths, tmp_path: Path) -> None:
    target = tmp_path / "out" / "seed.uapack"
    target.parent.mkdir()

    code, out, err = cli(paths, "pack-export", SEED_ID, str(target))

    assert (code, out, err) == (0, f"{target}\n", "")
    assert target.read_bytes() == export_pack(SEED, tmp_path / "again.uapack").read_bytes()


def test_cli_pack_export_of_an_unknown_id_lists_the_ids(paths: AppPaths, tmp_path: Path) -> None:
    code, out, err = cli(paths, "pack-export", "nosuch", str(tmp_path / "x.uapack"))

    assert code == 2
    assert out == ""
    assert err == f"uawriter: no pack 'nosuch'; choose from: {TRAINING_ID}, {SEED_ID}, other\n"
    assert not (tmp_path / "x.uapack").exists()


def test_cli_pack_export_of_a_broken_pack_lists_its_problems(
    paths: AppPaths, tmp_path: Path
) -> None:
    edit_manifest(paths.user_packs / "other", "update = 0", 'update = "zero"')

    code, out, err = cli(paths, "pack-export", "other", str(tmp_path / "x.uapack"))

    assert code == 1
    assert out == ""
    assert err.startswith("uawriter: pack other cannot be exported:\n  other/pack.toml: ")
    assert not (tmp_path / "x.uapack").exists()


def test_cli_import_installs_asks_then_replaces(paths: AppPaths, tmp_path: Path) -> None:
    archive = pack_zip(tmp_path / "mine.uapack")
    folder = paths.user_packs / "mine"

    first = cli(paths, "import", str(archive))
    again = cli(paths, "import", str(archive))
    replaced = cli(paths, "import", str(archive), "--replace")

    assert first == (0, f"installed pack mine (revision 1) in {folder}\n", "")
    assert again == (
        3,
        "",
        f"uawriter: pack mine is already installed as revision 1 (in {folder}); mine.uapack "
        "holds revision 1, the same one\nnothing was installed; to replace the installed copy, "
        "run the same command again with --replace\n",
    )
    assert replaced == (
        0,
        f"installed pack mine (revision 1) in {folder}, replacing the copy in {folder}\n",
        "",
    )


def test_cli_import_refused_prints_every_problem(paths: AppPaths, tmp_path: Path) -> None:
    archive = pack_zip(tmp_path / "evil.uapack", [("../a.txt", b"x"), ("/b.txt", b"x")])
    before = snapshot(paths.user_packs)

    code, out, err = cli(paths, "import", str(archive))

    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert lines[0] == "uawriter: evil.uapack was not installed: 2 problems:"
    assert lines[1].startswith("  evil.uapack: ../a.txt: leads out of the pack folder")
    assert lines[2].startswith("  evil.uapack: /b.txt: is an absolute path")
    assert len(lines) == 3
    assert snapshot(paths.user_packs) == before


def test_cli_import_of_a_bundled_id_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    archive = export_pack(SEED, tmp_path / "seed.uapack")

    code, _, err = cli(paths, "import", str(archive), "--replace")

    assert code == 1
    assert "cannot be replaced; make a copy with a new id" in err


def test_cli_import_of_a_folder(paths: AppPaths, tmp_path: Path) -> None:
    folder = pack_folder(tmp_path / "stick")

    code, out, _ = cli(paths, "import", str(folder))

    assert code == 0
    assert out == f"installed pack mine (revision 1) in {paths.user_packs / 'mine'}\n"


def test_limits_are_in_limits_module() -> None:
    assert limits.MAX_ARCHIVE_BYTES == 20 * MIB
    assert limits.MAX_EXPANDED_BYTES == 50 * MIB
    assert limits.MAX_ARCHIVE_ENTRIES == 500
    assert limits.ARCHIVE_SUFFIX == ".uapack"


def test_a_staging_folder_left_by_a_killed_import_is_cleared(
    paths: AppPaths, tmp_path: Path
) -> None:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    stale = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=paths.data_dir))  # as an import
    (stale / "new" / "mine").mkdir(parents=True)
    os.utime(stale, (0, 0))
    fresh = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=paths.data_dir))

    assert do_import(paths, pack_zip(tmp_path / "mine.uapack")).installed

    assert not stale.exists()
    assert fresh.exists()  # another import may be using it


def _local_pack(into: Path, pack_id: str = "valdoria-local", title: str = "Our edit") -> Path:
    folder = copy_bundled_pack(TRAINING_ID, into, pack_id)
    edit_manifest(folder, 'id = "training-valdoria"', f'id = "{pack_id}"')
    edit_manifest(folder, "Training: teacher detained", f"{title}: teacher detained")
    return folder


@pytest.mark.parametrize("where", ["import", "editor-save"])
def test_a_pack_moved_aside_by_a_killed_replace_comes_back(
    where: str, paths: AppPaths, tmp_path: Path
) -> None:
    """Killed between moving the installed copy aside and moving the new one in, the pack
    was missing and its copy (with the organiser's edits) waited hidden until a later import
    deleted it (issue 12, item 10). The next start puts it back."""
    if where == "import":
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        staging = tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=paths.data_dir)  # as an import
        hidden = Path(staging) / "old"
        hidden.mkdir()
        backup = _local_pack(hidden, title="Our edit")
        backup = backup.rename(hidden / "0")
        os.utime(hidden.parent, (0, 0))
    else:
        backup = _local_pack(paths.user_packs, title="Our edit")
        backup = backup.rename(paths.user_packs / ".old-valdoria-local-4242")
        os.utime(backup, (0, 0))
    assert not (paths.user_packs / "valdoria-local").exists()

    catalog = load_catalog(paths)

    pack = next(p for p in catalog.packs if p.id == "valdoria-local")
    assert pack.path == paths.user_packs / "valdoria-local"
    assert pack.action.title.get("en").startswith("Our edit")
    assert not backup.exists()


def test_a_copy_moved_aside_is_kept_when_the_new_one_arrived(
    paths: AppPaths, tmp_path: Path
) -> None:
    """A copy an earlier version moved aside (``.old-<id>-<process>``) is not given back
    over the new revision, nor deleted: an organiser's own hidden backup is named alike
    (probe 46)."""
    _local_pack(paths.user_packs, title="New revision")
    old = _local_pack(tmp_path / "aside", title="Old revision")
    old = old.rename(paths.user_packs / ".old-valdoria-local-99")
    os.utime(old, (0, 0))
    fresh = Path(tempfile.mkdtemp(prefix=".saving-", dir=paths.user_packs))  # as a save

    catalog = load_catalog(paths)

    pack = next(p for p in catalog.packs if p.id == "valdoria-local")
    assert pack.action.title.get("en").startswith("New revision")
    assert (old / "pack.toml").is_file()
    assert fresh.exists()  # a save may be running in another window


# -- two imports at once (the twelfth probe: the pack was installed twice) ------------------


def _copies_of(paths: AppPaths, pack_id: str) -> list[Path]:
    catalog = load_catalog(paths)
    loaded = [p.path for p in catalog.packs if p.id == pack_id and p.path is not None]
    return [*loaded, *(b.path for b in catalog.broken if b.pack_id == pack_id)]


def test_an_import_that_finds_its_pack_arrived_meanwhile_asks(
    paths: AppPaths, tmp_path: Path
) -> None:
    """The interleaving two imports at once had: each read what was installed before
    either moved its pack in."""
    seen_before = load_catalog(paths)
    first = do_import(paths, pack_zip(tmp_path / "r1.uapack", files=pack_files(revision=1)))
    assert first.installed

    second = import_pack(
        pack_zip(tmp_path / "r2.uapack", files=pack_files(revision=2)),
        paths.user_packs,
        installed=seen_before,
        check=check_pack_folder,
    )

    assert second.needs_confirmation
    assert "by another import while this one was checked" in second.message
    assert _copies_of(paths, "mine") == [paths.user_packs / "mine"]

    replaced = import_pack(
        pack_zip(tmp_path / "r2b.uapack", files=pack_files(revision=2)),
        paths.user_packs,
        installed=seen_before,
        replace=True,
        check=check_pack_folder,
    )
    assert replaced.installed
    assert [p.revision for p in load_catalog(paths).packs if p.id == "mine"] == [2]
    assert _copies_of(paths, "mine") == [paths.user_packs / "mine"]


def test_two_imports_started_together_install_one_copy(paths: AppPaths, tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {**os.environ, "UAWRITER_DATA_DIR": str(paths.data_dir)}
    root = Path(__file__).resolve().parent.parent
    archives = [
        pack_zip(tmp_path / f"r{n}.uapack", files=pack_files("racing", revision=n)) for n in (1, 2)
    ]
    for _round in range(3):
        runs = [
            subprocess.Popen(
                [sys.executable, "-m", "uawriter", "import", str(archive)],
                env=env,
                cwd=root,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for archive in archives
        ]
        said = [run.communicate(timeout=120) for run in runs]
        codes = sorted(run.returncode for run in runs)
        assert codes[0] == 0, said
        assert _copies_of(paths, "racing") == [paths.user_packs / "racing"], said
        assert "Traceback" not in "".join(out + err for out, err in said)
        shutil.rmtree(paths.user_packs / "racing")


def test_a_second_import_waits_for_the_first_then_says_what_to_do(paths: AppPaths) -> None:
    import subprocess
    import sys

    from uawriter.packs.recovery import packs_changing

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time\nfrom pathlib import Path\n"
            "from uawriter.packs.recovery import packs_changing\n"
            f"with packs_changing(Path({str(paths.user_packs)!r})):\n"
            "    print('moving', flush=True)\n"
            "    time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "moving\n"
        with (
            pytest.raises(TimeoutError, match="another import or pack save"),
            packs_changing(paths.user_packs, wait=0.3),
        ):
            pass
    finally:
        holder.kill()
        holder.wait(timeout=30)
    with packs_changing(paths.user_packs, wait=0.3):  # its process ended: the lock went too
        pass


def test_files_that_are_not_part_of_a_pack_are_not_installed_nor_shared_again(
    paths: AppPaths, tmp_path: Path
) -> None:
    """A pack from a USB stick carried autorun.inf, an .exe, a .desktop file and a second
    pack in a folder of its own: all installed silently, and pack-export copied them onto
    the next stick (probe 24B F5). Only the manifest, the letters and text files for people
    at the top are installed; the others are named."""
    extra = [
        ("mine/autorun.inf", b"[autorun]\nopen=evil.exe\n"),
        ("mine/evil.exe", b"MZ" + bytes(2000)),
        ("mine/sub/deep/x.desktop", b"[Desktop Entry]\nExec=sh\n"),
        ("mine/q/pack.toml", b'id = "q"\n'),
        ("mine/letters/notes.md", b"not a letter\n"),
        ("mine/README.md", b"Made by the section office.\n"),
    ]
    archive = pack_zip(tmp_path / "extra.uapack", extra=extra)

    result = do_import(paths, archive)

    assert result.installed, result
    assert result.path is not None
    installed = sorted(p.relative_to(result.path).as_posix() for p in result.path.rglob("*"))
    assert "README.md" in installed
    assert "pack.toml" in installed
    for left in ("autorun.inf", "evil.exe", "sub", "q", "letters/notes.md"):
        assert left not in installed
    assert set(result.skipped) == {
        "autorun.inf",
        "evil.exe",
        "sub/deep/x.desktop",
        "q/pack.toml",
        "letters/notes.md",
    }
    assert "not installed, as a pack does not use them: " in result.message
    assert "evil.exe" in result.message

    # a folder brought by hand into the packs folder is not shared with its extras either
    (result.path / "evil.exe").write_bytes(b"MZ")
    shared = export_pack(result.path, tmp_path / "again.uapack")
    with zipfile.ZipFile(shared) as opened:
        names = opened.namelist()
    assert "mine/evil.exe" not in names
    assert "mine/README.md" in names
    assert "mine/pack.toml" in names

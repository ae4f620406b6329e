"""A season of packs stays fast (issue 12, item 21): ``uawriter packs`` lists from an index
kept between runs, reading again only the packs whose files changed; a pack's letters are
checked once in each state of its files."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest
from test_cli import cli
from uawriter.engine import list_packs, load_catalog
from uawriter.packs.loader import BrokenPack
from uawriter.paths import AppPaths
from uawriter.storage.checked_packs import CheckedPacks, check_key, fingerprint, folder_key
from uawriter.storage.pack_index import PackIndex


def user_pack(paths: AppPaths, name: str) -> Path:
    folder = copy_bundled_pack(TRAINING_ID, paths.user_packs, name)
    edit_manifest(folder, f'id = "{TRAINING_ID}"', f'id = "{name}"')
    return folder


def rewrite_keeping_size_and_time(path: Path, old: str, new: str) -> None:
    """Change a file's text without changing its size or modification time."""
    assert len(old.encode()) == len(new.encode())
    stat = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_an_unchanged_pack_is_listed_from_the_index(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    folder = user_pack(paths, "valdoria-2")
    first = {row.id: row for row in list_packs(paths)}
    assert "Training" in first["valdoria-2"].title
    assert folder_key(str(folder.absolute())) in PackIndex(paths.pack_index_file).load()
    # the same size and time: the index is believed (the file is not read again) ...
    rewrite_keeping_size_and_time(folder / "pack.toml", "Training:", "Exercise:")
    unchanged = {row.id: row for row in list_packs(paths)}["valdoria-2"]
    assert unchanged.title == first["valdoria-2"].title
    # ... and any real change is seen
    edit_manifest(folder, "Exercise:", "Exercise, changed:")
    listed = {row.id: row for row in list_packs(paths)}
    assert listed["valdoria-2"].title.startswith("Exercise, changed:")


def test_the_listing_reports_broken_and_duplicate_packs_as_before(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    user_pack(paths, "a-pack")
    twin = copy_bundled_pack(TRAINING_ID, paths.user_packs, "b-twin")
    edit_manifest(twin, f'id = "{TRAINING_ID}"', 'id = "a-pack"')
    broken = user_pack(paths, "c-broken")
    (broken / "letters" / "es.txt").write_text("{{ oops", encoding="utf-8")
    for _ in range(2):  # read, then from the index: the same answer
        outcome = cli(paths, "packs")
        assert outcome.code == 0
        ids = [line.split("\t")[0] for line in outcome.out.splitlines()]
        assert ids.count("a-pack") == 1
        assert "c-broken" not in ids
        assert "'a-pack' is already used by the pack in" in outcome.err
        assert "c-broken" in outcome.err
        assert "letters/es.txt" in outcome.err


def test_a_packs_letters_are_checked_once_in_each_state(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    folder = user_pack(paths, "valdoria-3")
    assert not any(isinstance(b, BrokenPack) for b in load_catalog(paths).broken)
    checked = CheckedPacks(paths.checked_packs_file).load()
    assert checked == {check_key(folder): fingerprint(folder)}
    # a broken template in the same size and time is not composed again (the state passed)
    letter = folder / "letters" / "es.txt"
    text = letter.read_text(encoding="utf-8")
    token = text[text.index("{{") : text.index("}}") + 2]
    rewrite_keeping_size_and_time(letter, token, "{{" + " " * (len(token) - 2))
    assert [p.id for p in load_catalog(paths).packs].count("valdoria-3") == 1
    # a real change is checked: the broken template is found
    letter.write_text(text.replace(token, "{{ nothing_of_the_sort }}"), encoding="utf-8")
    catalog = load_catalog(paths)
    assert "valdoria-3" not in [p.id for p in catalog.packs]
    assert any("letters/es.txt" in str(p) for b in catalog.broken for p in b.problems)
    # and a pack removed is forgotten
    (folder / "pack.toml").unlink()
    load_catalog(paths)
    assert CheckedPacks(paths.checked_packs_file).load() == {}


def test_an_export_reads_only_its_own_pack(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With a season of packs installed, ``export``, ``contacts`` and the other commands
    that name one pack read that pack and take the others from the index (each pack read
    cost ~2 ms: 2 s an export with 1,000 packs). A broken pack and a second pack with a
    used id are still refused with their problems."""
    from uawriter import engine

    paths = AppPaths(tmp_path / "data")
    for number in range(12):
        user_pack(paths, f"season-{number:02d}")
    assert cli(paths, "packs").code == 0  # the index is written
    read: list[str] = []
    real_load_pack = engine.load_pack

    def counted(folder: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        read.append(folder.name)
        return real_load_pack(folder, *args, **kwargs)

    monkeypatch.setattr(engine, "load_pack", counted)
    out = tmp_path / "out"
    done = cli(paths, "export", "--pack", "season-07", "--lang", "es", "--out", str(out))
    assert done.code == 0, done.err
    assert read == ["season-07"]
    assert len(list(out.glob("*.pdf"))) >= 1

    broken = user_pack(paths, "season-broken")
    edit_manifest(broken, "update = 0", "update = -3")
    twin = user_pack(paths, "season-twin")
    edit_manifest(twin, 'id = "season-twin"', 'id = "season-03"')
    refused = cli(paths, "export", "--pack", "season-broken", "--lang", "es", "--out", str(out))
    assert refused.code != 0
    assert "cannot be used" in refused.err
    assert "update" in refused.err
    # the first pack of an id is used; the second is the one refused in the listing
    twice = cli(paths, "contacts", "--pack", "season-03", "--from-country", "DE")
    assert twice.code == 0, twice.err
    listing = cli(paths, "packs")
    assert "already used" in listing.out + listing.err


def test_the_listing_state_follows_what_the_listing_shows(tmp_path: Path) -> None:
    """Three stats a pack: pack.toml's own state, and the times of the pack folder and its
    letters folder (a file added, removed or renamed). A letter edited in place is not
    seen by the listing, but by the export that uses it: the letters are checked there
    against every file's state."""
    from uawriter.storage.pack_index import listing_state

    paths = AppPaths(tmp_path / "data")
    folder = user_pack(paths, "state")
    first = listing_state(folder)
    assert first.count("/") == 2
    assert all(part.count(".") == 2 for part in first.split("/"))
    (folder / "letters" / "de.txt").write_text("Sehr geehrte Damen und Herren,\n", "utf-8")
    added = listing_state(folder)
    assert added != first
    (folder / "letters" / "de.txt").unlink()
    edit_manifest(folder, "Training:", "Exercise:")
    assert listing_state(folder) not in (first, added)
    assert listing_state(tmp_path / "no-such-pack") == "-/-/-"

    assert cli(paths, "packs").code == 0
    listed = listing_state(folder)
    letter = folder / "letters" / "es.txt"
    with letter.open("a", encoding="utf-8") as handle:  # in place, as some editors save
        handle.write("{{ no_such_name }}\n")
    assert listing_state(folder) == listed
    out = tmp_path / "out"
    used = cli(paths, "export", "--pack", "state", "--lang", "es", "--out", str(out))
    assert used.code != 0
    assert "letters/es.txt" in used.err
    assert "no_such_name" in used.err


def test_an_index_row_whose_deadline_is_no_date_is_read_again(tmp_path: Path) -> None:
    """One bit flipped on a stick turns "2011-07-22" into "2011-07-32", still good JSON:
    `uawriter packs` ended in a traceback ("day is out of range for month") at every run,
    as the pack's own files had not changed. Such a row is now read again from its pack."""
    import json

    paths = AppPaths(tmp_path / "data")
    user_pack(paths, "valdoria-2")
    assert cli(paths, "packs").code == 0
    index = json.loads(paths.pack_index_file.read_text(encoding="utf-8"))
    (key,) = (key for key, row in index["packs"].items() if row["id"] == "valdoria-2")
    good = index["packs"][key]["deadline"]
    for forged in ("2011-07-32", "zzz", "20110722"):
        index["packs"][key]["deadline"] = forged
        paths.pack_index_file.write_text(json.dumps(index), encoding="utf-8")

        listed = cli(paths, "packs")  # raised ValueError before

        assert listed.code == 0, listed.err
        assert {row.id: row for row in list_packs(paths)}["valdoria-2"].deadline == good


def test_an_index_row_damaged_on_the_disk_is_read_again(tmp_path: Path) -> None:
    """One bit flipped in the index turned the seed's id "ua-129-10-u3" into "…-u2": the
    listing offered "…-u2", and `export --pack` refused both ids at every run, as the pack
    that comes with the app never changes (probe 19). Each row now carries a checksum."""
    import json

    from helpers import SEED_ID

    paths = AppPaths(tmp_path / "data")
    assert cli(paths, "packs").code == 0
    index = json.loads(paths.pack_index_file.read_text(encoding="utf-8"))
    (key,) = (key for key, row in index["packs"].items() if row["id"] == SEED_ID)
    index["packs"][key]["id"] = "ua-129-10-u2"
    paths.pack_index_file.write_text(json.dumps(index), encoding="utf-8")

    listed = cli(paths, "packs")
    exported = cli(paths, "export", "--pack", SEED_ID, "--lang", "en", "--out",
                   str(tmp_path / "out"))  # fmt: skip

    assert SEED_ID in listed.out
    assert "ua-129-10-u2" not in listed.out
    assert exported.code == 0, exported.err

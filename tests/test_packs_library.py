"""PackLibrary: built-in and user packs, import, export, duplicate, save, broken files."""

from __future__ import annotations

import copy
import shutil
import zipfile
from pathlib import Path

import pytest

from workshop_app.errors import NotFoundError, UserError
from workshop_app.packs import PackError, PackExistsError, load_pack, read_pack
from workshop_app.packs import library as library_module
from workshop_app.packs.library import PackLibrary

DATA = Path(__file__).parent / "data" / "packs"
FULL = DATA / "good" / "full.yaml"


def pack_text(pack_id: str, title: str) -> str:
    text = FULL.read_text(encoding="utf-8")
    return text.replace("id: test-full", f"id: {pack_id}").replace("title: Every field, every capture",
                                                                   f"title: {title}")


@pytest.fixture
def folders(tmp_path):
    builtin = tmp_path / "builtin"
    builtin.mkdir()
    (builtin / "core.yaml").write_text(pack_text("core", "Core pack"))
    (builtin / "schema").mkdir()  # like exercises/schema: not a pack
    return builtin, tmp_path / "user"


@pytest.fixture
def library(folders):
    return PackLibrary(builtin_dir=folders[0], user_dir=folders[1])


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_nothing_is_read_until_asked(folders, monkeypatch):
    calls = []
    monkeypatch.setattr(library_module, "read_pack", lambda *a, **k: calls.append(a))
    PackLibrary(builtin_dir=folders[0], user_dir=folders[1])
    assert calls == []


def test_builtin_then_user_packs_by_title(library, folders):
    user = folders[1]
    write(user, "b.yaml", pack_text("zeta", "Alpha user pack"))
    write(user, "a.yaml", pack_text("alpha", "Beta user pack"))
    packs = library.packs()
    assert [(p.id, p.builtin) for p in packs] == [("core", True), ("zeta", False), ("alpha", False)]
    assert library.problems() == []
    assert packs[0].source == str(folders[0] / "core.yaml")


def test_a_broken_user_pack_does_not_hide_the_others(library, folders):
    user = folders[1]
    write(user, "good.yaml", pack_text("good", "Good"))
    shutil.copy(DATA / "bad" / "minutes-mismatch.yaml", user / "broken.yaml")
    write(user, "clash.yaml", pack_text("core", "Takes the built-in id"))
    write(user, "twin.yaml", pack_text("good", "Same id as good.yaml"))
    assert [p.id for p in library.packs()] == ["core", "good"]
    problems = {Path(e.file).name: e for e in library.problems()}
    assert set(problems) == {"broken.yaml", "clash.yaml", "twin.yaml"}
    assert isinstance(problems["broken.yaml"], PackError)
    assert "broken.yaml:8:14: exercises[0].minutes" in problems["broken.yaml"].details[0]
    assert "the pack id 'core' is already used by" in problems["clash.yaml"].details[0]


def test_get_and_exercise(library):
    assert library.get("core").title == "Core pack"
    assert library.exercise("core", "vote-one").capture.type == "dot_vote"
    with pytest.raises(NotFoundError, match="No pack with id 'nope'"):
        library.get("nope")
    with pytest.raises(NotFoundError, match="Pack 'core' has no exercise with id 'nope'"):
        library.exercise("core", "nope")


def test_search_exercises(library):
    def ids(**kwargs):
        return [ex.id for _, ex in library.search_exercises(**kwargs)]

    assert len(ids()) == 6
    assert ids(text="DOT") == ["vote-one"]
    assert ids(text="whole pairs") == ["notes-one"]  # every word, anywhere (here: the group)
    assert ids(theme="commitment") == ["actions-one"]
    assert ids(text="dual competencies") == ["rating-one"]  # a theme's label
    assert ids(max_minutes=8) == ["vote-one", "rating-one"]
    assert ids(text="rating", theme="vision") == []
    assert library.search_exercises(text="vote")[0][0].id == "core"


def test_import_yaml_keeps_the_file_as_written(library, folders, tmp_path):
    source = write(tmp_path, "mine.yaml", "# my comment\n" + pack_text("mine", "Mine"))
    pack = library.import_file(source)
    target = folders[1] / "mine.yaml"
    assert (pack.id, pack.builtin, pack.source) == ("mine", False, str(target))
    assert target.read_bytes() == source.read_bytes()
    assert [p.id for p in library.packs()] == ["core", "mine"]


def test_import_refuses_a_builtin_id(library, folders, tmp_path):
    source = write(tmp_path, "copy.yaml", pack_text("core", "Sneaky"))
    with pytest.raises(UserError, match="The pack id 'core' belongs to a built-in pack"):
        library.import_file(source)
    assert not folders[1].exists() or list(folders[1].iterdir()) == []


def test_reimport_needs_replace(library, folders, tmp_path):
    library.import_file(write(tmp_path, "v1.yaml", pack_text("mine", "Version one")))
    newer = write(tmp_path, "v2.yaml", pack_text("mine", "Version two"))
    with pytest.raises(PackExistsError, match="A user pack with id 'mine' is already imported"):
        library.import_file(newer)
    assert library.get("mine").title == "Version one"
    assert library.import_file(newer, replace=True).title == "Version two"
    archive = tmp_path / "v3.wspack"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("pack.yaml", pack_text("mine", "Version three"))
        zf.writestr("assets/a.png", b"png")
    pack = library.import_file(archive, replace=True)
    assert pack.title == "Version three"
    assert sorted(p.name for p in folders[1].iterdir()) == ["mine.wspack"]
    assert library.assets("mine") == {"assets/a.png": b"png"}


def test_import_of_an_invalid_file_writes_nothing(library, folders):
    with pytest.raises(PackError):
        library.import_file(DATA / "bad" / "duplicate-ids.yaml")
    assert not folders[1].exists()


def test_import_never_overwrites_another_packs_file(library, folders, tmp_path):
    write(folders[1], "mine.yaml", pack_text("other", "Another pack in a file named mine.yaml"))
    pack = library.import_file(write(tmp_path, "x.yaml", pack_text("mine", "Mine")))
    assert Path(pack.source).name == "mine-2.yaml"
    assert {p.id for p in library.packs()} == {"core", "other", "mine"}


@pytest.mark.parametrize("suffix", [".yaml", ".wspack"])
def test_export_validates_and_imports_back_unchanged(library, folders, tmp_path, suffix):
    out = library.export("core", tmp_path / f"core{suffix}")
    exported = load_pack(out)
    original = library.get("core")
    assert (exported.id, exported.exercises, exported.agendas) == (original.id, original.exercises,
                                                                    original.agendas)
    other = PackLibrary(builtin_dir=None, user_dir=tmp_path / "elsewhere")
    imported = other.import_file(out)
    imported_copy = copy.copy(imported)
    imported_copy.builtin, imported_copy.source = original.builtin, original.source
    assert imported_copy == original
    again = other.export("core", tmp_path / f"again{suffix}")
    assert again.read_bytes() == out.read_bytes()


def test_export_refuses_other_extensions(library, tmp_path):
    with pytest.raises(UserError, match=r"must end in \.yaml or \.wspack"):
        library.export("core", tmp_path / "core.txt")


def test_duplicate_a_builtin_pack(library, folders):
    copy_ = library.duplicate("core")
    assert (copy_.id, copy_.title, copy_.builtin) == ("core-copy", "Core pack (copy)", False)
    assert copy_.exercises == library.get("core").exercises
    assert Path(copy_.source) == folders[1] / "core-copy.yaml"
    assert library.duplicate("core").id == "core-copy-2"
    named = library.duplicate("core", new_id="my-core", new_title="My core")
    assert (named.id, named.title) == ("my-core", "My core")
    with pytest.raises(UserError, match="already exists"):
        library.duplicate("core", new_id="my-core")
    with pytest.raises(UserError, match="is not a valid pack id"):
        library.duplicate("core", new_id="My Core")
    assert library.get("core").builtin  # the original is untouched


def test_duplicate_keeps_assets(library, tmp_path):
    archive = tmp_path / "pics.wspack"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("pack.yaml", pack_text("pics", "Pictures"))
        zf.writestr("assets/a.png", b"png")
    library.import_file(archive)
    duplicate = library.duplicate("pics")
    assert duplicate.source.endswith("pics-copy.wspack")
    assert read_pack(duplicate.source).assets == {"assets/a.png": b"png"}


def test_save_user_pack(library, folders):
    pack = copy.deepcopy(library.duplicate("core", new_id="mine"))
    pack.title = "Renamed"
    pack.exercises[0].steps[0].minutes += 1
    with pytest.raises(PackError, match="mine.yaml is not a valid pack: 1 problem"):
        library.save_user_pack(pack)  # minutes no longer add up
    pack.exercises[0].minutes += 1
    saved = library.save_user_pack(pack)
    assert saved.title == "Renamed"
    assert load_pack(folders[1] / "mine.yaml").title == "Renamed"


def test_save_never_writes_builtin_packs(library, folders):
    builtin = copy.deepcopy(library.get("core"))
    with pytest.raises(UserError, match="'core' is a built-in pack and cannot be changed"):
        library.save_user_pack(builtin)
    builtin.builtin = False
    with pytest.raises(UserError, match="'core' is a built-in pack and cannot be changed"):
        library.save_user_pack(builtin)
    inside = PackLibrary(builtin_dir=folders[0], user_dir=folders[0] / "user")
    builtin.id = "fresh"
    with pytest.raises(UserError, match="built-in packs are never written"):
        inside.save_user_pack(builtin)
    assert sorted(p.name for p in folders[0].rglob("*.yaml")) == ["core.yaml"]


def test_delete_user_pack(library, folders):
    library.duplicate("core")
    library.delete_user_pack("core-copy")
    assert [p.id for p in library.packs()] == ["core"]
    with pytest.raises(UserError, match="cannot be removed"):
        library.delete_user_pack("core")
    with pytest.raises(NotFoundError):
        library.delete_user_pack("core-copy")


def test_reload_reads_only_changed_files(library, folders, monkeypatch):
    library.packs()
    read = []
    real = library_module.read_pack
    monkeypatch.setattr(library_module, "read_pack",
                        lambda path, **k: read.append(Path(path).name) or real(path, **k))
    write(folders[1], "new.yaml", pack_text("new", "New"))
    assert [p.id for p in library.packs()] == ["core"]  # cached until reload
    library.reload()
    assert [p.id for p in library.packs()] == ["core", "new"]
    assert read == ["new.yaml"]


def test_the_app_context_library_holds_the_shipped_packs(ctx):
    packs = ctx.library.packs()
    assert all(p.builtin for p in packs)
    assert ctx.library.user_dir == ctx.data_dir.packs

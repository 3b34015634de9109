"""Whatever the bytes, loading gives a Pack or a PackError: never another exception, never a traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.model.pack import Pack
from workshop_app.packs import PackError, load_pack, parse_pack_yaml

GOOD = (Path(__file__).parent / "data" / "packs" / "good" / "full.yaml").read_text(encoding="utf-8")
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

#: Characters that matter to YAML, so random text reaches deep into the scanner and parser.
YAML_ISH = st.text(alphabet=st.sampled_from(list("ab1:-[]{}&*!|>'\" \n\t#%@`,?.~")) | st.characters(),
                   max_size=300)


def outcome(call, label: str) -> Pack | PackError:
    try:
        return call()
    except PackError as error:
        assert error.problems, "a PackError always says why"
        assert all(line.startswith(label) for line in error.details[:-1] or error.details)
        return error


def yaml_outcome(data: bytes | str) -> Pack | PackError:
    return outcome(lambda: parse_pack_yaml(data, "fuzz.yaml"), "fuzz.yaml")


@FAST
@given(st.binary(max_size=400))
def test_random_bytes(data):
    yaml_outcome(data)


@FAST
@given(YAML_ISH)
def test_random_yaml_like_text(text):
    yaml_outcome(text)


@FAST
@given(st.integers(0, len(GOOD)), st.integers(0, 40), YAML_ISH.map(lambda t: t[:20]))
def test_a_valid_pack_mangled(at, cut, insert):
    yaml_outcome(GOOD[:at] + insert + GOOD[at + cut:])


@FAST
@given(st.lists(st.tuples(st.sampled_from(["format", "id", "title", "version", "exercises", "agendas",
                                           "minutes", "steps", "capture", "items", "type"]),
                          st.sampled_from(["1", "2", "-1", "x", "[]", "{}", "[{}]", "null", "true", "'a'",
                                           "[{id: a}]", "{type: rating}", "9" * 5000])), max_size=8))
def test_pack_like_mappings(fields):
    yaml_outcome("\n".join(f"{key}: {value}" for key, value in fields))


def _archive(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


VALID_ARCHIVE = _archive({"pack.yaml": GOOD.encode(), "assets/a.png": b"png"})


MANGLED_ARCHIVES = st.tuples(st.integers(0, len(VALID_ARCHIVE) - 1), st.binary(min_size=1, max_size=4)).map(
    lambda at: VALID_ARCHIVE[:at[0]] + at[1] + VALID_ARCHIVE[at[0] + len(at[1]):])


@FAST
@given(st.binary(max_size=300) | MANGLED_ARCHIVES)
def test_random_and_mangled_archives(tmp_path, data):
    path = tmp_path / "fuzz.wspack"
    path.write_bytes(data)
    outcome(lambda: load_pack(path), str(path))

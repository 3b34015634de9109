"""Every refusal of a pack YAML file, each with a real file under tests/data/packs/bad/.

Each check: a PackError whose message names the file and the number of
problems, and a problem line ``FILE:LINE:COLUMN: ...`` at the right line.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from workshop_app.errors import NotFoundError
from workshop_app.packs import PackError, load_pack, safe_yaml, validate_file
from workshop_app.packs.limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_VALUES

BAD = Path(__file__).parent / "data" / "packs" / "bad"
GOOD = Path(__file__).parent / "data" / "packs" / "good"

# file, (line, column) of the problem or None for the whole file, words of its message
REFUSALS = [
    ("empty.yaml", None, "the file is empty"),
    ("comments-only.yaml", None, "the file is empty"),
    ("invalid-utf8.yaml", (5, 12), "not valid UTF-8 text (byte 0xE9)"),
    ("control-char.yaml", (5, 13), "control character U+0007"),
    ("syntax-error.yaml", (9, 1), "YAML syntax error: found unexpected end of stream "
                                  "(while scanning a quoted scalar on line 7)"),
    ("bad-indentation.yaml", (8, 4), "YAML syntax error"),
    ("anchors-aliases.yaml", (11, 9), "anchors (&step) are not allowed"),
    ("anchors-aliases.yaml", (12, 9), "aliases (*step) are not allowed"),
    ("billion-laughs.yaml", (3, 8), "aliases (*a) are not allowed"),
    ("python-tag.yaml", (5, 9), "tags such as !!python/object/apply:os.system are not allowed"),
    ("custom-tag.yaml", (5, 14), "tags such as !include are not allowed"),
    ("duplicate-keys.yaml", (5, 1), "title: duplicate key: 'title' is already given on line 3"),
    ("deep-nesting.yaml", (5, 13 + MAX_DEPTH), f"nested more than {MAX_DEPTH} levels deep"),
    ("top-level-list.yaml", (1, 1), "the top level must be a set of fields"),
    ("top-level-text.yaml", (2, 1), "the top level must be a set of fields"),
    ("two-documents.yaml", (13, 1), "a pack file holds one YAML document"),
    ("format-2.yaml", (1, 9), "format: this pack uses format 2; this app reads format 1 "
                              "\u2014 update workshop-app"),
    ("unknown-field.yaml", (10, 5), "exercises[0].colour: unknown field"),
    ("wrong-types.yaml", (8, 14), "exercises[0].minutes: must be a whole number"),
    ("wrong-types.yaml", (12, 18), "exercises[0].steps[0].minutes: must be a positive whole number"),
    ("wrong-types.yaml", (4, 10), "version: must be text (put the value in quotes)"),
    ("duplicate-ids.yaml", (13, 9), "exercises[1].id: duplicate exercise id 'one' (also used by "
                                    "exercises[0])"),
    ("duplicate-ids.yaml", (22, 10), "agendas[1].id: duplicate agenda id 'day'"),
    ("minutes-mismatch.yaml", (8, 14), "exercises[0].minutes: is 30 but the steps add up to 25"),
    ("agenda-unknown-exercise.yaml", (18, 19), "agendas[0].items[1].exercise: no exercise with id 'two'"),
    ("agenda-item-forms.yaml", (18, 9), "agendas[0].items[1]: give exactly one of exercise, break or custom "
                                        "(breaks and free items need minutes)"),
    ("scale.yaml", (16, 18), "capture.scale_max: scale_min (5) must be less than scale_max (3)"),
    ("capture-settings.yaml", (12, 14), "capture.votes_per_participant: is required for a dot_vote capture"),
    ("capture-settings.yaml", (19, 14), "exercises[1].capture.y_axis: is required for a matrix capture"),
    ("capture-settings.yaml", (9, 22), "themes[1]: 'visoin' is not one of: roles, vision"),
    ("complex-key.yaml", (5, 3), "a field name must be plain text"),
    ("escaped-surrogate.yaml", (5, 9), "author: holds an escaped lone surrogate"),
    ("float-format.yaml", (1, 9), "format: must be the whole number 1"),
    ("long-number.yaml", (8, 14), "exercises[0].minutes: the number is too long"),
    ("not-a-pack.txt", None, "not a pack file: a pack ends in .yaml, .yml or .wspack"),
]


def refusal(path: Path) -> PackError:
    with pytest.raises(PackError) as caught:
        load_pack(path)
    error = caught.value
    assert str(path) in str(error)
    n = len(error.problems)
    assert str(error).endswith(f"{n} problem" + ("s" if n != 1 else ""))
    assert error.details == [str(p) for p in error.problems][: len(error.details)]
    return error


@pytest.mark.parametrize(("name", "where", "words"), REFUSALS,
                         ids=[f"{r[0]}-{i}" for i, r in enumerate(REFUSALS)])
def test_refused_with_file_line_and_message(name, where, words):
    path = BAD / name
    error = refusal(path)
    prefix = f"{path}:{where[0]}:{where[1]}: " if where else f"{path}: "
    matching = [line for line in error.details if line.startswith(prefix) and words in line]
    assert matching, f"no problem starting {prefix!r} with {words!r} in {error.details}"


def test_format_2_is_the_only_problem_reported():
    # a newer format may have other fields: do not lecture about them
    error = refusal(BAD / "format-2.yaml")
    assert len(error.problems) == 1


def test_tagged_value_is_never_built_and_nothing_else_is_said_about_it(tmp_path):
    assert len(refusal(BAD / "python-tag.yaml").problems) == 1
    marker = tmp_path / "pwned"
    path = tmp_path / "payload.yaml"
    path.write_text((BAD / "python-tag.yaml").read_text().replace("/tmp/pwned", str(marker)))
    refusal(path)
    assert not marker.exists()


def test_all_problems_in_one_pass():
    path = BAD / "many-problems.yaml"
    error = refusal(path)
    assert [line.replace(f"{path}:", "") for line in error.details] == [
        "2:5: id: must be a slug: lowercase letters and digits joined by single hyphens, "
        "such as team-charter",
        "3:8: title: must not be empty",
        "5:1: langauge: unknown field (did you mean 'language'?)",
        "9:14: exercises[0].minutes: is 30 but the steps add up to 15; make them agree",
        "10:13: exercises[0].themes: must list at least one item",
        "12:33: exercises[0].steps[0].minutes: must be a positive whole number",
        "13:44: exercises[0].steps[1].prompt: must not be empty",
        "14:21: exercises[0].capture.type: 'poll' is not one of: notes, cards, dot_vote, rating, "
        "matrix, actions",
        "15:9: exercises[1].id: duplicate exercise id 'one' (also used by exercises[0])",
        "26:19: agendas[0].items[0].exercise: no exercise with id 'three' in this pack",
        "27:9: agendas[0].items[1]: give exactly one of exercise, break or custom "
        "(breaks and free items need minutes)",
    ]
    assert str(error) == f"{path} is not a valid pack: 11 problems"
    assert error.problems[0].line == 2 and error.problems[0].column == 5
    assert error.problems[0].field == "id"


def test_agenda_items_that_are_not_mappings_get_one_message():
    error = refusal(BAD / "agenda-item-forms.yaml")
    by_field = {}
    for problem in error.problems:
        by_field.setdefault(problem.field, []).append(problem.message)
    assert by_field["agendas[0].items[4]"] == ["must be a set of fields (name: value)"]
    assert len(by_field["agendas[0].items[3]"]) == 1  # {} : one message, not two


def test_a_file_over_the_size_cap(tmp_path):
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"format: 1\n" + b"# padding\n" * (MAX_FILE_BYTES // 10 + 1))
    error = refusal(path)
    assert "larger than 2 MB" in error.details[0]


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(NotFoundError, match="missing.yaml"):
        load_pack(tmp_path / "missing.yaml")
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    assert "folder, not a pack file" in refusal(folder).details[0]
    problems = validate_file(tmp_path / "missing.yaml")
    assert [str(p) for p in problems] == [f"{tmp_path}/missing.yaml: no such file"]


class _Work:
    """How much the pack reader did: values composed, and how far into the text it had read."""

    def __init__(self, monkeypatch):
        self.values = 0
        self.chars = 0
        compose = safe_yaml._Composer.compose_node

        def counted(composer, parent, index):
            self.values += 1
            self.chars = max(self.chars, composer.index)  # PyYAML's Reader: the current character
            return compose(composer, parent, index)

        monkeypatch.setattr(safe_yaml._Composer, "compose_node", counted)


def _refused_within(path: Path, words: str, work: _Work, values: int, chars: int,
                    megabytes: int = 64) -> None:
    """Refused with ``words``, having composed at most ``values`` values, read at most ``chars``
    characters and used at most ``megabytes`` of memory: bounded work, counted, never timed."""
    tracemalloc.start()
    try:
        error = refusal(path)
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert any(words in line for line in error.details), error.details[:5]
    assert work.values <= values and work.chars <= chars, (work.values, work.chars)
    assert peak < megabytes * 1024 * 1024


def test_billion_laughs_is_refused_without_expanding_anything(monkeypatch):
    path = BAD / "billion-laughs.yaml"
    work = _Work(monkeypatch)
    _refused_within(path, "aliases (*h) are not allowed", work, values=200,
                    chars=path.stat().st_size, megabytes=8)


def test_deep_nesting_of_two_megabytes_is_refused_at_the_depth_limit(tmp_path, monkeypatch):
    path = tmp_path / "deep.yaml"
    path.write_text("description: " + "[" * (MAX_FILE_BYTES - 20))
    work = _Work(monkeypatch)
    # The reader looks ahead about a kilobyte; it never reads on through the two megabytes.
    _refused_within(path, "nested more than 20 levels deep", work, values=MAX_DEPTH + 2, chars=4096)


def test_a_flood_of_values_is_refused_at_the_value_limit(tmp_path, monkeypatch):
    path = tmp_path / "flood.yaml"
    path.write_text("format: 1\ndebrief:\n" + "- x\n" * (MAX_FILE_BYTES // 4 - 10))
    work = _Work(monkeypatch)
    # Half a million values in the file; reading stops at the limit, a twentieth of the way in.
    _refused_within(path, f"more than {MAX_VALUES} values", work, values=MAX_VALUES + 1,
                    chars=(MAX_VALUES + 10) * 4)
    assert work.values == MAX_VALUES + 1


def test_yaml_1_1_surprises_stay_text(tmp_path):
    text = (GOOD / "full.yaml").read_text()
    text = text.replace("language: de-CH", "language: no")
    text = text.replace("version: 1.2.0-beta+3", "version: 2024-01-01")
    path = tmp_path / "norway.yaml"
    path.write_text(text)
    pack = load_pack(path)
    assert (pack.language, pack.version) == ("no", "2024-01-01")


def test_a_trailing_newline_does_not_sneak_past_a_pattern(tmp_path):
    text = (GOOD / "full.yaml").read_text().replace("id: test-full", 'id: "test-full\\n"')
    path = tmp_path / "newline.yaml"
    path.write_text(text)
    assert "id: must be a slug" in refusal(path).details[0]


def test_merge_keys_and_sexagesimal_are_not_special(tmp_path):
    text = (GOOD / "full.yaml").read_text()
    text = text.replace("    minutes: 15\n", "    minutes: 0:15\n    <<: {a: 1}\n", 1)
    path = tmp_path / "merge.yaml"
    path.write_text(text)
    details = refusal(path).details
    assert any("exercises[0].minutes: must be a whole number" in d for d in details)
    assert any("exercises[0]['<<']: unknown field" in d for d in details)


def test_pack_text_is_judged_by_the_links_a_reader_sees():
    """The rules find links and pictures with the same Markdown reader as the screen and paper:
    text that only looks like part of a link is no link, and every real target is judged."""
    from workshop_app.packs.rules import target_findings

    def found(text: str) -> list[str]:
        return [f.message for f in target_findings({"summary": text})]

    assert found("](") == []  # was refused as a link to ''
    assert found("a [note] (not a link) and ](x y") == []
    assert found("`[code](file:///etc/passwd)`") == []  # code is shown as typed
    assert found("see [the guide](https://example.org/guide)") == []
    assert found("[secrets](file:///etc/passwd)") == [
        "link 'file:///etc/passwd' refused: a link goes to a web address (https://...) or to a file "
        "in the pack's assets/ folder"]
    assert "picture 'https://x.org/a.png' refused" in found("![logo](https://x.org/a.png)")[0]
    assert "picture '/etc/x.png' refused" in found("![a][ref]\n\n[ref]: /etc/x.png")[0]

"""Reading a pack's YAML safely: plain data, with the line and column of every value.

Built on PyYAML's pure-Python reader, scanner, parser and composer. Where PyYAML
has libyaml, its C parser reads the events first (a tenth of the time for the
shipped pack); the same composer and checks run on them, and a file it does not
read cleanly (any syntax error, refusal or problem) is read again by the
pure-Python reader, so every message and position is the one that reader gives.
Nothing is ever constructed from a tag, so no code can run; scalars follow the YAML 1.2
core schema (``no`` stays text, ``1:30`` and dates stay text). Refused: a file
over the size cap, invalid UTF-8, syntax errors, anchors and aliases, any tag,
duplicate keys, nesting past the depth cap, too many values, more than one
document, an empty file, a top level that is not a mapping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.events import (
    AliasEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader, ReaderError
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from workshop_app.i18n import translate
from workshop_app.packs import limits
from workshop_app.packs.errors import PackError, Path_, Problem, field_path, file_problem

CORE = "tag:yaml.org,2002:"
_SURROGATE = re.compile("[\ud800-\udfff]")


class PackResolver(BaseResolver):
    """Plain scalars as in the YAML 1.2 core schema: null, true/false, numbers; all else is text."""


for _tag, _pattern, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^[-+]?[0-9]+$", "-+0123456789"),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
              r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789."),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
):
    PackResolver.add_implicit_resolver(CORE + _tag, re.compile(_pattern), list(_first))


@dataclass
class YamlDocument:
    """A parsed pack file: its data, where each value and key stands, and what was wrong."""

    data: dict[str, Any]
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: Paths where an alias or a tagged value stood (its value is None); other checks keep quiet there.
    voided: set[Path_] = field(default_factory=set)

    def place(self, path: Path_, at_key: bool = False) -> tuple[int | None, int | None]:
        """Line and column of ``path`` (its key when ``at_key``), else of its nearest ancestor."""
        found = self.key_positions.get(path) if at_key else None
        while found is None:
            found = self.positions.get(path)
            if found is None and not path:
                return None, None
            path = path[:-1]
        return found


class _Refused(Exception):  # noqa: N818 - a refusal, not an error in this code
    def __init__(self, mark, message: str):
        super().__init__(message)
        self.mark = mark
        self.message = message


class _Void(ScalarNode):
    """Stands where an alias was: never expanded."""


def _pos(mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


def _tag_text(tag: str) -> str:
    return "!!" + tag[len(CORE):] if tag.startswith(CORE) else tag


class _Checks:
    """Composes nodes as PyYAML does, refusing anchors, aliases, tags, depth and size
    (mixed into a composer over PyYAML's event source: pure-Python or libyaml)."""

    def _start(self, label: str) -> None:
        Composer.__init__(self)
        PackResolver.__init__(self)
        self.label = label
        self.depth = 0
        self.count = 0
        self.problems: list[Problem] = []

    def problem(self, mark, message: str) -> None:
        line, column = _pos(mark)
        self.problems.append(Problem(self.label, line, column, "", message))

    def compose_root(self) -> Node | None:
        self.get_event()  # stream start
        if self.check_event(StreamEndEvent):
            return None
        self.get_event()  # document start
        first = self.peek_event()
        if (isinstance(first, ScalarEvent) and first.value == "" and first.tag is None
                and first.anchor is None and not first.style):
            return None  # "---" and nothing else
        if isinstance(first, AliasEvent):
            raise _Refused(first.start_mark, translate("Packs", "aliases (*name) are not allowed"))
        if not isinstance(first, MappingStartEvent):
            raise _Refused(first.start_mark, translate(
                "Packs", "the top level must be a set of fields such as 'format: 1', "
                         "not a list or a single value"))
        node = self.compose_node(None, None)
        self.get_event()  # document end
        if not self.check_event(StreamEndEvent):
            event = self.get_event()
            raise _Refused(event.start_mark, translate(
                "Packs", "a pack file holds one YAML document; remove the second '---' and what follows"))
        return node

    def compose_node(self, parent, index):
        event = self.peek_event()
        mark = event.start_mark
        self.count += 1
        if self.count > limits.MAX_VALUES:
            raise _Refused(mark, translate("Packs", "more than {n} values: too large for a pack")
                           .format(n=limits.MAX_VALUES))
        if isinstance(event, AliasEvent):
            self.get_event()
            self.problem(mark, translate("Packs",
                                         "aliases (*{name}) are not allowed: write the value out in full")
                         .format(name=event.anchor))
            return _Void(CORE + "null", "", mark, event.end_mark)
        if event.anchor is not None:
            self.problem(mark, translate("Packs",
                                         "anchors (&{name}) are not allowed").format(name=event.anchor))
        tagged = event.tag is not None
        if tagged:
            self.problem(mark, translate("Packs",
                                         "tags such as {tag} are not allowed: a pack holds plain text, "
                                         "numbers, lists and fields "
                                         "only").format(tag=_tag_text(event.tag)))
        node = self._compose_value(event, mark)
        node.refused = tagged  # a tagged value is never used, so nothing else is said about it
        return node

    def _compose_value(self, event, mark) -> Node:
        if isinstance(event, ScalarEvent):
            return self.compose_scalar_node(None)
        self.depth += 1
        try:
            if self.depth > limits.MAX_DEPTH:
                raise _Refused(mark, translate("Packs", "nested more than {n} levels deep")
                               .format(n=limits.MAX_DEPTH))
            if isinstance(event, SequenceStartEvent):
                return self.compose_sequence_node(None)
            return self.compose_mapping_node(None)
        finally:
            self.depth -= 1


class _Composer(Reader, Scanner, Parser, _Checks, Composer, PackResolver):
    """The checks over PyYAML's pure-Python reader: the messages and positions of record."""

    def __init__(self, text: str, label: str):
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        self._start(label)


if yaml.__with_libyaml__:
    from yaml._yaml import CParser

    class _FastComposer(CParser, _Checks, Composer, PackResolver):  # type: ignore[misc]
        """The same checks over libyaml's events."""

        def __init__(self, text: str, label: str):
            CParser.__init__(self, text)
            self._start(label)
else:  # pragma: no cover - PyYAML without libyaml
    _FastComposer = None  # type: ignore[assignment, misc]


class _Walker:
    """Turns composed nodes into plain data, noting positions and duplicate keys."""

    def __init__(self, label: str):
        self.label = label
        self.doc = YamlDocument(data={})

    def problem(self, mark, path: Path_, message: str) -> None:
        line, column = _pos(mark)
        self.doc.problems.append(Problem(self.label, line, column, field_path(path), message))

    def value(self, node: Node, path: Path_) -> Any:
        self.doc.positions[path] = _pos(node.start_mark)
        if isinstance(node, _Void) or getattr(node, "refused", False):
            self.doc.voided.add(path)
            return None
        if isinstance(node, ScalarNode):
            return self.scalar(node, path)
        if isinstance(node, SequenceNode):
            return [self.value(child, path + (i,)) for i, child in enumerate(node.value)]
        assert isinstance(node, MappingNode)
        return self.mapping(node, path)

    def mapping(self, node: MappingNode, path: Path_) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or isinstance(key_node, _Void):
                self.problem(key_node.start_mark, path, translate("Packs", "a field name must be plain text"))
                continue
            key = key_node.value
            if key in result:
                first = self.doc.key_positions[path + (key,)][0]
                self.problem(key_node.start_mark, path + (key,),
                             translate("Packs", "duplicate key: '{key}' is already given on line {line}")
                             .format(key=key, line=first))
                continue
            self.doc.key_positions[path + (key,)] = _pos(key_node.start_mark)
            result[key] = self.value(value_node, path + (key,))
        return result

    def scalar(self, node: ScalarNode, path: Path_) -> Any:
        text = node.value
        if node.tag == CORE + "null":
            return None
        if node.tag == CORE + "bool":
            return text in ("true", "True", "TRUE")
        if node.tag == CORE + "int":
            try:
                return int(text)
            except ValueError:  # more digits than Python converts
                self.problem(node.start_mark, path, translate("Packs", "the number is too long"))
                self.doc.voided.add(path)
                return None
        if node.tag == CORE + "float":
            lowered = text.lower()
            if lowered.endswith(".inf"):
                return float("-inf") if lowered.startswith("-") else float("inf")
            return float("nan") if lowered == ".nan" else float(text)
        if _SURROGATE.search(text):  # only from an escape such as "\ud800": not a character
            self.problem(node.start_mark, path,
                         translate("Packs", "holds an escaped lone surrogate, which is not a character"))
        return str(text)


def decode_text(data: bytes, label: str) -> str:
    """UTF-8 text (a leading byte-order mark dropped), or a PackError naming the line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        message = translate("Packs",
                            "not valid UTF-8 text (byte 0x{byte:02X}); save the file as UTF-8").format(
            byte=data[exc.start])
        raise PackError(label, [Problem(label, line, column, "", message)]) from None
    return text[1:] if text.startswith("\ufeff") else text


def _syntax_problem(exc: yaml.MarkedYAMLError, label: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    detail = exc.problem or exc.context or "not valid YAML"
    if exc.problem and exc.context and exc.context_mark is not None:
        detail = f"{exc.problem} ({exc.context} on line {exc.context_mark.line + 1})"
    message = translate("Packs", "YAML syntax error: {detail}").format(detail=detail)
    if mark is None:
        return file_problem(label, message)
    line, column = _pos(mark)
    return Problem(label, line, column, "", message)


def _reader_problem(exc: ReaderError, text: str, label: str) -> Problem:
    position = exc.position
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
    message = translate("Packs", "the control character U+{code:04X} is not allowed in a pack file")
    message = message.format(code=char)
    return Problem(label, line, column, "", message)


def _read_quickly(text: str, label: str) -> YamlDocument | None:
    """The document read through libyaml, if it reads cleanly; None for anything else (no
    libyaml, a syntax error, a refusal, any problem): the pure-Python reader says what."""
    if _FastComposer is None:
        return None
    try:
        composer = _FastComposer(text, label)
        root = composer.compose_root()
        if root is None or composer.problems:
            return None
        walker = _Walker(label)
        walker.doc.data = walker.value(root, ())
    except (_Refused, yaml.YAMLError, ValueError, UnicodeError):
        return None
    return None if walker.doc.problems else walker.doc


def read_yaml(data: bytes, label: str) -> YamlDocument:
    """Parse a pack file's bytes into plain data with positions; raise PackError when refused.

    Problems that do not stop parsing (duplicate keys, anchors, aliases, tags)
    come back in ``.problems`` so that they are reported with all the others.
    """
    if len(data) > limits.MAX_FILE_BYTES:
        raise PackError.single(label, translate("Packs",
                                                "the file is larger than {cap}, the limit for a pack file")
                               .format(cap=limits.size_text(limits.MAX_FILE_BYTES)))
    text = decode_text(data, label)
    quick = _read_quickly(text, label)
    if quick is not None:
        return quick
    composer: _Composer | None = None
    try:
        composer = _Composer(text, label)
        root = composer.compose_root()
    except _Refused as exc:
        line, column = _pos(exc.mark)
        assert composer is not None
        raise PackError(label, [*composer.problems, Problem(label, line, column, "", exc.message)]) from None
    except ReaderError as exc:
        raise PackError(label, [_reader_problem(exc, text, label)]) from None
    except yaml.MarkedYAMLError as exc:
        earlier = composer.problems if composer is not None else []
        raise PackError(label, [*earlier, _syntax_problem(exc, label)]) from None
    except yaml.YAMLError as exc:  # pragma: no cover - PyYAML raises the kinds above
        raise PackError.single(label, translate("Packs",
                                                "not valid YAML: {error}").format(error=exc)) from None
    if root is None:
        raise PackError.single(label, translate("Packs", "the file is empty: a pack starts with 'format: 1'"))
    walker = _Walker(label)
    walker.doc.data = walker.value(root, ())
    walker.doc.problems[:0] = composer.problems
    return walker.doc

"""The run console's keys: one table drives the shortcuts, the visible list and the tooltips.

What the room sees change at once (the projector on or off, the pause
screen, revealed results, a restarted timer) is never one unmodified letter
away: those keys need Ctrl+Shift, so a sentence typed after a missed click
cannot act on the room. The other keys are single keys (Space, arrows,
Page Up/Down, 1, +, 5), so a focused text field, spin box, list or matrix
must keep them: :func:`focus_keeps_key` decides, and the Run page accepts
the ``ShortcutOverride`` event for such keys so the shortcut does not fire.
Escape leaves the field (focus back on the console) and the single keys
work again. The projector window takes no keys at all (gui/run/projector.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget

#: (action name, keys, description). Descriptions are translated where shown.
SHORTCUTS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("toggle_timer", ("Space",), QT_TRANSLATE_NOOP("RunShortcuts", "Start or pause the timer")),
    ("next_step", ("Right",), QT_TRANSLATE_NOOP("RunShortcuts", "Next step")),
    ("previous_step", ("Left",), QT_TRANSLATE_NOOP("RunShortcuts", "Previous step")),
    ("next_item", ("PgDown",), QT_TRANSLATE_NOOP("RunShortcuts", "Next agenda item")),
    ("previous_item", ("PgUp",), QT_TRANSLATE_NOOP("RunShortcuts", "Previous agenda item")),
    ("add_one", ("1", "+"), QT_TRANSLATE_NOOP("RunShortcuts", "One more minute")),
    ("add_five", ("5",), QT_TRANSLATE_NOOP("RunShortcuts", "Five more minutes")),
    ("reset_timer", ("Ctrl+Shift+R",), QT_TRANSLATE_NOOP("RunShortcuts", "Restart the step timer")),
    ("toggle_blank", ("Ctrl+Shift+B",), QT_TRANSLATE_NOOP("RunShortcuts", "Blank the projector")),
    ("toggle_reveal", ("Ctrl+Shift+V",), QT_TRANSLATE_NOOP("RunShortcuts", "Reveal results")),
    ("toggle_projector", ("Ctrl+Shift+P",), QT_TRANSLATE_NOOP("RunShortcuts", "Projector on or off")),
    ("end_run", ("Ctrl+Shift+E",), QT_TRANSLATE_NOOP("RunShortcuts", "End the workshop (asks first)")),
    ("leave_field", ("Esc",), QT_TRANSLATE_NOOP("RunShortcuts", "Leave a text field")),
)


#: A widget with this property set to True lets the console's keys through (the agenda list).
CONSOLE_KEYS_PROPERTY = "runConsoleKeys"

_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
              | Qt.KeyboardModifier.MetaModifier)


def install(target: QWidget, handlers: dict[str, Callable[[], None]],
            context: Qt.ShortcutContext) -> list[QShortcut]:
    """Create the shortcuts on ``target``; ``handlers`` maps action names to slots.

    Single keys act in ``context``; keys with Ctrl, Alt or Meta (the room's keys, which no
    text field takes) act anywhere in ``target``'s window while ``target`` is shown.
    """
    made = []
    for name, keys, _text in SHORTCUTS:
        handler = handlers.get(name)
        if handler is None:
            continue
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), target)
            modified = QKeySequence(key)[0].keyboardModifiers() & _MODIFIERS
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut if modified else context)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(handler)
            made.append(shortcut)
    return made


def key_button(text: str, tip: str, slot: Callable[[], None], checkable: bool = False) -> QPushButton:
    """A console button that has its key: it never takes the focus (the keys stay where the
    facilitator types); ``tip`` names the key and is read out by screen readers."""
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setCheckable(checkable)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def key_text(keys: tuple[str, ...]) -> str:
    names = [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) or k for k in keys]
    return " / ".join(QCoreApplication.translate("RunShortcuts", "Space") if n == "Space" else n
                      for n in names)


def keys_for(name: str) -> str:
    """The keys of one action as shown to the user (for tooltips); KeyError for an unknown name."""
    return key_text({action: keys for action, keys, _text in SHORTCUTS}[name])


def help_rows() -> list[tuple[str, str]]:
    """(keys, description) for the visible list."""
    return [(key_text(keys), QCoreApplication.translate("RunShortcuts", text))
            for _name, keys, text in SHORTCUTS]


def _inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _console_keys() -> frozenset[int]:
    """The key codes of the console's single-key shortcuts (those without Ctrl, Alt or Meta)."""
    codes = set()
    for _name, keys, _text in SHORTCUTS:
        for key in keys:
            combination = QKeySequence(key)[0]
            if not combination.keyboardModifiers() & _MODIFIERS:
                codes.add(combination.key().value)
    return frozenset(codes)


CONSOLE_KEY_CODES = _console_keys()


def focus_keeps_key(focus: QWidget | None, event: QEvent) -> bool:
    """Whether the focused widget should get this key rather than a console shortcut.

    Only the console's own single keys are concerned: other shortcuts (Delete
    on a list, Ctrl+Z, the room's Ctrl+Shift keys) work as usual.
    """
    if focus is None or not isinstance(event, QKeyEvent):
        return False
    if focus.property(CONSOLE_KEYS_PROPERTY) or event.key() not in CONSOLE_KEY_CODES:
        return False
    if _inside_item_view(focus):
        return True  # a cell editor: Escape cancels, Tab moves on
    if event.modifiers() & _MODIFIERS or event.key() == Qt.Key.Key_Escape:
        return False
    return True  # text fields, spin boxes, lists, buttons (Space presses them), the matrix

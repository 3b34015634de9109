"""Who may use a room: its code, the devices that joined with it (tokens, in memory only) and
the slowing of repeated wrong codes per client address."""

from __future__ import annotations

import hmac
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

# Letters and digits that cannot be mistaken for one another when read off a projector.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
# Wrong codes a client address may send before it is slowed down.
FREE_WRONG_CODES = 5
# The longest wait (seconds) a client is made to keep between attempts.
MAX_DELAY = 300.0
# Client addresses remembered at most (the oldest are forgotten first).
MAX_CLIENTS = 4096
# Devices a room accepts at most.
MAX_DEVICES = 500


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def lan_address() -> str:
    """This machine's address on the local network: the one the system would send from to a
    private address (a UDP socket's connect sends nothing, and needs no internet); 127.0.0.1
    when there is no network."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        address = probe.getsockname()[0]
    except OSError:
        address = ""
    finally:
        probe.close()
    return address if address and not address.startswith("0.") else "127.0.0.1"


@dataclass(frozen=True)
class Device:
    """A joined phone: its number (what the console names it by: the token never leaves the
    room's memory), its participant (None: joined without a name) and its token."""

    number: int
    participant_id: int | None
    token: str = field(repr=False, compare=False)


class WrongCodes:
    """Counts wrong codes per client address; past :data:`FREE_WRONG_CODES`, each further attempt
    must wait twice as long as the last (up to :data:`MAX_DELAY`). ``clock`` is injectable."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self._failures: dict[str, tuple[int, float]] = {}  # address -> (wrong codes, last one at)

    def wait_left(self, address: str) -> float:
        """Seconds this address must still wait before its next attempt (0: may try now)."""
        count, last = self._failures.get(address, (0, 0.0))
        if count < FREE_WRONG_CODES:
            return 0.0
        delay = min(MAX_DELAY, 2.0 ** (count - FREE_WRONG_CODES))
        return max(0.0, last + delay - self.clock())

    def failed(self, address: str) -> None:
        count, _last = self._failures.pop(address, (0, 0.0))
        self._failures[address] = (count + 1, self.clock())
        while len(self._failures) > MAX_CLIENTS:
            del self._failures[next(iter(self._failures))]

    def succeeded(self, address: str) -> None:
        self._failures.pop(address, None)


class Access:
    """The room's code and devices. Thread-safe: the server's loop and the GUI both call it."""

    def __init__(self, code: str | None = None, clock: Callable[[], float] = time.monotonic):
        self.code = code or new_code()
        self.wrong = WrongCodes(clock)
        self.locked = False
        self._devices: dict[str, Device] = {}
        self._removed: set[str] = set()  # the tokens of devices the facilitator removed
        self._joined = 0  # devices numbered 1, 2... in the order they joined
        self._lock = threading.Lock()

    def code_matches(self, given: str) -> bool:
        typed = "".join(given.split()).upper()  # "tgz va6", as read off the projector, is the code
        return hmac.compare_digest(typed.encode(), self.code.encode())

    def add_device(self, participant_id: int | None, replacing: str = "") -> Device | None:
        """A new device's token; None when the room is locked or full. ``replacing``: the token
        the device joined with before (it picks its name now): that device is this one, under
        its number, locked room or not."""
        with self._lock:
            before = self._devices.get(replacing) if replacing else None
            if before is not None and hmac.compare_digest(before.token, replacing):
                del self._devices[replacing]
                number = before.number
            elif self.locked or len(self._devices) >= MAX_DEVICES:
                return None
            else:
                self._joined += 1
                number = self._joined
            device = Device(number, participant_id, secrets.token_urlsafe(24))
            self._devices[device.token] = device
            return device

    def device(self, token: str) -> Device | None:
        with self._lock:
            found = self._devices.get(token)
        # compare the whole token in constant time, not only the dictionary's hash
        return found if found is not None and hmac.compare_digest(found.token, token) else None

    def remove_device(self, number: int) -> bool:
        """Forget one device (the facilitator removes it; its participant may join again)."""
        return bool(self._remove(lambda d: d.number == number))

    def _remove(self, which: Callable[[Device], bool]) -> int:
        """Forget the devices ``which`` picks, their tokens kept as removed; how many."""
        with self._lock:
            gone = [t for t, d in self._devices.items() if which(d)]
            for token in gone:
                del self._devices[token]
            self._removed.update(gone)
            return len(gone)

    def was_removed(self, token: str) -> bool:
        """Whether the facilitator removed the device of this token (its page must not join
        again by itself)."""
        with self._lock:
            return token in self._removed

    def forget_all(self) -> None:
        with self._lock:
            self._devices.clear()
            self._removed.clear()

    def remove_participant(self, participant_id: int) -> int:
        """Forget every device that joined as this participant (they may join again)."""
        return self._remove(lambda d: d.participant_id == participant_id)

    def devices(self) -> list[Device]:
        with self._lock:
            return list(self._devices.values())

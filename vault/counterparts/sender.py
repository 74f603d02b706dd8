"""The person's own name, postal address and e-mail for letters, as they entered them: kept in the encrypted
vault, never guessed from an export."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import orjson

from vault.store import Store

_KEY = "letters.sender"


@dataclass(frozen=True, slots=True)
class Sender:
    name: str | None = None
    address: str | None = None  # lines separated by newlines
    email: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.name or self.address or self.email)


def load_sender(store: Store) -> Sender:
    stored = store.get_meta(_KEY)
    if not stored:
        return Sender()
    data = orjson.loads(stored)
    return Sender(data.get("name"), data.get("address"), data.get("email"))


def save_sender(store: Store, sender: Sender) -> None:
    """Entered values replace the stored ones; an empty sender forgets them."""
    with store.transaction():
        store.set_meta(_KEY, "" if sender.empty else orjson.dumps(asdict(sender)).decode())

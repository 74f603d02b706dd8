"""Two Facebook exports of one persona (an older and a newer era) and a mailbox, named and nested the way real
exports are, with canary names where a careless report would leak them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import persona
from tests.exportkit import write_zip
from tests.generators.facebook import WRAPPER, facebook_export
from tests.generators.mbox import sample_mbox

# Facebook names its archive after the account: facebook-<username>-<date>-<random>.zip, and until 2022 the
# folder inside it too (facebook-<username>/). A canary user name that must never reach a redacted report.
CANARY_USER = "kanarie_vogel7"


def write_persona_exports(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    older = {k.replace(WRAPPER, f"facebook-{CANARY_USER}"): v for k, v in facebook_export("2022").items()}
    # The newer one zipped one level too high, inside a folder the person named after themselves: a real
    # habit when people re-zip a downloaded export.
    newer = {f"Backup {persona.NAME}/facebook-{CANARY_USER}/{k}": v for k, v in facebook_export("2024").items()}
    mbox = folder / f"{persona.NAME} Postfach.mbox"
    mbox.write_bytes(sample_mbox())
    return [
        write_zip(folder / f"facebook-{CANARY_USER}-2022-03-01-AbCd.zip", older),
        write_zip(folder / f"facebook-{CANARY_USER}-2024-09-14-XyZw.zip", newer),
        mbox,
    ]


@pytest.fixture(scope="module")
def persona_exports(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_persona_exports(tmp_path_factory.mktemp("exports"))

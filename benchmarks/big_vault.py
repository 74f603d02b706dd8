"""A big vault for the interactive benchmark, made the way a person makes one: a generated Takeout, imported.

The Takeout's My Activity holds `items` items over `sites` distinct sites: every tenth item is a clicked ad
(pd:BrowsingBehaviour, what the benchmark's consent selects), three in ten visit a site, the rest are searches
with no brand. Which site an ad or visit goes to follows a Zipf law (s = 0.9): a few sites very often, most
rarely, as in a real browsing history; every site appears at least once, so the vault has `sites` brands.

Everything is cached under ~/.cache/mecloud-bench (or MECLOUD_BENCH_CACHE), keyed by the sizes, because the
export and the vault take minutes to make: the export zip, the vault folder, the firm's key and card, and the
number of the consent.
"""

from __future__ import annotations

import bisect
import itertools
import json
import os
import random
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.generators.google import NAMES, write_json_array

PASSPHRASE = "benchmark passphrase, not a secret"
FIRM_PASSPHRASE = "benchmark firm passphrase"
ZIPF_S = 0.9
SYLLABLES = ("ac", "me", "glo", "bex", "ini", "tech", "con", "to", "so", "um", "brel", "la", "north", "wind", "zal")
BASE = datetime(2021, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class BigVault:
    folder: Path  # the cache folder of this size
    vault: Path
    export: Path
    firm_key: Path
    firm_card: Path
    consent_id: str
    items: int
    sites: int

    def to_json(self) -> dict[str, Any]:
        return {k: str(v) if isinstance(v, Path) else v for k, v in asdict(self).items()}


def cache_root() -> Path:
    return Path(os.environ.get("MECLOUD_BENCH_CACHE") or Path.home() / ".cache" / "mecloud-bench")


def site_name(k: int) -> str:
    rng = random.Random(k)
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) + f"{k}.example"


def _sites(n_touching: int, sites: int, seed: int) -> Iterator[int]:
    """The site of each item that touches one: every site once (shuffled in), then Zipf-distributed."""
    rng = random.Random(seed)
    cum = list(itertools.accumulate(1.0 / (k + 1) ** ZIPF_S for k in range(sites)))
    total = cum[-1]
    every = set(rng.sample(range(n_touching), min(sites, n_touching)))
    first = iter(range(sites))
    for j in range(n_touching):
        yield next(first) if j in every else min(bisect.bisect_left(cum, rng.random() * total), sites - 1)


def _items(items: int, sites: int, seed: int) -> Iterator[dict[str, Any]]:
    n_touching = sum(1 for i in range(items) if i % 10 < 4)
    site_of = _sites(n_touching, sites, seed)
    for i in range(items):
        when = (BASE + timedelta(seconds=i * 53)).strftime("%Y-%m-%dT%H:%M:%S.") + f"{i % 1000:03d}Z"
        item: dict[str, Any] = {"header": "Search", "time": when, "products": ["Search"]}
        p = i % 10
        if p < 4:
            domain = site_name(next(site_of))
            if p == 0:  # a clicked Google ad: the advertiser's site is in adurl
                item |= {
                    "title": f"Visited {domain} offer {i}",
                    "titleUrl": f"https://www.googleadservices.com/pagead/aclk?sa=L&ai=x{i}&adurl=https://{domain}/sale",
                    "details": [{"name": "From Google Ads"}],
                }
            else:
                item |= {"title": f"Visited {domain} page {i}", "titleUrl": f"https://www.{domain}/p/{i}"}
        else:
            item |= {"title": f"Searched for tent {i}", "titleUrl": f"https://www.google.com/search?q=tent+{i}"}
        item["activityControls"] = ["Web & App Activity"]
        yield item


def write_export(path: Path, items: int, sites: int, seed: int = 32) -> Path:
    """The Takeout zip, written item by item (constant memory)."""
    names = NAMES["en"]
    tmp = path.with_suffix(".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(names["index"], "<html><body>Takeout index</body></html>")
        with zf.open(names["activity"].format(product="Search", ext="json"), "w", force_zip64=True) as fh:
            write_json_array(fh, _items(items, sites, seed))
    os.replace(tmp, path)
    return path


def cli_env(vault: Path) -> dict[str, str]:
    root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ)
    # As installed: modules come from compiled bytecode (compile_sources() writes it), not from source each start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPATH=root,
        MECLOUD_VAULT=str(vault),
        MECLOUD_PASSPHRASE=PASSPHRASE,
        MECLOUD_FIRM_PASSPHRASE=FIRM_PASSPHRASE,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def compile_sources() -> None:
    """Bytecode for every module, as an installed app has it: a start measured here must not pay compiling."""
    import compileall

    root = Path(__file__).resolve().parent.parent
    for package in ("vault", "ui", "importers", "benchmarks"):
        compileall.compile_dir(root / package, quiet=1)


def mecloud(vault: Path, *args: str, firm: bool = False) -> str:
    module = "ui.firm" if firm else "ui.cli"
    done = subprocess.run(
        [sys.executable, "-m", module, *args], env=cli_env(vault), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{module} {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


def ensure(items: int = 1_000_000, sites: int = 20_000, log: Any = print) -> BigVault:
    """The cached big vault of this size, made first when missing (minutes for 1M items)."""
    folder = cache_root() / f"interactive-{items}-{sites}"
    done_file = folder / "done.json"
    if done_file.exists():
        data = json.loads(done_file.read_text())
        return BigVault(**{k: Path(v) if k in {"folder", "vault", "export", "firm_key", "firm_card"} else v
                           for k, v in data.items()})  # fmt: skip
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    export = folder / "takeout-20240401T101010Z-001.zip"
    log(f"writing a Takeout of {items:,} items over {sites:,} sites to {export}")
    write_export(export, items, sites)
    vault = folder / "vault"
    log("creating the vault (KDF calibrated as for a person) and importing the Takeout")
    mecloud(vault, "init")
    mecloud(vault, "import", str(export))
    firm_dir = folder / "firm"
    mecloud(vault, "keygen", "--name", "Bench Analytics", "--contact", "privacy@bench-analytics.example",
            "--policy", "https://bench-analytics.example/privacy", "--purpose", "Marketing", "--out", str(firm_dir),
            firm=True)  # fmt: skip
    mecloud(vault, "firm", "add", str(firm_dir / "firm-card.jws"))
    grant = ("consent", "grant", "--firm", "1", "--category", "BrowsingBehaviour", "--purpose", "Marketing",
             "--until", "2030-12-31", "--repeatable", "--json")  # fmt: skip
    granted = json.loads(mecloud(vault, *grant))
    big = BigVault(folder, vault, export, firm_dir / "firm-key.age", firm_dir / "firm-card.jws",
                   str(granted.get("id") or granted.get("consent_id")), items, sites)  # fmt: skip
    done_file.write_text(json.dumps(big.to_json(), indent=1))
    return big

"""`mecloud-firm inbox ...`: the firm's inbox from the command line (init, ingest, export, revoke, purge, status)."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.errors import MeCloudError

if TYPE_CHECKING:
    from types import ModuleType

    from vault.consent import FirmKeys

KeyLoader = Callable[[Path], "FirmKeys"]  # a name only: vault.consent loads when a command runs, not to build --help
Passphrase = Callable[[], str]


def register(sub: Any, load_keys: KeyLoader, passphrase: Passphrase) -> None:
    inbox = sub.add_parser("inbox", help="the firm's inbox: verify and load many bundles, export, honour revocations")
    isub = inbox.add_subparsers(dest="inbox_command", metavar="STEP", required=True)

    p = isub.add_parser("init", help="make an inbox: the sealed firm key beside an empty DuckDB store")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("--key", required=True, type=Path, metavar="KEYFILE", help="the firm key made by keygen")
    p.set_defaults(handler=_init)

    p = isub.add_parser("ingest", help="verify bundles and load the verified ones (idempotent)")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE_OR_FOLDER")
    p.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, metavar="N", help="worker processes (default: cores)"
    )
    p.add_argument(
        "--batch", type=int, metavar="N", help="at most N bundles per transaction (default: 1000, fewer when large)"
    )
    _engine_options(p)
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(handler=lambda a: _spark_ingest(a, passphrase) if a.engine == "spark" else _ingest(a, load_keys))

    p = isub.add_parser("export", help="write the verified data as Hive-partitioned Parquet")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("--parquet", required=True, type=Path, metavar="OUT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_export)

    p = isub.add_parser("revoke", help="verify revocation notices, delete that data, write acknowledgements")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("notices", nargs="+", type=Path, metavar="NOTICE")
    _engine_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=lambda a: _revoke(a, load_keys))

    p = isub.add_parser("purge", help="delete the data of expired consents, write acknowledgements")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=lambda a: _purge(a, load_keys))

    p = isub.add_parser("status", help="what the inbox holds")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_status)


def _engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--engine",
        choices=["duckdb", "spark"],
        default="duckdb",
        help="duckdb: this machine, the inbox's DuckDB store (default); spark: a Spark cluster, the lake",
    )
    p.add_argument("--master", default="local[2]", metavar="URL", help="Spark master (with --engine spark)")
    p.add_argument("--lake", type=Path, metavar="DIR", help="the Parquet lake Spark works on (default: DIR/lake)")


def _lake(args: argparse.Namespace) -> Path:
    return args.lake or args.dir / "lake"


def _firm(name: str) -> ModuleType:
    """The inbox lives in its own package with its own dependencies (DuckDB, pyarrow), loaded only when used:
    the desktop app people install does not carry them."""
    try:
        return importlib.import_module(f"firm.{name}")
    except ModuleNotFoundError as err:
        raise MeCloudError(
            f"The firm inbox needs {err.name}, which is not installed: pip install 'mecloud[firm]'."
        ) from None


def _emit(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str) if args.json else text)


def _init(args: argparse.Namespace) -> int:
    db = _firm("store").init(args.dir, args.key)
    print(f"Inbox ready: {db}")
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() or os.environ.get("MECLOUD_PROGRESS"):
        print(f"\rchecked {done:,} of {total:,} bundles", end="" if done < total else "\n", file=sys.stderr)


def _ingest(args: argparse.Namespace, load_keys: KeyLoader) -> int:
    store, ingest = _firm("store"), _firm("ingest")
    keys = load_keys(args.dir / store.KEY_FILE)
    con = store.connect(args.dir)
    try:
        summary = ingest.ingest(
            con,
            args.bundles,
            keys,
            jobs=max(1, args.jobs),
            batch=max(1, args.batch or ingest.BATCH),
            progress=_progress,
        )
    finally:
        con.close()
    return _report_ingest(args, summary)


def _report_ingest(args: argparse.Namespace, summary: Any) -> int:
    rejected = ", ".join(f"{n} {reason}" for reason, n in sorted(summary.rejected.items())) or "none"
    _emit(
        args,
        summary.to_json(),
        f"{summary.seen} bundles: {summary.loaded} loaded ({summary.items} items, {summary.touchpoints} touchpoints), "
        f"{summary.already_received} already received, rejected: {rejected}",
    )
    for r in summary.rejections if not args.json else ():
        print(f"mecloud-firm: rejected ({r['reason']}): {r['file']}: {r['message']}", file=sys.stderr)
    return 0


def _spark_ingest(args: argparse.Namespace, passphrase: Passphrase) -> int:
    engine, store = _firm("spark_engine"), _firm("store")
    spark = engine.session(args.master)
    try:
        summary = engine.ingest(spark, _lake(args), args.bundles, args.dir / store.KEY_FILE, passphrase())
    finally:
        spark.stop()
    return _report_ingest(args, summary)


def _export(args: argparse.Namespace) -> int:
    con = _firm("store").connect(args.dir)
    try:
        written = _firm("parquet_export").export(con, args.parquet)
    finally:
        con.close()
    _emit(args, {"parquet": str(args.parquet), "rows": written},
          f"Parquet written to {args.parquet}: " + ", ".join(f"{t} {n}" for t, n in written.items()))  # fmt: skip
    return 0


def _revoke(args: argparse.Namespace, load_keys: KeyLoader) -> int:
    store, deletion = _firm("store"), _firm("deletion")
    keys = load_keys(args.dir / store.KEY_FILE)
    if args.engine == "spark":
        engine = _firm("spark_engine")
        spark = engine.session(args.master)
        revoke, close = (lambda notice: engine.revoke(spark, _lake(args), args.dir, keys, notice)), spark.stop
    else:
        con = store.connect(args.dir)
        revoke, close = (lambda notice: deletion.revoke(con, args.dir, keys, notice)), con.close
    done, refused, again = [], [], []
    try:
        for path in args.notices:
            try:
                result = revoke(path.read_bytes()[: 1 << 20])
            except (OSError, deletion.NoticeRefused) as err:
                refused.append({"notice": str(path), "reason": str(err)})
                continue
            (done if result else again).append(result.to_json() if result else {"notice": str(path)})
    finally:
        close()
    lines = [
        f"deleted {d['rows_deleted']} rows of {d['consent_id']}; acknowledgement: {d['acknowledgement']}" for d in done
    ]
    lines += [f"already revoked: {a['notice']}" for a in again]
    _emit(args, {"deleted": done, "already_revoked": again, "refused": refused}, "\n".join(lines) or "nothing deleted")
    for r in refused:
        print(f"mecloud-firm: refused ({r['notice']}): {r['reason']}", file=sys.stderr)
    return 16 if refused else 0


def _purge(args: argparse.Namespace, load_keys: KeyLoader) -> int:
    store = _firm("store")
    keys = load_keys(args.dir / store.KEY_FILE)
    con = store.connect(args.dir)
    try:
        done = _firm("deletion").purge(con, args.dir, keys)
    finally:
        con.close()
    lines = [f"expired: deleted {d.rows_deleted} rows of {d.consent_id}" for d in done]
    _emit(args, {"deleted": [d.to_json() for d in done]}, "\n".join(lines) or "nothing expired")
    return 0


def _status(args: argparse.Namespace) -> int:
    con = _firm("store").connect(args.dir)
    try:
        counts = {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in ("subjects", "items", "touchpoints")
        }
        consents = dict(con.execute("SELECT status, count(*) FROM consents GROUP BY status").fetchall())
        verdicts = dict(con.execute("SELECT verdict, count(*) FROM bundles GROUP BY verdict").fetchall())
    finally:
        con.close()
    data = {**counts, "consents": consents, "bundles": verdicts}
    _emit(args, data, "\n".join(f"{k}: {v}" for k, v in data.items()))
    return 0

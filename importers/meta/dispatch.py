"""The per-file dispatch shared by the Facebook and Instagram importers: which handler reads which
member (found by path suffix, whatever wrapper folder the user's zip has), what is skipped and why,
and how every file ends up in the coverage report."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson

from importers.archive import ExportTree, Member
from importers.file_guard import reason, with_count
from importers.meta import html_route
from importers.meta.html_stream import notes_to
from importers.meta.human_time import unread_time
from importers.meta.text import clean_label
from vault.errors import ImportFailed, Message, message
from vault.model import BrandHint, CoverageReport, Observation

# A handler yields observations for one member and returns False when the file's shape was not
# recognised (the file then stays "unknown" in the coverage report).
Handler = Callable[["Context"], Generator[Observation, None, bool | None]]

_MEDIA = frozenset(
    {"jpg", "jpeg", "png", "gif", "webp", "heic", "heif", "bmp", "tif", "tiff", "mp4", "mov", "m4v", "webm"}
    | {"avi", "mkv", "3gp", "mp3", "m4a", "aac", "wav", "ogg", "opus", "amr"}
)
_HTML = frozenset(("html", "htm", "css"))
# Item kinds about advertisers, apps and inferences: they carry their own brand hints, and are no record of the
# person's own activity on the platform (importers/held.py). The profile holds the account itself.
BRAND_KINDS = frozenset(
    {
        "advertiser_audience", "ad_click", "ad_view", "off_platform_activity", "connected_app", "ad_interest",
        "ad_category", "inferred_topic", "profile",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class MetaPlatform:
    """Which Meta product an importer reads, and how the platform itself is named as a brand."""

    platform: str  # "facebook"
    label: str  # "Facebook"
    domain: str  # "facebook.com"
    # Folders that only the sibling product's export has: left alone (stay "unknown") if a user
    # zipped both exports together, so neither importer claims the other's files.
    foreign: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    pattern: re.Pattern[str]  # searched in the lower-case member path
    handler: Handler


def rule(suffix_regex: str, handler: Handler) -> Rule:
    """A rule for members whose path ends with `suffix_regex`, at the root or below any folder."""
    return Rule(re.compile(rf"(?:^|/){suffix_regex}$"), handler)


@dataclass(slots=True)
class Context:
    """What a handler needs for one member: where to read, where to report, how to name things."""

    tree: ExportTree
    coverage: CoverageReport
    meta: MetaPlatform
    member: Member

    @property
    def path(self) -> str:
        return self.member.path

    def issue(self, problem: Message) -> None:
        self.coverage.issue(self.member.path, problem)

    def observe(
        self,
        kind: str,
        time: datetime | None,
        title: object,
        raw: Any,
        brands: Sequence[BrandHint] = (),
        identity: Any = None,
    ) -> Observation:
        """An observation whose natural key comes from its content (`identity`, else `raw`), never
        from the file's path, so the same item from another export or wrapper folder matches."""
        if time is None and (unread := unread_time(raw)) is not None:
            self.issue(message("issue.unread_time", text=clean_label(unread, 40)))
        return Observation(
            platform=self.meta.platform,
            kind=kind,
            time=time,
            title=clean_label(title) or kind.replace("_", " "),
            raw=raw,
            source_file=self.member.path,
            natural_key=natural_key(self.meta.platform, kind, time, raw if identity is None else identity),
            brands=tuple(brands),
        )

    def platform_hint(self, category: str, detail: str, touchpoint: str = "inference") -> BrandHint:
        """The platform itself as the brand: it holds the inference it made about the user, or the account."""
        return BrandHint(touchpoint, category, name=self.meta.label, domain=self.meta.domain, detail=detail)


def natural_key(platform: str, kind: str, time: datetime | None, identity: Any) -> str:
    when = time.isoformat() if time else ""
    body = orjson.dumps(identity, option=orjson.OPT_SORT_KEYS, default=str)
    return f"{platform}:{kind}:{when}:{hashlib.blake2b(body, digest_size=12).hexdigest()}"


def run(
    tree: ExportTree,
    coverage: CoverageReport,
    meta: MetaPlatform,
    rules: Sequence[Rule],
    fallback: Handler | None,
) -> Iterator[Observation]:
    """Dispatch every member of the export to its handler and account for it in `coverage`."""
    readable = 0
    notes = html_route.Notes(coverage)
    json_paths = html_route.json_paths(tree.paths())
    for member in tree.members():
        low = member.path.lower()
        if any(f"/{part}/" in f"/{low}" for part in meta.foreign):
            continue
        ext = low.rsplit(".", 1)[-1] if "." in low.rsplit("/", 1)[-1] else ""
        if ext in _MEDIA:
            coverage.skip(member.path, message("skip.meta_media"))
            continue
        if ext in _HTML:  # the HTML download: each page read like its JSON twin (importers/meta/html_pages.py)
            handler, why = html_route.route(low, rules, fallback, json_paths)
            if why:
                coverage.skip(member.path, why)
                continue
        elif ext != "json":
            if "/messages/" in f"/{low}":
                coverage.skip(member.path, message("skip.message_attachment"))
            continue
        else:
            handler = next((r.handler for r in rules if r.pattern.search(low)), fallback)
        if handler is None:
            continue
        ctx = Context(tree, coverage, meta, member)
        count, recognised = yield from _counted(handler(ctx), ctx, notes)
        if recognised:
            coverage.read(member.path, count)
            readable += 1
    if readable == 0 and coverage.unreadable:
        path, why = next(iter(coverage.unreadable.items()))
        stored = Message.from_dict(coverage.unreadable_messages.get(path, {}))
        raise ImportFailed(
            message("import.no_meta_file", file=tree.describe(), platform=meta.label, path=path, reason=stored or why)
        )


def _counted(
    gen: Generator[Observation, None, bool | None], ctx: Context, notes: html_route.Report
) -> Generator[Observation, None, tuple[int, bool]]:
    count = 0
    try:
        while True:
            try:
                with notes_to(notes):  # only while the handler runs: never across our own yield
                    obs = next(gen)
            except StopIteration as stop:
                return count, stop.value is not False
            count += 1
            yield obs
    except ImportFailed as exc:  # MetaFileUnreadable, or the archive's own (a damaged member)
        # The file, not one record, is broken: it goes to the report's unreadable files (issue 23, class 1).
        ctx.coverage.cannot_read(ctx.path, with_count(reason(exc, ctx.member), count))
        return count, count > 0

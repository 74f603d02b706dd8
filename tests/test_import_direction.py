"""The tree follows the data flow: imports run one way, and no package or module imports itself round a cycle.

Walks the source with `ast` (nothing is imported). Imports under `if TYPE_CHECKING:` are types only and never
run, so they are left out; imports inside functions run, so they count.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = ("vault", "importers", "ui", "firm")
QT = ("PySide6", "shiboken6")
# What an importer may use of the vault: the plain types and errors it hands over, nothing that stores.
IMPORTERS_MAY_USE = ("vault.model", "vault.errors", "vault.unix_time")


def _modules() -> dict[str, Path]:
    found = {}
    for top in OURS:
        for path in (ROOT / top).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


MODULES = _modules()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from (n for child in node.orelse for n in _import_nodes(ast.Module(body=[child], type_ignores=[])))
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        yield from _import_nodes(node)


def imports_of(module: str) -> set[str]:
    """Every module `module` imports at run time, as full dotted names (`from p import m` gives p.m if m is one)."""
    tree = ast.parse(MODULES[module].read_text("utf-8"))
    out: set[str] = set()
    for node in _import_nodes(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif node.level == 0 and node.module:
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in MODULES)
    return out


def _ancestors(name: str) -> Iterator[str]:
    parts = name.split(".")
    for i in range(1, len(parts)):
        yield ".".join(parts[:i])


def _own_edges() -> dict[str, set[str]]:
    """Module -> the modules of ours it imports (a package's __init__ runs on the way to its submodules)."""
    edges: dict[str, set[str]] = {}
    for module in MODULES:
        targets = set()
        for imported in imports_of(module):
            if imported in MODULES:
                targets.add(imported)
                targets.update(a for a in _ancestors(imported) if a in MODULES and a != module)
        targets.discard(module)
        edges[module] = {t for t in targets if not module.startswith(t + ".")}  # a package's own __init__
    return edges


def _room(module: str) -> str:
    """The unit arrows are drawn between: a leaf package (vault.consent, importers.meta, ui.desktop.screens) is one
    room; a module that sits beside subpackages (vault.session, ui.desktop.app) is a room of its own."""
    package = module.rsplit(".", 1)[0] if "." in module else module
    has_subpackages = any(m.startswith(package + ".") and m.count(".") > package.count(".") + 1 for m in MODULES)
    if module in MODULES and MODULES[module].name == "__init__.py" and module.count(".") >= 1:
        return module
    if package in OURS or has_subpackages:
        return module
    return package


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan), each a cycle to report."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_the_walk_sees_the_tree() -> None:
    # Guards the test itself: it must find the packages and real arrows between them.
    assert {"vault.session", "vault.store.database", "importers.archive.reader", "ui.cli"} <= set(MODULES)
    assert "vault.store" in imports_of("vault.session")
    assert "vault.store.database" in imports_of("vault.store")  # the package re-exports its insides
    assert "vault.store.database" not in imports_of("vault.store.item_chunks")  # a type only, under TYPE_CHECKING


def _offenders(top: str, forbidden: Callable[[str], bool]) -> list[str]:
    """Every import of a module under `top` that `forbidden` refuses, as "module imports target"."""
    return sorted(f"{m} imports {i}" for m in MODULES if m.split(".")[0] == top for i in imports_of(m) if forbidden(i))


def _top(name: str) -> str:
    return name.split(".")[0]


@pytest.mark.parametrize("top", ["vault", "importers", "firm"])
def test_core_packages_never_import_qt(top: str) -> None:
    assert _offenders(top, lambda i: _top(i) in QT) == []


def test_vault_imports_neither_importers_nor_ui() -> None:
    assert _offenders("vault", lambda i: _top(i) in ("importers", "ui", "firm")) == []


def test_the_firm_side_uses_the_vault_only() -> None:
    # The firm's inbox verifies with vault.bundle and vault.age; it has no face and reads no exports.
    assert _offenders("firm", lambda i: _top(i) in ("importers", "ui", *QT)) == []


def test_importers_use_only_the_plain_types_of_the_vault() -> None:
    def forbidden(i: str) -> bool:
        return _top(i) == "ui" or (_top(i) == "vault" and i != "vault" and not i.startswith(IMPORTERS_MAY_USE))

    assert _offenders("importers", forbidden) == []


def test_no_module_imports_itself_round_a_cycle() -> None:
    assert _cycles(_own_edges()) == []


def test_no_cycle_between_packages() -> None:
    rooms: dict[str, set[str]] = {}
    for module, targets in _own_edges().items():
        rooms.setdefault(_room(module), set()).update(_room(t) for t in targets)
    for room, targets in rooms.items():
        targets.discard(room)
    assert _cycles(rooms) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]

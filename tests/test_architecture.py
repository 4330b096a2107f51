"""The package's layers, proved from its source: what may import Qt, who may import whom, and
no import cycle anywhere (function-local imports included)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "lstm_lab"
QT_ROOTS = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def is_qt_side(name: str) -> bool:
    """Modules that may use Qt: the shared widgets, the shell, each kind's qt/, and the
    composition roots that start the app and its self-test."""
    parts = name.split(".")
    return (
        parts[1:2] in (["ui"], ["shell"])
        or (parts[1:2] == ["lessons"] and "qt" in parts[3:4])
        or name in ("lstm_lab.app", "lstm_lab.selftest")
    )


QT_FREE = sorted(name for name in MODULES if not is_qt_side(name))


def _walk_running_code(tree: ast.AST):
    """Every node, but those under ``if TYPE_CHECKING:`` (imports for annotations only)."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                todo.extend(child.orelse)
                continue
            todo.append(child)


def imports_of(name: str) -> set[str]:
    """The lstm_lab modules ``name`` imports, anywhere in its code."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _walk_running_code(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in MODULES else base)
    return {target for target in found if target in MODULES and target != name}


GRAPH = {name: imports_of(name) for name in MODULES}


def test_the_package_is_laid_out_by_layer_and_kind():
    tops = {name.split(".")[1] for name in MODULES if name.count(".") >= 1}
    assert tops == {
        "__main__",
        "app",
        "selftest",
        "engine",
        "core",
        "ui",
        "shell",
        "lessons",
        "resources",
    }
    kinds = {name.split(".")[2] for name in MODULES if name.startswith("lstm_lab.lessons.")}
    assert kinds == {"cell", "compare", "forecast", "poetry", "memory"}
    for kind in kinds:
        for part in ("kind", "cli"):
            assert f"lstm_lab.lessons.{kind}.{part}" in MODULES
        assert any(name.startswith(f"lstm_lab.lessons.{kind}.qt.") for name in MODULES)


def test_there_is_no_import_cycle():
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for name in MODULES:
        if name not in index:
            visit(name)
    assert cycles == []


def test_the_cycle_check_finds_a_cycle():
    GRAPH["lstm_lab.core.errors"].add("lstm_lab.core.lesson")
    try:
        with pytest.raises(AssertionError):
            test_there_is_no_import_cycle()
    finally:
        GRAPH["lstm_lab.core.errors"].discard("lstm_lab.core.lesson")


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        (
            "lstm_lab.engine.",
            ("lstm_lab.core", "lstm_lab.ui", "lstm_lab.shell", "lstm_lab.lessons"),
        ),
        ("lstm_lab.core.", ("lstm_lab.ui", "lstm_lab.shell", "lstm_lab.lessons")),
        ("lstm_lab.ui.", ("lstm_lab.shell", "lstm_lab.lessons", "lstm_lab.app")),
        ("lstm_lab.shell.", ("lstm_lab.lessons",)),
    ],
)
def test_a_layer_never_imports_the_layers_built_on_it(layer, forbidden):
    wrong = sorted(
        f"{name} -> {target}"
        for name, targets in GRAPH.items()
        if name.startswith(layer)
        for target in targets
        if target.startswith(forbidden)
    )
    assert wrong == []


def test_qt_free_modules_import_nothing_of_the_qt_side():
    """(The entry point, ``__main__``, starts the app or the self-test when asked; importing it
    loads no Qt, as the next test shows.)"""
    wrong = sorted(
        f"{name} -> {target}"
        for name in QT_FREE
        if name != "lstm_lab.__main__"
        for target in GRAPH[name]
        if is_qt_side(target)
    )
    assert wrong == []


def _qt_modules_after_import(name: str) -> tuple[str, list[str]]:
    code = (
        "import json, sys, importlib\n"
        f"importlib.import_module({name!r})\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{name}: {done.stderr}"
    loaded = json.loads(done.stdout)
    return name, [module for module in loaded if module.split(".")[0] in QT_ROOTS]


def test_every_qt_free_module_imports_no_qt_in_a_fresh_process():
    """Each module outside ui/, shell/ and lessons/*/qt/, imported alone in a new Python: no
    PySide6, shiboken6 or pyqtgraph module is loaded (with every lesson kind registered)."""
    assert len(QT_FREE) > 40
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(pool.map(_qt_modules_after_import, QT_FREE))
    assert {name: qt for name, qt in results.items() if qt} == {}
    assert "lstm_lab.lessons.poetry.model" in results  # the poetry lesson's model is Qt-free


def test_the_qt_check_sees_qt():
    assert _qt_modules_after_import("lstm_lab.ui.theme")[1] != []

"""Translations: the shipped .qm files are the compiled .ts files, every zh_CN string is
translated, every window speaks Chinese under zh_CN, the language is chosen and switched as
the README says, and the command line speaks it too."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "lstm_lab"
I18N = PACKAGE / "resources" / "i18n"
TS_FILES = sorted(I18N.glob("*.ts"))
ZH_CN = sorted(I18N.glob("*_zh_CN.ts"))
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


# ----------------------------------------------------------------------------- the files
def test_there_are_translations_of_the_shared_code_in_both_scripts():
    names = {path.name for path in I18N.iterdir()}
    assert {"app_zh_CN.ts", "app_zh_CN.qm", "app_zh_TW.ts", "app_zh_TW.qm"} <= names


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.name)
def test_each_qm_is_its_ts_compiled(ts, tmp_path):
    """Compiling the .ts now gives exactly the shipped .qm: a .ts changed after its .qm was
    made fails (content, not file times, which a checkout resets)."""
    shipped = ts.with_suffix(".qm")
    assert shipped.exists(), f"{shipped.name} is missing: run python tools/translations.py release"
    fresh = tmp_path / shipped.name
    translations.compile_ts(ts, fresh)
    assert fresh.read_bytes() == shipped.read_bytes(), (
        f"{shipped.name} is older than {ts.name}: run python tools/translations.py release"
    )


def test_the_compile_check_sees_a_stale_qm(tmp_path):
    ts = I18N / "app_zh_CN.ts"
    changed = tmp_path / "app_zh_CN.ts"
    changed.write_text(
        ts.read_text(encoding="utf-8").replace("文件(&amp;F)", "档案(&amp;F)"), encoding="utf-8"
    )
    translations.compile_ts(changed, tmp_path / "new.qm")
    assert (tmp_path / "new.qm").read_bytes() != ts.with_suffix(".qm").read_bytes()


PLACEHOLDER = re.compile(r"\{[^{}]*\}")
#: A placeholder a translation may write instead of another: the worksheet's date offers the
#: month as a number for languages that write 2025年5月3日.
INSTEAD = {"{month_name}": "{month}"}


@pytest.mark.parametrize("ts", ZH_CN, ids=lambda path: path.name)
def test_every_zh_cn_string_is_translated_with_its_placeholders_and_accelerators(ts):
    problems = []
    for context, source, translation in messages(ts):
        text = translation.text or ""
        where = f"{context}: {source[:60]!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"{where} is not translated")
            continue
        used = set(PLACEHOLDER.findall(text))
        missing = {
            name
            for name in PLACEHOLDER.findall(source)
            if name not in used and INSTEAD.get(name) not in used
        }
        if missing:
            problems.append(f"{where} lost {sorted(missing)}")
        accelerator = re.search(r"&(?![A-Za-z]+;)([A-Za-z0-9])", source)  # not &nbsp;
        if accelerator and f"(&{accelerator.group(1)})" not in text:
            problems.append(f"{where} lost its accelerator &{accelerator.group(1)}")
    assert problems == []


def test_the_traditional_files_are_the_simplified_ones_converted():
    """zh_TW.ts is written from zh_CN.ts (tools/translations.py release): the same messages,
    each translated, none left in simplified characters that s2twp changes."""
    for simplified in ZH_CN:
        traditional = simplified.with_name(simplified.name.replace("zh_CN", "zh_TW"))
        assert traditional.exists(), f"{traditional.name} is missing"
        cn = [(c, s) for c, s, _t in messages(simplified)]
        tw = messages(traditional)
        assert [(c, s) for c, s, _t in tw] == cn
        assert all(t.text and t.get("type") is None for _c, _s, t in tw)
        texts = {t.text for _c, _s, t in tw}
        assert "文件(&F)" not in texts and "檔案(&F)" in texts or "app" not in simplified.name


# ----------------------------------------------------------------------------- the calls
#: Where a text is translated (the forms pyside6-lupdate reads).
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}
#: The app area (tools/translations.py): shell/, ui/, core/, engine/ and the entry points.
APP_FILES = translations.sources("app")
#: Calls that translate a text known only when the program runs, each for a reason: a table's
#: entry marked where it is defined, a kind's command help, a note a window passes.
RUNTIME_TEXTS = {
    ("lesson_window.py", "translated"),
    ("lesson_window.py", "show_shortcuts"),
    ("__main__.py", "_commands_epilog"),
    ("flow_controls.py", "_go_to_phase"),
    ("report.py", "step_lines"),
    ("flow.py", "math_lines"),
    ("training.py", "status_text"),
    ("language.py", "translate"),
    ("engine_words.py", "_tr"),
    ("engine_words.py", "task_title"),
    ("engine_words.py", "task_description"),
    ("engine_words.py", "optimizer_name"),
    ("engine_words.py", "said"),
    ("cli.py", "argparse_message"),
}


def translating_calls(path: Path):
    """(enclosing function, call, literal texts or None) of every translating call."""
    found = []

    class Visitor(ast.NodeVisitor):
        def __init__(self) -> None:
            self.functions = ["<module>"]

        def visit_FunctionDef(self, node) -> None:  # noqa: N802
            self.functions.append(node.name)
            self.generic_visit(node)
            self.functions.pop()

        def visit_Call(self, node) -> None:  # noqa: N802
            callee = node.func
            called = callee.attr if isinstance(callee, ast.Attribute) else getattr(callee, "id", "")
            on_a_string = (
                isinstance(callee, ast.Attribute)
                and called == "translate"
                and ast.unparse(callee.value) != "QCoreApplication"
            )
            if called in TRANSLATING and not on_a_string:
                literal = all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
                )
                texts = [a.value for a in node.args] if literal else None
                found.append((self.functions[-1], node, texts))
            self.generic_visit(node)

    Visitor().visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def test_every_translated_text_of_the_app_area_is_a_literal_in_the_ts():
    """Texts passed to tr()/translate as variables or f-strings never reach the .ts (this is
    why lupdate once found 60 of the area's strings): each such call is a known exception, and
    every literal text is in app_zh_CN.ts."""
    sources = {source for _c, source, _t in messages(I18N / "app_zh_CN.ts")}
    not_literal, not_found = [], []
    for path in APP_FILES:
        for function, node, texts in translating_calls(path):
            if texts is None:
                if (path.name, function) not in RUNTIME_TEXTS:
                    not_literal.append(f"{path.name}:{node.lineno} {ast.unparse(node)[:70]}")
                continue
            text = texts[-1] if texts else None
            if text is not None and text not in sources:
                not_found.append(f"{path.name}:{node.lineno} {text[:60]!r}")
    assert not_literal == []
    assert not_found == []


# ----------------------------------------------------------------------------- choosing
def test_a_locale_names_the_language():
    from lstm_lab.core.i18n import environment_language, language_for_locale

    simplified = ("zh_CN", "zh_CN.UTF-8", "zh_SG", "zh-Hans-CN", "zh")
    traditional = ("zh_TW", "zh_HK.UTF-8", "zh_MO", "zh-Hant-HK", "zh_Hant")
    assert {language_for_locale(name) for name in simplified} == {"zh_CN"}
    assert {language_for_locale(name) for name in traditional} == {"zh_TW"}
    assert {language_for_locale(name) for name in ("en_GB", "de_DE", "C", "", "ja_JP")} == {"en"}
    assert environment_language({"LANG": "zh_TW.UTF-8"}) == "zh_TW"
    assert environment_language({"LANGUAGE": "zh_CN:en", "LANG": "en_US.UTF-8"}) == "zh_CN"
    assert environment_language({"LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"
    assert environment_language({}) == "en"


def test_the_language_at_start_is_asked_else_saved_else_the_systems(settings, monkeypatch):
    from lstm_lab.ui import language

    monkeypatch.setattr(language, "system_language", lambda: "zh_TW")
    assert language.startup_language(settings) == "zh_TW"  # first start: the locale's
    language.save_language(settings, "zh_CN")
    assert language.startup_language(settings) == "zh_CN"
    assert language.startup_language(settings, "en") == "en"  # --language, not saved
    assert language.saved_language(settings) == "zh_CN"
    settings.setValue(language.LANGUAGE_KEY, "klingon")  # a settings file edited by hand
    assert language.startup_language(settings) == "zh_TW"


@pytest.fixture
def chinese(qapp):
    """The app in zh_CN for one test, English again afterwards."""
    from lstm_lab.ui.language import install_language

    install_language("zh_CN")
    yield
    install_language("en")


def test_a_language_loads_the_apps_translations_and_qts_own(chinese):
    from PySide6.QtCore import QCoreApplication

    from lstm_lab.core.i18n import current_language, translate
    from lstm_lab.ui.language import installed_translators

    assert current_language() == "zh_CN"
    assert len(installed_translators()) == len(ZH_CN) + 1  # each area's, and qtbase
    assert QCoreApplication.translate("LessonWindow", "&File") == "文件(&F)"
    assert translate("LessonFile", "the picture") == "图片"  # the Qt-free hook
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's dialogs


# ----------------------------------------------------------------------------- switching
@pytest.fixture
def lab(qtbot, settings):
    from lstm_lab.app import LabApp
    from lstm_lab.ui.language import install_language

    app = LabApp(settings)
    yield app
    install_language("en")
    for window in list(app.windows.values()):
        window.shutdown()
        window.files.forget_changes()
        window.close()
    if app._start is not None:
        app._start.close()


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_view_language_switches_every_window_at_once_and_keeps_the_lesson(lab, qtbot):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenuBar

    from lstm_lab.core.builtin import lesson_by_name
    from lstm_lab.ui.language import saved_language

    lab.show_start_screen()
    assert lab.open_lesson(lesson_by_name("remember-or-forget"))
    window = lab.window
    qtbot.waitExposed(window)
    assert _menu_titles(window)[0] == "&File"
    window.state.set_param("b_f", -1.25)  # a change not saved
    window.state.go_to(2)
    qtbot.waitUntil(window.isWindowModified)
    before = window.current_lesson()
    geometry = window.geometry()

    window.findChild(QAction, "action_language_zh_CN").trigger()

    chinese = lab.window
    assert chinese is not window and chinese.isVisible()
    assert _menu_titles(chinese)[0] == "文件(&F)"
    assert "全屏" in [action.text() for action in chinese.menus["&View"].actions()]
    assert chinese.findChild(QAction, "action_language_zh_CN").isChecked()
    assert chinese.current_lesson() == before  # every setting, the step shown
    assert chinese.state.cursor == 2
    assert chinese.isWindowModified()  # still unsaved
    assert chinese.geometry() == geometry
    assert saved_language(lab.settings) == "zh_CN"
    start_menus = lab.start_screen.findChild(QMenuBar, "startMenuBar").actions()
    assert [action.text() for action in start_menus] == ["文件(&F)", "视图(&V)", "帮助(&H)"]

    chinese.findChild(QAction, "action_language_en").trigger()
    english = lab.window
    assert _menu_titles(english)[0] == "&File"
    assert english.current_lesson() == before
    assert english.isWindowModified()
    assert saved_language(lab.settings) == "en"


# ----------------------------------------------------------------------------- every window
#: Three Latin words in a row: English prose (a symbol, a name or a key is one or two words).
PROSE = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:[ \u00a0]+[A-Za-z][A-Za-z'’-]*){2,}")
#: Names that are not prose, in any language.
NAMES = ("LSTM Lab", "Page Up", "Page Down", "NumPy", "PyTorch")
TAGS = re.compile(r"<[^>]+>")


def lesson_texts() -> list[str]:
    """Texts that come from lesson files (titles, summaries, texts): shown as they are."""
    from lstm_lab.core.builtin import builtin_lessons

    texts = []
    for lesson in builtin_lessons():
        texts += [lesson.title, lesson.summary, lesson.text]
    return [text for text in texts if text]


def english_prose(text: str, from_files: list[str]) -> list[str]:
    """The runs of English words in ``text`` that are neither names nor lesson content (a
    lesson's title, summary or text, whole, is left out wherever it appears)."""
    plain = TAGS.sub(" ", text).replace("&", "")
    for item in sorted(from_files, key=len, reverse=True):
        plain = plain.replace(item, " ")
    for name in NAMES:
        plain = plain.replace(name, " ")
    return PROSE.findall(plain)


def test_the_prose_rule_finds_english_and_passes_chinese_and_symbols():
    files = ["Explore one LSTM cell"]
    assert english_prose("Save the lesson", files) == ["Save the lesson"]
    assert english_prose("保存课程（Ctrl+Shift+S）", files) == []
    assert english_prose("遗忘门 f(t) = σ(w_f·x(t) + b_f)", files) == []
    assert english_prose("关于 LSTM Lab", files) == []
    assert english_prose("Explore one LSTM cell", files) == []  # a lesson's own title
    assert english_prose("打开“Explore one LSTM cell”", files) == []
    assert english_prose("Explore one LSTM cell and watch it", files) == ["and watch it"]
    assert english_prose("<b>Tab</b> 和 Page Up", files) == []


#: Widgets that show data, not words of the app: the memory task's made-up sentences (in
#: the English of the task, "France … speak → French"), what the poet writes and the
#: characters it weighs, and the code of a lesson exported as a script.
DATA_VIEWS = {"sampleSentence", "poemView", "probabilityBars", "pytorchCode"}


def visible_texts(root) -> list[tuple[str, str]]:
    """(where, text) of everything a student can read in ``root``: its menus and their
    actions, labels, buttons, tabs, dock titles, group boxes, combo boxes and their items'
    tooltips, placeholders, text views (not a lesson's own text), the texts drawn in its
    diagrams, tooltips and what a screen reader is told."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDockWidget,
        QGraphicsSimpleTextItem,
        QGraphicsTextItem,
        QGraphicsView,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
        QWidget,
    )

    from lstm_lab.ui.lesson_text import LessonTextView

    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text:
            found.append((where, text))

    def walk_menu(menu: QMenu, path: str) -> None:
        add(f"menu {path}", menu.title())
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            where = f"{path} → {action.text()}"
            add(where, action.text())
            add(f"{where} (tip)", action.toolTip() if menu.toolTipsVisible() else "")
            add(f"{where} (status)", action.statusTip())
            if action.menu() is not None:
                walk_menu(action.menu(), where)

    menu_bar = root.menuBar() if hasattr(root, "menuBar") else None
    bars = [menu_bar] if menu_bar is not None else []
    bars += root.findChildren(type(menu_bar)) if menu_bar is not None else []
    if not bars:
        from PySide6.QtWidgets import QMenuBar

        bars = root.findChildren(QMenuBar)
    for bar in bars:
        for action in bar.actions():
            if action.menu() is not None:
                walk_menu(action.menu(), action.text())
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QMenu) or not widget.isVisibleTo(root) and widget is not root:
            continue
        name = widget.objectName() or type(widget).__name__
        if name in DATA_VIEWS:
            continue
        add(f"{name} (tooltip)", widget.toolTip())
        add(f"{name} (accessible)", widget.accessibleName())
        add(f"{name} (description)", widget.accessibleDescription())
        if isinstance(widget, QLineEdit):
            add(f"{name} (placeholder)", widget.placeholderText())
        if isinstance(widget, QTextEdit | QPlainTextEdit) and not isinstance(
            widget, LessonTextView
        ):
            add(name, widget.toPlainText())
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if isinstance(item, QGraphicsTextItem) and item.isVisible():
                    add(f"{name} (drawn)", item.toPlainText())
                elif isinstance(item, QGraphicsSimpleTextItem) and item.isVisible():
                    add(f"{name} (drawn)", item.text())
        if isinstance(widget, QLabel | QAbstractButton):
            add(name, widget.text())
        if isinstance(widget, QDockWidget):
            add(f"dock {name}", widget.windowTitle())
        if isinstance(widget, QGroupBox):
            add(f"group {name}", widget.title())
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(f"tab {name}", widget.tabText(index))
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(f"combo {name}", widget.itemText(index))
                add(f"combo {name} (tip)", widget.itemData(index, Qt.ItemDataRole.ToolTipRole))
    return found


def untranslated(root) -> list[str]:
    files = lesson_texts()
    return sorted(
        {
            f"{where}: {text[:80]!r}"
            for where, text in visible_texts(root)
            if english_prose(text, files)
        }
    )


def test_the_start_screen_speaks_chinese(chinese, qtbot, settings):
    from lstm_lab.core.builtin import builtin_lessons
    from lstm_lab.shell.start_screen import StartScreen

    screen = StartScreen(builtin_lessons(), settings)
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitExposed(screen)
    assert untranslated(screen) == []
    assert screen.open_button.text() == "打开课程文件…"


def _kinds() -> list[str]:
    from lstm_lab.core.kinds import kinds

    return sorted(kinds())


def _first_lesson(kind: str) -> str:
    from lstm_lab.core.builtin import builtin_lessons

    return next(lesson.name for lesson in builtin_lessons() if lesson.kind == kind)


def _lesson_names() -> list[str]:
    from lstm_lab.core.builtin import builtin_lessons

    return [lesson.name for lesson in builtin_lessons()]


def _every_tab(window, qtbot, seen: list[str]) -> None:
    """Show each tab of every tab bar in turn (pages, and docks that share a place), noting
    what is untranslated on each."""
    from PySide6.QtWidgets import QTabBar

    for bar in window.findChildren(QTabBar):
        if not bar.isVisibleTo(window):
            continue
        for index in range(bar.count()):
            bar.setCurrentIndex(index)
            qtbot.waitUntil(lambda bar=bar, index=index: bar.currentIndex() == index)
            seen += untranslated(window)


def _work(window, qtbot) -> None:
    """What a student does first in a lesson of each kind, kept short: train a few epochs,
    race a few epochs, write a poem."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QSpinBox

    kind = window.current_lesson().kind
    actions = window.actions_by_key
    if kind == "cell":
        window.findChild(QSpinBox, "maxEpochsSpin").setValue(5)
        train, controller = (
            window.findChild(QPushButton, "trainButton"),
            window.training_panel.controller,
        )
        if not controller.can_train():  # no target: the panel says what to do instead
            qtbot.mouseClick(train, Qt.MouseButton.LeftButton)
            return
        with qtbot.waitSignal(controller.finished, timeout=60_000):
            qtbot.mouseClick(train, Qt.MouseButton.LeftButton)
        return
    if kind == "compare":
        actions["race_start"].trigger()
        qtbot.waitUntil(lambda: window.model.race.epochs >= 2, timeout=60_000)
        actions["race_stop"].trigger()
    else:
        spins = {"forecast": ("epochsSpin", 1), "memory": ("updatesSpin", 3)}
        if kind in spins:
            name, value = spins[kind]
            window.findChild(QSpinBox, name).setValue(value)
        actions["write" if kind == "poetry" else "train"].trigger()
        assert window.is_busy()
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=120_000)


@pytest.mark.parametrize("lesson", _lesson_names())
def test_every_lesson_window_speaks_chinese(lesson, chinese, open_window, qtbot):
    """Every built-in lesson under zh_CN: as it opens, on each of its tabs, a step forward,
    and after a short run of its work (training, a race, a poem). Text from the lesson file
    is left out: the lesson files carry their own translations."""
    window = open_window(lesson, size=(1440, 900))
    seen = untranslated(window)
    _every_tab(window, qtbot, seen)
    if "step_forward" in window.actions_by_key:
        window.actions_by_key["step_forward"].trigger()
        seen += untranslated(window)
    _work(window, qtbot)
    seen += untranslated(window)
    _every_tab(window, qtbot, seen)
    assert sorted(set(seen)) == []


# The engine refuses typed numbers and sequences, series files and model files; the student
# reads why in Chinese, with the values from the input as they were.
def test_a_refused_number_or_sequence_is_explained_in_chinese(chinese, open_window, qtbot):
    from helpers import type_into
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QLineEdit

    cell = open_window("explore", size=(1440, 900))
    type_into(qtbot, cell.findChild(QLineEdit, "sequenceEdit"), "1, x, 0")
    assert cell.findChild(QLabel, "sequenceError").text() == (
        "第 2 项“x”不是数字。仍在使用上一个有效的序列。"
    )
    box = cell.findChild(QLineEdit, "paramValue_b_f")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    type_into(qtbot, box, "1,000")
    assert cell.findChild(QLabel, "paramError_b_f").text() == (
        "“1,000”有歧义：小数点用点号表示，所以表示小数请写 1.000，表示整数请写 1000。b_f 保持为 0。"
    )

    compare = open_window("compare-who-remembers", size=(1440, 900))
    type_into(qtbot, compare.findChild(QLineEdit, "compareSequence"), "1,,0")
    assert "第 2 项是空的" in compare.findChild(QLabel, "sequenceError").text()


def test_a_refused_series_file_is_explained_in_chinese(
    chinese, open_window, qtbot, tmp_path, monkeypatch
):
    from helpers import message_box
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "readings.csv"
    path.write_text("temperature\n1.5\nabc\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    forecast = open_window("forecast-sine", size=(1440, 900))
    qtbot.mouseClick(forecast.data_panel.load_csv, Qt.MouseButton.LeftButton)
    box = message_box(forecast, "seriesFileError")
    assert box.text() == "readings.csv: 第 3 行：'abc' 不是数字"


def test_a_refused_model_file_is_explained_in_chinese(chinese, open_window, tmp_path):
    from helpers import message_box

    poetry = open_window("poetry-tang", size=(1440, 900))
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    assert not poetry.load_model_dialog(str(bad))
    text = message_box(poetry, "poetryMessage").text()
    assert text.startswith("bad.npz: 它不是 LSTM Lab 文本模型（")


@pytest.mark.parametrize("kind", _kinds())
def test_every_lesson_windows_shared_menus_speak_chinese(kind, chinese, open_window):
    """What every lesson window shares (File, View and Help with their common commands, View →
    Language): Chinese in each kind's window, whatever the kind's own strings."""
    from PySide6.QtGui import QAction

    from lstm_lab.shell.lesson_window import COMMON_ACTIONS, FILE, HELP, VIEW

    window = open_window(_first_lesson(kind), size=(1440, 900))
    titles = {key: window.menus[key].title() for key in (FILE, VIEW, HELP)}
    assert titles == {FILE: "文件(&F)", VIEW: "视图(&V)", HELP: "帮助(&H)"}
    files = lesson_texts()
    for spec in COMMON_ACTIONS:
        action = window.actions_by_key[spec.key]
        for text in (action.text(), action.toolTip(), action.statusTip()):
            assert not english_prose(text, files), f"{spec.key}: {text!r}"
    languages = [window.findChild(QAction, f"action_language_{c}") for c in ("en", "zh_CN")]
    assert [action.text() for action in languages] == ["English", "简体中文"]
    assert window.menus[f"{VIEW}/&Language"].title() == "语言(&L)"


# ----------------------------------------------------------------------------- command line
def _run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environ = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", **(env or {})}
    environ.pop("LANGUAGE", None)
    environ.pop("LC_ALL", None)
    return subprocess.run(
        [sys.executable, "-m", "lstm_lab", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        timeout=120,
    )


def test_the_command_lines_help_speaks_chinese():
    done = _run("--language", "zh_CN", "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("用法：lstm-lab")
    assert "显示本帮助信息，然后退出" in done.stdout
    assert "打开一门内置课程" in done.stdout
    assert "open a built-in lesson" not in done.stdout
    english = _run("--help")
    assert "open a built-in lesson" in english.stdout


def test_the_command_line_follows_the_locale_and_says_its_errors_in_it():
    done = _run("--theme", "dark", env={"LANG": "zh_TW.UTF-8"})
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "lstm-lab：錯誤：--theme 用於設定 --screenshot 截圖的外觀；請與 --screenshot PATH 一起使用"
    )


def test_a_lesson_commands_refusal_speaks_chinese():
    """The engine's reason, the command's words around it and the error line, all in the
    language asked for; English unchanged."""
    done = _run("trace", "--language", "zh_CN", "--sequence", "1, x")
    assert done.returncode == 2
    assert done.stderr == "lstm-lab trace：错误：序列：第 2 项“x”不是数字\n"
    english = _run("trace", "--sequence", "1, x")
    assert english.stderr == 'lstm-lab trace: error: sequence: item 2, "x", is not a number\n'


def test_an_unknown_language_gives_one_clear_line():
    done = _run("--language", "fr", "--help")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == 'lstm-lab: error: --language must be one of en, zh_CN, zh_TW, not "fr"\n'
    missing = _run("--language")
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "--language needs one of" in missing.stderr


SUBCOMMANDS = ("trace", "compare", "race", "memory", "sine", "generate", "export-code")


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_says_argparses_own_words_in_chinese(command):
    """The words argparse writes itself: the usage line, the section titles, -h's help and its
    error messages; English unchanged."""
    helped = _run(command, "--language", "zh_CN", "--help")
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith(f"用法：lstm-lab {command}")
    assert "显示本帮助信息，然后退出" in helped.stdout and "\n选项:\n" in helped.stdout
    for english in ("usage:", "options:", "show this help", "positional arguments"):
        assert english not in helped.stdout, english
    wrong = _run(command, "--language", "zh_CN", "--no-such-option")
    assert wrong.returncode == 2
    said = wrong.stderr.strip().splitlines()[-1]
    assert said.startswith(f"lstm-lab {command}：错误："), said
    words = re.sub(r"lstm-lab [\w-]+|--[\w-]+|\b[A-Z][\w.]*", "", said)  # names stay names
    assert not re.search(r"[A-Za-z]{3,}", words), said
    english = _run(command, "--no-such-option").stderr.strip().splitlines()[-1]
    assert english.startswith(f"lstm-lab {command}: error: "), english


def test_a_wrong_value_is_said_in_chinese():
    done = _run("generate", "--language", "zh_CN", "--temperature", "warm")
    assert done.returncode == 2
    assert done.stderr == "lstm-lab generate：错误：参数 --temperature：无效的 float 值：'warm'\n"


def test_an_unknown_language_is_said_in_the_systems_language():
    done = _run("--language", "fr", env={"LANG": "zh_CN.UTF-8"})
    assert done.returncode == 2
    assert done.stderr == "lstm-lab：错误：--language 必须是 en, zh_CN, zh_TW 之一，而不是“fr”\n"


# ----------------------------------------------------------------------------- packaging
def test_the_package_and_the_bundle_ship_the_translations():
    import tomllib

    sys.path.insert(0, str(ROOT / "packaging"))
    import prune

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "i18n/*.qm" in data["tool"]["setuptools"]["package-data"]["lstm_lab.resources"]
    assert "opencc" in " ".join(data["project"]["optional-dependencies"]["tools"])
    assert not any("opencc" in d for d in data["project"]["dependencies"])
    assert prune.keep_data("lstm_lab/resources/i18n/app_zh_CN.qm")
    for language in ("zh_CN", "zh_TW"):
        assert prune.keep_data(f"PySide6/Qt/translations/qtbase_{language}.qm")
    assert not prune.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not prune.keep_data("PySide6/Qt/translations/qt_help_zh_CN.qm")
    spec = (ROOT / "packaging" / "lstm-lab.spec").read_text(encoding="utf-8")
    assert 'collect_data_files("lstm_lab.resources", excludes=["**/*.ts"])' in spec


def test_qts_own_translations_are_where_the_app_looks():
    from lstm_lab.ui.language import qt_translations_folders

    assert any((folder / "qtbase_zh_CN.qm").is_file() for folder in qt_translations_folders())
    assert any((folder / "qtbase_zh_TW.qm").is_file() for folder in qt_translations_folders())

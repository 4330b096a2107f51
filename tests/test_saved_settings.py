"""A settings file that holds something the app cannot use never stops it from starting: the
value falls back to its default with a line in the error log, and the self-test names it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings

from lstm_lab.app import create_window
from lstm_lab.shell.crash import LOG_NAME, install_crash_handler

# (what the file says, the key named in the log)
BAD_VALUES = [
    ("[view]\ntheme=dark, light\n", "view/theme"),
    ("[view]\ntheme=sepia\n", "view/theme"),
    ("[view]\ncolours=rainbow\n", "view/colours"),
    ("[view]\ntextScale=huge\n", "view/textScale"),
    ("[view]\ntextScale=1.5, 2\n", "view/textScale"),
    ("[view]\ntextScale=nan\n", "view/textScale"),
    ("[window]\ngeometry=not a window\n", "window/geometry"),
    ("[window]\nstate=@ByteArray(garbage)\n", "window/state"),
    ("[window]\ngeometry=@ByteArray(garbage)\n", "window/geometry"),
    ("[cell]\nmode=simple, full\n", "cell/mode"),
]


@pytest.fixture
def log_dir(qapp, tmp_path):
    folder = tmp_path / "log"
    handler = install_crash_handler(qapp, log_dir=folder, show_dialog=False)
    yield folder
    handler.uninstall()


@pytest.mark.parametrize(("text", "key"), BAD_VALUES)
def test_an_unusable_setting_falls_back_to_its_default_with_a_log_line(
    qtbot, tmp_path, log_dir, text, key
):
    path = tmp_path / "settings.ini"
    path.write_text(text, encoding="utf-8")
    window = create_window(QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.theme.name == "dark"
    assert window.text_scale == 1.0
    assert window.param_panel.mode() == "simple"
    log = (log_dir / LOG_NAME).read_text(encoding="utf-8")
    lines = [line for line in log.splitlines() if key in line]
    assert len(lines) == 1, log  # once, though the look is read twice on the way up
    assert str(path) in lines[0] and "using" in lines[0]
    assert path.read_text(encoding="utf-8") == text  # starting changed nothing

    window.act_theme_light.trigger()
    window.close()  # closing saves good values in place of the bad one
    again = create_window(QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.theme.name == "light"
    assert (log_dir / LOG_NAME).read_text(encoding="utf-8") == log  # nothing more to say
    again.set_theme("dark")


def test_the_self_test_names_an_unusable_setting_and_leaves_the_file_alone(tmp_path):
    config = tmp_path / "config"
    settings_file = config / "LSTM Lab" / "LSTM Lab.conf"
    settings_file.parent.mkdir(parents=True)
    text = "[view]\ntheme=dark, light\n"
    settings_file.write_text(text, encoding="utf-8")
    before = settings_file.stat().st_mtime_ns
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(config),
        HOME=str(tmp_path),
    )
    done = subprocess.run(
        [sys.executable, "-m", "lstm_lab", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 1
    failed = [line for line in done.stdout.splitlines() if line.startswith("FAIL ")]
    assert len(failed) == 1, done.stdout
    assert failed[0].startswith("FAIL saved settings: setting view/theme in ")
    assert str(settings_file) in failed[0] and "'dark', 'light'" in failed[0]
    assert "Traceback" not in done.stdout + done.stderr
    assert settings_file.read_text(encoding="utf-8") == text
    assert settings_file.stat().st_mtime_ns == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a Unix thing")
@pytest.mark.parametrize("what", ["pipe", "device", "huge"])
def test_a_settings_file_that_is_no_file_is_named_and_never_read(tmp_path, what):
    config = tmp_path / "config"
    settings_file = config / "LSTM Lab" / "LSTM Lab.conf"
    settings_file.parent.mkdir(parents=True)
    if what == "pipe":
        os.mkfifo(settings_file)  # reading it would wait for a writer for ever
    elif what == "device":
        settings_file.symlink_to("/dev/zero")  # reading it would never end
    else:
        with open(settings_file, "wb") as stream:
            stream.truncate(50_000_000)  # sparse: takes no disk
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config), HOME=str(tmp_path)
    )
    done = subprocess.run(
        [sys.executable, "-m", "lstm_lab", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    failed = [line for line in done.stdout.splitlines() if line.startswith("FAIL ")]
    assert len(failed) == 1, done.stdout + done.stderr
    assert failed[0].startswith("FAIL saved settings: LSTM Lab cannot use its settings file: ")
    assert str(settings_file) in failed[0]
    assert ("50.0 MB" in failed[0]) == (what == "huge")
    assert "Traceback" not in done.stdout + done.stderr

    probe = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([]); app.setApplicationName('LSTM Lab')\n"
        "app.setOrganizationName('LSTM Lab')\n"
        "from lstm_lab.shell.settings import user_settings\n"
        "settings, problem = user_settings()\n"
        "settings.setValue('view/theme', 'light'); settings.sync()\n"
        "print(settings.fileName()); print(problem)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, env=env
    )
    used, problem = done.stdout.splitlines()[:2]
    assert used != str(settings_file) and "lstm-lab-settings-" in used  # a scratch file
    assert "keeps no change this time" in problem
    assert settings_file.is_symlink() or settings_file.stat().st_size in (0, 50_000_000)


def _dock_places(window):
    return {
        key: (window.dockWidgetArea(dock), dock.isHidden()) for key, dock in window.docks.items()
    }


def test_saved_docks_go_back_only_onto_the_layout_they_were_saved_in(qtbot, tmp_path):
    """The docks are saved with their layout's name; a window that opens in another layout
    (the text size or the screen changed) is arranged afresh for it, not given docks of the
    other layout to arrange again (which crashed Qt under a window manager)."""
    path = str(tmp_path / "settings.ini")
    first = create_window(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.resize(1440, 900)
    first.show()
    qtbot.waitUntil(lambda: first.layout_kind == "wide")
    first.close()
    settings = QSettings(path, QSettings.Format.IniFormat)
    assert settings.value("window/layout") == "wide"
    assert settings.value("window/state") is not None

    # The same file, now with larger text: the window opens crowded and its docks are where a
    # crowded window puts them, not where the wide one had them.
    settings.setValue("view/textScale", 1.5)
    settings.setValue("window/geometry", b"")
    settings.sync()
    reopened = create_window(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(reopened)
    reopened.resize(1024, 768)
    reopened.show()
    qtbot.waitUntil(lambda: reopened.layout_kind == "crowded")
    fresh = create_window(QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(fresh)
    fresh.set_text_scale(1.5)
    fresh.resize(1024, 768)
    fresh.show()
    qtbot.waitUntil(lambda: fresh.layout_kind == "crowded")
    assert _dock_places(reopened) == _dock_places(fresh)
    assert reopened.dockWidgetArea(reopened.docks["controls"]) == reopened.dockWidgetArea(
        reopened.docks["math"]
    )
    reopened.close()
    assert QSettings(path, QSettings.Format.IniFormat).value("window/layout") == "crowded"
    for window in (reopened, fresh):
        window.set_text_scale(1.0)

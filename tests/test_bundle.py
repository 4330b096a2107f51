"""The frozen bundle: what the spec leaves out, and (slow) a real build that runs offline."""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import icu_data  # noqa: E402
import prune  # noqa: E402
from build import executable_path, folder_size  # noqa: E402

from lstm_lab import selftest  # noqa: E402

LINUX = sys.platform.startswith("linux")
QT_LIB = "PySide6/Qt/lib"
QT_PLUGINS = "PySide6/Qt/plugins"


# ----------------------------------------------------------------------------- pruning rules
@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{QT_PLUGINS}/platforms/libqxcb.so", True),
        (f"{QT_PLUGINS}/platforms/libqoffscreen.so", True),
        (f"{QT_PLUGINS}/platforms/libqwayland.so", True),
        (f"{QT_PLUGINS}/platforms/qwindows.dll", True),
        (f"{QT_PLUGINS}/platforms/libqcocoa.dylib", True),
        (f"{QT_PLUGINS}/platforms/libqeglfs.so", False),
        (f"{QT_PLUGINS}/platforms/libqvnc.so", False),
        (f"{QT_PLUGINS}/imageformats/libqsvg.so", True),
        (f"{QT_PLUGINS}/imageformats/libqjpeg.so", False),
        (f"{QT_PLUGINS}/iconengines/libqsvgicon.so", True),
        (f"{QT_PLUGINS}/styles/qmodernwindowsstyle.dll", True),
        (f"{QT_PLUGINS}/platformthemes/libqgtk3.so", False),
        (f"{QT_PLUGINS}/tls/libqopensslbackend.so", False),
        (f"{QT_PLUGINS}/networkinformation/libqglib.so", False),
        (f"{QT_PLUGINS}/generic/libqtuiotouchplugin.so", False),
        (f"{QT_PLUGINS}/xcbglintegrations/libqxcb-glx-integration.so", True),
        ("PySide6\\plugins\\imageformats\\qgif.dll", False),  # Windows wheel layout
        ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", True),
    ],
)
def test_qt_plugins_kept_are_the_ones_the_app_uses(dest, kept):
    assert prune.keep_binary(dest) is kept


def test_unused_qt_libraries_and_translations_are_left_out():
    assert not prune.keep_binary(f"{QT_LIB}/libQt6Network.so.6")
    assert not prune.keep_binary(f"{QT_LIB}/libQt6EglFSDeviceIntegration.so.6")
    assert prune.keep_binary(f"{QT_LIB}/libQt6Widgets.so.6")
    assert prune.keep_binary(f"{QT_LIB}/libQt6OpenGLWidgets.so.6")
    assert not prune.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not prune.keep_data("pyqtgraph/examples/data.csv")
    assert prune.keep_data("pyqtgraph/icons/auto.png")
    assert prune.keep_data("lstm_lab/resources/style.qss")


def test_libraries_only_dropped_plugins_need_are_unreachable():
    binaries = [
        ("numpy/_core/_multiarray_umath.so", "/src/umath.so", "EXTENSION"),
        ("libopenblas.so", "/src/libopenblas.so", "BINARY"),
        (f"{QT_PLUGINS}/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libxcb.so.1", "/src/libxcb.so.1", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),  # needed by the gtk3 theme only
    ]
    needs = {
        "/src/umath.so": ["libopenblas.so", "libc.so.6"],
        "/src/libqxcb.so": ["libxcb.so.1"],
    }
    reached = prune.needed_closure(binaries, prune.is_root_binary, lambda s: needs.get(s, []))
    assert reached == {
        "numpy/_core/_multiarray_umath.so",
        "libopenblas.so",
        f"{QT_PLUGINS}/platforms/libqxcb.so",
        "libxcb.so.1",
    }


def test_only_pythons_own_libraries_are_stripped():
    assert prune.is_strippable("libpython3.11.so.1.0")
    assert prune.is_strippable("python3.11/lib-dynload/_decimal.cpython-311-x86_64-linux-gnu.so")
    assert not prune.is_strippable("numpy.libs/libscipy_openblas64_-32a4b2a6.so")
    assert not prune.is_strippable(f"{QT_LIB}/libQt6Core.so.6")


def test_dangling_symlinks_are_found():
    toc = [
        ("libQt6Network.so.6", f"{QT_LIB}/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Core.so.6", f"{QT_LIB}/libQt6Core.so.6", "SYMLINK"),
        (f"{QT_LIB}/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
    ]
    assert prune.drop_dangling_symlinks(toc, {f"{QT_LIB}/libQt6Core.so.6"}) == [toc[0]]


def test_the_running_app_imports_no_module_the_bundle_leaves_out(tmp_path):
    """A module left out but imported only shows up in the frozen app: catch it here."""
    code = textwrap.dedent(
        f"""
        import io, sys
        sys.path.insert(0, {str(PACKAGING)!r})
        import prune
        from lstm_lab.__main__ import main
        from lstm_lab.selftest import run_self_test

        status = run_self_test(stream=io.StringIO())
        status = status or main(["--screenshot", {str(tmp_path / "shot.png")!r}])
        optional = prune.IMPORTED_BUT_OPTIONAL
        left_out = [m for m in prune.EXCLUDED_MODULES if m not in optional]
        imported = sorted(
            name for name in sys.modules
            if any(name == m or name.startswith(m + ".") for m in left_out)
        )
        print("IMPORTED", imported)
        sys.exit(status)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=180
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "IMPORTED []" in done.stdout.splitlines()


# ----------------------------------------------------------------------------- ICU data
def _package(names: list[str]) -> bytes:
    items = [(name, f"data of {name}".encode() * 3) for name in names]
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + b"\0" * 8 + b"CmnD" + b"\0" * 16
    return icu_data.write_package(header, items)


def test_icu_package_round_trip():
    names = ["icudt73l/cnvalias.icu", "icudt73l/coll/root.res", "icudt73l/root.res"]
    header, items = icu_data.read_items(_package(names))
    assert [name for name, _ in items] == names
    assert all(data.startswith(f"data of {name}".encode()) for name, data in items)
    assert icu_data.read_items(icu_data.write_package(header, items))[1] == items


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/uprops.icu", True),
        ("icudt73l/nfkc.nrm", True),
        ("icudt73l/uts46.nrm", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/pool.res", True),
        ("icudt73l/root.res", True),
        ("icudt73l/res_index.res", True),
        ("icudt73l/en.res", True),
        ("icudt73l/likelySubtags.res", True),
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/coll/root.res", True),
        ("icudt73l/coll/res_index.res", True),
        ("icudt73l/brkitr/char.brk", True),
        ("icudt73l/de.res", False),
        ("icudt73l/zh_Hant_TW.res", False),
        ("icudt73l/coll/zh.res", False),
        ("icudt73l/lang/fr.res", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/ibm-1390_P110-2003.cnv", False),
        ("icudt73l/unames.icu", False),
    ],
)
def test_icu_items_kept(name, kept):
    assert icu_data.keep_item(name) is kept


# ----------------------------------------------------------------------------- the real build
def _minimal_env(home: Path) -> dict[str, str]:
    if sys.platform == "win32":
        return dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def _is_blank_png(path: Path) -> bool:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        return True
    colours = {
        image.pixel(x, y)
        for y in range(0, image.height(), max(1, image.height() // 40))
        for x in range(0, image.width(), max(1, image.width() // 60))
    }
    return len(colours) < 16


def _missing_libraries(bundle: Path) -> list[str]:
    """Libraries that bundled ELF files link against, found neither in the bundle nor among
    the libraries a Linux bundle leaves to the system."""
    present = {path.name for path in bundle.rglob("*")}
    needed: set[str] = set()
    for path in bundle.rglob("*"):
        if (
            path.is_file()
            and not path.is_symlink()
            and (".so" in path.name or path.name == bundle.name)
        ):
            listing = subprocess.run(
                ["readelf", "-d", str(path)], capture_output=True, text=True
            ).stdout
            needed.update(
                line.split("[", 1)[1].rstrip("]")
                for line in listing.splitlines()
                if "(NEEDED)" in line
            )
    return sorted(
        name for name in needed if name not in present and not name.startswith(prune.HOST_LIBRARIES)
    )


@pytest.mark.slow
def test_frozen_bundle_runs_offline_away_from_the_source_tree(tmp_path, qapp):
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail(
            "PyInstaller is not installed, so the bundle cannot be built: "
            'pip install -e ".[package]"'
        )
    dist, work = tmp_path / "dist", tmp_path / "work"
    built = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--dist", str(dist), "--work", str(work)],
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert "Bundle size:" in built.stdout and "Build time:" in built.stdout
    program = executable_path(dist)
    assert program.is_file()

    # A copy far from the source tree, run from yet another folder with a bare environment.
    elsewhere = tmp_path / "classroom"
    shutil.copytree(program.parent, elsewhere / program.parent.name, symlinks=True)
    shutil.rmtree(dist)
    shutil.rmtree(work)
    program = elsewhere / program.parent.name / program.name
    cwd = tmp_path / "desktop"
    home = tmp_path / "home"
    cwd.mkdir()
    home.mkdir()
    env = _minimal_env(home)
    print(f"bundle size {folder_size(program.parent) / 1e6:.1f} MB")
    if LINUX and shutil.which("readelf"):
        assert _missing_libraries(program.parent) == []

    checked = subprocess.run(
        [str(program), "--self-test"], env=env, cwd=cwd, capture_output=True, text=True, timeout=180
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    lines = checked.stdout.splitlines()
    assert [line for line in lines if line.startswith(("PASS", "FAIL"))] == [
        f"PASS {check.name}" for check in selftest.CHECKS
    ]
    assert "Traceback" not in checked.stdout + checked.stderr

    shot = cwd / "window.png"
    painted = subprocess.run(
        [str(program), "--screenshot", str(shot)],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert painted.returncode == 0, painted.stdout + painted.stderr
    assert shot.is_file() and not _is_blank_png(shot)
    assert "Traceback" not in painted.stdout + painted.stderr

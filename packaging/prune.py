"""What the frozen app leaves out, and the rules that drop it from PyInstaller's TOCs.

The spec file (``lstm-lab.spec``) applies these rules; ``tests/test_bundle.py`` checks that the
modules excluded here are never imported by the running app. Keep every rule explained: a file
left out that the app needs shows up only in the frozen app.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable

# Python modules the app never imports. Each line drops a shared library or a large package.
EXCLUDED_MODULES = [
    # Standard library: GUI toolkits, test and debug tools, network security, databases.
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "unittest",
    "doctest",
    "pdb",
    "test",
    "ssl",
    "_ssl",  # libssl and libcrypto
    "_hashlib",  # libcrypto; hashlib and hmac fall back to Python's built-in hashes
    "sqlite3",
    "_sqlite3",
    "readline",  # libreadline and libtinfo
    "curses",
    "_curses",
    "dbm",
    "xmlrpc",
    "setuptools",
    "pkg_resources",
    "distutils",
    "pip",
    # numpy's build and test tools.
    "numpy.f2py",
    "numpy.distutils",
    "numpy.testing",
    "numpy.tests",
    "numpy._pyinstaller",
    # pyqtgraph parts the app does not use: 3D (OpenGL scenes), examples, notebooks, consoles.
    "pyqtgraph.opengl",
    "pyqtgraph.examples",
    "pyqtgraph.jupyter",
    "pyqtgraph.console",
    "pyqtgraph.canvas",
    "pyqtgraph.flowchart",
    # Qt modules the app does not use (QtPrintSupport stays: File → Print worksheet writes its
    # PDF through QPrinter). pyqtgraph imports QtOpenGLWidgets and QtSvg when it
    # loads, so those stay; it imports QtOpenGL too but only draws with it in OpenGL mode, which
    # the app never turns on: hooks/rthook_no_qtopengl.py stands in for it.
    "PySide6.QtOpenGL",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtSvgWidgets",
    "PySide6.QtStateMachine",
    "PySide6.QtVirtualKeyboard",
    # Other Qt bindings pyqtgraph could pick.
    "PyQt5",
    "PyQt6",
    "PySide2",
]

# Left out although the running app imports them, because what imports them copes without:
# numpy.random imports secrets -> hmac -> hashlib, which use _hashlib only when it is there;
# pyqtgraph imports QtOpenGL, for which hooks/rthook_no_qtopengl.py stands in.
IMPORTED_BUT_OPTIONAL = {"_hashlib", "PySide6.QtOpenGL"}

# Qt plugins kept, by "folder/name-stem" (without lib prefix, q prefix and file suffix are
# matched below). Everything else under Qt's plugins folder is dropped.
KEPT_QT_PLUGIN_FOLDERS = {
    # The windowing systems: X11, Wayland, headless (offscreen, minimal), Windows, macOS.
    "platforms": {
        "qxcb",
        "qwayland",
        "qwayland-egl",
        "qwayland-generic",
        "qoffscreen",
        "qminimal",
        "qwindows",
        "qcocoa",
        "qdirect2d",
    },
    # Keyboard input methods (compose keys, IBus).
    "platforminputcontexts": None,
    # Native file dialogs through the desktop portal; the GTK theme is left out because it
    # pulls in GTK's cairo, pango and gdk-pixbuf libraries and the app draws its own theme.
    "platformthemes": {"qxdgdesktopportal"},
    # Images the app loads besides PNG (built into QtGui): SVG icons, the Windows icon.
    "imageformats": {"qsvg", "qico"},
    "iconengines": {"qsvgicon"},
    # Native widget styles on Windows and macOS.
    "styles": None,
    # OpenGL on X11 (pyqtgraph can draw with OpenGL).
    "xcbglintegrations": None,
    # Wayland: window decorations, the xdg shell and EGL surfaces.
    "wayland-decoration-client": None,
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl", "shm-emulation-server"},
}

# Qt libraries that only the dropped plugins need (embedded EGL full-screen, networking).
DROPPED_QT_LIBRARIES = (
    "Qt6EglFSDeviceIntegration",
    "Qt6EglFsKmsSupport",
    "Qt6Network",
    "Qt6Pdf",
    "Qt6Qml",
    "Qt6Quick",
)


# Libraries a Linux bundle leaves to the system: the C library, the graphics driver's OpenGL and
# EGL (PyInstaller never bundles them), libxcb (it must match the X server's), and libraries the
# build machine did not have: Wayland's client libraries and two xcb utility libraries (Debian's
# libxcb-icccm4 and libxcb-keysyms1; installed at build time, they are bundled).
HOST_LIBRARIES = (
    "ld-linux",
    "libc.so",
    "libm.so",
    "libdl.so",
    "libpthread.so",
    "librt.so",
    "libutil.so",
    "libGL.so",
    "libEGL.so",
    "libOpenGL.so",
    "libGLX.so",
    "libxcb.so",
    "libwayland-",
    "libxcb-icccm.so",
    "libxcb-keysyms.so",
)


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def _stem(filename: str) -> str:
    name = filename.split(".")[0]
    return name[3:] if name.startswith("lib") else name


def keep_qt_plugin(dest: str) -> bool:
    """False for a Qt plugin the app does not need; True for anything that is not a plugin."""
    parts = _parts(dest)
    if "plugins" not in parts or not any(p in ("PySide6", "Qt") for p in parts):
        return True
    index = parts.index("plugins")
    if len(parts) < index + 3:
        return True
    folder, filename = parts[index + 1], parts[-1]
    if folder not in KEPT_QT_PLUGIN_FOLDERS:
        return False
    kept = KEPT_QT_PLUGIN_FOLDERS[folder]
    if kept is None:
        return True
    stem = _stem(filename)
    # Windows debug builds end in "d"; macOS plugins end in .dylib: the stem covers both.
    return stem in kept or (stem.endswith("d") and stem[:-1] in kept)


#: Qt's own translations kept: those of its dialogs (file dialog, print preview, message
#: box buttons) in the languages the app speaks besides English (`lstm_lab.ui.language`).
KEPT_QT_TRANSLATIONS = {"qtbase_zh_CN.qm", "qtbase_zh_TW.qm"}


def keep_data(dest: str) -> bool:
    """Drop Qt's translations but those of its dialogs in the app's languages
    (`KEPT_QT_TRANSLATIONS`)."""
    parts = _parts(dest)
    if "translations" in parts and any(p in ("PySide6", "Qt") for p in parts):
        return parts[-1] in KEPT_QT_TRANSLATIONS
    if parts[0] == "pyqtgraph" and len(parts) > 1 and parts[1] in ("examples", "opengl"):
        return False
    return keep_qt_plugin(dest)


def keep_binary(dest: str) -> bool:
    """Drop unused Qt plugins and the Qt libraries only they use."""
    if not keep_qt_plugin(dest):
        return False
    stem = _stem(_parts(dest)[-1])
    return stem not in DROPPED_QT_LIBRARIES


def needed_closure(
    binaries: Iterable[tuple[str, str, str]],
    roots: Callable[[str, str], bool],
    imports_of: Callable[[str], Iterable[str]],
) -> set[str]:
    """Destination names of the binaries reachable from ``roots`` through their imports.

    ``binaries`` are TOC entries (dest, source, typecode); ``imports_of(source)`` lists the
    library names a binary links against (its ELF NEEDED entries).
    """
    by_name: dict[str, list[tuple[str, str]]] = {}
    for dest, source, _typecode in binaries:
        by_name.setdefault(os.path.basename(dest), []).append((dest, source))
    reached: set[str] = set()
    queue = [(dest, source) for dest, source, typecode in binaries if roots(dest, typecode)]
    while queue:
        dest, source = queue.pop()
        if dest in reached:
            continue
        reached.add(dest)
        for name in imports_of(source):
            for found in by_name.get(os.path.basename(name), ()):
                if found[0] not in reached:
                    queue.append(found)
    return reached


def is_root_binary(dest: str, typecode: str) -> bool:
    """Binaries loaded by Python or Qt themselves rather than as a dependency of another."""
    parts = _parts(dest)
    if typecode == "EXTENSION":
        return True
    if "plugins" in parts:  # Qt loads its plugins with dlopen
        return True
    name = parts[-1]
    return name.startswith(("libpython", "python3"))


def describe_size(num_bytes: float) -> str:
    return f"{num_bytes / 1e6:.1f} MB"


def report(kind: str, dropped: list[tuple[str, str, str]]) -> None:
    total = 0
    for _dest, source, _typecode in dropped:
        try:
            total += os.path.getsize(source)
        except OSError:
            pass
    print(
        f"lstm-lab.spec: left out {len(dropped)} {kind} ({describe_size(total)})", file=sys.stderr
    )


def is_strippable(dest: str) -> bool:
    """Python's own library and extension modules, which some Python builds ship with debug
    symbols. Never numpy's or Qt's libraries: wheels' libraries patched by auditwheel break
    when stripped ("ELF load command address/offset not page-aligned")."""
    parts = _parts(dest)
    name = parts[-1]
    if name.startswith("libpython") and ".so" in name:
        return True
    return len(parts) >= 3 and parts[-2] == "lib-dynload" and name.endswith(".so")


def strip_copies(binaries: list[tuple[str, str, str]], folder: str) -> list[tuple[str, str, str]]:
    """Entries with Python's libraries replaced by stripped copies made in ``folder``."""
    import shutil
    import subprocess

    strip = shutil.which("strip")
    if strip is None:
        return binaries
    result = []
    for dest, source, typecode in binaries:
        if is_strippable(dest) and typecode != "SYMLINK":
            copy = os.path.join(folder, dest)
            os.makedirs(os.path.dirname(copy), exist_ok=True)
            shutil.copy2(source, copy)
            os.chmod(copy, 0o755)
            if subprocess.run([strip, copy], capture_output=True).returncode == 0:
                source = copy
        result.append((dest, source, typecode))
    return result


def drop_dangling_symlinks(
    toc: list[tuple[str, str, str]], kept: set[str]
) -> list[tuple[str, str, str]]:
    """SYMLINK entries (dest -> target) whose target is not in the bundle."""
    return [entry for entry in toc if entry[2] == "SYMLINK" and entry[1] not in kept]

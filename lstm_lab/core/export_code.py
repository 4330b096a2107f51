"""Every lesson as a runnable script: the contract a lesson kind's exporter fills in, and
``lstm-lab export-code``. No Qt.

A kind that can export names an exporter in `LessonKind.export_code` ("module:function"). The
function takes the lesson as it is on screen (a `Lesson` whose options its kind checked) and a
framework from `FRAMEWORKS`, and returns an `ExportedCode`: one readable, commented script that
runs with ``python SCRIPT.py`` and needs only numpy ("numpy") or numpy and torch ("pytorch"),
and any data files it reads, written beside it. Every exported script takes ``--json`` and then
prints the same JSON as the kind's own subcommand prints for the same settings.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field

from lstm_lab.core.cli import Parser, UsageError, error_line, localise
from lstm_lab.core.errors import LessonError
from lstm_lab.core.files import write_bytes_replacing, write_text_replacing
from lstm_lab.core.i18n import translate
from lstm_lab.core.lesson import Lesson

#: The frameworks a script may be written for: NumPy only, or PyTorch (with NumPy).
FRAMEWORKS = ("numpy", "pytorch")
#: Longest file name stem made from a lesson's title.
MAX_STEM = 60


class ExportError(Exception):
    """A lesson that cannot be exported as asked, said in words."""


@dataclass(frozen=True)
class ExportedCode:
    """A script and the files it reads. ``data_files`` maps a suffix to the bytes written at
    the script's path with ``.py`` replaced by that suffix (``"-model.npz"`` beside
    ``poem.py`` is ``poem-model.npz``); the script finds them the same way from ``__file__``."""

    script: str
    data_files: Mapping[str, bytes] = field(default_factory=dict)

    def paths(self, script_path: str | os.PathLike[str]) -> list[str]:
        """The script's path, then each data file's."""
        script_path = os.fspath(script_path)
        stem = script_path[:-3] if script_path.endswith(".py") else script_path
        return [script_path, *(stem + suffix for suffix in self.data_files)]


def can_export(kind_name: str) -> bool:
    """Whether lessons of the kind ``kind_name`` can be exported."""
    from lstm_lab.core.kinds import kinds

    kind = kinds().get(kind_name)
    return kind is not None and kind.export_code is not None


def export_lesson(lesson: Lesson, framework: str) -> ExportedCode:
    """The script for ``lesson`` in ``framework``; `ExportError` when its kind exports none."""
    from lstm_lab.core.kinds import kinds, resolve

    if framework not in FRAMEWORKS:
        raise ExportError(
            translate(
                "ExportCode",
                '"{framework}" is not a framework LSTM Lab writes; choose numpy or pytorch',
            ).format(framework=framework)
        )
    kind = kinds().get(lesson.kind)
    if kind is None or kind.export_code is None:
        raise ExportError(
            translate(
                "ExportCode", 'lessons of the kind "{kind}" cannot be exported as code yet'
            ).format(kind=lesson.kind)
        )
    return resolve(kind.export_code)(lesson, framework)


def write_export(code: ExportedCode, path: str | os.PathLike[str]) -> list[str]:
    """Save the script at ``path`` and its data files beside it (each replacing any file of
    that name, as every save does); the paths written."""
    paths = code.paths(path)
    for data_path, data in zip(paths[1:], code.data_files.values(), strict=True):
        write_bytes_replacing(data_path, data, what=translate("ExportCode", "the script's data"))
    write_text_replacing(paths[0], code.script, what=translate("ExportCode", "the script"))
    return paths


def file_stem(lesson: Lesson, framework: str) -> str:
    """A file name stem from the lesson's title and the framework: "who-remembers-pytorch"."""
    words = re.sub(r"[^0-9a-z]+", "-", (lesson.title or lesson.name).casefold()).strip("-")
    words = words[:MAX_STEM].rstrip("-") or "lesson"
    return f"{words}-{framework}"


# ---------------------------------------------------------------------- command line
def build_parser() -> Parser:
    parser = Parser(
        prog="lstm-lab export-code",
        description=translate(
            "ExportCode",
            "Write a lesson as one runnable Python script: the same model, numbers and training "
            "as in the app, with NumPy only or with PyTorch.",
        ),
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "file", nargs="?", metavar="FILE.lstmlab", help=translate("ExportCode", "a lesson file")
    )
    which.add_argument(
        "--lesson", metavar="NAME", help=translate("ExportCode", "a built-in lesson")
    )
    parser.add_argument(
        "--framework",
        choices=FRAMEWORKS,
        default="numpy",
        help=translate("ExportCode", "what the script uses"),
    )
    parser.add_argument(
        "--out",
        metavar="PATH.py",
        help=translate(
            "ExportCode",
            "where to write the script (default: print it; a script that reads data files "
            "needs --out)",
        ),
    )
    return localise(parser)


def main(argv: list[str]) -> int:
    prog = "lstm-lab export-code"
    try:
        args = build_parser().parse_args(argv)
        lesson = _lesson(args.file, args.lesson)
        code = export_lesson(lesson, args.framework)
        if args.out is None and code.data_files:
            raise UsageError(
                translate(
                    "ExportCode",
                    "the {kind} lesson's script reads {count} data file(s) written beside it: "
                    "give --out PATH.py",
                ).format(kind=lesson.kind, count=len(code.data_files))
            )
    except UsageError as error:
        print(error_line(prog, str(error)), file=sys.stderr)
        return 2
    except ExportError as error:
        print(error_line(prog, str(error)), file=sys.stderr)
        return 1
    if args.out is None:
        from lstm_lab.core.cli import write_output

        return write_output(prog, lambda stream: stream.write(code.script))
    try:
        paths = write_export(code, args.out)
    except OSError as error:
        print(error_line(prog, str(error)), file=sys.stderr)
        return 1
    for path in paths:
        print(translate("ExportCode", "wrote {path}").format(path=path), file=sys.stderr)
    return 0


def _lesson(file: str | None, name: str | None) -> Lesson:
    from lstm_lab.core.builtin import builtin_lessons, lesson_by_name
    from lstm_lab.core.lesson import read_lesson

    try:
        if name is not None:
            if name not in {lesson.name for lesson in builtin_lessons()}:
                raise UsageError(
                    translate(
                        "ExportCode",
                        '--lesson "{name}" is not a built-in lesson (lstm-lab --list-lessons '
                        "lists them)",
                    ).format(name=name)
                )
            return lesson_by_name(name)
        assert file is not None
        return read_lesson(file)
    except LessonError as error:
        raise UsageError(str(error)) from None

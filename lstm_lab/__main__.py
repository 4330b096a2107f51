"""Entry point: `lstm-lab` opens the start screen, `lstm-lab FILE.lstmlab` or
`lstm-lab --lesson NAME` a lesson; `lstm-lab COMMAND ...` runs a lesson kind's subcommand
(`trace`: a step table, `compare`: the RNN, LSTM and GRU's memory, `race`: the three trained on a
memory task, `sine`: a forecast, `generate`: a character model continues a text), each
registered with its kind."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

from lstm_lab.core.i18n import translate


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", 'size "{text}" must look like 1440x900').format(text=text)
        ) from None
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        raise argparse.ArgumentTypeError(
            translate("Cli", 'size "{text}" must be between 200x200 and 10000x10000').format(
                text=text
            )
        )
    return width, height


def screenshot_problem(path: str) -> str | None:
    """Why a screenshot cannot be written to ``path``, checked before any window is built, or
    None when it can (a file is created in its folder and removed again)."""
    if not path.strip():
        return translate("Cli", "--screenshot needs a file name, e.g. --screenshot window.png")
    target = os.path.abspath(path)
    if os.path.isdir(target):
        return translate(
            "Cli", "--screenshot: {path} is a folder; give a file name, e.g. {path}/window.png"
        ).format(path=path)
    if os.path.exists(target) and not os.path.isfile(target):
        return translate(
            "Cli", "--screenshot: {path} is a pipe, device or socket, not a file"
        ).format(path=path)
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        return translate("Cli", "--screenshot: the folder {folder} does not exist").format(
            folder=folder
        )
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        return translate(
            "Cli", "--screenshot: cannot write in the folder {folder} ({reason})"
        ).format(folder=folder, reason=error.strerror or error)
    return None


#: What --theme and --colours accept (the names View → theme and View → Colours keep).
THEME_CHOICES = ("dark", "light", "contrast")
COLOUR_CHOICES = ("standard", "safe")


def look_problem(args: argparse.Namespace) -> str | None:
    """Why ``--theme`` or ``--text-scale`` cannot be used, in one line, or None; a valid
    ``--text-scale`` is turned into a number. They set how a screenshot looks, so they need
    ``--screenshot``."""
    given = [
        option
        for option, value in (
            ("--theme", args.theme),
            ("--colours", args.colours),
            ("--text-scale", args.text_scale),
        )
        if value is not None
    ]
    if not given:
        return None
    if args.screenshot is None:
        return translate(
            "Cli", "{option} sets how a --screenshot looks; use it with --screenshot PATH"
        ).format(option=given[0])
    if args.theme is not None and args.theme not in THEME_CHOICES:
        return translate("Cli", '--theme must be dark, light or contrast, not "{value}"').format(
            value=args.theme
        )
    if args.colours is not None and args.colours not in COLOUR_CHOICES:
        return translate("Cli", '--colours must be standard or safe, not "{value}"').format(
            value=args.colours
        )
    if args.text_scale is not None:
        from lstm_lab.ui.theme import TEXT_SCALES

        shown = ", ".join(f"{scale:g}" for scale in TEXT_SCALES)
        try:
            scale = float(args.text_scale)
        except ValueError:
            scale = None
        matching = [s for s in TEXT_SCALES if scale is not None and abs(s - scale) < 1e-9]
        if not matching:
            return translate("Cli", '--text-scale must be one of {sizes}, not "{value}"').format(
                sizes=shown, value=args.text_scale
            )
        args.text_scale = matching[0]
    return None


def _commands_epilog() -> str:
    from lstm_lab.core.kinds import commands

    lines = [translate("Cli", "commands (lstm-lab COMMAND --help for each):")]
    for command in commands().values():
        # Each kind marks its command's help with QT_TRANSLATE_NOOP("Command", …).
        shown = translate("Command", command.help)
        lines.append(f"  {command.name:<12}{shown}")
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``lstm-lab`` itself, its help in the language in effect."""
    from lstm_lab.core.cli import UsageParser, localise

    parser = UsageParser(
        prog="lstm-lab",
        description=translate("Cli", "LSTM Lab: watch one LSTM cell remember and forget."),
        epilog=_commands_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE.lstmlab",
        help=translate("Cli", "a lesson file to open"),
    )
    parser.add_argument("--lesson", metavar="NAME", help=translate("Cli", "open a built-in lesson"))
    parser.add_argument(
        "--list-lessons",
        action="store_true",
        help=translate("Cli", "print the built-in lessons' names and titles, then exit"),
    )
    parser.add_argument(
        "--version", action="store_true", help=translate("Cli", "print the version and exit")
    )
    parser.add_argument(
        "--language",
        metavar="en|zh_CN|zh_TW",
        help=translate(
            "Cli",
            "the language of the app and of this command's messages: English, Simplified or "
            "Traditional Chinese (default: for the app, the one chosen under View → Language, "
            "else the system's; for the command line, the system's); it is not saved",
        ),
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        help=translate(
            "Cli",
            "render the lesson window (or the start screen when no lesson is named) to a PNG "
            "file and exit",
        ),
    )
    parser.add_argument(
        "--theme",
        metavar="dark|light|contrast",
        help=translate("Cli", "the theme of the --screenshot (default: the saved one)"),
    )
    parser.add_argument(
        "--colours",
        metavar="standard|safe",
        help=translate(
            "Cli",
            "the colours of the --screenshot: standard or colour-blind safe (default: the "
            "saved ones)",
        ),
    )
    parser.add_argument(
        "--text-scale",
        metavar="S",
        help=translate(
            "Cli",
            "the text size of the --screenshot, one of View → Larger text's sizes "
            "(0.85, 1, 1.15, 1.3, 1.5, 1.75 or 2; default: the saved one)",
        ),
    )
    parser.add_argument(
        "--sequence", metavar="TEXT", help=translate("Cli", "input sequence to show")
    )
    parser.add_argument("--step", metavar="N", type=int, help=translate("Cli", "time step to show"))
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=_parse_size,
        default=(1440, 900),
        help=translate("Cli", "window size for --screenshot (default 1440x900)"),
    )
    parser.add_argument(
        "--present",
        action="store_true",
        help=translate(
            "Cli",
            "open the lesson in presenter mode (View menu, F5): its main picture fills the "
            "window, its numbers as large as the room allows; also with --screenshot",
        ),
    )
    parser.add_argument(
        "--reduce-motion",
        action="store_true",
        help=translate(
            "Cli",
            "start with Reduce motion (View menu) on for this run: nothing moves or fades "
            "(the saved setting is not changed)",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate("Cli", "check that this installation works, then exit"),
    )
    return localise(parser)


def take_language(argv: list[str]) -> tuple[list[str], str | None, str | None]:
    """``argv`` without ``--language NAME`` (anywhere before a ``--``, so that it works with
    the subcommands too), the language named, and why it cannot be used (one line) or None."""
    from lstm_lab.core.i18n import LANGUAGES

    rest: list[str] = []
    asked: str | None = None
    problem: str | None = None
    items = iter(argv)
    for item in items:
        if item == "--":
            rest.append(item)
            rest.extend(items)
            break
        if item == "--language" or item.startswith("--language="):
            value = item.partition("=")[2] if "=" in item else next(items, None)
            if value is None or not value.strip():
                problem = translate("Cli", "--language needs one of: {names}").format(
                    names=", ".join(LANGUAGES)
                )
            elif value not in LANGUAGES:
                problem = translate("Cli", '--language must be one of {names}, not "{value}"')
                problem = problem.format(names=", ".join(LANGUAGES), value=value)
            else:
                asked = value
            continue
        rest.append(item)
    return rest, asked, problem


def use_language(asked: str | None) -> str:
    """Speak ``asked`` (``--language``), else the system's language, on the command line; the
    translations are loaded (through QtCore only) when it is not English. The GUI decides again
    once it has its settings (`lstm_lab.app.run_gui`)."""
    from lstm_lab.core.i18n import current_language, environment_language

    language = asked or environment_language()
    if asked is None and language == "en":
        return current_language()  # nothing to load
    if language != current_language():
        try:
            from lstm_lab.ui.language import install_language
        except ImportError:  # pragma: no cover - a Qt-less install: English
            return "en"
        install_language(language)
    return language


def main(argv: list[str] | None = None) -> int:
    """Run ``lstm-lab`` with ``argv``; its exit status. A standard output that cannot be written
    (a closed pipe, a full disk) ends it with one line on stderr and status 1, never a
    traceback."""
    from lstm_lab.core.cli import ClosedOutput, release_stdout

    if sys.stdout is None:  # started with its standard output closed (">&-")
        sys.stdout = ClosedOutput()
    try:
        status = _main(argv)
        sys.stdout.flush()
    except OSError as error:
        if not _is_stdout_error(error):
            raise
        release_stdout()
        from lstm_lab.core.cli import error_line

        reason = error.strerror or error
        message = translate("Cli", "could not write the output ({reason})").format(reason=reason)
        print(error_line("lstm-lab", message), file=sys.stderr)
        return 1
    return status


def _is_stdout_error(error: OSError) -> bool:
    """Whether ``error`` came from writing standard output (only those are reported here)."""
    import errno

    stdout_errors = (errno.EPIPE, errno.ENOSPC, errno.EIO, errno.EBADF)
    return error.errno in stdout_errors


def _main(argv: list[str] | None) -> int:
    use_language(None)  # the saved or the system's, to say a bad --language in
    argv, asked, problem = take_language(list(sys.argv[1:] if argv is None else argv))
    if problem is not None:
        from lstm_lab.core.cli import error_line

        print(error_line("lstm-lab", problem), file=sys.stderr)
        return 2
    if asked is not None:
        use_language(asked)
    if argv and not argv[0].startswith("-"):
        from lstm_lab.core.kinds import commands, resolve

        command = commands().get(argv[0])
        if command is not None:
            return resolve(command.main)(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    args.language = asked
    if args.screenshot is not None:
        problem = screenshot_problem(args.screenshot)
        if problem is not None:
            parser.error(problem)  # one line and exit status 2, before any window exists
    problem = look_problem(args)
    if problem is not None:
        from lstm_lab.core.cli import error_line

        print(error_line("lstm-lab", problem), file=sys.stderr)
        return 2
    if args.version:
        from lstm_lab import __version__
        from lstm_lab.core.cli import write_output

        return write_output("lstm-lab", lambda out: out.write(f"LSTM Lab {__version__}\n"))
    if args.list_lessons:
        return _list_lessons()
    if args.file and args.lesson:
        from lstm_lab.core.cli import error_line

        message = translate("Cli", "name a lesson file or --lesson, not both")
        print(error_line("lstm-lab", message), file=sys.stderr)
        return 2
    if args.self_test:
        from lstm_lab.selftest import run_self_test

        return run_self_test()
    from lstm_lab.app import run_gui

    return run_gui(args)


def _list_lessons() -> int:
    from lstm_lab.core.builtin import builtin_lessons
    from lstm_lab.core.cli import write_output

    lessons = builtin_lessons()
    width = max(len(lesson.name) for lesson in lessons)
    lines = [f"{lesson.name:<{width}}  {lesson.shown_title}\n" for lesson in lessons]
    return write_output("lstm-lab", lambda out: out.writelines(lines))


if __name__ == "__main__":
    sys.exit(main())

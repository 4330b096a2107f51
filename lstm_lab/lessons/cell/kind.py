"""The kind "cell": one LSTM (or RNN or GRU) cell as a glass box, every gate and sum on screen."""

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.core.kinds import Command, LessonKind, register_kind
from lstm_lab.engine import MAX_ITEMS
from lstm_lab.lessons.cell import options

KIND = register_kind(
    LessonKind(
        name="cell",
        window="lstm_lab.lessons.cell.qt.window:MainWindow",
        view_keys=options.CELL_VIEWS,
        check_options=options.check_options,
        options_to_json=options.options_to_json,
        lockable=options.lockable,
        card_picture=options.card_picture,
        command=Command(
            "trace",
            "lstm_lab.lessons.cell.cli:trace_main",
            QT_TRANSLATE_NOOP(
                "Command", "the step table of one cell, for worksheets and answer keys"
            ),
        ),
        self_test="lstm_lab.lessons.cell.qt.check:check_window",
        limits={"sequence": MAX_ITEMS},
        uses_cell=True,
        export_code="lstm_lab.lessons.cell.export:export_code",
    )
)

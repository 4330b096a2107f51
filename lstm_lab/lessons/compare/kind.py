"""The kind "compare": the RNN, the LSTM and the GRU side by side, memory, gradients, a race."""

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.core.kinds import Command, LessonKind, register_kind
from lstm_lab.engine import MAX_ITEMS
from lstm_lab.engine.race import MAX_DELAY
from lstm_lab.lessons.compare import model

KIND = register_kind(
    LessonKind(
        name="compare",
        window="lstm_lab.lessons.compare.qt.window:CompareWindow",
        view_keys=model.VIEW_KEYS,
        check_options=model.check_options,
        options_to_json=model.options_to_json,
        card_picture=model.card_picture,
        command=Command(
            "compare",
            "lstm_lab.lessons.compare.cli:main",
            QT_TRANSLATE_NOOP("Command", "the RNN's, LSTM's and GRU's memory of one sequence"),
        ),
        more_commands=(
            Command(
                "race",
                "lstm_lab.lessons.compare.race_cli:main",
                QT_TRANSLATE_NOOP(
                    "Command", "race the RNN, LSTM and GRU on a memory task over several seeds"
                ),
            ),
        ),
        self_test="lstm_lab.lessons.compare.qt.check:check_window",
        export_code="lstm_lab.lessons.compare.export:export_code",
        limits={"sequence": MAX_ITEMS, "delay": MAX_DELAY, "size": model.MAX_SIZE},
    )
)

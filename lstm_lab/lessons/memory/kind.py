"""The kind "memory": the constant error carousel by hand, then the RNN, the LSTM and the GRU
on "France … (100 words) … speak → French"."""

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.core.kinds import Command, LessonKind, register_kind
from lstm_lab.lessons.memory import model

KIND = register_kind(
    LessonKind(
        name=model.KIND,
        window="lstm_lab.lessons.memory.qt.window:MemoryWindow",
        view_keys=model.VIEW_KEYS,
        check_options=model.check_options,
        card_picture=model.card_picture,
        command=Command(
            "memory",
            "lstm_lab.lessons.memory.cli:main",
            QT_TRANSLATE_NOOP(
                "Command", "held-out accuracy of the RNN, LSTM and GRU on the long-lag task"
            ),
        ),
        self_test="lstm_lab.lessons.memory.qt.check:check_window",
        export_code="lstm_lab.lessons.memory.export:export_code",
        limits={
            "hold": model.MAX_HOLD,
            "delay": model.MAX_TASK_DELAY,
            "updates": model.MAX_UPDATES,
        },
    )
)

"""The kind "forecast": an LSTM layer of a few units learns a signal and forecasts it."""

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.core.kinds import Command, LessonKind, register_kind
from lstm_lab.lessons.forecast import options

KIND = register_kind(
    LessonKind(
        name=options.KIND,
        window="lstm_lab.lessons.forecast.qt.window:ForecastWindow",
        view_keys=options.VIEW_KEYS,
        check_options=options.check_options,
        card_picture=options.card_picture,
        command=Command(
            "sine",
            "lstm_lab.lessons.forecast.cli:main",
            QT_TRANSLATE_NOOP(
                "Command", "train the forecasting model on a signal and print its errors"
            ),
        ),
        self_test="lstm_lab.lessons.forecast.qt.check:check_window",
        export_code="lstm_lab.lessons.forecast.export:export_code",
        limits={"series": options.MAX_SERIES, "csv_bytes": options.MAX_CSV_BYTES},
    )
)

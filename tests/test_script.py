"""The Tang poet reads what a mainland student types: simplified characters converted to the
model's traditional ones (phrase by phrase), the text shown in the reader's script, the
`generate --script` option, and the conversion table, its sources and its licence. No Qt."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from lstm_lab.__main__ import main
from lstm_lab.core import i18n
from lstm_lab.engine.charmodel import END, UNKNOWN
from lstm_lab.lessons.poetry.cli import generate_json
from lstm_lab.lessons.poetry.model import PoetryModel
from lstm_lab.lessons.poetry.script import (
    SIMPLIFIED,
    TABLE_FILE,
    TRADITIONAL,
    Converter,
    read_as,
    read_table,
    script_of_language,
    to_simplified,
    to_traditional,
)
from lstm_lab.lessons.poetry.session import PoetrySession
from lstm_lab.lessons.poetry.textdata import poem_lines, shipped_model
from lstm_lab.resources import resource_bytes, resource_text

ROOT = Path(__file__).resolve().parents[1]

#: Tang poems a primary-school pupil learns, as a mainland textbook prints them (simplified).
PRIMARY_SCHOOL_POEMS = {
    "静夜思": "床前明月光，疑是地上霜。举头望明月，低头思故乡。",
    "春晓": "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。",
    "登鹳雀楼": "白日依山尽，黄河入海流。欲穷千里目，更上一层楼。",
    "咏鹅": "鹅，鹅，鹅，曲项向天歌。白毛浮绿水，红掌拨清波。",
    "悯农（其一）": "春种一粒粟，秋收万颗子。四海无闲田，农夫犹饿死。",
    "悯农（其二）": "锄禾日当午，汗滴禾下土。谁知盘中餐，粒粒皆辛苦。",
    "江雪": "千山鸟飞绝，万径人踪灭。孤舟蓑笠翁，独钓寒江雪。",
    "相思": "红豆生南国，春来发几枝。愿君多采撷，此物最相思。",
    "望庐山瀑布": "日照香炉生紫烟，遥看瀑布挂前川。飞流直下三千尺，疑是银河落九天。",
    "赠汪伦": "李白乘舟将欲行，忽闻岸上踏歌声。桃花潭水深千尺，不及汪伦送我情。",
    "绝句（两个黄鹂）": "两个黄鹂鸣翠柳，一行白鹭上青天。窗含西岭千秋雪，门泊东吴万里船。",
    "游子吟": "慈母手中线，游子身上衣。临行密密缝，意恐迟迟归。谁言寸草心，报得三春晖。",
    "赋得古原草送别": "离离原上草，一岁一枯荣。野火烧不尽，春风吹又生。"
    "远芳侵古道，晴翠接荒城。又送王孙去，萋萋满别情。",
    "鹿柴": "空山不见人，但闻人语响。返景入深林，复照青苔上。",
    "寻隐者不遇": "松下问童子，言师采药去。只在此山中，云深不知处。",
    "登乐游原": "向晚意不适，驱车登古原。夕阳无限好，只是近黄昏。",
    "独坐敬亭山": "众鸟高飞尽，孤云独去闲。相看两不厌，只有敬亭山。",
    "夜宿山寺": "危楼高百尺，手可摘星辰。不敢高声语，恐惊天上人。",
    "塞下曲": "月黑雁飞高，单于夜遁逃。欲将轻骑逐，大雪满弓刀。",
    "春夜喜雨": "好雨知时节，当春乃发生。随风潜入夜，润物细无声。"
    "野径云俱黑，江船火独明。晓看红湿处，花重锦官城。",
    "古朗月行（节选）": "小时不识月，呼作白玉盘。又疑瑶台镜，飞在青云端。",
    "风": "解落三秋叶，能开二月花。过江千尺浪，入竹万竿斜。",
    "池上": "小娃撑小艇，偷采白莲回。不解藏踪迹，浮萍一道开。",
    "山行": "远上寒山石径斜，白云生处有人家。停车坐爱枫林晚，霜叶红于二月花。",
    "早发白帝城": "朝辞白帝彩云间，千里江陵一日还。两岸猿声啼不住，轻舟已过万重山。",
    "望天门山": "天门中断楚江开，碧水东流至此回。两岸青山相对出，孤帆一片日边来。",
    "回乡偶书": "少小离家老大回，乡音无改鬓毛衰。儿童相见不相识，笑问客从何处来。",
    "咏柳": "碧玉妆成一树高，万条垂下绿丝绦。不知细叶谁裁出，二月春风似剪刀。",
    "凉州词": "黄河远上白云间，一片孤城万仞山。羌笛何须怨杨柳，春风不度玉门关。",
    "出塞": "秦时明月汉时关，万里长征人未还。但使龙城飞将在，不教胡马度阴山。",
    "芙蓉楼送辛渐": "寒雨连江夜入吴，平明送客楚山孤。洛阳亲友如相问，一片冰心在玉壶。",
    "黄鹤楼送孟浩然之广陵": "故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。",
    "送元二使安西": "渭城朝雨浥轻尘，客舍青青柳色新。劝君更尽一杯酒，西出阳关无故人。",
    "九月九日忆山东兄弟": "独在异乡为异客，每逢佳节倍思亲。遥知兄弟登高处，遍插茱萸少一人。",
    "枫桥夜泊": "月落乌啼霜满天，江枫渔火对愁眠。姑苏城外寒山寺，夜半钟声到客船。",
    "清明": "清明时节雨纷纷，路上行人欲断魂。借问酒家何处有，牧童遥指杏花村。",
    "江南春": "千里莺啼绿映红，水村山郭酒旗风。南朝四百八十寺，多少楼台烟雨中。",
}


@pytest.fixture(scope="module")
def vocabulary():
    return shipped_model("tang").vocabulary


def known_forms(vocabulary, ch: str) -> set[str]:
    """The characters of the vocabulary a student means by typing ``ch``: those whose
    simplified form it is (and ``ch`` itself where the model knows it)."""
    found = {t for t in vocabulary.chars if to_simplified(t) == ch}
    return found | ({ch} & set(vocabulary.index))


def test_no_character_of_a_primary_school_poem_is_read_as_unknown_when_the_model_knows_it(
    vocabulary,
):
    text = "".join(PRIMARY_SCHOOL_POEMS.values())
    assert to_simplified(text) == text  # typed as a mainland student types them
    chars = sorted(set(text))
    knowable = {ch for ch in chars if known_forms(vocabulary, ch)}
    for title, poem in PRIMARY_SCHOOL_POEMS.items():
        session = PoetrySession(shipped_model("tang"), poem, length=1)
        read = vocabulary.decode(vocabulary.encode(session.reading))
        assert len(read) == len(poem)
        wrong = [
            (ch, got) for ch, got in zip(poem, read, strict=True) if ch in knowable and got == "□"
        ]
        assert wrong == [], title
        # The note names exactly the characters no form of which the model knows.
        assert session.unknown == [ch for ch in dict.fromkeys(poem) if ch not in knowable], title
    # Almost every character of these poems is one the model knows.
    assert len(knowable) / len(chars) > 0.97, sorted(set(chars) - knowable)
    # Before the conversion many were read as □: 尽, 觉, 晓, 举 …
    before = [ch for ch in chars if ch not in vocabulary.index]
    assert len(before) > 100 and {"尽", "觉", "晓", "举"} <= set(before)


def test_phrases_choose_among_several_traditional_characters():
    # One simplified character, several traditional ones: the phrase decides.
    assert to_traditional("以后") == "以後" and to_traditional("皇后") == "皇后"
    assert to_traditional("头发") == "頭髮" and to_traditional("出发") == "出發"
    assert to_traditional("干净") == "乾淨" and to_traditional("干部") == "幹部"
    assert to_traditional("白日依山尽，黄河入海流。") == "白日依山盡，黃河入海流。"
    assert to_simplified("白日依山盡，黃河入海流。") == "白日依山尽，黄河入海流。"


def test_a_traditional_text_is_read_almost_as_it_is(vocabulary):
    from lstm_lab.lessons.poetry.textdata import corpus_text

    text = corpus_text("tang300")
    read = read_as(vocabulary.index, text)
    assert sum(a == b for a, b in zip(read, text, strict=True)) / len(text) > 0.998
    # What changes is a variant the model knows too: 床 is 牀 in OpenCC and in most of the
    # Tang texts (258 times, 床 18).
    poem = "床前明月光，疑是地上霜。舉頭望明月，低頭思故鄉。"
    assert read_as(vocabulary.index, poem) == "牀" + poem[1:]
    # A character the texts write as typed more often stays as typed: 却 (456), not 卻 (16).
    assert to_traditional("却") == "却" and to_traditional("了却") == "了卻"


def test_every_character_of_the_vocabulary_round_trips(vocabulary):
    groups: dict[str, list[str]] = {}
    for ch in vocabulary.chars:
        simplified = to_simplified(ch)
        assert len(simplified) == 1
        groups.setdefault(simplified, []).append(ch)
    shared = 0
    for simplified, chars in groups.items():
        read = read_as(vocabulary.index, simplified)
        # What a student types is read as a character the model knows, and shows as typed.
        assert read in vocabulary.index and to_simplified(read) == simplified
        if len(chars) == 1:  # one character of the model has this simplified form: that one
            assert read == chars[0], simplified
        else:  # 後 and 后 are both 后: one of them, the one OpenCC gives
            assert read in chars
            shared += 1
    assert 50 < shared < 100 and len(groups) > 2800
    # The whole Tang corpus to simplified and back: all but about one character in a hundred.
    from lstm_lab.lessons.poetry.textdata import corpus_text

    text = corpus_text("tang300")
    back = read_as(vocabulary.index, to_simplified(text))
    assert len(back) == len(text)
    assert sum(a == b for a, b in zip(back, text, strict=True)) / len(text) > 0.985


def test_a_model_that_knows_another_form_reads_that_one(vocabulary):
    # 捣 is 搗 in OpenCC; the model never saw 搗, it knows 擣 (which OpenCC simplifies to 捣).
    assert to_traditional("捣") == "搗" and "搗" not in vocabulary.index
    assert read_as(vocabulary.index, "捣") == "擣"
    assert to_traditional("个") == "個" and read_as(vocabulary.index, "个") == "箇"
    assert read_as(vocabulary.index, "Z捣") == "Z擣"  # what no form of exists stays


def test_the_converter_takes_the_longest_phrase():
    converter = Converter({"a": "1", "ab": "23", "abc": "456", "b": "7"})
    assert converter.convert("abcab") == "45623"
    assert converter.convert("xbaa") == "x711"
    assert Converter({}, normalize={"Ａ": "A"}).convert("Ａb") == "Ab"


def test_the_language_chooses_the_script():
    assert script_of_language("zh_CN") == SIMPLIFIED
    assert script_of_language("zh_SG") == SIMPLIFIED
    assert script_of_language("zh_TW") == TRADITIONAL
    assert script_of_language("en") == TRADITIONAL


def test_the_session_reads_traditional_and_shows_the_script():
    model = shipped_model("tang")
    session = PoetrySession(model, "白日依山尽", seed=1, length=24, script=SIMPLIFIED)
    assert session.reading == "白日依山盡" and session.unknown == []
    session.run()
    assert session.text.startswith("白日依山盡")
    assert session.shown_text == to_simplified(session.text)
    assert session.shown_text.startswith("白日依山尽")
    chars = session.chars()
    assert chars[:6] == ["▸", *"白日依山尽"]
    assert chars[6:] == [
        "⏎ end" if step.token == END else to_simplified(session.text)[5 + k]
        for k, step in enumerate(session.steps)
    ]
    # The same text read from the traditional prompt: the model reads the same.
    again = PoetrySession(model, "白日依山盡", seed=1, length=24)
    again.run()
    assert again.text == session.text and again.shown_text == session.text
    session.script = TRADITIONAL
    assert session.shown_text == session.text


def test_the_bars_labels_follow_the_script_and_stay_apart():
    model = shipped_model("tang")
    session = PoetrySession(model, "春眠不觉晓", seed=0, length=10, script=SIMPLIFIED)
    session.run()
    for index in range(len(session.steps) + 1):
        found = session.candidates(index, top=30)
        labels = [c.label for c in found]
        assert len(set(labels)) == len(labels)  # 後 and 后 do not both read 后
        for candidate in found:
            ch = model.vocabulary.symbol(candidate.token)
            if candidate.token <= END or not ch.strip():
                continue
            shown = candidate.label[0]
            assert to_simplified(shown) == shown and to_simplified(ch) in (shown, ch)
            assert candidate.label in (shown, f"{shown}（{ch}）")
        if index < len(session.steps) and session.steps[index].token != END:
            written = next((c for c in found if c.token == session.steps[index].token), None)
            assert written is None or written.label == session.shown_written()[index]
    traditional = PoetrySession(model, "春眠不觉晓", seed=0, length=10)
    traditional.run()
    labels = [c.label for c in traditional.candidates(0, top=30)]
    assert labels == [
        model.vocabulary.symbol(c.token) if c.token > END else c.label
        for c in traditional.candidates(0, top=30)
    ]


def test_the_model_shows_and_copies_in_the_script_it_is_set_to():
    model = PoetryModel()
    heard = []
    model.events.script.connect(heard.append)
    model.set_prompt("白日依山尽")
    assert model.unknown() == []
    model.set_script(TRADITIONAL)
    for _ in model.start_writing():
        pass
    model.end_writing()
    traditional = model.laid_out_text()
    assert traditional.startswith("白日依山盡")
    model.set_script(SIMPLIFIED)
    assert heard[-1] == SIMPLIFIED and model.script == SIMPLIFIED
    assert model.laid_out_text() == "\n".join(poem_lines(to_simplified(model.session.text)))
    assert model.shown_prompt() == "白日依山尽"
    assert "".join(ch for ch in model.written() if ch != "⏎ end") == to_simplified(
        model.session.generated
    )
    with pytest.raises(ValueError):
        model.set_script("cursive")
    # The Shakespeare model shows its text as it is.
    model.choose_model("shakespeare")
    assert not model.shows_script
    model.set_prompt("ROMEO: 春")
    assert model.unknown() == ["春"]
    model.start_writing()
    model.end_writing()
    assert model.shown_prompt() == "ROMEO: 春"


def test_the_default_script_is_the_languages():
    try:
        i18n.set_translator(None, "zh_CN")
        assert PoetryModel().script == SIMPLIFIED
        i18n.set_translator(None, "zh_TW")
        assert PoetryModel().script == TRADITIONAL
    finally:
        i18n.set_translator(None, "en")
    assert PoetryModel().script == TRADITIONAL


def test_generate_prints_the_script_asked_for(capsys):
    args = ["generate", "--prompt", "白日依山尽", "--seed", "1", "--length", "30"]
    assert main([*args, "--script", "simplified"]) == 0
    words = capsys.readouterr()
    simplified = words.out
    assert "does not know" not in words.err
    assert main([*args, "--script", "traditional"]) == 0
    traditional = capsys.readouterr().out
    session = PoetrySession(shipped_model("tang"), "白日依山尽", seed=1, length=30)
    session.run()
    assert traditional == "\n".join(poem_lines(session.text)) + "\n"
    assert simplified == "\n".join(poem_lines(to_simplified(session.text))) + "\n"
    assert simplified.startswith("白日依山尽") and traditional.startswith("白日依山盡")
    assert simplified != traditional
    # The default is the language's.
    try:
        i18n.set_translator(None, "zh_CN")
        assert main(args) == 0
        assert capsys.readouterr().out == simplified
    finally:
        i18n.set_translator(None, "en")
    assert main(args) == 0
    assert capsys.readouterr().out == traditional
    # Only characters no form of which the model knows are named.
    assert main(["generate", "--prompt", "春眠不觉晓Z", "--length", "4"]) == 0
    assert "does not know Z;" in capsys.readouterr().err
    assert main(["generate", "--script", "cursive"]) == 2
    assert "--script" in capsys.readouterr().err
    # Shakespeare is printed as the model wrote it, whatever the script.
    args = ["generate", "--model", "shakespeare", "--prompt", "ROMEO:", "--length", "60"]
    assert main([*args, "--script", "simplified"]) == 0
    simplified = capsys.readouterr().out
    assert main([*args, "--script", "traditional"]) == 0
    assert capsys.readouterr().out == simplified


def test_an_exported_lesson_reads_what_the_app_reads(tmp_path):
    import subprocess
    import sys

    from export_checks import compare_json

    from lstm_lab.core.builtin import lesson_by_name
    from lstm_lab.core.export_code import export_lesson, write_export
    from lstm_lab.lessons.poetry.export import app_json

    lesson = lesson_by_name("poetry-tang")
    typed = lesson.replace(options={**lesson.options, "prompt": "白日依山尽"})
    path = tmp_path / "tang.py"
    write_export(export_lesson(typed, "numpy"), path)
    assert "PROMPT = '白日依山盡'" in path.read_text(encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(path), "--json"], capture_output=True, text=True, encoding="utf-8"
    )
    assert done.returncode == 0, done.stderr
    found, expected = json.loads(done.stdout), app_json(typed)
    assert expected["prompt"] == "白日依山盡" and expected["unknown"] == []
    assert compare_json(found, expected) <= 1e-5


def test_generate_json_keeps_the_models_symbols_and_prints_the_text_in_the_script():
    model = shipped_model("tang")
    found = generate_json(model, "tang", "春眠不觉晓", 0.8, 2, 20, script=SIMPLIFIED)
    assert found["prompt"] == "春眠不觉晓" and found["unknown"] == []
    session = PoetrySession(model, "春眠不觉晓", seed=2, length=20)
    session.run()
    assert found["continuation"] == session.generated  # as the model wrote it
    assert found["text"] == "\n".join(poem_lines(to_simplified(session.text)))
    assert all(key in model.vocabulary.index or key == "<end>" for key in found["probabilities"])


def test_the_unknown_symbol_is_what_an_unknown_character_reads_as():
    model = shipped_model("tang")
    session = PoetrySession(model, "春Z", length=1)
    assert session.reading == "春Z" and session.unknown == ["Z"]
    assert model.vocabulary.encode(session.reading)[-1] == UNKNOWN


# ---------------------------------------------------------------------- the table


def test_the_table_is_what_sources_says_and_carries_openccs_licence():
    data = resource_bytes(TABLE_FILE)
    folder = Path(TABLE_FILE).parent.as_posix()
    sources = resource_text(f"{folder}/SOURCES.md")
    recorded = re.search(r"SHA-256 of `tang-script.json`: `([0-9a-f]{64})`", sources)
    assert recorded and recorded.group(1) == hashlib.sha256(data).hexdigest()
    table = json.loads(data)
    assert re.search(rf"OpenCC {re.escape(table['opencc'])}\*\*", sources)
    assert "https://github.com/BYVoid/OpenCC" in sources
    licence = resource_text(f"{folder}/LICENSE-OpenCC.txt")
    assert "Apache License" in licence and "Version 2.0, January 2004" in licence
    assert "Carbo Kuo" in licence
    assert (ROOT / "tools" / "build_script_table.py").exists()
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"{folder}/*.json"' in pyproject and f'"{folder}/*.txt"' in pyproject
    runtime = pyproject.split("dependencies = [", 1)[1].split("]", 1)[0]
    assert "opencc" not in runtime.lower()


def test_a_table_that_cannot_be_read_is_refused_with_the_reason():
    good = json.loads(resource_bytes(TABLE_FILE))
    with pytest.raises(ValueError, match="not a lstm-lab-script-table"):
        read_table(b"[]")
    uneven = dict(good, to_simplified=dict(good["to_simplified"], values="x " + "y"))
    with pytest.raises(ValueError, match="to_simplified"):
        read_table(json.dumps(uneven).encode())
    newer = dict(good, version=99)
    with pytest.raises(ValueError, match="version"):
        read_table(json.dumps(newer).encode())

"""What the poetry lesson measures, on hand-made texts: the held-out records without
duplicates, the bigram model, the loss per symbol and per character, the form of poems and
their rhyme, the figures recorded in the shipped models."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lstm_lab.engine.charmodel import (
    END,
    START,
    UNKNOWN,
    Bigram,
    BigramSampler,
    ModelError,
    Sampler,
    build_vocabulary,
    choose_k,
    encode_records,
    fit_bigram,
    generate,
    init_model,
    probabilities,
)
from lstm_lab.lessons.poetry.heldout import (
    held_out_split,
    is_near,
    loss_figures,
    near_shares,
    units,
)
from lstm_lab.lessons.poetry.poemform import (
    CorpusLines,
    RhymeTable,
    Written,
    form_statistics,
    rhyme_characters,
    rhyme_statistics,
    shape_of,
)

DENG = "白日依山盡，黃河入海流。欲窮千里目，更上一層樓。"


# ------------------------------------------------------------------ duplicates
def share(train: list[str], poem: str, layout: str = "poem") -> float:
    return near_shares(train, [poem], layout)[0]


def test_a_poem_of_variant_characters_is_a_near_duplicate_and_stock_phrases_are_not():
    training = [DENG, "春眠不覺曉，處處聞啼鳥。夜來風雨聲，花落知多少。"]
    # Punctuation changed: the same half-lines.
    assert share(training, DENG.replace("，", "。")) == 1
    # One character changed in three half-lines of four: still the same poem.
    assert share(training, "白日依山盡，黃河入大流。欲窮千里日，更上二層樓。") == 1
    # Two characters changed in a half-line: that half-line no longer counts.
    assert share(training, "白日依山盡，黃河出大流。欲窮千里目，更上一層樓。") == 0.75
    # Half of the half-lines is not more than half: kept.
    half = share(training, "白日依山盡，黃河入海流。秋風吹不盡，總是玉關情。")
    assert half == 0.5 and not is_near(half) and is_near(0.51)
    # A poem sharing a stock half-line with each of two poems is a duplicate of neither.
    assert share(training, "白日依山盡，長安一片月。夜來風雨聲，萬戶擣衣聲。") == 0.25
    # A quatrain taken whole out of a longer poem is a duplicate of it.
    assert share([DENG + training[1]], DENG) == 1
    assert near_shares(training, ["", "春風"], "poem") == [0.0, 0.0]


def test_lines_of_a_text_are_its_units_and_a_speaker_line_alone_is_no_duplicate():
    assert units("ROMEO:\nBut soft!\n\n", "text") == ["ROMEO:", "But soft!"]
    assert units("春風，秋月。夜雨", "poem") == ["春風", "秋月", "夜雨"]
    training = ["ROMEO:\nBut soft, what light", "JULIET:\nAy me!"]
    assert share(training, "ROMEO:\nBut soft, what lighT", "text") == 1  # a letter apart
    assert share(training, "ROMEO:\nWherefore art thou", "text") == 0.5  # the name alone
    assert share(training, "JULIET:\nO Romeo, Romeo", "text") == 0.5


def test_the_split_holds_out_one_in_fifty_and_drops_its_duplicates():
    # Any two differ in two characters of each half-line: none is a duplicate of another.
    records = [
        f"{chr(0x4E00 + 2 * k)}{chr(0x4E01 + 2 * k)}春水綠，{chr(0x5000 + 2 * k)}"
        f"{chr(0x5001 + 2 * k)}夜花紅。"
        for k in range(150)
    ]
    order = np.random.default_rng(5).permutation(150)
    first, second, third = order[:3]
    records[order[50]] = records[first]  # trained on: the same poem
    records[order[60]] = records[second].replace("春", "秋")  # one character apart
    split = held_out_split(records, np.random.default_rng(5), "poem")
    assert split.train == [records[k] for k in order[3:]]
    assert split.drawn == 3
    assert split.exact == [records[first]] and split.near == [records[second]]
    assert split.held_out == [records[third]]


def test_the_tang_split_drops_21_exact_and_40_near_duplicates_of_366():
    from lstm_lab.lessons.poetry.measures import split_of

    split = split_of("tang5")
    assert (split.drawn, len(split.exact), len(split.near), len(split.held_out)) == (
        366,
        21,
        40,
        305,
    )
    kept = near_shares(split.train, split.held_out, "poem")
    assert max(kept) <= 0.25  # what is left shares a stock phrase at most
    assert min(near_shares(split.train, split.near, "poem")) >= 0.6  # the gap the rule sits in


# ------------------------------------------------------------------ the bigram model
def tiny_vocabulary():
    return build_vocabulary(["ab"])  # ids: 0 unknown, 1 start, 2 end, 3 a, 4 b


def test_the_bigram_model_counts_with_add_k_as_worked_out_by_hand():
    vocabulary = tiny_vocabulary()
    a, b = 3, 4
    train = encode_records(vocabulary, ["ab", "a"])  # S a b E, S a E
    bigram = fit_bigram(vocabulary, train, 0.5)
    # counts: (S,a) 2, (a,b) 1, (b,E) 1, (a,E) 1; followed: S 2, a 2, b 1; 4 symbols may follow
    assert bigram.pair_counts([START, a, b, a, b], [a, b, END, END, a]).tolist() == [2, 1, 1, 1, 0]
    expected = {(START, a): 2.5 / 4, (a, b): 1.5 / 4, (b, END): 1.5 / 3, (b, a): 0.5 / 3}
    for (first, second), p in expected.items():
        assert math.exp(bigram.log_probabilities([first], [second])[0]) == pytest.approx(p)
    for first in range(len(vocabulary)):  # every row sums to one, the start marker never follows
        row = np.exp(bigram.row(first))
        assert row[START] == 0 and row.sum() == pytest.approx(1.0)
    # The held-out record "ba": S b a E.
    held = ["ba"]
    nats = -(math.log(0.5 / 4) + math.log(0.5 / 3) + math.log(1.5 / 4))
    figures = loss_figures(bigram, held)
    assert figures.symbols == 3 and figures.characters == 2
    assert figures.nats == pytest.approx(nats)
    assert figures.per_symbol == pytest.approx(nats / 3)
    assert figures.per_character == pytest.approx(nats / 2)
    with pytest.raises(ModelError):
        fit_bigram(vocabulary, train, 0.0)


def test_choose_k_takes_the_k_of_least_loss_on_the_last_tenth():
    vocabulary = tiny_vocabulary()
    rng = np.random.default_rng(0)
    records = encode_records(vocabulary, ["".join(rng.choice(list("ab"), 6)) for _ in range(40)])
    grid = (0.01, 0.1, 1.0, 10.0)
    counted = fit_bigram(vocabulary, records[:36], 1.0)
    losses = [
        Bigram(vocabulary, k, counted.codes, counted.counts, counted.totals).total_loss(
            records[36:]
        )[0]
        for k in grid
    ]
    assert choose_k(vocabulary, records, grid) == grid[int(np.argmin(losses))]


def test_the_bigram_writes_through_the_models_sampling_and_never_the_unknown_or_start():
    vocabulary = tiny_vocabulary()
    bigram = fit_bigram(vocabulary, encode_records(vocabulary, ["ab", "ba", "abab"]), 0.1)
    sampler = BigramSampler(bigram)
    text = generate(sampler, "a", 1.0, 200, seed=3, stop_at_end=False)
    assert set(text) <= set("ab\n") and "\n\n" in text
    assert text == generate(sampler, "a", 1.0, 200, seed=3, stop_at_end=False)
    logits, _, _ = sampler.feed([START, 3])
    assert np.array_equal(logits, bigram.row(3))
    assert np.isneginf(sampler.masked(logits)[[UNKNOWN, START]]).all()
    assert generate(sampler, "a", 0.0, 1) == "b"  # after a: b three times, the end once


# ------------------------------------------------------------------ loss per symbol, per character
def test_the_loss_per_chinese_character_divides_the_same_nats_by_the_characters_alone():
    records = ["春風吹，月。", "山水。"]
    vocabulary = build_vocabulary(records)
    model = init_model(vocabulary, 8, 4, np.random.default_rng(1), dtype=np.float64)
    figures = loss_figures(model, records)
    assert figures.symbols == 7 + 4  # every character and the end, each predicted once
    assert figures.characters == 4 + 2  # no punctuation
    sampler = Sampler(model, np.float64)
    nats = 0.0
    for ids in encode_records(vocabulary, records):
        h, c = sampler.zeros()
        for current, following in zip(ids[:-1], ids[1:], strict=True):
            logits, h, c = sampler.step(int(current), h, c)
            nats -= math.log(probabilities(logits, 1.0)[following])
    assert figures.nats == pytest.approx(nats)
    assert figures.per_character == pytest.approx(nats / 6)
    assert figures.per_symbol == pytest.approx(nats / 11)


# ------------------------------------------------------------------ the form of poems
def test_form_statistics_of_hand_made_poems():
    corpus = CorpusLines.of([DENG, "春眠不覺曉，處處聞啼鳥。夜來風雨聲，花落知多少。"])
    written = [
        Written(DENG, True),  # copied whole: 4 half-lines, 2 lines
        Written("春風吹，月。", True),  # two half-lines, none of five
        Written("春風吹雨來，處處聞啼鳥。山高月小明，", True),  # ends after 3: other
        Written("春風吹雨來，花開滿山谷。青山不見人，白雲空自流。秋風吹不盡，明月照高樓。", True),
        Written("一二三四五，六七八", True),  # ends inside a half-line: other
        Written("夜來風雨聲，花", False),  # still being written: no poem yet
    ]
    stats = form_statistics(written, corpus)
    assert stats.texts == 6 and stats.poems == 5
    assert stats.shapes == {"2": 1, "4": 1, "6": 1, "8": 0, "other": 2}
    assert stats.half_lines == 4 + 2 + 3 + 6 + 1 + 1
    assert stats.five == 4 + 0 + 3 + 6 + 1 + 1
    assert stats.five_share == pytest.approx(15 / 17)
    assert stats.copied_half_lines == 4 + 0 + 1 + 0 + 0 + 1  # 處處聞啼鳥, 夜來風雨聲
    assert stats.lines == 2 + 1 + 1 + 3 + 0 + 0
    assert stats.copied_lines == 2
    assert stats.shape_share(4, 6) == pytest.approx(2 / 5)
    assert form_statistics(written).copied_half_lines == 0  # no corpus: nothing counted
    assert shape_of("春，") == "other" and shape_of("春，風。") == "2"


def test_rhyme_is_counted_on_the_even_half_lines_against_random_pairs():
    table = RhymeTable(
        ["甲子丑寅卯，乙東。丙子丑寅卯，丁空。", "戊子丑寅卯，己空。庚子丑寅卯，辛中。"]
    )
    assert table.rhyme("東", "空") and table.rhyme("空", "中") and not table.rhyme("東", "中")
    assert table.rhyme("月", "月")
    assert rhyme_characters("一，東。二，空。三，月") == ["東", "空"]
    eight = "一，東。二，空。三，中。四，東。"
    broken = "一，東。二，月。三，中。四，花。"
    stats = rhyme_statistics([eight, broken, "一，東。二，空。"], table, seed=1, shuffles=5)
    assert stats.poems == 2  # the poem of four half-lines does not count
    assert stats.pairs == 6 and stats.rhyming_pairs == 2  # 東–空 and 空–中 of the first
    assert stats.rhyming_poems == 0  # 東 and 中 never share a poem
    assert 0 <= stats.chance <= 1
    assert stats.chance == rhyme_statistics([eight, broken], table, seed=1, shuffles=5).chance

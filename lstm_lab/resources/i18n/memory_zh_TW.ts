<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>CarouselPage</name>
        <message>
            <source>The value the input gate writes at step 1</source>
            <extracomment>Each cell's marker on the learning curves, so that the cells differ without colour too. The plot's markers as characters, for the swatches beside the answers. Fillers shown at each end of a sentence before the rest is counted.</extracomment>
            <translation>輸入門在第 1 步寫入的值</translation>
        </message>
        <message>
            <source>Value written at step 1, −1 to 1</source>
            <translation>第 1 步寫入的值，−1 到 1</translation>
        </message>
        <message>
            <source>Steps from the marker to the query</source>
            <translation>從標記到查詢的步數</translation>
        </message>
        <message>
            <source>Steps held, from the marker to the query</source>
            <translation>保持的步數，從標記到查詢</translation>
        </message>
        <message>
            <source>One LSTM unit, gates set by hand: the input gate i = 1 only at step 1 (the marker), the forget gate f = 1 at every step, the output gate o = 1 only at the last step T (the query). C(t) = f·C(t−1) + i·g, h(t) = o·tanh(C(t)).</source>
            <translation>一個 LSTM 單元，門由手工設定：輸入門 i 只在第 1 步（標記）為 1，遺忘門 f 在每一步都為 1，輸出門 o 只在最後一步 T（查詢）為 1。C(t) = f·C(t−1) + i·g，h(t) = o·tanh(C(t))。</translation>
        </message>
        <message>
            <source>step t</source>
            <translation>時間步 t</translation>
        </message>
        <message>
            <source>C(t), h(t)</source>
            <translation>C(t), h(t)</translation>
        </message>
        <message>
            <source>The cell state and the output of the hand-set unit</source>
            <translation>手工設定的單元的細胞狀態和輸出</translation>
        </message>
        <message>
            <source>C(t), f = 1</source>
            <translation>C(t), f = 1</translation>
        </message>
        <message>
            <source>h(t), f = 1</source>
            <translation>h(t), f = 1</translation>
        </message>
        <message>
            <source>C(t), f = 0.9</source>
            <translation>C(t), f = 0.9</translation>
        </message>
        <message>
            <source>∂C(T)/∂C(t)</source>
            <translation>∂C(T)/∂C(t)</translation>
        </message>
        <message>
            <source>How much of a change of C(t) reaches C(T): the product of the forget gates after step t</source>
            <translation>C(t) 的變化有多少能傳到 C(T)：第 t 步之後各遺忘門的乘積</translation>
        </message>
        <message>
            <source>f = 1: Π f = 1</source>
            <translation>f = 1: Π f = 1</translation>
        </message>
        <message>
            <source>f = 0.9: 0.9^(T−t)</source>
            <translation>f = 0.9: 0.9^(T−t)</translation>
        </message>
        <message>
            <source>Value to keep:</source>
            <translation>要保持的值：</translation>
        </message>
        <message>
            <source>Steps to keep it:</source>
            <translation>保持的步數：</translation>
        </message>
        <message>
            <source>After {hold} steps: C(T) = {kept} — exactly the value written at step 1; h(t) = 0 until the query, then h(T) = tanh(C(T)) = {answer}. ∂C(T)/∂C(1) = {grad:g} with f = 1. With f = {leak}: C(T) = {leaky} and ∂C(T)/∂C(1) = {leak}^{hold} = {leaky_grad}.</source>
            <translation>經過 {hold} 步：C(T) = {kept}，恰好是第 1 步寫入的值；查詢之前 h(t) = 0，到查詢時 h(T) = tanh(C(T)) = {answer}。f = 1 時 ∂C(T)/∂C(1) = {grad:g}。f = {leak} 時：C(T) = {leaky}，∂C(T)/∂C(1) = {leak}^{hold} = {leaky_grad}。</translation>
        </message>
        <message>
            <source>Cell state and output over {steps} steps</source>
            <translation>{steps} 步中的細胞狀態和輸出</translation>
        </message>
        <message>
            <source>With f = 1, C(t) = {kept} from step 1 to the query; h(t) = 0 until the query, then h(T) = {answer}. With f = {leak}, C(T) = {leaky}.</source>
            <translation>f = 1 時，從第 1 步到查詢 C(t) = {kept}；查詢之前 h(t) = 0，到查詢時 h(T) = {answer}。f = {leak} 時，C(T) = {leaky}。</translation>
        </message>
        <message>
            <source>Gradient ∂C(T)/∂C(t) over {steps} steps</source>
            <translation>{steps} 步中的梯度 ∂C(T)/∂C(t)</translation>
        </message>
        <message>
            <source>∂C(T)/∂C(1) = {grad:g} with f = 1; {leaky_grad} with f = {leak}, that is {leak}^{hold}.</source>
            <translation>f = 1 時 ∂C(T)/∂C(1) = {grad:g}；f = {leak} 時為 {leaky_grad}，即 {leak}^{hold}。</translation>
        </message>
    </context>
    <context>
        <name>Command</name>
        <message>
            <source>held-out accuracy of the RNN, LSTM and GRU on the long-lag task</source>
            <translation>RNN、LSTM 和 GRU 在長時滯任務上的留出集準確率</translation>
        </message>
    </context>
    <context>
        <name>HeatStrip</name>
        <message>
            <source>step t (0: the country, last: “speak”)</source>
            <translation>時間步 t（0：國家，最後：“speak”）</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>單元</translation>
        </message>
    </context>
    <context>
        <name>LessonWindow</name>
        <message>
            <source>Lesson</source>
            <extracomment>Time the GUI thread spends on updates per tick (ms): one update at delay 100 takes about 6.</extracomment>
            <translation>課程</translation>
        </message>
        <message>
            <source>Train it yourself</source>
            <translation>自己訓練</translation>
        </message>
        <message>
            <source>&amp;Train</source>
            <translation>訓練(&amp;T)</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>訓練</translation>
        </message>
        <message>
            <source>Train the chosen cell with the lesson's settings</source>
            <translation>用本課的設定訓練所選的單元</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop training; the result shown stays</source>
            <translation>停止訓練；顯示的結果保持不變</translation>
        </message>
        <message>
            <source>Part 1: the carousel</source>
            <translation>第 1 部分：誤差轉盤</translation>
        </message>
        <message>
            <source>One LSTM unit with its gates set by hand</source>
            <translation>一個門由手工設定的 LSTM 單元</translation>
        </message>
        <message>
            <source>Part 2: France … speak</source>
            <translation>第 2 部分：France … speak</translation>
        </message>
        <message>
            <source>The RNN, the LSTM and the GRU on the long-lag task</source>
            <translation>RNN、LSTM 和 GRU 在長時滯任務上的表現</translation>
        </message>
    </context>
    <context>
        <name>MemoryCheck</name>
        <message>
            <source>the {cell} accuracy is not shown: {shown}</source>
            <translation>{cell} 的準確率沒有顯示：{shown}</translation>
        </message>
        <message>
            <source>the carousel did not keep its value exactly</source>
            <translation>誤差轉盤沒有精確地保持它的值</translation>
        </message>
    </context>
    <context>
        <name>MemoryCli</name>
        <message>
            <source>{what} "{text}" is not a whole number</source>
            <translation>{what}“{text}”不是整數</translation>
        </message>
        <message>
            <source>{what} must be from {low} to {high}, not {value}</source>
            <translation>{what}必須在 {low} 到 {high} 之間，而不是 {value}</translation>
        </message>
        <message>
            <source>"France … (N filler words) … speak → French": the held-out accuracy of the RNN, the LSTM and the GRU, shipped or trained here.</source>
            <translation>“France …（N 個填充詞）… speak → French”：RNN、LSTM 和 GRU 的留出集準確率，來自隨附的執行結果或在此訓練。</translation>
        </message>
        <message>
            <source>a cell (repeatable; default all)</source>
            <translation>一種單元（可重複給出；預設全部）</translation>
        </message>
        <message>
            <source>train instead of the shipped runs</source>
            <translation>重新訓練，而不使用隨附的執行結果</translation>
        </message>
        <message>
            <source>the delay</source>
            <translation>延遲</translation>
        </message>
        <message>
            <source>filler words between the country and 'speak' (with --train; default {default})</source>
            <translation>國家與 'speak' 之間的填充詞數（與 --train 一起使用；預設 {default}）</translation>
        </message>
        <message>
            <source>the seed</source>
            <translation>種子</translation>
        </message>
        <message>
            <source>the run's seed</source>
            <translation>這次執行的種子</translation>
        </message>
        <message>
            <source>the number of updates</source>
            <translation>更新次數</translation>
        </message>
        <message>
            <source>Adam updates (with --train; default {default})</source>
            <translation>Adam 更新次數（與 --train 一起使用；預設 {default}）</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>輸出 JSON 而不是表格</translation>
        </message>
        <message>
            <source>{prog}: error: {problem}</source>
            <translation>{prog}：錯誤：{problem}</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>隨附</translation>
        </message>
        <message>
            <source>trained</source>
            <translation>訓練所得</translation>
        </message>
        <message>
            <source>learnt at update {update}</source>
            <translation>在第 {update} 次更新時學會</translation>
        </message>
        <message>
            <source>not learnt</source>
            <translation>未學會</translation>
        </message>
        <message>
            <source>{cell} {source}, delay {delay}, seed {seed}: held-out accuracy {accuracy} (chance {chance}), {verdict}</source>
            <translation>{cell} {source}，延遲 {delay}，種子 {seed}：留出集準確率 {accuracy}（隨機水平 {chance}），{verdict}</translation>
        </message>
    </context>
    <context>
        <name>MemoryExport</name>
        <message>
            <source>"{framework}" is not a framework LSTM Lab writes</source>
            <extracomment>The suffix of the data file holding the shipped runs' weights. The keys of a cell's arrays in that file: "lstm.weight_ih", …</extracomment>
            <translation>LSTM Lab 不會寫出“{framework}”框架的程式碼</translation>
        </message>
    </context>
    <context>
        <name>MemoryLesson</name>
        <message>
            <source>… ({count} more words) …</source>
            <translation>…（另有 {count} 個詞）…</translation>
        </message>
    </context>
    <context>
        <name>MemoryOptions</name>
        <message>
            <source>"options" must be a set of named settings</source>
            <extracomment>The views a lesson file may hide: the two parts' pages, the lesson text, the training panel. The cells in the order the course introduces them, with their titles. The colour role of each cell (as in the comparison lesson) and its line style. The forget gate part 1 compares with f = 1. The longest hold of part 1, and of the task a student may train. Held-out sentences on which the unit that carries the country is chosen.</extracomment>
            <translation>"options" 必須是一組有名稱的設定</translation>
        </message>
        <message>
            <source>"options" has an unknown name {name} (known: {known})</source>
            <translation>"options" 含有未知的名稱 {name}（已知的：{known}）</translation>
        </message>
        <message>
            <source>"options" cell must be one of {cells}, not {value}</source>
            <translation>"options" cell 必須是 {cells} 之一，而不是 {value}</translation>
        </message>
        <message>
            <source>"options" {name} must be a number, not {value}</source>
            <translation>"options" {name} 必須是數字，而不是 {value}</translation>
        </message>
        <message>
            <source>"options" {name} must be a finite number</source>
            <translation>"options" {name} 必須是有限的數</translation>
        </message>
        <message>
            <source>"options" {name} must be a whole number, not {value}</source>
            <translation>"options" {name} 必須是整數，而不是 {value}</translation>
        </message>
        <message>
            <source>"options" {name} must be from {low} to {high}, not {value}</source>
            <translation>"options" {name} 必須在 {low} 到 {high} 之間，而不是 {value}</translation>
        </message>
    </context>
    <context>
        <name>MemoryWindow</name>
        <message>
            <source>1 · The carousel, by hand</source>
            <extracomment>The pages of the centre: (key, tab title, window attribute holding the page); the titles are translated where the tabs are made.</extracomment>
            <translation>1 · 誤差轉盤（手工設定）</translation>
        </message>
        <message>
            <source>2 · France … speak ___</source>
            <translation>2 · France … speak ___</translation>
        </message>
        <message>
            <source>Remember for 100 steps — LSTM Lab[*]</source>
            <translation>記住 100 步 — LSTM Lab[*]</translation>
        </message>
        <message>
            <source>Done: {accuracy} held-out accuracy after {updates} updates.</source>
            <translation>完成：{updates} 次更新後，留出集準確率為 {accuracy}。</translation>
        </message>
        <message>
            <source>Training stopped: {problem}</source>
            <translation>訓練已停止：{problem}</translation>
        </message>
        <message>
            <source>Training stopped</source>
            <translation>訓練已停止</translation>
        </message>
        <message>
            <source>Stopped at update {update}; the result shown did not change.</source>
            <translation>在第 {update} 次更新時停止；顯示的結果沒有改變。</translation>
        </message>
        <message>
            <source>Remember for 100 steps</source>
            <translation>記住 100 步</translation>
        </message>
    </context>
    <context>
        <name>TaskPage</name>
        <message>
            <source>update</source>
            <translation>更新次數</translation>
        </message>
        <message>
            <source>held-out accuracy</source>
            <translation>留出集準確率</translation>
        </message>
        <message>
            <source>Accuracy on held-out sentences, measured every 250 updates</source>
            <translation>在留出句子上的準確率，每 250 次更新測量一次</translation>
        </message>
        <message>
            <source>chance 25 %</source>
            <translation>隨機水平 25 %</translation>
        </message>
        <message>
            <source>Another sentence</source>
            <translation>換一個句子</translation>
        </message>
        <message>
            <source>learnt by update {update}</source>
            <translation>第 {update} 次更新時已學會</translation>
        </message>
        <message>
            <source>not learnt</source>
            <translation>未學會</translation>
        </message>
        <message>
            <source>shipped run</source>
            <translation>隨附的執行結果</translation>
        </message>
        <message>
            <source>your run</source>
            <translation>你的執行結果</translation>
        </message>
        <message>
            <source>{cell}: held-out accuracy {accuracy} (chance {chance}), {verdict} — {source}, delay {delay}, {updates} updates, seed {seed}</source>
            <translation>{cell}：留出集準確率 {accuracy}（隨機水平 {chance}），{verdict}——{source}，延遲 {delay}，{updates} 次更新，種子 {seed}</translation>
        </message>
        <message>
            <source>{cell} {accuracy}, {verdict}</source>
            <translation>{cell} {accuracy}，{verdict}</translation>
        </message>
        <message>
            <source>Held-out accuracy while training</source>
            <translation>訓練中的留出集準確率</translation>
        </message>
        <message>
            <source>Held-out accuracy (chance {chance}): {cells}.</source>
            <translation>留出集準確率（隨機水平 {chance}）：{cells}。</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>{cell} says {language} {mark}</source>
            <translation>{cell} 回答 {language} {mark}</translation>
        </message>
        <message>
            <source>The LSTM's cell state C(t), a row per unit, over this sentence (blue below 0, red above). Unit {unit} (framed) carries the country across the gap: after the last filler word its C is on average {means} ({count} held-out sentences).</source>
            <translation>LSTM 在這個句子上的細胞狀態 C(t)，每個單元一行（低於 0 為藍色，高於 0 為紅色）。單元 {unit}（帶框）把國家帶過了間隔：在最後一個填充詞之後，它的 C 平均為 {means}（{count} 個留出句子）。</translation>
        </message>
    </context>
    <context>
        <name>TrainPanel</name>
        <message>
            <source>Filler words between the country and “speak”</source>
            <translation>國家與“speak”之間的填充詞數</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>訓練</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Shipped results</source>
            <translation>隨附結果</translation>
        </message>
        <message>
            <source>Show the runs that come with the app again</source>
            <translation>重新顯示隨應用附帶的執行結果</translation>
        </message>
        <message>
            <source>Cell:</source>
            <translation>單元：</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>種子：</translation>
        </message>
        <message>
            <source>Delay N:</source>
            <translation>延遲 N：</translation>
        </message>
        <message>
            <source>Updates:</source>
            <translation>更新次數：</translation>
        </message>
        <message>
            <source>Train one cell with the lesson's settings (16 units, Adam, learning rate 0.003, batches of 32); its result replaces the one shown when it ends.</source>
            <translation>用本課的設定訓練一種單元（16 個單元、Adam、學習率 0.003、每批 32 個）；訓練結束後，它的結果替換當前顯示的結果。</translation>
        </message>
        <message>
            <source>Shown: the runs shipped with the app.</source>
            <translation>當前顯示：隨應用附帶的執行結果。</translation>
        </message>
        <message>
            <source>{cell}: update {update} of {updates}, loss {loss} (chance ln 4 = 1.386), held-out accuracy {accuracy}</source>
            <translation>{cell}：第 {update}/{updates} 次更新，損失 {loss}（隨機水平 ln 4 = 1.386），留出集準確率 {accuracy}</translation>
        </message>
    </context>
</TS>

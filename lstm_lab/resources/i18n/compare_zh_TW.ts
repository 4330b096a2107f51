<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>CellColumn</name>
        <message>
            <source>Remembers for: the last step k at which the first input can still be seen in the hidden state, retention(k) at least 1% of retention(1). Readable: the steps from the first at which a straight line from h(k) gives back the first input's height (read-out R² at least 0.9). A latch: h(k) still differs clearly from run B's (retention at least 0.01) but says little of how high the pulse was (R² below 0.5).</source>
            <translation>記住：在隱藏狀態中仍能看出第一個輸入的最後一步 k，即保持度(k) 至少為保持度(1) 的 1%。可讀：從第一步起，用一條直線能從 h(k) 還原第一個輸入高度的步數（讀出 R² 至少為 0.9）。鎖存：h(k) 仍明顯不同於執行 B 的（保持度至少為 0.01），卻幾乎說明不了脈衝有多高（R² 低於 0.5）。</translation>
        </message>
        <message>
            <source>{cell} {parameter}</source>
            <translation>{cell} {parameter}</translation>
        </message>
        <message>
            <source>remembers for &lt;b&gt;{steps}&lt;/b&gt;</source>
            <translation>記住 &lt;b&gt;{steps}&lt;/b&gt; 步</translation>
        </message>
        <message>
            <source>readable &lt;b&gt;{steps}&lt;/b&gt;</source>
            <translation>可讀 &lt;b&gt;{steps}&lt;/b&gt; 步</translation>
        </message>
        <message>
            <source>&lt;b&gt;latch&lt;/b&gt; from {step}</source>
            <translation>從第 {step} 步起&lt;b&gt;鎖存&lt;/b&gt;</translation>
        </message>
        <message>
            <source>The sequence has {count} steps. {words}</source>
            <translation>序列共有 {count} 步。{words}</translation>
        </message>
    </context>
    <context>
        <name>CellDiagram</name>
        <message>
            <source>hidden state h(t)</source>
            <translation>隱藏狀態 h(t)</translation>
        </message>
        <message>
            <source>input x(t)</source>
            <translation>輸入 x(t)</translation>
        </message>
        <message>
            <source>update gate z(t)</source>
            <translation>更新門 z(t)</translation>
        </message>
        <message>
            <source>reset gate r(t)</source>
            <translation>重置門 r(t)</translation>
        </message>
        <message>
            <source>candidate h̃(t)</source>
            <translation>候選值 h̃(t)</translation>
        </message>
        <message>
            <source>output y(t)</source>
            <translation>輸出 y(t)</translation>
        </message>
        <message>
            <source>previous hidden state h(t−1)</source>
            <translation>上一步的隱藏狀態 h(t−1)</translation>
        </message>
    </context>
    <context>
        <name>Command</name>
        <message>
            <source>the RNN's, LSTM's and GRU's memory of one sequence</source>
            <translation>RNN、LSTM 和 GRU 對同一個序列的記憶</translation>
        </message>
        <message>
            <source>race the RNN, LSTM and GRU on a memory task over several seeds</source>
            <translation>讓 RNN、LSTM 和 GRU 在多個隨機種子上比賽一個記憶任務</translation>
        </message>
    </context>
    <context>
        <name>CompareCommand</name>
        <message>
            <source>Compare the RNN, LSTM and GRU cells on one sequence: how long each remembers its first input (retention), how its gradient vanishes, and its parameter count.</source>
            <extracomment>The lesson whose parameters and sequence `lstm-lab compare` uses unless told otherwise.</extracomment>
            <translation>在同一個序列上比較 RNN、LSTM 和 GRU 單元：各自能記住第一個輸入多久（保持度），梯度如何消失，以及引數數量。</translation>
        </message>
        <message>
            <source>Parameters: {names}</source>
            <translation>引數：{names}</translation>
        </message>
        <message>
            <source>input sequence, numbers separated by commas, e.g. "1, 0, 0, 0, 0" (default: the lesson's)</source>
            <translation>輸入序列，數字用逗號隔開，例如 "1, 0, 0, 0, 0"（預設：課程中的序列）</translation>
        </message>
        <message>
            <source>take the parameters and the sequence of this compare lesson (default: {lesson})</source>
            <translation>使用這個比較課程的引數和序列（預設：{lesson}）</translation>
        </message>
        <message>
            <source>start from each cell's own default parameters instead of a lesson's</source>
            <translation>從每個單元自己的預設引數開始，而不是課程中的引數</translation>
        </message>
        <message>
            <source>set one cell's parameter (repeatable), e.g. --param rnn.w_hh=0.9</source>
            <translation>設定某個單元的一個引數（可重複），例如 --param rnn.w_hh=0.9</translation>
        </message>
        <message>
            <source>input size m (default 1)</source>
            <translation>輸入大小 m（預設 1）</translation>
        </message>
        <message>
            <source>number of units n (default 1)</source>
            <translation>單元數 n（預設 1）</translation>
        </message>
        <message>
            <source>print JSON instead of tables</source>
            <translation>列印 JSON 而不是表格</translation>
        </message>
        <message>
            <source>{what} "{text}" is not a whole number</source>
            <translation>{what} "{text}" 不是整數</translation>
        </message>
        <message>
            <source>{what} must be from 1 to {most}, not {value}</source>
            <translation>{what} 必須在 1 到 {most} 之間，而不是 {value}</translation>
        </message>
        <message>
            <source>parameter "{item}" must look like CELL.NAME=VALUE, e.g. rnn.w_hh=0.9</source>
            <translation>引數 "{item}" 必須寫成 CELL.NAME=VALUE 的形式，例如 rnn.w_hh=0.9</translation>
        </message>
        <message>
            <source>unknown cell "{cell}"; the cells are rnn, lstm, gru</source>
            <translation>未知單元 "{cell}"；單元有 rnn、lstm、gru</translation>
        </message>
        <message>
            <source>unknown parameter "{name}" of the {cell}; its parameters: {names}</source>
            <translation>{cell} 沒有引數 "{name}"；它的引數有：{names}</translation>
        </message>
        <message>
            <source>parameter {cell}.{name}: "{text}" is not a number</source>
            <translation>引數 {cell}.{name}："{text}" 不是數字</translation>
        </message>
        <message>
            <source>parameter {cell}.{name}: "{text}" is not a finite number within ±{most}</source>
            <translation>引數 {cell}.{name}："{text}" 不是 ±{most} 以內的有限數</translation>
        </message>
        <message>
            <source>--lesson "{name}" is neither a built-in lesson nor a file (lstm-lab --list-lessons lists the lessons)</source>
            <translation>--lesson "{name}" 既不是內建課程，也不是檔案（lstm-lab --list-lessons 會列出所有課程）</translation>
        </message>
        <message>
            <source>--lesson: "{name}" is a {kind} lesson, not a compare lesson</source>
            <translation>--lesson："{name}" 是 {kind} 課程，不是 compare 課程</translation>
        </message>
        <message>
            <source>sequence: {error}</source>
            <translation>序列：{error}</translation>
        </message>
        <message>
            <source>overflow</source>
            <translation>溢位</translation>
        </message>
        <message>
            <source>each cell's defaults</source>
            <translation>每個單元的預設引數</translation>
        </message>
        <message>
            <source>the lesson {name}</source>
            <translation>課程 {name}</translation>
        </message>
        <message>
            <source>Parameters: {source}, with any --param applied.</source>
            <translation>引數：{source}，並應用了所有 --param。</translation>
        </message>
        <message>
            <source>Parameter count for m = {inputs} inputs, n = {units} units:</source>
            <translation>m = {inputs} 個輸入、n = {units} 個單元時的引數數量：</translation>
        </message>
        <message>
            <source>Remembers for (retention ≥ 1% of retention(1)):</source>
            <translation>記住的步數（保持度 ≥ 保持度(1) 的 1%）：</translation>
        </message>
        <message>
            <source>{count} steps</source>
            <translation>{count} 步</translation>
        </message>
        <message>
            <source>First input's height readable for (read-out R² ≥ {r2}):</source>
            <translation>第一個輸入的高度可讀的步數（讀出 R² ≥ {r2}）：</translation>
        </message>
        <message>
            <source>(a latch from step {step})</source>
            <translation>（從第 {step} 步起鎖存）</translation>
        </message>
        <message>
            <source>(retention at k = 1 … T; the gradient columns at k − 1 = 0 … T−1)</source>
            <translation>（retention 列對應 k = 1 … T；gradient 列對應 k − 1 = 0 … T−1）</translation>
        </message>
    </context>
    <context>
        <name>CompareExport</name>
        <message>
            <source>this lesson's options cannot be exported: {error}</source>
            <translation>這一課的選項無法匯出：{error}</translation>
        </message>
    </context>
    <context>
        <name>CompareOptions</name>
        <message>
            <source>no preset {key}; the presets are {keys}</source>
            <translation>沒有預設 {key}；預設有 {keys}</translation>
        </message>
        <message>
            <source>the delay k</source>
            <translation>延遲 k</translation>
        </message>
        <message>
            <source>{what} must be a whole number from {low} to {high}</source>
            <translation>{what} 必須是 {low} 到 {high} 之間的整數</translation>
        </message>
        <message>
            <source>{what} must be a whole number from {low} to {high}, not {value}</source>
            <translation>{what} 必須是 {low} 到 {high} 之間的整數，而不是 {value}</translation>
        </message>
        <message>
            <source>{what} must be a number</source>
            <translation>{what} 必須是數字</translation>
        </message>
        <message>
            <source>{what} must be a finite number between ±{most}</source>
            <translation>{what} 必須是 ±{most} 之間的有限數</translation>
        </message>
        <message>
            <source>"options" must be a set of named settings</source>
            <translation>"options" 必須是一組帶名字的設定</translation>
        </message>
        <message>
            <source>"options" has a setting this lesson does not know: "{name}" ({known})</source>
            <translation>"options" 含有本課不認識的設定："{name}"（{known}）</translation>
        </message>
        <message>
            <source>"options" sequence must be a list of at least one number</source>
            <translation>"options" 的 sequence 必須是至少含一個數的列表</translation>
        </message>
        <message>
            <source>"options" sequence has more than {most} values</source>
            <translation>"options" 的 sequence 超過了 {most} 個值</translation>
        </message>
        <message>
            <source>"options" sequence value {number}</source>
            <translation>"options" 的 sequence 第 {number} 個值</translation>
        </message>
        <message>
            <source>"options" params must name the cells rnn, lstm and gru</source>
            <translation>"options" 的 params 必須以單元 rnn、lstm 和 gru 命名</translation>
        </message>
        <message>
            <source>"options" params: unknown cell "{name}" (the cells: rnn, lstm, gru)</source>
            <translation>"options" 的 params：未知單元 "{name}"（單元有：rnn、lstm、gru）</translation>
        </message>
        <message>
            <source>"options" params of {name} must be named numbers</source>
            <translation>"options" 中 {name} 的 params 必須是帶名字的數字</translation>
        </message>
        <message>
            <source>"options" params: the {name} has no parameter "{key}"</source>
            <translation>"options" 的 params：{name} 沒有引數 "{key}"</translation>
        </message>
        <message>
            <source>"options" learning_rate must be from {low} to {high}</source>
            <translation>"options" 的 learning_rate 必須在 {low} 到 {high} 之間</translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <source>LSTM, w_hc = 0: a quiet C̃</source>
            <extracomment>The cells, in the order the window shows them. The colour role (theme series key) of each cell in every plot. The marker along each cell's line in every plot: the cells' lines are solid (the reference lines are the dashed ones, as the lessons say), so they differ by more than colour this way. A pulse, then 49 zeros. The LSTM of the built-in lesson: h feeds back into every gate and into C̃. A tiny pulse, then zeros: 12 steps, short enough for h to stay off tanh's flat ends.</extracomment>
            <translation>LSTM，w_hc = 0：安靜的 C̃</translation>
        </message>
        <message>
            <source>w_hc = 0: h no longer feeds the candidate C̃, so after the pulse nothing new is written and C only fades by f(t) at every step. The LSTM's gradient follows its dash-dot Π f(t) line.</source>
            <translation>w_hc = 0：h 不再輸入候選值 C̃，所以脈衝過後不再寫入新內容，C 只在每一步按 f(t) 衰減。LSTM 的梯度沿著它的點劃線 Π f(t) 變化。</translation>
        </message>
        <message>
            <source>LSTM, w_hc = 0.5: h feeds C̃</source>
            <translation>LSTM，w_hc = 0.5：h 輸入 C̃</translation>
        </message>
        <message>
            <source>w_hc = 0.5: h feeds back into C̃, so the cell keeps writing after the pulse; C grows to 3.28, where tanh is flat, and h ends near 0.57 whatever the pulse's height.</source>
            <translation>w_hc = 0.5：h 反饋到 C̃，所以脈衝過後單元仍在不斷寫入；C 增長到 3.28，那裡 tanh 幾乎是平的，無論脈衝多高，h 最後都接近 0.57。</translation>
        </message>
        <message>
            <source>RNN, w_hh = 1.5: it explodes</source>
            <translation>RNN，w_hh = 1.5：梯度爆炸</translation>
        </message>
        <message>
            <source>While h stays small, every step back multiplies the RNN's gradient by about 1.5. On a longer sequence h climbs to 0.859, where 1.5·(1 − h²) = 0.39 is below 1, and the gradient vanishes instead.</source>
            <translation>當 h 還很小時，每往回一步，RNN 的梯度大約乘以 1.5。在更長的序列上，h 升到 0.859，此時 1.5·(1 − h²) = 0.39 小於 1，梯度反而消失。</translation>
        </message>
        <message>
            <source>The hidden state of each cell at every step, on one time axis.</source>
            <translation>每個單元在每一步的隱藏狀態，畫在同一條時間軸上。</translation>
        </message>
        <message>
            <source>h(t) of each cell at every step.</source>
            <translation>每個單元在每一步的 h(t)。</translation>
        </message>
        <message>
            <source>retention(k) = |h_A(k) − h_B(k)|: run A reads the sequence as given, run B the same sequence with its first value replaced by 0 — whether the first input can still be seen in the hidden state at step k. It says that h differs, not whether the first input's value can be read back: see Read-out R².</source>
            <translation>保持度(k) = |h_A(k) − h_B(k)|：執行 A 讀入原樣的序列，執行 B 讀入把第一個值換成 0 的同一序列——看第 k 步的隱藏狀態中是否還能看出第一個輸入。它只說明 h 不同，並不說明能否讀回第一個輸入的值：請看“讀出 R²”。</translation>
        </message>
        <message>
            <source>retention(k): how far h(k) still shows the pulse.</source>
            <translation>保持度(k)：h(k) 在多大程度上還顯示著脈衝。</translation>
        </message>
        <message>
            <source>Read-out R²(k): the sequence is run with its first value set to 8 heights from 0.1 to 1, and R² is the share of the heights' variance that the best straight line from h(k) explains, with h(k) read through noise of 0.001. 1: the height can be read back from h(k); near 0: it cannot. Dotted: R² = 0.9, readable. A latch keeps its retention while its R² falls.</source>
            <translation>讀出 R²(k)：把序列的第一個值分別設為 0.1 到 1 之間的 8 個高度來執行，R² 是從 h(k) 出發的最佳直線能解釋的高度方差的比例，讀取 h(k) 時帶有 0.001 的噪聲。1：可以從 h(k) 讀回高度；接近 0：讀不回來。點線：R² = 0.9，可讀。鎖存的保持度不變，而它的 R² 下降。</translation>
        </message>
        <message>
            <source>R²(k): how well h(k) gives back the pulse's height.</source>
            <translation>R²(k)：h(k) 能多好地還原脈衝的高度。</translation>
        </message>
        <message>
            <source>gradient(k) = |∂y(T)/∂x(T−k)|: how strongly the last output can still learn from the input k steps back (backpropagation through time). Dashed: the RNN's one path, |w_in·w_out|·|w_hh|^k·Π(1 − h²), which is its gradient; dotted: |w_in·w_out|·|w_hh|^k, the bound it stays under (1 − h² ≤ 1). Dash-dot: the LSTM's gradient along the cell state alone, multiplied by f(t) at every step back.</source>
            <translation>梯度(k) = |∂y(T)/∂x(T−k)|：最後的輸出還能多強地從 k 步之前的輸入中學習（隨時間反向傳播）。虛線：RNN 唯一的路徑 |w_in·w_out|·|w_hh|^k·Π(1 − h²)，也就是它的梯度；點線：|w_in·w_out|·|w_hh|^k，它不會超過的上界（1 − h² ≤ 1）。點劃線：LSTM 只沿細胞狀態的梯度，每往回一步乘以 f(t)。</translation>
        </message>
        <message>
            <source>gradient(k) = |∂y(T)/∂x(T−k)| and its reference lines.</source>
            <translation>梯度(k) = |∂y(T)/∂x(T−k)| 及其參考線。</translation>
        </message>
        <message>
            <source>|w_hh|^k·Π(1−h²)</source>
            <extracomment>The gradient plot's reference lines: key, legend words, colour role, line style.</extracomment>
            <translation>|w_hh|^k·Π(1−h²)</translation>
        </message>
        <message>
            <source>|w_hh|^k bound</source>
            <translation>|w_hh|^k 上界</translation>
        </message>
        <message>
            <source>Π f(t) path</source>
            <translation>Π f(t) 路徑</translation>
        </message>
        <message>
            <source>Try a setting…</source>
            <extracomment>The first entry of the presets' list: no preset.</extracomment>
            <translation>試試一個設定…</translation>
        </message>
        <message>
            <source>Who remembers? — LSTM Lab[*]</source>
            <translation>誰記得住？— LSTM Lab[*]</translation>
        </message>
        <message>
            <source>Cell shown</source>
            <extracomment>The cell shown when one is shown at a time (`shows_one_cell`). The crowded layout on a window too narrow for the three cells side by side.</extracomment>
            <translation>顯示的單元</translation>
        </message>
        <message>
            <source>Input sequence</source>
            <translation>輸入序列</translation>
        </message>
        <message>
            <source>The input all three cells read: numbers separated by commas</source>
            <translation>三個單元共同讀入的輸入：用逗號隔開的數字</translation>
        </message>
        <message>
            <source>A pulse, then 49 zeros</source>
            <translation>一個脈衝，然後 49 個 0</translation>
        </message>
        <message>
            <source>Step t</source>
            <translation>時間步 t</translation>
        </message>
        <message>
            <source>The step the three diagrams show</source>
            <translation>三張單元圖顯示的時間步</translation>
        </message>
        <message>
            <source>Ready-made settings</source>
            <translation>現成的設定</translation>
        </message>
        <message>
            <source>Settings that each show one thing: the cells and the sequence they need</source>
            <translation>每個設定展示一件事：包括所需的單元引數和序列</translation>
        </message>
        <message>
            <source>Input x(1) … x(T):</source>
            <translation>輸入 x(1) … x(T)：</translation>
        </message>
        <message>
            <source>Step shown:</source>
            <translation>顯示的步：</translation>
        </message>
        <message>
            <source>step t</source>
            <translation>時間步 t</translation>
        </message>
        <message>
            <source>The three hidden states on one time axis</source>
            <translation>三個隱藏狀態畫在同一條時間軸上</translation>
        </message>
        <message>
            <source>input x</source>
            <translation>輸入 x</translation>
        </message>
        <message>
            <source>step k</source>
            <translation>時間步 k</translation>
        </message>
        <message>
            <source>retention(k)</source>
            <translation>保持度(k)</translation>
        </message>
        <message>
            <source>steps back k</source>
            <translation>往回的步數 k</translation>
        </message>
        <message>
            <source>gradient(k)</source>
            <translation>梯度(k)</translation>
        </message>
        <message>
            <source>R² = {value}</source>
            <translation>R² = {value}</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>保持度</translation>
        </message>
        <message>
            <source>Read-out R²</source>
            <translation>讀出 R²</translation>
        </message>
        <message>
            <source>◀ Step back</source>
            <translation>◀ 後退一步</translation>
        </message>
        <message>
            <source>Step forward ▶</source>
            <translation>前進一步 ▶</translation>
        </message>
        <message>
            <source>Show the {cell} cell ({key})</source>
            <translation>顯示 {cell} 單元（{key}）</translation>
        </message>
        <message>
            <source>Show the {cell} cell</source>
            <translation>顯示 {cell} 單元</translation>
        </message>
        <message>
            <source>&lt;p&gt;In a window too narrow for the three cells side by side (large text on a projector), the keys 1, 2 and 3 show one cell at a time outside presenter mode too, as do the tabs above it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;視窗太窄、三個單元無法並排時（例如投影儀上的放大文字），在演示模式之外也可以用按鍵 1、2、3 或上方的標籤頁一次顯示一個單元。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Not changed: {error}</source>
            <translation>未更改：{error}</translation>
        </message>
        <message>
            <source>Who remembers?</source>
            <translation>誰記得住？</translation>
        </message>
    </context>
    <context>
        <name>GRUDiagram</name>
        <message>
            <source>The GRU cell at the current step. The update gate z decides how much of the new candidate h̃ replaces the old state: with z near 0 the top line carries h(t−1) through unchanged, like the LSTM's highway. The reset gate r decides how much of h(t−1) the candidate sees.</source>
            <extracomment>The gates' names go under the two buses, where no wire crosses them.</extracomment>
            <translation>當前這一步的 GRU 單元。更新門 z 決定新的候選值 h̃ 替換舊狀態的比例：z 接近 0 時，頂部的線把 h(t−1) 原樣傳下去，就像 LSTM 的高速通道。重置門 r 決定候選值能看到多少 h(t−1)。</translation>
        </message>
        <message>
            <source>GRU cell</source>
            <translation>GRU 單元</translation>
        </message>
        <message>
            <source>update z</source>
            <translation>更新門 z</translation>
        </message>
        <message>
            <source>reset r</source>
            <translation>重置門 r</translation>
        </message>
        <message>
            <source>candidate h̃</source>
            <translation>候選值 h̃</translation>
        </message>
    </context>
    <context>
        <name>GRUMathPanel</name>
        <message>
            <source>The GRU's equations at this step with the numbers put in.</source>
            <translation>本步 GRU 的方程，代入了具體數值。</translation>
        </message>
        <message>
            <source>GRU math of this step</source>
            <translation>本步 GRU 的計算</translation>
        </message>
        <message>
            <source>t = 0: nothing computed yet.</source>
            <translation>t = 0：還沒有計算任何內容。</translation>
        </message>
        <message>
            <source>GRU, step t = {t}:  x({t}) = {x}   h({p}) = {h}</source>
            <translation>GRU，時間步 t = {t}：  x({t}) = {x}   h({p}) = {h}</translation>
        </message>
        <message>
            <source>Update  z({t}) = σ(w_xz·x({t}) + w_hz·h({p}) + b_z)</source>
            <translation>更新門  z({t}) = σ(w_xz·x({t}) + w_hz·h({p}) + b_z)</translation>
        </message>
        <message>
            <source>Reset  r({t}) = σ(w_xr·x({t}) + w_hr·h({p}) + b_r)</source>
            <translation>重置門  r({t}) = σ(w_xr·x({t}) + w_hr·h({p}) + b_r)</translation>
        </message>
        <message>
            <source>Candidate  h̃({t}) = tanh(w_xc·x({t}) + w_hc·(r({t})·h({p})) + b_c)</source>
            <translation>候選值  h̃({t}) = tanh(w_xc·x({t}) + w_hc·(r({t})·h({p})) + b_c)</translation>
        </message>
        <message>
            <source>Hidden state  h({t}) = (1 − z({t}))·h({p}) + z({t})·h̃({t})</source>
            <translation>隱藏狀態  h({t}) = (1 − z({t}))·h({p}) + z({t})·h̃({t})</translation>
        </message>
        <message>
            <source>Output  y({t}) = w_out·h({t}) + b_out</source>
            <translation>輸出  y({t}) = w_out·h({t}) + b_out</translation>
        </message>
    </context>
    <context>
        <name>LessonWindow</name>
        <message>
            <source>Sequence</source>
            <translation>序列</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>課程</translation>
        </message>
        <message>
            <source>Race</source>
            <translation>比賽</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>引數數量</translation>
        </message>
        <message>
            <source>GRU math</source>
            <translation>GRU 計算</translation>
        </message>
        <message>
            <source>Hidden states</source>
            <translation>隱藏狀態</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>記憶</translation>
        </message>
        <message>
            <source>Gradients</source>
            <translation>梯度</translation>
        </message>
        <message>
            <source>&amp;Race</source>
            <extracomment>The smallest window the lesson is laid out for: a projector's 1024×768 screen less the window's frame. The window width, per unit of text size, at which the three cells still stand side by side in the crowded layout: at 1.0× a projector's 1024 pixels draw them at about 0.38 of their scenes' size, and their numbers only grow with the text if their width does (1,350 pixels at 1.5×, so 1440×900 keeps them side by side and 1024×768 shows one at a time). The share of the window's width the plots and the lesson's views take beside the one cell shown (`_size_one_cell`): the rest draws the LSTM's numbers 1.3 times as high at 1.5× text as the three side by side draw them at 1.0×.</extracomment>
            <translation>比賽(&amp;R)</translation>
        </message>
        <message>
            <source>Train all three to remember</source>
            <translation>訓練三者記憶</translation>
        </message>
        <message>
            <source>Race the RNN, LSTM and GRU on the delay-k echo task</source>
            <translation>讓 RNN、LSTM 和 GRU 比賽延遲 k 回聲任務</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop the race</source>
            <translation>停止比賽</translation>
        </message>
        <message>
            <source>Animate the LSTM's step</source>
            <translation>動畫演示 LSTM 的一步</translation>
        </message>
        <message>
            <source>Play how the LSTM's step flows through its gates</source>
            <translation>演示 LSTM 這一步的資料如何流過它的各個門</translation>
        </message>
        <message>
            <source>Reset all weights</source>
            <translation>重置所有權重</translation>
        </message>
        <message>
            <source>Every cell's parameters back to the lesson's values</source>
            <translation>每個單元的引數都恢復為課程中的值</translation>
        </message>
    </context>
    <context>
        <name>ParamCountView</name>
        <message>
            <source>m: how many numbers the layer reads at each step</source>
            <translation>m：該層每一步讀入多少個數</translation>
        </message>
        <message>
            <source>n: how many cells (units) the layer has</source>
            <translation>n：該層有多少個單元</translation>
        </message>
        <message>
            <source>Input size m</source>
            <translation>輸入大小 m</translation>
        </message>
        <message>
            <source>Units n</source>
            <translation>單元數 n</translation>
        </message>
        <message>
            <source>Parameters of each cell</source>
            <translation>每個單元的引數</translation>
        </message>
        <message>
            <source>formula</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>parameters</source>
            <translation>引數數量</translation>
        </message>
        <message>
            <source>One bias per gate. LSTM = {lstm}× the RNN; GRU = {gru}% of the LSTM (a quarter fewer). PyTorch keeps two bias vectors per gate, so its LSTM has 4n(n+m+2) = {torch}.</source>
            <translation>每個門一個偏置。LSTM = RNN 的 {lstm} 倍；GRU = LSTM 的 {gru}%（少四分之一）。PyTorch 每個門有兩個偏置向量，所以它的 LSTM 有 4n(n+m+2) = {torch} 個引數。</translation>
        </message>
    </context>
    <context>
        <name>RNNDiagram</name>
        <message>
            <source>The RNN cell at the current step: the old hidden state and the input are weighed, added and squashed by tanh into the new hidden state. Nothing protects the memory: every step multiplies it by w_hh and by tanh's slope.</source>
            <extracomment>Where the old state's and the input's wires turn towards tanh: far enough left that the gate's name under it stays clear of them. Where the weights' labels start, over the old state's wire and under the input's: right of the circles they come from.</extracomment>
            <translation>當前這一步的 RNN 單元：舊的隱藏狀態和輸入分別乘以權重、相加，再被 tanh 壓縮成新的隱藏狀態。沒有任何東西保護記憶：每一步都把它乘以 w_hh 和 tanh 的斜率。</translation>
        </message>
        <message>
            <source>RNN cell</source>
            <translation>RNN 單元</translation>
        </message>
        <message>
            <source>h(t) → step t+1</source>
            <translation>h(t) → 第 t+1 步</translation>
        </message>
        <message>
            <source>hidden state h</source>
            <translation>隱藏狀態 h</translation>
        </message>
    </context>
    <context>
        <name>RaceCommand</name>
        <message>
            <source>Train the RNN, LSTM and GRU (one unit each, or --units N) on a memory task over several seeds and report in how many each learnt it.</source>
            <extracomment>The most epochs a race on the command line runs per cell and seed.</extracomment>
            <translation>在多個隨機種子上，讓 RNN、LSTM 和 GRU（各一個單元，或 --units N 個）訓練一個記憶任務，並報告每種單元在幾個種子裡學會了它。</translation>
        </message>
        <message>
            <source>the task (default echo; --list-tasks)</source>
            <translation>任務（預設 echo；見 --list-tasks）</translation>
        </message>
        <message>
            <source>list the tasks and what they ask, then exit</source>
            <translation>列出所有任務及其要求，然後退出</translation>
        </message>
        <message>
            <source>the delay k, 1 to {most}</source>
            <translation>延遲 k，1 到 {most}</translation>
        </message>
        <message>
            <source>rnn, lstm, gru or all (repeatable; default all)</source>
            <translation>rnn、lstm、gru 或 all（可重複；預設 all）</translation>
        </message>
        <message>
            <source>Adam's learning rate (default {rate})</source>
            <translation>Adam 的學習率（預設 {rate}）</translation>
        </message>
        <message>
            <source>how many seeds (default {count})</source>
            <translation>隨機種子的個數（預設 {count}）</translation>
        </message>
        <message>
            <source>the first seed (default {seed})</source>
            <translation>第一個隨機種子（預設 {seed}）</translation>
        </message>
        <message>
            <source>epochs per cell and seed (default {epochs})</source>
            <translation>每個單元、每個種子訓練的輪數（預設 {epochs}）</translation>
        </message>
        <message>
            <source>units of every cell, 1 to {most} (default 1)</source>
            <translation>每種單元的單元數，1 到 {most}（預設 1）</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>列印 JSON 而不是表格</translation>
        </message>
        <message>
            <source>{what} "{text}" is not a whole number</source>
            <translation>{what} "{text}" 不是整數</translation>
        </message>
        <message>
            <source>{what} must be from {low} to {high}, not {value}</source>
            <translation>{what} 必須在 {low} 到 {high} 之間，而不是 {value}</translation>
        </message>
        <message>
            <source>--lr "{text}" is not a number</source>
            <translation>--lr "{text}" 不是數字</translation>
        </message>
        <message>
            <source>--lr must be from {low} to {high}, not {text}</source>
            <translation>--lr 必須在 {low} 到 {high} 之間，而不是 {text}</translation>
        </message>
        <message>
            <source>unknown cell "{name}"; the cells are rnn, lstm, gru or all</source>
            <translation>未知單元 "{name}"；單元有 rnn、lstm、gru 或 all</translation>
        </message>
        <message>
            <source>unknown task "{task}"; the tasks are {tasks}</source>
            <translation>未知任務 "{task}"；任務有 {tasks}</translation>
        </message>
        <message>
            <source>--delay K is needed, e.g. --delay 10</source>
            <translation>需要 --delay K，例如 --delay 10</translation>
        </message>
        <message>
            <source>Delay-{delay} echo: Adam, learning rate {rate}, {epochs} epochs, seeds {first}–{last}; {units}.</source>
            <translation>延遲 {delay} 回聲：Adam，學習率 {rate}，{epochs} 輪，隨機種子 {first}–{last}；{units}。</translation>
        </message>
        <message>
            <source>Learnt: test MSE on 200 fresh sequences below {threshold}.</source>
            <translation>學會：在 200 個新序列上的測試 MSE 低於 {threshold}。</translation>
        </message>
    </context>
    <context>
        <name>RacePanel</name>
        <message>
            <source>k: how many steps the output must wait before repeating the pulse</source>
            <extracomment>Time the GUI thread spends on rounds per timer tick (ms); the rest is the event loop's. The loss curves are redrawn at most this often while a race runs (ms).</extracomment>
            <translation>k：輸出要等多少步才重複那個脈衝</translation>
        </message>
        <message>
            <source>The first seed of the random sequences (the same for all three cells); the next seeds follow it</source>
            <translation>隨機序列的第一個隨機種子（三個單元相同）；後面的種子依次遞增</translation>
        </message>
        <message>
            <source>How many seeds the race runs, one after the other: one seed can be lucky, so the verdict counts in how many each cell learnt</source>
            <translation>比賽依次執行多少個隨機種子：一個種子可能只是運氣好，所以結論統計每個單元在幾個種子裡學會了</translation>
        </message>
        <message>
            <source>Adam's learning rate, the same for all three cells</source>
            <translation>Adam 的學習率，三個單元相同</translation>
        </message>
        <message>
            <source>How many units each of the three cells has. One unit: the cells of this lesson; more: a layer of that many units and a linear read-out of its last state, started from random weights (the same in every seed)</source>
            <translation>三種單元各有多少個單元。一個：就是本課中的單元；更多：一個由這麼多單元組成的層，再加上對其最後狀態的線性讀出，從隨機權重開始（每個種子相同）</translation>
        </message>
        <message>
            <source>Train all three to remember</source>
            <translation>訓練三者記憶</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Each sequence starts with a pulse of random height; k steps later the output must repeat it. The three cells have the same number of units (one by default) and train with the same Adam, learning rate, seeds and budget ({epochs} epochs a seed), one seed after another; each starts from its default weights (with more units, random ones, the same in every seed), the LSTM's forget bias at 1, as LSTMs usually start.</source>
            <translation>每個序列以一個隨機高度的脈衝開頭；k 步之後輸出必須重複它。三種單元的單元數相同（預設一個），用相同的 Adam、學習率、隨機種子和訓練量（每個種子 {epochs} 輪）依次訓練；每種單元都從它的預設權重開始（單元更多時用隨機權重，每個種子相同），LSTM 的遺忘門偏置為 1，這是 LSTM 通常的初始設定。</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>輪</translation>
        </message>
        <message>
            <source>loss (MSE)</source>
            <translation>損失 (MSE)</translation>
        </message>
        <message>
            <source>The training loss of each cell, epoch by epoch (log scale): the seed running or run last, thick; the seeds before it, thin</source>
            <translation>每個單元逐輪的訓練損失（對數刻度）：正在執行或最後執行的種子用粗線，之前的種子用細線</translation>
        </message>
        <message>
            <source>Delay k</source>
            <translation>延遲 k</translation>
        </message>
        <message>
            <source>Seeds</source>
            <translation>隨機種子數</translation>
        </message>
        <message>
            <source>First seed</source>
            <translation>第一個隨機種子</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>學習率</translation>
        </message>
        <message>
            <source>Units per cell</source>
            <translation>每種單元的單元數</translation>
        </message>
    </context>
    <context>
        <name>RaceVerdict</name>
        <message>
            <source>Training…</source>
            <translation>訓練中…</translation>
        </message>
        <message>
            <source>1 seed</source>
            <translation>1 個隨機種子</translation>
        </message>
        <message>
            <source>{count} seeds</source>
            <translation>{count} 個隨機種子</translation>
        </message>
        <message>
            <source>cells of one unit</source>
            <translation>單元數為 1</translation>
        </message>
        <message>
            <source>cells of {units} units</source>
            <translation>單元數為 {units}</translation>
        </message>
        <message>
            <source>{cell}: ∂y({step})/∂x(1) {start} at the start, {end} at the end</source>
            <extracomment>Below this `echo_gradient` at the end, the output no longer depends on the pulse.</extracomment>
            <translation>{cell}：∂y({step})/∂x(1) 開始時為 {start}，結束時為 {end}</translation>
        </message>
        <message>
            <source>{measured}: its output hardly depends on the pulse any more, so it gives about the same answer whatever the pulse was.</source>
            <translation>{measured}：它的輸出幾乎不再依賴脈衝，所以無論脈衝是多少，它給出的答案都差不多。</translation>
        </message>
        <message>
            <source>{measured}: the pulse still moves its output, but not by the right amount.</source>
            <translation>{measured}：脈衝仍會改變它的輸出，但改變的幅度不對。</translation>
        </message>
        <message>
            <source>&lt;b&gt;learnt&lt;/b&gt; it</source>
            <translation>&lt;b&gt;學會了&lt;/b&gt;</translation>
        </message>
        <message>
            <source>did &lt;b&gt;not&lt;/b&gt; learn it</source>
            <translation>&lt;b&gt;沒有&lt;/b&gt;學會</translation>
        </message>
        <message>
            <source>test MSE {mse}</source>
            <translation>測試 MSE {mse}</translation>
        </message>
        <message>
            <source>median test MSE {mse}</source>
            <translation>測試 MSE 中位數 {mse}</translation>
        </message>
        <message>
            <source>{cell} {verb} in {learnt} of {seeds} ({shown})</source>
            <translation>{cell} 在 {seeds}中的 {learnt} 個裡{verb}（{shown}）</translation>
        </message>
        <message>
            <source>Delay k = {delay}: {results}. Learnt: test MSE on {count} fresh sequences below {threshold}, a tenth of what forgetting the pulse costs.</source>
            <translation>延遲 k = {delay}：{results}。學會：在 {count} 個新序列上的測試 MSE 低於 {threshold}，即忘掉脈衝所付代價的十分之一。</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Stopped after {epochs} epochs. {verdict}</source>
            <translation>在 {epochs} 輪後停止。{verdict}</translation>
        </message>
        <message>
            <source>No cell learnt the delay-{delay} echo in any seed within this budget ({epochs} epochs a seed at learning rate {rate}).</source>
            <translation>在這個訓練量內（每個種子 {epochs} 輪，學習率 {rate}），沒有任何單元在任何種子裡學會延遲 {delay} 回聲。</translation>
        </message>
        <message>
            <source>Where a cell failed, how strongly the pulse moved the scored output (an exact echo has 1): {reasons}</source>
            <translation>單元失敗時，脈衝對被評分輸出的影響有多強（完全準確的回聲為 1）：{reasons}</translation>
        </message>
        <message>
            <source>Seed {seed} of {count} was running; it is counted where it stopped.</source>
            <translation>當時正在執行第 {seed} 個種子（共 {count} 個）；按它停下時的結果計算。</translation>
        </message>
        <message>
            <source>seed {first}</source>
            <translation>隨機種子 {first}</translation>
        </message>
        <message>
            <source>seeds {first}–{last}</source>
            <translation>隨機種子 {first}–{last}</translation>
        </message>
        <message>
            <source>Adam, learning rate {rate}, {epochs} epochs, {seeds}; {units}.</source>
            <translation>Adam，學習率 {rate}，{epochs} 輪，{seeds}；{units}。</translation>
        </message>
        <message>
            <source>Training stopped: {error}</source>
            <translation>訓練已停止：{error}</translation>
        </message>
        <message>
            <source>Stopped before the first epoch.</source>
            <translation>在第一輪之前就停止了。</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>the {cell}'s memory of the pulse is {value}</source>
            <translation>{cell} 對脈衝的記憶是 {value}</translation>
        </message>
    </context>
</TS>

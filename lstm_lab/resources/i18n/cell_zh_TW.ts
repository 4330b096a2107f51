<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>CellExport</name>
        <message>
            <source>this lesson's options are not a single cell's</source>
            <extracomment>The step table's columns of each cell (the LSTM's are `lstm-lab trace`'s). The seed of the random training sequences (training on a task's many sequences).</extracomment>
            <translation>這一課的選項不是單個單元的選項</translation>
        </message>
    </context>
    <context>
        <name>CellOptions</name>
        <message>
            <source>a lesson of one cell has no option "{name}"</source>
            <extracomment>The views of the single-cell window, as lesson files name them. The options a file of kind "cell" may hold, and those it must. The training settings a lesson file keeps.</extracomment>
            <translation>單個單元的課程沒有選項“{name}”</translation>
        </message>
        <message>
            <source>the field "{name}" is missing</source>
            <translation>缺少欄位“{name}”</translation>
        </message>
        <message>
            <source>"cell" must be one of {names}, not {value}</source>
            <translation>"cell" 必須是 {names} 之一，而不是 {value}</translation>
        </message>
        <message>
            <source>"target" has {count} values but "sequence" has {length}</source>
            <translation>"target" 有 {count} 個值，而 "sequence" 有 {length} 個</translation>
        </message>
        <message>
            <source>"task" must be one of {names}, not {value}</source>
            <translation>"task" 必須是 {names} 之一，而不是 {value}</translation>
        </message>
        <message>
            <source>"params" has no value for {name}</source>
            <translation>"params" 沒有 {name} 的值</translation>
        </message>
        <message>
            <source>"initial" h0 must lie between −1 and 1 (h is a tanh)</source>
            <translation>"initial" 的 h0 必須在 −1 和 1 之間（h 是 tanh 的結果）</translation>
        </message>
        <message>
            <source>the {cell} has no cell state, so "initial" c0 must be 0</source>
            <translation>{cell} 沒有細胞狀態，所以 "initial" 的 c0 必須為 0</translation>
        </message>
        <message>
            <source>"mode" must be "simple" or "full", not {value}</source>
            <translation>"mode" 必須是 "simple" 或 "full"，而不是 {value}</translation>
        </message>
        <message>
            <source>"step" must be a whole number from 0 to {last}</source>
            <translation>"step" 必須是 0 到 {last} 之間的整數</translation>
        </message>
        <message>
            <source>"{key}" must be a non-empty list of numbers</source>
            <translation>"{key}" 必須是非空的數字列表</translation>
        </message>
        <message>
            <source>"{key}" has {count} values; at most {most} are allowed</source>
            <translation>"{key}" 有 {count} 個值；最多允許 {most} 個</translation>
        </message>
        <message>
            <source>"{key}" value {number}</source>
            <translation>"{key}" 的第 {number} 個值</translation>
        </message>
        <message>
            <source>"{key}" must be a set of named numbers</source>
            <translation>"{key}" 必須是一組帶名字的數字</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>"{key}" has an unknown name {name} (known: {known})</source>
            <translation>"{key}" 含有未知的名字 {name}（已知：{known}）</translation>
        </message>
        <message>
            <source>"training" must be a set of named settings</source>
            <translation>"training" 必須是一組帶名字的設定</translation>
        </message>
        <message>
            <source>"training" has an unknown setting {name}</source>
            <translation>"training" 含有未知的設定 {name}</translation>
        </message>
        <message>
            <source>"training" optimizer must be one of {names}</source>
            <translation>"training" 的 optimizer 必須是 {names} 之一</translation>
        </message>
        <message>
            <source>"training" learning_rate must be above 0 and at most {high}</source>
            <translation>"training" 的 learning_rate 必須大於 0 且不超過 {high}</translation>
        </message>
        <message>
            <source>"training" max_epochs must be a whole number from {low} to {high}</source>
            <translation>"training" 的 max_epochs 必須是 {low} 到 {high} 之間的整數</translation>
        </message>
        <message>
            <source>"training" tolerance must be {low} to {high} and clip_norm {clip_low} to {clip_high}</source>
            <translation>"training" 的 tolerance 必須在 {low} 到 {high} 之間，clip_norm 必須在 {clip_low} 到 {clip_high} 之間</translation>
        </message>
        <message>
            <source>"training" many_sequences must be true or false</source>
            <translation>"training" 的 many_sequences 必須是 true 或 false</translation>
        </message>
        <message>
            <source>My lesson</source>
            <translation>我的課程</translation>
        </message>
        <message>
            <source>this window shows the {shown}, not the {asked}</source>
            <translation>這個視窗顯示的是 {shown}，不是 {asked}</translation>
        </message>
    </context>
    <context>
        <name>ClampControls</name>
        <message>
            <source>free</source>
            <translation>自由</translation>
        </message>
        <message>
            <source>open: f = 1</source>
            <translation>開啟：f = 1</translation>
        </message>
        <message>
            <source>half: f = 0.5</source>
            <translation>半開：f = 0.5</translation>
        </message>
        <message>
            <source>shut: f = 0</source>
            <translation>關閉：f = 0</translation>
        </message>
        <message>
            <source>open: i = 1</source>
            <translation>開啟：i = 1</translation>
        </message>
        <message>
            <source>half: i = 0.5</source>
            <translation>半開：i = 0.5</translation>
        </message>
        <message>
            <source>shut: i = 0</source>
            <translation>關閉：i = 0</translation>
        </message>
        <message>
            <source>open: o = 1</source>
            <translation>開啟：o = 1</translation>
        </message>
        <message>
            <source>half: o = 0.5</source>
            <translation>半開：o = 0.5</translation>
        </message>
        <message>
            <source>shut: o = 0</source>
            <translation>關閉：o = 0</translation>
        </message>
        <message>
            <source>Forget gate</source>
            <translation>遺忘門</translation>
        </message>
        <message>
            <source>Input gate</source>
            <translation>輸入門</translation>
        </message>
        <message>
            <source>Candidate C̃</source>
            <translation>候選值 C̃</translation>
        </message>
        <message>
            <source>Output gate</source>
            <translation>輸出門</translation>
        </message>
        <message>
            <source>Pin the forget gate. Open (1) keeps all of C(t−1), while the input gate may still add to it. Shut (0) wipes it at every step.</source>
            <translation>固定遺忘門。開啟（1）保留全部 C(t−1)，輸入門仍可以往裡新增；關閉（0）在每一步都把它清空。</translation>
        </message>
        <message>
            <source>Pin the input gate. Shut (0) lets nothing new into the cell state.</source>
            <translation>固定輸入門。關閉（0）時沒有任何新內容進入細胞狀態。</translation>
        </message>
        <message>
            <source>Pin the candidate value C̃ that the input gate may write into the cell state.</source>
            <translation>固定候選值 C̃，即輸入門可以寫入細胞狀態的值。</translation>
        </message>
        <message>
            <source>Pin the output gate. Shut (0) hides the cell state: h(t) = 0 whatever C(t) holds.</source>
            <translation>固定輸出門。關閉（0）會隱藏細胞狀態：無論 C(t) 是多少，h(t) = 0。</translation>
        </message>
        <message>
            <source>Pin the {gate}</source>
            <translation>固定{gate}</translation>
        </message>
        <message>
            <source>Free all gates</source>
            <translation>放開所有門</translation>
        </message>
        <message>
            <source>Let every gate follow its weights again</source>
            <translation>讓每個門重新按它的權重計算</translation>
        </message>
    </context>
    <context>
        <name>Command</name>
        <message>
            <source>the step table of one cell, for worksheets and answer keys</source>
            <translation>單個單元的逐步計算表，用於練習單和答案</translation>
        </message>
    </context>
    <context>
        <name>ExerciseDialog</name>
        <message>
            <source>Prepare an exercise</source>
            <translation>準備練習</translation>
        </message>
        <message>
            <source>For the student</source>
            <translation>給學生的說明</translation>
        </message>
        <message>
            <source>What the student should try and look for (shown above the cell; Markdown works).</source>
            <translation>學生應該嘗試什麼、觀察什麼（顯示在單元上方；可以使用 Markdown）。</translation>
        </message>
        <message>
            <source>Add a picture…</source>
            <translation>新增圖片…</translation>
        </message>
        <message>
            <source>Put a PNG picture into the lesson file, shown in the text where the cursor is (at most {count} pictures of {size:.0f} MB)</source>
            <translation>把一張 PNG 圖片放進課程檔案，顯示在文字中游標所在的位置（最多 {count} 張，每張不超過 {size:.0f} MB）</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>One line</source>
            <translation>一句話簡介</translation>
        </message>
        <message>
            <source>Fixed sliders</source>
            <translation>鎖定的滑塊</translation>
        </message>
        <message>
            <source>The student cannot move a fixed slider; training leaves it too.</source>
            <translation>學生不能移動被鎖定的滑塊；訓練也不會改變它。</translation>
        </message>
        <message>
            <source>Hidden views</source>
            <translation>隱藏的檢視</translation>
        </message>
        <message>
            <source>The lesson opens without these views. The View menu brings them back, unless the exercise has a teacher passphrase.</source>
            <translation>開啟本課時不顯示這些檢視。可以從“檢視”選單把它們找回來，除非練習設有教師口令。</translation>
        </message>
        <message>
            <source>Add a picture</source>
            <translation>新增圖片</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 圖片 (*.png)</translation>
        </message>
        <message>
            <source>a lesson can carry at most {count} pictures</source>
            <translation>一節課程最多隻能帶 {count} 張圖片</translation>
        </message>
        <message>
            <source>a picture</source>
            <translation>圖片</translation>
        </message>
        <message>
            <source>The picture was not added</source>
            <translation>沒有新增圖片</translation>
        </message>
        <message>
            <source>A lesson needs a title</source>
            <translation>課程需要一個標題</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Cell diagram</source>
            <extracomment>The views File → Export can save as a picture: (key, menu text, window attribute or None for the whole window).</extracomment>
            <translation>單元圖</translation>
        </message>
        <message>
            <source>Unrolled through time</source>
            <translation>按時間展開</translation>
        </message>
        <message>
            <source>Time series</source>
            <translation>時間序列</translation>
        </message>
        <message>
            <source>Loss curve</source>
            <translation>損失曲線</translation>
        </message>
        <message>
            <source>Math of this step</source>
            <translation>本步的計算</translation>
        </message>
        <message>
            <source>Weights and biases</source>
            <translation>權重和偏置</translation>
        </message>
        <message>
            <source>Whole window</source>
            <translation>整個視窗</translation>
        </message>
        <message>
            <source>Export the step table</source>
            <translation>匯出逐步計算表</translation>
        </message>
        <message>
            <source>steps</source>
            <translation>逐步計算表</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV 表格 (*.csv)</translation>
        </message>
        <message>
            <source>Export the math of this step</source>
            <translation>匯出本步的計算</translation>
        </message>
        <message>
            <source>step {t}</source>
            <translation>第 {t} 步</translation>
        </message>
        <message>
            <source>Text (*.txt)</source>
            <translation>文本 (*.txt)</translation>
        </message>
        <message>
            <source>Export the math of every step</source>
            <translation>匯出每一步的計算</translation>
        </message>
        <message>
            <source>all steps</source>
            <translation>所有步</translation>
        </message>
        <message>
            <source>Export {view}</source>
            <translation>匯出{view}</translation>
        </message>
        <message>
            <source>{view} as PNG or SVG…</source>
            <translation>{view}（PNG 或 SVG）…</translation>
        </message>
        <message>
            <source>Save the {view} as a picture (PNG) or a drawing (SVG)</source>
            <translation>把{view}儲存為圖片（PNG）或向量圖（SVG）</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>未匯出</translation>
        </message>
        <message>
            <source>{error}. Nothing was lost: try another folder.</source>
            <translation>{error}。沒有丟失任何內容：請換一個資料夾試試。</translation>
        </message>
    </context>
    <context>
        <name>InitialStates</name>
        <message>
            <source>The cell state before the first step: the memory the cell starts with. Default 0.</source>
            <extracomment>(model name, label, tooltip)</extracomment>
            <translation>第一步之前的細胞狀態：單元開始時的記憶。預設為 0。</translation>
        </message>
        <message>
            <source>The hidden state before the first step, from −1 to 1. Default 0.</source>
            <translation>第一步之前的隱藏狀態，在 −1 到 1 之間。預設為 0。</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>初始狀態</translation>
        </message>
        <message>
            <source>The states the cell starts from at t = 0 (default 0)</source>
            <translation>單元在 t = 0 時的初始狀態（預設為 0）</translation>
        </message>
        <message>
            <source>{label}: {error}. {label} stays {kept}.</source>
            <translation>{label}：{error}。{label} 保持為 {kept}。</translation>
        </message>
        <message>
            <source>{label} must be a number from {low} to {high}. {label} stays {kept}.</source>
            <translation>{label} 必須是 {low} 到 {high} 之間的數。{label} 保持為 {kept}。</translation>
        </message>
    </context>
    <context>
        <name>LessonWindow</name>
        <message>
            <source>Controls</source>
            <translation>控制</translation>
        </message>
        <message>
            <source>Weights and biases</source>
            <translation>權重和偏置</translation>
        </message>
        <message>
            <source>Math of this step</source>
            <translation>本步的計算</translation>
        </message>
        <message>
            <source>Unrolled through time</source>
            <translation>按時間展開</translation>
        </message>
        <message>
            <source>Time series</source>
            <translation>時間序列</translation>
        </message>
        <message>
            <source>Train the cell</source>
            <translation>訓練單元</translation>
        </message>
        <message>
            <source>Loss curve</source>
            <translation>損失曲線</translation>
        </message>
        <message>
            <source>&amp;Cell</source>
            <translation>單元(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Playback</source>
            <translation>播放(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Teacher</source>
            <translation>教師(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編輯(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>匯出(&amp;E)</translation>
        </message>
        <message>
            <source>Step table as CSV…</source>
            <translation>逐步計算表（CSV）…</translation>
        </message>
        <message>
            <source>Every value of every step at full precision, for a spreadsheet</source>
            <translation>每一步的每個值，完整精度，可用電子表格開啟</translation>
        </message>
        <message>
            <source>Math of this step as text…</source>
            <translation>本步的計算（文本）…</translation>
        </message>
        <message>
            <source>The math of the step shown, as the math panel shows it</source>
            <translation>當前這一步的計算，與計算面板中顯示的相同</translation>
        </message>
        <message>
            <source>Math of every step as text…</source>
            <translation>每一步的計算（文本）…</translation>
        </message>
        <message>
            <source>The math of every step, one after another</source>
            <translation>每一步的計算，依次排列</translation>
        </message>
        <message>
            <source>Print worksheet…</source>
            <translation>列印練習單…</translation>
        </message>
        <message>
            <source>A PDF for the class: the step table and a step worked out by hand, with blanks to fill in and a separate answer key</source>
            <translation>給全班的 PDF：逐步計算表和一步手算過程，留有空格待填，另附答案</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤銷</translation>
        </message>
        <message>
            <source>Undo the last change of a weight, the sequence, the target, a pin or C(0)/h(0)</source>
            <translation>撤銷最近一次對權重、序列、目標、固定的門或 C(0)/h(0) 的修改</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Redo what was undone</source>
            <translation>重做剛才撤銷的操作</translation>
        </message>
        <message>
            <source>Step forward</source>
            <translation>前進一步</translation>
        </message>
        <message>
            <source>Step forward one time step</source>
            <translation>前進一個時間步</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>後退一步</translation>
        </message>
        <message>
            <source>Step back one time step</source>
            <translation>後退一個時間步</translation>
        </message>
        <message>
            <source>Play / Pause</source>
            <translation>播放 / 暫停</translation>
        </message>
        <message>
            <source>Play through the sequence, or pause</source>
            <translation>依次播放整個序列，或暫停</translation>
        </message>
        <message>
            <source>Reset to t = 0</source>
            <translation>重置到 t = 0</translation>
        </message>
        <message>
            <source>Back to t = 0, keeping the sequence and the weights</source>
            <translation>回到 t = 0，保留序列和權重</translation>
        </message>
        <message>
            <source>Go to last step</source>
            <translation>轉到最後一步</translation>
        </message>
        <message>
            <source>Jump to the last time step</source>
            <translation>跳到最後一個時間步</translation>
        </message>
        <message>
            <source>Keys back to the steps</source>
            <translation>方向鍵恢復單步</translation>
        </message>
        <message>
            <source>The arrow keys, Space, Home and End step again</source>
            <translation>方向鍵、空格、Home 和 End 重新用於單步</translation>
        </message>
        <message>
            <source>Animate this step</source>
            <translation>動畫演示本步</translation>
        </message>
        <message>
            <source>Play how this step flows through the gates</source>
            <translation>演示本步的資料如何流過各個門</translation>
        </message>
        <message>
            <source>Simple weights (one per gate)</source>
            <translation>簡單權重（每個門一個）</translation>
        </message>
        <message>
            <source>One weight per gate</source>
            <translation>每個門一個權重</translation>
        </message>
        <message>
            <source>Full weights (input and recurrent)</source>
            <translation>完整權重（輸入和迴圈）</translation>
        </message>
        <message>
            <source>Input and recurrent weights apart</source>
            <translation>輸入權重和迴圈權重分開</translation>
        </message>
        <message>
            <source>Reset all weights and biases</source>
            <translation>重置所有權重和偏置</translation>
        </message>
        <message>
            <source>Every parameter back to its default</source>
            <translation>每個引數都恢復預設值</translation>
        </message>
        <message>
            <source>Free all pinned gates</source>
            <translation>放開所有固定的門</translation>
        </message>
        <message>
            <source>Let every gate follow its weights again</source>
            <translation>讓每個門重新按它的權重計算</translation>
        </message>
        <message>
            <source>Prepare an exercise…</source>
            <translation>準備練習…</translation>
        </message>
        <message>
            <source>Fix sliders, hide views and write the text the student sees, then save</source>
            <translation>鎖定滑塊、隱藏檢視、編寫給學生看的文字，然後儲存</translation>
        </message>
        <message>
            <source>Start here</source>
            <translation>從這裡開始</translation>
        </message>
        <message>
            <source>A short guide: what the window shows, five things to try, the keys</source>
            <translation>簡短指南：視窗顯示了什麼、五件可以嘗試的事、快捷鍵</translation>
        </message>
        <message>
            <source>The equations</source>
            <translation>方程</translation>
        </message>
        <message>
            <source>The LSTM equations this cell follows</source>
            <translation>這個單元所遵循的 LSTM 方程</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>This step</source>
            <translation>本步</translation>
        </message>
        <message>
            <source>Pin a gate</source>
            <translation>固定一個門</translation>
        </message>
        <message>
            <source>Force a gate to a fixed value, whatever its weights say</source>
            <translation>不管權重如何，強制讓一個門取固定的值</translation>
        </message>
        <message>
            <source>My own cell</source>
            <translation>我自己的單元</translation>
        </message>
        <message>
            <source>The LSTM equations</source>
            <translation>LSTM 方程</translation>
        </message>
    </context>
    <context>
        <name>MathPanel</name>
        <message>
            <source>Every equation of this step with the numbers put in. Select and copy any line.</source>
            <translation>本步的每個方程，代入了具體數值。可以選中並複製任意一行。</translation>
        </message>
        <message>
            <source>Math of this step</source>
            <translation>本步的計算</translation>
        </message>
        <message>
            <source>Every equation of this step with the numbers put in, one per line</source>
            <translation>本步的每個方程，代入了具體數值，每行一個</translation>
        </message>
    </context>
    <context>
        <name>ParamPanel</name>
        <message>
            <source>Forget gate  f(t)</source>
            <translation>遺忘門  f(t)</translation>
        </message>
        <message>
            <source>Input gate  i(t)</source>
            <translation>輸入門  i(t)</translation>
        </message>
        <message>
            <source>Candidate  C̃(t)</source>
            <translation>候選值  C̃(t)</translation>
        </message>
        <message>
            <source>Output gate  o(t)</source>
            <translation>輸出門  o(t)</translation>
        </message>
        <message>
            <source>Output  y(t)</source>
            <translation>輸出  y(t)</translation>
        </message>
        <message>
            <source>Simple: one weight per gate</source>
            <translation>簡單：每個門一個權重</translation>
        </message>
        <message>
            <source>One weight per gate, as in W_f·[h(t−1), x(t)] with both entries equal.</source>
            <translation>每個門一個權重，相當於 W_f·[h(t−1), x(t)] 中兩個分量相等。</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>完整</translation>
        </message>
        <message>
            <source>Separate input weight w_x and recurrent weight w_h for every gate: W_f = [w_hf, w_xf].</source>
            <translation>每個門都有獨立的輸入權重 w_x 和迴圈權重 w_h：W_f = [w_hf, w_xf]。</translation>
        </message>
        <message>
            <source>Δ: what the last training did (after − before)</source>
            <translation>Δ：上一次訓練的改變（訓練後 − 訓練前）</translation>
        </message>
        <message>
            <source>Beside each weight, what the last training run did to it: its value after the run minus its value before. The column goes when a weight changes or training starts again.</source>
            <translation>每個權重旁邊是上一次訓練對它的改變：訓練後的值減去訓練前的值。權重一改變或再次開始訓練，這一列就會消失。</translation>
        </message>
        <message>
            <source>Reset all</source>
            <translation>全部重置</translation>
        </message>
        <message>
            <source>Put every parameter back to its default value</source>
            <translation>把每個引數恢復為預設值</translation>
        </message>
        <message>
            <source>One weight for the gate: moving it sets both {input} (on x(t)) and {recurrent} (on h(t−1)). {tip}</source>
            <translation>這個門的一個共同權重：移動它會同時設定 {input}（作用於 x(t)）和 {recurrent}（作用於 h(t−1)）。{tip}</translation>
        </message>
        <message>
            <source>{input} and {recurrent}</source>
            <translation>{input} 和 {recurrent}</translation>
        </message>
        <message>
            <source>Reset all weights and biases</source>
            <translation>重置所有權重和偏置</translation>
        </message>
        <message>
            <source>This lesson fixes the greyed sliders; you can move {names}.</source>
            <translation>本課鎖定了灰色的滑塊；你可以移動 {names}。</translation>
        </message>
        <message>
            <source>none of them</source>
            <translation>（沒有可移動的滑塊）</translation>
        </message>
        <message>
            <source>Some parameters are fixed by this lesson, so Reset all is off</source>
            <translation>本課鎖定了部分引數，所以“全部重置”不可用</translation>
        </message>
        <message>
            <source>The two weights differ ({input} = {a}, {recurrent} = {b}). Moving this slider sets both to the same value.</source>
            <translation>兩個權重不相等（{input} = {a}，{recurrent} = {b}）。移動這個滑塊會把兩者設為同一個值。</translation>
        </message>
        <message>
            <source>Input and recurrent weights differ: {weights}. A slider marked ≠ shows the weight on x(t); moving it sets both. Full shows them apart.</source>
            <translation>輸入權重和迴圈權重不相等：{weights}。標有 ≠ 的滑塊顯示作用於 x(t) 的權重；移動它會同時設定兩者。“完整”模式會把它們分開顯示。</translation>
        </message>
    </context>
    <context>
        <name>PlaybackControls</name>
        <message>
            <source>◀ Back</source>
            <translation>◀ 後退</translation>
        </message>
        <message>
            <source>Step back one time step (Left)</source>
            <translation>後退一個時間步（Left）</translation>
        </message>
        <message>
            <source>Step ▶</source>
            <translation>單步 ▶</translation>
        </message>
        <message>
            <source>Step forward one time step (Right)</source>
            <translation>前進一個時間步（Right）</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Play through the sequence, or pause (Space)</source>
            <translation>依次播放整個序列，或暫停（Space）</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>後退一步</translation>
        </message>
        <message>
            <source>Step forward</source>
            <translation>前進一步</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Back to t = 0; the sequence and the weights stay (Home)</source>
            <translation>回到 t = 0；序列和權重保持不變（Home）</translation>
        </message>
        <message>
            <source>Playing speed in steps per second</source>
            <translation>播放速度，單位為步/秒</translation>
        </message>
        <message>
            <source>Playing speed, steps per second</source>
            <translation>播放速度，步/秒</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暫停</translation>
        </message>
        <message>
            <source>{value} step/s</source>
            <translation>{value} 步/秒</translation>
        </message>
        <message>
            <source>{value} steps/s</source>
            <translation>{value} 步/秒</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>after 3 steps forward and 1 back the window shows t = {t}</source>
            <translation>前進 3 步、後退 1 步後，視窗顯示 t = {t}</translation>
        </message>
        <message>
            <source>the window's h(1)</source>
            <translation>視窗中的 h(1)</translation>
        </message>
        <message>
            <source>the lesson's sequence {sequence} is shown as {shown}</source>
            <translation>課程的序列 {sequence} 被顯示為 {shown}</translation>
        </message>
    </context>
    <context>
        <name>SequenceInput</name>
        <message>
            <source>Single pulse</source>
            <translation>單個脈衝</translation>
        </message>
        <message>
            <source>Early burst</source>
            <translation>開頭連發</translation>
        </message>
        <message>
            <source>Alternating</source>
            <translation>交替</translation>
        </message>
        <message>
            <source>Late pulse</source>
            <translation>遲到的脈衝</translation>
        </message>
        <message>
            <source>Long memory</source>
            <translation>長記憶</translation>
        </message>
        <message>
            <source>Two pulses</source>
            <translation>兩個脈衝</translation>
        </message>
        <message>
            <source>Negative pulse</source>
            <translation>負脈衝</translation>
        </message>
        <message>
            <source>Steady input</source>
            <translation>持續輸入</translation>
        </message>
        <message>
            <source>Ramp</source>
            <translation>斜坡</translation>
        </message>
        <message>
            <source>Input sequence x(t)</source>
            <translation>輸入序列 x(t)</translation>
        </message>
        <message>
            <source>sequence</source>
            <translation>序列</translation>
        </message>
        <message>
            <source>e.g. 1, 0, 0, 0, 0</source>
            <translation>例如 1, 0, 0, 0, 0</translation>
        </message>
        <message>
            <source>The input x(t), one number per time step, separated by commas, spaces or semicolons; decimals take a point, e.g. 0.5. Press Enter to apply.</source>
            <translation>輸入 x(t)，每個時間步一個數，用逗號、空格或分號隔開；小數用小數點，例如 0.5。按 Enter 應用。</translation>
        </message>
        <message>
            <source>Ready-made input sequences</source>
            <translation>現成的輸入序列</translation>
        </message>
        <message>
            <source>Presets…</source>
            <translation>預設…</translation>
        </message>
    </context>
    <context>
        <name>StatsPanel</name>
        <message>
            <source>The numbers of the current step. Select them to copy.</source>
            <extracomment>Characters every value label has room for ("−0.0000"); more while a longer number shows.</extracomment>
            <translation>當前這一步的數值。選中即可複製。</translation>
        </message>
        <message>
            <source>no target set</source>
            <translation>未設定目標</translation>
        </message>
        <message>
            <source>mean squared error of y against the target, on the input sequence shown</source>
            <translation>在當前輸入序列上，y 與目標之間的均方誤差</translation>
        </message>
    </context>
    <context>
        <name>TimeSeriesPlot</name>
        <message>
            <source>input</source>
            <extracomment>Up to this many steps, the lines are stroked with Qt's dashes; longer ones are drawn with a solid pen and their dashes as gaps along the time axis (`dense_lines`): Qt strokes a long dashed line dash by dash (a third of a second at T = 10,000). The dash pattern and marker of each line, so that no two lines share both and none is told by its colour alone (the cell's own dash where it gives one: h dashed, y dotted). Line widths by colour role: the memory and the output stand out, the gates stay thin. The words of the legend (the engine's names of the lines and "target"), marked for the translation files; `TimeSeriesPlot` translates them where it shows them.</extracomment>
            <translation>輸入</translation>
        </message>
        <message>
            <source>cell state</source>
            <translation>細胞狀態</translation>
        </message>
        <message>
            <source>hidden state</source>
            <translation>隱藏狀態</translation>
        </message>
        <message>
            <source>forget gate</source>
            <translation>遺忘門</translation>
        </message>
        <message>
            <source>input gate</source>
            <translation>輸入門</translation>
        </message>
        <message>
            <source>output gate</source>
            <translation>輸出門</translation>
        </message>
        <message>
            <source>output</source>
            <translation>輸出</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目標</translation>
        </message>
        <message>
            <source>Every quantity of the cell against the time step. Click a legend entry to hide or show its line. The vertical line is the current step.</source>
            <translation>單元的每個量隨時間步的變化。點選圖例中的一項可以隱藏或顯示它的曲線。豎線表示當前這一步。</translation>
        </message>
        <message>
            <source>time step t</source>
            <translation>時間步 t</translation>
        </message>
        <message>
            <source>gates f, i, o</source>
            <translation>門 f, i, o</translation>
        </message>
        <message>
            <source>{name} (pinned)</source>
            <translation>{name}（已固定）</translation>
        </message>
    </context>
    <context>
        <name>TraceCommand</name>
        <message>
            <source>Run one LSTM cell over an input sequence and print every step: gates f, i, o, the candidate C̃, cell state C, hidden state h and output y.</source>
            <translation>讓一個 LSTM 單元讀完一個輸入序列，並列印每一步：門 f、i、o，候選值 C̃，細胞狀態 C，隱藏狀態 h 和輸出 y。</translation>
        </message>
        <message>
            <source>Parameters: {full}. Simple-mode names set both weights of a gate: {simple}.</source>
            <translation>引數：{full}。簡單模式的名字會同時設定一個門的兩個權重：{simple}。</translation>
        </message>
        <message>
            <source>input sequence, numbers separated by commas, e.g. "1, 0, 0, 0, 0" (one that starts with a minus is written --sequence="-1, 0")</source>
            <translation>輸入序列，數字用逗號隔開，例如 "1, 0, 0, 0, 0"（以負號開頭的序列寫作 --sequence="-1, 0"）</translation>
        </message>
        <message>
            <source>set a parameter (repeatable), e.g. --param w_xf=0.8; others keep their defaults</source>
            <translation>設定一個引數（可重複），例如 --param w_xf=0.8；其他引數保持預設值</translation>
        </message>
        <message>
            <source>pin a gate (f, i, g or o) to a value at every step, e.g. --clamp f=1</source>
            <translation>在每一步把一個門（f、i、g 或 o）固定為某個值，例如 --clamp f=1</translation>
        </message>
        <message>
            <source>target sequence of the same length: also print the MSE and its 14 gradients</source>
            <translation>長度相同的目標序列：同時列印 MSE 和它的 14 個梯度</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>列印 JSON 而不是表格</translation>
        </message>
        <message>
            <source>{what} "{item}" must look like NAME=VALUE, e.g. w_xf=0.8</source>
            <translation>{what} "{item}" 必須寫成 NAME=VALUE 的形式，例如 w_xf=0.8</translation>
        </message>
        <message>
            <source>{what} {name}: {problem}</source>
            <translation>{what} {name}：{problem}</translation>
        </message>
        <message>
            <source>parameter</source>
            <translation>引數</translation>
        </message>
        <message>
            <source>unknown parameter "{name}"; the parameters are {names} (or w_f, w_i, w_c, w_o for both weights of a gate)</source>
            <translation>未知引數 "{name}"；引數有 {names}（或用 w_f、w_i、w_c、w_o 同時設定一個門的兩個權重）</translation>
        </message>
        <message>
            <source>clamp</source>
            <translation>固定的門</translation>
        </message>
        <message>
            <source>unknown gate "{name}" to clamp; the gates are f, i, g, o</source>
            <translation>要固定的門 "{name}" 不存在；門有 f、i、g、o</translation>
        </message>
        <message>
            <source>{what}: {problem}</source>
            <translation>{what}：{problem}</translation>
        </message>
        <message>
            <source>sequence</source>
            <translation>序列</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目標</translation>
        </message>
        <message>
            <source>the target has {count} numbers but the sequence has {length}; they must be the same length</source>
            <translation>目標有 {count} 個數，而序列有 {length} 個；兩者的長度必須相同</translation>
        </message>
        <message>
            <source>{names} overflowed (too large for a number) and were written as null</source>
            <translation>{names} 溢位（數值太大），已寫為 null</translation>
        </message>
        <message>
            <source>Gradient of the MSE:</source>
            <translation>MSE 的梯度：</translation>
        </message>
        <message>
            <source>the output was closed before it was all written (broken pipe)</source>
            <translation>輸出在全部寫完之前被關閉了（管道斷開）</translation>
        </message>
        <message>
            <source>cannot write the output: {reason}</source>
            <translation>無法寫入輸出：{reason}</translation>
        </message>
        <message>
            <source>cannot write the output: standard output is closed</source>
            <translation>無法寫入輸出：標準輸出已關閉</translation>
        </message>
    </context>
    <context>
        <name>TrainingController</name>
        <message>
            <source>The weights from before training are back.</source>
            <translation>已恢復訓練前的權重。</translation>
        </message>
        <message>
            <source>Restore the weights from before training</source>
            <extracomment>Restore, as Edit → Undo names it.</extracomment>
            <translation>恢復訓練前的權重</translation>
        </message>
        <message>
            <source>Set a target first: type one in the Target field or pick a lesson.</source>
            <extracomment>Views are refreshed at most this often while training (milliseconds between refreshes). The pump class; `benchmarks/bench_train.py` swaps it to compare the two designs. threading.get_ident() of the thread that ran the last run (for tests and checks).</extracomment>
            <translation>請先設定目標：在“目標”框中輸入，或選擇一個課程。</translation>
        </message>
        <message>
            <source>Cannot train: {error}.</source>
            <translation>無法訓練：{error}。</translation>
        </message>
        <message>
            <source>Training stopped: {error}</source>
            <translation>訓練已停止：{error}</translation>
        </message>
        <message>
            <source>Training stopped: the sequence, the target or a pinned gate changed.</source>
            <translation>訓練已停止：序列、目標或固定的門發生了變化。</translation>
        </message>
        <message>
            <source>training (1 epoch)</source>
            <translation>訓練（1 輪）</translation>
        </message>
        <message>
            <source>training ({epochs} epochs)</source>
            <translation>訓練（{epochs} 輪）</translation>
        </message>
        <message>
            <source>Ready: press Train to fit the weights to the target.</source>
            <translation>準備就緒：按“訓練”，讓權重擬合目標。</translation>
        </message>
        <message>
            <source>Set a target (or pick a lesson), then press Train.</source>
            <translation>先設定目標（或選擇一個課程），再按“訓練”。</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>Your own target</source>
            <translation>自己的目標</translation>
        </message>
        <message>
            <source>What training is doing, or how the last run ended.</source>
            <translation>訓練正在做什麼，或上一次訓練是如何結束的。</translation>
        </message>
        <message>
            <source>Target y*(t)</source>
            <translation>目標 y*(t)</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目標</translation>
        </message>
        <message>
            <source>e.g. 0, 0, 1, 1, 1 (empty: no target)</source>
            <translation>例如 0, 0, 1, 1, 1（留空：沒有目標）</translation>
        </message>
        <message>
            <source>The output y(t) you want the cell to produce, one number per time step, as many as the input has. Press Enter to apply. Leave it empty for no target.</source>
            <translation>你希望單元產生的輸出 y(t)，每個時間步一個數，數量與輸入相同。按 Enter 應用。留空表示沒有目標。</translation>
        </message>
        <message>
            <source>Ready-made targets</source>
            <translation>現成的目標</translation>
        </message>
        <message>
            <source>Lessons that teach memory: each sets an input sequence and the target the cell should learn to produce for it.</source>
            <translation>講解記憶的課程：每個課程都設定一個輸入序列，以及單元應當學會為它產生的目標。</translation>
        </message>
        <message>
            <source>Train on many random sequences</source>
            <translation>在許多隨機序列上訓練</translation>
        </message>
        <message>
            <source>Fitting one sequence can be learnt by heart. Tick this to train on many random sequences that follow the lesson's rule; the held-out MSE, measured on fresh sequences the cell never trained on, shows whether it learnt the rule itself.</source>
            <translation>只擬合一個序列，單元可能只是死記硬背。勾選此項，會在許多遵循本課規則的隨機序列上訓練；留出 MSE 是在單元從未訓練過的新序列上測得的，它能說明單元是否真正學會了規則。</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>課程</translation>
        </message>
        <message>
            <source>Train the cell</source>
            <translation>訓練單元</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>訓練</translation>
        </message>
        <message>
            <source>Fit the weights to the target by gradient descent. The sliders, the diagram and the plots follow the weights as they change.</source>
            <translation>用梯度下降讓權重擬合目標。滑塊、單元圖和曲線圖會隨著權重的變化而更新。</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop training now; the weights stay.</source>
            <translation>立即停止訓練；權重保持不變。</translation>
        </message>
        <message>
            <source>One epoch</source>
            <translation>訓練一輪</translation>
        </message>
        <message>
            <source>Train for exactly one epoch (one pass over the training data) and watch what changed. Pressing it again continues where it left off.</source>
            <translation>只訓練一輪（把訓練資料過一遍），看看發生了什麼變化。再按一次會從上次停下的地方繼續。</translation>
        </message>
        <message>
            <source>Restore weights</source>
            <translation>恢復權重</translation>
        </message>
        <message>
            <source>Undo training: put back the weights the cell had before you started training it.</source>
            <translation>撤銷訓練：恢復開始訓練之前單元的權重。</translation>
        </message>
        <message>
            <source>Training speed</source>
            <translation>訓練速度</translation>
        </message>
        <message>
            <source>As fast as possible</source>
            <translation>儘可能快</translation>
        </message>
        <message>
            <source>{rate} epochs/s</source>
            <translation>每秒 {rate} 輪</translation>
        </message>
        <message>
            <source>How fast training runs. As fast as possible, the views follow about 30 times a second; at a set number of epochs a second the diagram, the weights and the loss curve follow every epoch, so a class can watch the weights move. It can change while training runs.</source>
            <translation>訓練執行的快慢。選“儘可能快”時，各檢視每秒大約更新 30 次；選定每秒輪數時，示意圖、權重和損失曲線每一輪都更新，全班可以看著權重變化。訓練進行中也可以更改。</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>最佳化器</translation>
        </message>
        <message>
            <source>How each step is taken. Adam adapts the step size of every weight by itself; SGD with momentum keeps 90% of the previous step, like a ball rolling downhill.</source>
            <translation>每一步怎樣走。Adam 會自動調整每個權重的步長；帶動量的 SGD 保留上一步的 90%，就像一個滾下山坡的球。</translation>
        </message>
        <message>
            <source>How big each step is. Larger learns faster but can overshoot and blow up; smaller is steadier but slower.</source>
            <translation>每一步走多大。較大時學得快，但可能越過最低點甚至發散；較小時更穩定，但更慢。</translation>
        </message>
        <message>
            <source>Training stops after this many epochs at the latest.</source>
            <translation>訓練最多進行這麼多輪後停止。</translation>
        </message>
        <message>
            <source>off</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Gradient clipping: when the gradient is longer than this, it is shortened to this length, so one steep spot cannot throw the weights far away. 0 = off.</source>
            <translation>梯度裁剪：當梯度的長度超過這個值時，把它縮短到這個長度，這樣一處陡坡就不會把權重甩得很遠。0 = 關閉。</translation>
        </message>
        <message>
            <source>The goal: training stops early once the MSE falls below this. 0 = never stop early.</source>
            <translation>目標：MSE 低於這個值時訓練提前停止。0 = 從不提前停止。</translation>
        </message>
        <message>
            <source>Locked parameters keep their value while training; lock one with the padlock beside its slider.</source>
            <translation>鎖定的引數在訓練時保持不變；用滑塊旁邊的鎖圖示鎖定引數。</translation>
        </message>
        <message>
            <source>Unlock all</source>
            <translation>全部解鎖</translation>
        </message>
        <message>
            <source>Let training change every parameter again.</source>
            <translation>讓訓練重新可以改變每個引數。</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Optimiser</source>
            <translation>最佳化器</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>學習率</translation>
        </message>
        <message>
            <source>At most (epochs)</source>
            <translation>最多（輪）</translation>
        </message>
        <message>
            <source>Clip gradient at</source>
            <translation>梯度裁剪閾值</translation>
        </message>
        <message>
            <source>Stop below MSE</source>
            <translation>MSE 低於此值時停止</translation>
        </message>
        <message>
            <source>the target has {count} values but the input has {length}</source>
            <translation>目標有 {count} 個值，而輸入有 {length} 個</translation>
        </message>
        <message>
            <source>Locked (training leaves them alone): {names}</source>
            <translation>已鎖定（訓練不會改變）：{names}</translation>
        </message>
        <message>
            <source>No parameter is locked: training may change them all.</source>
            <translation>沒有鎖定的引數：訓練可以改變所有引數。</translation>
        </message>
    </context>
    <context>
        <name>UndoHistory</name>
        <message>
            <source>training</source>
            <extracomment>Steps kept; the oldest go first. Numbers the kept steps may hold in sequences and targets together (a long paste holds 10,000 before and 10,000 after): beyond it the oldest steps go, so memory stays flat.</extracomment>
            <translation>訓練</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤銷</translation>
        </message>
        <message>
            <source>Undo {change}</source>
            <translation>撤銷 {change}</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Redo {change}</source>
            <translation>重做 {change}</translation>
        </message>
    </context>
    <context>
        <name>UnrolledView</name>
        <message>
            <source>The cell unrolled through time: one copy per step, passing C (top chain) and h (lower chain) to the next. Inputs below, outputs above. Click a step to go there.</source>
            <translation>按時間展開的單元：每一步一個副本，把 C（上面的鏈）和 h（下面的鏈）傳給下一步。輸入在下方，輸出在上方。點選某一步可以跳到那裡。</translation>
        </message>
        <message>
            <source>Later steps: ? until you step there. Predict, then step.</source>
            <translation>後面的步顯示為 ?，直到你走到那裡。先預測，再單步。</translation>
        </message>
        <message>
            <source>Show all steps</source>
            <translation>顯示所有步</translation>
        </message>
        <message>
            <source>Show C, h and y of the steps after the current one too (they are hidden so you can predict them first)</source>
            <translation>也顯示當前步之後各步的 C、h 和 y（隱藏它們是為了讓你先預測）</translation>
        </message>
        <message>
            <source>Every step shown.</source>
            <translation>已顯示所有步。</translation>
        </message>
    </context>
    <context>
        <name>Worksheet</name>
        <message>
            <source>My own cell</source>
            <extracomment>What an empty box for the student looks like inside the worked steps. The lesson of a worksheet made with no lesson open.</extracomment>
            <translation>我自己的單元</translation>
        </message>
        <message>
            <source>forget gate</source>
            <extracomment>What the equations and the cell's table call each gate and state.</extracomment>
            <translation>遺忘門</translation>
        </message>
        <message>
            <source>input gate</source>
            <translation>輸入門</translation>
        </message>
        <message>
            <source>cell candidate</source>
            <translation>候選值</translation>
        </message>
        <message>
            <source>output gate</source>
            <translation>輸出門</translation>
        </message>
        <message>
            <source>cell state</source>
            <translation>細胞狀態</translation>
        </message>
        <message>
            <source>hidden state</source>
            <translation>隱藏狀態</translation>
        </message>
        <message>
            <source>output</source>
            <translation>輸出</translation>
        </message>
        <message>
            <source>Fill in every empty box: &lt;b&gt;predict&lt;/b&gt; each number first, then work it out with the equations below. Keep four decimals.</source>
            <extracomment>The quantities' colours on paper: the light theme's.</extracomment>
            <translation>填寫每個空格：先&lt;b&gt;預測&lt;/b&gt;每個數，再用下面的方程算出來。保留四位小數。</translation>
        </message>
        <message>
            <source>Every number of the worksheet, to four decimals.</source>
            <translation>練習單上的每個數，保留四位小數。</translation>
        </message>
        <message>
            <source>{day} {month_name} {year}</source>
            <translation>{year}年{month}月{day}日</translation>
        </message>
        <message>
            <source>ANSWER KEY</source>
            <translation>參考答案</translation>
        </message>
        <message>
            <source>{answer_key} · LSTM Lab · one LSTM cell, step by step · {date}</source>
            <translation>{answer_key} · LSTM Lab · 一個 LSTM 單元，一步一步 · {date}</translation>
        </message>
        <message>
            <source>LSTM Lab · Worksheet · one LSTM cell, step by step · {date}</source>
            <translation>LSTM Lab · 練習單 · 一個 LSTM 單元，一步一步 · {date}</translation>
        </message>
        <message>
            <source>Name: {blank}</source>
            <translation>姓名：{blank}</translation>
        </message>
        <message>
            <source>Class: {blank}</source>
            <translation>班級：{blank}</translation>
        </message>
        <message>
            <source>σ(z) = 1 / (1 + e&lt;sup&gt;−z&lt;/sup&gt;) lies between 0 (shut) and 1 (open); tanh(z) lies between −1 and 1.</source>
            <translation>σ(z) = 1 / (1 + e&lt;sup&gt;−z&lt;/sup&gt;) 介於 0（關閉）和 1（開啟）之間；tanh(z) 介於 −1 和 1 之間。</translation>
        </message>
        <message>
            <source>The equations</source>
            <translation>方程</translation>
        </message>
        <message>
            <source>&lt;b&gt;pinned at {value}&lt;/b&gt;: its weights do not count</source>
            <translation>&lt;b&gt;固定為 {value}&lt;/b&gt;：它的權重不起作用</translation>
        </message>
        <message>
            <source>Target: {values}</source>
            <translation>目標：{values}</translation>
        </message>
        <message>
            <source>gate</source>
            <translation>門</translation>
        </message>
        <message>
            <source>w&lt;sub&gt;x&lt;/sub&gt; (input)</source>
            <translation>w&lt;sub&gt;x&lt;/sub&gt;（輸入）</translation>
        </message>
        <message>
            <source>w&lt;sub&gt;h&lt;/sub&gt; (recurrent)</source>
            <translation>w&lt;sub&gt;h&lt;/sub&gt;（迴圈）</translation>
        </message>
        <message>
            <source>b (bias)</source>
            <translation>b（偏置）</translation>
        </message>
        <message>
            <source>Start from C(0) = {c0} and h(0) = {h0}. Input x(t): {sequence}</source>
            <translation>從 C(0) = {c0} 和 h(0) = {h0} 開始。輸入 x(t)：{sequence}</translation>
        </message>
        <message>
            <source>The cell</source>
            <translation>單元</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目標</translation>
        </message>
        <message>
            <source>Steps {first} to {last} of {count}.</source>
            <translation>第 {first} 步到第 {last} 步，共 {count} 步。</translation>
        </message>
        <message>
            <source>Fill in the table</source>
            <translation>填寫表格</translation>
        </message>
        <message>
            <source>The step table</source>
            <translation>步驟表</translation>
        </message>
        <message>
            <source>Shaded: given.</source>
            <translation>陰影格：已給出。</translation>
        </message>
        <message>
            <source>Step t = {t}, by hand</source>
            <translation>第 t = {t} 步，手算</translation>
        </message>
        <message>
            <source>The weights, x(t), h(t−1) and C(t−1) are given; work out every empty box, top to bottom.</source>
            <translation>權重、x(t)、h(t−1) 和 C(t−1) 已給出；從上到下算出每個空格。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Predict first:&lt;/b&gt; C({t}) ≈ {blank} &amp;nbsp;&amp;nbsp; h({t}) ≈ {blank} &amp;nbsp;&amp;nbsp; (larger or smaller than C({p}) and h({p})?)</source>
            <translation>&lt;b&gt;先預測：&lt;/b&gt;C({t}) ≈ {blank} &amp;nbsp;&amp;nbsp; h({t}) ≈ {blank} &amp;nbsp;&amp;nbsp;（比 C({p}) 和 h({p}) 大還是小？）</translation>
        </message>
        <message>
            <source>LSTM Lab · {title} · answer key</source>
            <translation>LSTM Lab · {title} · 參考答案</translation>
        </message>
        <message>
            <source>LSTM Lab · {title} · worksheet</source>
            <translation>LSTM Lab · {title} · 練習單</translation>
        </message>
    </context>
    <context>
        <name>WorksheetDialog</name>
        <message>
            <source>Print worksheet</source>
            <translation>列印練習單</translation>
        </message>
        <message>
            <source>Step table from step</source>
            <translation>計算表起始步</translation>
        </message>
        <message>
            <source>Step table to step</source>
            <translation>計算表結束步</translation>
        </message>
        <message>
            <source>Work out by hand: step</source>
            <translation>手算：第幾步</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>and every step of the table, one page each</source>
            <translation>以及表中的每一步，每步一頁</translation>
        </message>
        <message>
            <source>Leave the student's numbers blank (predict, then reveal)</source>
            <translation>給學生留空（先預測，再揭曉）</translation>
        </message>
        <message>
            <source>Also save the answer key, with every number, as …-answers.pdf</source>
            <translation>同時儲存含全部數值的答案，檔名為 …-answers.pdf</translation>
        </message>
        <message>
            <source>from</source>
            <translation>從</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Step table:</source>
            <translation>逐步計算表：</translation>
        </message>
        <message>
            <source>Worksheet</source>
            <translation>練習單</translation>
        </message>
        <message>
            <source>Answer key</source>
            <translation>答案</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>預覽：</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>儲存 PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>列印…</translation>
        </message>
        <message>
            <source>{count} pages</source>
            <translation>{count} 頁</translation>
        </message>
        <message>
            <source>Save the worksheet</source>
            <translation>儲存練習單</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Worksheet not saved</source>
            <translation>練習單未儲存</translation>
        </message>
        <message>
            <source>{error}. Nothing was lost: try another folder.</source>
            <translation>{error}。沒有丟失任何內容：請換一個資料夾試試。</translation>
        </message>
        <message>
            <source>Saved {name} in {folder}.</source>
            <translation>已將 {name} 儲存到 {folder}。</translation>
        </message>
        <message>
            <source>Saved {name} and {other} in {folder}.</source>
            <translation>已將 {name} 和 {other} 儲存到 {folder}。</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>未列印</translation>
        </message>
    </context>
    <context>
        <name>WorksheetPrint</name>
        <message>
            <source>the pages could not be started</source>
            <translation>無法開始生成頁面</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>第 {page} 頁，共 {pages} 頁</translation>
        </message>
        <message>
            <source>LSTM Lab worksheet</source>
            <translation>LSTM Lab 練習單</translation>
        </message>
        <message>
            <source>the PDF came out empty</source>
            <translation>生成的 PDF 是空的</translation>
        </message>
    </context>
</TS>

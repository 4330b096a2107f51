<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>Command</name>
        <message>
            <source>continue a text character by character with a shipped model</source>
            <translation>用隨附的模型逐字續寫一段文本</translation>
        </message>
    </context>
    <context>
        <name>FormLine</name>
        <message>
            <source>Counted over every text this model has written in this window since it was chosen: a Tang poem has 4 or 8 half-lines of five characters</source>
            <translation>統計這個模型被選中以來在本視窗中寫出的所有文本：一首五言唐詩有 4 或 8 個五字的半句</translation>
        </message>
        <message>
            <source>Written here: nothing yet.</source>
            <translation>在此寫出的：還沒有。</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>{shape} ×{poems}</source>
            <translation>{shape} ×{poems}</translation>
        </message>
        <message>
            <source>Poems ended here: {count}; half-lines per poem: {counts}.</source>
            <translation>在此寫完的詩：{count} 首；每首的半句數：{counts}。</translation>
        </message>
        <message>
            <source>Poems ended here: none yet.</source>
            <translation>在此寫完的詩：還沒有。</translation>
        </message>
        <message>
            <source>Half-lines of five characters: {five} of {half_lines} ({share} %).</source>
            <translation>五字半句：{half_lines} 箇中有 {five} 個（{share} %）。</translation>
        </message>
        <message>
            <source>Word for word in the corpus: {copied} of {half_lines} half-lines, {copied_lines} of {lines} lines.</source>
            <translation>與語料逐字相同的：{half_lines} 個半句中有 {copied} 個，{lines} 行中有 {copied_lines} 行。</translation>
        </message>
    </context>
    <context>
        <name>LessonWindow</name>
        <message>
            <source>Settings</source>
            <extracomment>Time the GUI thread spends on training per tick (ms): the small preparation steps share a tick, a batch (about 15 ms) or a sample has one to itself.</extracomment>
            <translation>設定</translation>
        </message>
        <message>
            <source>Why this character?</source>
            <translation>為什麼是這個字？</translation>
        </message>
        <message>
            <source>The memory inside</source>
            <translation>內部的記憶</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>訓練</translation>
        </message>
        <message>
            <source>&amp;Write</source>
            <translation>續寫(&amp;W)</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>續寫</translation>
        </message>
        <message>
            <source>Continue the text from the prompt, character by character</source>
            <translation>從提示開始，逐字續寫文本</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop writing</source>
            <translation>停止續寫</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Return to the text as it was before the last branch</source>
            <translation>回到最後一次分支之前的文本</translation>
        </message>
        <message>
            <source>Copy the text</source>
            <translation>複製文本</translation>
        </message>
        <message>
            <source>Copy the prompt and what the model wrote</source>
            <translation>複製提示和模型寫出的內容</translation>
        </message>
        <message>
            <source>Simplified characters</source>
            <translation>簡體字</translation>
        </message>
        <message>
            <source>Show the poem in simplified characters</source>
            <translation>用簡體字顯示詩</translation>
        </message>
        <message>
            <source>Traditional characters</source>
            <translation>繁體字</translation>
        </message>
        <message>
            <source>Show the poem in traditional characters</source>
            <translation>用繁體字顯示詩</translation>
        </message>
    </context>
    <context>
        <name>LossCurve</name>
        <message>
            <source>Press Train to watch the loss fall</source>
            <translation>請按“訓練”，觀察損失下降</translation>
        </message>
        <message>
            <source>step {step}  ·  loss (nats per symbol)</source>
            <translation>第 {step} 步  ·  損失（每符號奈特數）</translation>
        </message>
    </context>
    <context>
        <name>MemoryPanel</name>
        <message>
            <source>The state shown</source>
            <translation>顯示的狀態</translation>
        </message>
        <message>
            <source>hidden state h(t)</source>
            <translation>隱藏狀態 h(t)</translation>
        </message>
        <message>
            <source>cell state C(t)</source>
            <translation>細胞狀態 C(t)</translation>
        </message>
        <message>
            <source>Showing:</source>
            <translation>顯示：</translation>
        </message>
        <message>
            <source>Most active units</source>
            <translation>最活躍的單元</translation>
        </message>
        <message>
            <source>the hidden state h(t) of each of the {units} units{layers} after each character: red positive, blue negative.</source>
            <translation>每個字之後 {units} 個單元{layers}各自的隱藏狀態 h(t)：紅色為正，藍色為負。</translation>
        </message>
        <message>
            <source>the cell state C(t) of each of the {units} units{layers} after each character: red positive, blue negative (colour = tanh(C/2), so large values do not saturate).</source>
            <translation>每個字之後 {units} 個單元{layers}各自的細胞狀態 C(t)：紅色為正，藍色為負（顏色 = tanh(C/2)，這樣大的值不會飽和）。</translation>
        </message>
        <message>
            <source> ({count} layers one after another)</source>
            <translation>（{count} 層依次相連）</translation>
        </message>
        <message>
            <source>{caption} Unit {unit}: its 8 strongest characters are marked.</source>
            <translation>{caption}單元 {unit}：已標出它最強的 8 個字。</translation>
        </message>
        <message>
            <source>{caption} Click a row to mark where that unit is most active.</source>
            <translation>{caption}點選一行，標出該單元最活躍的位置。</translation>
        </message>
    </context>
    <context>
        <name>PoemView</name>
        <message>
            <source>The poem</source>
            <extracomment>Characters that end a line of a poem laid out as a poem.</extracomment>
            <translation>詩</translation>
        </message>
        <message>
            <source>Click a character the model wrote to see what else it could have written</source>
            <translation>點選模型寫出的一個字，看看它本來還可能寫什麼</translation>
        </message>
        <message>
            <source>(the end)</source>
            <translation>（完）</translation>
        </message>
    </context>
    <context>
        <name>PoetryCheck</name>
        <message>
            <source>the {model} model wrote nothing</source>
            <translation>{model} 模型什麼也沒寫</translation>
        </message>
        <message>
            <source>the {model} model's probabilities sum to {total}</source>
            <translation>{model} 模型的機率之和為 {total}</translation>
        </message>
    </context>
    <context>
        <name>PoetryCli</name>
        <message>
            <source>Continue a text character by character with a trained LSTM: the built-in Tang poetry or Shakespeare model, or a model saved from the poetry lesson.</source>
            <translation>用訓練好的 LSTM 逐字續寫文本：內建的唐詩模型或莎士比亞模型，或從詩歌課程中儲存的模型。</translation>
        </message>
        <message>
            <source>a built-in model or a model file (.npz) saved from the lesson (default tang)</source>
            <translation>內建模型，或從課程中儲存的模型檔案 (.npz)（預設 tang）</translation>
        </message>
        <message>
            <source>the text to continue</source>
            <translation>要續寫的文本</translation>
        </message>
        <message>
            <source>scores are divided by T before the softmax: below 1 safer, above 1 bolder; 0 always takes the most likely character (default 0.8)</source>
            <translation>在 softmax 之前把分數除以 T：小於 1 更穩妥，大於 1 更大膽；0 總是選最可能的字（預設 0.8）</translation>
        </message>
        <message>
            <source>at most N characters (default 64)</source>
            <translation>最多 N 個字（預設 64）</translation>
        </message>
        <message>
            <source>seed of the random choices (default 0)</source>
            <translation>隨機選擇的種子（預設 0）</translation>
        </message>
        <message>
            <source>print JSON: the odds of the next character after the prompt (every character's probability at T, and the ten the window's bars show) and the continuation</source>
            <translation>輸出 JSON：提示之後下一個字的機率（每個字在 T 下的機率，以及視窗條形圖顯示的十個）和續寫的內容</translation>
        </message>
        <message>
            <source>--model must be {models} or a model file; {name} does not exist</source>
            <translation>--model 必須是 {models} 或一個模型檔案；{name} 不存在</translation>
        </message>
        <message>
            <source>--temperature must be from 0 to 10, not {value}</source>
            <translation>--temperature 必須在 0 到 10 之間，而不是 {value}</translation>
        </message>
        <message>
            <source>--length must be from 1 to {most}, not {value}</source>
            <translation>--length 必須在 1 到 {most} 之間，而不是 {value}</translation>
        </message>
        <message>
            <source>--seed must be from 0 to {most}, not {value}</source>
            <translation>--seed 必須在 0 到 {most} 之間，而不是 {value}</translation>
        </message>
        <message>
            <source>--prompt is longer than {most} characters</source>
            <translation>--prompt 超過了 {most} 個字元</translation>
        </message>
        <message>
            <source>{prog}: note: the model does not know {characters}; it read □ instead</source>
            <translation>{prog}：注意：模型不認識 {characters}；它讀成了 □</translation>
        </message>
        <message>
            <source>{prog}: error: {problem}</source>
            <translation>{prog}：錯誤：{problem}</translation>
        </message>
    </context>
    <context>
        <name>PoetryCommand</name>
        <message>
            <source>print a Chinese model's text in simplified or traditional characters (default {script}: the language's); the model reads a prompt in either</source>
            <translation>用簡體字或繁體字列印中文模型寫的文字（預設 {script}：跟隨語言）；兩種字寫的開頭模型都能讀</translation>
        </message>
    </context>
    <context>
        <name>PoetryCorpus</name>
        <message>
            <source>Tang poems (5 a line)</source>
            <extracomment>Largest text file a student may train on (bytes). Fewest characters a student's text must have. The punctuation that ends a half-line of a poem.</extracomment>
            <translation>唐詩（五言）</translation>
        </message>
        <message>
            <source>Tang poems of five characters a line: the text the built-in model learned from.</source>
            <translation>五言唐詩：內建模型學習所用的文本。</translation>
        </message>
        <message>
            <source>The Three Hundred Tang Poems</source>
            <translation>唐詩三百首</translation>
        </message>
        <message>
            <source>Only about 24,000 characters: a model soon learns them by heart (memorises) instead of learning how poems go. Watch its samples turn into real poems.</source>
            <translation>只有約 24,000 個字：模型很快就會把它們背下來（記憶），而不是學會詩是怎樣寫的。看它的樣例如何變成真正的詩。</translation>
        </message>
        <message>
            <source>Shakespeare's plays</source>
            <translation>莎士比亞戲劇</translation>
        </message>
    </context>
    <context>
        <name>PoetryExport</name>
        <message>
            <source>"{framework}" is not a framework LSTM Lab writes</source>
            <extracomment>The seed of the held-out split the shipped models were measured on (`measures.split_of`). Suffixes of the data files written beside the script.</extracomment>
            <translation>LSTM Lab 不會寫出“{framework}”框架的程式碼</translation>
        </message>
    </context>
    <context>
        <name>PoetryModel</name>
        <message>
            <source>the built-in model "{name}" is missing from this installation</source>
            <translation>這次安裝中缺少內建模型“{name}”</translation>
        </message>
        <message>
            <source>Write like a Tang poet</source>
            <translation>像唐代詩人一樣寫詩</translation>
        </message>
        <message>
            <source>Pick a text and press Train: the model starts from random weights and writes gibberish, then verse.</source>
            <extracomment>The shipped texts whose models lay their text out as poems.</extracomment>
            <translation>選一段文本，然後按“訓練”：模型從隨機權重開始，先寫出亂碼，然後寫出詩句。</translation>
        </message>
        <message>
            <source>{count} bytes</source>
            <translation>{count} 位元組</translation>
        </message>
        <message>
            <source>1 layer</source>
            <translation>1 層</translation>
        </message>
        <message>
            <source>{count} layers</source>
            <translation>{count} 層</translation>
        </message>
        <message>
            <source>LSTM of {units} units, {layers}, {weights} weights, {symbols} symbols</source>
            <translation>{units} 個單元的 LSTM，{layers}，{weights} 個權重，{symbols} 個符號</translation>
        </message>
        <message>
            <source>{model}, file {size}</source>
            <translation>{model}，檔案 {size}</translation>
        </message>
        <message>
            <source>{model}; held-out loss on {count} records it never read: {loss} nats per symbol</source>
            <translation>{model}；在 {count} 條它從未讀過的記錄上的留出損失：每符號 {loss} 奈特</translation>
        </message>
        <message>
            <source>{model}; held-out loss: {loss} nats per symbol</source>
            <translation>{model}；留出損失：每符號 {loss} 奈特</translation>
        </message>
        <message>
            <source>a model</source>
            <extracomment>The script a Chinese model's text is shown in: the reader's, by the language.</extracomment>
            <translation>一個模型</translation>
        </message>
        <message>
            <source>Loaded: {name}</source>
            <translation>已載入：{name}</translation>
        </message>
        <message>
            <source>Training on {title}…</source>
            <translation>正在用 {title} 訓練…</translation>
        </message>
        <message>
            <source>Step {step}: loss {loss} nats per symbol. The loss is low: it is learning these 320 poems by heart.</source>
            <translation>第 {step} 步：損失為每符號 {loss} 奈特。損失很低：它正在背誦這 320 首詩。</translation>
        </message>
        <message>
            <source>Step {step}: loss {loss} nats per symbol.</source>
            <translation>第 {step} 步：損失為每符號 {loss} 奈特。</translation>
        </message>
        <message>
            <source>{problem} {steps} steps. Write with it, or save it.</source>
            <translation>{problem} 共 {steps} 步。可以用它續寫，或者儲存它。</translation>
        </message>
        <message>
            <source>Training stopped: {problem} {steps} steps. Write with it, or save it.</source>
            <translation>訓練已停止：{problem} 共 {steps} 步。可以用它續寫，或者儲存它。</translation>
        </message>
        <message>
            <source>Stopped. {steps} steps. Write with it, or save it.</source>
            <translation>已停止。共 {steps} 步。可以用它續寫，或者儲存它。</translation>
        </message>
        <message>
            <source>Trained here</source>
            <translation>在此訓練的模型</translation>
        </message>
        <message>
            <source>a text model</source>
            <translation>文本模型</translation>
        </message>
        <message>
            <source>this window shows poetry lessons, not {kind}</source>
            <translation>這個視窗顯示詩歌課程，而不是 {kind}</translation>
        </message>
        <message>
            <source>there is no built-in model "{name}"; they are: {models}</source>
            <extracomment>A model file larger than this is refused before it is read (the shipped ones are &lt; 4 MB): room for the most weights a model may have (`MAX_WEIGHTS`, two bytes each, stored without compression), its vocabulary and its info. Shipped models: name → (file, corpus).</extracomment>
            <translation>沒有內建模型“{name}”；內建模型有：{models}</translation>
        </message>
        <message>
            <source>a model file</source>
            <translation>模型檔案</translation>
        </message>
        <message>
            <source>a text file</source>
            <translation>文本檔案</translation>
        </message>
        <message>
            <source>{file} is not a text file (it holds binary data)</source>
            <translation>{file} 不是文本檔案（它含有二進位制資料）</translation>
        </message>
        <message>
            <source>{file} has only {count} characters; at least {least} are needed to train</source>
            <translation>{file} 只有 {count} 個字元；訓練至少需要 {least} 個</translation>
        </message>
    </context>
    <context>
        <name>PoetryOptions</name>
        <message>
            <source>"options" has a setting this version does not know: "{name}"</source>
            <extracomment>The temperature slider's range and default. The views of the poetry window, as lesson files name them. The options a poetry lesson file holds, with their defaults.</extracomment>
            <translation>"options" 含有這個版本不認識的設定：“{name}”</translation>
        </message>
        <message>
            <source>"model" must be one of {models}, not {value}</source>
            <translation>"model" 必須是 {models} 之一，而不是 {value}</translation>
        </message>
        <message>
            <source>"prompt" must be text of at most {most} characters</source>
            <translation>"prompt" 必須是不超過 {most} 個字元的文本</translation>
        </message>
        <message>
            <source>"temperature" must be a number from {low} to {high}</source>
            <translation>"temperature" 必須是 {low} 到 {high} 之間的數</translation>
        </message>
        <message>
            <source>"{name}" must be a whole number from {low} to {high}</source>
            <translation>"{name}" 必須是 {low} 到 {high} 之間的整數</translation>
        </message>
        <message>
            <source>"state" must be "hidden" or "cell", not {value}</source>
            <translation>"state" 必須是 "hidden" 或 "cell"，而不是 {value}</translation>
        </message>
    </context>
    <context>
        <name>PoetrySession</name>
        <message>
            <source>there is no step {index}</source>
            <extracomment>Candidates shown as bars. The key of the end marker in `odds` (no single character can be it). Characters before a candidate that its label is converted with (the longest phrase of the conversion table is 15 characters). The precision the model computes in (float32 in the app; float64 for checks). The script the text is shown in (for a model of Chinese poems; others show as written). The model writes Chinese poems: it reads the prompt in traditional characters. The prompt as the model reads it (as many characters as the prompt).</extracomment>
            <translation>沒有第 {index} 步</translation>
        </message>
        <message>
            <source>the model never writes the start marker or the unknown symbol</source>
            <translation>模型從不寫出開始標記或未知符號</translation>
        </message>
        <message>
            <source>the text has ended; take another character before its end</source>
            <translation>文本已經結束；請在結束之前選另一個字</translation>
        </message>
    </context>
    <context>
        <name>PoetryWindow</name>
        <message>
            <source>LSTM Lab — poetry[*]</source>
            <translation>LSTM Lab — 詩歌[*]</translation>
        </message>
        <message>
            <source>the poem</source>
            <translation>詩</translation>
        </message>
        <message>
            <source>简</source>
            <extracomment>The student chose a script: it no longer follows the language.</extracomment>
            <translation>簡</translation>
        </message>
        <message>
            <source>Simplified characters</source>
            <translation>簡體字</translation>
        </message>
        <message>
            <source>Show the poem in simplified characters (the model reads and writes traditional ones)</source>
            <translation>用簡體字顯示詩（模型讀寫的是繁體字）</translation>
        </message>
        <message>
            <source>繁</source>
            <translation>繁</translation>
        </message>
        <message>
            <source>Traditional characters</source>
            <translation>繁體字</translation>
        </message>
        <message>
            <source>Show the poem in traditional characters, as the model writes it</source>
            <translation>用繁體字顯示詩，和模型寫的一樣</translation>
        </message>
        <message>
            <source>The model was not loaded</source>
            <translation>模型沒有載入</translation>
        </message>
        <message>
            <source>The lesson was not opened</source>
            <translation>課程沒有開啟</translation>
        </message>
        <message>
            <source>Writing stopped: {problem}</source>
            <translation>續寫已停止：{problem}</translation>
        </message>
        <message>
            <source>View → Reduce motion is on: the text appears at once</source>
            <translation>“檢視 → 減少動畫”已開啟：文本會立即出現</translation>
        </message>
        <message>
            <source>There is no branch to go back to.</source>
            <translation>沒有可以返回的分支。</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>已複製。</translation>
        </message>
        <message>
            <source>Train on a text file</source>
            <translation>用文本檔案訓練</translation>
        </message>
        <message>
            <source>Text (*.txt);;All files (*)</source>
            <translation>文本 (*.txt);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>This text cannot be used</source>
            <translation>這段文本不能使用</translation>
        </message>
        <message>
            <source>Save the model</source>
            <translation>儲存模型</translation>
        </message>
        <message>
            <source>LSTM Lab text model (*.npz)</source>
            <translation>LSTM Lab 文本模型 (*.npz)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}</source>
            <translation>無法寫入 {path}：{reason}</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已儲存 {path}</translation>
        </message>
        <message>
            <source>Load a model</source>
            <translation>載入模型</translation>
        </message>
        <message>
            <source>LSTM Lab text model (*.npz);;All files (*)</source>
            <translation>LSTM Lab 文本模型 (*.npz);;所有檔案 (*)</translation>
        </message>
    </context>
    <context>
        <name>ProbabilityBars</name>
        <message>
            <source>Click a bar to take that character instead: the text branches there</source>
            <extracomment>How many candidates a screen reader hears, most likely first.</extracomment>
            <translation>點選一個條形，改選那個字：文本從那裡分支</translation>
        </message>
        <message>
            <source>Next-character candidates</source>
            <translation>下一個字的候選</translation>
        </message>
        <message>
            <source>Press Write to see, at every character, the ten the model thought most likely.</source>
            <translation>請按“續寫”，在每個字處檢視模型認為最可能的十個字。</translation>
        </message>
        <message>
            <source>Candidates for character {number}</source>
            <translation>第 {number} 個字的候選</translation>
        </message>
        <message>
            <source>{rank}. {character} {probability}</source>
            <translation>{rank}. {character} {probability}</translation>
        </message>
        <message>
            <source>{candidate}, written</source>
            <translation>{candidate}，已寫出</translation>
        </message>
        <message>
            <source>the character written is not among the {count} most likely</source>
            <translation>寫出的字不在最可能的 {count} 個之中</translation>
        </message>
        <message>
            <source>written: {character} {probability}</source>
            <translation>已寫出：{character} {probability}</translation>
        </message>
        <message>
            <source>After “…{context}”, greedy: {candidates}.</source>
            <translation>在“…{context}”之後，貪心：{candidates}。</translation>
        </message>
        <message>
            <source>After “…{context}”, at T = {temperature}: {candidates}.</source>
            <translation>在“…{context}”之後，T = {temperature}：{candidates}。</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>greedy (T → 0)</source>
            <translation>貪心（T → 0）</translation>
        </message>
        <message>
            <source>T = {temperature}</source>
            <translation>T = {temperature}</translation>
        </message>
        <message>
            <source>Character {number} of the text, after “…{context}”</source>
            <translation>文本的第 {number} 個字，在“…{context}”之後</translation>
        </message>
        <message>
            <source>solid: probability at {temperature} · faint: at T = 1 · the {count} most likely of {total}</source>
            <translation>實心：{temperature} 時的機率 · 淺色：T = 1 時 · {total} 箇中最可能的 {count} 個</translation>
        </message>
        <message>
            <source>solid: probability at {temperature} · faint: at T = 1</source>
            <translation>實心：{temperature} 時的機率 · 淺色：T = 1 時</translation>
        </message>
        <message>
            <source>not written yet: click a bar to choose it yourself</source>
            <translation>尚未寫出：點選一個條形，自己來選</translation>
        </message>
        <message>
            <source>framed: the character written; click another bar to branch</source>
            <translation>帶框的：寫出的字；點選另一個條形可以分支</translation>
        </message>
        <message>
            <source>the character written is not among these {count}</source>
            <translation>寫出的字不在這 {count} 個之中</translation>
        </message>
    </context>
    <context>
        <name>PromptRow</name>
        <message>
            <source>Enter a few characters (type, paste or use an IME)</source>
            <translation>輸入幾個字（鍵入、貼上或使用輸入法）</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>The first characters of the poem; the model writes on from them</source>
            <translation>詩的開頭幾個字；模型從這裡接著寫</translation>
        </message>
        <message>
            <source>Write ▶</source>
            <translation>續寫 ▶</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>續寫</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop writing</source>
            <translation>停止續寫</translation>
        </message>
        <message>
            <source>◀ Back</source>
            <translation>◀ 返回</translation>
        </message>
        <message>
            <source>Back one character</source>
            <translation>退回一個字</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>複製</translation>
        </message>
        <message>
            <source>Copy the poem</source>
            <translation>複製這首詩</translation>
        </message>
        <message>
            <source>Prompt:</source>
            <translation>提示：</translation>
        </message>
        <message>
            <source>Return to the text as it was before the last branch</source>
            <translation>回到最後一次分支之前的文本</translation>
        </message>
        <message>
            <source>The model has never seen {characters}: it reads each as one “unknown” symbol □ (rare characters all share it).</source>
            <translation>模型從未見過 {characters}：它把每一個都讀作同一個“未知”符號 □（罕見字都共用這個符號）。</translation>
        </message>
    </context>
    <context>
        <name>SettingsPanel</name>
        <message>
            <source>Tang poems</source>
            <translation>唐詩</translation>
        </message>
        <message>
            <source>Shakespeare</source>
            <translation>莎士比亞</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>溫度</translation>
        </message>
        <message>
            <source>Greedy</source>
            <translation>貪心</translation>
        </message>
        <message>
            <source>Always take the most likely character</source>
            <translation>總是選最可能的字</translation>
        </message>
        <message>
            <source>(the limit T → 0)</source>
            <translation>（極限 T → 0）</translation>
        </message>
        <message>
            <source>The model gives every character a score; the scores are divided by T before the softmax turns them into probabilities. Low T sharpens the choice (the likeliest characters, again and again), high T flattens it (rarer ones); as T → 0 it always takes the most likely one.</source>
            <translation>模型給每個字一個分數；在 softmax 把分數變成機率之前，先把分數除以 T。T 低會讓選擇更集中（一再選最可能的字），T 高會讓它更平均（也選較少見的字）；當 T → 0 時，總是選最可能的那個。</translation>
        </message>
        <message>
            <source>Writing</source>
            <translation>續寫</translation>
        </message>
        <message>
            <source>Writing speed</source>
            <translation>續寫速度</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <source>The same seed, prompt and temperature write the same text</source>
            <translation>相同的種子、提示和溫度會寫出相同的文本</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>種子</translation>
        </message>
        <message>
            <source>New</source>
            <translation>換一個</translation>
        </message>
        <message>
            <source>A new random seed: another text</source>
            <translation>一個新的隨機種子：另一段文本</translation>
        </message>
        <message>
            <source>New seed</source>
            <translation>新種子</translation>
        </message>
        <message>
            <source>Characters to write, at most</source>
            <translation>最多寫出的字數</translation>
        </message>
        <message>
            <source>At most</source>
            <translation>最多</translation>
        </message>
        <message>
            <source>{speed}/s</source>
            <translation>{speed}/秒</translation>
        </message>
        <message>
            <source>{speed} characters a second</source>
            <translation>每秒 {speed} 個字</translation>
        </message>
        <message>
            <source>{count} symbols</source>
            <translation>{count} 個符號</translation>
        </message>
        <message>
            <source>LSTM of {units} units</source>
            <translation>{units} 個單元的 LSTM</translation>
        </message>
        <message>
            <source>Poems of five characters a line</source>
            <translation>五言詩</translation>
        </message>
        <message>
            <source>trained {epochs} epochs</source>
            <translation>訓練了 {epochs} 輪</translation>
        </message>
        <message>
            <source>{count} layer</source>
            <translation>{count} 層</translation>
        </message>
        <message>
            <source>{count} layers</source>
            <translation>{count} 層</translation>
        </message>
        <message>
            <source>{count} weights</source>
            <translation>{count} 個權重</translation>
        </message>
        <message>
            <source>file {size}</source>
            <translation>檔案 {size}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>{sentence}.</source>
            <translation>{sentence}。</translation>
        </message>
        <message>
            <source>Held-out loss on {count} poems it never read: {loss} nats per symbol (a character, a punctuation mark or the end of the poem)</source>
            <translation>在 {count} 首它從未讀過的詩上的留出損失：每符號 {loss} 奈特（符號是一個字、一個標點或詩的結尾）</translation>
        </message>
        <message>
            <source>Held-out loss: {loss} nats per symbol (a character, a punctuation mark or the end of the poem)</source>
            <translation>留出損失：每符號 {loss} 奈特（符號是一個字、一個標點或詩的結尾）</translation>
        </message>
        <message>
            <source>Held-out loss on {count} speeches it never read: {loss} nats per symbol (a character or the end of a speech)</source>
            <translation>在 {count} 段它從未讀過的臺詞上的留出損失：每符號 {loss} 奈特（符號是一個字元或一段臺詞的結尾）</translation>
        </message>
        <message>
            <source>Held-out loss on {count} passages it never read: {loss} nats per symbol (a character or the end of a passage)</source>
            <translation>在 {count} 段它從未讀過的文字上的留出損失：每符號 {loss} 奈特（符號是一個字元或一段文字的結尾）</translation>
        </message>
        <message>
            <source>Held-out loss: {loss} nats per symbol (a character or the end of a passage)</source>
            <translation>留出損失：每符號 {loss} 奈特（符號是一個字元或一段文字的結尾）</translation>
        </message>
        <message>
            <source>{loss} nats per Chinese character</source>
            <translation>每個漢字 {loss} 奈特</translation>
        </message>
        <message>
            <source>A bigram model, which knows only which character follows which (counted in the same training texts): {loss} nats per symbol</source>
            <translation>二元語法模型只知道哪個字後面跟著哪個字（在同樣的訓練文本中統計）：每符號 {loss} 奈特</translation>
        </message>
        <message>
            <source>{loss} per Chinese character</source>
            <translation>每個漢字 {loss}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>of its {samples} poems at T = {temperature}, {five} % of the half-lines have five characters and {shape} % of the poems 4 or 8 half-lines</source>
            <translation>它在 T = {temperature} 時寫的 {samples} 首詩中，{five} % 的半句是五個字，{shape} % 的詩有 4 或 8 個半句</translation>
        </message>
        <message>
            <source>at T = {temperature}, {share} % of the words it writes are words of its text</source>
            <translation>在 T = {temperature} 時，它寫出的詞中有 {share} % 是其文本中的詞</translation>
        </message>
        <message>
            <source>The model was not loaded</source>
            <translation>模型沒有載入</translation>
        </message>
    </context>
    <context>
        <name>StateHeatmap</name>
        <message>
            <source>Each row is one unit of the LSTM layer, each column one character; click a row to mark where that unit is most active</source>
            <translation>每一行是 LSTM 層的一個單元，每一列是一個字；點選一行，標出該單元最活躍的位置</translation>
        </message>
        <message>
            <source>all {count} characters</source>
            <translation>全部 {count} 個字</translation>
        </message>
        <message>
            <source>1 character</source>
            <translation>1 個字</translation>
        </message>
        <message>
            <source>the last {shown} of {count} characters (the first {first} do not fit)</source>
            <translation>{count} 個字中的最後 {shown} 個（前 {first} 個放不下）</translation>
        </message>
        <message>
            <source>No text yet</source>
            <translation>還沒有文本</translation>
        </message>
        <message>
            <source>unit {unit}</source>
            <translation>單元 {unit}</translation>
        </message>
    </context>
    <context>
        <name>TrainPanel</name>
        <message>
            <source>A UTF-8 text file…</source>
            <translation>UTF-8 文本檔案…</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>{count} units</source>
            <translation>{count} 個單元</translation>
        </message>
        <message>
            <source>LSTM size</source>
            <translation>LSTM 大小</translation>
        </message>
        <message>
            <source> steps</source>
            <translation> 步</translation>
        </message>
        <message>
            <source>Sample every</source>
            <translation>取樣間隔</translation>
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
            <source>Write with it</source>
            <translation>用它續寫</translation>
        </message>
        <message>
            <source>Let the model trained here write in the main view</source>
            <translation>讓在此訓練的模型在主檢視中續寫</translation>
        </message>
        <message>
            <source>Save model…</source>
            <translation>儲存模型…</translation>
        </message>
        <message>
            <source>Load model…</source>
            <translation>載入模型…</translation>
        </message>
        <message>
            <source>What it writes now (T = 0.8):</source>
            <translation>它現在寫出的（T = 0.8）：</translation>
        </message>
        <message>
            <source>What it writes now</source>
            <translation>它現在寫出的</translation>
        </message>
        <message>
            <source>Any UTF-8 text of 500 characters or more; blank lines separate its records.</source>
            <translation>任何 500 個字元以上的 UTF-8 文本；空行分隔其中的記錄。</translation>
        </message>
        <message>
            <source>— step {step} —</source>
            <translation>— 第 {step} 步 —</translation>
        </message>
    </context>
    <context>
        <name>UnitList</name>
        <message>
            <source>Units, the most active first</source>
            <translation>單元，最活躍的在前</translation>
        </message>
        <message>
            <source>Every unit, the one whose state is largest in magnitude somewhere in the text first: its strongest value and the character after which it has it. Click a row, or move to it with the arrow keys, to mark where that unit is most active.</source>
            <translation>所有單元，按在文本中某處狀態絕對值最大者排在前面：列出它最強的值，以及出現這個值時剛讀過的字。點選一行，或用方向鍵移到該行，就會標出這個單元最活躍的位置。</translation>
        </message>
    </context>
    <context>
        <name>UnitRanking</name>
        <message>
            <source>Unit</source>
            <extracomment>How the list shows a character of the text that has no mark of its own.</extracomment>
            <translation>單元</translation>
        </message>
        <message>
            <source>Strongest</source>
            <translation>最強值</translation>
        </message>
        <message>
            <source>After</source>
            <translation>在此字之後</translation>
        </message>
        <message>
            <source>Unit {unit}: strongest {name} {value} after {char}</source>
            <translation>單元 {unit}：最強的 {name} 為 {value}，在“{char}”之後</translation>
        </message>
    </context>
</TS>

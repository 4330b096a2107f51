<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>CellDiagram</name>
        <message>
            <source>The LSTM cell at the current step. The blue highway at the top carries the cell state C; a gate glows brighter the more it is open. Every number is the value flowing there at this step.</source>
            <extracomment>Text inside a circle, and the labels in the row of gates (145 units apart), grow at most this much: the circles and the gaps keep their size. Room for a gate's weights between its wire and the previous gate's (145 apart). ... and from the gate up to below the × of the input gate's wire (the candidate's label). The room of each number written beside a wire (scene rect) and the point of that room its text is anchored to (see `CellDiagram._place`); a larger text size shrinks back into it. Offsets of a node's symbol and value from its centre, in radii.</extracomment>
            <translation>當前時間步的 LSTM 單元。頂部的藍色“高速公路”承載細胞狀態 C；門開得越大，亮得越明顯。每個數字都是這一步流經該處的值。</translation>
        </message>
        <message>
            <source>LSTM cell</source>
            <extracomment>Behind each gate's name, in the cell's colour: the wires from the buses up to the gate pass under the name instead of through its letters.</extracomment>
            <translation>LSTM 單元</translation>
        </message>
        <message>
            <source>h(t) → step t+1</source>
            <translation>h(t) → 第 t+1 步</translation>
        </message>
        <message>
            <source>cell state C(t)</source>
            <translation>細胞狀態 C(t)</translation>
        </message>
        <message>
            <source>hidden state h(t)</source>
            <translation>隱藏狀態 h(t)</translation>
        </message>
        <message>
            <source>forget gate f(t)</source>
            <translation>遺忘門 f(t)</translation>
        </message>
        <message>
            <source>input gate i(t)</source>
            <translation>輸入門 i(t)</translation>
        </message>
        <message>
            <source>candidate C̃(t)</source>
            <translation>候選值 C̃(t)</translation>
        </message>
        <message>
            <source>output gate o(t)</source>
            <translation>輸出門 o(t)</translation>
        </message>
        <message>
            <source>input x(t)</source>
            <translation>輸入 x(t)</translation>
        </message>
        <message>
            <source>{value}, pinned</source>
            <translation>{value}，已固定</translation>
        </message>
        <message>
            <source>output y(t)</source>
            <translation>輸出 y(t)</translation>
        </message>
        <message>
            <source>previous cell state C(t−1)</source>
            <translation>上一步的細胞狀態 C(t−1)</translation>
        </message>
        <message>
            <source>previous hidden state h(t−1)</source>
            <translation>上一步的隱藏狀態 h(t−1)</translation>
        </message>
        <message>
            <source>{cell} cell, before step 1 of {steps}</source>
            <extracomment>The view scale at which the designed font sizes read well (the default window, 1440×900). A smaller view enlarges the text in the scene to make up for it, up to FONT_BOOST_MAX times, and a larger text size (View → Larger text) enlarges it further: the labels on screen never shrink with the window and always grow with the text size.</extracomment>
            <translation>{cell} 單元，共 {steps} 步，第 1 步之前</translation>
        </message>
        <message>
            <source>{cell} cell, step {step} of {steps}</source>
            <translation>{cell} 單元，第 {step} 步，共 {steps} 步</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>{what} = {value}</source>
            <translation>{what} = {value}</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>size "{text}" must look like 1440x900</source>
            <translation>尺寸“{text}”應寫成 1440x900 這樣的形式</translation>
        </message>
        <message>
            <source>size "{text}" must be between 200x200 and 10000x10000</source>
            <translation>尺寸“{text}”必須在 200x200 到 10000x10000 之間</translation>
        </message>
        <message>
            <source>--screenshot needs a file name, e.g. --screenshot window.png</source>
            <translation>--screenshot 需要一個檔名，例如 --screenshot window.png</translation>
        </message>
        <message>
            <source>--screenshot: {path} is a folder; give a file name, e.g. {path}/window.png</source>
            <translation>--screenshot：{path} 是一個資料夾；請給出檔名，例如 {path}/window.png</translation>
        </message>
        <message>
            <source>--screenshot: {path} is a pipe, device or socket, not a file</source>
            <translation>--screenshot：{path} 是管道、裝置或套接字，不是檔案</translation>
        </message>
        <message>
            <source>--screenshot: the folder {folder} does not exist</source>
            <translation>--screenshot：資料夾 {folder} 不存在</translation>
        </message>
        <message>
            <source>--screenshot: cannot write in the folder {folder} ({reason})</source>
            <translation>--screenshot：無法在資料夾 {folder} 中寫入（{reason}）</translation>
        </message>
        <message>
            <source>{option} sets how a --screenshot looks; use it with --screenshot PATH</source>
            <extracomment>What --theme and --colours accept (the names View → theme and View → Colours keep).</extracomment>
            <translation>{option} 用於設定 --screenshot 截圖的外觀；請與 --screenshot PATH 一起使用</translation>
        </message>
        <message>
            <source>--theme must be dark, light or contrast, not "{value}"</source>
            <translation>--theme 必須是 dark、light 或 contrast，而不是“{value}”</translation>
        </message>
        <message>
            <source>--colours must be standard or safe, not "{value}"</source>
            <translation>--colours 必須是 standard 或 safe，而不是“{value}”</translation>
        </message>
        <message>
            <source>--text-scale must be one of {sizes}, not "{value}"</source>
            <translation>--text-scale 必須是 {sizes} 之一，而不是“{value}”</translation>
        </message>
        <message>
            <source>commands (lstm-lab COMMAND --help for each):</source>
            <translation>命令（各命令的說明：lstm-lab 命令 --help）：</translation>
        </message>
        <message>
            <source>LSTM Lab: watch one LSTM cell remember and forget.</source>
            <translation>LSTM Lab：觀察一個 LSTM 單元如何記住與遺忘。</translation>
        </message>
        <message>
            <source>a lesson file to open</source>
            <translation>要開啟的課程檔案</translation>
        </message>
        <message>
            <source>open a built-in lesson</source>
            <translation>開啟一門內建課程</translation>
        </message>
        <message>
            <source>print the built-in lessons' names and titles, then exit</source>
            <translation>列出內建課程的名稱和標題，然後退出</translation>
        </message>
        <message>
            <source>print the version and exit</source>
            <translation>顯示版本號，然後退出</translation>
        </message>
        <message>
            <source>the language of the app and of this command's messages: English, Simplified or Traditional Chinese (default: for the app, the one chosen under View → Language, else the system's; for the command line, the system's); it is not saved</source>
            <translation>程式介面和本命令訊息所用的語言：英文、簡體中文或繁體中文（預設：程式介面用“檢視 → 語言”中選擇的語言，否則用系統語言；命令列用系統語言）；此選項不會被儲存</translation>
        </message>
        <message>
            <source>render the lesson window (or the start screen when no lesson is named) to a PNG file and exit</source>
            <translation>把課程視窗（未指定課程時為開始介面）渲染成 PNG 檔案，然後退出</translation>
        </message>
        <message>
            <source>the theme of the --screenshot (default: the saved one)</source>
            <translation>--screenshot 截圖的主題（預設：已儲存的主題）</translation>
        </message>
        <message>
            <source>the colours of the --screenshot: standard or colour-blind safe (default: the saved ones)</source>
            <translation>--screenshot 截圖的配色：標準配色或色盲友好配色（預設：已儲存的配色）</translation>
        </message>
        <message>
            <source>the text size of the --screenshot, one of View → Larger text's sizes (0.85, 1, 1.15, 1.3, 1.5, 1.75 or 2; default: the saved one)</source>
            <translation>--screenshot 截圖的文字大小，取“檢視 → 放大文字”的檔位之一（0.85、1、1.15、1.3、1.5、1.75 或 2；預設：已儲存的大小）</translation>
        </message>
        <message>
            <source>input sequence to show</source>
            <translation>要顯示的輸入序列</translation>
        </message>
        <message>
            <source>time step to show</source>
            <translation>要顯示的時間步</translation>
        </message>
        <message>
            <source>window size for --screenshot (default 1440x900)</source>
            <translation>--screenshot 截圖的視窗尺寸（預設 1440x900）</translation>
        </message>
        <message>
            <source>open the lesson in presenter mode (View menu, F5): its main picture fills the window, its numbers as large as the room allows; also with --screenshot</source>
            <translation>以演示模式開啟課程（檢視選單，F5）：主圖鋪滿視窗，數字儘可能放大；也可與 --screenshot 一起使用</translation>
        </message>
        <message>
            <source>start with Reduce motion (View menu) on for this run: nothing moves or fades (the saved setting is not changed)</source>
            <translation>本次執行開啟“減少動畫”（檢視選單）：沒有任何移動或淡入淡出（不改變已儲存的設定）</translation>
        </message>
        <message>
            <source>check that this installation works, then exit</source>
            <translation>檢查本安裝能否正常工作，然後退出</translation>
        </message>
        <message>
            <source>--language needs one of: {names}</source>
            <translation>--language 需要以下之一：{names}</translation>
        </message>
        <message>
            <source>--language must be one of {names}, not "{value}"</source>
            <translation>--language 必須是 {names} 之一，而不是“{value}”</translation>
        </message>
        <message>
            <source>could not write the output ({reason})</source>
            <translation>無法寫出輸出（{reason}）</translation>
        </message>
        <message>
            <source>name a lesson file or --lesson, not both</source>
            <translation>請指定課程檔案或 --lesson，不能同時指定兩者</translation>
        </message>
        <message>
            <source>--sequence and --step are for lessons of one cell, not "{title}"</source>
            <translation>--sequence 和 --step 只適用於單個單元的課程，不適用於“{title}”</translation>
        </message>
        <message>
            <source>--sequence: {problem}</source>
            <translation>--sequence：{problem}</translation>
        </message>
        <message>
            <source>could not write {path}</source>
            <translation>無法寫入 {path}</translation>
        </message>
        <message>
            <source>argument {argument}: {message}</source>
            <extracomment>argparse's own error messages (Python 3.11 to 3.14), each with its sentence to translate.</extracomment>
            <translation>引數 {argument}：{message}</translation>
        </message>
        <message>
            <source>invalid {type} value: {value}</source>
            <translation>無效的 {type} 值：{value}</translation>
        </message>
        <message>
            <source>invalid choice: {value} (choose from {choices})</source>
            <translation>無效的選擇：{value}（可選：{choices}）</translation>
        </message>
        <message>
            <source>unrecognized arguments: {arguments}</source>
            <translation>無法識別的引數：{arguments}</translation>
        </message>
        <message>
            <source>the following arguments are required: {arguments}</source>
            <translation>缺少以下必需引數：{arguments}</translation>
        </message>
        <message>
            <source>one of the arguments {arguments} is required</source>
            <translation>必須給出引數 {arguments} 之一</translation>
        </message>
        <message>
            <source>not allowed with argument {argument}</source>
            <translation>不能與引數 {argument} 同時使用</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>需要一個值</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>最多需要一個值</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>至少需要一個值</translation>
        </message>
        <message>
            <source>ambiguous option: {option} could match {matches}</source>
            <translation>選項有歧義：{option} 可以匹配 {matches}</translation>
        </message>
        <message>
            <source>ignored explicit argument {value}</source>
            <translation>忽略了不該給出的值 {value}</translation>
        </message>
        <message>
            <source>{prog}: error: {message}</source>
            <translation>{prog}：錯誤：{message}</translation>
        </message>
        <message>
            <source>{prog}: warning: {message}</source>
            <translation>{prog}：警告：{message}</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>位置引數</translation>
        </message>
        <message>
            <source>options</source>
            <translation>選項</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>顯示本幫助資訊，然後退出</translation>
        </message>
    </context>
    <context>
        <name>Command</name>
        <message>
            <source>write a lesson as a runnable NumPy or PyTorch script</source>
            <extracomment>The package whose ``__init__`` registers the built-in kinds. The subcommands that belong to no one kind.</extracomment>
            <translation>把課程寫成可執行的 NumPy 或 PyTorch 指令碼</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>LSTM Lab ran into an unexpected error. It has to close now.</source>
            <translation>LSTM Lab 遇到了意外錯誤，現在必須關閉。</translation>
        </message>
        <message>
            <source>LSTM Lab ran into an unexpected error. You can go on working; the last action may not have finished.</source>
            <translation>LSTM Lab 遇到了意外錯誤。你可以繼續操作；剛才的操作可能沒有完成。</translation>
        </message>
        <message>
            <source>LSTM Lab: something went wrong</source>
            <translation>LSTM Lab：出錯了</translation>
        </message>
        <message>
            <source>The details were saved in this file:
{path}

Please send it to whoever looks after LSTM Lab for you.</source>
            <translation>詳細資訊已儲存在這個檔案中：
{path}

請把它發給負責維護 LSTM Lab 的人。</translation>
        </message>
        <message>
            <source>({count} more error(s) since this message appeared.)</source>
            <translation>（此訊息出現後又發生了 {count} 個錯誤。）</translation>
        </message>
    </context>
    <context>
        <name>EngineMessages</name>
        <message>
            <source>a number must be text, not {type}</source>
            <extracomment>Every template of the engine's messages (`lstm_lab.engine.messages`), as written there.</extracomment>
            <translation>數字必須是文本，而不是 {type}</translation>
        </message>
        <message>
            <source>the box is empty: type a number, e.g. 0.5</source>
            <translation>輸入框是空的：請輸入一個數字，例如 0.5</translation>
        </message>
        <message>
            <source>"{shown}" is not a finite number</source>
            <translation>“{shown}”不是有限的數字</translation>
        </message>
        <message>
            <source>"{shown}" is not a number: the decimal separator is a point and numbers have no thousands separators, e.g. 1234.5</source>
            <translation>“{shown}”不是數字：小數點用點號表示，數字也不帶千位分隔符，例如 1234.5</translation>
        </message>
        <message>
            <source>"{shown}" is ambiguous: the decimal separator is a point, so write {decimal} for the decimal number or {whole} for the whole number</source>
            <translation>“{shown}”有歧義：小數點用點號表示，所以表示小數請寫 {decimal}，表示整數請寫 {whole}</translation>
        </message>
        <message>
            <source>"{shown}" is not a number</source>
            <translation>“{shown}”不是數字</translation>
        </message>
        <message>
            <source>"{shown}" is too large: numbers must lie between -1,000,000 and 1,000,000</source>
            <translation>“{shown}”太大：數字必須在 -1,000,000 到 1,000,000 之間</translation>
        </message>
        <message>
            <source>"{token}" has a comma inside a number in a list separated by semicolons; the decimal separator is a point: write {decimal}</source>
            <translation>在用分號分隔的列表中，“{token}”的數字裡有逗號；小數點用點號表示：請寫 {decimal}</translation>
        </message>
        <message>
            <source>"{token}" is ambiguous; the decimal separator is a point: write {decimal} for one number, or {pair} (with a space) for two</source>
            <translation>“{token}”有歧義；小數點用點號表示：表示一個數請寫 {decimal}，表示兩個數請寫 {pair}（帶空格）</translation>
        </message>
        <message>
            <source>the sequence must be text, not {type}</source>
            <translation>序列必須是文本，而不是 {type}</translation>
        </message>
        <message>
            <source>the sequence is empty: type numbers separated by commas, e.g. 1, 0, 0</source>
            <translation>序列是空的：請輸入用逗號分隔的數字，例如 1, 0, 0</translation>
        </message>
        <message>
            <source>item {position} is empty: there is nothing before the first comma or semicolon</source>
            <translation>第 {position} 項是空的：第一個逗號或分號前面什麼也沒有</translation>
        </message>
        <message>
            <source>item {position} is empty: there is nothing after the last comma or semicolon</source>
            <translation>第 {position} 項是空的：最後一個逗號或分號後面什麼也沒有</translation>
        </message>
        <message>
            <source>item {position} is empty: there is nothing between two commas or semicolons</source>
            <translation>第 {position} 項是空的：兩個逗號或分號之間什麼也沒有</translation>
        </message>
        <message>
            <source>the sequence is too long: it has {count} numbers and at most {most} are allowed</source>
            <translation>序列太長：它有 {count} 個數字，最多允許 {most} 個</translation>
        </message>
        <message>
            <source>item {position}, "{shown}", is not a finite number</source>
            <translation>第 {position} 項“{shown}”不是有限的數字</translation>
        </message>
        <message>
            <source>item {position}, "{shown}", is not a number</source>
            <translation>第 {position} 項“{shown}”不是數字</translation>
        </message>
        <message>
            <source>item {position}, "{shown}", is too large: numbers must lie between -1,000,000 and 1,000,000</source>
            <translation>第 {position} 項“{shown}”太大：數字必須在 -1,000,000 到 1,000,000 之間</translation>
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
            <source>cell candidate</source>
            <translation>候選值</translation>
        </message>
        <message>
            <source>output gate</source>
            <translation>輸出門</translation>
        </message>
        <message>
            <source>unknown gate {gate} to clamp; the gates are 'f', 'i', 'g', 'o'</source>
            <translation>沒有可固定的門 {gate}；門只有 'f'、'i'、'g'、'o'</translation>
        </message>
        <message>
            <source>the {gate} can only be clamped to values from {low} to 1</source>
            <translation>{gate}只能固定在 {low} 到 1 之間的值</translation>
        </message>
        <message>
            <source>the {cell}'s gates cannot be pinned</source>
            <translation>{cell} 的門不能固定</translation>
        </message>
        <message>
            <source>line {line}: expected one number, found {count} columns ({cells}); the series must be one column (and its numbers must use a point, not a comma, as the decimal sign)</source>
            <translation>第 {line} 行：應為一個數字，卻有 {count} 列（{cells}）；序列必須只有一列（且數字必須用點號而不是逗號作小數點）</translation>
        </message>
        <message>
            <source>line {line}: {cell} is not a finite number</source>
            <translation>第 {line} 行：{cell} 不是有限的數字</translation>
        </message>
        <message>
            <source>line {line}: {cell} is not a number</source>
            <translation>第 {line} 行：{cell} 不是數字</translation>
        </message>
        <message>
            <source>line {line}: {cell} is too large a number</source>
            <translation>第 {line} 行：數字 {cell} 太大</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>第 {line} 行：{problem}</translation>
        </message>
        <message>
            <source>line {line}: a quoted value must end with its closing quote, then a comma or the end of the line</source>
            <translation>第 {line} 行：加了引號的值必須以右引號結束，其後是逗號或行尾</translation>
        </message>
        <message>
            <source>line {line}: the file ends inside a quoted value</source>
            <translation>第 {line} 行：檔案在一個加了引號的值中間結束了</translation>
        </message>
        <message>
            <source>line {line}: a value is longer than {limit} characters</source>
            <translation>第 {line} 行：有一個值超過 {limit} 個字元</translation>
        </message>
        <message>
            <source>the file holds no numbers</source>
            <translation>檔案中沒有數字</translation>
        </message>
        <message>
            <source>the smoothing k must be above 0, not {k}</source>
            <translation>平滑係數 k 必須大於 0，而不是 {k}</translation>
        </message>
        <message>
            <source>there are too few records to choose k</source>
            <translation>記錄太少，無法選定 k</translation>
        </message>
        <message>
            <source>nothing to read</source>
            <translation>沒有可讀的內容</translation>
        </message>
        <message>
            <source>the model file cannot be read ({problem})</source>
            <translation>無法讀取模型檔案（{problem}）</translation>
        </message>
        <message>
            <source>it is damaged (nested too deeply)</source>
            <translation>檔案已損壞（巢狀太深）</translation>
        </message>
        <message>
            <source>it is damaged ({problem})</source>
            <translation>檔案已損壞（{problem}）</translation>
        </message>
        <message>
            <source>it is not an LSTM Lab text model (a zip archive of {count} files)</source>
            <translation>它不是 LSTM Lab 文本模型（而是包含 {count} 個檔案的 zip 壓縮包）</translation>
        </message>
        <message>
            <source>it is not an LSTM Lab text model ({problem})</source>
            <translation>它不是 LSTM Lab 文本模型（{problem}）</translation>
        </message>
        <message>
            <source>{layers} layers of {units} units</source>
            <translation>{layers} 層、每層 {units} 個單元</translation>
        </message>
        <message>
            <source>{units} units</source>
            <translation>{units} 個單元</translation>
        </message>
        <message>
            <source>it has {size} and {count} weights; LSTM Lab opens models of at most {most} weights</source>
            <translation>它有 {size}，共 {count} 個權重；LSTM Lab 只能開啟至多 {most} 個權重的模型</translation>
        </message>
        <message>
            <source>it is not an LSTM Lab text model (it holds {name})</source>
            <translation>它不是 LSTM Lab 文本模型（其中含有 {name}）</translation>
        </message>
        <message>
            <source>it is damaged (it holds {key} twice)</source>
            <translation>檔案已損壞（{key} 出現了兩次）</translation>
        </message>
        <message>
            <source>it is not an LSTM Lab text model (no {key})</source>
            <translation>它不是 LSTM Lab 文本模型（缺少 {key}）</translation>
        </message>
        <message>
            <source>its start state is damaged (start_h and start_c come together)</source>
            <translation>其初始狀態已損壞（start_h 和 start_c 必須同時存在）</translation>
        </message>
        <message>
            <source>its {key} is encrypted</source>
            <translation>其 {key} 已加密</translation>
        </message>
        <message>
            <source>its {key} is compressed in a way LSTM Lab does not read</source>
            <translation>其 {key} 的壓縮方式 LSTM Lab 無法讀取</translation>
        </message>
        <message>
            <source>its {key} is in .npy format {version}, which LSTM Lab does not read</source>
            <translation>其 {key} 是 .npy 格式 {version}，LSTM Lab 無法讀取</translation>
        </message>
        <message>
            <source>its {key} holds {found} values; LSTM Lab reads {expected}</source>
            <translation>其 {key} 存的是 {found} 型別的值；LSTM Lab 讀取的是 {expected}</translation>
        </message>
        <message>
            <source>its {key} has shape {shape}; it should be a matrix (rows, columns)</source>
            <translation>其 {key} 的形狀是 {shape}；它應當是矩陣（行，列）</translation>
        </message>
        <message>
            <source>its {key} has shape {shape}; it should be a vector</source>
            <translation>其 {key} 的形狀是 {shape}；它應當是向量</translation>
        </message>
        <message>
            <source>its {key} has shape {shape}, which holds nothing</source>
            <translation>其 {key} 的形狀是 {shape}，裡面什麼也沒有</translation>
        </message>
        <message>
            <source>its {key} is stored column by column (Fortran order)</source>
            <translation>其 {key} 是按列儲存的（Fortran 順序）</translation>
        </message>
        <message>
            <source>its {key} is damaged ({size} bytes for a {shape} array)</source>
            <translation>其 {key} 已損壞（形狀為 {shape} 的陣列卻有 {size} 位元組）</translation>
        </message>
        <message>
            <source>its {key} is {size} bytes; LSTM Lab reads at most {most}</source>
            <translation>其 {key} 有 {size} 位元組；LSTM Lab 至多讀取 {most} 位元組</translation>
        </message>
        <message>
            <source>its {key} is damaged (cut short)</source>
            <translation>其 {key} 已損壞（被截斷）</translation>
        </message>
        <message>
            <source>its {key} holds values that are not finite numbers</source>
            <translation>其 {key} 含有不是有限數字的值</translation>
        </message>
        <message>
            <source>its {key} is damaged (not UTF-8 JSON)</source>
            <translation>其 {key} 已損壞（不是 UTF-8 JSON）</translation>
        </message>
        <message>
            <source>its vocabulary is damaged (not a list of characters)</source>
            <translation>其詞表已損壞（不是字元列表）</translation>
        </message>
        <message>
            <source>its vocabulary has {count} characters; LSTM Lab opens at most {most}</source>
            <translation>其詞表有 {count} 個字元；LSTM Lab 至多開啟 {most} 個</translation>
        </message>
        <message>
            <source>its vocabulary holds {value}, which is not one character</source>
            <translation>其詞表含有 {value}，它不是單個字元</translation>
        </message>
        <message>
            <source>its vocabulary holds {problem}</source>
            <translation>其詞表含有{problem}</translation>
        </message>
        <message>
            <source>its vocabulary holds {char} ({code}) twice</source>
            <translation>其詞表中 {char}（{code}）出現了兩次</translation>
        </message>
        <message>
            <source>its info is damaged (not a JSON object)</source>
            <translation>其 info 已損壞（不是 JSON 物件）</translation>
        </message>
        <message>
            <source>its info is nested more than {most} deep</source>
            <translation>其 info 的巢狀超過 {most} 層</translation>
        </message>
        <message>
            <source>it is not an LSTM Lab text model</source>
            <translation>它不是 LSTM Lab 文本模型</translation>
        </message>
        <message>
            <source>its info is damaged (version {version})</source>
            <translation>其 info 已損壞（版本 {version}）</translation>
        </message>
        <message>
            <source>it was saved by a newer LSTM Lab; update LSTM Lab to open it</source>
            <translation>它由更新版本的 LSTM Lab 儲存；請更新 LSTM Lab 後再開啟</translation>
        </message>
        <message>
            <source>its info's {key} is not text of at most {most} characters</source>
            <translation>其 info 中的 {key} 不是至多 {most} 個字元的文本</translation>
        </message>
        <message>
            <source>a line end</source>
            <translation>換行符</translation>
        </message>
        <message>
            <source>its info's {key} holds {problem}</source>
            <translation>其 info 中的 {key} 含有{problem}</translation>
        </message>
        <message>
            <source>its info's layout is {layout}, not poem or text</source>
            <translation>其 info 中的 layout 是 {layout}，而不是 poem 或 text</translation>
        </message>
        <message>
            <source>its info's {key} is {value}, not a number of at most {most}</source>
            <translation>其 info 中的 {key} 是 {value}，而不是不超過 {most} 的數字</translation>
        </message>
        <message>
            <source>its layer {layer} is incomplete (no {key})</source>
            <translation>其第 {layer} 層不完整（缺少 {key}）</translation>
        </message>
        <message>
            <source>its {key} has shape {shape}, expected {expected}</source>
            <translation>其 {key} 的形狀是 {shape}，應為 {expected}</translation>
        </message>
        <message>
            <source>{count} million</source>
            <translation>{count} 百萬</translation>
        </message>
        <message>
            <source>hidden size and embedding must be 1 to 2048, not {hidden}, {embed}</source>
            <translation>隱藏層大小和嵌入維度必須在 1 到 2048 之間，而不是 {hidden}、{embed}</translation>
        </message>
        <message>
            <source>LSTM Lab trains models of one layer; this one has several</source>
            <translation>LSTM Lab 只訓練單層模型；這個模型有多層</translation>
        </message>
        <message>
            <source>there is no text to train on</source>
            <translation>沒有可用於訓練的文本</translation>
        </message>
        <message>
            <source>the text is too short to train on ({count} characters; at least {most} are needed)</source>
            <translation>文本太短，無法訓練（{count} 個字元；至少需要 {most} 個）</translation>
        </message>
        <message>
            <source>a control character ({code})</source>
            <translation>控制字元（{code}）</translation>
        </message>
        <message>
            <source>a lone surrogate ({code})</source>
            <translation>孤立的代理碼位（{code}）</translation>
        </message>
        <message>
            <source>a line or paragraph separator ({code})</source>
            <translation>行或段落分隔符（{code}）</translation>
        </message>
        <message>
            <source>a text direction control ({code})</source>
            <translation>文字方向控制符（{code}）</translation>
        </message>
        <message>
            <source>a non-character ({code})</source>
            <translation>非字元碼位（{code}）</translation>
        </message>
    </context>
    <context>
        <name>ExportCode</name>
        <message>
            <source>"{framework}" is not a framework LSTM Lab writes; choose numpy or pytorch</source>
            <extracomment>The frameworks a script may be written for: NumPy only, or PyTorch (with NumPy). Longest file name stem made from a lesson's title.</extracomment>
            <translation>LSTM Lab 不能生成“{framework}”框架的指令碼；請選擇 numpy 或 pytorch</translation>
        </message>
        <message>
            <source>lessons of the kind "{kind}" cannot be exported as code yet</source>
            <translation>“{kind}”類的課程暫時還不能匯出為程式碼</translation>
        </message>
        <message>
            <source>the script's data</source>
            <translation>指令碼的資料</translation>
        </message>
        <message>
            <source>the script</source>
            <translation>指令碼</translation>
        </message>
        <message>
            <source>Write a lesson as one runnable Python script: the same model, numbers and training as in the app, with NumPy only or with PyTorch.</source>
            <translation>把課程寫成一個可執行的 Python 指令碼：模型、數字和訓練都與程式中相同，只用 NumPy 或使用 PyTorch。</translation>
        </message>
        <message>
            <source>a lesson file</source>
            <translation>課程檔案</translation>
        </message>
        <message>
            <source>a built-in lesson</source>
            <translation>一門內建課程</translation>
        </message>
        <message>
            <source>what the script uses</source>
            <translation>指令碼使用的框架</translation>
        </message>
        <message>
            <source>where to write the script (default: print it; a script that reads data files needs --out)</source>
            <translation>指令碼的儲存位置（預設：直接輸出；需要讀取資料檔案的指令碼必須用 --out）</translation>
        </message>
        <message>
            <source>the {kind} lesson's script reads {count} data file(s) written beside it: give --out PATH.py</source>
            <translation>{kind} 課程的指令碼要讀取儲存在它旁邊的 {count} 個數據檔案：請給出 --out PATH.py</translation>
        </message>
        <message>
            <source>wrote {path}</source>
            <translation>已寫入 {path}</translation>
        </message>
        <message>
            <source>--lesson "{name}" is not a built-in lesson (lstm-lab --list-lessons lists them)</source>
            <translation>--lesson“{name}”不是內建課程（lstm-lab --list-lessons 可列出全部內建課程）</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>{file}: this is not a file but a pipe or device, not {what}</source>
            <extracomment>A temporary file is named ``.lstm-lab-&lt;8 hex digits&gt;.tmp``: 22 characters, so any name a folder takes (up to 255 bytes) can be saved, and one left behind is recognisable. A temporary file older than this is what a save that was killed left behind; the next save in its folder removes it (a save in progress is never this old).</extracomment>
            <translation>{file}：這不是檔案，而是管道或裝置，不是{what}</translation>
        </message>
        <message>
            <source>{file}: the file is {size} MB, too large for {what} (at most {limit} MB)</source>
            <translation>{file}：檔案大小為 {size} MB，作為{what}太大了（最多 {limit} MB）</translation>
        </message>
        <message>
            <source>{file}: the file is too large for {what} (at most {limit} MB)</source>
            <translation>{file}：檔案作為{what}太大了（最多 {limit} MB）</translation>
        </message>
        <message>
            <source>{file}: this is a folder, not {what}</source>
            <translation>{file}：這是一個資料夾，不是{what}</translation>
        </message>
        <message>
            <source>{file}: cannot be read ({reason})</source>
            <translation>{file}：無法讀取（{reason}）</translation>
        </message>
        <message>
            <source>{file}: it is not {what} (not UTF-8 text; save it as UTF-8 and open it again)</source>
            <translation>{file}：它不是{what}（不是 UTF-8 文本；請另存為 UTF-8 後再開啟）</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}</source>
            <translation>無法寫入 {file}：{reason}</translation>
        </message>
        <message>
            <source>it is a folder, not {what}</source>
            <translation>它是一個資料夾，不是{what}</translation>
        </message>
        <message>
            <source>it is a pipe, device or socket, not {what}</source>
            <translation>它是管道、裝置或套接字，不是{what}</translation>
        </message>
        <message>
            <source>the text holds characters that cannot be written as {encoding}</source>
            <translation>文本中有無法用 {encoding} 寫入的字元</translation>
        </message>
    </context>
    <context>
        <name>Flow</name>
        <message>
            <source>x(t) and h(t−1) travel along their wires to the four gates</source>
            <translation>x(t) 和 h(t−1) 沿著連線流向四個門</translation>
        </message>
        <message>
            <source>the forget gate lights up: how much of C(t−1) to keep</source>
            <translation>遺忘門亮起：C(t−1) 保留多少</translation>
        </message>
        <message>
            <source>the input gate lights up: how much of the candidate to write</source>
            <translation>輸入門亮起：候選值寫入多少</translation>
        </message>
        <message>
            <source>the candidate C̃(t) lights up: the new value on offer</source>
            <translation>候選值 C̃(t) 亮起：可供寫入的新值</translation>
        </message>
        <message>
            <source>the output gate lights up: how much of the memory to show</source>
            <translation>輸出門亮起：記憶輸出多少</translation>
        </message>
        <message>
            <source>f·C(t−1) forms on the highway: the memory kept</source>
            <translation>f·C(t−1) 出現在高速公路上：保留下來的記憶</translation>
        </message>
        <message>
            <source>i·C̃ forms: the new memory written</source>
            <translation>i·C̃ 形成：寫入的新記憶</translation>
        </message>
        <message>
            <source>their sum is the new cell state C(t)</source>
            <translation>兩者之和就是新的細胞狀態 C(t)</translation>
        </message>
        <message>
            <source>tanh squashes C(t) into −1…1</source>
            <translation>tanh 把 C(t) 壓縮到 −1…1 之間</translation>
        </message>
        <message>
            <source>times o(t) gives the hidden state h(t)</source>
            <translation>乘以 o(t) 得到隱藏狀態 h(t)</translation>
        </message>
        <message>
            <source>y(t) leaves the cell</source>
            <translation>y(t) 離開單元</translation>
        </message>
    </context>
    <context>
        <name>FlowControls</name>
        <message>
            <source>Animate this step</source>
            <extracomment>The wire a token travels along in each phase, and where the phase's ring goes. Timer ticks since the animation started, and the frames among them that moved the travelling dot (none with Reduce motion on).</extracomment>
            <translation>動畫演示這一步</translation>
        </message>
        <message>
            <source>Play how this step is computed: the inputs travel to the gates, each gate lights up with its value, then the cell state, the hidden state and the output</source>
            <translation>播放這一步的計算過程：輸入流向各個門，每個門亮起並顯示它的值，然後是細胞狀態、隱藏狀態和輸出</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暫停</translation>
        </message>
        <message>
            <source>◀ phase</source>
            <translation>◀ 階段</translation>
        </message>
        <message>
            <source>phase ▶</source>
            <translation>階段 ▶</translation>
        </message>
        <message>
            <source>Previous phase of the animation</source>
            <translation>動畫的上一階段</translation>
        </message>
        <message>
            <source>Next phase of the animation</source>
            <translation>動畫的下一階段</translation>
        </message>
        <message>
            <source>Speed of the animation</source>
            <translation>動畫速度</translation>
        </message>
        <message>
            <source>every step</source>
            <translation>每一步</translation>
        </message>
        <message>
            <source>Animate every step, to the end</source>
            <translation>動畫演示每一步，直到最後</translation>
        </message>
        <message>
            <source>Go on to the next step after this one, to the end</source>
            <translation>這一步演示完後繼續下一步，直到最後</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>繼續</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>input sequence and target</source>
            <extracomment>The fields an undo step may hold, in the order they are put back.</extracomment>
            <translation>輸入序列和目標</translation>
        </message>
        <message>
            <source>input sequence</source>
            <translation>輸入序列</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>無目標</translation>
        </message>
        <message>
            <source>lesson target ({task})</source>
            <translation>課程目標（{task}）</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目標</translation>
        </message>
        <message>
            <source>{count} weights and biases</source>
            <translation>{count} 個權重和偏置</translation>
        </message>
        <message>
            <source>free {gate}</source>
            <translation>解除固定 {gate}</translation>
        </message>
        <message>
            <source>pin {gate} = {value}</source>
            <translation>固定 {gate} = {value}</translation>
        </message>
        <message>
            <source>free all gates</source>
            <translation>解除所有門的固定</translation>
        </message>
        <message>
            <source>pinned gates</source>
            <translation>固定的門</translation>
        </message>
    </context>
    <context>
        <name>LabApp</name>
        <message>
            <source>Open a lesson</source>
            <translation>開啟課程</translation>
        </message>
        <message>
            <source>The lesson was not opened</source>
            <translation>課程未開啟</translation>
        </message>
    </context>
    <context>
        <name>LessonBanner</name>
        <message>
            <source>What to try in this lesson, and what to look for.</source>
            <translation>本課可以嘗試什麼、應該觀察什麼。</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>隱藏</translation>
        </message>
        <message>
            <source>Hide the lesson text</source>
            <translation>隱藏課文</translation>
        </message>
        <message>
            <source>Hide the lesson text (View → Lesson text brings it back)</source>
            <translation>隱藏課文（“檢視 → 課文”可重新顯示）</translation>
        </message>
        <message>
            <source>the diagram</source>
            <translation>示意圖</translation>
        </message>
        <message>
            <source>Lesson text</source>
            <translation>課文</translation>
        </message>
        <message>
            <source>Show the lesson's title and what to try</source>
            <translation>顯示課程標題和可以嘗試的內容</translation>
        </message>
    </context>
    <context>
        <name>LessonCard</name>
        <message>
            <source>Open “{title}”</source>
            <extracomment>The commands of the start screen's menus: those of a lesson window that need no lesson.</extracomment>
            <translation>開啟“{title}”</translation>
        </message>
    </context>
    <context>
        <name>LessonFile</name>
        <message>
            <source>built-in lesson {name}: {problem}</source>
            <translation>內建課程 {name}：{problem}</translation>
        </message>
        <message>
            <source>there is no built-in lesson "{name}"; the lessons are: {names}</source>
            <translation>沒有名為“{name}”的內建課程；內建課程有：{names}</translation>
        </message>
        <message>
            <source>the picture</source>
            <extracomment>A picture's name: letters, digits, "-" and "_".</extracomment>
            <translation>圖片</translation>
        </message>
        <message>
            <source>{where} is {size} MB; a lesson's picture may have at most {limit} MB</source>
            <translation>{where}大小為 {size} MB；課程中的圖片最多 {limit} MB</translation>
        </message>
        <message>
            <source>{where} is not a PNG image</source>
            <translation>{where}不是 PNG 圖片</translation>
        </message>
        <message>
            <source>{where} is a damaged PNG image (no header)</source>
            <translation>{where}是損壞的 PNG 圖片（沒有檔案頭）</translation>
        </message>
        <message>
            <source>{where} is a damaged PNG image (its header does not check out)</source>
            <translation>{where}是損壞的 PNG 圖片（檔案頭校驗不通過）</translation>
        </message>
        <message>
            <source>{where} is {width} × {height} pixels; a lesson's picture may have at most {limit} a side</source>
            <translation>{where}為 {width} × {height} 畫素；課程中的圖片每邊最多 {limit} 畫素</translation>
        </message>
        <message>
            <source>"images" must be a set of named pictures</source>
            <translation>“images”必須是一組帶名稱的圖片</translation>
        </message>
        <message>
            <source>"images" holds {count} pictures; a lesson may have {limit}</source>
            <translation>“images”中有 {count} 張圖片；一門課程最多 {limit} 張</translation>
        </message>
        <message>
            <source>"images": a picture's name may hold only letters, digits, "-" and "_" (at most 40)</source>
            <translation>“images”：圖片名稱只能包含字母、數字、“-”和“_”（最多 40 個字元）</translation>
        </message>
        <message>
            <source>"images": the picture "{name}" must be base64 PNG data</source>
            <translation>“images”：圖片“{name}”必須是 base64 編碼的 PNG 資料</translation>
        </message>
        <message>
            <source>"images": the picture "{name}" is not base64 data</source>
            <translation>“images”：圖片“{name}”不是 base64 資料</translation>
        </message>
        <message>
            <source>the picture "{name}"</source>
            <translation>圖片“{name}”</translation>
        </message>
        <message>
            <source>the field "{field}" is missing</source>
            <extracomment>Files larger than this are not lessons (a lesson of 10,000 steps is about 200 kB). The limits of the generic texts, in characters. The languages a file may carry its texts in besides English (under "translations"). The texts a student reads, which "translations" may give in each of `LANGUAGES`. The fields of a version-4 file. Pictures the file carries, by name: PNG data checked by `lstm_lab.core.images`. The texts in other languages: language (one of `LANGUAGES`) → field (one of `TRANSLATED_FIELDS`) → text. ``title``, ``summary`` and ``text`` are the English. The teacher's passphrase, as a salted hash: the file opens in student mode until it is given (`lstm_lab.shell.lesson_window`). None: no passphrase. The fields a version-1 file kept at its top level for a lesson of one cell.</extracomment>
            <translation>缺少欄位“{field}”</translation>
        </message>
        <message>
            <source>"options" must be a set of named settings</source>
            <translation>“options”必須是一組帶名稱的設定</translation>
        </message>
        <message>
            <source>a lesson of one cell has no "options" (found "{name}")</source>
            <translation>單個單元的課程沒有“options”（卻找到了“{name}”）</translation>
        </message>
        <message>
            <source>it has "translations", which lesson files have from version 4 on, but says it is version 3</source>
            <translation>其中有“translations”，這是版本 4 起的課程檔案才有的欄位，但它自稱是版本 3</translation>
        </message>
        <message>
            <source>it is not a lesson (no lesson fields in it)</source>
            <extracomment>version → function turning a file of that version into one of the next version.</extracomment>
            <translation>它不是課程（其中沒有課程欄位）</translation>
        </message>
        <message>
            <source>it is not an LSTM Lab lesson (its "format" is not "{format}")</source>
            <translation>它不是 LSTM Lab 課程（其“format”不是“{format}”）</translation>
        </message>
        <message>
            <source>its "version" must be a whole number from 1 up</source>
            <translation>其“version”必須是大於或等於 1 的整數</translation>
        </message>
        <message>
            <source>it was saved by a newer LSTM Lab (lesson version {version}; this one reads versions up to {newest}). Update LSTM Lab to open it.</source>
            <translation>它是由更新版本的 LSTM Lab 儲存的（課程版本 {version}；本程式最多能讀取版本 {newest}）。請更新 LSTM Lab 後再開啟。</translation>
        </message>
        <message>
            <source>it has a field this version does not know: "{field}"</source>
            <translation>其中有本版本不認識的欄位：“{field}”</translation>
        </message>
        <message>
            <source>"kind" must be one of {kinds}, not {value}</source>
            <translation>“kind”必須是 {kinds} 之一，而不是 {value}</translation>
        </message>
        <message>
            <source>"options" holds a value this lesson cannot use</source>
            <translation>“options”中有本課程無法使用的值</translation>
        </message>
        <message>
            <source>"order" must be a whole number</source>
            <translation>“order”必須是整數</translation>
        </message>
        <message>
            <source>it is not a lesson file: not valid JSON (line {line}, column {column}: {problem})</source>
            <translation>它不是課程檔案：不是有效的 JSON（第 {line} 行，第 {column} 列：{problem}）</translation>
        </message>
        <message>
            <source>it is not a lesson file: its JSON is nested too deeply</source>
            <translation>它不是課程檔案：其 JSON 巢狀層數太多</translation>
        </message>
        <message>
            <source>it is not a lesson file: {problem}</source>
            <translation>它不是課程檔案：{problem}</translation>
        </message>
        <message>
            <source>a lesson file</source>
            <translation>課程檔案</translation>
        </message>
        <message>
            <source>the name "{name}" is there twice in one place</source>
            <translation>名稱“{name}”在同一處出現了兩次</translation>
        </message>
        <message>
            <source>it holds {value}, which is not a number a lesson can use</source>
            <translation>其中有 {value}，這不是課程能使用的數</translation>
        </message>
        <message>
            <source>"{field}" must be text</source>
            <translation>“{field}”必須是文本</translation>
        </message>
        <message>
            <source>"{field}" must not be empty</source>
            <translation>“{field}”不能為空</translation>
        </message>
        <message>
            <source>"{field}" is longer than {limit} characters</source>
            <translation>“{field}”超過了 {limit} 個字元</translation>
        </message>
        <message>
            <source>"translations" must be a set of languages, each with its texts</source>
            <translation>“translations”必須是一組語言，每種語言帶有它的文本</translation>
        </message>
        <message>
            <source>"translations" has the language {language}; a lesson's texts may be given in {languages}</source>
            <translation>“translations”中有語言 {language}；課程的文本只能用 {languages} 給出</translation>
        </message>
        <message>
            <source>"translations → {language}" must be a set of named texts</source>
            <translation>“translations → {language}”必須是一組有名稱的文本</translation>
        </message>
        <message>
            <source>"translations → {language}" has the field {field}; the texts that may be translated are {fields}</source>
            <translation>“translations → {language}”中有欄位 {field}；可以翻譯的文本是 {fields}</translation>
        </message>
        <message>
            <source>{where} must be a number, not {value}</source>
            <translation>{where}必須是數，而不是 {value}</translation>
        </message>
        <message>
            <source>{where} must be a number within ±{limit}</source>
            <translation>{where}必須是 ±{limit} 以內的數</translation>
        </message>
        <message>
            <source>"{field}" must be a list of names</source>
            <translation>“{field}”必須是名稱列表</translation>
        </message>
        <message>
            <source>"{field}" has an unknown name {name}</source>
            <translation>“{field}”中有未知的名稱 {name}</translation>
        </message>
        <message>
            <source>"teacher_lock" must hold a "salt" of {salt} and a "hash" of {digest} hexadecimal digits (0-9, a-f), and nothing else</source>
            <extracomment>scrypt's cost: CPU and memory (a power of two), block size, parallelism. Fixed in code. The memory scrypt may use: twice the 128·N·r bytes these costs need. The shortest passphrase the teacher may set, and the longest one that is hashed.</extracomment>
            <translation>"teacher_lock" 必須只含一個 {salt} 位的 "salt" 和一個 {digest} 位的 "hash"，都是十六進位制數字（0-9、a-f）</translation>
        </message>
    </context>
    <context>
        <name>LessonFiles</name>
        <message>
            <source>LSTM Lab lessons (*{suffix});;All files (*)</source>
            <translation>LSTM Lab 課程 (*{suffix});;所有檔案 (*)</translation>
        </message>
        <message>
            <source>The lesson was not opened</source>
            <extracomment>Fields that change while a student only looks: not a change to save. The title's "modified" mark is checked at most this often while sliders move (ms).</extracomment>
            <translation>課程未開啟</translation>
        </message>
        <message>
            <source>{file}: it is a lesson of another kind ({kind}); open it from the start screen.</source>
            <translation>{file}：這是另一類課程（{kind}）；請從開始介面開啟它。</translation>
        </message>
        <message>
            <source>Open a lesson</source>
            <translation>開啟課程</translation>
        </message>
        <message>
            <source>Save the lesson</source>
            <translation>儲存課程</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未儲存的更改</translation>
        </message>
        <message>
            <source>“{title}” has changes that are not saved. Save them before closing?</source>
            <translation>“{title}”有尚未儲存的更改。關閉前要儲存嗎？</translation>
        </message>
        <message>
            <source>This lesson has changes that are not saved. Save them before closing?</source>
            <translation>本課有尚未儲存的更改。關閉前要儲存嗎？</translation>
        </message>
        <message>
            <source>“{title}” has changes that are not saved. Save them before opening another lesson?</source>
            <translation>“{title}”有尚未儲存的更改。開啟其他課程前要儲存嗎？</translation>
        </message>
        <message>
            <source>This lesson has changes that are not saved. Save them before opening another lesson?</source>
            <translation>本課有尚未儲存的更改。開啟其他課程前要儲存嗎？</translation>
        </message>
        <message>
            <source>The lesson was not saved</source>
            <translation>課程未儲存</translation>
        </message>
        <message>
            <source>{file}: cannot be written ({reason}). Nothing on screen was lost: choose another folder with Save lesson as…</source>
            <translation>{file}：無法寫入（{reason}）。螢幕上的內容都沒有丟失：請用“課程另存為…”選擇其他資料夾。</translation>
        </message>
    </context>
    <context>
        <name>LessonFold</name>
        <message>
            <source>Lesson text ▾</source>
            <extracomment>Lines of lesson text shown before the banner scrolls.</extracomment>
            <translation>課文 ▾</translation>
        </message>
        <message>
            <source>Fold ▴</source>
            <translation>收起 ▴</translation>
        </message>
        <message>
            <source>Show the lesson text</source>
            <translation>顯示課文</translation>
        </message>
        <message>
            <source>Fold the lesson text</source>
            <translation>收起課文</translation>
        </message>
        <message>
            <source>Show the lesson's text again</source>
            <translation>重新顯示課文</translation>
        </message>
        <message>
            <source>Fold the text into the title line, to give {room} more room</source>
            <translation>把課文收進標題行，給{room}騰出更多空間</translation>
        </message>
    </context>
    <context>
        <name>LessonTextView</name>
        <message>
            <source>Lesson text</source>
            <extracomment>Widest a lesson's picture is shown, in pixels (a wider one is scaled down).</extracomment>
            <translation>課文</translation>
        </message>
        <message>
            <source>▼ 1 more line — scroll, or click here</source>
            <extracomment>Addresses the view was asked for and refused (for tests and curiosity).</extracomment>
            <translation>▼ 還有 1 行 —— 滾動或點選這裡</translation>
        </message>
        <message>
            <source>▼ 1 more line</source>
            <translation>▼ 還有 1 行</translation>
        </message>
        <message>
            <source>▼ {0} more lines — scroll, or click here</source>
            <translation>▼ 還有 {0} 行 —— 滾動或點選這裡</translation>
        </message>
        <message>
            <source>▼ {count} more lines</source>
            <translation>▼ 還有 {count} 行</translation>
        </message>
        <message>
            <source>Open this address?</source>
            <translation>開啟這個網址嗎？</translation>
        </message>
        <message>
            <source>The lesson links to this address. Open it in your web browser?</source>
            <translation>課程連結到這個網址。要在網頁瀏覽器中開啟嗎？</translation>
        </message>
    </context>
    <context>
        <name>LessonWindow</name>
        <message>
            <source>&amp;File</source>
            <extracomment>Views brought forward by Alt+1 … Alt+9, in the order the window declares them. In presenter mode the main picture's text is this many times the text size; each view keeps it to the room it has (a number inside a circle stays inside it). Menu titles are translated where the menus are built, with the context "LessonWindow".</extracomment>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>幫助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Colours</source>
            <translation>配色(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <source>Picture of a view</source>
            <translation>檢視的圖片</translation>
        </message>
        <message>
            <source>Start screen</source>
            <extracomment>The File, View and Help commands of every lesson window (texts and tips translated where the actions are made, `make_action`).</extracomment>
            <translation>開始介面</translation>
        </message>
        <message>
            <source>Back to the list of lessons</source>
            <translation>返回課程列表</translation>
        </message>
        <message>
            <source>Open lesson…</source>
            <translation>開啟課程…</translation>
        </message>
        <message>
            <source>Open a lesson file (.lstmlab)</source>
            <translation>開啟課程檔案（.lstmlab）</translation>
        </message>
        <message>
            <source>Save lesson</source>
            <translation>儲存課程</translation>
        </message>
        <message>
            <source>Save everything set here as a lesson file</source>
            <translation>把這裡的所有設定儲存為課程檔案</translation>
        </message>
        <message>
            <source>Save lesson as…</source>
            <translation>課程另存為…</translation>
        </message>
        <message>
            <source>Save as a new lesson file</source>
            <translation>另存為新的課程檔案</translation>
        </message>
        <message>
            <source>Unlock for the teacher…</source>
            <translation>教師解鎖…</translation>
        </message>
        <message>
            <source>Type the teacher passphrase: the Teacher menu and every view come back in this window</source>
            <translation>輸入教師口令：這個窗口裡的“教師”選單和所有檢視都會恢復</translation>
        </message>
        <message>
            <source>Save screenshot…</source>
            <translation>儲存螢幕截圖…</translation>
        </message>
        <message>
            <source>Save a picture of the window as PNG</source>
            <translation>把視窗儲存為 PNG 圖片</translation>
        </message>
        <message>
            <source>Export as code…</source>
            <translation>匯出為程式碼…</translation>
        </message>
        <message>
            <source>Write this lesson, as it is on screen, as a runnable NumPy or PyTorch script</source>
            <translation>把螢幕上的這門課程原樣寫成可執行的 NumPy 或 PyTorch 指令碼</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Close LSTM Lab</source>
            <translation>關閉 LSTM Lab</translation>
        </message>
        <message>
            <source>Dark theme</source>
            <translation>深色主題</translation>
        </message>
        <message>
            <source>Black background, bright colours</source>
            <translation>黑色背景，明亮的顏色</translation>
        </message>
        <message>
            <source>Light theme</source>
            <translation>淺色主題</translation>
        </message>
        <message>
            <source>White background, for bright rooms and projectors</source>
            <translation>白色背景，適合明亮的教室和投影儀</translation>
        </message>
        <message>
            <source>High-contrast theme</source>
            <translation>高對比度主題</translation>
        </message>
        <message>
            <source>White text and bright lines on black, for projectors in bright rooms</source>
            <translation>黑底白字、線條明亮，適合明亮教室裡的投影儀</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>標準</translation>
        </message>
        <message>
            <source>The lesson's usual colours</source>
            <translation>課程的常規配色</translation>
        </message>
        <message>
            <source>Colour-blind safe</source>
            <translation>色盲友好</translation>
        </message>
        <message>
            <source>Colours that students with red-green or blue-yellow colour blindness can tell apart (Okabe–Ito)</source>
            <translation>紅綠色盲或藍黃色盲的學生也能分辨的顏色（Okabe–Ito 配色）</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>放大文字</translation>
        </message>
        <message>
            <source>Make all text larger, for projectors</source>
            <translation>放大所有文字，適合投影</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>縮小文字</translation>
        </message>
        <message>
            <source>Make all text smaller</source>
            <translation>縮小所有文字</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>全屏</translation>
        </message>
        <message>
            <source>Fill the whole screen</source>
            <translation>鋪滿整個螢幕</translation>
        </message>
        <message>
            <source>Presenter mode</source>
            <translation>演示模式</translation>
        </message>
        <message>
            <source>The lesson's main picture fills the window, its numbers as large as the room allows, for the back of a classroom; Esc leaves it</source>
            <translation>課程的主圖鋪滿視窗，數字儘可能放大，讓教室後排也能看清；按 Esc 退出</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>減少動畫</translation>
        </message>
        <message>
            <source>Nothing moves or fades: the data flow goes from stage to stage without a moving dot, and written text appears at once</source>
            <translation>沒有任何移動或淡入淡出：資料流逐階段跳轉，不再有移動的圓點，生成的文字立即出現</translation>
        </message>
        <message>
            <source>Reset layout</source>
            <translation>重置佈局</translation>
        </message>
        <message>
            <source>Put every view back where it started</source>
            <translation>把所有檢視放回原來的位置</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>鍵盤快捷鍵</translation>
        </message>
        <message>
            <source>Every keyboard shortcut</source>
            <translation>所有鍵盤快捷鍵</translation>
        </message>
        <message>
            <source>About LSTM Lab</source>
            <translation>關於 LSTM Lab</translation>
        </message>
        <message>
            <source>Version and credits</source>
            <translation>版本與致謝</translation>
        </message>
        <message>
            <source>Go to a view (View menu)</source>
            <extracomment>(title, [(keys, what they do)]). The room for the sections when there is no screen to ask (offscreen): a projector's. Height kept for the title bar's neighbours: the note, the Close button and the margins.</extracomment>
            <translation>轉到某個檢視（檢視選單）</translation>
        </message>
        <message>
            <source>{menu}: keys</source>
            <translation>{menu}：按鍵</translation>
        </message>
        <message>
            <source>The language of every window</source>
            <translation>所有視窗使用的語言</translation>
        </message>
        <message>
            <source>One long short-term memory cell to hold in your hands: every gate, weight and sum on screen, every number ready to redo by hand.</source>
            <translation>一個可以拿在手裡細看的長短期記憶（LSTM）單元：每個門、每個權重、每次求和都顯示在螢幕上，每個數字都可以親手重算。</translation>
        </message>
        <message>
            <source>Runs entirely offline.</source>
            <translation>完全離線執行。</translation>
        </message>
        <message>
            <source>Go to {0}</source>
            <extracomment>File → Picture of a view: a window whose own menus save its views sets this False. The title of the window's teacher menu ("&amp;Teacher"), gone in student mode; None: none. View → Language: the student chose this language (the application rebuilds every window in it, `lstm_lab.app.LabApp.set_language`). The kind of lesson this window shows (set by `lstm_lab.app.create_window`); "" for any. Shows a lesson of another kind in that kind's window (set by the app), or None.</extracomment>
            <translation>轉到{0}</translation>
        </message>
        <message>
            <source>Bring this view to the front and move the keyboard into it</source>
            <translation>把這個檢視放到最前面，並把鍵盤焦點移進去</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>演示</translation>
        </message>
        <message>
            <source>Leave presenter mode (Esc)</source>
            <translation>退出演示模式（Esc）</translation>
        </message>
        <message>
            <source>Back to the lesson with all its views (Esc or F5)</source>
            <translation>回到顯示所有檢視的課程（Esc 或 F5）</translation>
        </message>
        <message>
            <source>Unlocked for the teacher: the Teacher menu and every view are back until this window closes.</source>
            <translation>已為教師解鎖：在這個視窗關閉之前，“教師”選單和所有檢視都已恢復。</translation>
        </message>
        <message>
            <source>Presenter mode on and off</source>
            <translation>開啟或關閉演示模式</translation>
        </message>
        <message>
            <source>Leave presenter mode</source>
            <translation>退出演示模式</translation>
        </message>
        <message>
            <source>Other keys</source>
            <translation>其他按鍵</translation>
        </message>
        <message>
            <source>Screenshot not saved</source>
            <translation>螢幕截圖未儲存</translation>
        </message>
        <message>
            <source>Could not write {0}: {1}.</source>
            <translation>無法寫入 {0}：{1}。</translation>
        </message>
        <message>
            <source>Main view</source>
            <translation>主檢視</translation>
        </message>
        <message>
            <source>{0} as PNG or SVG…</source>
            <translation>{0}（PNG 或 SVG）…</translation>
        </message>
        <message>
            <source>Save {0} as a picture (PNG) or a drawing (SVG)</source>
            <translation>把{0}儲存為圖片（PNG）或向量圖（SVG）</translation>
        </message>
        <message>
            <source>Save a picture of {0}</source>
            <translation>儲存{0}的圖片</translation>
        </message>
        <message>
            <source>Picture not saved</source>
            <translation>圖片未儲存</translation>
        </message>
        <message>
            <source>screenshot</source>
            <translation>螢幕截圖</translation>
        </message>
        <message>
            <source>Save screenshot</source>
            <translation>儲存螢幕截圖</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 圖片 (*.png)</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>未匯出</translation>
        </message>
        <message>
            <source>This kind of lesson cannot be exported as code yet.</source>
            <translation>這類課程暫時還不能匯出為程式碼。</translation>
        </message>
        <message>
            <source>NumPy only (runs anywhere Python and NumPy are installed)</source>
            <translation>只用 NumPy（裝有 Python 和 NumPy 的地方都能執行）</translation>
        </message>
        <message>
            <source>PyTorch (needs torch)</source>
            <translation>PyTorch（需要 torch）</translation>
        </message>
        <message>
            <source>Export as code</source>
            <translation>匯出為程式碼</translation>
        </message>
        <message>
            <source>Write the script with:</source>
            <translation>指令碼使用：</translation>
        </message>
        <message>
            <source>Python script (*.py)</source>
            <translation>Python 指令碼 (*.py)</translation>
        </message>
        <message>
            <source>Wrote {0}; run it with: python {1}</source>
            <translation>已寫入 {0}；執行方法：python {1}</translation>
        </message>
    </context>
    <context>
        <name>LossPlot</name>
        <message>
            <source>training MSE</source>
            <extracomment>The least height with a curve to show: room for the axes and a few decades.</extracomment>
            <translation>訓練 MSE</translation>
        </message>
        <message>
            <source>held-out MSE</source>
            <translation>留出集 MSE</translation>
        </message>
        <message>
            <source>How far the output still is from the target (mean squared error) after each epoch of training. The scale is logarithmic: each step down the axis is ten times smaller. On a lesson the dashed line is the error on fresh sequences the cell never trained on.</source>
            <translation>每輪訓練後，輸出離目標還有多遠（均方誤差）。縱軸是對數刻度：沿座標軸每向下一格就小十倍。在課程中，虛線是單元從未訓練過的新序列上的誤差。</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>輪</translation>
        </message>
        <message>
            <source>Press Train to watch the error fall.</source>
            <translation>按“訓練”，觀察誤差下降。</translation>
        </message>
    </context>
    <context>
        <name>NumberListEdit</name>
        <message>
            <source>{problem}. The last good {noun} is still in use.</source>
            <translation>{problem}。仍在使用上一個有效的{noun}。</translation>
        </message>
        <message>
            <source>{problem}. There is no {noun} until this is fixed.</source>
            <translation>{problem}。改正之前沒有{noun}。</translation>
        </message>
    </context>
    <context>
        <name>ParamSlider</name>
        <message>
            <source>Lock {name}: training leaves it alone</source>
            <translation>鎖定 {name}：訓練不會改變它</translation>
        </message>
        <message>
            <source>Lock {0}</source>
            <translation>鎖定 {0}</translation>
        </message>
        <message>
            <source>Training leaves a locked value alone</source>
            <translation>訓練不會改變鎖定的值</translation>
        </message>
        <message>
            <source>Back to the default, {value}</source>
            <translation>恢復預設值 {value}</translation>
        </message>
        <message>
            <source>Reset {0} to {1}</source>
            <translation>把 {0} 重置為 {1}</translation>
        </message>
        <message>
            <source>Lock {what}: training leaves them alone</source>
            <translation>鎖定 {what}：訓練不會改變它們</translation>
        </message>
        <message>
            <source>{0} locked by this exercise: training leaves it alone.</source>
            <translation>{0} 被本練習鎖定：訓練不會改變它。</translation>
        </message>
        <message>
            <source>Set a target to see which way training would push this.</source>
            <translation>設定目標後，就能看到訓練會把它往哪個方向推。</translation>
        </message>
        <message>
            <source>Training would raise {name} (−∂MSE/∂{name} = {value})</source>
            <translation>訓練會增大 {name}（−∂MSE/∂{name} = {value}）</translation>
        </message>
        <message>
            <source>Training would lower {name} (−∂MSE/∂{name} = {value})</source>
            <translation>訓練會減小 {name}（−∂MSE/∂{name} = {value}）</translation>
        </message>
        <message>
            <source>Training would leave {name} (−∂MSE/∂{name} = {value})</source>
            <translation>訓練不會改變 {name}（−∂MSE/∂{name} = {value}）</translation>
        </message>
        <message>
            <source>Δ {change}</source>
            <translation>Δ {change}</translation>
        </message>
        <message>
            <source>What the last training did to {name}: after − before = {change} exactly. The column goes when a weight changes or training starts again.</source>
            <translation>上一次訓練對 {name} 的改變：訓練後 − 訓練前 = {change}（精確值）。權重一改變或再次開始訓練，這一列就會消失。</translation>
        </message>
        <message>
            <source>{name} changed by {change} in the last training</source>
            <translation>{name} 在上一次訓練中改變了 {change}</translation>
        </message>
        <message>
            <source>Range {low} … {high}, default {default}. Type any value in the box; the range grows to hold it.</source>
            <translation>範圍 {low} … {high}，預設 {default}。可以在框中輸入任意值，範圍會隨之擴大。</translation>
        </message>
        <message>
            <source>Fixed by this lesson: the teacher chose this value for the exercise.</source>
            <translation>由本課固定：這是教師為練習選定的值。</translation>
        </message>
        <message>
            <source>The box shows {shown} rounded; {name} is {exact} exactly. Click into the box to see every digit.</source>
            <translation>框中顯示的 {shown} 是四捨五入後的值；{name} 的精確值是 {exact}。點選框內可檢視全部位數。</translation>
        </message>
        <message>
            <source>{0}, {1} to {2}</source>
            <translation>{0}，{1} 到 {2}</translation>
        </message>
        <message>
            <source>{0}, {1} to {2}, changed by {3} in the last training</source>
            <translation>{0}，{1} 到 {2}，在上一次訓練中改變了 {3}</translation>
        </message>
        <message>
            <source>{problem}. {name} stays {kept}.</source>
            <translation>{problem}。{name} 保持為 {kept}。</translation>
        </message>
        <message>
            <source>{what} locked: training leaves it alone. Click to free.</source>
            <translation>{what} 已鎖定：訓練不會改變它。點選解除鎖定。</translation>
        </message>
        <message>
            <source>{what} free: training may move it. Click to lock.</source>
            <translation>{what} 未鎖定：訓練可能會改變它。點選鎖定。</translation>
        </message>
    </context>
    <context>
        <name>Parameters</name>
        <message>
            <source>forget gate</source>
            <extracomment>(cell, gate) → (the gate's name, what it sets, what raising its weights does).</extracomment>
            <translation>遺忘門</translation>
        </message>
        <message>
            <source>how much of the old cell state C(t−1) is kept</source>
            <translation>舊的細胞狀態 C(t−1) 保留多少</translation>
        </message>
        <message>
            <source>opens it (towards 1)</source>
            <translation>使它開啟（趨向 1）</translation>
        </message>
        <message>
            <source>input gate</source>
            <translation>輸入門</translation>
        </message>
        <message>
            <source>how much of the new candidate C̃(t) is written into the cell state</source>
            <translation>新的候選值 C̃(t) 有多少寫入細胞狀態</translation>
        </message>
        <message>
            <source>cell candidate</source>
            <translation>候選值</translation>
        </message>
        <message>
            <source>the new value C̃(t) offered to the cell state</source>
            <translation>提供給細胞狀態的新值 C̃(t)</translation>
        </message>
        <message>
            <source>pushes C̃ towards +1</source>
            <translation>把 C̃ 推向 +1</translation>
        </message>
        <message>
            <source>output gate</source>
            <translation>輸出門</translation>
        </message>
        <message>
            <source>how much of tanh(C(t)) is let out as the hidden state h(t)</source>
            <translation>tanh(C(t)) 有多少作為隱藏狀態 h(t) 輸出</translation>
        </message>
        <message>
            <source>update gate</source>
            <translation>更新門</translation>
        </message>
        <message>
            <source>how much of the new candidate h̃(t) replaces the old state h(t−1)</source>
            <translation>新的候選值 h̃(t) 在多大程度上取代舊狀態 h(t−1)</translation>
        </message>
        <message>
            <source>reset gate</source>
            <translation>重置門</translation>
        </message>
        <message>
            <source>how much of h(t−1) the candidate h̃(t) gets to see</source>
            <translation>候選值 h̃(t) 能看到多少 h(t−1)</translation>
        </message>
        <message>
            <source>candidate</source>
            <translation>候選值</translation>
        </message>
        <message>
            <source>the new value h̃(t) offered to the hidden state</source>
            <translation>提供給隱藏狀態的新值 h̃(t)</translation>
        </message>
        <message>
            <source>pushes h̃ towards +1</source>
            <translation>把 h̃ 推向 +1</translation>
        </message>
        <message>
            <source>Input weight of the {gate}, which sets {role}. Raising {name} makes the {gate} listen more to the input x(t): a positive input then {opens}.</source>
            <extracomment>(cell, kind of parameter) → the tooltip of a gate's parameter.</extracomment>
            <translation>{gate}的輸入權重；{gate}決定{role}。調大 {name}，{gate}就更多地聽取輸入 x(t)：這時正的輸入會{opens}。</translation>
        </message>
        <message>
            <source>Recurrent weight of the {gate}, which sets {role}. Raising {name} makes the {gate} listen more to the previous hidden state h(t−1): a positive h(t−1) then {opens}.</source>
            <translation>{gate}的迴圈權重；{gate}決定{role}。調大 {name}，{gate}就更多地聽取上一步的隱藏狀態 h(t−1)：這時正的 h(t−1) 會{opens}。</translation>
        </message>
        <message>
            <source>Bias of the {gate}, which sets {role}. Raising {name} {opens} whatever the inputs are; lowering it does the opposite.</source>
            <translation>{gate}的偏置；{gate}決定{role}。無論輸入如何，調大 {name} 都會{opens}；調小則相反。</translation>
        </message>
        <message>
            <source>Weight of the {gate}, which sets {role}. It sets both the input weight {input} and the recurrent weight {recurrent}, so the gate listens to x(t) and h(t−1) equally; raising it makes the gate follow both more strongly.</source>
            <translation>{gate}的權重；{gate}決定{role}。它同時設定輸入權重 {input} 和迴圈權重 {recurrent}，所以門對 x(t) 和 h(t−1) 聽取得一樣多；調大它，門對兩者的跟隨都更強。</translation>
        </message>
        <message>
            <source>Input weight of the {gate}, which sets {role}. Raising {name} makes it listen more to the input x(t): a positive input then {opens}.</source>
            <translation>{gate}的輸入權重；{gate}決定{role}。調大 {name}，它就更多地聽取輸入 x(t)：這時正的輸入會{opens}。</translation>
        </message>
        <message>
            <source>Recurrent weight of the {gate}, which sets {role}. Raising {name} makes it listen more to {source}: a positive value there then {opens}.</source>
            <translation>{gate}的迴圈權重；{gate}決定{role}。調大 {name}，它就更多地聽取 {source}：這時那裡的正值會{opens}。</translation>
        </message>
        <message>
            <source>Bias of the {gate}, which sets {role}. Raising {name} {opens} whatever the inputs are.</source>
            <translation>{gate}的偏置；{gate}決定{role}。無論輸入如何，調大 {name} 都會{opens}。</translation>
        </message>
        <message>
            <source>Output weight: y(t) = w_out·h(t) + b_out. Raising w_out makes the output y(t) follow the hidden state h(t) more strongly; a negative value flips it.</source>
            <extracomment>(cell, parameter) → the whole tooltip of a parameter that belongs to no gate.</extracomment>
            <translation>輸出權重：y(t) = w_out·h(t) + b_out。調大 w_out，輸出 y(t) 就更緊地跟隨隱藏狀態 h(t)；取負值則把它翻轉。</translation>
        </message>
        <message>
            <source>Output bias: raising b_out shifts every output y(t) up by the same amount.</source>
            <translation>輸出偏置：調大 b_out，每個輸出 y(t) 都向上平移相同的量。</translation>
        </message>
        <message>
            <source>Output weight: y(t) = w_out·h(t) + b_out. Raising w_out makes the output follow the hidden state h(t) more strongly; a negative value flips it.</source>
            <translation>輸出權重：y(t) = w_out·h(t) + b_out。調大 w_out，輸出就更緊地跟隨隱藏狀態 h(t)；取負值則把它翻轉。</translation>
        </message>
        <message>
            <source>Input weight: raising w_in makes the hidden state h(t) react more to the input x(t).</source>
            <translation>輸入權重：調大 w_in，隱藏狀態 h(t) 對輸入 x(t) 的反應就更強。</translation>
        </message>
        <message>
            <source>Recurrent weight: raising w_hh makes h(t) keep more of the previous hidden state h(t−1), so a pulse fades more slowly.</source>
            <translation>迴圈權重：調大 w_hh，h(t) 就保留更多上一步的隱藏狀態 h(t−1)，於是脈衝消退得更慢。</translation>
        </message>
        <message>
            <source>Bias: raising b pushes the hidden state h(t) up whatever the input is.</source>
            <translation>偏置：無論輸入如何，調大 b 都會把隱藏狀態 h(t) 往上推。</translation>
        </message>
        <message>
            <source>Output weight: y(t) = w_out·h(t). Raising w_out makes the output follow the hidden state more strongly; a negative value flips it.</source>
            <translation>輸出權重：y(t) = w_out·h(t)。調大 w_out，輸出就更緊地跟隨隱藏狀態；取負值則把它翻轉。</translation>
        </message>
        <message>
            <source>{gate} input weight</source>
            <extracomment>Kind of parameter → how a gate's parameter is said ("forget gate input weight").</extracomment>
            <translation>{gate}輸入權重</translation>
        </message>
        <message>
            <source>{gate} recurrent weight</source>
            <translation>{gate}迴圈權重</translation>
        </message>
        <message>
            <source>{gate} bias</source>
            <translation>{gate}偏置</translation>
        </message>
        <message>
            <source>{gate} weight</source>
            <translation>{gate}權重</translation>
        </message>
        <message>
            <source>input weight</source>
            <extracomment>Kind of parameter → how a parameter of no gate is said.</extracomment>
            <translation>輸入權重</translation>
        </message>
        <message>
            <source>recurrent weight</source>
            <translation>迴圈權重</translation>
        </message>
        <message>
            <source>bias</source>
            <translation>偏置</translation>
        </message>
        <message>
            <source>output weight</source>
            <translation>輸出權重</translation>
        </message>
        <message>
            <source>output bias</source>
            <translation>輸出偏置</translation>
        </message>
        <message>
            <source>forget</source>
            <extracomment>The LSTM's gates as the cell diagram names them, where space is short.</extracomment>
            <translation>遺忘</translation>
        </message>
        <message>
            <source>input</source>
            <translation>輸入</translation>
        </message>
        <message>
            <source>output</source>
            <translation>輸出</translation>
        </message>
    </context>
    <context>
        <name>PassphraseBox</name>
        <message>
            <source>Teacher passphrase (optional)</source>
            <translation>教師口令（可選）</translation>
        </message>
        <message>
            <source>With a passphrase the saved file opens in student mode: no Teacher menu, the hidden views cannot be shown and the fixed sliders and locks stay until File → Unlock for the teacher… is given the passphrase. The file keeps only a salted hash of it.</source>
            <translation>設了口令，儲存的檔案會以學生模式開啟：沒有“教師”選單，隱藏的檢視無法顯示，固定的滑塊和鎖定保持不變，直到在“檔案 → 教師解鎖…”中輸入口令。檔案裡只儲存口令加鹽後的雜湊值。</translation>
        </message>
        <message>
            <source>With a passphrase the saved file opens in student mode until File → Unlock for the teacher… is given it. Only a salted hash of it is saved.</source>
            <translation>設了口令，儲存的檔案會以學生模式開啟，直到在“檔案 → 教師解鎖…”中輸入口令。只儲存口令加鹽後的雜湊值。</translation>
        </message>
        <message>
            <source>This lesson has a passphrase: leave the fields empty to keep it, or type a new one twice.</source>
            <translation>本課已有口令：留空則保留原口令，或者輸入兩遍新口令。</translation>
        </message>
        <message>
            <source>Teacher passphrase</source>
            <translation>教師口令</translation>
        </message>
        <message>
            <source>Teacher passphrase again</source>
            <translation>再次輸入教師口令</translation>
        </message>
        <message>
            <source>Remove the passphrase</source>
            <translation>刪除口令</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>再輸一遍</translation>
        </message>
        <message>
            <source>A passphrase needs at least {count} characters.</source>
            <translation>口令至少需要 {count} 個字元。</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>兩次輸入的口令不同：請把同一個口令輸入兩遍。</translation>
        </message>
    </context>
    <context>
        <name>PlaybackKeys</name>
        <message>
            <source>&lt;p&gt;After any click, the arrow keys, Space, Home and End step through the sequence. To move a slider or press a button with the keyboard, press &lt;b&gt;Tab&lt;/b&gt; until it shows a coloured frame; the arrows then move it (Page Up and Page Down in larger steps). &lt;b&gt;Esc&lt;/b&gt; gives the keys back to the steps; so does &lt;b&gt;Enter&lt;/b&gt; in a text box once its text is taken.&lt;/p&gt;</source>
            <extracomment>What Help → Keyboard shortcuts says about the keys, under the list of shortcuts (the shortcuts' dialog translates it, `lstm_lab.shell.lesson_window.show_shortcuts`).</extracomment>
            <translation>&lt;p&gt;點選任何地方之後，方向鍵、Space、Home 和 End 都用來逐步瀏覽序列。要用鍵盤移動滑塊或按下按鈕，請反覆按 &lt;b&gt;Tab&lt;/b&gt;，直到它出現彩色邊框；然後用方向鍵移動它（Page Up 和 Page Down 步子更大）。按 &lt;b&gt;Esc&lt;/b&gt; 可把按鍵交還給逐步瀏覽；在文本框中按 &lt;b&gt;Enter&lt;/b&gt; 並且文字被接受後也是如此。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>RecentFiles</name>
        <message>
            <source>It is no longer there.</source>
            <extracomment>Longest path kept in the list (a settings file edited by hand may hold anything).</extracomment>
            <translation>它已經不在原處了。</translation>
        </message>
        <message>
            <source>It cannot be read.</source>
            <translation>無法讀取它。</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Forget gate</source>
            <extracomment>Each gate's title in the math of a step (translated with the context "Report").</extracomment>
            <translation>遺忘門</translation>
        </message>
        <message>
            <source>Input gate</source>
            <translation>輸入門</translation>
        </message>
        <message>
            <source>Cell candidate</source>
            <translation>候選值</translation>
        </message>
        <message>
            <source>Output gate</source>
            <translation>輸出門</translation>
        </message>
        <message>
            <source>Cell state</source>
            <extracomment>The titles of the other blocks of a step's math.</extracomment>
            <translation>細胞狀態</translation>
        </message>
        <message>
            <source>Hidden state</source>
            <translation>隱藏狀態</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>輸出</translation>
        </message>
        <message>
            <source>t = 0: nothing computed yet.</source>
            <extracomment>(trace field, heading) of the step table, in the order `lstm-lab trace` prints them.</extracomment>
            <translation>t = 0：還沒有任何計算。</translation>
        </message>
        <message>
            <source>Press Step ▶ (or the Right key) to run</source>
            <translation>按“單步 ▶”（或右方向鍵）執行</translation>
        </message>
        <message>
            <source>step 1 with x(1) = {x}.</source>
            <translation>第 1 步，x(1) = {x}。</translation>
        </message>
        <message>
            <source>Step t = {t}</source>
            <translation>第 t = {t} 步</translation>
        </message>
        <message>
            <source>(pinned)</source>
            <translation>（已固定）</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>{path} is not a file but a pipe, device or folder</source>
            <extracomment>A settings file larger than this is not one the app wrote (its own are a few kB).</extracomment>
            <translation>{path} 不是檔案，而是管道、裝置或資料夾</translation>
        </message>
        <message>
            <source>{path} is {size:.1f} MB, far larger than any settings LSTM Lab writes</source>
            <translation>{path} 大小為 {size:.1f} MB，遠大於 LSTM Lab 寫出的任何設定檔案</translation>
        </message>
        <message>
            <source>LSTM Lab cannot use its settings file: {problem}. It starts with the default settings and keeps no change this time. Remove or rename that file to start afresh.</source>
            <translation>LSTM Lab 無法使用它的設定檔案：{problem}。本次將以預設設定啟動，並且不會儲存任何更改。刪除或重新命名該檔案即可重新開始。</translation>
        </message>
    </context>
    <context>
        <name>StartGuide</name>
        <message>
            <source>Start here — LSTM Lab</source>
            <extracomment>Set once the guide has been shown, so it opens by itself only once.</extracomment>
            <translation>從這裡開始 —— LSTM Lab</translation>
        </message>
        <message>
            <source>Start here: the guide</source>
            <translation>從這裡開始：入門指南</translation>
        </message>
        <message>
            <source>This lesson is an exercise your teacher prepared: some views or sliders this guide speaks of may be hidden or fixed on purpose. The lesson's own text says what to do.</source>
            <translation>本課是老師準備的練習：本指南提到的某些檢視或滑塊可能被特意隱藏或固定。該做什麼，請看本課自己的說明。</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Hold one LSTM cell in your hands and watch it remember and forget. Pick a lesson to begin.</source>
            <extracomment>The student chose a theme or text size here (saved in the settings already). View → Language: the student chose this language.</extracomment>
            <translation>把一個 LSTM 單元拿在手裡，看它如何記住、如何遺忘。選一門課程開始吧。</translation>
        </message>
        <message>
            <source>Open a lesson file…</source>
            <translation>開啟課程檔案…</translation>
        </message>
        <message>
            <source>Open a lesson a teacher or you saved (.lstmlab)</source>
            <translation>開啟教師或你自己儲存的課程（.lstmlab）</translation>
        </message>
        <message>
            <source>Recent lesson files</source>
            <translation>最近的課程檔案</translation>
        </message>
        <message>
            <source>Lesson files opened or saved lately: click to open</source>
            <translation>最近開啟或儲存的課程檔案：點選即可開啟</translation>
        </message>
        <message>
            <source>{name} (cannot be opened)</source>
            <translation>{name}（無法開啟）</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>暫無</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>Training stopped: the error grew without bound (learning rate too high?). The last good weights are back.</source>
            <extracomment>Shown translated: ``translate("Training", DIVERGED_MESSAGE)``.</extracomment>
            <translation>訓練已停止：誤差無限增大（學習率太高了？）。已恢復到上一組有效的權重。</translation>
        </message>
        <message>
            <source>Mean training MSE</source>
            <extracomment>The training settings' limits, as (lowest, highest): one constant each, for the training panel's boxes and the lesson file's check alike. The learning rate must also be above 0. The training speeds offered, in epochs a second; None: as fast as the computer goes (the views then follow about 30 times a second). At a set speed the views follow every epoch, so a class can watch the weights move. A display choice of this computer, kept in the app's settings, not in a lesson file: it does not change what training computes.</extracomment>
            <translation>平均訓練 MSE</translation>
        </message>
        <message>
            <source>Epoch {epoch}</source>
            <translation>第 {epoch} 輪</translation>
        </message>
        <message>
            <source>Iteration {iteration}</source>
            <translation>第 {iteration} 次迭代</translation>
        </message>
        <message>
            <source>Held-out MSE {mse}</source>
            <translation>留出集 MSE {mse}</translation>
        </message>
        <message>
            <source>mean MSE of the {count} training sequences</source>
            <translation>{count} 個訓練序列的平均 MSE</translation>
        </message>
        <message>
            <source>held-out MSE {mse}</source>
            <translation>留出集 MSE {mse}</translation>
        </message>
        <message>
            <source>training…</source>
            <translation>訓練中…</translation>
        </message>
        <message>
            <source>reached the goal</source>
            <translation>已達到目標</translation>
        </message>
        <message>
            <source>stopped after {epochs} epochs without reaching the goal (MSE below {goal})</source>
            <translation>訓練 {epochs} 輪後停止，未達到目標（MSE 低於 {goal}）</translation>
        </message>
        <message>
            <source>one epoch done</source>
            <translation>完成一輪</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
    </context>
    <context>
        <name>TrainingTasks</name>
        <message>
            <source>Hold the pulse</source>
            <extracomment>Task name → (title, description) of the training tasks (`lstm_lab.engine.tasks.TASKS`).</extracomment>
            <translation>保持脈衝</translation>
        </message>
        <message>
            <source>A single pulse arrives; from the next step on the output should stay at 1 for as long as the sequence lasts. To follow this rule on any sequence, the cell has to write the pulse into its memory and keep it.</source>
            <translation>一個脈衝到來；從下一步起，輸出應一直保持為 1，直到序列結束。要在任何序列上遵循這條規則，單元必須把脈衝寫入記憶並保留下來。</translation>
        </message>
        <message>
            <source>Echo</source>
            <translation>回聲</translation>
        </message>
        <message>
            <source>The output repeats the input at the same step: y(t) = x(t). No memory needed.</source>
            <translation>輸出在同一步重複輸入：y(t) = x(t)。不需要記憶。</translation>
        </message>
        <message>
            <source>Delay by one</source>
            <translation>延遲一步</translation>
        </message>
        <message>
            <source>The output repeats the input one step later: y(t) = x(t−1). To follow this rule on any sequence, the cell has to remember one step and no more.</source>
            <translation>輸出晚一步重複輸入：y(t) = x(t−1)。要在任何序列上遵循這條規則，單元必須記住一步，且只記一步。</translation>
        </message>
        <message>
            <source>Running count</source>
            <translation>累計計數</translation>
        </message>
        <message>
            <source>The output counts the pulses so far, divided by the length of the sequence: y(t) = (x(1) + … + x(t)) / T. To count on any sequence, the cell state has to add up without forgetting.</source>
            <translation>輸出是到目前為止的脈衝個數除以序列長度：y(t) = (x(1) + … + x(t)) / T。要在任何序列上計數，細胞狀態必須不斷累加而不遺忘。</translation>
        </message>
        <message>
            <source>Forget after a reset</source>
            <translation>重置後遺忘</translation>
        </message>
        <message>
            <source>The first pulse switches the memory on (the output is 1 from the next step), a second pulse resets it to 0. The forget gate has to learn when to let go.</source>
            <translation>第一個脈衝開啟記憶（從下一步起輸出為 1），第二個脈衝把它重置為 0。遺忘門必須學會何時放手。</translation>
        </message>
        <message>
            <source>Adam</source>
            <extracomment>Optimiser key → its name as the training panel lists it (`engine.training.OPTIMIZERS`).</extracomment>
            <translation>Adam</translation>
        </message>
        <message>
            <source>SGD with momentum (0.9)</source>
            <translation>帶動量的 SGD（0.9）</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock for the teacher</source>
            <translation>教師解鎖</translation>
        </message>
        <message>
            <source>This exercise is locked by its teacher. The teacher passphrase brings back the Teacher menu and every view in this window until it closes.</source>
            <translation>這個練習被老師鎖定了。輸入教師口令後，在這個視窗關閉之前，“教師”選單和所有檢視都會恢復。</translation>
        </message>
        <message>
            <source>Teacher passphrase</source>
            <translation>教師口令</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解鎖</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <source>That is not the teacher passphrase of this exercise. Nothing was unlocked.</source>
            <translation>這不是本練習的教師口令。沒有解鎖任何內容。</translation>
        </message>
    </context>
    <context>
        <name>pictures</name>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <extracomment>The sizes a PNG can be saved at, in multiples of the view's size on screen. The kinds of picture a view can be saved as, for a save dialog (`picture_filters` gives them in the language in effect).</extracomment>
            <translation>PNG 圖片 (*.png);;SVG 向量圖 (*.svg)</translation>
        </message>
        <message>
            <source>the picture could not be encoded or written</source>
            <extracomment>Where the chosen size is kept in the settings.</extracomment>
            <translation>圖片無法編碼或寫入</translation>
        </message>
        <message>
            <source>a picture</source>
            <translation>圖片</translation>
        </message>
        <message>
            <source>the drawing could not be started</source>
            <translation>無法開始繪製向量圖</translation>
        </message>
        <message>
            <source>nothing was written</source>
            <translation>什麼也沒有寫入</translation>
        </message>
        <message>
            <source>a drawing</source>
            <translation>向量圖</translation>
        </message>
        <message>
            <source>Picture size (PNG)</source>
            <translation>圖片尺寸（PNG）</translation>
        </message>
        <message>
            <source>1× (as on screen)</source>
            <translation>1×（與螢幕上相同）</translation>
        </message>
        <message>
            <source>2× (for slides)</source>
            <translation>2×（用於幻燈片）</translation>
        </message>
        <message>
            <source>4× (for print)</source>
            <translation>4×（用於列印）</translation>
        </message>
        <message>
            <source>Save pictures (PNG) at {0} times the size on screen, drawn sharp at that size</source>
            <translation>以螢幕上 {0} 倍的尺寸儲存圖片（PNG），並按該尺寸清晰繪製</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CellDiagram</name>
    <message>
        <source>The LSTM cell at the current step. The blue highway at the top carries the cell state C; a gate glows brighter the more it is open. Every number is the value flowing there at this step.</source>
        <extracomment>Text inside a circle, and the labels in the row of gates (145 units apart), grow at most this much: the circles and the gaps keep their size. Room for a gate&apos;s weights between its wire and the previous gate&apos;s (145 apart). ... and from the gate up to below the × of the input gate&apos;s wire (the candidate&apos;s label). The room of each number written beside a wire (scene rect) and the point of that room its text is anchored to (see `CellDiagram._place`); a larger text size shrinks back into it. Offsets of a node&apos;s symbol and value from its centre, in radii.</extracomment>
        <translation>当前时间步的 LSTM 单元。顶部的蓝色“高速公路”承载细胞状态 C；门开得越大，亮得越明显。每个数字都是这一步流经该处的值。</translation>
    </message>
    <message>
        <source>LSTM cell</source>
        <extracomment>Behind each gate&apos;s name, in the cell&apos;s colour: the wires from the buses up to the gate pass under the name instead of through its letters.</extracomment>
        <translation>LSTM 单元</translation>
    </message>
    <message>
        <source>h(t) → step t+1</source>
        <translation>h(t) → 第 t+1 步</translation>
    </message>
    <message>
        <source>cell state C(t)</source>
        <translation>细胞状态 C(t)</translation>
    </message>
    <message>
        <source>hidden state h(t)</source>
        <translation>隐藏状态 h(t)</translation>
    </message>
    <message>
        <source>forget gate f(t)</source>
        <translation>遗忘门 f(t)</translation>
    </message>
    <message>
        <source>input gate i(t)</source>
        <translation>输入门 i(t)</translation>
    </message>
    <message>
        <source>candidate C̃(t)</source>
        <translation>候选值 C̃(t)</translation>
    </message>
    <message>
        <source>output gate o(t)</source>
        <translation>输出门 o(t)</translation>
    </message>
    <message>
        <source>input x(t)</source>
        <translation>输入 x(t)</translation>
    </message>
    <message>
        <source>{value}, pinned</source>
        <translation>{value}，已固定</translation>
    </message>
    <message>
        <source>output y(t)</source>
        <translation>输出 y(t)</translation>
    </message>
    <message>
        <source>previous cell state C(t−1)</source>
        <translation>上一步的细胞状态 C(t−1)</translation>
    </message>
    <message>
        <source>previous hidden state h(t−1)</source>
        <translation>上一步的隐藏状态 h(t−1)</translation>
    </message>
    <message>
        <source>{cell} cell, before step 1 of {steps}</source>
        <extracomment>The view scale at which the designed font sizes read well (the default window, 1440×900). A smaller view enlarges the text in the scene to make up for it, up to FONT_BOOST_MAX times, and a larger text size (View → Larger text) enlarges it further: the labels on screen never shrink with the window and always grow with the text size.</extracomment>
        <translation>{cell} 单元，共 {steps} 步，第 1 步之前</translation>
    </message>
    <message>
        <source>{cell} cell, step {step} of {steps}</source>
        <translation>{cell} 单元，第 {step} 步，共 {steps} 步</translation>
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
        <source>size &quot;{text}&quot; must look like 1440x900</source>
        <translation>尺寸“{text}”应写成 1440x900 这样的形式</translation>
    </message>
    <message>
        <source>size &quot;{text}&quot; must be between 200x200 and 10000x10000</source>
        <translation>尺寸“{text}”必须在 200x200 到 10000x10000 之间</translation>
    </message>
    <message>
        <source>--screenshot needs a file name, e.g. --screenshot window.png</source>
        <translation>--screenshot 需要一个文件名，例如 --screenshot window.png</translation>
    </message>
    <message>
        <source>--screenshot: {path} is a folder; give a file name, e.g. {path}/window.png</source>
        <translation>--screenshot：{path} 是一个文件夹；请给出文件名，例如 {path}/window.png</translation>
    </message>
    <message>
        <source>--screenshot: {path} is a pipe, device or socket, not a file</source>
        <translation>--screenshot：{path} 是管道、设备或套接字，不是文件</translation>
    </message>
    <message>
        <source>--screenshot: the folder {folder} does not exist</source>
        <translation>--screenshot：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>--screenshot: cannot write in the folder {folder} ({reason})</source>
        <translation>--screenshot：无法在文件夹 {folder} 中写入（{reason}）</translation>
    </message>
    <message>
        <source>{option} sets how a --screenshot looks; use it with --screenshot PATH</source>
        <extracomment>What --theme and --colours accept (the names View → theme and View → Colours keep).</extracomment>
        <translation>{option} 用于设置 --screenshot 截图的外观；请与 --screenshot PATH 一起使用</translation>
    </message>
    <message>
        <source>--theme must be dark, light or contrast, not &quot;{value}&quot;</source>
        <translation>--theme 必须是 dark、light 或 contrast，而不是“{value}”</translation>
    </message>
    <message>
        <source>--colours must be standard or safe, not &quot;{value}&quot;</source>
        <translation>--colours 必须是 standard 或 safe，而不是“{value}”</translation>
    </message>
    <message>
        <source>--text-scale must be one of {sizes}, not &quot;{value}&quot;</source>
        <translation>--text-scale 必须是 {sizes} 之一，而不是“{value}”</translation>
    </message>
    <message>
        <source>commands (lstm-lab COMMAND --help for each):</source>
        <translation>命令（各命令的说明：lstm-lab 命令 --help）：</translation>
    </message>
    <message>
        <source>LSTM Lab: watch one LSTM cell remember and forget.</source>
        <translation>LSTM Lab：观察一个 LSTM 单元如何记住与遗忘。</translation>
    </message>
    <message>
        <source>a lesson file to open</source>
        <translation>要打开的课程文件</translation>
    </message>
    <message>
        <source>open a built-in lesson</source>
        <translation>打开一门内置课程</translation>
    </message>
    <message>
        <source>print the built-in lessons&apos; names and titles, then exit</source>
        <translation>列出内置课程的名称和标题，然后退出</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>显示版本号，然后退出</translation>
    </message>
    <message>
        <source>the language of the app and of this command&apos;s messages: English, Simplified or Traditional Chinese (default: for the app, the one chosen under View → Language, else the system&apos;s; for the command line, the system&apos;s); it is not saved</source>
        <translation>程序界面和本命令消息所用的语言：英文、简体中文或繁体中文（默认：程序界面用“视图 → 语言”中选择的语言，否则用系统语言；命令行用系统语言）；此选项不会被保存</translation>
    </message>
    <message>
        <source>render the lesson window (or the start screen when no lesson is named) to a PNG file and exit</source>
        <translation>把课程窗口（未指定课程时为开始界面）渲染成 PNG 文件，然后退出</translation>
    </message>
    <message>
        <source>the theme of the --screenshot (default: the saved one)</source>
        <translation>--screenshot 截图的主题（默认：已保存的主题）</translation>
    </message>
    <message>
        <source>the colours of the --screenshot: standard or colour-blind safe (default: the saved ones)</source>
        <translation>--screenshot 截图的配色：标准配色或色盲友好配色（默认：已保存的配色）</translation>
    </message>
    <message>
        <source>the text size of the --screenshot, one of View → Larger text&apos;s sizes (0.85, 1, 1.15, 1.3, 1.5, 1.75 or 2; default: the saved one)</source>
        <translation>--screenshot 截图的文字大小，取“视图 → 放大文字”的档位之一（0.85、1、1.15、1.3、1.5、1.75 或 2；默认：已保存的大小）</translation>
    </message>
    <message>
        <source>input sequence to show</source>
        <translation>要显示的输入序列</translation>
    </message>
    <message>
        <source>time step to show</source>
        <translation>要显示的时间步</translation>
    </message>
    <message>
        <source>window size for --screenshot (default 1440x900)</source>
        <translation>--screenshot 截图的窗口尺寸（默认 1440x900）</translation>
    </message>
    <message>
        <source>open the lesson in presenter mode (View menu, F5): its main picture fills the window, its numbers as large as the room allows; also with --screenshot</source>
        <translation>以演示模式打开课程（视图菜单，F5）：主图铺满窗口，数字尽可能放大；也可与 --screenshot 一起使用</translation>
    </message>
    <message>
        <source>start with Reduce motion (View menu) on for this run: nothing moves or fades (the saved setting is not changed)</source>
        <translation>本次运行开启“减少动画”（视图菜单）：没有任何移动或淡入淡出（不改变已保存的设置）</translation>
    </message>
    <message>
        <source>check that this installation works, then exit</source>
        <translation>检查本安装能否正常工作，然后退出</translation>
    </message>
    <message>
        <source>--language needs one of: {names}</source>
        <translation>--language 需要以下之一：{names}</translation>
    </message>
    <message>
        <source>--language must be one of {names}, not &quot;{value}&quot;</source>
        <translation>--language 必须是 {names} 之一，而不是“{value}”</translation>
    </message>
    <message>
        <source>could not write the output ({reason})</source>
        <translation>无法写出输出（{reason}）</translation>
    </message>
    <message>
        <source>name a lesson file or --lesson, not both</source>
        <translation>请指定课程文件或 --lesson，不能同时指定两者</translation>
    </message>
    <message>
        <source>--sequence and --step are for lessons of one cell, not &quot;{title}&quot;</source>
        <translation>--sequence 和 --step 只适用于单个单元的课程，不适用于“{title}”</translation>
    </message>
    <message>
        <source>--sequence: {problem}</source>
        <translation>--sequence：{problem}</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>无法写入 {path}</translation>
    </message>
    <message>
        <source>argument {argument}: {message}</source>
        <extracomment>argparse&apos;s own error messages (Python 3.11 to 3.14), each with its sentence to translate.</extracomment>
        <translation>参数 {argument}：{message}</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>无效的 {type} 值：{value}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>无效的选择：{value}（可选：{choices}）</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>无法识别的参数：{arguments}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>缺少以下必需参数：{arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>必须给出参数 {arguments} 之一</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>不能与参数 {argument} 同时使用</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>选项有歧义：{option} 可以匹配 {matches}</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>忽略了不该给出的值 {value}</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：错误：{message}</translation>
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
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助信息，然后退出</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>write a lesson as a runnable NumPy or PyTorch script</source>
        <extracomment>The package whose ``__init__`` registers the built-in kinds. The subcommands that belong to no one kind.</extracomment>
        <translation>把课程写成可运行的 NumPy 或 PyTorch 脚本</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>LSTM Lab ran into an unexpected error. It has to close now.</source>
        <translation>LSTM Lab 遇到了意外错误，现在必须关闭。</translation>
    </message>
    <message>
        <source>LSTM Lab ran into an unexpected error. You can go on working; the last action may not have finished.</source>
        <translation>LSTM Lab 遇到了意外错误。你可以继续操作；刚才的操作可能没有完成。</translation>
    </message>
    <message>
        <source>LSTM Lab: something went wrong</source>
        <translation>LSTM Lab：出错了</translation>
    </message>
    <message>
        <source>The details were saved in this file:
{path}

Please send it to whoever looks after LSTM Lab for you.</source>
        <translation>详细信息已保存在这个文件中：
{path}

请把它发给负责维护 LSTM Lab 的人。</translation>
    </message>
    <message>
        <source>({count} more error(s) since this message appeared.)</source>
        <translation>（此消息出现后又发生了 {count} 个错误。）</translation>
    </message>
</context>
<context>
    <name>EngineMessages</name>
    <message>
        <source>a number must be text, not {type}</source>
        <extracomment>Every template of the engine&apos;s messages (`lstm_lab.engine.messages`), as written there.</extracomment>
        <translation>数字必须是文本，而不是 {type}</translation>
    </message>
    <message>
        <source>the box is empty: type a number, e.g. 0.5</source>
        <translation>输入框是空的：请输入一个数字，例如 0.5</translation>
    </message>
    <message>
        <source>&quot;{shown}&quot; is not a finite number</source>
        <translation>“{shown}”不是有限的数字</translation>
    </message>
    <message>
        <source>&quot;{shown}&quot; is not a number: the decimal separator is a point and numbers have no thousands separators, e.g. 1234.5</source>
        <translation>“{shown}”不是数字：小数点用点号表示，数字也不带千位分隔符，例如 1234.5</translation>
    </message>
    <message>
        <source>&quot;{shown}&quot; is ambiguous: the decimal separator is a point, so write {decimal} for the decimal number or {whole} for the whole number</source>
        <translation>“{shown}”有歧义：小数点用点号表示，所以表示小数请写 {decimal}，表示整数请写 {whole}</translation>
    </message>
    <message>
        <source>&quot;{shown}&quot; is not a number</source>
        <translation>“{shown}”不是数字</translation>
    </message>
    <message>
        <source>&quot;{shown}&quot; is too large: numbers must lie between -1,000,000 and 1,000,000</source>
        <translation>“{shown}”太大：数字必须在 -1,000,000 到 1,000,000 之间</translation>
    </message>
    <message>
        <source>&quot;{token}&quot; has a comma inside a number in a list separated by semicolons; the decimal separator is a point: write {decimal}</source>
        <translation>在用分号分隔的列表中，“{token}”的数字里有逗号；小数点用点号表示：请写 {decimal}</translation>
    </message>
    <message>
        <source>&quot;{token}&quot; is ambiguous; the decimal separator is a point: write {decimal} for one number, or {pair} (with a space) for two</source>
        <translation>“{token}”有歧义；小数点用点号表示：表示一个数请写 {decimal}，表示两个数请写 {pair}（带空格）</translation>
    </message>
    <message>
        <source>the sequence must be text, not {type}</source>
        <translation>序列必须是文本，而不是 {type}</translation>
    </message>
    <message>
        <source>the sequence is empty: type numbers separated by commas, e.g. 1, 0, 0</source>
        <translation>序列是空的：请输入用逗号分隔的数字，例如 1, 0, 0</translation>
    </message>
    <message>
        <source>item {position} is empty: there is nothing before the first comma or semicolon</source>
        <translation>第 {position} 项是空的：第一个逗号或分号前面什么也没有</translation>
    </message>
    <message>
        <source>item {position} is empty: there is nothing after the last comma or semicolon</source>
        <translation>第 {position} 项是空的：最后一个逗号或分号后面什么也没有</translation>
    </message>
    <message>
        <source>item {position} is empty: there is nothing between two commas or semicolons</source>
        <translation>第 {position} 项是空的：两个逗号或分号之间什么也没有</translation>
    </message>
    <message>
        <source>the sequence is too long: it has {count} numbers and at most {most} are allowed</source>
        <translation>序列太长：它有 {count} 个数字，最多允许 {most} 个</translation>
    </message>
    <message>
        <source>item {position}, &quot;{shown}&quot;, is not a finite number</source>
        <translation>第 {position} 项“{shown}”不是有限的数字</translation>
    </message>
    <message>
        <source>item {position}, &quot;{shown}&quot;, is not a number</source>
        <translation>第 {position} 项“{shown}”不是数字</translation>
    </message>
    <message>
        <source>item {position}, &quot;{shown}&quot;, is too large: numbers must lie between -1,000,000 and 1,000,000</source>
        <translation>第 {position} 项“{shown}”太大：数字必须在 -1,000,000 到 1,000,000 之间</translation>
    </message>
    <message>
        <source>forget gate</source>
        <translation>遗忘门</translation>
    </message>
    <message>
        <source>input gate</source>
        <translation>输入门</translation>
    </message>
    <message>
        <source>cell candidate</source>
        <translation>候选值</translation>
    </message>
    <message>
        <source>output gate</source>
        <translation>输出门</translation>
    </message>
    <message>
        <source>unknown gate {gate} to clamp; the gates are &apos;f&apos;, &apos;i&apos;, &apos;g&apos;, &apos;o&apos;</source>
        <translation>没有可固定的门 {gate}；门只有 &apos;f&apos;、&apos;i&apos;、&apos;g&apos;、&apos;o&apos;</translation>
    </message>
    <message>
        <source>the {gate} can only be clamped to values from {low} to 1</source>
        <translation>{gate}只能固定在 {low} 到 1 之间的值</translation>
    </message>
    <message>
        <source>the {cell}&apos;s gates cannot be pinned</source>
        <translation>{cell} 的门不能固定</translation>
    </message>
    <message>
        <source>line {line}: expected one number, found {count} columns ({cells}); the series must be one column (and its numbers must use a point, not a comma, as the decimal sign)</source>
        <translation>第 {line} 行：应为一个数字，却有 {count} 列（{cells}）；序列必须只有一列（且数字必须用点号而不是逗号作小数点）</translation>
    </message>
    <message>
        <source>line {line}: {cell} is not a finite number</source>
        <translation>第 {line} 行：{cell} 不是有限的数字</translation>
    </message>
    <message>
        <source>line {line}: {cell} is not a number</source>
        <translation>第 {line} 行：{cell} 不是数字</translation>
    </message>
    <message>
        <source>line {line}: {cell} is too large a number</source>
        <translation>第 {line} 行：数字 {cell} 太大</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>line {line}: a quoted value must end with its closing quote, then a comma or the end of the line</source>
        <translation>第 {line} 行：加了引号的值必须以右引号结束，其后是逗号或行尾</translation>
    </message>
    <message>
        <source>line {line}: the file ends inside a quoted value</source>
        <translation>第 {line} 行：文件在一个加了引号的值中间结束了</translation>
    </message>
    <message>
        <source>line {line}: a value is longer than {limit} characters</source>
        <translation>第 {line} 行：有一个值超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>the file holds no numbers</source>
        <translation>文件中没有数字</translation>
    </message>
    <message>
        <source>the smoothing k must be above 0, not {k}</source>
        <translation>平滑系数 k 必须大于 0，而不是 {k}</translation>
    </message>
    <message>
        <source>there are too few records to choose k</source>
        <translation>记录太少，无法选定 k</translation>
    </message>
    <message>
        <source>nothing to read</source>
        <translation>没有可读的内容</translation>
    </message>
    <message>
        <source>the model file cannot be read ({problem})</source>
        <translation>无法读取模型文件（{problem}）</translation>
    </message>
    <message>
        <source>it is damaged (nested too deeply)</source>
        <translation>文件已损坏（嵌套太深）</translation>
    </message>
    <message>
        <source>it is damaged ({problem})</source>
        <translation>文件已损坏（{problem}）</translation>
    </message>
    <message>
        <source>it is not an LSTM Lab text model (a zip archive of {count} files)</source>
        <translation>它不是 LSTM Lab 文本模型（而是包含 {count} 个文件的 zip 压缩包）</translation>
    </message>
    <message>
        <source>it is not an LSTM Lab text model ({problem})</source>
        <translation>它不是 LSTM Lab 文本模型（{problem}）</translation>
    </message>
    <message>
        <source>{layers} layers of {units} units</source>
        <translation>{layers} 层、每层 {units} 个单元</translation>
    </message>
    <message>
        <source>{units} units</source>
        <translation>{units} 个单元</translation>
    </message>
    <message>
        <source>it has {size} and {count} weights; LSTM Lab opens models of at most {most} weights</source>
        <translation>它有 {size}，共 {count} 个权重；LSTM Lab 只能打开至多 {most} 个权重的模型</translation>
    </message>
    <message>
        <source>it is not an LSTM Lab text model (it holds {name})</source>
        <translation>它不是 LSTM Lab 文本模型（其中含有 {name}）</translation>
    </message>
    <message>
        <source>it is damaged (it holds {key} twice)</source>
        <translation>文件已损坏（{key} 出现了两次）</translation>
    </message>
    <message>
        <source>it is not an LSTM Lab text model (no {key})</source>
        <translation>它不是 LSTM Lab 文本模型（缺少 {key}）</translation>
    </message>
    <message>
        <source>its start state is damaged (start_h and start_c come together)</source>
        <translation>其初始状态已损坏（start_h 和 start_c 必须同时存在）</translation>
    </message>
    <message>
        <source>its {key} is encrypted</source>
        <translation>其 {key} 已加密</translation>
    </message>
    <message>
        <source>its {key} is compressed in a way LSTM Lab does not read</source>
        <translation>其 {key} 的压缩方式 LSTM Lab 无法读取</translation>
    </message>
    <message>
        <source>its {key} is in .npy format {version}, which LSTM Lab does not read</source>
        <translation>其 {key} 是 .npy 格式 {version}，LSTM Lab 无法读取</translation>
    </message>
    <message>
        <source>its {key} holds {found} values; LSTM Lab reads {expected}</source>
        <translation>其 {key} 存的是 {found} 类型的值；LSTM Lab 读取的是 {expected}</translation>
    </message>
    <message>
        <source>its {key} has shape {shape}; it should be a matrix (rows, columns)</source>
        <translation>其 {key} 的形状是 {shape}；它应当是矩阵（行，列）</translation>
    </message>
    <message>
        <source>its {key} has shape {shape}; it should be a vector</source>
        <translation>其 {key} 的形状是 {shape}；它应当是向量</translation>
    </message>
    <message>
        <source>its {key} has shape {shape}, which holds nothing</source>
        <translation>其 {key} 的形状是 {shape}，里面什么也没有</translation>
    </message>
    <message>
        <source>its {key} is stored column by column (Fortran order)</source>
        <translation>其 {key} 是按列存储的（Fortran 顺序）</translation>
    </message>
    <message>
        <source>its {key} is damaged ({size} bytes for a {shape} array)</source>
        <translation>其 {key} 已损坏（形状为 {shape} 的数组却有 {size} 字节）</translation>
    </message>
    <message>
        <source>its {key} is {size} bytes; LSTM Lab reads at most {most}</source>
        <translation>其 {key} 有 {size} 字节；LSTM Lab 至多读取 {most} 字节</translation>
    </message>
    <message>
        <source>its {key} is damaged (cut short)</source>
        <translation>其 {key} 已损坏（被截断）</translation>
    </message>
    <message>
        <source>its {key} holds values that are not finite numbers</source>
        <translation>其 {key} 含有不是有限数字的值</translation>
    </message>
    <message>
        <source>its {key} is damaged (not UTF-8 JSON)</source>
        <translation>其 {key} 已损坏（不是 UTF-8 JSON）</translation>
    </message>
    <message>
        <source>its vocabulary is damaged (not a list of characters)</source>
        <translation>其词表已损坏（不是字符列表）</translation>
    </message>
    <message>
        <source>its vocabulary has {count} characters; LSTM Lab opens at most {most}</source>
        <translation>其词表有 {count} 个字符；LSTM Lab 至多打开 {most} 个</translation>
    </message>
    <message>
        <source>its vocabulary holds {value}, which is not one character</source>
        <translation>其词表含有 {value}，它不是单个字符</translation>
    </message>
    <message>
        <source>its vocabulary holds {problem}</source>
        <translation>其词表含有{problem}</translation>
    </message>
    <message>
        <source>its vocabulary holds {char} ({code}) twice</source>
        <translation>其词表中 {char}（{code}）出现了两次</translation>
    </message>
    <message>
        <source>its info is damaged (not a JSON object)</source>
        <translation>其 info 已损坏（不是 JSON 对象）</translation>
    </message>
    <message>
        <source>its info is nested more than {most} deep</source>
        <translation>其 info 的嵌套超过 {most} 层</translation>
    </message>
    <message>
        <source>it is not an LSTM Lab text model</source>
        <translation>它不是 LSTM Lab 文本模型</translation>
    </message>
    <message>
        <source>its info is damaged (version {version})</source>
        <translation>其 info 已损坏（版本 {version}）</translation>
    </message>
    <message>
        <source>it was saved by a newer LSTM Lab; update LSTM Lab to open it</source>
        <translation>它由更新版本的 LSTM Lab 保存；请更新 LSTM Lab 后再打开</translation>
    </message>
    <message>
        <source>its info&apos;s {key} is not text of at most {most} characters</source>
        <translation>其 info 中的 {key} 不是至多 {most} 个字符的文本</translation>
    </message>
    <message>
        <source>a line end</source>
        <translation>换行符</translation>
    </message>
    <message>
        <source>its info&apos;s {key} holds {problem}</source>
        <translation>其 info 中的 {key} 含有{problem}</translation>
    </message>
    <message>
        <source>its info&apos;s layout is {layout}, not poem or text</source>
        <translation>其 info 中的 layout 是 {layout}，而不是 poem 或 text</translation>
    </message>
    <message>
        <source>its info&apos;s {key} is {value}, not a number of at most {most}</source>
        <translation>其 info 中的 {key} 是 {value}，而不是不超过 {most} 的数字</translation>
    </message>
    <message>
        <source>its layer {layer} is incomplete (no {key})</source>
        <translation>其第 {layer} 层不完整（缺少 {key}）</translation>
    </message>
    <message>
        <source>its {key} has shape {shape}, expected {expected}</source>
        <translation>其 {key} 的形状是 {shape}，应为 {expected}</translation>
    </message>
    <message>
        <source>{count} million</source>
        <translation>{count} 百万</translation>
    </message>
    <message>
        <source>hidden size and embedding must be 1 to 2048, not {hidden}, {embed}</source>
        <translation>隐藏层大小和嵌入维度必须在 1 到 2048 之间，而不是 {hidden}、{embed}</translation>
    </message>
    <message>
        <source>LSTM Lab trains models of one layer; this one has several</source>
        <translation>LSTM Lab 只训练单层模型；这个模型有多层</translation>
    </message>
    <message>
        <source>there is no text to train on</source>
        <translation>没有可用于训练的文本</translation>
    </message>
    <message>
        <source>the text is too short to train on ({count} characters; at least {most} are needed)</source>
        <translation>文本太短，无法训练（{count} 个字符；至少需要 {most} 个）</translation>
    </message>
    <message>
        <source>a control character ({code})</source>
        <translation>控制字符（{code}）</translation>
    </message>
    <message>
        <source>a lone surrogate ({code})</source>
        <translation>孤立的代理码位（{code}）</translation>
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
        <translation>非字符码位（{code}）</translation>
    </message>
</context>
<context>
    <name>ExportCode</name>
    <message>
        <source>&quot;{framework}&quot; is not a framework LSTM Lab writes; choose numpy or pytorch</source>
        <extracomment>The frameworks a script may be written for: NumPy only, or PyTorch (with NumPy). Longest file name stem made from a lesson&apos;s title.</extracomment>
        <translation>LSTM Lab 不能生成“{framework}”框架的脚本；请选择 numpy 或 pytorch</translation>
    </message>
    <message>
        <source>lessons of the kind &quot;{kind}&quot; cannot be exported as code yet</source>
        <translation>“{kind}”类的课程暂时还不能导出为代码</translation>
    </message>
    <message>
        <source>the script&apos;s data</source>
        <translation>脚本的数据</translation>
    </message>
    <message>
        <source>the script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>Write a lesson as one runnable Python script: the same model, numbers and training as in the app, with NumPy only or with PyTorch.</source>
        <translation>把课程写成一个可运行的 Python 脚本：模型、数字和训练都与程序中相同，只用 NumPy 或使用 PyTorch。</translation>
    </message>
    <message>
        <source>a lesson file</source>
        <translation>课程文件</translation>
    </message>
    <message>
        <source>a built-in lesson</source>
        <translation>一门内置课程</translation>
    </message>
    <message>
        <source>what the script uses</source>
        <translation>脚本使用的框架</translation>
    </message>
    <message>
        <source>where to write the script (default: print it; a script that reads data files needs --out)</source>
        <translation>脚本的保存位置（默认：直接输出；需要读取数据文件的脚本必须用 --out）</translation>
    </message>
    <message>
        <source>the {kind} lesson&apos;s script reads {count} data file(s) written beside it: give --out PATH.py</source>
        <translation>{kind} 课程的脚本要读取保存在它旁边的 {count} 个数据文件：请给出 --out PATH.py</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>--lesson &quot;{name}&quot; is not a built-in lesson (lstm-lab --list-lessons lists them)</source>
        <translation>--lesson“{name}”不是内置课程（lstm-lab --list-lessons 可列出全部内置课程）</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{file}: this is not a file but a pipe or device, not {what}</source>
        <extracomment>A temporary file is named ``.lstm-lab-&lt;8 hex digits&gt;.tmp``: 22 characters, so any name a folder takes (up to 255 bytes) can be saved, and one left behind is recognisable. A temporary file older than this is what a save that was killed left behind; the next save in its folder removes it (a save in progress is never this old).</extracomment>
        <translation>{file}：这不是文件，而是管道或设备，不是{what}</translation>
    </message>
    <message>
        <source>{file}: the file is {size} MB, too large for {what} (at most {limit} MB)</source>
        <translation>{file}：文件大小为 {size} MB，作为{what}太大了（最多 {limit} MB）</translation>
    </message>
    <message>
        <source>{file}: the file is too large for {what} (at most {limit} MB)</source>
        <translation>{file}：文件作为{what}太大了（最多 {limit} MB）</translation>
    </message>
    <message>
        <source>{file}: this is a folder, not {what}</source>
        <translation>{file}：这是一个文件夹，不是{what}</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{file}: it is not {what} (not UTF-8 text; save it as UTF-8 and open it again)</source>
        <translation>{file}：它不是{what}（不是 UTF-8 文本；请另存为 UTF-8 后再打开）</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>it is a folder, not {what}</source>
        <translation>它是一个文件夹，不是{what}</translation>
    </message>
    <message>
        <source>it is a pipe, device or socket, not {what}</source>
        <translation>它是管道、设备或套接字，不是{what}</translation>
    </message>
    <message>
        <source>the text holds characters that cannot be written as {encoding}</source>
        <translation>文本中有无法用 {encoding} 写入的字符</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>x(t) and h(t−1) travel along their wires to the four gates</source>
        <translation>x(t) 和 h(t−1) 沿着连线流向四个门</translation>
    </message>
    <message>
        <source>the forget gate lights up: how much of C(t−1) to keep</source>
        <translation>遗忘门亮起：C(t−1) 保留多少</translation>
    </message>
    <message>
        <source>the input gate lights up: how much of the candidate to write</source>
        <translation>输入门亮起：候选值写入多少</translation>
    </message>
    <message>
        <source>the candidate C̃(t) lights up: the new value on offer</source>
        <translation>候选值 C̃(t) 亮起：可供写入的新值</translation>
    </message>
    <message>
        <source>the output gate lights up: how much of the memory to show</source>
        <translation>输出门亮起：记忆输出多少</translation>
    </message>
    <message>
        <source>f·C(t−1) forms on the highway: the memory kept</source>
        <translation>f·C(t−1) 出现在高速公路上：保留下来的记忆</translation>
    </message>
    <message>
        <source>i·C̃ forms: the new memory written</source>
        <translation>i·C̃ 形成：写入的新记忆</translation>
    </message>
    <message>
        <source>their sum is the new cell state C(t)</source>
        <translation>两者之和就是新的细胞状态 C(t)</translation>
    </message>
    <message>
        <source>tanh squashes C(t) into −1…1</source>
        <translation>tanh 把 C(t) 压缩到 −1…1 之间</translation>
    </message>
    <message>
        <source>times o(t) gives the hidden state h(t)</source>
        <translation>乘以 o(t) 得到隐藏状态 h(t)</translation>
    </message>
    <message>
        <source>y(t) leaves the cell</source>
        <translation>y(t) 离开单元</translation>
    </message>
</context>
<context>
    <name>FlowControls</name>
    <message>
        <source>Animate this step</source>
        <extracomment>The wire a token travels along in each phase, and where the phase&apos;s ring goes. Timer ticks since the animation started, and the frames among them that moved the travelling dot (none with Reduce motion on).</extracomment>
        <translation>动画演示这一步</translation>
    </message>
    <message>
        <source>Play how this step is computed: the inputs travel to the gates, each gate lights up with its value, then the cell state, the hidden state and the output</source>
        <translation>播放这一步的计算过程：输入流向各个门，每个门亮起并显示它的值，然后是细胞状态、隐藏状态和输出</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>◀ phase</source>
        <translation>◀ 阶段</translation>
    </message>
    <message>
        <source>phase ▶</source>
        <translation>阶段 ▶</translation>
    </message>
    <message>
        <source>Previous phase of the animation</source>
        <translation>动画的上一阶段</translation>
    </message>
    <message>
        <source>Next phase of the animation</source>
        <translation>动画的下一阶段</translation>
    </message>
    <message>
        <source>Speed of the animation</source>
        <translation>动画速度</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>每一步</translation>
    </message>
    <message>
        <source>Animate every step, to the end</source>
        <translation>动画演示每一步，直到最后</translation>
    </message>
    <message>
        <source>Go on to the next step after this one, to the end</source>
        <translation>这一步演示完后继续下一步，直到最后</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>input sequence and target</source>
        <extracomment>The fields an undo step may hold, in the order they are put back.</extracomment>
        <translation>输入序列和目标</translation>
    </message>
    <message>
        <source>input sequence</source>
        <translation>输入序列</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>lesson target ({task})</source>
        <translation>课程目标（{task}）</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>{count} weights and biases</source>
        <translation>{count} 个权重和偏置</translation>
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
        <translation>解除所有门的固定</translation>
    </message>
    <message>
        <source>pinned gates</source>
        <translation>固定的门</translation>
    </message>
</context>
<context>
    <name>LabApp</name>
    <message>
        <source>Open a lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>The lesson was not opened</source>
        <translation>课程未打开</translation>
    </message>
</context>
<context>
    <name>LessonBanner</name>
    <message>
        <source>What to try in this lesson, and what to look for.</source>
        <translation>本课可以尝试什么、应该观察什么。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the lesson text</source>
        <translation>隐藏课文</translation>
    </message>
    <message>
        <source>Hide the lesson text (View → Lesson text brings it back)</source>
        <translation>隐藏课文（“视图 → 课文”可重新显示）</translation>
    </message>
    <message>
        <source>the diagram</source>
        <translation>示意图</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>课文</translation>
    </message>
    <message>
        <source>Show the lesson&apos;s title and what to try</source>
        <translation>显示课程标题和可以尝试的内容</translation>
    </message>
</context>
<context>
    <name>LessonCard</name>
    <message>
        <source>Open “{title}”</source>
        <extracomment>The commands of the start screen&apos;s menus: those of a lesson window that need no lesson.</extracomment>
        <translation>打开“{title}”</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>built-in lesson {name}: {problem}</source>
        <translation>内置课程 {name}：{problem}</translation>
    </message>
    <message>
        <source>there is no built-in lesson &quot;{name}&quot;; the lessons are: {names}</source>
        <translation>没有名为“{name}”的内置课程；内置课程有：{names}</translation>
    </message>
    <message>
        <source>the picture</source>
        <extracomment>A picture&apos;s name: letters, digits, &quot;-&quot; and &quot;_&quot;.</extracomment>
        <translation>图片</translation>
    </message>
    <message>
        <source>{where} is {size} MB; a lesson&apos;s picture may have at most {limit} MB</source>
        <translation>{where}大小为 {size} MB；课程中的图片最多 {limit} MB</translation>
    </message>
    <message>
        <source>{where} is not a PNG image</source>
        <translation>{where}不是 PNG 图片</translation>
    </message>
    <message>
        <source>{where} is a damaged PNG image (no header)</source>
        <translation>{where}是损坏的 PNG 图片（没有文件头）</translation>
    </message>
    <message>
        <source>{where} is a damaged PNG image (its header does not check out)</source>
        <translation>{where}是损坏的 PNG 图片（文件头校验不通过）</translation>
    </message>
    <message>
        <source>{where} is {width} × {height} pixels; a lesson&apos;s picture may have at most {limit} a side</source>
        <translation>{where}为 {width} × {height} 像素；课程中的图片每边最多 {limit} 像素</translation>
    </message>
    <message>
        <source>&quot;images&quot; must be a set of named pictures</source>
        <translation>“images”必须是一组带名称的图片</translation>
    </message>
    <message>
        <source>&quot;images&quot; holds {count} pictures; a lesson may have {limit}</source>
        <translation>“images”中有 {count} 张图片；一门课程最多 {limit} 张</translation>
    </message>
    <message>
        <source>&quot;images&quot;: a picture&apos;s name may hold only letters, digits, &quot;-&quot; and &quot;_&quot; (at most 40)</source>
        <translation>“images”：图片名称只能包含字母、数字、“-”和“_”（最多 40 个字符）</translation>
    </message>
    <message>
        <source>&quot;images&quot;: the picture &quot;{name}&quot; must be base64 PNG data</source>
        <translation>“images”：图片“{name}”必须是 base64 编码的 PNG 数据</translation>
    </message>
    <message>
        <source>&quot;images&quot;: the picture &quot;{name}&quot; is not base64 data</source>
        <translation>“images”：图片“{name}”不是 base64 数据</translation>
    </message>
    <message>
        <source>the picture &quot;{name}&quot;</source>
        <translation>图片“{name}”</translation>
    </message>
    <message>
        <source>the field &quot;{field}&quot; is missing</source>
        <extracomment>Files larger than this are not lessons (a lesson of 10,000 steps is about 200 kB). The limits of the generic texts, in characters. The languages a file may carry its texts in besides English (under &quot;translations&quot;). The texts a student reads, which &quot;translations&quot; may give in each of `LANGUAGES`. The fields of a version-4 file. Pictures the file carries, by name: PNG data checked by `lstm_lab.core.images`. The texts in other languages: language (one of `LANGUAGES`) → field (one of `TRANSLATED_FIELDS`) → text. ``title``, ``summary`` and ``text`` are the English. The teacher&apos;s passphrase, as a salted hash: the file opens in student mode until it is given (`lstm_lab.shell.lesson_window`). None: no passphrase. The fields a version-1 file kept at its top level for a lesson of one cell.</extracomment>
        <translation>缺少字段“{field}”</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a set of named settings</source>
        <translation>“options”必须是一组带名称的设置</translation>
    </message>
    <message>
        <source>a lesson of one cell has no &quot;options&quot; (found &quot;{name}&quot;)</source>
        <translation>单个单元的课程没有“options”（却找到了“{name}”）</translation>
    </message>
    <message>
        <source>it has &quot;translations&quot;, which lesson files have from version 4 on, but says it is version 3</source>
        <translation>其中有“translations”，这是版本 4 起的课程文件才有的字段，但它自称是版本 3</translation>
    </message>
    <message>
        <source>it is not a lesson (no lesson fields in it)</source>
        <extracomment>version → function turning a file of that version into one of the next version.</extracomment>
        <translation>它不是课程（其中没有课程字段）</translation>
    </message>
    <message>
        <source>it is not an LSTM Lab lesson (its &quot;format&quot; is not &quot;{format}&quot;)</source>
        <translation>它不是 LSTM Lab 课程（其“format”不是“{format}”）</translation>
    </message>
    <message>
        <source>its &quot;version&quot; must be a whole number from 1 up</source>
        <translation>其“version”必须是大于或等于 1 的整数</translation>
    </message>
    <message>
        <source>it was saved by a newer LSTM Lab (lesson version {version}; this one reads versions up to {newest}). Update LSTM Lab to open it.</source>
        <translation>它是由更新版本的 LSTM Lab 保存的（课程版本 {version}；本程序最多能读取版本 {newest}）。请更新 LSTM Lab 后再打开。</translation>
    </message>
    <message>
        <source>it has a field this version does not know: &quot;{field}&quot;</source>
        <translation>其中有本版本不认识的字段：“{field}”</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be one of {kinds}, not {value}</source>
        <translation>“kind”必须是 {kinds} 之一，而不是 {value}</translation>
    </message>
    <message>
        <source>&quot;options&quot; holds a value this lesson cannot use</source>
        <translation>“options”中有本课程无法使用的值</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be a whole number</source>
        <translation>“order”必须是整数</translation>
    </message>
    <message>
        <source>it is not a lesson file: not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>它不是课程文件：不是有效的 JSON（第 {line} 行，第 {column} 列：{problem}）</translation>
    </message>
    <message>
        <source>it is not a lesson file: its JSON is nested too deeply</source>
        <translation>它不是课程文件：其 JSON 嵌套层数太多</translation>
    </message>
    <message>
        <source>it is not a lesson file: {problem}</source>
        <translation>它不是课程文件：{problem}</translation>
    </message>
    <message>
        <source>a lesson file</source>
        <translation>课程文件</translation>
    </message>
    <message>
        <source>the name &quot;{name}&quot; is there twice in one place</source>
        <translation>名称“{name}”在同一处出现了两次</translation>
    </message>
    <message>
        <source>it holds {value}, which is not a number a lesson can use</source>
        <translation>其中有 {value}，这不是课程能使用的数</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be text</source>
        <translation>“{field}”必须是文本</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must not be empty</source>
        <translation>“{field}”不能为空</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is longer than {limit} characters</source>
        <translation>“{field}”超过了 {limit} 个字符</translation>
    </message>
    <message>
        <source>&quot;translations&quot; must be a set of languages, each with its texts</source>
        <translation>“translations”必须是一组语言，每种语言带有它的文本</translation>
    </message>
    <message>
        <source>&quot;translations&quot; has the language {language}; a lesson&apos;s texts may be given in {languages}</source>
        <translation>“translations”中有语言 {language}；课程的文本只能用 {languages} 给出</translation>
    </message>
    <message>
        <source>&quot;translations → {language}&quot; must be a set of named texts</source>
        <translation>“translations → {language}”必须是一组有名称的文本</translation>
    </message>
    <message>
        <source>&quot;translations → {language}&quot; has the field {field}; the texts that may be translated are {fields}</source>
        <translation>“translations → {language}”中有字段 {field}；可以翻译的文本是 {fields}</translation>
    </message>
    <message>
        <source>{where} must be a number, not {value}</source>
        <translation>{where}必须是数，而不是 {value}</translation>
    </message>
    <message>
        <source>{where} must be a number within ±{limit}</source>
        <translation>{where}必须是 ±{limit} 以内的数</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a list of names</source>
        <translation>“{field}”必须是名称列表</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; has an unknown name {name}</source>
        <translation>“{field}”中有未知的名称 {name}</translation>
    </message>
    <message>
        <source>&quot;teacher_lock&quot; must hold a &quot;salt&quot; of {salt} and a &quot;hash&quot; of {digest} hexadecimal digits (0-9, a-f), and nothing else</source>
        <extracomment>scrypt&apos;s cost: CPU and memory (a power of two), block size, parallelism. Fixed in code. The memory scrypt may use: twice the 128·N·r bytes these costs need. The shortest passphrase the teacher may set, and the longest one that is hashed.</extracomment>
        <translation>&quot;teacher_lock&quot; 必须只含一个 {salt} 位的 &quot;salt&quot; 和一个 {digest} 位的 &quot;hash&quot;，都是十六进制数字（0-9、a-f）</translation>
    </message>
</context>
<context>
    <name>LessonFiles</name>
    <message>
        <source>LSTM Lab lessons (*{suffix});;All files (*)</source>
        <translation>LSTM Lab 课程 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>The lesson was not opened</source>
        <extracomment>Fields that change while a student only looks: not a change to save. The title&apos;s &quot;modified&quot; mark is checked at most this often while sliders move (ms).</extracomment>
        <translation>课程未打开</translation>
    </message>
    <message>
        <source>{file}: it is a lesson of another kind ({kind}); open it from the start screen.</source>
        <translation>{file}：这是另一类课程（{kind}）；请从开始界面打开它。</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Save the lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved. Save them before closing?</source>
        <translation>“{title}”有尚未保存的更改。关闭前要保存吗？</translation>
    </message>
    <message>
        <source>This lesson has changes that are not saved. Save them before closing?</source>
        <translation>本课有尚未保存的更改。关闭前要保存吗？</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved. Save them before opening another lesson?</source>
        <translation>“{title}”有尚未保存的更改。打开其他课程前要保存吗？</translation>
    </message>
    <message>
        <source>This lesson has changes that are not saved. Save them before opening another lesson?</source>
        <translation>本课有尚未保存的更改。打开其他课程前要保存吗？</translation>
    </message>
    <message>
        <source>The lesson was not saved</source>
        <translation>课程未保存</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({reason}). Nothing on screen was lost: choose another folder with Save lesson as…</source>
        <translation>{file}：无法写入（{reason}）。屏幕上的内容都没有丢失：请用“课程另存为…”选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>LessonFold</name>
    <message>
        <source>Lesson text ▾</source>
        <extracomment>Lines of lesson text shown before the banner scrolls.</extracomment>
        <translation>课文 ▾</translation>
    </message>
    <message>
        <source>Fold ▴</source>
        <translation>收起 ▴</translation>
    </message>
    <message>
        <source>Show the lesson text</source>
        <translation>显示课文</translation>
    </message>
    <message>
        <source>Fold the lesson text</source>
        <translation>收起课文</translation>
    </message>
    <message>
        <source>Show the lesson&apos;s text again</source>
        <translation>重新显示课文</translation>
    </message>
    <message>
        <source>Fold the text into the title line, to give {room} more room</source>
        <translation>把课文收进标题行，给{room}腾出更多空间</translation>
    </message>
</context>
<context>
    <name>LessonTextView</name>
    <message>
        <source>Lesson text</source>
        <extracomment>Widest a lesson&apos;s picture is shown, in pixels (a wider one is scaled down).</extracomment>
        <translation>课文</translation>
    </message>
    <message>
        <source>▼ 1 more line — scroll, or click here</source>
        <extracomment>Addresses the view was asked for and refused (for tests and curiosity).</extracomment>
        <translation>▼ 还有 1 行 —— 滚动或点击这里</translation>
    </message>
    <message>
        <source>▼ 1 more line</source>
        <translation>▼ 还有 1 行</translation>
    </message>
    <message>
        <source>▼ {0} more lines — scroll, or click here</source>
        <translation>▼ 还有 {0} 行 —— 滚动或点击这里</translation>
    </message>
    <message>
        <source>▼ {count} more lines</source>
        <translation>▼ 还有 {count} 行</translation>
    </message>
    <message>
        <source>Open this address?</source>
        <translation>打开这个网址吗？</translation>
    </message>
    <message>
        <source>The lesson links to this address. Open it in your web browser?</source>
        <translation>课程链接到这个网址。要在网页浏览器中打开吗？</translation>
    </message>
</context>
<context>
    <name>LessonWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Views brought forward by Alt+1 … Alt+9, in the order the window declares them. In presenter mode the main picture&apos;s text is this many times the text size; each view keeps it to the room it has (a number inside a circle stays inside it). Menu titles are translated where the menus are built, with the context &quot;LessonWindow&quot;.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>配色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Picture of a view</source>
        <translation>视图的图片</translation>
    </message>
    <message>
        <source>Start screen</source>
        <extracomment>The File, View and Help commands of every lesson window (texts and tips translated where the actions are made, `make_action`).</extracomment>
        <translation>开始界面</translation>
    </message>
    <message>
        <source>Back to the list of lessons</source>
        <translation>返回课程列表</translation>
    </message>
    <message>
        <source>Open lesson…</source>
        <translation>打开课程…</translation>
    </message>
    <message>
        <source>Open a lesson file (.lstmlab)</source>
        <translation>打开课程文件（.lstmlab）</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Save everything set here as a lesson file</source>
        <translation>把这里的所有设置保存为课程文件</translation>
    </message>
    <message>
        <source>Save lesson as…</source>
        <translation>课程另存为…</translation>
    </message>
    <message>
        <source>Save as a new lesson file</source>
        <translation>另存为新的课程文件</translation>
    </message>
    <message>
        <source>Unlock for the teacher…</source>
        <translation>教师解锁…</translation>
    </message>
    <message>
        <source>Type the teacher passphrase: the Teacher menu and every view come back in this window</source>
        <translation>输入教师口令：这个窗口里的“教师”菜单和所有视图都会恢复</translation>
    </message>
    <message>
        <source>Save screenshot…</source>
        <translation>保存屏幕截图…</translation>
    </message>
    <message>
        <source>Save a picture of the window as PNG</source>
        <translation>把窗口保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Export as code…</source>
        <translation>导出为代码…</translation>
    </message>
    <message>
        <source>Write this lesson, as it is on screen, as a runnable NumPy or PyTorch script</source>
        <translation>把屏幕上的这门课程原样写成可运行的 NumPy 或 PyTorch 脚本</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Close LSTM Lab</source>
        <translation>关闭 LSTM Lab</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <source>Black background, bright colours</source>
        <translation>黑色背景，明亮的颜色</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>浅色主题</translation>
    </message>
    <message>
        <source>White background, for bright rooms and projectors</source>
        <translation>白色背景，适合明亮的教室和投影仪</translation>
    </message>
    <message>
        <source>High-contrast theme</source>
        <translation>高对比度主题</translation>
    </message>
    <message>
        <source>White text and bright lines on black, for projectors in bright rooms</source>
        <translation>黑底白字、线条明亮，适合明亮教室里的投影仪</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>The lesson&apos;s usual colours</source>
        <translation>课程的常规配色</translation>
    </message>
    <message>
        <source>Colour-blind safe</source>
        <translation>色盲友好</translation>
    </message>
    <message>
        <source>Colours that students with red-green or blue-yellow colour blindness can tell apart (Okabe–Ito)</source>
        <translation>红绿色盲或蓝黄色盲的学生也能分辨的颜色（Okabe–Ito 配色）</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Make all text larger, for projectors</source>
        <translation>放大所有文字，适合投影</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Make all text smaller</source>
        <translation>缩小所有文字</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Fill the whole screen</source>
        <translation>铺满整个屏幕</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>The lesson&apos;s main picture fills the window, its numbers as large as the room allows, for the back of a classroom; Esc leaves it</source>
        <translation>课程的主图铺满窗口，数字尽可能放大，让教室后排也能看清；按 Esc 退出</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>减少动画</translation>
    </message>
    <message>
        <source>Nothing moves or fades: the data flow goes from stage to stage without a moving dot, and written text appears at once</source>
        <translation>没有任何移动或淡入淡出：数据流逐阶段跳转，不再有移动的圆点，生成的文字立即出现</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <source>Put every view back where it started</source>
        <translation>把所有视图放回原来的位置</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation>所有键盘快捷键</translation>
    </message>
    <message>
        <source>About LSTM Lab</source>
        <translation>关于 LSTM Lab</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>版本与致谢</translation>
    </message>
    <message>
        <source>Go to a view (View menu)</source>
        <extracomment>(title, [(keys, what they do)]). The room for the sections when there is no screen to ask (offscreen): a projector&apos;s. Height kept for the title bar&apos;s neighbours: the note, the Close button and the margins.</extracomment>
        <translation>转到某个视图（视图菜单）</translation>
    </message>
    <message>
        <source>{menu}: keys</source>
        <translation>{menu}：按键</translation>
    </message>
    <message>
        <source>The language of every window</source>
        <translation>所有窗口使用的语言</translation>
    </message>
    <message>
        <source>One long short-term memory cell to hold in your hands: every gate, weight and sum on screen, every number ready to redo by hand.</source>
        <translation>一个可以拿在手里细看的长短期记忆（LSTM）单元：每个门、每个权重、每次求和都显示在屏幕上，每个数字都可以亲手重算。</translation>
    </message>
    <message>
        <source>Runs entirely offline.</source>
        <translation>完全离线运行。</translation>
    </message>
    <message>
        <source>Go to {0}</source>
        <extracomment>File → Picture of a view: a window whose own menus save its views sets this False. The title of the window&apos;s teacher menu (&quot;&amp;Teacher&quot;), gone in student mode; None: none. View → Language: the student chose this language (the application rebuilds every window in it, `lstm_lab.app.LabApp.set_language`). The kind of lesson this window shows (set by `lstm_lab.app.create_window`); &quot;&quot; for any. Shows a lesson of another kind in that kind&apos;s window (set by the app), or None.</extracomment>
        <translation>转到{0}</translation>
    </message>
    <message>
        <source>Bring this view to the front and move the keyboard into it</source>
        <translation>把这个视图放到最前面，并把键盘焦点移进去</translation>
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
        <translation>回到显示所有视图的课程（Esc 或 F5）</translation>
    </message>
    <message>
        <source>Unlocked for the teacher: the Teacher menu and every view are back until this window closes.</source>
        <translation>已为教师解锁：在这个窗口关闭之前，“教师”菜单和所有视图都已恢复。</translation>
    </message>
    <message>
        <source>Presenter mode on and off</source>
        <translation>打开或关闭演示模式</translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation>其他按键</translation>
    </message>
    <message>
        <source>Screenshot not saved</source>
        <translation>屏幕截图未保存</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}.</source>
        <translation>无法写入 {0}：{1}。</translation>
    </message>
    <message>
        <source>Main view</source>
        <translation>主视图</translation>
    </message>
    <message>
        <source>{0} as PNG or SVG…</source>
        <translation>{0}（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>Save {0} as a picture (PNG) or a drawing (SVG)</source>
        <translation>把{0}保存为图片（PNG）或矢量图（SVG）</translation>
    </message>
    <message>
        <source>Save a picture of {0}</source>
        <translation>保存{0}的图片</translation>
    </message>
    <message>
        <source>Picture not saved</source>
        <translation>图片未保存</translation>
    </message>
    <message>
        <source>screenshot</source>
        <translation>屏幕截图</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>保存屏幕截图</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>This kind of lesson cannot be exported as code yet.</source>
        <translation>这类课程暂时还不能导出为代码。</translation>
    </message>
    <message>
        <source>NumPy only (runs anywhere Python and NumPy are installed)</source>
        <translation>只用 NumPy（装有 Python 和 NumPy 的地方都能运行）</translation>
    </message>
    <message>
        <source>PyTorch (needs torch)</source>
        <translation>PyTorch（需要 torch）</translation>
    </message>
    <message>
        <source>Export as code</source>
        <translation>导出为代码</translation>
    </message>
    <message>
        <source>Write the script with:</source>
        <translation>脚本使用：</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>Wrote {0}; run it with: python {1}</source>
        <translation>已写入 {0}；运行方法：python {1}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>training MSE</source>
        <extracomment>The least height with a curve to show: room for the axes and a few decades.</extracomment>
        <translation>训练 MSE</translation>
    </message>
    <message>
        <source>held-out MSE</source>
        <translation>留出集 MSE</translation>
    </message>
    <message>
        <source>How far the output still is from the target (mean squared error) after each epoch of training. The scale is logarithmic: each step down the axis is ten times smaller. On a lesson the dashed line is the error on fresh sequences the cell never trained on.</source>
        <translation>每轮训练后，输出离目标还有多远（均方误差）。纵轴是对数刻度：沿坐标轴每向下一格就小十倍。在课程中，虚线是单元从未训练过的新序列上的误差。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>Press Train to watch the error fall.</source>
        <translation>按“训练”，观察误差下降。</translation>
    </message>
</context>
<context>
    <name>NumberListEdit</name>
    <message>
        <source>{problem}. The last good {noun} is still in use.</source>
        <translation>{problem}。仍在使用上一个有效的{noun}。</translation>
    </message>
    <message>
        <source>{problem}. There is no {noun} until this is fixed.</source>
        <translation>{problem}。改正之前没有{noun}。</translation>
    </message>
</context>
<context>
    <name>ParamSlider</name>
    <message>
        <source>Lock {name}: training leaves it alone</source>
        <translation>锁定 {name}：训练不会改变它</translation>
    </message>
    <message>
        <source>Lock {0}</source>
        <translation>锁定 {0}</translation>
    </message>
    <message>
        <source>Training leaves a locked value alone</source>
        <translation>训练不会改变锁定的值</translation>
    </message>
    <message>
        <source>Back to the default, {value}</source>
        <translation>恢复默认值 {value}</translation>
    </message>
    <message>
        <source>Reset {0} to {1}</source>
        <translation>把 {0} 重置为 {1}</translation>
    </message>
    <message>
        <source>Lock {what}: training leaves them alone</source>
        <translation>锁定 {what}：训练不会改变它们</translation>
    </message>
    <message>
        <source>{0} locked by this exercise: training leaves it alone.</source>
        <translation>{0} 被本练习锁定：训练不会改变它。</translation>
    </message>
    <message>
        <source>Set a target to see which way training would push this.</source>
        <translation>设定目标后，就能看到训练会把它往哪个方向推。</translation>
    </message>
    <message>
        <source>Training would raise {name} (−∂MSE/∂{name} = {value})</source>
        <translation>训练会增大 {name}（−∂MSE/∂{name} = {value}）</translation>
    </message>
    <message>
        <source>Training would lower {name} (−∂MSE/∂{name} = {value})</source>
        <translation>训练会减小 {name}（−∂MSE/∂{name} = {value}）</translation>
    </message>
    <message>
        <source>Training would leave {name} (−∂MSE/∂{name} = {value})</source>
        <translation>训练不会改变 {name}（−∂MSE/∂{name} = {value}）</translation>
    </message>
    <message>
        <source>Δ {change}</source>
        <translation>Δ {change}</translation>
    </message>
    <message>
        <source>What the last training did to {name}: after − before = {change} exactly. The column goes when a weight changes or training starts again.</source>
        <translation>上一次训练对 {name} 的改变：训练后 − 训练前 = {change}（精确值）。权重一改变或再次开始训练，这一列就会消失。</translation>
    </message>
    <message>
        <source>{name} changed by {change} in the last training</source>
        <translation>{name} 在上一次训练中改变了 {change}</translation>
    </message>
    <message>
        <source>Range {low} … {high}, default {default}. Type any value in the box; the range grows to hold it.</source>
        <translation>范围 {low} … {high}，默认 {default}。可以在框中输入任意值，范围会随之扩大。</translation>
    </message>
    <message>
        <source>Fixed by this lesson: the teacher chose this value for the exercise.</source>
        <translation>由本课固定：这是教师为练习选定的值。</translation>
    </message>
    <message>
        <source>The box shows {shown} rounded; {name} is {exact} exactly. Click into the box to see every digit.</source>
        <translation>框中显示的 {shown} 是四舍五入后的值；{name} 的精确值是 {exact}。点击框内可查看全部位数。</translation>
    </message>
    <message>
        <source>{0}, {1} to {2}</source>
        <translation>{0}，{1} 到 {2}</translation>
    </message>
    <message>
        <source>{0}, {1} to {2}, changed by {3} in the last training</source>
        <translation>{0}，{1} 到 {2}，在上一次训练中改变了 {3}</translation>
    </message>
    <message>
        <source>{problem}. {name} stays {kept}.</source>
        <translation>{problem}。{name} 保持为 {kept}。</translation>
    </message>
    <message>
        <source>{what} locked: training leaves it alone. Click to free.</source>
        <translation>{what} 已锁定：训练不会改变它。点击解除锁定。</translation>
    </message>
    <message>
        <source>{what} free: training may move it. Click to lock.</source>
        <translation>{what} 未锁定：训练可能会改变它。点击锁定。</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>forget gate</source>
        <extracomment>(cell, gate) → (the gate&apos;s name, what it sets, what raising its weights does).</extracomment>
        <translation>遗忘门</translation>
    </message>
    <message>
        <source>how much of the old cell state C(t−1) is kept</source>
        <translation>旧的细胞状态 C(t−1) 保留多少</translation>
    </message>
    <message>
        <source>opens it (towards 1)</source>
        <translation>使它打开（趋向 1）</translation>
    </message>
    <message>
        <source>input gate</source>
        <translation>输入门</translation>
    </message>
    <message>
        <source>how much of the new candidate C̃(t) is written into the cell state</source>
        <translation>新的候选值 C̃(t) 有多少写入细胞状态</translation>
    </message>
    <message>
        <source>cell candidate</source>
        <translation>候选值</translation>
    </message>
    <message>
        <source>the new value C̃(t) offered to the cell state</source>
        <translation>提供给细胞状态的新值 C̃(t)</translation>
    </message>
    <message>
        <source>pushes C̃ towards +1</source>
        <translation>把 C̃ 推向 +1</translation>
    </message>
    <message>
        <source>output gate</source>
        <translation>输出门</translation>
    </message>
    <message>
        <source>how much of tanh(C(t)) is let out as the hidden state h(t)</source>
        <translation>tanh(C(t)) 有多少作为隐藏状态 h(t) 输出</translation>
    </message>
    <message>
        <source>update gate</source>
        <translation>更新门</translation>
    </message>
    <message>
        <source>how much of the new candidate h̃(t) replaces the old state h(t−1)</source>
        <translation>新的候选值 h̃(t) 在多大程度上取代旧状态 h(t−1)</translation>
    </message>
    <message>
        <source>reset gate</source>
        <translation>重置门</translation>
    </message>
    <message>
        <source>how much of h(t−1) the candidate h̃(t) gets to see</source>
        <translation>候选值 h̃(t) 能看到多少 h(t−1)</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>候选值</translation>
    </message>
    <message>
        <source>the new value h̃(t) offered to the hidden state</source>
        <translation>提供给隐藏状态的新值 h̃(t)</translation>
    </message>
    <message>
        <source>pushes h̃ towards +1</source>
        <translation>把 h̃ 推向 +1</translation>
    </message>
    <message>
        <source>Input weight of the {gate}, which sets {role}. Raising {name} makes the {gate} listen more to the input x(t): a positive input then {opens}.</source>
        <extracomment>(cell, kind of parameter) → the tooltip of a gate&apos;s parameter.</extracomment>
        <translation>{gate}的输入权重；{gate}决定{role}。调大 {name}，{gate}就更多地听取输入 x(t)：这时正的输入会{opens}。</translation>
    </message>
    <message>
        <source>Recurrent weight of the {gate}, which sets {role}. Raising {name} makes the {gate} listen more to the previous hidden state h(t−1): a positive h(t−1) then {opens}.</source>
        <translation>{gate}的循环权重；{gate}决定{role}。调大 {name}，{gate}就更多地听取上一步的隐藏状态 h(t−1)：这时正的 h(t−1) 会{opens}。</translation>
    </message>
    <message>
        <source>Bias of the {gate}, which sets {role}. Raising {name} {opens} whatever the inputs are; lowering it does the opposite.</source>
        <translation>{gate}的偏置；{gate}决定{role}。无论输入如何，调大 {name} 都会{opens}；调小则相反。</translation>
    </message>
    <message>
        <source>Weight of the {gate}, which sets {role}. It sets both the input weight {input} and the recurrent weight {recurrent}, so the gate listens to x(t) and h(t−1) equally; raising it makes the gate follow both more strongly.</source>
        <translation>{gate}的权重；{gate}决定{role}。它同时设定输入权重 {input} 和循环权重 {recurrent}，所以门对 x(t) 和 h(t−1) 听取得一样多；调大它，门对两者的跟随都更强。</translation>
    </message>
    <message>
        <source>Input weight of the {gate}, which sets {role}. Raising {name} makes it listen more to the input x(t): a positive input then {opens}.</source>
        <translation>{gate}的输入权重；{gate}决定{role}。调大 {name}，它就更多地听取输入 x(t)：这时正的输入会{opens}。</translation>
    </message>
    <message>
        <source>Recurrent weight of the {gate}, which sets {role}. Raising {name} makes it listen more to {source}: a positive value there then {opens}.</source>
        <translation>{gate}的循环权重；{gate}决定{role}。调大 {name}，它就更多地听取 {source}：这时那里的正值会{opens}。</translation>
    </message>
    <message>
        <source>Bias of the {gate}, which sets {role}. Raising {name} {opens} whatever the inputs are.</source>
        <translation>{gate}的偏置；{gate}决定{role}。无论输入如何，调大 {name} 都会{opens}。</translation>
    </message>
    <message>
        <source>Output weight: y(t) = w_out·h(t) + b_out. Raising w_out makes the output y(t) follow the hidden state h(t) more strongly; a negative value flips it.</source>
        <extracomment>(cell, parameter) → the whole tooltip of a parameter that belongs to no gate.</extracomment>
        <translation>输出权重：y(t) = w_out·h(t) + b_out。调大 w_out，输出 y(t) 就更紧地跟随隐藏状态 h(t)；取负值则把它翻转。</translation>
    </message>
    <message>
        <source>Output bias: raising b_out shifts every output y(t) up by the same amount.</source>
        <translation>输出偏置：调大 b_out，每个输出 y(t) 都向上平移相同的量。</translation>
    </message>
    <message>
        <source>Output weight: y(t) = w_out·h(t) + b_out. Raising w_out makes the output follow the hidden state h(t) more strongly; a negative value flips it.</source>
        <translation>输出权重：y(t) = w_out·h(t) + b_out。调大 w_out，输出就更紧地跟随隐藏状态 h(t)；取负值则把它翻转。</translation>
    </message>
    <message>
        <source>Input weight: raising w_in makes the hidden state h(t) react more to the input x(t).</source>
        <translation>输入权重：调大 w_in，隐藏状态 h(t) 对输入 x(t) 的反应就更强。</translation>
    </message>
    <message>
        <source>Recurrent weight: raising w_hh makes h(t) keep more of the previous hidden state h(t−1), so a pulse fades more slowly.</source>
        <translation>循环权重：调大 w_hh，h(t) 就保留更多上一步的隐藏状态 h(t−1)，于是脉冲消退得更慢。</translation>
    </message>
    <message>
        <source>Bias: raising b pushes the hidden state h(t) up whatever the input is.</source>
        <translation>偏置：无论输入如何，调大 b 都会把隐藏状态 h(t) 往上推。</translation>
    </message>
    <message>
        <source>Output weight: y(t) = w_out·h(t). Raising w_out makes the output follow the hidden state more strongly; a negative value flips it.</source>
        <translation>输出权重：y(t) = w_out·h(t)。调大 w_out，输出就更紧地跟随隐藏状态；取负值则把它翻转。</translation>
    </message>
    <message>
        <source>{gate} input weight</source>
        <extracomment>Kind of parameter → how a gate&apos;s parameter is said (&quot;forget gate input weight&quot;).</extracomment>
        <translation>{gate}输入权重</translation>
    </message>
    <message>
        <source>{gate} recurrent weight</source>
        <translation>{gate}循环权重</translation>
    </message>
    <message>
        <source>{gate} bias</source>
        <translation>{gate}偏置</translation>
    </message>
    <message>
        <source>{gate} weight</source>
        <translation>{gate}权重</translation>
    </message>
    <message>
        <source>input weight</source>
        <extracomment>Kind of parameter → how a parameter of no gate is said.</extracomment>
        <translation>输入权重</translation>
    </message>
    <message>
        <source>recurrent weight</source>
        <translation>循环权重</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>output weight</source>
        <translation>输出权重</translation>
    </message>
    <message>
        <source>output bias</source>
        <translation>输出偏置</translation>
    </message>
    <message>
        <source>forget</source>
        <extracomment>The LSTM&apos;s gates as the cell diagram names them, where space is short.</extracomment>
        <translation>遗忘</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
</context>
<context>
    <name>PassphraseBox</name>
    <message>
        <source>Teacher passphrase (optional)</source>
        <translation>教师口令（可选）</translation>
    </message>
    <message>
        <source>With a passphrase the saved file opens in student mode: no Teacher menu, the hidden views cannot be shown and the fixed sliders and locks stay until File → Unlock for the teacher… is given the passphrase. The file keeps only a salted hash of it.</source>
        <translation>设了口令，保存的文件会以学生模式打开：没有“教师”菜单，隐藏的视图无法显示，固定的滑块和锁定保持不变，直到在“文件 → 教师解锁…”中输入口令。文件里只保存口令加盐后的哈希值。</translation>
    </message>
    <message>
        <source>With a passphrase the saved file opens in student mode until File → Unlock for the teacher… is given it. Only a salted hash of it is saved.</source>
        <translation>设了口令，保存的文件会以学生模式打开，直到在“文件 → 教师解锁…”中输入口令。只保存口令加盐后的哈希值。</translation>
    </message>
    <message>
        <source>This lesson has a passphrase: leave the fields empty to keep it, or type a new one twice.</source>
        <translation>本课已有口令：留空则保留原口令，或者输入两遍新口令。</translation>
    </message>
    <message>
        <source>Teacher passphrase</source>
        <translation>教师口令</translation>
    </message>
    <message>
        <source>Teacher passphrase again</source>
        <translation>再次输入教师口令</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>删除口令</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再输一遍</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>口令至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>两次输入的口令不同：请把同一个口令输入两遍。</translation>
    </message>
</context>
<context>
    <name>PlaybackKeys</name>
    <message>
        <source>&lt;p&gt;After any click, the arrow keys, Space, Home and End step through the sequence. To move a slider or press a button with the keyboard, press &lt;b&gt;Tab&lt;/b&gt; until it shows a coloured frame; the arrows then move it (Page Up and Page Down in larger steps). &lt;b&gt;Esc&lt;/b&gt; gives the keys back to the steps; so does &lt;b&gt;Enter&lt;/b&gt; in a text box once its text is taken.&lt;/p&gt;</source>
        <extracomment>What Help → Keyboard shortcuts says about the keys, under the list of shortcuts (the shortcuts&apos; dialog translates it, `lstm_lab.shell.lesson_window.show_shortcuts`).</extracomment>
        <translation>&lt;p&gt;点击任何地方之后，方向键、Space、Home 和 End 都用来逐步浏览序列。要用键盘移动滑块或按下按钮，请反复按 &lt;b&gt;Tab&lt;/b&gt;，直到它出现彩色边框；然后用方向键移动它（Page Up 和 Page Down 步子更大）。按 &lt;b&gt;Esc&lt;/b&gt; 可把按键交还给逐步浏览；在文本框中按 &lt;b&gt;Enter&lt;/b&gt; 并且文字被接受后也是如此。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>It is no longer there.</source>
        <extracomment>Longest path kept in the list (a settings file edited by hand may hold anything).</extracomment>
        <translation>它已经不在原处了。</translation>
    </message>
    <message>
        <source>It cannot be read.</source>
        <translation>无法读取它。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Forget gate</source>
        <extracomment>Each gate&apos;s title in the math of a step (translated with the context &quot;Report&quot;).</extracomment>
        <translation>遗忘门</translation>
    </message>
    <message>
        <source>Input gate</source>
        <translation>输入门</translation>
    </message>
    <message>
        <source>Cell candidate</source>
        <translation>候选值</translation>
    </message>
    <message>
        <source>Output gate</source>
        <translation>输出门</translation>
    </message>
    <message>
        <source>Cell state</source>
        <extracomment>The titles of the other blocks of a step&apos;s math.</extracomment>
        <translation>细胞状态</translation>
    </message>
    <message>
        <source>Hidden state</source>
        <translation>隐藏状态</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>t = 0: nothing computed yet.</source>
        <extracomment>(trace field, heading) of the step table, in the order `lstm-lab trace` prints them.</extracomment>
        <translation>t = 0：还没有任何计算。</translation>
    </message>
    <message>
        <source>Press Step ▶ (or the Right key) to run</source>
        <translation>按“单步 ▶”（或右方向键）运行</translation>
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
        <translation>{path} 不是文件，而是管道、设备或文件夹</translation>
    </message>
    <message>
        <source>{path} is {size:.1f} MB, far larger than any settings LSTM Lab writes</source>
        <translation>{path} 大小为 {size:.1f} MB，远大于 LSTM Lab 写出的任何设置文件</translation>
    </message>
    <message>
        <source>LSTM Lab cannot use its settings file: {problem}. It starts with the default settings and keeps no change this time. Remove or rename that file to start afresh.</source>
        <translation>LSTM Lab 无法使用它的设置文件：{problem}。本次将以默认设置启动，并且不会保存任何更改。删除或重命名该文件即可重新开始。</translation>
    </message>
</context>
<context>
    <name>StartGuide</name>
    <message>
        <source>Start here — LSTM Lab</source>
        <extracomment>Set once the guide has been shown, so it opens by itself only once.</extracomment>
        <translation>从这里开始 —— LSTM Lab</translation>
    </message>
    <message>
        <source>Start here: the guide</source>
        <translation>从这里开始：入门指南</translation>
    </message>
    <message>
        <source>This lesson is an exercise your teacher prepared: some views or sliders this guide speaks of may be hidden or fixed on purpose. The lesson&apos;s own text says what to do.</source>
        <translation>本课是老师准备的练习：本指南提到的某些视图或滑块可能被特意隐藏或固定。该做什么，请看本课自己的说明。</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Hold one LSTM cell in your hands and watch it remember and forget. Pick a lesson to begin.</source>
        <extracomment>The student chose a theme or text size here (saved in the settings already). View → Language: the student chose this language.</extracomment>
        <translation>把一个 LSTM 单元拿在手里，看它如何记住、如何遗忘。选一门课程开始吧。</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>打开课程文件…</translation>
    </message>
    <message>
        <source>Open a lesson a teacher or you saved (.lstmlab)</source>
        <translation>打开教师或你自己保存的课程（.lstmlab）</translation>
    </message>
    <message>
        <source>Recent lesson files</source>
        <translation>最近的课程文件</translation>
    </message>
    <message>
        <source>Lesson files opened or saved lately: click to open</source>
        <translation>最近打开或保存的课程文件：点击即可打开</translation>
    </message>
    <message>
        <source>{name} (cannot be opened)</source>
        <translation>{name}（无法打开）</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Training stopped: the error grew without bound (learning rate too high?). The last good weights are back.</source>
        <extracomment>Shown translated: ``translate(&quot;Training&quot;, DIVERGED_MESSAGE)``.</extracomment>
        <translation>训练已停止：误差无限增大（学习率太高了？）。已恢复到上一组有效的权重。</translation>
    </message>
    <message>
        <source>Mean training MSE</source>
        <extracomment>The training settings&apos; limits, as (lowest, highest): one constant each, for the training panel&apos;s boxes and the lesson file&apos;s check alike. The learning rate must also be above 0. The training speeds offered, in epochs a second; None: as fast as the computer goes (the views then follow about 30 times a second). At a set speed the views follow every epoch, so a class can watch the weights move. A display choice of this computer, kept in the app&apos;s settings, not in a lesson file: it does not change what training computes.</extracomment>
        <translation>平均训练 MSE</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>第 {epoch} 轮</translation>
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
        <translation>{count} 个训练序列的平均 MSE</translation>
    </message>
    <message>
        <source>held-out MSE {mse}</source>
        <translation>留出集 MSE {mse}</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <source>reached the goal</source>
        <translation>已达到目标</translation>
    </message>
    <message>
        <source>stopped after {epochs} epochs without reaching the goal (MSE below {goal})</source>
        <translation>训练 {epochs} 轮后停止，未达到目标（MSE 低于 {goal}）</translation>
    </message>
    <message>
        <source>one epoch done</source>
        <translation>完成一轮</translation>
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
        <translation>保持脉冲</translation>
    </message>
    <message>
        <source>A single pulse arrives; from the next step on the output should stay at 1 for as long as the sequence lasts. To follow this rule on any sequence, the cell has to write the pulse into its memory and keep it.</source>
        <translation>一个脉冲到来；从下一步起，输出应一直保持为 1，直到序列结束。要在任何序列上遵循这条规则，单元必须把脉冲写入记忆并保留下来。</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>回声</translation>
    </message>
    <message>
        <source>The output repeats the input at the same step: y(t) = x(t). No memory needed.</source>
        <translation>输出在同一步重复输入：y(t) = x(t)。不需要记忆。</translation>
    </message>
    <message>
        <source>Delay by one</source>
        <translation>延迟一步</translation>
    </message>
    <message>
        <source>The output repeats the input one step later: y(t) = x(t−1). To follow this rule on any sequence, the cell has to remember one step and no more.</source>
        <translation>输出晚一步重复输入：y(t) = x(t−1)。要在任何序列上遵循这条规则，单元必须记住一步，且只记一步。</translation>
    </message>
    <message>
        <source>Running count</source>
        <translation>累计计数</translation>
    </message>
    <message>
        <source>The output counts the pulses so far, divided by the length of the sequence: y(t) = (x(1) + … + x(t)) / T. To count on any sequence, the cell state has to add up without forgetting.</source>
        <translation>输出是到目前为止的脉冲个数除以序列长度：y(t) = (x(1) + … + x(t)) / T。要在任何序列上计数，细胞状态必须不断累加而不遗忘。</translation>
    </message>
    <message>
        <source>Forget after a reset</source>
        <translation>重置后遗忘</translation>
    </message>
    <message>
        <source>The first pulse switches the memory on (the output is 1 from the next step), a second pulse resets it to 0. The forget gate has to learn when to let go.</source>
        <translation>第一个脉冲打开记忆（从下一步起输出为 1），第二个脉冲把它重置为 0。遗忘门必须学会何时放手。</translation>
    </message>
    <message>
        <source>Adam</source>
        <extracomment>Optimiser key → its name as the training panel lists it (`engine.training.OPTIMIZERS`).</extracomment>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum (0.9)</source>
        <translation>带动量的 SGD（0.9）</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock for the teacher</source>
        <translation>教师解锁</translation>
    </message>
    <message>
        <source>This exercise is locked by its teacher. The teacher passphrase brings back the Teacher menu and every view in this window until it closes.</source>
        <translation>这个练习被老师锁定了。输入教师口令后，在这个窗口关闭之前，“教师”菜单和所有视图都会恢复。</translation>
    </message>
    <message>
        <source>Teacher passphrase</source>
        <translation>教师口令</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>That is not the teacher passphrase of this exercise. Nothing was unlocked.</source>
        <translation>这不是本练习的教师口令。没有解锁任何内容。</translation>
    </message>
</context>
<context>
    <name>pictures</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <extracomment>The sizes a PNG can be saved at, in multiples of the view&apos;s size on screen. The kinds of picture a view can be saved as, for a save dialog (`picture_filters` gives them in the language in effect).</extracomment>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>the picture could not be encoded or written</source>
        <extracomment>Where the chosen size is kept in the settings.</extracomment>
        <translation>图片无法编码或写入</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>the drawing could not be started</source>
        <translation>无法开始绘制矢量图</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>什么也没有写入</translation>
    </message>
    <message>
        <source>a drawing</source>
        <translation>矢量图</translation>
    </message>
    <message>
        <source>Picture size (PNG)</source>
        <translation>图片尺寸（PNG）</translation>
    </message>
    <message>
        <source>1× (as on screen)</source>
        <translation>1×（与屏幕上相同）</translation>
    </message>
    <message>
        <source>2× (for slides)</source>
        <translation>2×（用于幻灯片）</translation>
    </message>
    <message>
        <source>4× (for print)</source>
        <translation>4×（用于打印）</translation>
    </message>
    <message>
        <source>Save pictures (PNG) at {0} times the size on screen, drawn sharp at that size</source>
        <translation>以屏幕上 {0} 倍的尺寸保存图片（PNG），并按该尺寸清晰绘制</translation>
    </message>
</context>
</TS>

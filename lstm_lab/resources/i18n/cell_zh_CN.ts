<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CellExport</name>
    <message>
        <source>this lesson&apos;s options are not a single cell&apos;s</source>
        <extracomment>The step table&apos;s columns of each cell (the LSTM&apos;s are `lstm-lab trace`&apos;s). The seed of the random training sequences (training on a task&apos;s many sequences).</extracomment>
        <translation>这一课的选项不是单个单元的选项</translation>
    </message>
</context>
<context>
    <name>CellOptions</name>
    <message>
        <source>a lesson of one cell has no option &quot;{name}&quot;</source>
        <extracomment>The views of the single-cell window, as lesson files name them. The options a file of kind &quot;cell&quot; may hold, and those it must. The training settings a lesson file keeps.</extracomment>
        <translation>单个单元的课程没有选项“{name}”</translation>
    </message>
    <message>
        <source>the field &quot;{name}&quot; is missing</source>
        <translation>缺少字段“{name}”</translation>
    </message>
    <message>
        <source>&quot;cell&quot; must be one of {names}, not {value}</source>
        <translation>&quot;cell&quot; 必须是 {names} 之一，而不是 {value}</translation>
    </message>
    <message>
        <source>&quot;target&quot; has {count} values but &quot;sequence&quot; has {length}</source>
        <translation>&quot;target&quot; 有 {count} 个值，而 &quot;sequence&quot; 有 {length} 个</translation>
    </message>
    <message>
        <source>&quot;task&quot; must be one of {names}, not {value}</source>
        <translation>&quot;task&quot; 必须是 {names} 之一，而不是 {value}</translation>
    </message>
    <message>
        <source>&quot;params&quot; has no value for {name}</source>
        <translation>&quot;params&quot; 没有 {name} 的值</translation>
    </message>
    <message>
        <source>&quot;initial&quot; h0 must lie between −1 and 1 (h is a tanh)</source>
        <translation>&quot;initial&quot; 的 h0 必须在 −1 和 1 之间（h 是 tanh 的结果）</translation>
    </message>
    <message>
        <source>the {cell} has no cell state, so &quot;initial&quot; c0 must be 0</source>
        <translation>{cell} 没有细胞状态，所以 &quot;initial&quot; 的 c0 必须为 0</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be &quot;simple&quot; or &quot;full&quot;, not {value}</source>
        <translation>&quot;mode&quot; 必须是 &quot;simple&quot; 或 &quot;full&quot;，而不是 {value}</translation>
    </message>
    <message>
        <source>&quot;step&quot; must be a whole number from 0 to {last}</source>
        <translation>&quot;step&quot; 必须是 0 到 {last} 之间的整数</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a non-empty list of numbers</source>
        <translation>&quot;{key}&quot; 必须是非空的数字列表</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; has {count} values; at most {most} are allowed</source>
        <translation>&quot;{key}&quot; 有 {count} 个值；最多允许 {most} 个</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; value {number}</source>
        <translation>&quot;{key}&quot; 的第 {number} 个值</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a set of named numbers</source>
        <translation>&quot;{key}&quot; 必须是一组带名字的数字</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; has an unknown name {name} (known: {known})</source>
        <translation>&quot;{key}&quot; 含有未知的名字 {name}（已知：{known}）</translation>
    </message>
    <message>
        <source>&quot;training&quot; must be a set of named settings</source>
        <translation>&quot;training&quot; 必须是一组带名字的设置</translation>
    </message>
    <message>
        <source>&quot;training&quot; has an unknown setting {name}</source>
        <translation>&quot;training&quot; 含有未知的设置 {name}</translation>
    </message>
    <message>
        <source>&quot;training&quot; optimizer must be one of {names}</source>
        <translation>&quot;training&quot; 的 optimizer 必须是 {names} 之一</translation>
    </message>
    <message>
        <source>&quot;training&quot; learning_rate must be above 0 and at most {high}</source>
        <translation>&quot;training&quot; 的 learning_rate 必须大于 0 且不超过 {high}</translation>
    </message>
    <message>
        <source>&quot;training&quot; max_epochs must be a whole number from {low} to {high}</source>
        <translation>&quot;training&quot; 的 max_epochs 必须是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>&quot;training&quot; tolerance must be {low} to {high} and clip_norm {clip_low} to {clip_high}</source>
        <translation>&quot;training&quot; 的 tolerance 必须在 {low} 到 {high} 之间，clip_norm 必须在 {clip_low} 到 {clip_high} 之间</translation>
    </message>
    <message>
        <source>&quot;training&quot; many_sequences must be true or false</source>
        <translation>&quot;training&quot; 的 many_sequences 必须是 true 或 false</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>我的课程</translation>
    </message>
    <message>
        <source>this window shows the {shown}, not the {asked}</source>
        <translation>这个窗口显示的是 {shown}，不是 {asked}</translation>
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
        <translation>打开：f = 1</translation>
    </message>
    <message>
        <source>half: f = 0.5</source>
        <translation>半开：f = 0.5</translation>
    </message>
    <message>
        <source>shut: f = 0</source>
        <translation>关闭：f = 0</translation>
    </message>
    <message>
        <source>open: i = 1</source>
        <translation>打开：i = 1</translation>
    </message>
    <message>
        <source>half: i = 0.5</source>
        <translation>半开：i = 0.5</translation>
    </message>
    <message>
        <source>shut: i = 0</source>
        <translation>关闭：i = 0</translation>
    </message>
    <message>
        <source>open: o = 1</source>
        <translation>打开：o = 1</translation>
    </message>
    <message>
        <source>half: o = 0.5</source>
        <translation>半开：o = 0.5</translation>
    </message>
    <message>
        <source>shut: o = 0</source>
        <translation>关闭：o = 0</translation>
    </message>
    <message>
        <source>Forget gate</source>
        <translation>遗忘门</translation>
    </message>
    <message>
        <source>Input gate</source>
        <translation>输入门</translation>
    </message>
    <message>
        <source>Candidate C̃</source>
        <translation>候选值 C̃</translation>
    </message>
    <message>
        <source>Output gate</source>
        <translation>输出门</translation>
    </message>
    <message>
        <source>Pin the forget gate. Open (1) keeps all of C(t−1), while the input gate may still add to it. Shut (0) wipes it at every step.</source>
        <translation>固定遗忘门。打开（1）保留全部 C(t−1)，输入门仍可以往里添加；关闭（0）在每一步都把它清空。</translation>
    </message>
    <message>
        <source>Pin the input gate. Shut (0) lets nothing new into the cell state.</source>
        <translation>固定输入门。关闭（0）时没有任何新内容进入细胞状态。</translation>
    </message>
    <message>
        <source>Pin the candidate value C̃ that the input gate may write into the cell state.</source>
        <translation>固定候选值 C̃，即输入门可以写入细胞状态的值。</translation>
    </message>
    <message>
        <source>Pin the output gate. Shut (0) hides the cell state: h(t) = 0 whatever C(t) holds.</source>
        <translation>固定输出门。关闭（0）会隐藏细胞状态：无论 C(t) 是多少，h(t) = 0。</translation>
    </message>
    <message>
        <source>Pin the {gate}</source>
        <translation>固定{gate}</translation>
    </message>
    <message>
        <source>Free all gates</source>
        <translation>放开所有门</translation>
    </message>
    <message>
        <source>Let every gate follow its weights again</source>
        <translation>让每个门重新按它的权重计算</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>the step table of one cell, for worksheets and answer keys</source>
        <translation>单个单元的逐步计算表，用于练习单和答案</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <source>Prepare an exercise</source>
        <translation>准备练习</translation>
    </message>
    <message>
        <source>For the student</source>
        <translation>给学生的说明</translation>
    </message>
    <message>
        <source>What the student should try and look for (shown above the cell; Markdown works).</source>
        <translation>学生应该尝试什么、观察什么（显示在单元上方；可以使用 Markdown）。</translation>
    </message>
    <message>
        <source>Add a picture…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <source>Put a PNG picture into the lesson file, shown in the text where the cursor is (at most {count} pictures of {size:.0f} MB)</source>
        <translation>把一张 PNG 图片放进课程文件，显示在文字中光标所在的位置（最多 {count} 张，每张不超过 {size:.0f} MB）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>一句话简介</translation>
    </message>
    <message>
        <source>Fixed sliders</source>
        <translation>锁定的滑块</translation>
    </message>
    <message>
        <source>The student cannot move a fixed slider; training leaves it too.</source>
        <translation>学生不能移动被锁定的滑块；训练也不会改变它。</translation>
    </message>
    <message>
        <source>Hidden views</source>
        <translation>隐藏的视图</translation>
    </message>
    <message>
        <source>The lesson opens without these views. The View menu brings them back, unless the exercise has a teacher passphrase.</source>
        <translation>打开本课时不显示这些视图。可以从“视图”菜单把它们找回来，除非练习设有教师口令。</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>a lesson can carry at most {count} pictures</source>
        <translation>一节课程最多只能带 {count} 张图片</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>The picture was not added</source>
        <translation>没有添加图片</translation>
    </message>
    <message>
        <source>A lesson needs a title</source>
        <translation>课程需要一个标题</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Cell diagram</source>
        <extracomment>The views File → Export can save as a picture: (key, menu text, window attribute or None for the whole window).</extracomment>
        <translation>单元图</translation>
    </message>
    <message>
        <source>Unrolled through time</source>
        <translation>按时间展开</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>时间序列</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>Math of this step</source>
        <translation>本步的计算</translation>
    </message>
    <message>
        <source>Weights and biases</source>
        <translation>权重和偏置</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>整个窗口</translation>
    </message>
    <message>
        <source>Export the step table</source>
        <translation>导出逐步计算表</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>逐步计算表</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export the math of this step</source>
        <translation>导出本步的计算</translation>
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
        <translation>导出每一步的计算</translation>
    </message>
    <message>
        <source>all steps</source>
        <translation>所有步</translation>
    </message>
    <message>
        <source>Export {view}</source>
        <translation>导出{view}</translation>
    </message>
    <message>
        <source>{view} as PNG or SVG…</source>
        <translation>{view}（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>Save the {view} as a picture (PNG) or a drawing (SVG)</source>
        <translation>把{view}保存为图片（PNG）或矢量图（SVG）</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>{error}. Nothing was lost: try another folder.</source>
        <translation>{error}。没有丢失任何内容：请换一个文件夹试试。</translation>
    </message>
</context>
<context>
    <name>InitialStates</name>
    <message>
        <source>The cell state before the first step: the memory the cell starts with. Default 0.</source>
        <extracomment>(model name, label, tooltip)</extracomment>
        <translation>第一步之前的细胞状态：单元开始时的记忆。默认为 0。</translation>
    </message>
    <message>
        <source>The hidden state before the first step, from −1 to 1. Default 0.</source>
        <translation>第一步之前的隐藏状态，在 −1 到 1 之间。默认为 0。</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>初始状态</translation>
    </message>
    <message>
        <source>The states the cell starts from at t = 0 (default 0)</source>
        <translation>单元在 t = 0 时的初始状态（默认为 0）</translation>
    </message>
    <message>
        <source>{label}: {error}. {label} stays {kept}.</source>
        <translation>{label}：{error}。{label} 保持为 {kept}。</translation>
    </message>
    <message>
        <source>{label} must be a number from {low} to {high}. {label} stays {kept}.</source>
        <translation>{label} 必须是 {low} 到 {high} 之间的数。{label} 保持为 {kept}。</translation>
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
        <translation>权重和偏置</translation>
    </message>
    <message>
        <source>Math of this step</source>
        <translation>本步的计算</translation>
    </message>
    <message>
        <source>Unrolled through time</source>
        <translation>按时间展开</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>时间序列</translation>
    </message>
    <message>
        <source>Train the cell</source>
        <translation>训练单元</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>&amp;Cell</source>
        <translation>单元(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation>教师(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Step table as CSV…</source>
        <translation>逐步计算表（CSV）…</translation>
    </message>
    <message>
        <source>Every value of every step at full precision, for a spreadsheet</source>
        <translation>每一步的每个值，完整精度，可用电子表格打开</translation>
    </message>
    <message>
        <source>Math of this step as text…</source>
        <translation>本步的计算（文本）…</translation>
    </message>
    <message>
        <source>The math of the step shown, as the math panel shows it</source>
        <translation>当前这一步的计算，与计算面板中显示的相同</translation>
    </message>
    <message>
        <source>Math of every step as text…</source>
        <translation>每一步的计算（文本）…</translation>
    </message>
    <message>
        <source>The math of every step, one after another</source>
        <translation>每一步的计算，依次排列</translation>
    </message>
    <message>
        <source>Print worksheet…</source>
        <translation>打印练习单…</translation>
    </message>
    <message>
        <source>A PDF for the class: the step table and a step worked out by hand, with blanks to fill in and a separate answer key</source>
        <translation>给全班的 PDF：逐步计算表和一步手算过程，留有空格待填，另附答案</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last change of a weight, the sequence, the target, a pin or C(0)/h(0)</source>
        <translation>撤销最近一次对权重、序列、目标、固定的门或 C(0)/h(0) 的修改</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>重做刚才撤销的操作</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Step forward one time step</source>
        <translation>前进一个时间步</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Step back one time step</source>
        <translation>后退一个时间步</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Play through the sequence, or pause</source>
        <translation>依次播放整个序列，或暂停</translation>
    </message>
    <message>
        <source>Reset to t = 0</source>
        <translation>重置到 t = 0</translation>
    </message>
    <message>
        <source>Back to t = 0, keeping the sequence and the weights</source>
        <translation>回到 t = 0，保留序列和权重</translation>
    </message>
    <message>
        <source>Go to last step</source>
        <translation>转到最后一步</translation>
    </message>
    <message>
        <source>Jump to the last time step</source>
        <translation>跳到最后一个时间步</translation>
    </message>
    <message>
        <source>Keys back to the steps</source>
        <translation>方向键恢复单步</translation>
    </message>
    <message>
        <source>The arrow keys, Space, Home and End step again</source>
        <translation>方向键、空格、Home 和 End 重新用于单步</translation>
    </message>
    <message>
        <source>Animate this step</source>
        <translation>动画演示本步</translation>
    </message>
    <message>
        <source>Play how this step flows through the gates</source>
        <translation>演示本步的数据如何流过各个门</translation>
    </message>
    <message>
        <source>Simple weights (one per gate)</source>
        <translation>简单权重（每个门一个）</translation>
    </message>
    <message>
        <source>One weight per gate</source>
        <translation>每个门一个权重</translation>
    </message>
    <message>
        <source>Full weights (input and recurrent)</source>
        <translation>完整权重（输入和循环）</translation>
    </message>
    <message>
        <source>Input and recurrent weights apart</source>
        <translation>输入权重和循环权重分开</translation>
    </message>
    <message>
        <source>Reset all weights and biases</source>
        <translation>重置所有权重和偏置</translation>
    </message>
    <message>
        <source>Every parameter back to its default</source>
        <translation>每个参数都恢复默认值</translation>
    </message>
    <message>
        <source>Free all pinned gates</source>
        <translation>放开所有固定的门</translation>
    </message>
    <message>
        <source>Let every gate follow its weights again</source>
        <translation>让每个门重新按它的权重计算</translation>
    </message>
    <message>
        <source>Prepare an exercise…</source>
        <translation>准备练习…</translation>
    </message>
    <message>
        <source>Fix sliders, hide views and write the text the student sees, then save</source>
        <translation>锁定滑块、隐藏视图、编写给学生看的文字，然后保存</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>从这里开始</translation>
    </message>
    <message>
        <source>A short guide: what the window shows, five things to try, the keys</source>
        <translation>简短指南：窗口显示了什么、五件可以尝试的事、快捷键</translation>
    </message>
    <message>
        <source>The equations</source>
        <translation>方程</translation>
    </message>
    <message>
        <source>The LSTM equations this cell follows</source>
        <translation>这个单元所遵循的 LSTM 方程</translation>
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
        <translation>固定一个门</translation>
    </message>
    <message>
        <source>Force a gate to a fixed value, whatever its weights say</source>
        <translation>不管权重如何，强制让一个门取固定的值</translation>
    </message>
    <message>
        <source>My own cell</source>
        <translation>我自己的单元</translation>
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
        <translation>本步的每个方程，代入了具体数值。可以选中并复制任意一行。</translation>
    </message>
    <message>
        <source>Math of this step</source>
        <translation>本步的计算</translation>
    </message>
    <message>
        <source>Every equation of this step with the numbers put in, one per line</source>
        <translation>本步的每个方程，代入了具体数值，每行一个</translation>
    </message>
</context>
<context>
    <name>ParamPanel</name>
    <message>
        <source>Forget gate  f(t)</source>
        <translation>遗忘门  f(t)</translation>
    </message>
    <message>
        <source>Input gate  i(t)</source>
        <translation>输入门  i(t)</translation>
    </message>
    <message>
        <source>Candidate  C̃(t)</source>
        <translation>候选值  C̃(t)</translation>
    </message>
    <message>
        <source>Output gate  o(t)</source>
        <translation>输出门  o(t)</translation>
    </message>
    <message>
        <source>Output  y(t)</source>
        <translation>输出  y(t)</translation>
    </message>
    <message>
        <source>Simple: one weight per gate</source>
        <translation>简单：每个门一个权重</translation>
    </message>
    <message>
        <source>One weight per gate, as in W_f·[h(t−1), x(t)] with both entries equal.</source>
        <translation>每个门一个权重，相当于 W_f·[h(t−1), x(t)] 中两个分量相等。</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Separate input weight w_x and recurrent weight w_h for every gate: W_f = [w_hf, w_xf].</source>
        <translation>每个门都有独立的输入权重 w_x 和循环权重 w_h：W_f = [w_hf, w_xf]。</translation>
    </message>
    <message>
        <source>Δ: what the last training did (after − before)</source>
        <translation>Δ：上一次训练的改变（训练后 − 训练前）</translation>
    </message>
    <message>
        <source>Beside each weight, what the last training run did to it: its value after the run minus its value before. The column goes when a weight changes or training starts again.</source>
        <translation>每个权重旁边是上一次训练对它的改变：训练后的值减去训练前的值。权重一改变或再次开始训练，这一列就会消失。</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <source>Put every parameter back to its default value</source>
        <translation>把每个参数恢复为默认值</translation>
    </message>
    <message>
        <source>One weight for the gate: moving it sets both {input} (on x(t)) and {recurrent} (on h(t−1)). {tip}</source>
        <translation>这个门的一个共同权重：移动它会同时设置 {input}（作用于 x(t)）和 {recurrent}（作用于 h(t−1)）。{tip}</translation>
    </message>
    <message>
        <source>{input} and {recurrent}</source>
        <translation>{input} 和 {recurrent}</translation>
    </message>
    <message>
        <source>Reset all weights and biases</source>
        <translation>重置所有权重和偏置</translation>
    </message>
    <message>
        <source>This lesson fixes the greyed sliders; you can move {names}.</source>
        <translation>本课锁定了灰色的滑块；你可以移动 {names}。</translation>
    </message>
    <message>
        <source>none of them</source>
        <translation>（没有可移动的滑块）</translation>
    </message>
    <message>
        <source>Some parameters are fixed by this lesson, so Reset all is off</source>
        <translation>本课锁定了部分参数，所以“全部重置”不可用</translation>
    </message>
    <message>
        <source>The two weights differ ({input} = {a}, {recurrent} = {b}). Moving this slider sets both to the same value.</source>
        <translation>两个权重不相等（{input} = {a}，{recurrent} = {b}）。移动这个滑块会把两者设为同一个值。</translation>
    </message>
    <message>
        <source>Input and recurrent weights differ: {weights}. A slider marked ≠ shows the weight on x(t); moving it sets both. Full shows them apart.</source>
        <translation>输入权重和循环权重不相等：{weights}。标有 ≠ 的滑块显示作用于 x(t) 的权重；移动它会同时设置两者。“完整”模式会把它们分开显示。</translation>
    </message>
</context>
<context>
    <name>PlaybackControls</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <source>Step back one time step (Left)</source>
        <translation>后退一个时间步（Left）</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>单步 ▶</translation>
    </message>
    <message>
        <source>Step forward one time step (Right)</source>
        <translation>前进一个时间步（Right）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play through the sequence, or pause (Space)</source>
        <translation>依次播放整个序列，或暂停（Space）</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to t = 0; the sequence and the weights stay (Home)</source>
        <translation>回到 t = 0；序列和权重保持不变（Home）</translation>
    </message>
    <message>
        <source>Playing speed in steps per second</source>
        <translation>播放速度，单位为步/秒</translation>
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
        <translation>暂停</translation>
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
        <translation>前进 3 步、后退 1 步后，窗口显示 t = {t}</translation>
    </message>
    <message>
        <source>the window&apos;s h(1)</source>
        <translation>窗口中的 h(1)</translation>
    </message>
    <message>
        <source>the lesson&apos;s sequence {sequence} is shown as {shown}</source>
        <translation>课程的序列 {sequence} 被显示为 {shown}</translation>
    </message>
</context>
<context>
    <name>SequenceInput</name>
    <message>
        <source>Single pulse</source>
        <translation>单个脉冲</translation>
    </message>
    <message>
        <source>Early burst</source>
        <translation>开头连发</translation>
    </message>
    <message>
        <source>Alternating</source>
        <translation>交替</translation>
    </message>
    <message>
        <source>Late pulse</source>
        <translation>迟到的脉冲</translation>
    </message>
    <message>
        <source>Long memory</source>
        <translation>长记忆</translation>
    </message>
    <message>
        <source>Two pulses</source>
        <translation>两个脉冲</translation>
    </message>
    <message>
        <source>Negative pulse</source>
        <translation>负脉冲</translation>
    </message>
    <message>
        <source>Steady input</source>
        <translation>持续输入</translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation>斜坡</translation>
    </message>
    <message>
        <source>Input sequence x(t)</source>
        <translation>输入序列 x(t)</translation>
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
        <translation>输入 x(t)，每个时间步一个数，用逗号、空格或分号隔开；小数用小数点，例如 0.5。按 Enter 应用。</translation>
    </message>
    <message>
        <source>Ready-made input sequences</source>
        <translation>现成的输入序列</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>The numbers of the current step. Select them to copy.</source>
        <extracomment>Characters every value label has room for (&quot;−0.0000&quot;); more while a longer number shows.</extracomment>
        <translation>当前这一步的数值。选中即可复制。</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>未设置目标</translation>
    </message>
    <message>
        <source>mean squared error of y against the target, on the input sequence shown</source>
        <translation>在当前输入序列上，y 与目标之间的均方误差</translation>
    </message>
</context>
<context>
    <name>TimeSeriesPlot</name>
    <message>
        <source>input</source>
        <extracomment>Up to this many steps, the lines are stroked with Qt&apos;s dashes; longer ones are drawn with a solid pen and their dashes as gaps along the time axis (`dense_lines`): Qt strokes a long dashed line dash by dash (a third of a second at T = 10,000). The dash pattern and marker of each line, so that no two lines share both and none is told by its colour alone (the cell&apos;s own dash where it gives one: h dashed, y dotted). Line widths by colour role: the memory and the output stand out, the gates stay thin. The words of the legend (the engine&apos;s names of the lines and &quot;target&quot;), marked for the translation files; `TimeSeriesPlot` translates them where it shows them.</extracomment>
        <translation>输入</translation>
    </message>
    <message>
        <source>cell state</source>
        <translation>细胞状态</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>隐藏状态</translation>
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
        <source>output gate</source>
        <translation>输出门</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Every quantity of the cell against the time step. Click a legend entry to hide or show its line. The vertical line is the current step.</source>
        <translation>单元的每个量随时间步的变化。点击图例中的一项可以隐藏或显示它的曲线。竖线表示当前这一步。</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <source>gates f, i, o</source>
        <translation>门 f, i, o</translation>
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
        <translation>让一个 LSTM 单元读完一个输入序列，并打印每一步：门 f、i、o，候选值 C̃，细胞状态 C，隐藏状态 h 和输出 y。</translation>
    </message>
    <message>
        <source>Parameters: {full}. Simple-mode names set both weights of a gate: {simple}.</source>
        <translation>参数：{full}。简单模式的名字会同时设置一个门的两个权重：{simple}。</translation>
    </message>
    <message>
        <source>input sequence, numbers separated by commas, e.g. &quot;1, 0, 0, 0, 0&quot; (one that starts with a minus is written --sequence=&quot;-1, 0&quot;)</source>
        <translation>输入序列，数字用逗号隔开，例如 &quot;1, 0, 0, 0, 0&quot;（以负号开头的序列写作 --sequence=&quot;-1, 0&quot;）</translation>
    </message>
    <message>
        <source>set a parameter (repeatable), e.g. --param w_xf=0.8; others keep their defaults</source>
        <translation>设置一个参数（可重复），例如 --param w_xf=0.8；其他参数保持默认值</translation>
    </message>
    <message>
        <source>pin a gate (f, i, g or o) to a value at every step, e.g. --clamp f=1</source>
        <translation>在每一步把一个门（f、i、g 或 o）固定为某个值，例如 --clamp f=1</translation>
    </message>
    <message>
        <source>target sequence of the same length: also print the MSE and its 14 gradients</source>
        <translation>长度相同的目标序列：同时打印 MSE 和它的 14 个梯度</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>打印 JSON 而不是表格</translation>
    </message>
    <message>
        <source>{what} &quot;{item}&quot; must look like NAME=VALUE, e.g. w_xf=0.8</source>
        <translation>{what} &quot;{item}&quot; 必须写成 NAME=VALUE 的形式，例如 w_xf=0.8</translation>
    </message>
    <message>
        <source>{what} {name}: {problem}</source>
        <translation>{what} {name}：{problem}</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>unknown parameter &quot;{name}&quot;; the parameters are {names} (or w_f, w_i, w_c, w_o for both weights of a gate)</source>
        <translation>未知参数 &quot;{name}&quot;；参数有 {names}（或用 w_f、w_i、w_c、w_o 同时设置一个门的两个权重）</translation>
    </message>
    <message>
        <source>clamp</source>
        <translation>固定的门</translation>
    </message>
    <message>
        <source>unknown gate &quot;{name}&quot; to clamp; the gates are f, i, g, o</source>
        <translation>要固定的门 &quot;{name}&quot; 不存在；门有 f、i、g、o</translation>
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
        <translation>目标</translation>
    </message>
    <message>
        <source>the target has {count} numbers but the sequence has {length}; they must be the same length</source>
        <translation>目标有 {count} 个数，而序列有 {length} 个；两者的长度必须相同</translation>
    </message>
    <message>
        <source>{names} overflowed (too large for a number) and were written as null</source>
        <translation>{names} 溢出（数值太大），已写为 null</translation>
    </message>
    <message>
        <source>Gradient of the MSE:</source>
        <translation>MSE 的梯度：</translation>
    </message>
    <message>
        <source>the output was closed before it was all written (broken pipe)</source>
        <translation>输出在全部写完之前被关闭了（管道断开）</translation>
    </message>
    <message>
        <source>cannot write the output: {reason}</source>
        <translation>无法写入输出：{reason}</translation>
    </message>
    <message>
        <source>cannot write the output: standard output is closed</source>
        <translation>无法写入输出：标准输出已关闭</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>The weights from before training are back.</source>
        <translation>已恢复训练前的权重。</translation>
    </message>
    <message>
        <source>Restore the weights from before training</source>
        <extracomment>Restore, as Edit → Undo names it.</extracomment>
        <translation>恢复训练前的权重</translation>
    </message>
    <message>
        <source>Set a target first: type one in the Target field or pick a lesson.</source>
        <extracomment>Views are refreshed at most this often while training (milliseconds between refreshes). The pump class; `benchmarks/bench_train.py` swaps it to compare the two designs. threading.get_ident() of the thread that ran the last run (for tests and checks).</extracomment>
        <translation>请先设置目标：在“目标”框中输入，或选择一个课程。</translation>
    </message>
    <message>
        <source>Cannot train: {error}.</source>
        <translation>无法训练：{error}。</translation>
    </message>
    <message>
        <source>Training stopped: {error}</source>
        <translation>训练已停止：{error}</translation>
    </message>
    <message>
        <source>Training stopped: the sequence, the target or a pinned gate changed.</source>
        <translation>训练已停止：序列、目标或固定的门发生了变化。</translation>
    </message>
    <message>
        <source>training (1 epoch)</source>
        <translation>训练（1 轮）</translation>
    </message>
    <message>
        <source>training ({epochs} epochs)</source>
        <translation>训练（{epochs} 轮）</translation>
    </message>
    <message>
        <source>Ready: press Train to fit the weights to the target.</source>
        <translation>准备就绪：按“训练”，让权重拟合目标。</translation>
    </message>
    <message>
        <source>Set a target (or pick a lesson), then press Train.</source>
        <translation>先设置目标（或选择一个课程），再按“训练”。</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Your own target</source>
        <translation>自己的目标</translation>
    </message>
    <message>
        <source>What training is doing, or how the last run ended.</source>
        <translation>训练正在做什么，或上一次训练是如何结束的。</translation>
    </message>
    <message>
        <source>Target y*(t)</source>
        <translation>目标 y*(t)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>e.g. 0, 0, 1, 1, 1 (empty: no target)</source>
        <translation>例如 0, 0, 1, 1, 1（留空：没有目标）</translation>
    </message>
    <message>
        <source>The output y(t) you want the cell to produce, one number per time step, as many as the input has. Press Enter to apply. Leave it empty for no target.</source>
        <translation>你希望单元产生的输出 y(t)，每个时间步一个数，数量与输入相同。按 Enter 应用。留空表示没有目标。</translation>
    </message>
    <message>
        <source>Ready-made targets</source>
        <translation>现成的目标</translation>
    </message>
    <message>
        <source>Lessons that teach memory: each sets an input sequence and the target the cell should learn to produce for it.</source>
        <translation>讲解记忆的课程：每个课程都设定一个输入序列，以及单元应当学会为它产生的目标。</translation>
    </message>
    <message>
        <source>Train on many random sequences</source>
        <translation>在许多随机序列上训练</translation>
    </message>
    <message>
        <source>Fitting one sequence can be learnt by heart. Tick this to train on many random sequences that follow the lesson&apos;s rule; the held-out MSE, measured on fresh sequences the cell never trained on, shows whether it learnt the rule itself.</source>
        <translation>只拟合一个序列，单元可能只是死记硬背。勾选此项，会在许多遵循本课规则的随机序列上训练；留出 MSE 是在单元从未训练过的新序列上测得的，它能说明单元是否真正学会了规则。</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Train the cell</source>
        <translation>训练单元</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Fit the weights to the target by gradient descent. The sliders, the diagram and the plots follow the weights as they change.</source>
        <translation>用梯度下降让权重拟合目标。滑块、单元图和曲线图会随着权重的变化而更新。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop training now; the weights stay.</source>
        <translation>立即停止训练；权重保持不变。</translation>
    </message>
    <message>
        <source>One epoch</source>
        <translation>训练一轮</translation>
    </message>
    <message>
        <source>Train for exactly one epoch (one pass over the training data) and watch what changed. Pressing it again continues where it left off.</source>
        <translation>只训练一轮（把训练数据过一遍），看看发生了什么变化。再按一次会从上次停下的地方继续。</translation>
    </message>
    <message>
        <source>Restore weights</source>
        <translation>恢复权重</translation>
    </message>
    <message>
        <source>Undo training: put back the weights the cell had before you started training it.</source>
        <translation>撤销训练：恢复开始训练之前单元的权重。</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>训练速度</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <source>{rate} epochs/s</source>
        <translation>每秒 {rate} 轮</translation>
    </message>
    <message>
        <source>How fast training runs. As fast as possible, the views follow about 30 times a second; at a set number of epochs a second the diagram, the weights and the loss curve follow every epoch, so a class can watch the weights move. It can change while training runs.</source>
        <translation>训练运行的快慢。选“尽可能快”时，各视图每秒大约更新 30 次；选定每秒轮数时，示意图、权重和损失曲线每一轮都更新，全班可以看着权重变化。训练进行中也可以更改。</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>How each step is taken. Adam adapts the step size of every weight by itself; SGD with momentum keeps 90% of the previous step, like a ball rolling downhill.</source>
        <translation>每一步怎样走。Adam 会自动调整每个权重的步长；带动量的 SGD 保留上一步的 90%，就像一个滚下山坡的球。</translation>
    </message>
    <message>
        <source>How big each step is. Larger learns faster but can overshoot and blow up; smaller is steadier but slower.</source>
        <translation>每一步走多大。较大时学得快，但可能越过最低点甚至发散；较小时更稳定，但更慢。</translation>
    </message>
    <message>
        <source>Training stops after this many epochs at the latest.</source>
        <translation>训练最多进行这么多轮后停止。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Gradient clipping: when the gradient is longer than this, it is shortened to this length, so one steep spot cannot throw the weights far away. 0 = off.</source>
        <translation>梯度裁剪：当梯度的长度超过这个值时，把它缩短到这个长度，这样一处陡坡就不会把权重甩得很远。0 = 关闭。</translation>
    </message>
    <message>
        <source>The goal: training stops early once the MSE falls below this. 0 = never stop early.</source>
        <translation>目标：MSE 低于这个值时训练提前停止。0 = 从不提前停止。</translation>
    </message>
    <message>
        <source>Locked parameters keep their value while training; lock one with the padlock beside its slider.</source>
        <translation>锁定的参数在训练时保持不变；用滑块旁边的锁图标锁定参数。</translation>
    </message>
    <message>
        <source>Unlock all</source>
        <translation>全部解锁</translation>
    </message>
    <message>
        <source>Let training change every parameter again.</source>
        <translation>让训练重新可以改变每个参数。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>At most (epochs)</source>
        <translation>最多（轮）</translation>
    </message>
    <message>
        <source>Clip gradient at</source>
        <translation>梯度裁剪阈值</translation>
    </message>
    <message>
        <source>Stop below MSE</source>
        <translation>MSE 低于此值时停止</translation>
    </message>
    <message>
        <source>the target has {count} values but the input has {length}</source>
        <translation>目标有 {count} 个值，而输入有 {length} 个</translation>
    </message>
    <message>
        <source>Locked (training leaves them alone): {names}</source>
        <translation>已锁定（训练不会改变）：{names}</translation>
    </message>
    <message>
        <source>No parameter is locked: training may change them all.</source>
        <translation>没有锁定的参数：训练可以改变所有参数。</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>training</source>
        <extracomment>Steps kept; the oldest go first. Numbers the kept steps may hold in sequences and targets together (a long paste holds 10,000 before and 10,000 after): beyond it the oldest steps go, so memory stays flat.</extracomment>
        <translation>训练</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo {change}</source>
        <translation>撤销 {change}</translation>
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
        <translation>按时间展开的单元：每一步一个副本，把 C（上面的链）和 h（下面的链）传给下一步。输入在下方，输出在上方。点击某一步可以跳到那里。</translation>
    </message>
    <message>
        <source>Later steps: ? until you step there. Predict, then step.</source>
        <translation>后面的步显示为 ?，直到你走到那里。先预测，再单步。</translation>
    </message>
    <message>
        <source>Show all steps</source>
        <translation>显示所有步</translation>
    </message>
    <message>
        <source>Show C, h and y of the steps after the current one too (they are hidden so you can predict them first)</source>
        <translation>也显示当前步之后各步的 C、h 和 y（隐藏它们是为了让你先预测）</translation>
    </message>
    <message>
        <source>Every step shown.</source>
        <translation>已显示所有步。</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>My own cell</source>
        <extracomment>What an empty box for the student looks like inside the worked steps. The lesson of a worksheet made with no lesson open.</extracomment>
        <translation>我自己的单元</translation>
    </message>
    <message>
        <source>forget gate</source>
        <extracomment>What the equations and the cell&apos;s table call each gate and state.</extracomment>
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
        <source>cell state</source>
        <translation>细胞状态</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>隐藏状态</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Fill in every empty box: &lt;b&gt;predict&lt;/b&gt; each number first, then work it out with the equations below. Keep four decimals.</source>
        <extracomment>The quantities&apos; colours on paper: the light theme&apos;s.</extracomment>
        <translation>填写每个空格：先&lt;b&gt;预测&lt;/b&gt;每个数，再用下面的方程算出来。保留四位小数。</translation>
    </message>
    <message>
        <source>Every number of the worksheet, to four decimals.</source>
        <translation>练习单上的每个数，保留四位小数。</translation>
    </message>
    <message>
        <source>{day} {month_name} {year}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>ANSWER KEY</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <source>{answer_key} · LSTM Lab · one LSTM cell, step by step · {date}</source>
        <translation>{answer_key} · LSTM Lab · 一个 LSTM 单元，一步一步 · {date}</translation>
    </message>
    <message>
        <source>LSTM Lab · Worksheet · one LSTM cell, step by step · {date}</source>
        <translation>LSTM Lab · 练习单 · 一个 LSTM 单元，一步一步 · {date}</translation>
    </message>
    <message>
        <source>Name: {blank}</source>
        <translation>姓名：{blank}</translation>
    </message>
    <message>
        <source>Class: {blank}</source>
        <translation>班级：{blank}</translation>
    </message>
    <message>
        <source>σ(z) = 1 / (1 + e&lt;sup&gt;−z&lt;/sup&gt;) lies between 0 (shut) and 1 (open); tanh(z) lies between −1 and 1.</source>
        <translation>σ(z) = 1 / (1 + e&lt;sup&gt;−z&lt;/sup&gt;) 介于 0（关闭）和 1（打开）之间；tanh(z) 介于 −1 和 1 之间。</translation>
    </message>
    <message>
        <source>The equations</source>
        <translation>方程</translation>
    </message>
    <message>
        <source>&lt;b&gt;pinned at {value}&lt;/b&gt;: its weights do not count</source>
        <translation>&lt;b&gt;固定为 {value}&lt;/b&gt;：它的权重不起作用</translation>
    </message>
    <message>
        <source>Target: {values}</source>
        <translation>目标：{values}</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>门</translation>
    </message>
    <message>
        <source>w&lt;sub&gt;x&lt;/sub&gt; (input)</source>
        <translation>w&lt;sub&gt;x&lt;/sub&gt;（输入）</translation>
    </message>
    <message>
        <source>w&lt;sub&gt;h&lt;/sub&gt; (recurrent)</source>
        <translation>w&lt;sub&gt;h&lt;/sub&gt;（循环）</translation>
    </message>
    <message>
        <source>b (bias)</source>
        <translation>b（偏置）</translation>
    </message>
    <message>
        <source>Start from C(0) = {c0} and h(0) = {h0}. Input x(t): {sequence}</source>
        <translation>从 C(0) = {c0} 和 h(0) = {h0} 开始。输入 x(t)：{sequence}</translation>
    </message>
    <message>
        <source>The cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Steps {first} to {last} of {count}.</source>
        <translation>第 {first} 步到第 {last} 步，共 {count} 步。</translation>
    </message>
    <message>
        <source>Fill in the table</source>
        <translation>填写表格</translation>
    </message>
    <message>
        <source>The step table</source>
        <translation>步骤表</translation>
    </message>
    <message>
        <source>Shaded: given.</source>
        <translation>阴影格：已给出。</translation>
    </message>
    <message>
        <source>Step t = {t}, by hand</source>
        <translation>第 t = {t} 步，手算</translation>
    </message>
    <message>
        <source>The weights, x(t), h(t−1) and C(t−1) are given; work out every empty box, top to bottom.</source>
        <translation>权重、x(t)、h(t−1) 和 C(t−1) 已给出；从上到下算出每个空格。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predict first:&lt;/b&gt; C({t}) ≈ {blank} &amp;nbsp;&amp;nbsp; h({t}) ≈ {blank} &amp;nbsp;&amp;nbsp; (larger or smaller than C({p}) and h({p})?)</source>
        <translation>&lt;b&gt;先预测：&lt;/b&gt;C({t}) ≈ {blank} &amp;nbsp;&amp;nbsp; h({t}) ≈ {blank} &amp;nbsp;&amp;nbsp;（比 C({p}) 和 h({p}) 大还是小？）</translation>
    </message>
    <message>
        <source>LSTM Lab · {title} · answer key</source>
        <translation>LSTM Lab · {title} · 参考答案</translation>
    </message>
    <message>
        <source>LSTM Lab · {title} · worksheet</source>
        <translation>LSTM Lab · {title} · 练习单</translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message>
        <source>Print worksheet</source>
        <translation>打印练习单</translation>
    </message>
    <message>
        <source>Step table from step</source>
        <translation>计算表起始步</translation>
    </message>
    <message>
        <source>Step table to step</source>
        <translation>计算表结束步</translation>
    </message>
    <message>
        <source>Work out by hand: step</source>
        <translation>手算：第几步</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>and every step of the table, one page each</source>
        <translation>以及表中的每一步，每步一页</translation>
    </message>
    <message>
        <source>Leave the student&apos;s numbers blank (predict, then reveal)</source>
        <translation>给学生留空（先预测，再揭晓）</translation>
    </message>
    <message>
        <source>Also save the answer key, with every number, as …-answers.pdf</source>
        <translation>同时保存含全部数值的答案，文件名为 …-answers.pdf</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Step table:</source>
        <translation>逐步计算表：</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>练习单</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} 页</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>保存练习单</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Worksheet not saved</source>
        <translation>练习单未保存</translation>
    </message>
    <message>
        <source>{error}. Nothing was lost: try another folder.</source>
        <translation>{error}。没有丢失任何内容：请换一个文件夹试试。</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>已将 {name} 保存到 {folder}。</translation>
    </message>
    <message>
        <source>Saved {name} and {other} in {folder}.</source>
        <translation>已将 {name} 和 {other} 保存到 {folder}。</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
</context>
<context>
    <name>WorksheetPrint</name>
    <message>
        <source>the pages could not be started</source>
        <translation>无法开始生成页面</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>LSTM Lab worksheet</source>
        <translation>LSTM Lab 练习单</translation>
    </message>
    <message>
        <source>the PDF came out empty</source>
        <translation>生成的 PDF 是空的</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CellColumn</name>
    <message>
        <source>Remembers for: the last step k at which the first input can still be seen in the hidden state, retention(k) at least 1% of retention(1). Readable: the steps from the first at which a straight line from h(k) gives back the first input&apos;s height (read-out R² at least 0.9). A latch: h(k) still differs clearly from run B&apos;s (retention at least 0.01) but says little of how high the pulse was (R² below 0.5).</source>
        <translation>记住：在隐藏状态中仍能看出第一个输入的最后一步 k，即保持度(k) 至少为保持度(1) 的 1%。可读：从第一步起，用一条直线能从 h(k) 还原第一个输入高度的步数（读出 R² 至少为 0.9）。锁存：h(k) 仍明显不同于运行 B 的（保持度至少为 0.01），却几乎说明不了脉冲有多高（R² 低于 0.5）。</translation>
    </message>
    <message>
        <source>{cell} {parameter}</source>
        <translation>{cell} {parameter}</translation>
    </message>
    <message>
        <source>remembers for &lt;b&gt;{steps}&lt;/b&gt;</source>
        <translation>记住 &lt;b&gt;{steps}&lt;/b&gt; 步</translation>
    </message>
    <message>
        <source>readable &lt;b&gt;{steps}&lt;/b&gt;</source>
        <translation>可读 &lt;b&gt;{steps}&lt;/b&gt; 步</translation>
    </message>
    <message>
        <source>&lt;b&gt;latch&lt;/b&gt; from {step}</source>
        <translation>从第 {step} 步起&lt;b&gt;锁存&lt;/b&gt;</translation>
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
        <translation>隐藏状态 h(t)</translation>
    </message>
    <message>
        <source>input x(t)</source>
        <translation>输入 x(t)</translation>
    </message>
    <message>
        <source>update gate z(t)</source>
        <translation>更新门 z(t)</translation>
    </message>
    <message>
        <source>reset gate r(t)</source>
        <translation>重置门 r(t)</translation>
    </message>
    <message>
        <source>candidate h̃(t)</source>
        <translation>候选值 h̃(t)</translation>
    </message>
    <message>
        <source>output y(t)</source>
        <translation>输出 y(t)</translation>
    </message>
    <message>
        <source>previous hidden state h(t−1)</source>
        <translation>上一步的隐藏状态 h(t−1)</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>the RNN&apos;s, LSTM&apos;s and GRU&apos;s memory of one sequence</source>
        <translation>RNN、LSTM 和 GRU 对同一个序列的记忆</translation>
    </message>
    <message>
        <source>race the RNN, LSTM and GRU on a memory task over several seeds</source>
        <translation>让 RNN、LSTM 和 GRU 在多个随机种子上比赛一个记忆任务</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare the RNN, LSTM and GRU cells on one sequence: how long each remembers its first input (retention), how its gradient vanishes, and its parameter count.</source>
        <extracomment>The lesson whose parameters and sequence `lstm-lab compare` uses unless told otherwise.</extracomment>
        <translation>在同一个序列上比较 RNN、LSTM 和 GRU 单元：各自能记住第一个输入多久（保持度），梯度如何消失，以及参数数量。</translation>
    </message>
    <message>
        <source>Parameters: {names}</source>
        <translation>参数：{names}</translation>
    </message>
    <message>
        <source>input sequence, numbers separated by commas, e.g. &quot;1, 0, 0, 0, 0&quot; (default: the lesson&apos;s)</source>
        <translation>输入序列，数字用逗号隔开，例如 &quot;1, 0, 0, 0, 0&quot;（默认：课程中的序列）</translation>
    </message>
    <message>
        <source>take the parameters and the sequence of this compare lesson (default: {lesson})</source>
        <translation>使用这个比较课程的参数和序列（默认：{lesson}）</translation>
    </message>
    <message>
        <source>start from each cell&apos;s own default parameters instead of a lesson&apos;s</source>
        <translation>从每个单元自己的默认参数开始，而不是课程中的参数</translation>
    </message>
    <message>
        <source>set one cell&apos;s parameter (repeatable), e.g. --param rnn.w_hh=0.9</source>
        <translation>设置某个单元的一个参数（可重复），例如 --param rnn.w_hh=0.9</translation>
    </message>
    <message>
        <source>input size m (default 1)</source>
        <translation>输入大小 m（默认 1）</translation>
    </message>
    <message>
        <source>number of units n (default 1)</source>
        <translation>单元数 n（默认 1）</translation>
    </message>
    <message>
        <source>print JSON instead of tables</source>
        <translation>打印 JSON 而不是表格</translation>
    </message>
    <message>
        <source>{what} &quot;{text}&quot; is not a whole number</source>
        <translation>{what} &quot;{text}&quot; 不是整数</translation>
    </message>
    <message>
        <source>{what} must be from 1 to {most}, not {value}</source>
        <translation>{what} 必须在 1 到 {most} 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>parameter &quot;{item}&quot; must look like CELL.NAME=VALUE, e.g. rnn.w_hh=0.9</source>
        <translation>参数 &quot;{item}&quot; 必须写成 CELL.NAME=VALUE 的形式，例如 rnn.w_hh=0.9</translation>
    </message>
    <message>
        <source>unknown cell &quot;{cell}&quot;; the cells are rnn, lstm, gru</source>
        <translation>未知单元 &quot;{cell}&quot;；单元有 rnn、lstm、gru</translation>
    </message>
    <message>
        <source>unknown parameter &quot;{name}&quot; of the {cell}; its parameters: {names}</source>
        <translation>{cell} 没有参数 &quot;{name}&quot;；它的参数有：{names}</translation>
    </message>
    <message>
        <source>parameter {cell}.{name}: &quot;{text}&quot; is not a number</source>
        <translation>参数 {cell}.{name}：&quot;{text}&quot; 不是数字</translation>
    </message>
    <message>
        <source>parameter {cell}.{name}: &quot;{text}&quot; is not a finite number within ±{most}</source>
        <translation>参数 {cell}.{name}：&quot;{text}&quot; 不是 ±{most} 以内的有限数</translation>
    </message>
    <message>
        <source>--lesson &quot;{name}&quot; is neither a built-in lesson nor a file (lstm-lab --list-lessons lists the lessons)</source>
        <translation>--lesson &quot;{name}&quot; 既不是内置课程，也不是文件（lstm-lab --list-lessons 会列出所有课程）</translation>
    </message>
    <message>
        <source>--lesson: &quot;{name}&quot; is a {kind} lesson, not a compare lesson</source>
        <translation>--lesson：&quot;{name}&quot; 是 {kind} 课程，不是 compare 课程</translation>
    </message>
    <message>
        <source>sequence: {error}</source>
        <translation>序列：{error}</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>溢出</translation>
    </message>
    <message>
        <source>each cell&apos;s defaults</source>
        <translation>每个单元的默认参数</translation>
    </message>
    <message>
        <source>the lesson {name}</source>
        <translation>课程 {name}</translation>
    </message>
    <message>
        <source>Parameters: {source}, with any --param applied.</source>
        <translation>参数：{source}，并应用了所有 --param。</translation>
    </message>
    <message>
        <source>Parameter count for m = {inputs} inputs, n = {units} units:</source>
        <translation>m = {inputs} 个输入、n = {units} 个单元时的参数数量：</translation>
    </message>
    <message>
        <source>Remembers for (retention ≥ 1% of retention(1)):</source>
        <translation>记住的步数（保持度 ≥ 保持度(1) 的 1%）：</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} 步</translation>
    </message>
    <message>
        <source>First input&apos;s height readable for (read-out R² ≥ {r2}):</source>
        <translation>第一个输入的高度可读的步数（读出 R² ≥ {r2}）：</translation>
    </message>
    <message>
        <source>(a latch from step {step})</source>
        <translation>（从第 {step} 步起锁存）</translation>
    </message>
    <message>
        <source>(retention at k = 1 … T; the gradient columns at k − 1 = 0 … T−1)</source>
        <translation>（retention 列对应 k = 1 … T；gradient 列对应 k − 1 = 0 … T−1）</translation>
    </message>
</context>
<context>
    <name>CompareExport</name>
    <message>
        <source>this lesson&apos;s options cannot be exported: {error}</source>
        <translation>这一课的选项无法导出：{error}</translation>
    </message>
</context>
<context>
    <name>CompareOptions</name>
    <message>
        <source>no preset {key}; the presets are {keys}</source>
        <translation>没有预设 {key}；预设有 {keys}</translation>
    </message>
    <message>
        <source>the delay k</source>
        <translation>延迟 k</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}</source>
        <translation>{what} 必须是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}, not {value}</source>
        <translation>{what} 必须是 {low} 到 {high} 之间的整数，而不是 {value}</translation>
    </message>
    <message>
        <source>{what} must be a number</source>
        <translation>{what} 必须是数字</translation>
    </message>
    <message>
        <source>{what} must be a finite number between ±{most}</source>
        <translation>{what} 必须是 ±{most} 之间的有限数</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a set of named settings</source>
        <translation>&quot;options&quot; 必须是一组带名字的设置</translation>
    </message>
    <message>
        <source>&quot;options&quot; has a setting this lesson does not know: &quot;{name}&quot; ({known})</source>
        <translation>&quot;options&quot; 含有本课不认识的设置：&quot;{name}&quot;（{known}）</translation>
    </message>
    <message>
        <source>&quot;options&quot; sequence must be a list of at least one number</source>
        <translation>&quot;options&quot; 的 sequence 必须是至少含一个数的列表</translation>
    </message>
    <message>
        <source>&quot;options&quot; sequence has more than {most} values</source>
        <translation>&quot;options&quot; 的 sequence 超过了 {most} 个值</translation>
    </message>
    <message>
        <source>&quot;options&quot; sequence value {number}</source>
        <translation>&quot;options&quot; 的 sequence 第 {number} 个值</translation>
    </message>
    <message>
        <source>&quot;options&quot; params must name the cells rnn, lstm and gru</source>
        <translation>&quot;options&quot; 的 params 必须以单元 rnn、lstm 和 gru 命名</translation>
    </message>
    <message>
        <source>&quot;options&quot; params: unknown cell &quot;{name}&quot; (the cells: rnn, lstm, gru)</source>
        <translation>&quot;options&quot; 的 params：未知单元 &quot;{name}&quot;（单元有：rnn、lstm、gru）</translation>
    </message>
    <message>
        <source>&quot;options&quot; params of {name} must be named numbers</source>
        <translation>&quot;options&quot; 中 {name} 的 params 必须是带名字的数字</translation>
    </message>
    <message>
        <source>&quot;options&quot; params: the {name} has no parameter &quot;{key}&quot;</source>
        <translation>&quot;options&quot; 的 params：{name} 没有参数 &quot;{key}&quot;</translation>
    </message>
    <message>
        <source>&quot;options&quot; learning_rate must be from {low} to {high}</source>
        <translation>&quot;options&quot; 的 learning_rate 必须在 {low} 到 {high} 之间</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>LSTM, w_hc = 0: a quiet C̃</source>
        <extracomment>The cells, in the order the window shows them. The colour role (theme series key) of each cell in every plot. The marker along each cell&apos;s line in every plot: the cells&apos; lines are solid (the reference lines are the dashed ones, as the lessons say), so they differ by more than colour this way. A pulse, then 49 zeros. The LSTM of the built-in lesson: h feeds back into every gate and into C̃. A tiny pulse, then zeros: 12 steps, short enough for h to stay off tanh&apos;s flat ends.</extracomment>
        <translation>LSTM，w_hc = 0：安静的 C̃</translation>
    </message>
    <message>
        <source>w_hc = 0: h no longer feeds the candidate C̃, so after the pulse nothing new is written and C only fades by f(t) at every step. The LSTM&apos;s gradient follows its dash-dot Π f(t) line.</source>
        <translation>w_hc = 0：h 不再输入候选值 C̃，所以脉冲过后不再写入新内容，C 只在每一步按 f(t) 衰减。LSTM 的梯度沿着它的点划线 Π f(t) 变化。</translation>
    </message>
    <message>
        <source>LSTM, w_hc = 0.5: h feeds C̃</source>
        <translation>LSTM，w_hc = 0.5：h 输入 C̃</translation>
    </message>
    <message>
        <source>w_hc = 0.5: h feeds back into C̃, so the cell keeps writing after the pulse; C grows to 3.28, where tanh is flat, and h ends near 0.57 whatever the pulse&apos;s height.</source>
        <translation>w_hc = 0.5：h 反馈到 C̃，所以脉冲过后单元仍在不断写入；C 增长到 3.28，那里 tanh 几乎是平的，无论脉冲多高，h 最后都接近 0.57。</translation>
    </message>
    <message>
        <source>RNN, w_hh = 1.5: it explodes</source>
        <translation>RNN，w_hh = 1.5：梯度爆炸</translation>
    </message>
    <message>
        <source>While h stays small, every step back multiplies the RNN&apos;s gradient by about 1.5. On a longer sequence h climbs to 0.859, where 1.5·(1 − h²) = 0.39 is below 1, and the gradient vanishes instead.</source>
        <translation>当 h 还很小时，每往回一步，RNN 的梯度大约乘以 1.5。在更长的序列上，h 升到 0.859，此时 1.5·(1 − h²) = 0.39 小于 1，梯度反而消失。</translation>
    </message>
    <message>
        <source>The hidden state of each cell at every step, on one time axis.</source>
        <translation>每个单元在每一步的隐藏状态，画在同一条时间轴上。</translation>
    </message>
    <message>
        <source>h(t) of each cell at every step.</source>
        <translation>每个单元在每一步的 h(t)。</translation>
    </message>
    <message>
        <source>retention(k) = |h_A(k) − h_B(k)|: run A reads the sequence as given, run B the same sequence with its first value replaced by 0 — whether the first input can still be seen in the hidden state at step k. It says that h differs, not whether the first input&apos;s value can be read back: see Read-out R².</source>
        <translation>保持度(k) = |h_A(k) − h_B(k)|：运行 A 读入原样的序列，运行 B 读入把第一个值换成 0 的同一序列——看第 k 步的隐藏状态中是否还能看出第一个输入。它只说明 h 不同，并不说明能否读回第一个输入的值：请看“读出 R²”。</translation>
    </message>
    <message>
        <source>retention(k): how far h(k) still shows the pulse.</source>
        <translation>保持度(k)：h(k) 在多大程度上还显示着脉冲。</translation>
    </message>
    <message>
        <source>Read-out R²(k): the sequence is run with its first value set to 8 heights from 0.1 to 1, and R² is the share of the heights&apos; variance that the best straight line from h(k) explains, with h(k) read through noise of 0.001. 1: the height can be read back from h(k); near 0: it cannot. Dotted: R² = 0.9, readable. A latch keeps its retention while its R² falls.</source>
        <translation>读出 R²(k)：把序列的第一个值分别设为 0.1 到 1 之间的 8 个高度来运行，R² 是从 h(k) 出发的最佳直线能解释的高度方差的比例，读取 h(k) 时带有 0.001 的噪声。1：可以从 h(k) 读回高度；接近 0：读不回来。点线：R² = 0.9，可读。锁存的保持度不变，而它的 R² 下降。</translation>
    </message>
    <message>
        <source>R²(k): how well h(k) gives back the pulse&apos;s height.</source>
        <translation>R²(k)：h(k) 能多好地还原脉冲的高度。</translation>
    </message>
    <message>
        <source>gradient(k) = |∂y(T)/∂x(T−k)|: how strongly the last output can still learn from the input k steps back (backpropagation through time). Dashed: the RNN&apos;s one path, |w_in·w_out|·|w_hh|^k·Π(1 − h²), which is its gradient; dotted: |w_in·w_out|·|w_hh|^k, the bound it stays under (1 − h² ≤ 1). Dash-dot: the LSTM&apos;s gradient along the cell state alone, multiplied by f(t) at every step back.</source>
        <translation>梯度(k) = |∂y(T)/∂x(T−k)|：最后的输出还能多强地从 k 步之前的输入中学习（随时间反向传播）。虚线：RNN 唯一的路径 |w_in·w_out|·|w_hh|^k·Π(1 − h²)，也就是它的梯度；点线：|w_in·w_out|·|w_hh|^k，它不会超过的上界（1 − h² ≤ 1）。点划线：LSTM 只沿细胞状态的梯度，每往回一步乘以 f(t)。</translation>
    </message>
    <message>
        <source>gradient(k) = |∂y(T)/∂x(T−k)| and its reference lines.</source>
        <translation>梯度(k) = |∂y(T)/∂x(T−k)| 及其参考线。</translation>
    </message>
    <message>
        <source>|w_hh|^k·Π(1−h²)</source>
        <extracomment>The gradient plot&apos;s reference lines: key, legend words, colour role, line style.</extracomment>
        <translation>|w_hh|^k·Π(1−h²)</translation>
    </message>
    <message>
        <source>|w_hh|^k bound</source>
        <translation>|w_hh|^k 上界</translation>
    </message>
    <message>
        <source>Π f(t) path</source>
        <translation>Π f(t) 路径</translation>
    </message>
    <message>
        <source>Try a setting…</source>
        <extracomment>The first entry of the presets&apos; list: no preset.</extracomment>
        <translation>试试一个设置…</translation>
    </message>
    <message>
        <source>Who remembers? — LSTM Lab[*]</source>
        <translation>谁记得住？— LSTM Lab[*]</translation>
    </message>
    <message>
        <source>Cell shown</source>
        <extracomment>The cell shown when one is shown at a time (`shows_one_cell`). The crowded layout on a window too narrow for the three cells side by side.</extracomment>
        <translation>显示的单元</translation>
    </message>
    <message>
        <source>Input sequence</source>
        <translation>输入序列</translation>
    </message>
    <message>
        <source>The input all three cells read: numbers separated by commas</source>
        <translation>三个单元共同读入的输入：用逗号隔开的数字</translation>
    </message>
    <message>
        <source>A pulse, then 49 zeros</source>
        <translation>一个脉冲，然后 49 个 0</translation>
    </message>
    <message>
        <source>Step t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <source>The step the three diagrams show</source>
        <translation>三张单元图显示的时间步</translation>
    </message>
    <message>
        <source>Ready-made settings</source>
        <translation>现成的设置</translation>
    </message>
    <message>
        <source>Settings that each show one thing: the cells and the sequence they need</source>
        <translation>每个设置展示一件事：包括所需的单元参数和序列</translation>
    </message>
    <message>
        <source>Input x(1) … x(T):</source>
        <translation>输入 x(1) … x(T)：</translation>
    </message>
    <message>
        <source>Step shown:</source>
        <translation>显示的步：</translation>
    </message>
    <message>
        <source>step t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <source>The three hidden states on one time axis</source>
        <translation>三个隐藏状态画在同一条时间轴上</translation>
    </message>
    <message>
        <source>input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <source>step k</source>
        <translation>时间步 k</translation>
    </message>
    <message>
        <source>retention(k)</source>
        <translation>保持度(k)</translation>
    </message>
    <message>
        <source>steps back k</source>
        <translation>往回的步数 k</translation>
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
        <translation>读出 R²</translation>
    </message>
    <message>
        <source>◀ Step back</source>
        <translation>◀ 后退一步</translation>
    </message>
    <message>
        <source>Step forward ▶</source>
        <translation>前进一步 ▶</translation>
    </message>
    <message>
        <source>Show the {cell} cell ({key})</source>
        <translation>显示 {cell} 单元（{key}）</translation>
    </message>
    <message>
        <source>Show the {cell} cell</source>
        <translation>显示 {cell} 单元</translation>
    </message>
    <message>
        <source>&lt;p&gt;In a window too narrow for the three cells side by side (large text on a projector), the keys 1, 2 and 3 show one cell at a time outside presenter mode too, as do the tabs above it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;窗口太窄、三个单元无法并排时（例如投影仪上的放大文字），在演示模式之外也可以用按键 1、2、3 或上方的标签页一次显示一个单元。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>未更改：{error}</translation>
    </message>
    <message>
        <source>Who remembers?</source>
        <translation>谁记得住？</translation>
    </message>
</context>
<context>
    <name>GRUDiagram</name>
    <message>
        <source>The GRU cell at the current step. The update gate z decides how much of the new candidate h̃ replaces the old state: with z near 0 the top line carries h(t−1) through unchanged, like the LSTM&apos;s highway. The reset gate r decides how much of h(t−1) the candidate sees.</source>
        <extracomment>The gates&apos; names go under the two buses, where no wire crosses them.</extracomment>
        <translation>当前这一步的 GRU 单元。更新门 z 决定新的候选值 h̃ 替换旧状态的比例：z 接近 0 时，顶部的线把 h(t−1) 原样传下去，就像 LSTM 的高速通道。重置门 r 决定候选值能看到多少 h(t−1)。</translation>
    </message>
    <message>
        <source>GRU cell</source>
        <translation>GRU 单元</translation>
    </message>
    <message>
        <source>update z</source>
        <translation>更新门 z</translation>
    </message>
    <message>
        <source>reset r</source>
        <translation>重置门 r</translation>
    </message>
    <message>
        <source>candidate h̃</source>
        <translation>候选值 h̃</translation>
    </message>
</context>
<context>
    <name>GRUMathPanel</name>
    <message>
        <source>The GRU&apos;s equations at this step with the numbers put in.</source>
        <translation>本步 GRU 的方程，代入了具体数值。</translation>
    </message>
    <message>
        <source>GRU math of this step</source>
        <translation>本步 GRU 的计算</translation>
    </message>
    <message>
        <source>t = 0: nothing computed yet.</source>
        <translation>t = 0：还没有计算任何内容。</translation>
    </message>
    <message>
        <source>GRU, step t = {t}:  x({t}) = {x}   h({p}) = {h}</source>
        <translation>GRU，时间步 t = {t}：  x({t}) = {x}   h({p}) = {h}</translation>
    </message>
    <message>
        <source>Update  z({t}) = σ(w_xz·x({t}) + w_hz·h({p}) + b_z)</source>
        <translation>更新门  z({t}) = σ(w_xz·x({t}) + w_hz·h({p}) + b_z)</translation>
    </message>
    <message>
        <source>Reset  r({t}) = σ(w_xr·x({t}) + w_hr·h({p}) + b_r)</source>
        <translation>重置门  r({t}) = σ(w_xr·x({t}) + w_hr·h({p}) + b_r)</translation>
    </message>
    <message>
        <source>Candidate  h̃({t}) = tanh(w_xc·x({t}) + w_hc·(r({t})·h({p})) + b_c)</source>
        <translation>候选值  h̃({t}) = tanh(w_xc·x({t}) + w_hc·(r({t})·h({p})) + b_c)</translation>
    </message>
    <message>
        <source>Hidden state  h({t}) = (1 − z({t}))·h({p}) + z({t})·h̃({t})</source>
        <translation>隐藏状态  h({t}) = (1 − z({t}))·h({p}) + z({t})·h̃({t})</translation>
    </message>
    <message>
        <source>Output  y({t}) = w_out·h({t}) + b_out</source>
        <translation>输出  y({t}) = w_out·h({t}) + b_out</translation>
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
        <translation>课程</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>比赛</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>参数数量</translation>
    </message>
    <message>
        <source>GRU math</source>
        <translation>GRU 计算</translation>
    </message>
    <message>
        <source>Hidden states</source>
        <translation>隐藏状态</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>&amp;Race</source>
        <extracomment>The smallest window the lesson is laid out for: a projector&apos;s 1024×768 screen less the window&apos;s frame. The window width, per unit of text size, at which the three cells still stand side by side in the crowded layout: at 1.0× a projector&apos;s 1024 pixels draw them at about 0.38 of their scenes&apos; size, and their numbers only grow with the text if their width does (1,350 pixels at 1.5×, so 1440×900 keeps them side by side and 1024×768 shows one at a time). The share of the window&apos;s width the plots and the lesson&apos;s views take beside the one cell shown (`_size_one_cell`): the rest draws the LSTM&apos;s numbers 1.3 times as high at 1.5× text as the three side by side draw them at 1.0×.</extracomment>
        <translation>比赛(&amp;R)</translation>
    </message>
    <message>
        <source>Train all three to remember</source>
        <translation>训练三者记忆</translation>
    </message>
    <message>
        <source>Race the RNN, LSTM and GRU on the delay-k echo task</source>
        <translation>让 RNN、LSTM 和 GRU 比赛延迟 k 回声任务</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the race</source>
        <translation>停止比赛</translation>
    </message>
    <message>
        <source>Animate the LSTM&apos;s step</source>
        <translation>动画演示 LSTM 的一步</translation>
    </message>
    <message>
        <source>Play how the LSTM&apos;s step flows through its gates</source>
        <translation>演示 LSTM 这一步的数据如何流过它的各个门</translation>
    </message>
    <message>
        <source>Reset all weights</source>
        <translation>重置所有权重</translation>
    </message>
    <message>
        <source>Every cell&apos;s parameters back to the lesson&apos;s values</source>
        <translation>每个单元的参数都恢复为课程中的值</translation>
    </message>
</context>
<context>
    <name>ParamCountView</name>
    <message>
        <source>m: how many numbers the layer reads at each step</source>
        <translation>m：该层每一步读入多少个数</translation>
    </message>
    <message>
        <source>n: how many cells (units) the layer has</source>
        <translation>n：该层有多少个单元</translation>
    </message>
    <message>
        <source>Input size m</source>
        <translation>输入大小 m</translation>
    </message>
    <message>
        <source>Units n</source>
        <translation>单元数 n</translation>
    </message>
    <message>
        <source>Parameters of each cell</source>
        <translation>每个单元的参数</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数数量</translation>
    </message>
    <message>
        <source>One bias per gate. LSTM = {lstm}× the RNN; GRU = {gru}% of the LSTM (a quarter fewer). PyTorch keeps two bias vectors per gate, so its LSTM has 4n(n+m+2) = {torch}.</source>
        <translation>每个门一个偏置。LSTM = RNN 的 {lstm} 倍；GRU = LSTM 的 {gru}%（少四分之一）。PyTorch 每个门有两个偏置向量，所以它的 LSTM 有 4n(n+m+2) = {torch} 个参数。</translation>
    </message>
</context>
<context>
    <name>RNNDiagram</name>
    <message>
        <source>The RNN cell at the current step: the old hidden state and the input are weighed, added and squashed by tanh into the new hidden state. Nothing protects the memory: every step multiplies it by w_hh and by tanh&apos;s slope.</source>
        <extracomment>Where the old state&apos;s and the input&apos;s wires turn towards tanh: far enough left that the gate&apos;s name under it stays clear of them. Where the weights&apos; labels start, over the old state&apos;s wire and under the input&apos;s: right of the circles they come from.</extracomment>
        <translation>当前这一步的 RNN 单元：旧的隐藏状态和输入分别乘以权重、相加，再被 tanh 压缩成新的隐藏状态。没有任何东西保护记忆：每一步都把它乘以 w_hh 和 tanh 的斜率。</translation>
    </message>
    <message>
        <source>RNN cell</source>
        <translation>RNN 单元</translation>
    </message>
    <message>
        <source>h(t) → step t+1</source>
        <translation>h(t) → 第 t+1 步</translation>
    </message>
    <message>
        <source>hidden state h</source>
        <translation>隐藏状态 h</translation>
    </message>
</context>
<context>
    <name>RaceCommand</name>
    <message>
        <source>Train the RNN, LSTM and GRU (one unit each, or --units N) on a memory task over several seeds and report in how many each learnt it.</source>
        <extracomment>The most epochs a race on the command line runs per cell and seed.</extracomment>
        <translation>在多个随机种子上，让 RNN、LSTM 和 GRU（各一个单元，或 --units N 个）训练一个记忆任务，并报告每种单元在几个种子里学会了它。</translation>
    </message>
    <message>
        <source>the task (default echo; --list-tasks)</source>
        <translation>任务（默认 echo；见 --list-tasks）</translation>
    </message>
    <message>
        <source>list the tasks and what they ask, then exit</source>
        <translation>列出所有任务及其要求，然后退出</translation>
    </message>
    <message>
        <source>the delay k, 1 to {most}</source>
        <translation>延迟 k，1 到 {most}</translation>
    </message>
    <message>
        <source>rnn, lstm, gru or all (repeatable; default all)</source>
        <translation>rnn、lstm、gru 或 all（可重复；默认 all）</translation>
    </message>
    <message>
        <source>Adam&apos;s learning rate (default {rate})</source>
        <translation>Adam 的学习率（默认 {rate}）</translation>
    </message>
    <message>
        <source>how many seeds (default {count})</source>
        <translation>随机种子的个数（默认 {count}）</translation>
    </message>
    <message>
        <source>the first seed (default {seed})</source>
        <translation>第一个随机种子（默认 {seed}）</translation>
    </message>
    <message>
        <source>epochs per cell and seed (default {epochs})</source>
        <translation>每个单元、每个种子训练的轮数（默认 {epochs}）</translation>
    </message>
    <message>
        <source>units of every cell, 1 to {most} (default 1)</source>
        <translation>每种单元的单元数，1 到 {most}（默认 1）</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>打印 JSON 而不是表格</translation>
    </message>
    <message>
        <source>{what} &quot;{text}&quot; is not a whole number</source>
        <translation>{what} &quot;{text}&quot; 不是整数</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}, not {value}</source>
        <translation>{what} 必须在 {low} 到 {high} 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>--lr &quot;{text}&quot; is not a number</source>
        <translation>--lr &quot;{text}&quot; 不是数字</translation>
    </message>
    <message>
        <source>--lr must be from {low} to {high}, not {text}</source>
        <translation>--lr 必须在 {low} 到 {high} 之间，而不是 {text}</translation>
    </message>
    <message>
        <source>unknown cell &quot;{name}&quot;; the cells are rnn, lstm, gru or all</source>
        <translation>未知单元 &quot;{name}&quot;；单元有 rnn、lstm、gru 或 all</translation>
    </message>
    <message>
        <source>unknown task &quot;{task}&quot;; the tasks are {tasks}</source>
        <translation>未知任务 &quot;{task}&quot;；任务有 {tasks}</translation>
    </message>
    <message>
        <source>--delay K is needed, e.g. --delay 10</source>
        <translation>需要 --delay K，例如 --delay 10</translation>
    </message>
    <message>
        <source>Delay-{delay} echo: Adam, learning rate {rate}, {epochs} epochs, seeds {first}–{last}; {units}.</source>
        <translation>延迟 {delay} 回声：Adam，学习率 {rate}，{epochs} 轮，随机种子 {first}–{last}；{units}。</translation>
    </message>
    <message>
        <source>Learnt: test MSE on 200 fresh sequences below {threshold}.</source>
        <translation>学会：在 200 个新序列上的测试 MSE 低于 {threshold}。</translation>
    </message>
</context>
<context>
    <name>RacePanel</name>
    <message>
        <source>k: how many steps the output must wait before repeating the pulse</source>
        <extracomment>Time the GUI thread spends on rounds per timer tick (ms); the rest is the event loop&apos;s. The loss curves are redrawn at most this often while a race runs (ms).</extracomment>
        <translation>k：输出要等多少步才重复那个脉冲</translation>
    </message>
    <message>
        <source>The first seed of the random sequences (the same for all three cells); the next seeds follow it</source>
        <translation>随机序列的第一个随机种子（三个单元相同）；后面的种子依次递增</translation>
    </message>
    <message>
        <source>How many seeds the race runs, one after the other: one seed can be lucky, so the verdict counts in how many each cell learnt</source>
        <translation>比赛依次运行多少个随机种子：一个种子可能只是运气好，所以结论统计每个单元在几个种子里学会了</translation>
    </message>
    <message>
        <source>Adam&apos;s learning rate, the same for all three cells</source>
        <translation>Adam 的学习率，三个单元相同</translation>
    </message>
    <message>
        <source>How many units each of the three cells has. One unit: the cells of this lesson; more: a layer of that many units and a linear read-out of its last state, started from random weights (the same in every seed)</source>
        <translation>三种单元各有多少个单元。一个：就是本课中的单元；更多：一个由这么多单元组成的层，再加上对其最后状态的线性读出，从随机权重开始（每个种子相同）</translation>
    </message>
    <message>
        <source>Train all three to remember</source>
        <translation>训练三者记忆</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Each sequence starts with a pulse of random height; k steps later the output must repeat it. The three cells have the same number of units (one by default) and train with the same Adam, learning rate, seeds and budget ({epochs} epochs a seed), one seed after another; each starts from its default weights (with more units, random ones, the same in every seed), the LSTM&apos;s forget bias at 1, as LSTMs usually start.</source>
        <translation>每个序列以一个随机高度的脉冲开头；k 步之后输出必须重复它。三种单元的单元数相同（默认一个），用相同的 Adam、学习率、随机种子和训练量（每个种子 {epochs} 轮）依次训练；每种单元都从它的默认权重开始（单元更多时用随机权重，每个种子相同），LSTM 的遗忘门偏置为 1，这是 LSTM 通常的初始设置。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>损失 (MSE)</translation>
    </message>
    <message>
        <source>The training loss of each cell, epoch by epoch (log scale): the seed running or run last, thick; the seeds before it, thin</source>
        <translation>每个单元逐轮的训练损失（对数刻度）：正在运行或最后运行的种子用粗线，之前的种子用细线</translation>
    </message>
    <message>
        <source>Delay k</source>
        <translation>延迟 k</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>随机种子数</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>第一个随机种子</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Units per cell</source>
        <translation>每种单元的单元数</translation>
    </message>
</context>
<context>
    <name>RaceVerdict</name>
    <message>
        <source>Training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <source>1 seed</source>
        <translation>1 个随机种子</translation>
    </message>
    <message>
        <source>{count} seeds</source>
        <translation>{count} 个随机种子</translation>
    </message>
    <message>
        <source>cells of one unit</source>
        <translation>单元数为 1</translation>
    </message>
    <message>
        <source>cells of {units} units</source>
        <translation>单元数为 {units}</translation>
    </message>
    <message>
        <source>{cell}: ∂y({step})/∂x(1) {start} at the start, {end} at the end</source>
        <extracomment>Below this `echo_gradient` at the end, the output no longer depends on the pulse.</extracomment>
        <translation>{cell}：∂y({step})/∂x(1) 开始时为 {start}，结束时为 {end}</translation>
    </message>
    <message>
        <source>{measured}: its output hardly depends on the pulse any more, so it gives about the same answer whatever the pulse was.</source>
        <translation>{measured}：它的输出几乎不再依赖脉冲，所以无论脉冲是多少，它给出的答案都差不多。</translation>
    </message>
    <message>
        <source>{measured}: the pulse still moves its output, but not by the right amount.</source>
        <translation>{measured}：脉冲仍会改变它的输出，但改变的幅度不对。</translation>
    </message>
    <message>
        <source>&lt;b&gt;learnt&lt;/b&gt; it</source>
        <translation>&lt;b&gt;学会了&lt;/b&gt;</translation>
    </message>
    <message>
        <source>did &lt;b&gt;not&lt;/b&gt; learn it</source>
        <translation>&lt;b&gt;没有&lt;/b&gt;学会</translation>
    </message>
    <message>
        <source>test MSE {mse}</source>
        <translation>测试 MSE {mse}</translation>
    </message>
    <message>
        <source>median test MSE {mse}</source>
        <translation>测试 MSE 中位数 {mse}</translation>
    </message>
    <message>
        <source>{cell} {verb} in {learnt} of {seeds} ({shown})</source>
        <translation>{cell} 在 {seeds}中的 {learnt} 个里{verb}（{shown}）</translation>
    </message>
    <message>
        <source>Delay k = {delay}: {results}. Learnt: test MSE on {count} fresh sequences below {threshold}, a tenth of what forgetting the pulse costs.</source>
        <translation>延迟 k = {delay}：{results}。学会：在 {count} 个新序列上的测试 MSE 低于 {threshold}，即忘掉脉冲所付代价的十分之一。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Stopped after {epochs} epochs. {verdict}</source>
        <translation>在 {epochs} 轮后停止。{verdict}</translation>
    </message>
    <message>
        <source>No cell learnt the delay-{delay} echo in any seed within this budget ({epochs} epochs a seed at learning rate {rate}).</source>
        <translation>在这个训练量内（每个种子 {epochs} 轮，学习率 {rate}），没有任何单元在任何种子里学会延迟 {delay} 回声。</translation>
    </message>
    <message>
        <source>Where a cell failed, how strongly the pulse moved the scored output (an exact echo has 1): {reasons}</source>
        <translation>单元失败时，脉冲对被评分输出的影响有多强（完全准确的回声为 1）：{reasons}</translation>
    </message>
    <message>
        <source>Seed {seed} of {count} was running; it is counted where it stopped.</source>
        <translation>当时正在运行第 {seed} 个种子（共 {count} 个）；按它停下时的结果计算。</translation>
    </message>
    <message>
        <source>seed {first}</source>
        <translation>随机种子 {first}</translation>
    </message>
    <message>
        <source>seeds {first}–{last}</source>
        <translation>随机种子 {first}–{last}</translation>
    </message>
    <message>
        <source>Adam, learning rate {rate}, {epochs} epochs, {seeds}; {units}.</source>
        <translation>Adam，学习率 {rate}，{epochs} 轮，{seeds}；{units}。</translation>
    </message>
    <message>
        <source>Training stopped: {error}</source>
        <translation>训练已停止：{error}</translation>
    </message>
    <message>
        <source>Stopped before the first epoch.</source>
        <translation>在第一轮之前就停止了。</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>the {cell}&apos;s memory of the pulse is {value}</source>
        <translation>{cell} 对脉冲的记忆是 {value}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CarouselPage</name>
    <message>
        <source>The value the input gate writes at step 1</source>
        <extracomment>Each cell&apos;s marker on the learning curves, so that the cells differ without colour too. The plot&apos;s markers as characters, for the swatches beside the answers. Fillers shown at each end of a sentence before the rest is counted.</extracomment>
        <translation>输入门在第 1 步写入的值</translation>
    </message>
    <message>
        <source>Value written at step 1, −1 to 1</source>
        <translation>第 1 步写入的值，−1 到 1</translation>
    </message>
    <message>
        <source>Steps from the marker to the query</source>
        <translation>从标记到查询的步数</translation>
    </message>
    <message>
        <source>Steps held, from the marker to the query</source>
        <translation>保持的步数，从标记到查询</translation>
    </message>
    <message>
        <source>One LSTM unit, gates set by hand: the input gate i = 1 only at step 1 (the marker), the forget gate f = 1 at every step, the output gate o = 1 only at the last step T (the query). C(t) = f·C(t−1) + i·g, h(t) = o·tanh(C(t)).</source>
        <translation>一个 LSTM 单元，门由手工设定：输入门 i 只在第 1 步（标记）为 1，遗忘门 f 在每一步都为 1，输出门 o 只在最后一步 T（查询）为 1。C(t) = f·C(t−1) + i·g，h(t) = o·tanh(C(t))。</translation>
    </message>
    <message>
        <source>step t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <source>C(t), h(t)</source>
        <translation>C(t), h(t)</translation>
    </message>
    <message>
        <source>The cell state and the output of the hand-set unit</source>
        <translation>手工设定的单元的细胞状态和输出</translation>
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
        <translation>C(t) 的变化有多少能传到 C(T)：第 t 步之后各遗忘门的乘积</translation>
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
        <translation>保持的步数：</translation>
    </message>
    <message>
        <source>After {hold} steps: C(T) = {kept} — exactly the value written at step 1; h(t) = 0 until the query, then h(T) = tanh(C(T)) = {answer}. ∂C(T)/∂C(1) = {grad:g} with f = 1. With f = {leak}: C(T) = {leaky} and ∂C(T)/∂C(1) = {leak}^{hold} = {leaky_grad}.</source>
        <translation>经过 {hold} 步：C(T) = {kept}，恰好是第 1 步写入的值；查询之前 h(t) = 0，到查询时 h(T) = tanh(C(T)) = {answer}。f = 1 时 ∂C(T)/∂C(1) = {grad:g}。f = {leak} 时：C(T) = {leaky}，∂C(T)/∂C(1) = {leak}^{hold} = {leaky_grad}。</translation>
    </message>
    <message>
        <source>Cell state and output over {steps} steps</source>
        <translation>{steps} 步中的细胞状态和输出</translation>
    </message>
    <message>
        <source>With f = 1, C(t) = {kept} from step 1 to the query; h(t) = 0 until the query, then h(T) = {answer}. With f = {leak}, C(T) = {leaky}.</source>
        <translation>f = 1 时，从第 1 步到查询 C(t) = {kept}；查询之前 h(t) = 0，到查询时 h(T) = {answer}。f = {leak} 时，C(T) = {leaky}。</translation>
    </message>
    <message>
        <source>Gradient ∂C(T)/∂C(t) over {steps} steps</source>
        <translation>{steps} 步中的梯度 ∂C(T)/∂C(t)</translation>
    </message>
    <message>
        <source>∂C(T)/∂C(1) = {grad:g} with f = 1; {leaky_grad} with f = {leak}, that is {leak}^{hold}.</source>
        <translation>f = 1 时 ∂C(T)/∂C(1) = {grad:g}；f = {leak} 时为 {leaky_grad}，即 {leak}^{hold}。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>held-out accuracy of the RNN, LSTM and GRU on the long-lag task</source>
        <translation>RNN、LSTM 和 GRU 在长时滞任务上的留出集准确率</translation>
    </message>
</context>
<context>
    <name>HeatStrip</name>
    <message>
        <source>step t (0: the country, last: “speak”)</source>
        <translation>时间步 t（0：国家，最后：“speak”）</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
</context>
<context>
    <name>LessonWindow</name>
    <message>
        <source>Lesson</source>
        <extracomment>Time the GUI thread spends on updates per tick (ms): one update at delay 100 takes about 6.</extracomment>
        <translation>课程</translation>
    </message>
    <message>
        <source>Train it yourself</source>
        <translation>自己训练</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Train the chosen cell with the lesson&apos;s settings</source>
        <translation>用本课的设置训练所选的单元</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop training; the result shown stays</source>
        <translation>停止训练；显示的结果保持不变</translation>
    </message>
    <message>
        <source>Part 1: the carousel</source>
        <translation>第 1 部分：误差转盘</translation>
    </message>
    <message>
        <source>One LSTM unit with its gates set by hand</source>
        <translation>一个门由手工设定的 LSTM 单元</translation>
    </message>
    <message>
        <source>Part 2: France … speak</source>
        <translation>第 2 部分：France … speak</translation>
    </message>
    <message>
        <source>The RNN, the LSTM and the GRU on the long-lag task</source>
        <translation>RNN、LSTM 和 GRU 在长时滞任务上的表现</translation>
    </message>
</context>
<context>
    <name>MemoryCheck</name>
    <message>
        <source>the {cell} accuracy is not shown: {shown}</source>
        <translation>{cell} 的准确率没有显示：{shown}</translation>
    </message>
    <message>
        <source>the carousel did not keep its value exactly</source>
        <translation>误差转盘没有精确地保持它的值</translation>
    </message>
</context>
<context>
    <name>MemoryCli</name>
    <message>
        <source>{what} &quot;{text}&quot; is not a whole number</source>
        <translation>{what}“{text}”不是整数</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}, not {value}</source>
        <translation>{what}必须在 {low} 到 {high} 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>&quot;France … (N filler words) … speak → French&quot;: the held-out accuracy of the RNN, the LSTM and the GRU, shipped or trained here.</source>
        <translation>“France …（N 个填充词）… speak → French”：RNN、LSTM 和 GRU 的留出集准确率，来自随附的运行结果或在此训练。</translation>
    </message>
    <message>
        <source>a cell (repeatable; default all)</source>
        <translation>一种单元（可重复给出；默认全部）</translation>
    </message>
    <message>
        <source>train instead of the shipped runs</source>
        <translation>重新训练，而不使用随附的运行结果</translation>
    </message>
    <message>
        <source>the delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>filler words between the country and &apos;speak&apos; (with --train; default {default})</source>
        <translation>国家与 &apos;speak&apos; 之间的填充词数（与 --train 一起使用；默认 {default}）</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>the run&apos;s seed</source>
        <translation>这次运行的种子</translation>
    </message>
    <message>
        <source>the number of updates</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>Adam updates (with --train; default {default})</source>
        <translation>Adam 更新次数（与 --train 一起使用；默认 {default}）</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>输出 JSON 而不是表格</translation>
    </message>
    <message>
        <source>{prog}: error: {problem}</source>
        <translation>{prog}：错误：{problem}</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>随附</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>训练所得</translation>
    </message>
    <message>
        <source>learnt at update {update}</source>
        <translation>在第 {update} 次更新时学会</translation>
    </message>
    <message>
        <source>not learnt</source>
        <translation>未学会</translation>
    </message>
    <message>
        <source>{cell} {source}, delay {delay}, seed {seed}: held-out accuracy {accuracy} (chance {chance}), {verdict}</source>
        <translation>{cell} {source}，延迟 {delay}，种子 {seed}：留出集准确率 {accuracy}（随机水平 {chance}），{verdict}</translation>
    </message>
</context>
<context>
    <name>MemoryExport</name>
    <message>
        <source>&quot;{framework}&quot; is not a framework LSTM Lab writes</source>
        <extracomment>The suffix of the data file holding the shipped runs&apos; weights. The keys of a cell&apos;s arrays in that file: &quot;lstm.weight_ih&quot;, …</extracomment>
        <translation>LSTM Lab 不会写出“{framework}”框架的代码</translation>
    </message>
</context>
<context>
    <name>MemoryLesson</name>
    <message>
        <source>… ({count} more words) …</source>
        <translation>…（另有 {count} 个词）…</translation>
    </message>
</context>
<context>
    <name>MemoryOptions</name>
    <message>
        <source>&quot;options&quot; must be a set of named settings</source>
        <extracomment>The views a lesson file may hide: the two parts&apos; pages, the lesson text, the training panel. The cells in the order the course introduces them, with their titles. The colour role of each cell (as in the comparison lesson) and its line style. The forget gate part 1 compares with f = 1. The longest hold of part 1, and of the task a student may train. Held-out sentences on which the unit that carries the country is chosen.</extracomment>
        <translation>&quot;options&quot; 必须是一组有名称的设置</translation>
    </message>
    <message>
        <source>&quot;options&quot; has an unknown name {name} (known: {known})</source>
        <translation>&quot;options&quot; 含有未知的名称 {name}（已知的：{known}）</translation>
    </message>
    <message>
        <source>&quot;options&quot; cell must be one of {cells}, not {value}</source>
        <translation>&quot;options&quot; cell 必须是 {cells} 之一，而不是 {value}</translation>
    </message>
    <message>
        <source>&quot;options&quot; {name} must be a number, not {value}</source>
        <translation>&quot;options&quot; {name} 必须是数字，而不是 {value}</translation>
    </message>
    <message>
        <source>&quot;options&quot; {name} must be a finite number</source>
        <translation>&quot;options&quot; {name} 必须是有限的数</translation>
    </message>
    <message>
        <source>&quot;options&quot; {name} must be a whole number, not {value}</source>
        <translation>&quot;options&quot; {name} 必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <source>&quot;options&quot; {name} must be from {low} to {high}, not {value}</source>
        <translation>&quot;options&quot; {name} 必须在 {low} 到 {high} 之间，而不是 {value}</translation>
    </message>
</context>
<context>
    <name>MemoryWindow</name>
    <message>
        <source>1 · The carousel, by hand</source>
        <extracomment>The pages of the centre: (key, tab title, window attribute holding the page); the titles are translated where the tabs are made.</extracomment>
        <translation>1 · 误差转盘（手工设定）</translation>
    </message>
    <message>
        <source>2 · France … speak ___</source>
        <translation>2 · France … speak ___</translation>
    </message>
    <message>
        <source>Remember for 100 steps — LSTM Lab[*]</source>
        <translation>记住 100 步 — LSTM Lab[*]</translation>
    </message>
    <message>
        <source>Done: {accuracy} held-out accuracy after {updates} updates.</source>
        <translation>完成：{updates} 次更新后，留出集准确率为 {accuracy}。</translation>
    </message>
    <message>
        <source>Training stopped: {problem}</source>
        <translation>训练已停止：{problem}</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <source>Stopped at update {update}; the result shown did not change.</source>
        <translation>在第 {update} 次更新时停止；显示的结果没有改变。</translation>
    </message>
    <message>
        <source>Remember for 100 steps</source>
        <translation>记住 100 步</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>update</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>held-out accuracy</source>
        <translation>留出集准确率</translation>
    </message>
    <message>
        <source>Accuracy on held-out sentences, measured every 250 updates</source>
        <translation>在留出句子上的准确率，每 250 次更新测量一次</translation>
    </message>
    <message>
        <source>chance 25 %</source>
        <translation>随机水平 25 %</translation>
    </message>
    <message>
        <source>Another sentence</source>
        <translation>换一个句子</translation>
    </message>
    <message>
        <source>learnt by update {update}</source>
        <translation>第 {update} 次更新时已学会</translation>
    </message>
    <message>
        <source>not learnt</source>
        <translation>未学会</translation>
    </message>
    <message>
        <source>shipped run</source>
        <translation>随附的运行结果</translation>
    </message>
    <message>
        <source>your run</source>
        <translation>你的运行结果</translation>
    </message>
    <message>
        <source>{cell}: held-out accuracy {accuracy} (chance {chance}), {verdict} — {source}, delay {delay}, {updates} updates, seed {seed}</source>
        <translation>{cell}：留出集准确率 {accuracy}（随机水平 {chance}），{verdict}——{source}，延迟 {delay}，{updates} 次更新，种子 {seed}</translation>
    </message>
    <message>
        <source>{cell} {accuracy}, {verdict}</source>
        <translation>{cell} {accuracy}，{verdict}</translation>
    </message>
    <message>
        <source>Held-out accuracy while training</source>
        <translation>训练中的留出集准确率</translation>
    </message>
    <message>
        <source>Held-out accuracy (chance {chance}): {cells}.</source>
        <translation>留出集准确率（随机水平 {chance}）：{cells}。</translation>
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
        <source>The LSTM&apos;s cell state C(t), a row per unit, over this sentence (blue below 0, red above). Unit {unit} (framed) carries the country across the gap: after the last filler word its C is on average {means} ({count} held-out sentences).</source>
        <translation>LSTM 在这个句子上的细胞状态 C(t)，每个单元一行（低于 0 为蓝色，高于 0 为红色）。单元 {unit}（带框）把国家带过了间隔：在最后一个填充词之后，它的 C 平均为 {means}（{count} 个留出句子）。</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <source>Filler words between the country and “speak”</source>
        <translation>国家与“speak”之间的填充词数</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Shipped results</source>
        <translation>随附结果</translation>
    </message>
    <message>
        <source>Show the runs that come with the app again</source>
        <translation>重新显示随应用附带的运行结果</translation>
    </message>
    <message>
        <source>Cell:</source>
        <translation>单元：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Delay N:</source>
        <translation>延迟 N：</translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation>更新次数：</translation>
    </message>
    <message>
        <source>Train one cell with the lesson&apos;s settings (16 units, Adam, learning rate 0.003, batches of 32); its result replaces the one shown when it ends.</source>
        <translation>用本课的设置训练一种单元（16 个单元、Adam、学习率 0.003、每批 32 个）；训练结束后，它的结果替换当前显示的结果。</translation>
    </message>
    <message>
        <source>Shown: the runs shipped with the app.</source>
        <translation>当前显示：随应用附带的运行结果。</translation>
    </message>
    <message>
        <source>{cell}: update {update} of {updates}, loss {loss} (chance ln 4 = 1.386), held-out accuracy {accuracy}</source>
        <translation>{cell}：第 {update}/{updates} 次更新，损失 {loss}（随机水平 ln 4 = 1.386），留出集准确率 {accuracy}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Command</name>
    <message>
        <source>continue a text character by character with a shipped model</source>
        <translation>用随附的模型逐字续写一段文本</translation>
    </message>
</context>
<context>
    <name>FormLine</name>
    <message>
        <source>Counted over every text this model has written in this window since it was chosen: a Tang poem has 4 or 8 half-lines of five characters</source>
        <translation>统计这个模型被选中以来在本窗口中写出的所有文本：一首五言唐诗有 4 或 8 个五字的半句</translation>
    </message>
    <message>
        <source>Written here: nothing yet.</source>
        <translation>在此写出的：还没有。</translation>
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
        <translation>在此写完的诗：{count} 首；每首的半句数：{counts}。</translation>
    </message>
    <message>
        <source>Poems ended here: none yet.</source>
        <translation>在此写完的诗：还没有。</translation>
    </message>
    <message>
        <source>Half-lines of five characters: {five} of {half_lines} ({share} %).</source>
        <translation>五字半句：{half_lines} 个中有 {five} 个（{share} %）。</translation>
    </message>
    <message>
        <source>Word for word in the corpus: {copied} of {half_lines} half-lines, {copied_lines} of {lines} lines.</source>
        <translation>与语料逐字相同的：{half_lines} 个半句中有 {copied} 个，{lines} 行中有 {copied_lines} 行。</translation>
    </message>
</context>
<context>
    <name>LessonWindow</name>
    <message>
        <source>Settings</source>
        <extracomment>Time the GUI thread spends on training per tick (ms): the small preparation steps share a tick, a batch (about 15 ms) or a sample has one to itself.</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <source>Why this character?</source>
        <translation>为什么是这个字？</translation>
    </message>
    <message>
        <source>The memory inside</source>
        <translation>内部的记忆</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>续写(&amp;W)</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>续写</translation>
    </message>
    <message>
        <source>Continue the text from the prompt, character by character</source>
        <translation>从提示开始，逐字续写文本</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop writing</source>
        <translation>停止续写</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Return to the text as it was before the last branch</source>
        <translation>回到最后一次分支之前的文本</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <source>Copy the prompt and what the model wrote</source>
        <translation>复制提示和模型写出的内容</translation>
    </message>
    <message>
        <source>Simplified characters</source>
        <translation>简体字</translation>
    </message>
    <message>
        <source>Show the poem in simplified characters</source>
        <translation>用简体字显示诗</translation>
    </message>
    <message>
        <source>Traditional characters</source>
        <translation>繁体字</translation>
    </message>
    <message>
        <source>Show the poem in traditional characters</source>
        <translation>用繁体字显示诗</translation>
    </message>
</context>
<context>
    <name>LossCurve</name>
    <message>
        <source>Press Train to watch the loss fall</source>
        <translation>请按“训练”，观察损失下降</translation>
    </message>
    <message>
        <source>step {step}  ·  loss (nats per symbol)</source>
        <translation>第 {step} 步  ·  损失（每符号奈特数）</translation>
    </message>
</context>
<context>
    <name>MemoryPanel</name>
    <message>
        <source>The state shown</source>
        <translation>显示的状态</translation>
    </message>
    <message>
        <source>hidden state h(t)</source>
        <translation>隐藏状态 h(t)</translation>
    </message>
    <message>
        <source>cell state C(t)</source>
        <translation>细胞状态 C(t)</translation>
    </message>
    <message>
        <source>Showing:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Most active units</source>
        <translation>最活跃的单元</translation>
    </message>
    <message>
        <source>the hidden state h(t) of each of the {units} units{layers} after each character: red positive, blue negative.</source>
        <translation>每个字之后 {units} 个单元{layers}各自的隐藏状态 h(t)：红色为正，蓝色为负。</translation>
    </message>
    <message>
        <source>the cell state C(t) of each of the {units} units{layers} after each character: red positive, blue negative (colour = tanh(C/2), so large values do not saturate).</source>
        <translation>每个字之后 {units} 个单元{layers}各自的细胞状态 C(t)：红色为正，蓝色为负（颜色 = tanh(C/2)，这样大的值不会饱和）。</translation>
    </message>
    <message>
        <source> ({count} layers one after another)</source>
        <translation>（{count} 层依次相连）</translation>
    </message>
    <message>
        <source>{caption} Unit {unit}: its 8 strongest characters are marked.</source>
        <translation>{caption}单元 {unit}：已标出它最强的 8 个字。</translation>
    </message>
    <message>
        <source>{caption} Click a row to mark where that unit is most active.</source>
        <translation>{caption}点击一行，标出该单元最活跃的位置。</translation>
    </message>
</context>
<context>
    <name>PoemView</name>
    <message>
        <source>The poem</source>
        <extracomment>Characters that end a line of a poem laid out as a poem.</extracomment>
        <translation>诗</translation>
    </message>
    <message>
        <source>Click a character the model wrote to see what else it could have written</source>
        <translation>点击模型写出的一个字，看看它本来还可能写什么</translation>
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
        <translation>{model} 模型什么也没写</translation>
    </message>
    <message>
        <source>the {model} model&apos;s probabilities sum to {total}</source>
        <translation>{model} 模型的概率之和为 {total}</translation>
    </message>
</context>
<context>
    <name>PoetryCli</name>
    <message>
        <source>Continue a text character by character with a trained LSTM: the built-in Tang poetry or Shakespeare model, or a model saved from the poetry lesson.</source>
        <translation>用训练好的 LSTM 逐字续写文本：内置的唐诗模型或莎士比亚模型，或从诗歌课程中保存的模型。</translation>
    </message>
    <message>
        <source>a built-in model or a model file (.npz) saved from the lesson (default tang)</source>
        <translation>内置模型，或从课程中保存的模型文件 (.npz)（默认 tang）</translation>
    </message>
    <message>
        <source>the text to continue</source>
        <translation>要续写的文本</translation>
    </message>
    <message>
        <source>scores are divided by T before the softmax: below 1 safer, above 1 bolder; 0 always takes the most likely character (default 0.8)</source>
        <translation>在 softmax 之前把分数除以 T：小于 1 更稳妥，大于 1 更大胆；0 总是选最可能的字（默认 0.8）</translation>
    </message>
    <message>
        <source>at most N characters (default 64)</source>
        <translation>最多 N 个字（默认 64）</translation>
    </message>
    <message>
        <source>seed of the random choices (default 0)</source>
        <translation>随机选择的种子（默认 0）</translation>
    </message>
    <message>
        <source>print JSON: the odds of the next character after the prompt (every character&apos;s probability at T, and the ten the window&apos;s bars show) and the continuation</source>
        <translation>输出 JSON：提示之后下一个字的概率（每个字在 T 下的概率，以及窗口条形图显示的十个）和续写的内容</translation>
    </message>
    <message>
        <source>--model must be {models} or a model file; {name} does not exist</source>
        <translation>--model 必须是 {models} 或一个模型文件；{name} 不存在</translation>
    </message>
    <message>
        <source>--temperature must be from 0 to 10, not {value}</source>
        <translation>--temperature 必须在 0 到 10 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>--length must be from 1 to {most}, not {value}</source>
        <translation>--length 必须在 1 到 {most} 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>--seed must be from 0 to {most}, not {value}</source>
        <translation>--seed 必须在 0 到 {most} 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>--prompt is longer than {most} characters</source>
        <translation>--prompt 超过了 {most} 个字符</translation>
    </message>
    <message>
        <source>{prog}: note: the model does not know {characters}; it read □ instead</source>
        <translation>{prog}：注意：模型不认识 {characters}；它读成了 □</translation>
    </message>
    <message>
        <source>{prog}: error: {problem}</source>
        <translation>{prog}：错误：{problem}</translation>
    </message>
</context>
<context>
    <name>PoetryCommand</name>
    <message>
        <source>print a Chinese model&apos;s text in simplified or traditional characters (default {script}: the language&apos;s); the model reads a prompt in either</source>
        <translation>用简体字或繁体字打印中文模型写的文字（默认 {script}：跟随语言）；两种字写的开头模型都能读</translation>
    </message>
</context>
<context>
    <name>PoetryCorpus</name>
    <message>
        <source>Tang poems (5 a line)</source>
        <extracomment>Largest text file a student may train on (bytes). Fewest characters a student&apos;s text must have. The punctuation that ends a half-line of a poem.</extracomment>
        <translation>唐诗（五言）</translation>
    </message>
    <message>
        <source>Tang poems of five characters a line: the text the built-in model learned from.</source>
        <translation>五言唐诗：内置模型学习所用的文本。</translation>
    </message>
    <message>
        <source>The Three Hundred Tang Poems</source>
        <translation>唐诗三百首</translation>
    </message>
    <message>
        <source>Only about 24,000 characters: a model soon learns them by heart (memorises) instead of learning how poems go. Watch its samples turn into real poems.</source>
        <translation>只有约 24,000 个字：模型很快就会把它们背下来（记忆），而不是学会诗是怎样写的。看它的样例如何变成真正的诗。</translation>
    </message>
    <message>
        <source>Shakespeare&apos;s plays</source>
        <translation>莎士比亚戏剧</translation>
    </message>
</context>
<context>
    <name>PoetryExport</name>
    <message>
        <source>&quot;{framework}&quot; is not a framework LSTM Lab writes</source>
        <extracomment>The seed of the held-out split the shipped models were measured on (`measures.split_of`). Suffixes of the data files written beside the script.</extracomment>
        <translation>LSTM Lab 不会写出“{framework}”框架的代码</translation>
    </message>
</context>
<context>
    <name>PoetryModel</name>
    <message>
        <source>the built-in model &quot;{name}&quot; is missing from this installation</source>
        <translation>这次安装中缺少内置模型“{name}”</translation>
    </message>
    <message>
        <source>Write like a Tang poet</source>
        <translation>像唐代诗人一样写诗</translation>
    </message>
    <message>
        <source>Pick a text and press Train: the model starts from random weights and writes gibberish, then verse.</source>
        <extracomment>The shipped texts whose models lay their text out as poems.</extracomment>
        <translation>选一段文本，然后按“训练”：模型从随机权重开始，先写出乱码，然后写出诗句。</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} 字节</translation>
    </message>
    <message>
        <source>1 layer</source>
        <translation>1 层</translation>
    </message>
    <message>
        <source>{count} layers</source>
        <translation>{count} 层</translation>
    </message>
    <message>
        <source>LSTM of {units} units, {layers}, {weights} weights, {symbols} symbols</source>
        <translation>{units} 个单元的 LSTM，{layers}，{weights} 个权重，{symbols} 个符号</translation>
    </message>
    <message>
        <source>{model}, file {size}</source>
        <translation>{model}，文件 {size}</translation>
    </message>
    <message>
        <source>{model}; held-out loss on {count} records it never read: {loss} nats per symbol</source>
        <translation>{model}；在 {count} 条它从未读过的记录上的留出损失：每符号 {loss} 奈特</translation>
    </message>
    <message>
        <source>{model}; held-out loss: {loss} nats per symbol</source>
        <translation>{model}；留出损失：每符号 {loss} 奈特</translation>
    </message>
    <message>
        <source>a model</source>
        <extracomment>The script a Chinese model&apos;s text is shown in: the reader&apos;s, by the language.</extracomment>
        <translation>一个模型</translation>
    </message>
    <message>
        <source>Loaded: {name}</source>
        <translation>已载入：{name}</translation>
    </message>
    <message>
        <source>Training on {title}…</source>
        <translation>正在用 {title} 训练…</translation>
    </message>
    <message>
        <source>Step {step}: loss {loss} nats per symbol. The loss is low: it is learning these 320 poems by heart.</source>
        <translation>第 {step} 步：损失为每符号 {loss} 奈特。损失很低：它正在背诵这 320 首诗。</translation>
    </message>
    <message>
        <source>Step {step}: loss {loss} nats per symbol.</source>
        <translation>第 {step} 步：损失为每符号 {loss} 奈特。</translation>
    </message>
    <message>
        <source>{problem} {steps} steps. Write with it, or save it.</source>
        <translation>{problem} 共 {steps} 步。可以用它续写，或者保存它。</translation>
    </message>
    <message>
        <source>Training stopped: {problem} {steps} steps. Write with it, or save it.</source>
        <translation>训练已停止：{problem} 共 {steps} 步。可以用它续写，或者保存它。</translation>
    </message>
    <message>
        <source>Stopped. {steps} steps. Write with it, or save it.</source>
        <translation>已停止。共 {steps} 步。可以用它续写，或者保存它。</translation>
    </message>
    <message>
        <source>Trained here</source>
        <translation>在此训练的模型</translation>
    </message>
    <message>
        <source>a text model</source>
        <translation>文本模型</translation>
    </message>
    <message>
        <source>this window shows poetry lessons, not {kind}</source>
        <translation>这个窗口显示诗歌课程，而不是 {kind}</translation>
    </message>
    <message>
        <source>there is no built-in model &quot;{name}&quot;; they are: {models}</source>
        <extracomment>A model file larger than this is refused before it is read (the shipped ones are &lt; 4 MB): room for the most weights a model may have (`MAX_WEIGHTS`, two bytes each, stored without compression), its vocabulary and its info. Shipped models: name → (file, corpus).</extracomment>
        <translation>没有内置模型“{name}”；内置模型有：{models}</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>{file} is not a text file (it holds binary data)</source>
        <translation>{file} 不是文本文件（它含有二进制数据）</translation>
    </message>
    <message>
        <source>{file} has only {count} characters; at least {least} are needed to train</source>
        <translation>{file} 只有 {count} 个字符；训练至少需要 {least} 个</translation>
    </message>
</context>
<context>
    <name>PoetryOptions</name>
    <message>
        <source>&quot;options&quot; has a setting this version does not know: &quot;{name}&quot;</source>
        <extracomment>The temperature slider&apos;s range and default. The views of the poetry window, as lesson files name them. The options a poetry lesson file holds, with their defaults.</extracomment>
        <translation>&quot;options&quot; 含有这个版本不认识的设置：“{name}”</translation>
    </message>
    <message>
        <source>&quot;model&quot; must be one of {models}, not {value}</source>
        <translation>&quot;model&quot; 必须是 {models} 之一，而不是 {value}</translation>
    </message>
    <message>
        <source>&quot;prompt&quot; must be text of at most {most} characters</source>
        <translation>&quot;prompt&quot; 必须是不超过 {most} 个字符的文本</translation>
    </message>
    <message>
        <source>&quot;temperature&quot; must be a number from {low} to {high}</source>
        <translation>&quot;temperature&quot; 必须是 {low} 到 {high} 之间的数</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; must be a whole number from {low} to {high}</source>
        <translation>&quot;{name}&quot; 必须是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>&quot;state&quot; must be &quot;hidden&quot; or &quot;cell&quot;, not {value}</source>
        <translation>&quot;state&quot; 必须是 &quot;hidden&quot; 或 &quot;cell&quot;，而不是 {value}</translation>
    </message>
</context>
<context>
    <name>PoetrySession</name>
    <message>
        <source>there is no step {index}</source>
        <extracomment>Candidates shown as bars. The key of the end marker in `odds` (no single character can be it). Characters before a candidate that its label is converted with (the longest phrase of the conversion table is 15 characters). The precision the model computes in (float32 in the app; float64 for checks). The script the text is shown in (for a model of Chinese poems; others show as written). The model writes Chinese poems: it reads the prompt in traditional characters. The prompt as the model reads it (as many characters as the prompt).</extracomment>
        <translation>没有第 {index} 步</translation>
    </message>
    <message>
        <source>the model never writes the start marker or the unknown symbol</source>
        <translation>模型从不写出开始标记或未知符号</translation>
    </message>
    <message>
        <source>the text has ended; take another character before its end</source>
        <translation>文本已经结束；请在结束之前选另一个字</translation>
    </message>
</context>
<context>
    <name>PoetryWindow</name>
    <message>
        <source>LSTM Lab — poetry[*]</source>
        <translation>LSTM Lab — 诗歌[*]</translation>
    </message>
    <message>
        <source>the poem</source>
        <translation>诗</translation>
    </message>
    <message>
        <source>简</source>
        <extracomment>The student chose a script: it no longer follows the language.</extracomment>
        <translation>简</translation>
    </message>
    <message>
        <source>Simplified characters</source>
        <translation>简体字</translation>
    </message>
    <message>
        <source>Show the poem in simplified characters (the model reads and writes traditional ones)</source>
        <translation>用简体字显示诗（模型读写的是繁体字）</translation>
    </message>
    <message>
        <source>繁</source>
        <translation>繁</translation>
    </message>
    <message>
        <source>Traditional characters</source>
        <translation>繁体字</translation>
    </message>
    <message>
        <source>Show the poem in traditional characters, as the model writes it</source>
        <translation>用繁体字显示诗，和模型写的一样</translation>
    </message>
    <message>
        <source>The model was not loaded</source>
        <translation>模型没有载入</translation>
    </message>
    <message>
        <source>The lesson was not opened</source>
        <translation>课程没有打开</translation>
    </message>
    <message>
        <source>Writing stopped: {problem}</source>
        <translation>续写已停止：{problem}</translation>
    </message>
    <message>
        <source>View → Reduce motion is on: the text appears at once</source>
        <translation>“视图 → 减少动画”已打开：文本会立即出现</translation>
    </message>
    <message>
        <source>There is no branch to go back to.</source>
        <translation>没有可以返回的分支。</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>Train on a text file</source>
        <translation>用文本文件训练</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>文本 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This text cannot be used</source>
        <translation>这段文本不能使用</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>LSTM Lab text model (*.npz)</source>
        <translation>LSTM Lab 文本模型 (*.npz)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Load a model</source>
        <translation>载入模型</translation>
    </message>
    <message>
        <source>LSTM Lab text model (*.npz);;All files (*)</source>
        <translation>LSTM Lab 文本模型 (*.npz);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>Click a bar to take that character instead: the text branches there</source>
        <extracomment>How many candidates a screen reader hears, most likely first.</extracomment>
        <translation>点击一个条形，改选那个字：文本从那里分支</translation>
    </message>
    <message>
        <source>Next-character candidates</source>
        <translation>下一个字的候选</translation>
    </message>
    <message>
        <source>Press Write to see, at every character, the ten the model thought most likely.</source>
        <translation>请按“续写”，在每个字处查看模型认为最可能的十个字。</translation>
    </message>
    <message>
        <source>Candidates for character {number}</source>
        <translation>第 {number} 个字的候选</translation>
    </message>
    <message>
        <source>{rank}. {character} {probability}</source>
        <translation>{rank}. {character} {probability}</translation>
    </message>
    <message>
        <source>{candidate}, written</source>
        <translation>{candidate}，已写出</translation>
    </message>
    <message>
        <source>the character written is not among the {count} most likely</source>
        <translation>写出的字不在最可能的 {count} 个之中</translation>
    </message>
    <message>
        <source>written: {character} {probability}</source>
        <translation>已写出：{character} {probability}</translation>
    </message>
    <message>
        <source>After “…{context}”, greedy: {candidates}.</source>
        <translation>在“…{context}”之后，贪心：{candidates}。</translation>
    </message>
    <message>
        <source>After “…{context}”, at T = {temperature}: {candidates}.</source>
        <translation>在“…{context}”之后，T = {temperature}：{candidates}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>greedy (T → 0)</source>
        <translation>贪心（T → 0）</translation>
    </message>
    <message>
        <source>T = {temperature}</source>
        <translation>T = {temperature}</translation>
    </message>
    <message>
        <source>Character {number} of the text, after “…{context}”</source>
        <translation>文本的第 {number} 个字，在“…{context}”之后</translation>
    </message>
    <message>
        <source>solid: probability at {temperature} · faint: at T = 1 · the {count} most likely of {total}</source>
        <translation>实心：{temperature} 时的概率 · 浅色：T = 1 时 · {total} 个中最可能的 {count} 个</translation>
    </message>
    <message>
        <source>solid: probability at {temperature} · faint: at T = 1</source>
        <translation>实心：{temperature} 时的概率 · 浅色：T = 1 时</translation>
    </message>
    <message>
        <source>not written yet: click a bar to choose it yourself</source>
        <translation>尚未写出：点击一个条形，自己来选</translation>
    </message>
    <message>
        <source>framed: the character written; click another bar to branch</source>
        <translation>带框的：写出的字；点击另一个条形可以分支</translation>
    </message>
    <message>
        <source>the character written is not among these {count}</source>
        <translation>写出的字不在这 {count} 个之中</translation>
    </message>
</context>
<context>
    <name>PromptRow</name>
    <message>
        <source>Enter a few characters (type, paste or use an IME)</source>
        <translation>输入几个字（键入、粘贴或使用输入法）</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>The first characters of the poem; the model writes on from them</source>
        <translation>诗的开头几个字；模型从这里接着写</translation>
    </message>
    <message>
        <source>Write ▶</source>
        <translation>续写 ▶</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>续写</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop writing</source>
        <translation>停止续写</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 返回</translation>
    </message>
    <message>
        <source>Back one character</source>
        <translation>退回一个字</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the poem</source>
        <translation>复制这首诗</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>Return to the text as it was before the last branch</source>
        <translation>回到最后一次分支之前的文本</translation>
    </message>
    <message>
        <source>The model has never seen {characters}: it reads each as one “unknown” symbol □ (rare characters all share it).</source>
        <translation>模型从未见过 {characters}：它把每一个都读作同一个“未知”符号 □（罕见字都共用这个符号）。</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Tang poems</source>
        <translation>唐诗</translation>
    </message>
    <message>
        <source>Shakespeare</source>
        <translation>莎士比亚</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>贪心</translation>
    </message>
    <message>
        <source>Always take the most likely character</source>
        <translation>总是选最可能的字</translation>
    </message>
    <message>
        <source>(the limit T → 0)</source>
        <translation>（极限 T → 0）</translation>
    </message>
    <message>
        <source>The model gives every character a score; the scores are divided by T before the softmax turns them into probabilities. Low T sharpens the choice (the likeliest characters, again and again), high T flattens it (rarer ones); as T → 0 it always takes the most likely one.</source>
        <translation>模型给每个字一个分数；在 softmax 把分数变成概率之前，先把分数除以 T。T 低会让选择更集中（一再选最可能的字），T 高会让它更平均（也选较少见的字）；当 T → 0 时，总是选最可能的那个。</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>续写</translation>
    </message>
    <message>
        <source>Writing speed</source>
        <translation>续写速度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>The same seed, prompt and temperature write the same text</source>
        <translation>相同的种子、提示和温度会写出相同的文本</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>New</source>
        <translation>换一个</translation>
    </message>
    <message>
        <source>A new random seed: another text</source>
        <translation>一个新的随机种子：另一段文本</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>Characters to write, at most</source>
        <translation>最多写出的字数</translation>
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
        <translation>每秒 {speed} 个字</translation>
    </message>
    <message>
        <source>{count} symbols</source>
        <translation>{count} 个符号</translation>
    </message>
    <message>
        <source>LSTM of {units} units</source>
        <translation>{units} 个单元的 LSTM</translation>
    </message>
    <message>
        <source>Poems of five characters a line</source>
        <translation>五言诗</translation>
    </message>
    <message>
        <source>trained {epochs} epochs</source>
        <translation>训练了 {epochs} 轮</translation>
    </message>
    <message>
        <source>{count} layer</source>
        <translation>{count} 层</translation>
    </message>
    <message>
        <source>{count} layers</source>
        <translation>{count} 层</translation>
    </message>
    <message>
        <source>{count} weights</source>
        <translation>{count} 个权重</translation>
    </message>
    <message>
        <source>file {size}</source>
        <translation>文件 {size}</translation>
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
        <translation>在 {count} 首它从未读过的诗上的留出损失：每符号 {loss} 奈特（符号是一个字、一个标点或诗的结尾）</translation>
    </message>
    <message>
        <source>Held-out loss: {loss} nats per symbol (a character, a punctuation mark or the end of the poem)</source>
        <translation>留出损失：每符号 {loss} 奈特（符号是一个字、一个标点或诗的结尾）</translation>
    </message>
    <message>
        <source>Held-out loss on {count} speeches it never read: {loss} nats per symbol (a character or the end of a speech)</source>
        <translation>在 {count} 段它从未读过的台词上的留出损失：每符号 {loss} 奈特（符号是一个字符或一段台词的结尾）</translation>
    </message>
    <message>
        <source>Held-out loss on {count} passages it never read: {loss} nats per symbol (a character or the end of a passage)</source>
        <translation>在 {count} 段它从未读过的文字上的留出损失：每符号 {loss} 奈特（符号是一个字符或一段文字的结尾）</translation>
    </message>
    <message>
        <source>Held-out loss: {loss} nats per symbol (a character or the end of a passage)</source>
        <translation>留出损失：每符号 {loss} 奈特（符号是一个字符或一段文字的结尾）</translation>
    </message>
    <message>
        <source>{loss} nats per Chinese character</source>
        <translation>每个汉字 {loss} 奈特</translation>
    </message>
    <message>
        <source>A bigram model, which knows only which character follows which (counted in the same training texts): {loss} nats per symbol</source>
        <translation>二元语法模型只知道哪个字后面跟着哪个字（在同样的训练文本中统计）：每符号 {loss} 奈特</translation>
    </message>
    <message>
        <source>{loss} per Chinese character</source>
        <translation>每个汉字 {loss}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>of its {samples} poems at T = {temperature}, {five} % of the half-lines have five characters and {shape} % of the poems 4 or 8 half-lines</source>
        <translation>它在 T = {temperature} 时写的 {samples} 首诗中，{five} % 的半句是五个字，{shape} % 的诗有 4 或 8 个半句</translation>
    </message>
    <message>
        <source>at T = {temperature}, {share} % of the words it writes are words of its text</source>
        <translation>在 T = {temperature} 时，它写出的词中有 {share} % 是其文本中的词</translation>
    </message>
    <message>
        <source>The model was not loaded</source>
        <translation>模型没有载入</translation>
    </message>
</context>
<context>
    <name>StateHeatmap</name>
    <message>
        <source>Each row is one unit of the LSTM layer, each column one character; click a row to mark where that unit is most active</source>
        <translation>每一行是 LSTM 层的一个单元，每一列是一个字；点击一行，标出该单元最活跃的位置</translation>
    </message>
    <message>
        <source>all {count} characters</source>
        <translation>全部 {count} 个字</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 个字</translation>
    </message>
    <message>
        <source>the last {shown} of {count} characters (the first {first} do not fit)</source>
        <translation>{count} 个字中的最后 {shown} 个（前 {first} 个放不下）</translation>
    </message>
    <message>
        <source>No text yet</source>
        <translation>还没有文本</translation>
    </message>
    <message>
        <source>unit {unit}</source>
        <translation>单元 {unit}</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <source>A UTF-8 text file…</source>
        <translation>UTF-8 文本文件…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} 个单元</translation>
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
        <translation>采样间隔</translation>
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
        <source>Write with it</source>
        <translation>用它续写</translation>
    </message>
    <message>
        <source>Let the model trained here write in the main view</source>
        <translation>让在此训练的模型在主视图中续写</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation>载入模型…</translation>
    </message>
    <message>
        <source>What it writes now (T = 0.8):</source>
        <translation>它现在写出的（T = 0.8）：</translation>
    </message>
    <message>
        <source>What it writes now</source>
        <translation>它现在写出的</translation>
    </message>
    <message>
        <source>Any UTF-8 text of 500 characters or more; blank lines separate its records.</source>
        <translation>任何 500 个字符以上的 UTF-8 文本；空行分隔其中的记录。</translation>
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
        <translation>单元，最活跃的在前</translation>
    </message>
    <message>
        <source>Every unit, the one whose state is largest in magnitude somewhere in the text first: its strongest value and the character after which it has it. Click a row, or move to it with the arrow keys, to mark where that unit is most active.</source>
        <translation>所有单元，按在文本中某处状态绝对值最大者排在前面：列出它最强的值，以及出现这个值时刚读过的字。点击一行，或用方向键移到该行，就会标出这个单元最活跃的位置。</translation>
    </message>
</context>
<context>
    <name>UnitRanking</name>
    <message>
        <source>Unit</source>
        <extracomment>How the list shows a character of the text that has no mark of its own.</extracomment>
        <translation>单元</translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation>最强值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>在此字之后</translation>
    </message>
    <message>
        <source>Unit {unit}: strongest {name} {value} after {char}</source>
        <translation>单元 {unit}：最强的 {name} 为 {value}，在“{char}”之后</translation>
    </message>
</context>
</TS>

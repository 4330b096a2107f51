<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CodeView</name>
    <message>
        <source>The model in PyTorch code</source>
        <translation>用 PyTorch 代码写出的模型</translation>
    </message>
    <message>
        <source>This lesson as a PyTorch script (nn.LSTM + nn.Linear), the one File → Export as code… writes: the same data, starting weights and training as the app. It follows the options; select and copy it, or save it with Save as script….</source>
        <translation>本课的 PyTorch 脚本（nn.LSTM + nn.Linear），与“文件 → 导出为代码…”写出的相同：数据、初始权重和训练都与本应用一致。它随选项而变；可以选中并复制，也可以用“另存为脚本…”保存。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>train the forecasting model on a signal and print its errors</source>
        <translation>在一个信号上训练预测模型并输出它的误差</translation>
    </message>
</context>
<context>
    <name>ForecastCheck</name>
    <message>
        <source>the lesson&apos;s signal was not made</source>
        <translation>本课的信号没有生成</translation>
    </message>
</context>
<context>
    <name>ForecastCli</name>
    <message>
        <source>LSTM units</source>
        <extracomment>The options the command line sets, by flag, with the help each shows (translated where shown, in the context &quot;ForecastCli&quot;). Their ranges are the window&apos;s (options.NUMBERS): the same settings give the same figures in both.</extracomment>
        <translation>LSTM 单元数</translation>
    </message>
    <message>
        <source>values the model reads per forecast</source>
        <translation>模型每次预测读取的值的个数</translation>
    </message>
    <message>
        <source>passes over the training windows</source>
        <translation>遍历训练窗口的轮数</translation>
    </message>
    <message>
        <source>seed of the random numbers: noise, initial weights, batches</source>
        <translation>随机数的种子：噪声、初始权重、批次</translation>
    </message>
    <message>
        <source>standard deviation of noise added to the signal</source>
        <translation>加到信号上的噪声的标准差</translation>
    </message>
    <message>
        <source>values of the signal</source>
        <translation>信号的值的个数</translation>
    </message>
    <message>
        <source>cycles per step of the signal</source>
        <translation>信号每步的周期数</translation>
    </message>
    <message>
        <source>values held out at the end as the test span</source>
        <translation>末尾留作测试段的值的个数</translation>
    </message>
    <message>
        <source>Adam&apos;s learning rate</source>
        <translation>Adam 的学习率</translation>
    </message>
    <message>
        <source>windows per mini-batch</source>
        <translation>每个小批次的窗口数</translation>
    </message>
    <message>
        <source>clip the gradient&apos;s norm to this (0: no clipping)</source>
        <translation>把梯度的范数裁剪到这个值（0：不裁剪）</translation>
    </message>
    <message>
        <source>Forecast a signal with an LSTM layer and a Dense(1) head: make the signal, train on sliding windows, then forecast the test span one step ahead and rolling (each prediction fed back), against the last-value baseline and a linear AR(W) model fitted by least squares to the same training windows. The same settings give the same figures as the lesson window.</source>
        <extracomment>The whole-number flags&apos; ranges.</extracomment>
        <translation>用一个 LSTM 层和一个 Dense(1) 输出层预测信号：生成信号，在滑动窗口上训练，然后对测试段做单步预测和滚动预测（每个预测再作为输入送回），并与末值基线以及在相同训练窗口上用最小二乘拟合的线性 AR(W) 模型比较。相同的设置给出与课程窗口相同的数字。</translation>
    </message>
    <message>
        <source>the signal to forecast (default {default})</source>
        <translation>要预测的信号（默认 {default}）</translation>
    </message>
    <message>
        <source>forecast the series in this one-column CSV file instead of a signal</source>
        <translation>预测这个单列 CSV 文件中的序列，而不是生成的信号</translation>
    </message>
    <message>
        <source>{words}, {low} to {high} (default {default})</source>
        <translation>{words}，{low} 到 {high}（默认 {default}）</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>输出 JSON 而不是文本</translation>
    </message>
    <message>
        <source>--{flag} must be a finite number, not {value}</source>
        <translation>--{flag} 必须是有限的数，而不是 {value}</translation>
    </message>
    <message>
        <source>--{flag} must be from {low} to {high}, not {value}</source>
        <translation>--{flag} 必须在 {low} 到 {high} 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>{source}: {values} values, window {window}, LSTM({hidden}) + Dense(1) = {weights} weights, {windows} training windows, {test} test values</source>
        <translation>{source}：{values} 个值，窗口 {window}，LSTM({hidden}) + Dense(1) = {weights} 个权重，{windows} 个训练窗口，{test} 个测试值</translation>
    </message>
    <message>
        <source>epoch   train loss    test loss   (MSE of z-scored values)</source>
        <translation>   轮       训练损失       测试损失  （z 分数标准化后的 MSE）</translation>
    </message>
    <message>
        <source>one-step forecast</source>
        <translation>单步预测</translation>
    </message>
    <message>
        <source>rolling forecast</source>
        <translation>滚动预测</translation>
    </message>
    <message>
        <source>last-value baseline</source>
        <translation>末值基线</translation>
    </message>
    <message>
        <source>AR({window}) one-step</source>
        <translation>AR({window}) 单步</translation>
    </message>
    <message>
        <source>AR({window}) rolling</source>
        <translation>AR({window}) 滚动</translation>
    </message>
    <message>
        <source>Test MSE over the last {count} values (in the signal&apos;s units):</source>
        <translation>最后 {count} 个值上的测试 MSE（以信号自身的单位计）：</translation>
    </message>
    <message>
        <source>AR({window}) is a linear model of the same {window} values, fitted by least squares to the training windows.</source>
        <translation>AR({window}) 是同样 {window} 个值的线性模型，在训练窗口上用最小二乘拟合。</translation>
    </message>
    <message>
        <source>{prog}: error: {problem}</source>
        <translation>{prog}：错误：{problem}</translation>
    </message>
</context>
<context>
    <name>ForecastDataPanel</name>
    <message>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Cycles per step: 0.02 is one period every 50 values</source>
        <translation>每步的周期数：0.02 表示每 50 个值一个周期</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>How many values the series has</source>
        <translation>序列有多少个值</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Standard deviation of random noise added to every value</source>
        <translation>加到每个值上的随机噪声的标准差</translation>
    </message>
    <message>
        <source>Window W</source>
        <translation>窗口 W</translation>
    </message>
    <message>
        <source>How many values the model reads before each prediction</source>
        <translation>模型每次预测前读取多少个值</translation>
    </message>
    <message>
        <source>Test span</source>
        <translation>测试段</translation>
    </message>
    <message>
        <source>The last values, held out to test the forecasts</source>
        <translation>最后的这些值，留出来检验预测</translation>
    </message>
    <message>
        <source>The series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>The signal to forecast</source>
        <translation>要预测的信号</translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation>载入 CSV…</translation>
    </message>
    <message>
        <source>Use your own series: a CSV file with one column of numbers (a header line is allowed)</source>
        <translation>使用你自己的序列：一个只有一列数字的 CSV 文件（允许有一行表头）</translation>
    </message>
    <message>
        <source>Windows and test span</source>
        <translation>窗口和测试段</translation>
    </message>
    <message>
        <source>One training example</source>
        <translation>一个训练样例</translation>
    </message>
    <message>
        <source>Window shown</source>
        <translation>显示的窗口</translation>
    </message>
    <message>
        <source>Which window the plots highlight and the model&apos;s inside shows</source>
        <translation>图中高亮、“模型内部”中显示的是哪个窗口</translation>
    </message>
    <message>
        <source>Your series: {name}</source>
        <translation>你的序列：{name}</translation>
    </message>
    <message>
        <source>{training} training windows, {test} test windows (series of {values} values)</source>
        <translation>{training} 个训练窗口，{test} 个测试窗口（序列共 {values} 个值）</translation>
    </message>
    <message>
        <source>Normalised with the training part&apos;s mean and std: z = (x {mean}) / {std}</source>
        <translation>用训练部分的均值和标准差归一化：z = (x {mean}) / {std}</translation>
    </message>
    <message>
        <source>xs = x({start}) … x({last}) → y = x({target}), a test example</source>
        <translation>xs = x({start}) … x({last}) → y = x({target})，一个测试样例</translation>
    </message>
    <message>
        <source>xs = x({start}) … x({last}) → y = x({target}), a training example</source>
        <translation>xs = x({start}) … x({last}) → y = x({target})，一个训练样例</translation>
    </message>
</context>
<context>
    <name>ForecastExport</name>
    <message>
        <source>&quot;{framework}&quot; is not a framework LSTM Lab writes</source>
        <extracomment>The default title of a lesson without one. Values of a teacher&apos;s series per line of the script. Each signal as the app makes it (engine/forecast.py), n = 0, …, LENGTH − 1.</extracomment>
        <translation>LSTM Lab 不会写出“{framework}”框架的代码</translation>
    </message>
</context>
<context>
    <name>ForecastModel</name>
    <message>
        <source>Forecast a sine wave</source>
        <translation>预测正弦波</translation>
    </message>
    <message>
        <source>Ready: press Train.</source>
        <extracomment>The lesson computes in float64, so that a script written out with plain NumPy (or PyTorch in float64) repeats its training to rounding, not only to float32&apos;s seven digits. Seeds of the three random streams, each drawn from default_rng([seed, stream]): the signal&apos;s noise, the initial weights, the order of the windows in each epoch.</extracomment>
        <translation>就绪：请按“训练”。</translation>
    </message>
    <message>
        <source>this window shows forecasting lessons, not {kind}</source>
        <translation>这个窗口显示预测课程，而不是 {kind}</translation>
    </message>
    <message>
        <source>Training stopped: {problem}</source>
        <translation>训练已停止：{problem}</translation>
    </message>
    <message>
        <source>epoch {epoch}: training MSE {train}, test MSE {test}</source>
        <translation>第 {epoch} 轮：训练 MSE {train}，测试 MSE {test}</translation>
    </message>
    <message>
        <source>The loss grew without bound at {last}. Lower the learning rate, then Reset.</source>
        <translation>损失在 {last} 时无限增大。请降低学习率，然后重置。</translation>
    </message>
    <message>
        <source>Training — {last}</source>
        <translation>训练中——{last}</translation>
    </message>
    <message>
        <source>Stopped — {last}</source>
        <translation>已停止——{last}</translation>
    </message>
    <message>
        <source>Done — {last}</source>
        <translation>完成——{last}</translation>
    </message>
</context>
<context>
    <name>ForecastOptions</name>
    <message>
        <source>Sine wave</source>
        <extracomment>The views of the forecast window, as lesson files name them. The signals by name, with the words the window shows (translated where shown, in the context &quot;ForecastOptions&quot;).</extracomment>
        <translation>正弦波</translation>
    </message>
    <message>
        <source>Sum of two sines</source>
        <translation>两个正弦波之和</translation>
    </message>
    <message>
        <source>Sawtooth</source>
        <translation>锯齿波</translation>
    </message>
    <message>
        <source>Square wave</source>
        <translation>方波</translation>
    </message>
    <message>
        <source>Damped sine</source>
        <translation>阻尼正弦波</translation>
    </message>
    <message>
        <source>Your series (CSV)</source>
        <translation>你的序列（CSV）</translation>
    </message>
    <message>
        <source>&quot;options&quot; {name} must be a number, not {value}</source>
        <extracomment>A teacher&apos;s series: at most this many values (an epoch of 20,000 windows takes seconds). A series value is 0 or at least this large: smaller ones (denormal numbers among them) cannot be drawn on an axis (its tick spacing would be 0). ... and at most this large. A CSV file larger than this is refused before it is read. Options that change the data (step 1), and those that change the model (step 2).</extracomment>
        <translation>&quot;options&quot; {name} 必须是数字，而不是 {value}</translation>
    </message>
    <message>
        <source>&quot;options&quot; {name} must be from {low} to {high}</source>
        <translation>&quot;options&quot; {name} 必须在 {low} 到 {high} 之间</translation>
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
    <message>
        <source>&quot;options&quot; must be a set of named settings</source>
        <translation>&quot;options&quot; 必须是一组有名称的设置</translation>
    </message>
    <message>
        <source>&quot;options&quot; has an unknown name {name} (known: {known})</source>
        <translation>&quot;options&quot; 含有未知的名称 {name}（已知的：{known}）</translation>
    </message>
    <message>
        <source>&quot;options&quot; signal must be one of {signals}, not {value}</source>
        <translation>&quot;options&quot; signal 必须是 {signals} 之一，而不是 {value}</translation>
    </message>
    <message>
        <source>&quot;options&quot; series must be a list of numbers when the signal is csv</source>
        <translation>&quot;options&quot; series 在信号为 csv 时必须是数字列表</translation>
    </message>
    <message>
        <source>&quot;options&quot; series has {count} values; at most {most}</source>
        <translation>&quot;options&quot; series 有 {count} 个值；最多只能有 {most} 个</translation>
    </message>
    <message>
        <source>&quot;options&quot; series value {number} must be a number</source>
        <translation>&quot;options&quot; series 的第 {number} 个值必须是数字</translation>
    </message>
    <message>
        <source>&quot;options&quot; series value {number} must be a finite number</source>
        <translation>&quot;options&quot; series 的第 {number} 个值必须是有限的数</translation>
    </message>
    <message>
        <source>&quot;options&quot; series value {number}</source>
        <translation>&quot;options&quot; series 的第 {number} 个值</translation>
    </message>
    <message>
        <source>&quot;options&quot; series_name must be a text of at most 200 characters</source>
        <translation>&quot;options&quot; series_name 必须是不超过 200 个字符的文本</translation>
    </message>
    <message>
        <source>&quot;options&quot; {name} is only for the signal csv, not {signal}</source>
        <translation>&quot;options&quot; {name} 只用于信号 csv，不用于 {signal}</translation>
    </message>
    <message>
        <source>the series has {count} values: too few for a test span of {test_size} and windows of {window} (at least {needed} are needed)</source>
        <translation>序列有 {count} 个值：对于长度 {test_size} 的测试段和长度 {window} 的窗口来说太少了（至少需要 {needed} 个）</translation>
    </message>
    <message>
        <source>a text file of numbers</source>
        <translation>数字文本文件</translation>
    </message>
    <message>
        <source>{file}: the file holds {count} values; at most {most} can be used</source>
        <translation>{file}: 文件有 {count} 个值；最多只能使用 {most} 个</translation>
    </message>
    <message>
        <source>{file}: its values must lie within ±{bound}</source>
        <translation>{file}: 它的值必须在 ±{bound} 之内</translation>
    </message>
    <message>
        <source>value {number}</source>
        <translation>第 {number} 个值</translation>
    </message>
    <message>
        <source>{where} is too small to draw ({value}): use 0 or a number of at least {least} (scale the whole series up)</source>
        <translation>{where}太小，无法绘制（{value}）：请用 0 或不小于 {least} 的数（把整个序列放大）</translation>
    </message>
</context>
<context>
    <name>ForecastPlot</name>
    <message>
        <source>One-step: each prediction from the W true values before it. Rolling: each prediction fed back as the next input, so errors pile up. Last value: the baseline that predicts each value by the one before it. AR(W): the linear baseline, a weighted sum of the same W values plus a constant, fitted by least squares to the training windows (one-step and rolling, like the LSTM&apos;s). Click a point to see its window inside the model.</source>
        <extracomment>The lines whose markers stand at every value (the rest: thinned, `lines.marker_index`). The axes&apos; numbers at 1× text, in points. The forecasts that need no training, drawn from the start. The LSTM&apos;s forecasts, drawn once it is trained.</extracomment>
        <translation>单步：每个预测都来自它之前的 W 个真实值。滚动：每个预测作为下一个输入送回，所以误差会累积。末值：用前一个值预测每个值的基线。AR(W)：线性基线，即同样 W 个值的加权和再加一个常数，在训练窗口上用最小二乘拟合（和 LSTM 一样有单步和滚动两种）。点击一个点，可在“模型内部”中查看它的窗口。</translation>
    </message>
    <message>
        <source>time step</source>
        <translation>时间步</translation>
    </message>
    <message>
        <source>steps ahead into the test span</source>
        <translation>进入测试段的步数</translation>
    </message>
    <message>
        <source>Press Train: the model&apos;s forecasts appear here.</source>
        <extracomment>The thinned markers of the LSTM&apos;s forecasts.</extracomment>
        <translation>请按“训练”：模型的预测会显示在这里。</translation>
    </message>
    <message>
        <source>truth</source>
        <translation>真实值</translation>
    </message>
    <message>
        <source>one-step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>rolling</source>
        <translation>滚动</translation>
    </message>
    <message>
        <source>last value</source>
        <translation>末值</translation>
    </message>
    <message>
        <source>AR({window}) one-step</source>
        <translation>AR({window}) 单步</translation>
    </message>
    <message>
        <source>AR({window}) rolling</source>
        <translation>AR({window}) 滚动</translation>
    </message>
    <message>
        <source>{name} (MSE {mse})</source>
        <translation>{name}（MSE {mse}）</translation>
    </message>
    <message>
        <source>Forecasts over the test span</source>
        <translation>测试段上的预测</translation>
    </message>
    <message>
        <source>Test MSE: {errors}</source>
        <translation>测试 MSE：{errors}</translation>
    </message>
    <message>
        <source>|forecast − truth|</source>
        <translation>|预测 − 真实值|</translation>
    </message>
</context>
<context>
    <name>ForecastTable</name>
    <message>
        <source>Forecast errors</source>
        <extracomment>(row, the MSE keys of its one-step and rolling columns; None: the forecast has no such kind)</extracomment>
        <translation>预测误差</translation>
    </message>
    <message>
        <source>one-step MSE</source>
        <translation>单步 MSE</translation>
    </message>
    <message>
        <source>rolling MSE</source>
        <translation>滚动 MSE</translation>
    </message>
    <message>
        <source>Mean squared error over the test span, in the series&apos; own units. One-step: each forecast from the W true values before it. Rolling: each forecast fed back as the next input. The last value has no rolling forecast.</source>
        <translation>测试段上的均方误差，以序列自身的单位计。单步：每个预测来自它之前的 W 个真实值。滚动：每个预测作为下一个输入送回。末值没有滚动预测。</translation>
    </message>
    <message>
        <source>What the errors say</source>
        <translation>误差说明了什么</translation>
    </message>
    <message>
        <source>{column} {value}</source>
        <translation>{column} {value}</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>尚未训练</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{row}: {cells}</source>
        <translation>{row}：{cells}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}。</translation>
    </message>
    <message>
        <source>LSTM({units})</source>
        <translation>LSTM({units})</translation>
    </message>
    <message>
        <source>AR({window})</source>
        <translation>AR({window})</translation>
    </message>
    <message>
        <source>last value</source>
        <translation>末值</translation>
    </message>
    <message>
        <source>AR({window}): ŷ(n) = c + a1·x(n−1) + … + a{window}·x(n−{window}), a straight line through the last {window} values, fitted by least squares to the training windows. A sum of K sines obeys such a rule with 2K lags, so there AR is exact up to rounding. Where no short linear rule holds (noise, the square wave, the sawtooth), does the LSTM help? Compare the rows.</source>
        <translation>AR({window})：ŷ(n) = c + a1·x(n−1) + … + a{window}·x(n−{window})，是最后 {window} 个值的线性函数，在训练窗口上用最小二乘拟合。K 个正弦波之和满足这样一条有 2K 个滞后项的规则，所以在那里 AR 除舍入误差外是精确的。在没有简短线性规则成立的地方（噪声、方波、锯齿波），LSTM 有帮助吗？比较各行。</translation>
    </message>
</context>
<context>
    <name>ForecastTrainingPanel</name>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>新模型</translation>
    </message>
    <message>
        <source>Train the model for the number of epochs below</source>
        <translation>按下面的轮数训练模型</translation>
    </message>
    <message>
        <source>Stop training; the weights trained so far stay</source>
        <translation>停止训练；已训练的权重保留</translation>
    </message>
    <message>
        <source>Start again from an untrained model (the seed&apos;s weights)</source>
        <translation>从一个未训练的模型重新开始（由种子生成的权重）</translation>
    </message>
    <message>
        <source>Epochs per press of Train: each epoch sees every training window</source>
        <translation>每按一次“训练”的轮数：每一轮都遍历所有训练窗口</translation>
    </message>
    <message>
        <source>Adam&apos;s step size</source>
        <translation>Adam 的步长</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>training MSE</source>
        <translation>训练 MSE</translation>
    </message>
    <message>
        <source>test MSE</source>
        <translation>测试 MSE</translation>
    </message>
    <message>
        <source>Press Train to watch both errors fall.</source>
        <translation>请按“训练”，观察两种误差下降。</translation>
    </message>
    <message>
        <source>Mean squared error after each epoch, in the series&apos; own units, on a log scale: the solid line on the training windows, the dashed one on the test windows the model never trains on.</source>
        <translation>每一轮之后的均方误差，以序列自身的单位计，采用对数刻度：实线是训练窗口上的误差，虚线是模型从不用来训练的测试窗口上的误差。</translation>
    </message>
    <message>
        <source>Ready: press Train.</source>
        <translation>就绪：请按“训练”。</translation>
    </message>
</context>
<context>
    <name>ForecastWindow</name>
    <message>
        <source>1 · Data</source>
        <extracomment>The pages of the centre: (key, tab title, window attribute holding the page); the titles are translated where the tabs are made.</extracomment>
        <translation>1 · 数据</translation>
    </message>
    <message>
        <source>2 · Model</source>
        <translation>2 · 模型</translation>
    </message>
    <message>
        <source>3 · Train and forecast</source>
        <translation>3 · 训练与预测</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Units n</source>
        <translation>单元数 n</translation>
    </message>
    <message>
        <source>How many LSTM units the layer has</source>
        <translation>这一层有多少个 LSTM 单元</translation>
    </message>
    <message>
        <source>This lesson as a PyTorch script (read-only; select and copy):</source>
        <translation>本课的 PyTorch 脚本（只读；可选中并复制）：</translation>
    </message>
    <message>
        <source>Save as script…</source>
        <translation>另存为脚本…</translation>
    </message>
    <message>
        <source>Save this PyTorch script as a .py file that runs with python (File → Export as code… also writes a NumPy-only one)</source>
        <translation>把这个 PyTorch 脚本保存为可用 python 运行的 .py 文件（“文件 → 导出为代码…”还能写出只用 NumPy 的版本）</translation>
    </message>
    <message>
        <source>Save as script</source>
        <translation>另存为脚本</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>Load a series</source>
        <translation>载入序列</translation>
    </message>
    <message>
        <source>The series was not loaded</source>
        <translation>序列没有载入</translation>
    </message>
</context>
<context>
    <name>LessonWindow</name>
    <message>
        <source>Train</source>
        <extracomment>The docks.</extracomment>
        <translation>训练</translation>
    </message>
    <message>
        <source>Inside the model</source>
        <translation>模型内部</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Load CSV series…</source>
        <translation>载入 CSV 序列…</translation>
    </message>
    <message>
        <source>Use your own series: one column of numbers, a header line allowed</source>
        <translation>使用你自己的序列：一列数字，允许有一行表头</translation>
    </message>
    <message>
        <source>Train the model for the lesson&apos;s number of epochs</source>
        <translation>按本课的轮数训练模型</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop training; the weights trained so far stay</source>
        <translation>停止训练；已训练的权重保留</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>新模型</translation>
    </message>
    <message>
        <source>Start again from an untrained model</source>
        <translation>从一个未训练的模型重新开始</translation>
    </message>
    <message>
        <source>Step 1: Data</source>
        <translation>第 1 步：数据</translation>
    </message>
    <message>
        <source>The series, its windows and the test span</source>
        <translation>序列、它的窗口和测试段</translation>
    </message>
    <message>
        <source>Step 2: Model</source>
        <translation>第 2 步：模型</translation>
    </message>
    <message>
        <source>LSTM(n) + Dense(1), its parameters and its PyTorch code</source>
        <translation>LSTM(n) + Dense(1)、它的参数和 PyTorch 代码</translation>
    </message>
    <message>
        <source>Step 3: Train and forecast</source>
        <translation>第 3 步：训练与预测</translation>
    </message>
    <message>
        <source>The forecasts over the test span</source>
        <translation>测试段上的预测</translation>
    </message>
</context>
<context>
    <name>ModelDiagram</name>
    <message>
        <source>The model: an LSTM layer of H units reads the window one value at a time (D = 1 input); a Dense layer turns the last hidden state h(W) into the forecast ŷ. PyTorch keeps two bias vectors per LSTM, hence the + 2.</source>
        <extracomment>Space around the diagram and inside each block beside its words, in pixels.</extracomment>
        <translation>模型：一个有 H 个单元的 LSTM 层逐个读取窗口中的值（D = 1 个输入）；一个 Dense 层把最后的隐藏状态 h(W) 变成预测值 ŷ。PyTorch 的每个 LSTM 有两个偏置向量，所以要 + 2。</translation>
    </message>
    <message>
        <source>{total} parameters in all</source>
        <translation>共 {total} 个参数</translation>
    </message>
    <message>
        <source>next value</source>
        <translation>下一个值</translation>
    </message>
    <message>
        <source>{lstm} + {dense} = {total} parameters in all</source>
        <translation>共 {lstm} + {dense} = {total} 个参数</translation>
    </message>
</context>
<context>
    <name>SeriesPlot</name>
    <message>
        <source>Top: the series as it is. Bottom: the same series z-scored with the training part&apos;s mean and standard deviation, as the model sees it. The shaded part is the test span; the thick green stretch is one window xs and the orange dot the value y it must predict.</source>
        <translation>上：原始序列。下：用训练部分的均值和标准差做 z 分数标准化后的同一序列，也就是模型看到的样子。阴影部分是测试段；粗的绿色段是一个窗口 xs，橙色的点是它要预测的值 y。</translation>
    </message>
    <message>
        <source>time step</source>
        <translation>时间步</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before:&lt;/b&gt; the series x(t) in its own units; shaded: the test span</source>
        <translation>&lt;b&gt;之前：&lt;/b&gt;以自身单位表示的序列 x(t)；阴影：测试段</translation>
    </message>
    <message>
        <source>&lt;b&gt;After:&lt;/b&gt; z(t) = (x(t) {mean}) / {std}, z-scored with the training part&apos;s mean and std, as the model sees it</source>
        <translation>&lt;b&gt;之后：&lt;/b&gt;z(t) = (x(t) {mean}) / {std}，用训练部分的均值和标准差做 z 分数标准化，也就是模型看到的样子</translation>
    </message>
</context>
<context>
    <name>UnitDetailPlot</name>
    <message>
        <source>forget gate f</source>
        <translation>遗忘门 f</translation>
    </message>
    <message>
        <source>input gate i</source>
        <translation>输入门 i</translation>
    </message>
    <message>
        <source>output gate o</source>
        <translation>输出门 o</translation>
    </message>
    <message>
        <source>cell state C</source>
        <translation>细胞状态 C</translation>
    </message>
    <message>
        <source>The unit picked on the heatmap: how open its forget, input and output gates are (0 to 1) at each step of the window, and its cell state C.</source>
        <extracomment>Each line&apos;s dash pattern and marker, as in the single cell&apos;s time series.</extracomment>
        <translation>在热图上选中的单元：它的遗忘门、输入门和输出门在窗口每一步开得多大（0 到 1），以及它的细胞状态 C。</translation>
    </message>
    <message>
        <source>step t of the window</source>
        <translation>窗口中的时间步 t</translation>
    </message>
    <message>
        <source>Unit {unit} over the window: {names}</source>
        <translation>单元 {unit} 在窗口上：{names}</translation>
    </message>
</context>
<context>
    <name>UnitHeatmap</name>
    <message>
        <source>Each row is one unit of the LSTM layer, each column one step of the window the model reads before its prediction. Orange: h near +1, blue: near −1. Click a row to see that unit&apos;s gates and cell state.</source>
        <translation>每一行是 LSTM 层的一个单元，每一列是模型预测前读取的窗口中的一步。橙色：h 接近 +1，蓝色：接近 −1。点击一行，查看该单元的门和细胞状态。</translation>
    </message>
    <message>
        <source>step t of the window</source>
        <translation>窗口中的时间步 t</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>h(t) of the {units} units over the window x({start}) … x({last}); the model predicts ŷ = {prediction}, the true x({target}) = {truth}. Blue −{level} … orange +{level}. Click a unit.</source>
        <translation>{units} 个单元在窗口 x({start}) … x({last}) 上的 h(t)；模型预测 ŷ = {prediction}，真实值 x({target}) = {truth}。蓝色 −{level} … 橙色 +{level}。点击一个单元。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>CodeView</name>
        <message>
            <source>The model in PyTorch code</source>
            <translation>用 PyTorch 程式碼寫出的模型</translation>
        </message>
        <message>
            <source>This lesson as a PyTorch script (nn.LSTM + nn.Linear), the one File → Export as code… writes: the same data, starting weights and training as the app. It follows the options; select and copy it, or save it with Save as script….</source>
            <translation>本課的 PyTorch 指令碼（nn.LSTM + nn.Linear），與“檔案 → 匯出為程式碼…”寫出的相同：資料、初始權重和訓練都與本應用一致。它隨選項而變；可以選中並複製，也可以用“另存為指令碼…”儲存。</translation>
        </message>
    </context>
    <context>
        <name>Command</name>
        <message>
            <source>train the forecasting model on a signal and print its errors</source>
            <translation>在一個訊號上訓練預測模型並輸出它的誤差</translation>
        </message>
    </context>
    <context>
        <name>ForecastCheck</name>
        <message>
            <source>the lesson's signal was not made</source>
            <translation>本課的訊號沒有生成</translation>
        </message>
    </context>
    <context>
        <name>ForecastCli</name>
        <message>
            <source>LSTM units</source>
            <extracomment>The options the command line sets, by flag, with the help each shows (translated where shown, in the context "ForecastCli"). Their ranges are the window's (options.NUMBERS): the same settings give the same figures in both.</extracomment>
            <translation>LSTM 單元數</translation>
        </message>
        <message>
            <source>values the model reads per forecast</source>
            <translation>模型每次預測讀取的值的個數</translation>
        </message>
        <message>
            <source>passes over the training windows</source>
            <translation>遍歷訓練視窗的輪數</translation>
        </message>
        <message>
            <source>seed of the random numbers: noise, initial weights, batches</source>
            <translation>隨機數的種子：噪聲、初始權重、批次</translation>
        </message>
        <message>
            <source>standard deviation of noise added to the signal</source>
            <translation>加到訊號上的噪聲的標準差</translation>
        </message>
        <message>
            <source>values of the signal</source>
            <translation>訊號的值的個數</translation>
        </message>
        <message>
            <source>cycles per step of the signal</source>
            <translation>訊號每步的週期數</translation>
        </message>
        <message>
            <source>values held out at the end as the test span</source>
            <translation>末尾留作測試段的值的個數</translation>
        </message>
        <message>
            <source>Adam's learning rate</source>
            <translation>Adam 的學習率</translation>
        </message>
        <message>
            <source>windows per mini-batch</source>
            <translation>每個小批次的視窗數</translation>
        </message>
        <message>
            <source>clip the gradient's norm to this (0: no clipping)</source>
            <translation>把梯度的範數裁剪到這個值（0：不裁剪）</translation>
        </message>
        <message>
            <source>Forecast a signal with an LSTM layer and a Dense(1) head: make the signal, train on sliding windows, then forecast the test span one step ahead and rolling (each prediction fed back), against the last-value baseline and a linear AR(W) model fitted by least squares to the same training windows. The same settings give the same figures as the lesson window.</source>
            <extracomment>The whole-number flags' ranges.</extracomment>
            <translation>用一個 LSTM 層和一個 Dense(1) 輸出層預測訊號：生成訊號，在滑動視窗上訓練，然後對測試段做單步預測和滾動預測（每個預測再作為輸入送回），並與末值基線以及在相同訓練視窗上用最小二乘擬合的線性 AR(W) 模型比較。相同的設定給出與課程視窗相同的數字。</translation>
        </message>
        <message>
            <source>the signal to forecast (default {default})</source>
            <translation>要預測的訊號（預設 {default}）</translation>
        </message>
        <message>
            <source>forecast the series in this one-column CSV file instead of a signal</source>
            <translation>預測這個單列 CSV 檔案中的序列，而不是生成的訊號</translation>
        </message>
        <message>
            <source>{words}, {low} to {high} (default {default})</source>
            <translation>{words}，{low} 到 {high}（預設 {default}）</translation>
        </message>
        <message>
            <source>print JSON instead of text</source>
            <translation>輸出 JSON 而不是文本</translation>
        </message>
        <message>
            <source>--{flag} must be a finite number, not {value}</source>
            <translation>--{flag} 必須是有限的數，而不是 {value}</translation>
        </message>
        <message>
            <source>--{flag} must be from {low} to {high}, not {value}</source>
            <translation>--{flag} 必須在 {low} 到 {high} 之間，而不是 {value}</translation>
        </message>
        <message>
            <source>{source}: {values} values, window {window}, LSTM({hidden}) + Dense(1) = {weights} weights, {windows} training windows, {test} test values</source>
            <translation>{source}：{values} 個值，視窗 {window}，LSTM({hidden}) + Dense(1) = {weights} 個權重，{windows} 個訓練視窗，{test} 個測試值</translation>
        </message>
        <message>
            <source>epoch   train loss    test loss   (MSE of z-scored values)</source>
            <translation>   輪       訓練損失       測試損失  （z 分數標準化後的 MSE）</translation>
        </message>
        <message>
            <source>one-step forecast</source>
            <translation>單步預測</translation>
        </message>
        <message>
            <source>rolling forecast</source>
            <translation>滾動預測</translation>
        </message>
        <message>
            <source>last-value baseline</source>
            <translation>末值基線</translation>
        </message>
        <message>
            <source>AR({window}) one-step</source>
            <translation>AR({window}) 單步</translation>
        </message>
        <message>
            <source>AR({window}) rolling</source>
            <translation>AR({window}) 滾動</translation>
        </message>
        <message>
            <source>Test MSE over the last {count} values (in the signal's units):</source>
            <translation>最後 {count} 個值上的測試 MSE（以訊號自身的單位計）：</translation>
        </message>
        <message>
            <source>AR({window}) is a linear model of the same {window} values, fitted by least squares to the training windows.</source>
            <translation>AR({window}) 是同樣 {window} 個值的線性模型，在訓練視窗上用最小二乘擬合。</translation>
        </message>
        <message>
            <source>{prog}: error: {problem}</source>
            <translation>{prog}：錯誤：{problem}</translation>
        </message>
    </context>
    <context>
        <name>ForecastDataPanel</name>
        <message>
            <source>Frequency</source>
            <translation>頻率</translation>
        </message>
        <message>
            <source>Cycles per step: 0.02 is one period every 50 values</source>
            <translation>每步的週期數：0.02 表示每 50 個值一個週期</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>長度</translation>
        </message>
        <message>
            <source>How many values the series has</source>
            <translation>序列有多少個值</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>噪聲</translation>
        </message>
        <message>
            <source>Standard deviation of random noise added to every value</source>
            <translation>加到每個值上的隨機噪聲的標準差</translation>
        </message>
        <message>
            <source>Window W</source>
            <translation>視窗 W</translation>
        </message>
        <message>
            <source>How many values the model reads before each prediction</source>
            <translation>模型每次預測前讀取多少個值</translation>
        </message>
        <message>
            <source>Test span</source>
            <translation>測試段</translation>
        </message>
        <message>
            <source>The last values, held out to test the forecasts</source>
            <translation>最後的這些值，留出來檢驗預測</translation>
        </message>
        <message>
            <source>The series</source>
            <translation>序列</translation>
        </message>
        <message>
            <source>The signal to forecast</source>
            <translation>要預測的訊號</translation>
        </message>
        <message>
            <source>Load CSV…</source>
            <translation>載入 CSV…</translation>
        </message>
        <message>
            <source>Use your own series: a CSV file with one column of numbers (a header line is allowed)</source>
            <translation>使用你自己的序列：一個只有一列數字的 CSV 檔案（允許有一行表頭）</translation>
        </message>
        <message>
            <source>Windows and test span</source>
            <translation>視窗和測試段</translation>
        </message>
        <message>
            <source>One training example</source>
            <translation>一個訓練樣例</translation>
        </message>
        <message>
            <source>Window shown</source>
            <translation>顯示的視窗</translation>
        </message>
        <message>
            <source>Which window the plots highlight and the model's inside shows</source>
            <translation>圖中高亮、“模型內部”中顯示的是哪個視窗</translation>
        </message>
        <message>
            <source>Your series: {name}</source>
            <translation>你的序列：{name}</translation>
        </message>
        <message>
            <source>{training} training windows, {test} test windows (series of {values} values)</source>
            <translation>{training} 個訓練視窗，{test} 個測試視窗（序列共 {values} 個值）</translation>
        </message>
        <message>
            <source>Normalised with the training part's mean and std: z = (x {mean}) / {std}</source>
            <translation>用訓練部分的均值和標準差歸一化：z = (x {mean}) / {std}</translation>
        </message>
        <message>
            <source>xs = x({start}) … x({last}) → y = x({target}), a test example</source>
            <translation>xs = x({start}) … x({last}) → y = x({target})，一個測試樣例</translation>
        </message>
        <message>
            <source>xs = x({start}) … x({last}) → y = x({target}), a training example</source>
            <translation>xs = x({start}) … x({last}) → y = x({target})，一個訓練樣例</translation>
        </message>
    </context>
    <context>
        <name>ForecastExport</name>
        <message>
            <source>"{framework}" is not a framework LSTM Lab writes</source>
            <extracomment>The default title of a lesson without one. Values of a teacher's series per line of the script. Each signal as the app makes it (engine/forecast.py), n = 0, …, LENGTH − 1.</extracomment>
            <translation>LSTM Lab 不會寫出“{framework}”框架的程式碼</translation>
        </message>
    </context>
    <context>
        <name>ForecastModel</name>
        <message>
            <source>Forecast a sine wave</source>
            <translation>預測正弦波</translation>
        </message>
        <message>
            <source>Ready: press Train.</source>
            <extracomment>The lesson computes in float64, so that a script written out with plain NumPy (or PyTorch in float64) repeats its training to rounding, not only to float32's seven digits. Seeds of the three random streams, each drawn from default_rng([seed, stream]): the signal's noise, the initial weights, the order of the windows in each epoch.</extracomment>
            <translation>就緒：請按“訓練”。</translation>
        </message>
        <message>
            <source>this window shows forecasting lessons, not {kind}</source>
            <translation>這個視窗顯示預測課程，而不是 {kind}</translation>
        </message>
        <message>
            <source>Training stopped: {problem}</source>
            <translation>訓練已停止：{problem}</translation>
        </message>
        <message>
            <source>epoch {epoch}: training MSE {train}, test MSE {test}</source>
            <translation>第 {epoch} 輪：訓練 MSE {train}，測試 MSE {test}</translation>
        </message>
        <message>
            <source>The loss grew without bound at {last}. Lower the learning rate, then Reset.</source>
            <translation>損失在 {last} 時無限增大。請降低學習率，然後重置。</translation>
        </message>
        <message>
            <source>Training — {last}</source>
            <translation>訓練中——{last}</translation>
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
            <extracomment>The views of the forecast window, as lesson files name them. The signals by name, with the words the window shows (translated where shown, in the context "ForecastOptions").</extracomment>
            <translation>正弦波</translation>
        </message>
        <message>
            <source>Sum of two sines</source>
            <translation>兩個正弦波之和</translation>
        </message>
        <message>
            <source>Sawtooth</source>
            <translation>鋸齒波</translation>
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
            <source>"options" {name} must be a number, not {value}</source>
            <extracomment>A teacher's series: at most this many values (an epoch of 20,000 windows takes seconds). A series value is 0 or at least this large: smaller ones (denormal numbers among them) cannot be drawn on an axis (its tick spacing would be 0). ... and at most this large. A CSV file larger than this is refused before it is read. Options that change the data (step 1), and those that change the model (step 2).</extracomment>
            <translation>"options" {name} 必須是數字，而不是 {value}</translation>
        </message>
        <message>
            <source>"options" {name} must be from {low} to {high}</source>
            <translation>"options" {name} 必須在 {low} 到 {high} 之間</translation>
        </message>
        <message>
            <source>"options" {name} must be a finite number</source>
            <translation>"options" {name} 必須是有限的數</translation>
        </message>
        <message>
            <source>"options" {name} must be a whole number, not {value}</source>
            <translation>"options" {name} 必須是整數，而不是 {value}</translation>
        </message>
        <message>
            <source>"options" {name} must be from {low} to {high}, not {value}</source>
            <translation>"options" {name} 必須在 {low} 到 {high} 之間，而不是 {value}</translation>
        </message>
        <message>
            <source>"options" must be a set of named settings</source>
            <translation>"options" 必須是一組有名稱的設定</translation>
        </message>
        <message>
            <source>"options" has an unknown name {name} (known: {known})</source>
            <translation>"options" 含有未知的名稱 {name}（已知的：{known}）</translation>
        </message>
        <message>
            <source>"options" signal must be one of {signals}, not {value}</source>
            <translation>"options" signal 必須是 {signals} 之一，而不是 {value}</translation>
        </message>
        <message>
            <source>"options" series must be a list of numbers when the signal is csv</source>
            <translation>"options" series 在訊號為 csv 時必須是數字列表</translation>
        </message>
        <message>
            <source>"options" series has {count} values; at most {most}</source>
            <translation>"options" series 有 {count} 個值；最多隻能有 {most} 個</translation>
        </message>
        <message>
            <source>"options" series value {number} must be a number</source>
            <translation>"options" series 的第 {number} 個值必須是數字</translation>
        </message>
        <message>
            <source>"options" series value {number} must be a finite number</source>
            <translation>"options" series 的第 {number} 個值必須是有限的數</translation>
        </message>
        <message>
            <source>"options" series value {number}</source>
            <translation>"options" series 的第 {number} 個值</translation>
        </message>
        <message>
            <source>"options" series_name must be a text of at most 200 characters</source>
            <translation>"options" series_name 必須是不超過 200 個字元的文本</translation>
        </message>
        <message>
            <source>"options" {name} is only for the signal csv, not {signal}</source>
            <translation>"options" {name} 只用於訊號 csv，不用於 {signal}</translation>
        </message>
        <message>
            <source>the series has {count} values: too few for a test span of {test_size} and windows of {window} (at least {needed} are needed)</source>
            <translation>序列有 {count} 個值：對於長度 {test_size} 的測試段和長度 {window} 的視窗來說太少了（至少需要 {needed} 個）</translation>
        </message>
        <message>
            <source>a text file of numbers</source>
            <translation>數字文本檔案</translation>
        </message>
        <message>
            <source>{file}: the file holds {count} values; at most {most} can be used</source>
            <translation>{file}: 檔案有 {count} 個值；最多隻能使用 {most} 個</translation>
        </message>
        <message>
            <source>{file}: its values must lie within ±{bound}</source>
            <translation>{file}: 它的值必須在 ±{bound} 之內</translation>
        </message>
        <message>
            <source>value {number}</source>
            <translation>第 {number} 個值</translation>
        </message>
        <message>
            <source>{where} is too small to draw ({value}): use 0 or a number of at least {least} (scale the whole series up)</source>
            <translation>{where}太小，無法繪製（{value}）：請用 0 或不小於 {least} 的數（把整個序列放大）</translation>
        </message>
    </context>
    <context>
        <name>ForecastPlot</name>
        <message>
            <source>One-step: each prediction from the W true values before it. Rolling: each prediction fed back as the next input, so errors pile up. Last value: the baseline that predicts each value by the one before it. AR(W): the linear baseline, a weighted sum of the same W values plus a constant, fitted by least squares to the training windows (one-step and rolling, like the LSTM's). Click a point to see its window inside the model.</source>
            <extracomment>The lines whose markers stand at every value (the rest: thinned, `lines.marker_index`). The axes' numbers at 1× text, in points. The forecasts that need no training, drawn from the start. The LSTM's forecasts, drawn once it is trained.</extracomment>
            <translation>單步：每個預測都來自它之前的 W 個真實值。滾動：每個預測作為下一個輸入送回，所以誤差會累積。末值：用前一個值預測每個值的基線。AR(W)：線性基線，即同樣 W 個值的加權和再加一個常數，在訓練視窗上用最小二乘擬合（和 LSTM 一樣有單步和滾動兩種）。點選一個點，可在“模型內部”中檢視它的視窗。</translation>
        </message>
        <message>
            <source>time step</source>
            <translation>時間步</translation>
        </message>
        <message>
            <source>steps ahead into the test span</source>
            <translation>進入測試段的步數</translation>
        </message>
        <message>
            <source>Press Train: the model's forecasts appear here.</source>
            <extracomment>The thinned markers of the LSTM's forecasts.</extracomment>
            <translation>請按“訓練”：模型的預測會顯示在這裡。</translation>
        </message>
        <message>
            <source>truth</source>
            <translation>真實值</translation>
        </message>
        <message>
            <source>one-step</source>
            <translation>單步</translation>
        </message>
        <message>
            <source>rolling</source>
            <translation>滾動</translation>
        </message>
        <message>
            <source>last value</source>
            <translation>末值</translation>
        </message>
        <message>
            <source>AR({window}) one-step</source>
            <translation>AR({window}) 單步</translation>
        </message>
        <message>
            <source>AR({window}) rolling</source>
            <translation>AR({window}) 滾動</translation>
        </message>
        <message>
            <source>{name} (MSE {mse})</source>
            <translation>{name}（MSE {mse}）</translation>
        </message>
        <message>
            <source>Forecasts over the test span</source>
            <translation>測試段上的預測</translation>
        </message>
        <message>
            <source>Test MSE: {errors}</source>
            <translation>測試 MSE：{errors}</translation>
        </message>
        <message>
            <source>|forecast − truth|</source>
            <translation>|預測 − 真實值|</translation>
        </message>
    </context>
    <context>
        <name>ForecastTable</name>
        <message>
            <source>Forecast errors</source>
            <extracomment>(row, the MSE keys of its one-step and rolling columns; None: the forecast has no such kind)</extracomment>
            <translation>預測誤差</translation>
        </message>
        <message>
            <source>one-step MSE</source>
            <translation>單步 MSE</translation>
        </message>
        <message>
            <source>rolling MSE</source>
            <translation>滾動 MSE</translation>
        </message>
        <message>
            <source>Mean squared error over the test span, in the series' own units. One-step: each forecast from the W true values before it. Rolling: each forecast fed back as the next input. The last value has no rolling forecast.</source>
            <translation>測試段上的均方誤差，以序列自身的單位計。單步：每個預測來自它之前的 W 個真實值。滾動：每個預測作為下一個輸入送回。末值沒有滾動預測。</translation>
        </message>
        <message>
            <source>What the errors say</source>
            <translation>誤差說明了什麼</translation>
        </message>
        <message>
            <source>{column} {value}</source>
            <translation>{column} {value}</translation>
        </message>
        <message>
            <source>not trained yet</source>
            <translation>尚未訓練</translation>
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
            <translation>AR({window})：ŷ(n) = c + a1·x(n−1) + … + a{window}·x(n−{window})，是最後 {window} 個值的線性函式，在訓練視窗上用最小二乘擬合。K 個正弦波之和滿足這樣一條有 2K 個滯後項的規則，所以在那裡 AR 除舍入誤差外是精確的。在沒有簡短線性規則成立的地方（噪聲、方波、鋸齒波），LSTM 有幫助嗎？比較各行。</translation>
        </message>
    </context>
    <context>
        <name>ForecastTrainingPanel</name>
        <message>
            <source>Train</source>
            <translation>訓練</translation>
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
            <translation>按下面的輪數訓練模型</translation>
        </message>
        <message>
            <source>Stop training; the weights trained so far stay</source>
            <translation>停止訓練；已訓練的權重保留</translation>
        </message>
        <message>
            <source>Start again from an untrained model (the seed's weights)</source>
            <translation>從一個未訓練的模型重新開始（由種子生成的權重）</translation>
        </message>
        <message>
            <source>Epochs per press of Train: each epoch sees every training window</source>
            <translation>每按一次“訓練”的輪數：每一輪都遍歷所有訓練視窗</translation>
        </message>
        <message>
            <source>Adam's step size</source>
            <translation>Adam 的步長</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>輪數</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>學習率</translation>
        </message>
        <message>
            <source>training MSE</source>
            <translation>訓練 MSE</translation>
        </message>
        <message>
            <source>test MSE</source>
            <translation>測試 MSE</translation>
        </message>
        <message>
            <source>Press Train to watch both errors fall.</source>
            <translation>請按“訓練”，觀察兩種誤差下降。</translation>
        </message>
        <message>
            <source>Mean squared error after each epoch, in the series' own units, on a log scale: the solid line on the training windows, the dashed one on the test windows the model never trains on.</source>
            <translation>每一輪之後的均方誤差，以序列自身的單位計，採用對數刻度：實線是訓練視窗上的誤差，虛線是模型從不用來訓練的測試視窗上的誤差。</translation>
        </message>
        <message>
            <source>Ready: press Train.</source>
            <translation>就緒：請按“訓練”。</translation>
        </message>
    </context>
    <context>
        <name>ForecastWindow</name>
        <message>
            <source>1 · Data</source>
            <extracomment>The pages of the centre: (key, tab title, window attribute holding the page); the titles are translated where the tabs are made.</extracomment>
            <translation>1 · 資料</translation>
        </message>
        <message>
            <source>2 · Model</source>
            <translation>2 · 模型</translation>
        </message>
        <message>
            <source>3 · Train and forecast</source>
            <translation>3 · 訓練與預測</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV 檔案 (*.csv *.txt);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Units n</source>
            <translation>單元數 n</translation>
        </message>
        <message>
            <source>How many LSTM units the layer has</source>
            <translation>這一層有多少個 LSTM 單元</translation>
        </message>
        <message>
            <source>This lesson as a PyTorch script (read-only; select and copy):</source>
            <translation>本課的 PyTorch 指令碼（只讀；可選中並複製）：</translation>
        </message>
        <message>
            <source>Save as script…</source>
            <translation>另存為指令碼…</translation>
        </message>
        <message>
            <source>Save this PyTorch script as a .py file that runs with python (File → Export as code… also writes a NumPy-only one)</source>
            <translation>把這個 PyTorch 指令碼儲存為可用 python 執行的 .py 檔案（“檔案 → 匯出為程式碼…”還能寫出只用 NumPy 的版本）</translation>
        </message>
        <message>
            <source>Save as script</source>
            <translation>另存為指令碼</translation>
        </message>
        <message>
            <source>Python script (*.py)</source>
            <translation>Python 指令碼 (*.py)</translation>
        </message>
        <message>
            <source>Load a series</source>
            <translation>載入序列</translation>
        </message>
        <message>
            <source>The series was not loaded</source>
            <translation>序列沒有載入</translation>
        </message>
    </context>
    <context>
        <name>LessonWindow</name>
        <message>
            <source>Train</source>
            <extracomment>The docks.</extracomment>
            <translation>訓練</translation>
        </message>
        <message>
            <source>Inside the model</source>
            <translation>模型內部</translation>
        </message>
        <message>
            <source>&amp;Train</source>
            <translation>訓練(&amp;T)</translation>
        </message>
        <message>
            <source>Load CSV series…</source>
            <translation>載入 CSV 序列…</translation>
        </message>
        <message>
            <source>Use your own series: one column of numbers, a header line allowed</source>
            <translation>使用你自己的序列：一列數字，允許有一行表頭</translation>
        </message>
        <message>
            <source>Train the model for the lesson's number of epochs</source>
            <translation>按本課的輪數訓練模型</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop training; the weights trained so far stay</source>
            <translation>停止訓練；已訓練的權重保留</translation>
        </message>
        <message>
            <source>New model</source>
            <translation>新模型</translation>
        </message>
        <message>
            <source>Start again from an untrained model</source>
            <translation>從一個未訓練的模型重新開始</translation>
        </message>
        <message>
            <source>Step 1: Data</source>
            <translation>第 1 步：資料</translation>
        </message>
        <message>
            <source>The series, its windows and the test span</source>
            <translation>序列、它的視窗和測試段</translation>
        </message>
        <message>
            <source>Step 2: Model</source>
            <translation>第 2 步：模型</translation>
        </message>
        <message>
            <source>LSTM(n) + Dense(1), its parameters and its PyTorch code</source>
            <translation>LSTM(n) + Dense(1)、它的引數和 PyTorch 程式碼</translation>
        </message>
        <message>
            <source>Step 3: Train and forecast</source>
            <translation>第 3 步：訓練與預測</translation>
        </message>
        <message>
            <source>The forecasts over the test span</source>
            <translation>測試段上的預測</translation>
        </message>
    </context>
    <context>
        <name>ModelDiagram</name>
        <message>
            <source>The model: an LSTM layer of H units reads the window one value at a time (D = 1 input); a Dense layer turns the last hidden state h(W) into the forecast ŷ. PyTorch keeps two bias vectors per LSTM, hence the + 2.</source>
            <extracomment>Space around the diagram and inside each block beside its words, in pixels.</extracomment>
            <translation>模型：一個有 H 個單元的 LSTM 層逐個讀取視窗中的值（D = 1 個輸入）；一個 Dense 層把最後的隱藏狀態 h(W) 變成預測值 ŷ。PyTorch 的每個 LSTM 有兩個偏置向量，所以要 + 2。</translation>
        </message>
        <message>
            <source>{total} parameters in all</source>
            <translation>共 {total} 個引數</translation>
        </message>
        <message>
            <source>next value</source>
            <translation>下一個值</translation>
        </message>
        <message>
            <source>{lstm} + {dense} = {total} parameters in all</source>
            <translation>共 {lstm} + {dense} = {total} 個引數</translation>
        </message>
    </context>
    <context>
        <name>SeriesPlot</name>
        <message>
            <source>Top: the series as it is. Bottom: the same series z-scored with the training part's mean and standard deviation, as the model sees it. The shaded part is the test span; the thick green stretch is one window xs and the orange dot the value y it must predict.</source>
            <translation>上：原始序列。下：用訓練部分的均值和標準差做 z 分數標準化後的同一序列，也就是模型看到的樣子。陰影部分是測試段；粗的綠色段是一個視窗 xs，橙色的點是它要預測的值 y。</translation>
        </message>
        <message>
            <source>time step</source>
            <translation>時間步</translation>
        </message>
        <message>
            <source>&lt;b&gt;Before:&lt;/b&gt; the series x(t) in its own units; shaded: the test span</source>
            <translation>&lt;b&gt;之前：&lt;/b&gt;以自身單位表示的序列 x(t)；陰影：測試段</translation>
        </message>
        <message>
            <source>&lt;b&gt;After:&lt;/b&gt; z(t) = (x(t) {mean}) / {std}, z-scored with the training part's mean and std, as the model sees it</source>
            <translation>&lt;b&gt;之後：&lt;/b&gt;z(t) = (x(t) {mean}) / {std}，用訓練部分的均值和標準差做 z 分數標準化，也就是模型看到的樣子</translation>
        </message>
    </context>
    <context>
        <name>UnitDetailPlot</name>
        <message>
            <source>forget gate f</source>
            <translation>遺忘門 f</translation>
        </message>
        <message>
            <source>input gate i</source>
            <translation>輸入門 i</translation>
        </message>
        <message>
            <source>output gate o</source>
            <translation>輸出門 o</translation>
        </message>
        <message>
            <source>cell state C</source>
            <translation>細胞狀態 C</translation>
        </message>
        <message>
            <source>The unit picked on the heatmap: how open its forget, input and output gates are (0 to 1) at each step of the window, and its cell state C.</source>
            <extracomment>Each line's dash pattern and marker, as in the single cell's time series.</extracomment>
            <translation>在熱圖上選中的單元：它的遺忘門、輸入門和輸出門在視窗每一步開得多大（0 到 1），以及它的細胞狀態 C。</translation>
        </message>
        <message>
            <source>step t of the window</source>
            <translation>視窗中的時間步 t</translation>
        </message>
        <message>
            <source>Unit {unit} over the window: {names}</source>
            <translation>單元 {unit} 在視窗上：{names}</translation>
        </message>
    </context>
    <context>
        <name>UnitHeatmap</name>
        <message>
            <source>Each row is one unit of the LSTM layer, each column one step of the window the model reads before its prediction. Orange: h near +1, blue: near −1. Click a row to see that unit's gates and cell state.</source>
            <translation>每一行是 LSTM 層的一個單元，每一列是模型預測前讀取的視窗中的一步。橙色：h 接近 +1，藍色：接近 −1。點選一行，檢視該單元的門和細胞狀態。</translation>
        </message>
        <message>
            <source>step t of the window</source>
            <translation>視窗中的時間步 t</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>單元</translation>
        </message>
        <message>
            <source>h(t) of the {units} units over the window x({start}) … x({last}); the model predicts ŷ = {prediction}, the true x({target}) = {truth}. Blue −{level} … orange +{level}. Click a unit.</source>
            <translation>{units} 個單元在視窗 x({start}) … x({last}) 上的 h(t)；模型預測 ŷ = {prediction}，真實值 x({target}) = {truth}。藍色 −{level} … 橙色 +{level}。點選一個單元。</translation>
        </message>
    </context>
</TS>

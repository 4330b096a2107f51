"""The kind "memory": an LSTM and a GRU keep a word for 100 steps where a plain RNN loses it."""

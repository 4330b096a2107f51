"""LSTM Lab: an offline glass-box simulation of one LSTM cell."""

__version__ = "0.1.0"

"""A small lesson kind kept outside the app, to prove that a kind is one folder: a tally of
pulses in a sequence."""

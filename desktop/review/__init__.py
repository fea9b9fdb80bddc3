"""Review mode: comparing annotators' layers and recording decisions."""

"""Earlier fact-checks: importing archives of them, and matching claims against them."""

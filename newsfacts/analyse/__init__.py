"""Per-article analysis stages: one module per stage, each a pure function over a batch of articles."""

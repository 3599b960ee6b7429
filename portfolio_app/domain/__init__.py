"""Plain data and the value model: no Qt, no SQL."""

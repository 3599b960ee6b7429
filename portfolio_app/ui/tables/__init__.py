"""Table models, column descriptions and the list pages built on them."""

"""Rule families of the recognition grammar, one module each; ``timeline.temporal.grammar`` orders them."""

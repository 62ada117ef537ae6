# Diagnostics of `validate` and the engine.

"""Redis: every key in one module (keys), the per-phone lock, conversation
records, and the embedded server for local runs. The connection is always passed in."""

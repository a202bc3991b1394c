"""Redis: every key in one module (keys), the per-phone lock, Lua scripts sent by
SHA (scripts), conversation records, and the embedded server for local runs. The
connection is always passed in."""

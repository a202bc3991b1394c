"""The anonymous tip line: the conversation handler that drives the flow engine
(flows/) one step per text, idle drafts filed as partial tips, the tip records
and threads, and how a tip reads on an officer's phone. It publishes TipFiled,
TipUrgent and TipsterFollowUp (bot.events) and imports no other feature."""

"""Community alerts: schemes people join by text, subscribers indexed by place
(Redis GEO), officers' ALERT/SEND/STATUS/HALT verbs, and the throttled fan-out."""

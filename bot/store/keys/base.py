"""The prefix every key of the app starts with, and how long the records of sent texts live."""

PREFIX = "tl:"

# How long the records of texts we sent are kept: outbound records, MessageSid ->
# record, delivery statuses, and alerts with their recipients and tallies. One value
# on purpose: a late status callback walks message_status -> message_owner ->
# outbound -> alert_results, and a link that expired earlier would break the chain.
# Long enough for any late report and for STATUS weeks later. A constant, not a
# setting: no deployment has needed another value (make it one in bot/config.py
# if one does; it is read only through this name).
DELIVERY_RECORD_TTL_S = 30 * 24 * 3600

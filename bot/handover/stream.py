"""Names shared by Rasa's event broker configuration (bot.runtime.rasa_endpoints)
and the web app that consumes it (bot.web.live.feed)."""

# Rasa's Pika broker publishes to this fanout exchange and declares its queue
# (RASA_EVENT_QUEUE) on it; the web app consumes the queue.
LIVE_EXCHANGE = "kca-conversations"

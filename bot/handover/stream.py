"""Names shared by Rasa's event broker configuration (bot.runtime.rasa_endpoints)
and the web app that consumes it (bot.web.live.feed)."""

# Rasa's Pika broker publishes to this fanout exchange and declares this durable
# queue on it; the web app consumes the queue.
LIVE_EXCHANGE = "kca-conversations"
LIVE_QUEUE = "kca_live_events"

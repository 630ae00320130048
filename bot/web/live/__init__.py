"""The live hand-over in the web app (issue 17): the hub that connects visitors'
sockets with staff watching them, the feed of conversation events (Rasa's event
broker, or the tracker store read at an interval), and the hand-over itself."""

"""Live hand-over: a staff member takes a visitor's chat over from the assistant
and hands it back (issue 17). Pure rules here; Rasa's side in
bot.rasa_ext.handover_channel, the web app's in bot.web.live."""

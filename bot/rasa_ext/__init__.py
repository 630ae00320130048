"""Extensions of Rasa's own components (registered graph components)."""

"""The framing coder's parts: who acts (`agents`), polarity and modality (`polarity`), and the coder (`coder`)."""

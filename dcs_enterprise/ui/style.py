"""The look: a calm sidebar, readable page titles. Fusion style so every platform looks alike."""

STYLE_SHEET = """
QListWidget#sidebar { background: #1f3b57; color: #ffffff; border: none; font-size: 14px; }
QListWidget#sidebar::item { padding: 10px 14px; }
QListWidget#sidebar::item:selected { background: #2f6690; color: #ffffff; }
QLabel#pageTitle { font-size: 20px; font-weight: 600; color: #1f3b57; padding: 6px 0 10px 0; }
QLabel.source { color: #6b7280; font-size: 11px; }
"""

"""The frame of the full-window pages (create, recovery code, unlock): a centred card of limited width."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QVBoxLayout, QWidget

CARD_WIDTH = 560


def centered_card(page: QWidget, content: QLayout) -> QFrame:
    card = QFrame(page)
    card.setObjectName("card")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setLayout(content)
    card.setMaximumWidth(CARD_WIDTH)
    card.setMinimumWidth(CARD_WIDTH // 2)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 3)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return card

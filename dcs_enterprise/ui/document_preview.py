"""The preview of a printed document: rendered off the GUI thread, shown page by page, saved
as PDF or printed. A draft may be issued with a number from its series from here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .errors import show_error
from .workers import Task

translate = QCoreApplication.translate
# render(numbered, on_page) -> (PDF bytes, its number line or ""); runs in the worker thread.
Render = Callable[[bool, Callable[[int], None]], tuple[bytes, str]]


class DocumentPreview(QMainWindow):
    def __init__(self, title: str, file_name: str, render: Render, *,
                 can_number: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.file_name, self._render = file_name, render
        self.pdf_bytes = b""
        self._busy = False
        self._task: Task | None = None
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # pages are counted as they are laid out
        self.save_button = QPushButton(translate("DocumentPreview", "Save as PDF…"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(translate("DocumentPreview", "Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.number_button = QPushButton(translate("DocumentPreview", "Issue with a number"))
        self.number_button.setObjectName("issueNumber")
        self.number_button.setToolTip(translate(
            "DocumentPreview", "Takes the next number of this document's series for the year "
            "(Decree 30/2020 Art 15): it is recorded and never reused."))
        self.number_button.setVisible(can_number)
        self.number_button.clicked.connect(self.issue_number)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.progress)
        for button in (self.number_button, self.save_button, self.print_button):
            bar.addWidget(button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.start(numbered=False)

    def start(self, numbered: bool) -> Task:
        """Renders in the background; the window stays responsive meanwhile."""
        for button in (self.save_button, self.print_button, self.number_button):
            button.setEnabled(False)
        self._busy = True
        self.progress.show()
        self.status.setText(translate("DocumentPreview", "Preparing the document…"))
        render = self._render
        self._task = Task(lambda progress: render(numbered, lambda page: progress(page, 0)))
        self._task.signals.progress.connect(self._on_page)
        self._task.signals.finished.connect(lambda result: self._show(*result, numbered))
        self._task.signals.failed.connect(self._on_failed)
        self._task.start()
        return self._task

    def is_busy(self) -> bool:
        return self._busy

    def _on_page(self, page: int, _total: int) -> None:
        self.status.setText(translate("DocumentPreview", "Laying out page {page}…")
                            .format(page=page))

    def _show(self, data: bytes, number_line: str, numbered: bool) -> None:
        self._busy = False
        self.pdf_bytes = data
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.progress.hide()
        status = translate("DocumentPreview", "{pages} pages").format(
            pages=self.document.pageCount())
        if numbered:
            status += " · " + translate("DocumentPreview", "issued as {number}").format(
                number=number_line)
        self.status.setText(status)
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.number_button.setEnabled(not numbered)

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        self.progress.hide()
        self.status.setText(translate("DocumentPreview", "The document could not be prepared."))
        has_draft = bool(self.pdf_bytes)  # what was shown before stays usable
        self.save_button.setEnabled(has_draft)
        self.print_button.setEnabled(has_draft)
        self.number_button.setEnabled(has_draft)
        show_error(self, error)

    def issue_number(self) -> None:
        answer = QMessageBox.question(self, translate("DocumentPreview", "Issue with a number"),
                                      translate("DocumentPreview",
                                                "Give this document the next number of its "
                                                "series? The number cannot be taken back."))
        if answer == QMessageBox.StandardButton.Yes:
            self.start(numbered=True)

    def save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("DocumentPreview", "Save as PDF"), self.file_name,
            translate("DocumentPreview", "PDF document (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        try:
            path.write_bytes(self.pdf_bytes)
        except OSError as error:
            QMessageBox.warning(self, translate("DocumentPreview", "Cannot save"),
                                translate("DocumentPreview", "The file {path} could not be "
                                          "written: {reason}").format(path=path,
                                                                      reason=error.strerror))

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer) -> None:
        """Each page rendered at the printer's resolution, scaled to its page."""
        painter = QPainter(printer)
        try:
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                size = self.document.pagePointSize(page)
                scale = min(target.width() / size.width(), target.height() / size.height())
                image = self.document.render(page, QSize(int(size.width() * scale),
                                                         int(size.height() * scale)))
                painter.drawImage(0, 0, image)
        finally:
            painter.end()

"""ReportLab renderers: read models in, PDF bytes out, in the Decree 30/2020 layout.

Public API: frame.render_document (the renderer base), roster.render_roster,
settings_sheet.render_settings_sheet, catalog.CATALOG / catalog.document_kind. Nothing is
imported here, so importing a submodule does not pull in the others (ReportLab's platypus takes
about 0.2 s to import).
"""

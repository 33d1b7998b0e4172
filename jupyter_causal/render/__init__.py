"""Analysis -> what the user sees: the ipywidgets panel (panel, editor) and widget-free reports (report)."""

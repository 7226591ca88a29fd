visible = 1
also_visible = 2
_hidden = 3
__dunder_hidden = 4

vals = [0, 7, -7, 1234567, 3.5, -0.001, 1e21, True]
specs = ['', '>8', '<8', '^8', '08', '+', ' ', ',', '_', 'x', 'o', 'b', 'e', '.2e', 'f', '.1f', 'g', '.3g', '%', 'n', '#x', '=+10', '*^10', '010,']
for s in specs:
    row = []
    for v in vals:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append('VE:' + str(e))
    print(repr(s).ljust(7), row)

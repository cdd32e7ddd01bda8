def key(item):
    return item["rank"]

rows = [{"rank": 2}, {"name": "x"}]
print(sorted(rows, key=key))

print("impfix.raises body runs")
raise ValueError("boom in module body")

class Config:
    name = "cfg"
    size = len(name) + missing_name

print("not reached")

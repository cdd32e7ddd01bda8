class ConfigError(Exception):
    pass

def load(name):
    if not name:
        raise ConfigError("empty name")
    return name

print(load("ok"))
load("")

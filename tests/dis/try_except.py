def risky(d, k):
    try:
        v = d[k]
    except KeyError as e:
        print("missing", e)
        v = None
    except (TypeError, ValueError):
        raise
    except Exception:
        raise RuntimeError("bad") from None
    else:
        print("found")
    finally:
        print("done")
    return v

try:
    risky({}, 1)
except:
    pass

# A coroutine dropped before it ran is reported on stderr; one closed is not.
async def forgotten():
    print("never printed")

async def closed():
    print("never printed either")

forgotten()
c = closed()
c.close()
print("done")

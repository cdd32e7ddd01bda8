# binascii's hex conversions and crc32; bytes.hex separators and bytes.fromhex.
import binascii
print(binascii.hexlify(b'abc'), binascii.unhexlify(b'616263'), binascii.unhexlify('616263'), binascii.crc32(b'hello'), binascii.b2a_hex(b'\x01'), binascii.a2b_hex('01'), binascii.hexlify(b'abc', '-'))
for f in [lambda: binascii.unhexlify('6'), lambda: binascii.unhexlify('zz'), lambda: binascii.hexlify('s'), lambda: binascii.unhexlify('é')]:
    try: f()
    except Exception as e: print(type(e).__name__, type(e).__module__, e, isinstance(e, ValueError))
print(b'abcde'.hex(':', 2), b'abcde'.hex(':', -2), b'abcde'.hex(b'-'), b''.hex(':'), b'\x01\xff'.hex())
for f in [lambda: b'a'.hex('::'), lambda: b'a'.hex(1), lambda: b'a'.hex('é'), lambda: bytes.fromhex('0a ff'), lambda: bytes.fromhex('0'), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex(' 0a\t\nff '), lambda: bytes.fromhex(b'0a'), lambda: bytes.fromhex('0 a'), lambda: bytes.fromhex('é')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

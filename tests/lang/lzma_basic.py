# lzma: fixed blobs from CPython decompressed, round trips (one-shot, streamed,
# max_length, FORMAT_ALONE, presets), integrity check ids, multi-stream input,
# trailing garbage, and each error as CPython raises it.  Compressed bytes
# may differ between liblzma versions: only headers and round trips are shown.
import lzma
XZ_BLOB = b'\xfd7zXZ\x00\x00\x04\xe6\xd6\xb4F\x02\x00!\x01\x16\x00\x00\x00t/\xe5\xa3\xe0\x01\xcb\x00 ]\x003\x9aI\xd7E\xd8z\xd8s\x93\x85\xa1L9\x9b\xf4\x83d\xbd|\xcfq\xdf\x9c=f\xbb\xa0X\xaa\x00\x00\x00\xb2\xb1T3p\xc1\xcab\x00\x01<\xcc\x03\x00\x00\x00?\xb9\xbd\x8e\xb1\xc4g\xfb\x02\x00\x00\x00\x00\x04YZ'
ALONE_BLOB = b']\x00\x00\x80\x00\xff\xff\xff\xff\xff\xff\xff\xff\x000\x9b\nC$\xc8\xb5\xf7:\x9fz\x818\xfci\xa9\xe7\xff\xff\xd8\n\x80\x00'
print(lzma.decompress(XZ_BLOB) == b'gilkit lzma fixed blob\n' * 20)
print(lzma.decompress(ALONE_BLOB), lzma.decompress(ALONE_BLOB, lzma.FORMAT_ALONE) == lzma.decompress(ALONE_BLOB))
print([(n, getattr(lzma, n)) for n in ['FORMAT_AUTO', 'FORMAT_XZ', 'FORMAT_ALONE', 'FORMAT_RAW', 'CHECK_NONE', 'CHECK_CRC32',
       'CHECK_CRC64', 'CHECK_SHA256', 'CHECK_ID_MAX', 'CHECK_UNKNOWN', 'PRESET_DEFAULT', 'PRESET_EXTREME']])
print([c for c in range(-1, 18) if lzma.is_check_supported(c)], issubclass(lzma.LZMAError, Exception))
data = bytes(range(256)) * 2000 + b'end'
for kw in [{}, {'preset': 0}, {'preset': 9 | lzma.PRESET_EXTREME}, {'format': lzma.FORMAT_ALONE, 'preset': 1}]:
    z = lzma.compress(data, **kw)
    print(kw, z[:6] if 'format' not in kw else z[:1], lzma.decompress(z) == data)
for check in [-1, lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256]:
    d = lzma.LZMADecompressor()
    print(check, d.check, len(d.decompress(lzma.compress(b'abc', check=check))), d.check, d.eof, d.needs_input)
d = lzma.LZMADecompressor(lzma.FORMAT_ALONE); print(d.check, d.decompress(ALONE_BLOB)[:10], d.check)
d = lzma.LZMADecompressor(lzma.FORMAT_XZ, memlimit=1 << 30); print(len(d.decompress(XZ_BLOB)), d.eof)
c = lzma.LZMACompressor()
z = b''.join([c.compress(data[i:i+7000]) for i in range(0, len(data), 7000)]) + c.flush()
print(z[:6], z[-2:], lzma.decompress(z) == data)
d = lzma.LZMADecompressor()
out = [d.decompress(z[:5000], 10000)]
print(len(out[0]), d.needs_input)
out.append(d.decompress(z[5000:], 10000))
while not d.eof:
    assert len(out[-1]) == 10000 and not d.needs_input
    out.append(d.decompress(b'', 10000))
print(b''.join(out) == data, len(out), d.needs_input, d.unused_data)
d = lzma.LZMADecompressor(); print(d.decompress(lzma.compress(b'hi') + b'zz'), d.eof, d.unused_data, d.needs_input)
print(lzma.decompress(lzma.compress(b'a') + lzma.compress(b'b', format=lzma.FORMAT_ALONE) + lzma.compress(b'c')))
print(lzma.decompress(lzma.compress(b'a') + b'junk'), lzma.decompress(bytearray(XZ_BLOB))[:6], lzma.compress(memoryview(b''))[:6])
c = lzma.LZMACompressor(); c.compress(b'a'); c.flush()
d = lzma.LZMADecompressor(); d.decompress(XZ_BLOB)
bads = [lambda: lzma.decompress(b'not an xz stream at all'), lambda: lzma.decompress(XZ_BLOB[:-10]),
        lambda: lzma.decompress(XZ_BLOB[:40] + b'\x00' * 10 + XZ_BLOB[50:]), lambda: lzma.decompress(b''),
        lambda: lzma.decompress(ALONE_BLOB, lzma.FORMAT_XZ), lambda: lzma.decompress(XZ_BLOB, memlimit=1000),
        lambda: lzma.compress('s'), lambda: lzma.compress(b'x', preset=10), lambda: lzma.compress(b'x', format=lzma.FORMAT_ALONE, preset=10),
        lambda: lzma.compress(b'x', preset=-1), lambda: lzma.compress(b'x', check=3), lambda: lzma.compress(b'x', format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32),
        lambda: lzma.compress(b'x', format=lzma.FORMAT_AUTO), lambda: lzma.compress(b'x', format=lzma.FORMAT_RAW),
        lambda: lzma.compress(b'x', preset=1, filters=[{'id': 33}]),
        lambda: lzma.LZMADecompressor(format=9), lambda: lzma.LZMADecompressor(lzma.FORMAT_RAW),
        lambda: lzma.LZMADecompressor(lzma.FORMAT_RAW, memlimit=5), lambda: lzma.LZMADecompressor(filters=[]),
        lambda: lzma.LZMADecompressor(memlimit=-1),
        lambda: c.compress(b'a'), lambda: c.flush(), lambda: d.decompress(b'x')]
for bad in bads:
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)

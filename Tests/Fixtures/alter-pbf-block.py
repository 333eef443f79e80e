"""Alters one byte inside the first OSMData block of a PBF: inflate, change, deflate, fix the sizes.

    python3 alter-pbf-block.py IN.osm.pbf OUT.osm.pbf OFFSET XOR
"""
import struct, sys, zlib

def varint(b, i):
    v = s = 0
    while True:
        c = b[i]; i += 1; v |= (c & 0x7F) << s; s += 7
        if c < 0x80: return v, i

def enc_varint(v):
    out = bytearray()
    while True:
        c = v & 0x7F; v >>= 7
        if v: out.append(c | 0x80)
        else: out.append(c); return bytes(out)

def fields(b):
    i = 0
    while i < len(b):
        key, i = varint(b, i); f, t = key >> 3, key & 7
        if t == 0: v, i = varint(b, i)
        elif t == 2: n, i = varint(b, i); v = b[i:i + n]; i += n
        else: raise ValueError(t)
        yield f, t, v

def message(fs):
    out = bytearray()
    for f, t, v in fs:
        out += enc_varint(f << 3 | t)
        out += enc_varint(v) if t == 0 else enc_varint(len(v)) + v
    return bytes(out)

src, dst, offset, xor = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4], 0)
data = open(src, 'rb').read(); out = bytearray(); i = 0; done = False
while i < len(data):
    n = struct.unpack('>I', data[i:i + 4])[0]; header = data[i + 4:i + 4 + n]; i += 4 + n
    hf = list(fields(header)); size = dict((f, v) for f, t, v in hf)[3]
    blob = data[i:i + size]; i += size
    if not done and dict((f, v) for f, t, v in hf)[1] == b'OSMData':
        bf = dict((f, v) for f, t, v in fields(blob)); raw = bytearray(zlib.decompress(bf[3]))
        at = offset % len(raw); raw[at] ^= xor; done = True
        blob = message([(2, 0, len(raw)), (3, 2, zlib.compress(bytes(raw)))])
        hf = [(f, t, len(blob) if f == 3 else v) for f, t, v in hf]
        header = message(hf)
    out += struct.pack('>I', len(header)) + header + blob
open(dst, 'wb').write(out)

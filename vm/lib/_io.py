"""_io for gilvm: python3's C half of io, here the concrete streams io
itself defines (in Python over gilvm's C files), under their python3 home."""

from io import (DEFAULT_BUFFER_SIZE, BufferedRandom, BufferedReader, BufferedWriter, BytesIO, FileIO,
                StringIO, TextIOWrapper, UnsupportedOperation, open)

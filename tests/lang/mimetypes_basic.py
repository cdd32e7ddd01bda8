# mimetypes: guess_type (suffixes, encodings, case, URLs, data: URLs, the
# strict flag), extensions back from types, add_type, and the tables read
# from mime.types files (a temporary one here)
import mimetypes
import os
import tempfile

db = mimetypes.MimeTypes()
names = ['a.txt', 'a.html', 'a.py', 'a.json', 'a.png', 'a.jpg', 'a.gz', 'a.tar.gz', 'a.csv',
         'a.xml', 'a.pdf', 'a.zip', 'a.tgz', 'a.tar.bz2', 'a.tar.xz', 'a.svgz', 'A.PNG', 'a.Txt',
         'a.txt.gz.bz2', 'a.unknownext', 'noext', '.bashrc', 'dir.d/file', 'a.rtf', 'a.mid', 'a.Z',
         'http://example.com/x/y.html', 'http://example.com/y.png?q=1', 'file:///tmp/a.pdf',
         'data:text/html;base64,PGI+', 'data:,hello', 'data:foo', 'DATA:image/png;x=1,abc',
         'data:a=b,xyz']
for name in names:
    print(name, db.guess_type(name), db.guess_type(name, strict=False))
for t in ['text/plain', 'text/html', 'image/jpeg', 'image/png', 'application/json', 'application/pdf',
          'application/zip', 'application/x-tar', 'text/x-python', 'TEXT/HTML', 'image/jpg',
          'audio/midi', 'no/such-type', 'application/x-netcdf']:
    print(t, db.guess_extension(t), db.guess_extension(t, strict=False),
          db.guess_all_extensions(t), db.guess_all_extensions(t, strict=False))

db.add_type('application/x-research', '.rsch')
db.add_type('application/x-research', '.rsh')
db.add_type('text/x-loose', '.lse', strict=False)
print(db.guess_type('data.rsch'), db.guess_all_extensions('application/x-research'))
print(db.guess_type('a.lse'), db.guess_type('a.lse', False), db.guess_extension('text/x-loose', False))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'mime.types')
    with open(path, 'w') as f:
        f.write('# a comment line\n\n'
                'application/x-gilkit   gk gkit   # trailing comment\n'
                'text/plain txt2\n'
                'image/png png\n'
                'application/x-empty\n')
    local = mimetypes.MimeTypes([path])
    print(local.guess_type('run.gk'), local.guess_type('run.GKIT'), local.guess_type('x.txt2'))
    print(local.guess_all_extensions('application/x-gilkit'), local.guess_all_extensions('text/plain'))
    print(local.guess_all_extensions('image/png'), local.guess_all_extensions('application/x-empty'))
    table = mimetypes.read_mime_types(path)
    print(sorted(table.items()))
    print(mimetypes.read_mime_types(os.path.join(tmp, 'missing')))
    loose = mimetypes.MimeTypes([path], strict=False)
    print(loose.guess_type('a.gk'), loose.guess_type('a.gk', strict=False))

    # The module's tables: the system's files first, then the one given.
    mimetypes.init([path])
    print(mimetypes.inited, mimetypes.guess_type('a.gk'), mimetypes.types_map['.gk'])
    for name in ['a.txt', 'a.html', 'a.py', 'a.json', 'a.png', 'a.jpg', 'a.gz', 'a.tar.gz',
                 'a.csv', 'a.pdf', 'a.zip']:
        print(name, mimetypes.guess_type(name))
    for t in ['text/plain', 'text/html', 'image/png', 'application/json', 'application/pdf',
              'application/zip', 'text/csv']:
        print(t, mimetypes.guess_extension(t))
    mimetypes.add_type('application/x-added', '.added')
    print(mimetypes.guess_type('f.added'), mimetypes.guess_extension('application/x-added'))
    print(mimetypes.encodings_map['.gz'], mimetypes.suffix_map['.tgz'], '.rtf' in mimetypes.common_types)
    print('/etc/mime.types' in mimetypes.knownfiles, sorted(mimetypes.__all__))

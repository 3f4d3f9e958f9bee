import os
HERE = os.path.dirname(os.path.abspath(__file__))
import sys, importlib, zipfile, xml.dom.minidom
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import extract_text
mods = [m for m in ['batch1', 'batch2', 'batch3', 'batch4'] if importlib.util.find_spec(m)]
for m in mods:
    for k, fn in importlib.import_module(m).BUILDERS.items():
        d = fn(); path = os.path.join(HERE, '..', 'resumes', f'{k}.docx'); d.save(path, cols=getattr(d, 'save_cols', 1), title='Resume', author='')
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            if n.endswith('.xml') or n.endswith('.rels'):
                xml.dom.minidom.parseString(z.read(n))
        txt = extract_text(path)
        pass  # the text copies for the labellers are not kept
        print(k, 'ok', len(txt.split()), 'words')

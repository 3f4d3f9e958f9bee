"""Rebuild all resumes: python3 gen/build.py [eNN ...]  (writes resumes/*.docx, converts to PDF, writes text/*.txt)"""
import os, sys, subprocess, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# The DOCX writer is written6's (eval/gold/written6/gen/docxlib.py), used as it is.
sys.path.insert(1, os.path.join(HERE, '..', '..', 'written6', 'gen'))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, 'resumes')
TXT = os.path.join(ROOT, 'text')
builders = {}
for m in ('batch1', 'batch2', 'batch3', 'batch4'):
    try:
        builders.update(importlib.import_module(m).BUILDERS)
    except ModuleNotFoundError as e:
        if e.name != m:
            raise
want = sys.argv[1:] or sorted(builders)
os.makedirs(OUT, exist_ok=True); os.makedirs(TXT, exist_ok=True)
paths = []
for k in want:
    p = os.path.join(OUT, k + '.docx')
    builders[k]().save(p, title='Resume', author='')
    paths.append(p)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT] + paths, check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for k in want:
    pdf = os.path.join(OUT, k + '.pdf')
    t = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    open(os.path.join(TXT, k + '.txt'), 'w').write(t)
    pages = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    pg = [l for l in pages.splitlines() if l.startswith('Pages')]
    print(k, pg, len(t))

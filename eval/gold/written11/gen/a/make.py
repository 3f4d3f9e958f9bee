"""Writer a: generate i01-i12 (everything except the LibreOffice PDF step).

Run through build.sh, which also converts the Word files for i01/i04/i07/i10
to PDF and extracts their text with pdftotext -layout.
"""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import HERE, RESUMES, TEXT   # noqa: E402
import word_pdf, docx_res, html_res, json_res   # noqa: E402

for f in (word_pdf.i01, word_pdf.i04, word_pdf.i07, word_pdf.i10):
    f()                                   # -> gen/a/build/iNN.docx
for f in (docx_res.i02, docx_res.i05, docx_res.i08):
    f()                                   # -> resumes/iNN.docx + text
html_res.main()                           # i03, i09
json_res.main()                           # i06, i11
for nn in ('i12',):                       # plain text pasted from an application form
    src = os.path.join(HERE, 'src', f'{nn}.txt')
    shutil.copyfile(src, os.path.join(RESUMES, f'{nn}.txt'))
    shutil.copyfile(src, os.path.join(TEXT, f'{nn}.txt'))
print('writer a: generated sources for i01-i12')

#!/usr/bin/env python3
"""Build k01..k12 from src/ : replace {nb} with NBSP+space (lost-linebreak artefact), write to resumes/ and text/."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
HEAD = {'Work Experience','Education','Skills','Certifications/Licenses','Additional Information','Links',
        'Awards','Groups','Military Service','Publications','Assessments'}
ok = True
for i in range(1, 13):
    name = f'k{i:02d}.txt'
    s = open(os.path.join(HERE, 'src', name), encoding='utf-8').read()
    s = s.replace('{nb}', '\u00a0 ').replace('\r\n', '\n').rstrip('\n') + '\n'
    lines = s.split('\n')[:-1]
    for n, l in enumerate(lines):
        if n == 0: continue
        if not (l.startswith('• ') or l in HEAD or lines[n-1] in HEAD):
            if l.startswith('•'): continue
            print(f'{name}:{n+1}: unexpected line start: {l[:60]!r}'); ok = False
        if l.endswith(' ') or '{' in l: print(f'{name}:{n+1}: trailing space/placeholder'); ok = False
        if '•' in l[1:]: print(f'{name}:{n+1}: mid-line bullet'); ok = False
    for d in ('resumes', 'text'):
        with open(os.path.join(ROOT, d, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(s)
    print(name, len(lines), 'lines', max(len(l) for l in lines), 'max chars')
sys.exit(0 if ok else 1)

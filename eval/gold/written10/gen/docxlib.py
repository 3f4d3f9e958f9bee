"""Minimal DOCX writer for the w6 resume set (stdlib only: zipfile + xml).

Features: runs (bold/italic/caps/size/colour), soft line breaks (\n in run text),
tabs (\t) with right tab stops, real bullet/numbered lists (several formats,
restartable), tables (layout tables with no borders, shaded cells, widths),
paragraph bottom borders and shading, headings, hyperlinks with relationships,
text boxes, page header/footer with PAGE fields, continuous sections with
multiple columns.  Also a plain-text extractor (extract_text) used to write the
labeller copies from the generated document XML itself.
"""
import zipfile
import xml.dom.minidom

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def r(text, b=False, i=False, caps=False, sz=None, color=None, u=False, font=None):
    pr = ''
    if font:
        pr += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if b:
        pr += '<w:b/>'
    if i:
        pr += '<w:i/>'
    if caps:
        pr += '<w:caps/>'
    if color:
        pr += f'<w:color w:val="{color}"/>'
    if sz:
        pr += f'<w:sz w:val="{int(sz*2)}"/>'
    if u:
        pr += '<w:u w:val="single"/>'
    out = []
    lines = text.split('\n')
    for li, line in enumerate(lines):
        if li:
            out.append('<w:br/>')
        parts = line.split('\t')
        for pi, part in enumerate(parts):
            if pi:
                out.append('<w:tab/>')
            if part:
                out.append(f'<w:t xml:space="preserve">{esc(part)}</w:t>')
    return f'<w:r>{"<w:rPr>"+pr+"</w:rPr>" if pr else ""}{"".join(out)}</w:r>'


def B(t, **k):
    return r(t, b=True, **k)


def I(t, **k):
    return r(t, i=True, **k)


class Doc:
    def __init__(self, font='Calibri', size=10.5, margins=1080, page='letter'):
        self.body = []
        self.header = None
        self.footer = None
        self.rels = []
        self.font = font
        self.size = size
        self.margins = margins
        self.page = page
        self.nums = []  # (numId, abstractId)
        self.cols = 1
        self._rid = 10
        self._shape = 1

    # ---- lists -------------------------------------------------------
    ABS = {'bullet': 0, 'decimal': 1, 'dash': 2, 'arrow': 3, 'check': 4, 'square': 5, 'letter': 6}

    def list(self, kind='bullet'):
        nid = len(self.nums) + 1
        self.nums.append((nid, self.ABS[kind]))
        return nid

    # ---- content -------------------------------------------------------
    def hyperlink(self, text, url, **k):
        self._rid += 1
        rid = f'rId{self._rid}'
        self.rels.append(f'<Relationship Id="{rid}" Type="{R}/hyperlink" Target="{esc(url)}" TargetMode="External"/>')
        k.setdefault('color', '0563C1')
        k.setdefault('u', True)
        return f'<w:hyperlink r:id="{rid}" w:history="1">{r(text, **k)}</w:hyperlink>'

    def textbox(self, paras, x=4300000, y=350000, cx=2700000, cy=950000):
        self._shape += 1
        n = self._shape
        inner = ''.join(paras)
        return (f'<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                f'<mc:Choice xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" Requires="wps"><w:drawing>'
                f'<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
                f'<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/>'
                f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
                f'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
                f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/></wps:wsp>'
                f'</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                f'<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="tb{n}" type="#_x0000_t202" style="position:absolute;width:212pt;height:75pt"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
                f'</mc:AlternateContent></w:r></w:p>')

    def add(self, *xs):
        for x in xs:
            if isinstance(x, (list, tuple)):
                self.add(*x)
            else:
                self.body.append(x)

    def section_break(self, cols=1, space=720):
        """End the current section (continuous) with `cols` columns."""
        inner = self._sect_inner(cols, space)
        if getattr(self, '_first_done', False):
            inner = inner.replace('<w:pgSz', '<w:type w:val="continuous"/><w:pgSz', 1)
        self.body.append(f'<w:p><w:pPr><w:sectPr>{inner}</w:sectPr></w:pPr></w:p>')
        self._first_done = True

    def _sect_inner(self, cols, space=720):
        refs = ''
        if self.header is not None:
            refs += '<w:headerReference w:type="default" r:id="rIdHdr1"/>'
        if self.footer is not None:
            refs += '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
        w, h = (12240, 15840) if self.page == 'letter' else (11906, 16838)
        m = self.margins
        return (f'{refs}<w:pgSz w:w="{w}" w:h="{h}"/><w:pgMar w:top="{m}" w:right="{m}" w:bottom="{m}" w:left="{m}" w:header="540" w:footer="540" w:gutter="0"/>'
                f'<w:cols w:num="{cols}" w:space="{space}"/>')

    def content_width(self):
        w = 12240 if self.page == 'letter' else 11906
        return w - 2 * self.margins

    # ---- output --------------------------------------------------------
    def styles(self):
        f, s = self.font, int(self.size * 2)
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
                f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:cs="{f}" w:eastAsia="{f}"/><w:sz w:val="{s}"/><w:szCs w:val="{s}"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
                f'<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
                f'<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:color w:val="1F3864"/><w:sz w:val="44"/></w:rPr></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="595959"/><w:sz w:val="24"/></w:rPr></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="28"/></w:rPr></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="40"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="23"/></w:rPr></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="80" w:after="20"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:i/><w:color w:val="404040"/></w:rPr></w:style>'
                f'<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
                f'<w:style w:type="paragraph" w:styleId="NoSpacing"><w:name w:val="No Spacing"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>'
                f'<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
                f'<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
                f'</w:styles>')

    def numbering(self):
        def lvl(ilvl, fmt, text, font=None, ind=None):
            ind = ind or (360 + 360 * (ilvl + 1))
            rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ''
            return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                    f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" w:hanging="360"/></w:pPr>{rpr}</w:lvl>')
        defs = {
            0: [('bullet', '\uf0b7', 'Symbol'), ('bullet', 'o', 'Courier New'), ('bullet', '\uf0a7', 'Wingdings')],
            1: [('decimal', '%1.', None), ('lowerLetter', '%2.', None), ('lowerRoman', '%3.', None)],
            2: [('bullet', '\u2013', None), ('bullet', 'o', 'Courier New'), ('bullet', '\u2013', None)],
            3: [('bullet', '\uf0d8', 'Wingdings'), ('bullet', 'o', 'Courier New'), ('bullet', '\uf0a7', 'Wingdings')],
            4: [('bullet', '\uf0fc', 'Wingdings'), ('bullet', 'o', 'Courier New'), ('bullet', '\uf0a7', 'Wingdings')],
            5: [('bullet', '\uf0a7', 'Wingdings'), ('bullet', 'o', 'Courier New'), ('bullet', '\uf0a7', 'Wingdings')],
            6: [('lowerLetter', '%1)', None), ('lowerRoman', '%2.', None), ('decimal', '%3.', None)],
        }
        out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W}">']
        for aid, lv in defs.items():
            out.append(f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="hybridMultilevel"/>')
            for i, (fmt, txt, font) in enumerate(lv):
                out.append(lvl(i, fmt, txt, font))
            out.append('</w:abstractNum>')
        for nid, aid in self.nums:
            out.append(f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
        out.append('</w:numbering>')
        return ''.join(out)

    def save(self, path, cols=1, title='', author=''):
        rels = [f'<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/>',
                f'<Relationship Id="rId2" Type="{R}/numbering" Target="numbering.xml"/>',
                f'<Relationship Id="rId3" Type="{R}/settings" Target="settings.xml"/>'] + self.rels
        ct_extra = ''
        files = {}
        if self.header is not None:
            rels.append(f'<Relationship Id="rIdHdr1" Type="{R}/header" Target="header1.xml"/>')
            files['word/header1.xml'] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W}" xmlns:r="{R}">{"".join(self.header)}</w:hdr>'
            ct_extra += '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        if self.footer is not None:
            rels.append(f'<Relationship Id="rIdFtr1" Type="{R}/footer" Target="footer1.xml"/>')
            files['word/footer1.xml'] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{W}" xmlns:r="{R}">{"".join(self.footer)}</w:ftr>'
            ct_extra += '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        sect = '<w:sectPr>' + self._sect_inner(cols) + '</w:sectPr>'
        if getattr(self, '_first_done', False):
            sect = sect.replace('<w:pgSz', '<w:type w:val="continuous"/><w:pgSz', 1)
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}" '
               f'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
               f'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
               f'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
               f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
               f'xmlns:v="urn:schemas-microsoft-com:vml">'
               f'<w:body>{"".join(self.body)}{sect}</w:body></w:document>')
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              f'{ct_extra}</Types>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(author)}</dc:creator></cp:coreProperties>')
        settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="{W}"><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('[Content_Types].xml', ct)
            z.writestr('_rels/.rels', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
            z.writestr('docProps/core.xml', core)
            z.writestr('word/document.xml', doc)
            z.writestr('word/_rels/document.xml.rels', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{"".join(rels)}</Relationships>')
            z.writestr('word/styles.xml', self.styles())
            z.writestr('word/numbering.xml', self.numbering())
            z.writestr('word/settings.xml', settings)
            for k, v in files.items():
                z.writestr(k, v)


# ---- paragraph / table helpers (module level) ----------------------------

def P(*content, style=None, num=None, lvl=0, align=None, tabs=None, border_bottom=None, border_top=None,
      shade=None, after=None, before=None, ind=None, keep=False):
    """content: plain strings (-> plain runs) or prebuilt run/hyperlink xml."""
    pr = ''
    if style:
        pr += f'<w:pStyle w:val="{style}"/>'
    if keep:
        pr += '<w:keepNext/>'
    if num:
        pr += f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr>'
    if border_bottom or border_top:
        pr += '<w:pBdr>'
        if border_top:
            pr += f'<w:top w:val="single" w:sz="{border_top}" w:space="1" w:color="auto"/>'
        if border_bottom:
            pr += f'<w:bottom w:val="single" w:sz="{border_bottom}" w:space="1" w:color="auto"/>'
        pr += '</w:pBdr>'
    if shade:
        pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if tabs:
        pr += '<w:tabs>' + ''.join(f'<w:tab w:val="{v}" w:pos="{pos}"/>' for v, pos in tabs) + '</w:tabs>'
    if after is not None or before is not None:
        sp = '' if before is None else ' w:before="%s"' % before
        sp += '' if after is None else ' w:after="%s"' % after
        pr += '<w:spacing' + sp + '/>'
    if ind:
        pr += f'<w:ind w:left="{ind}"/>'
    if align:
        pr += f'<w:jc w:val="{align}"/>'
    runs = ''.join(c if c.startswith('<w:') else r(c) for c in content if c)
    return f'<w:p>{"<w:pPr>"+pr+"</w:pPr>" if pr else ""}{runs}</w:p>'


def RT(pos=9360):
    return [('right', pos)]


def page_field(prefix='', suffix='', align='center', total=False, **k):
    fld = '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
    tot = '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>2</w:t></w:r></w:fldSimple>' if total else ''
    mid = r(' of ') + tot if total else ''
    return f'<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="{align}"/></w:pPr>{r(prefix, **k) if prefix else ""}{fld}{mid}{r(suffix, **k) if suffix else ""}</w:p>'


FIXED = '<w:tblLayout w:type="fixed"/>'


def T(rows, widths=None, borders=False, shade=None, layout_fixed=True, cellmar=None, header_shade=None, valign=None):
    """rows: list of rows; row: list of cells; cell: str | list of paragraph xml | dict(content=..., shade=, span=)."""
    total = sum(widths) if widths else 0
    bd = ('<w:tblBorders>' + ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="808080"/>' for s in ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) + '</w:tblBorders>') if borders else \
         ('<w:tblBorders>' + ''.join(f'<w:{s} w:val="nil"/>' for s in ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) + '</w:tblBorders>')
    tblpr = f'<w:tblPr><w:tblW w:w="{total}" w:type="{"dxa" if total else "auto"}"/>{bd}' + (FIXED if layout_fixed and widths else '')
    if cellmar:
        tblpr += f'<w:tblCellMar><w:left w:w="{cellmar}" w:type="dxa"/><w:right w:w="{cellmar}" w:type="dxa"/></w:tblCellMar>'
    tblpr += '<w:tblLook w:val="04A0"/></w:tblPr>'
    grid = '<w:tblGrid>' + ''.join(f'<w:gridCol w:w="{w}"/>' for w in (widths or [])) + '</w:tblGrid>' if widths else '<w:tblGrid/>'
    out = [f'<w:tbl>{tblpr}{grid}']
    for ri, row in enumerate(rows):
        out.append('<w:tr>')
        ci = 0
        for cell in row:
            sh = shade
            span = 1
            if isinstance(cell, dict):
                sh = cell.get('shade', sh)
                span = cell.get('span', 1)
                cell = cell['content']
            if ri == 0 and header_shade:
                sh = header_shade
            w = sum(widths[ci:ci + span]) if widths else 0
            tcpr = f'<w:tcW w:w="{w}" w:type="{"dxa" if w else "auto"}"/>'
            if span > 1:
                tcpr += f'<w:gridSpan w:val="{span}"/>'
            if sh:
                tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{sh}"/>'
            if valign:
                tcpr += f'<w:vAlign w:val="{valign}"/>'
            if isinstance(cell, str):
                cell = [P(cell)]
            if not cell:
                cell = [P()]
            out.append(f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{"".join(cell)}</w:tc>')
            ci += span
        out.append('</w:tr>')
    out.append('</w:tbl>')
    # Word requires a paragraph after a table at end of cell/body; callers add content after.
    return ''.join(out)


# ---- plain text extraction ---------------------------------------------

def _text_of_par(pel, counters, numfmt):
    out = []
    prefix = ''
    numpr = pel.getElementsByTagName('w:numPr')
    if numpr and pel.getElementsByTagName('w:pPr') and numpr[0].parentNode.tagName == 'w:pPr':
        nid = numpr[0].getElementsByTagName('w:numId')[0].getAttribute('w:val')
        ilvl = int(numpr[0].getElementsByTagName('w:ilvl')[0].getAttribute('w:val'))
        kind = numfmt.get(nid, 'bullet')
        key = (nid, ilvl)
        counters[key] = counters.get(key, 0) + 1
        for k in list(counters):
            if k[0] == nid and k[1] > ilvl:
                del counters[k]
        n = counters[key]
        indent = '  ' * ilvl
        if kind == 'decimal' and ilvl == 0:
            prefix = f'{indent}{n}. '
        elif kind in ('decimal',) and ilvl == 1:
            prefix = f'{indent}{"abcdefghij"[n-1]}. '
        elif kind == 'letter' and ilvl == 0:
            prefix = f'{indent}{"abcdefghij"[n-1]}) '
        else:
            sym = {'bullet': '•', 'dash': '–', 'arrow': '➢', 'check': '✓', 'square': '▪'}.get(kind, '•')
            prefix = f'{indent}{sym if ilvl == 0 else "o"} '

    def walk(node):
        for ch in node.childNodes:
            if ch.nodeType != ch.ELEMENT_NODE:
                continue
            t = ch.tagName
            if t == 'w:t':
                out.append(''.join(x.data for x in ch.childNodes if x.nodeType == x.TEXT_NODE))
            elif t == 'w:tab' and ch.parentNode.tagName == 'w:r':
                out.append('\t')
            elif t == 'w:br':
                out.append('\n')
            elif t in ('w:pPr', 'w:rPr'):
                continue
            elif t == 'mc:AlternateContent':
                continue  # text boxes handled separately
            elif t == 'w:fldSimple':
                instr = ch.getAttribute('w:instr').strip()
                out.append('[page no.]' if instr == 'PAGE' else '[page count]')
            else:
                walk(ch)
    walk(pel)
    return prefix + ''.join(out)


def extract_text(path):
    z = zipfile.ZipFile(path)
    numfmt = {}
    ndom = xml.dom.minidom.parseString(z.read('word/numbering.xml'))
    inv = {v: k for k, v in Doc.ABS.items()}
    for n in ndom.getElementsByTagName('w:num'):
        aid = int(n.getElementsByTagName('w:abstractNumId')[0].getAttribute('w:val'))
        numfmt[n.getAttribute('w:numId')] = inv[aid]
    counters = {}
    lines = []

    def block(node, depth=0):
        for ch in node.childNodes:
            if ch.nodeType != ch.ELEMENT_NODE:
                continue
            if ch.tagName == 'w:p':
                # text boxes first (they appear anchored in this paragraph)
                for ac in ch.getElementsByTagName('mc:AlternateContent'):
                    tb = ac.getElementsByTagName('w:txbxContent')
                    if tb:
                        lines.append('[text box]')
                        block(tb[0], depth)
                        lines.append('[/text box]')
                t = _text_of_par(ch, counters, numfmt)
                if ch.getElementsByTagName('w:sectPr') and not t.strip():
                    continue
                lines.append(t)
            elif ch.tagName == 'w:tbl':
                for tr in [x for x in ch.childNodes if x.nodeType == x.ELEMENT_NODE and x.tagName == 'w:tr']:
                    cells = [x for x in tr.childNodes if x.nodeType == x.ELEMENT_NODE and x.tagName == 'w:tc']
                    if len(cells) > 1 and all(len(_cell_pars(c)) <= 1 and not c.getElementsByTagName('w:tbl') for c in cells):
                        lines.append(' | '.join(_text_of_par(_cell_pars(c)[0], counters, numfmt) if _cell_pars(c) else '' for c in cells))
                    else:
                        for c in cells:
                            block(c, depth + 1)
            elif ch.tagName in ('w:body', 'w:sdt', 'w:sdtContent'):
                block(ch, depth)
    names = z.namelist()
    if 'word/header1.xml' in names:
        lines.append('[page header]')
        block(xml.dom.minidom.parseString(z.read('word/header1.xml')).documentElement)
        lines.append('[/page header]')
    block(xml.dom.minidom.parseString(z.read('word/document.xml')).getElementsByTagName('w:body')[0])
    if 'word/footer1.xml' in names:
        lines.append('[page footer]')
        block(xml.dom.minidom.parseString(z.read('word/footer1.xml')).documentElement)
        lines.append('[/page footer]')
    # collapse runs of blank lines
    out = []
    for l in lines:
        if not l.strip() and out and not out[-1].strip():
            continue
        out.append(l.rstrip())
    return '\n'.join(out).strip() + '\n'


def _cell_pars(c):
    return [x for x in c.childNodes if x.nodeType == x.ELEMENT_NODE and x.tagName == 'w:p']

"""Tiny WordprocessingML (DOCX) writer and reader, stdlib only.

Used by the j13/j14/j15/j20 builders. Writes a minimal but valid .docx
(document, styles, numbering, settings, core/app properties) and can read
a .docx back into plain text in reading order (paragraphs and table cells,
one per line; list paragraphs prefixed with a bullet "• ").
"""
import zipfile
import datetime
from xml.sax.saxutils import escape
import xml.etree.ElementTree as ET

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

PAGE = {"A4": (11906, 16838), "Letter": (12240, 15840)}


def R(text, **fmt):
    """A run: text with formatting (b, i, u, size (pt), color, font, caps, spacing)."""
    return (text, fmt)


def _rpr(fmt):
    out = []
    if fmt.get("font"):
        f = escape(fmt["font"])
        out.append(f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:cs="{f}" w:eastAsia="{f}"/>')
    if fmt.get("b"):
        out.append("<w:b/><w:bCs/>")
    if fmt.get("i"):
        out.append("<w:i/><w:iCs/>")
    if fmt.get("caps"):
        out.append("<w:caps/>")
    if fmt.get("smallcaps"):
        out.append("<w:smallCaps/>")
    if fmt.get("color"):
        out.append(f'<w:color w:val="{fmt["color"]}"/>')
    if fmt.get("spacing") is not None:
        out.append(f'<w:spacing w:val="{int(fmt["spacing"])}"/>')
    if fmt.get("size"):
        hs = int(round(fmt["size"] * 2))
        out.append(f'<w:sz w:val="{hs}"/><w:szCs w:val="{hs}"/>')
    if fmt.get("u"):
        out.append('<w:u w:val="single"/>')
    return "<w:rPr>" + "".join(out) + "</w:rPr>" if out else ""


def _run(text, fmt):
    rpr = _rpr(fmt)
    parts = []
    buf = ""
    for ch in text:
        if ch in "\t\n":
            if buf:
                parts.append(f'<w:t xml:space="preserve">{escape(buf)}</w:t>')
                buf = ""
            parts.append("<w:tab/>" if ch == "\t" else "<w:br/>")
        else:
            buf += ch
    if buf:
        parts.append(f'<w:t xml:space="preserve">{escape(buf)}</w:t>')
    return f"<w:r>{rpr}{''.join(parts)}</w:r>"


def _border(side, sz=6, color="000000", space=1):
    return f'<w:{side} w:val="single" w:sz="{sz}" w:space="{space}" w:color="{color}"/>'


def P(runs=(), *, style=None, align=None, tabs=None, before=None, after=None,
      line=None, bullet=None, level=0, border_bottom=None, border_top=None,
      ind_left=None, ind_hanging=None, ind_right=None, keep_next=False,
      shade=None, **runfmt):
    """A paragraph. runs: str or list of str / R(...). runfmt applies to every run
    unless the run overrides it. bullet: numId (1 = round bullet, 2 = dash)."""
    if isinstance(runs, (str, tuple)):
        runs = [runs]
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        ppr.append("<w:keepNext/>")
    if bullet:
        ppr.append(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{bullet}"/></w:numPr>')
    if border_bottom or border_top:
        b = "<w:pBdr>"
        if border_top:
            b += _border("top", *border_top) if isinstance(border_top, tuple) else _border("top")
        if border_bottom:
            b += _border("bottom", *border_bottom) if isinstance(border_bottom, tuple) else _border("bottom")
        ppr.append(b + "</w:pBdr>")
    if shade:
        ppr.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>')
    if tabs:
        t = "".join(f'<w:tab w:val="{kind}" w:pos="{pos}"/>' for kind, pos in tabs)
        ppr.append(f"<w:tabs>{t}</w:tabs>")
    if before is not None or after is not None or line is not None:
        s = "<w:spacing"
        if before is not None:
            s += f' w:before="{before}"'
        if after is not None:
            s += f' w:after="{after}"'
        if line is not None:
            s += f' w:line="{line}" w:lineRule="auto"'
        ppr.append(s + "/>")
    if ind_left is not None or ind_hanging is not None or ind_right is not None:
        s = "<w:ind"
        if ind_left is not None:
            s += f' w:left="{ind_left}"'
        if ind_right is not None:
            s += f' w:right="{ind_right}"'
        if ind_hanging is not None:
            s += f' w:hanging="{ind_hanging}"'
        ppr.append(s + "/>")
    if align:
        ppr.append(f'<w:jc w:val="{align}"/>')
    body = []
    for r in runs:
        if isinstance(r, str):
            text, fmt = r, {}
        else:
            text, fmt = r
        merged = dict(runfmt)
        merged.update(fmt)
        body.append(_run(text, merged))
    pp = "<w:pPr>" + "".join(ppr) + "</w:pPr>" if ppr else ""
    return f"<w:p>{pp}{''.join(body)}</w:p>"


def Cell(content, *, shade=None, valign=None, span=1, margins=None, borders=None):
    return {"content": content, "shade": shade, "valign": valign, "span": span,
            "margins": margins, "borders": borders}


def Table(rows, widths, *, borders="none", cell_margin=(40, 100), indent=0):
    """rows: list of rows; each row a list of Cell(...) or lists of paragraphs."""
    total = sum(widths)
    if borders == "none":
        tb = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    elif borders == "all":
        tb = "".join(_border(s, 4, "999999", 0) for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    elif borders == "rows":
        tb = ('<w:top w:val="nil"/><w:left w:val="nil"/><w:right w:val="nil"/><w:insideV w:val="nil"/>'
              + _border("bottom", 4, "BFBFBF", 0) + _border("insideH", 4, "BFBFBF", 0))
    else:
        tb = borders
    tm, lm = cell_margin
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{total}" w:type="dxa"/>'
           f'<w:tblInd w:w="{indent}" w:type="dxa"/>'
           f'<w:tblBorders>{tb}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           f'<w:tblCellMar><w:top w:w="{tm}" w:type="dxa"/><w:left w:w="{lm}" w:type="dxa"/>'
           f'<w:bottom w:w="{tm}" w:type="dxa"/><w:right w:w="{lm}" w:type="dxa"/></w:tblCellMar>'
           f'<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>']
    out += [f'<w:gridCol w:w="{w}"/>' for w in widths]
    out.append("</w:tblGrid>")
    for row in rows:
        out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" if False else "<w:tr>")
        ci = 0
        for cell in row:
            if not isinstance(cell, dict):
                cell = Cell(cell)
            span = cell["span"]
            w = sum(widths[ci:ci + span])
            ci += span
            tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
            if span > 1:
                tcpr += f'<w:gridSpan w:val="{span}"/>'
            if cell["borders"]:
                tcpr += f"<w:tcBorders>{cell['borders']}</w:tcBorders>"
            if cell["shade"]:
                tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{cell["shade"]}"/>'
            if cell["margins"]:
                t, l, b, r = cell["margins"]
                tcpr += (f'<w:tcMar><w:top w:w="{t}" w:type="dxa"/><w:left w:w="{l}" w:type="dxa"/>'
                         f'<w:bottom w:w="{b}" w:type="dxa"/><w:right w:w="{r}" w:type="dxa"/></w:tcMar>')
            if cell["valign"]:
                tcpr += f'<w:vAlign w:val="{cell["valign"]}"/>'
            content = cell["content"]
            if isinstance(content, str):
                content = [content]
            if not content or not content[-1].startswith("<w:p>") and not content[-1].startswith("<w:p "):
                content = list(content) + [P("")]
            out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{''.join(content)}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}"/>
<w:sz w:val="{hs}"/><w:szCs w:val="{hs}"/><w:lang w:val="{lang}" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="{after}" w:line="{line}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:keepNext/><w:spacing w:before="120" w:after="20"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/>
<w:pPr><w:spacing w:after="20"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>
<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>"""

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="{ind}" w:hanging="{hang}"/></w:pPr><w:rPr><w:rFonts w:ascii="{bfont}" w:hAnsi="{bfont}" w:hint="default"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="{ind2}" w:hanging="{hang}"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:hint="default"/></w:rPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2013"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="{ind}" w:hanging="{hang}"/></w:pPr><w:rPr><w:rFonts w:ascii="{bfont}" w:hAnsi="{bfont}" w:hint="default"/></w:rPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u25aa"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="{ind}" w:hanging="{hang}"/></w:pPr><w:rPr><w:rFonts w:ascii="{bfont}" w:hAnsi="{bfont}" w:hint="default"/><w:color w:val="{bcolor}"/></w:rPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>"""

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
</Relationships>"""

SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>"""


class Document:
    def __init__(self, *, page="A4", margins=(1134, 1134, 1134, 1134), font="Calibri",
                 size=11, lang="en-GB", after=120, line=259, bullet_indent=(360, 270),
                 bullet_font="Calibri", bullet_color="404040", title="", author="",
                 modified="2026-11-20T10:00:00Z"):
        self.page, self.margins = page, margins
        self.font, self.size, self.lang = font, size, lang
        self.after, self.line = after, line
        self.bullet_indent, self.bullet_font, self.bullet_color = bullet_indent, bullet_font, bullet_color
        self.title, self.author, self.modified = title, author, modified
        self.body = []

    @property
    def text_width(self):
        w, _ = PAGE[self.page]
        return w - self.margins[1] - self.margins[3]

    def add(self, *items):
        for it in items:
            if isinstance(it, (list, tuple)):
                self.body.extend(it)
            else:
                self.body.append(it)

    def save(self, path):
        w, h = PAGE[self.page]
        t, r, b, l = self.margins
        doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               "<w:body>" + "".join(self.body) +
               f'<w:sectPr><w:pgSz w:w="{w}" w:h="{h}"/><w:pgMar w:top="{t}" w:right="{r}" w:bottom="{b}" '
               f'w:left="{l}" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>'
               "</w:body></w:document>")
        ET.fromstring(doc.encode("utf-8"))  # well-formedness check
        ind, hang = self.bullet_indent
        styles = (STYLES.replace("{font}", self.font).replace("{hs}", str(int(self.size * 2)))
                  .replace("{lang}", self.lang).replace("{after}", str(self.after)).replace("{line}", str(self.line)))
        numbering = (NUMBERING.replace("{ind}", str(ind)).replace("{ind2}", str(ind + 360))
                     .replace("{hang}", str(hang)).replace("{bfont}", self.bullet_font)
                     .replace("{bcolor}", self.bullet_color))
        created = self.modified
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f"<dc:title>{escape(self.title)}</dc:title><dc:creator>{escape(self.author)}</dc:creator>"
                f"<cp:lastModifiedBy>{escape(self.author)}</cp:lastModifiedBy><cp:revision>7</cp:revision>"
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>')
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
               "<AppVersion>16.0000</AppVersion></Properties>")
        fixed = (2026, 11, 20, 10, 0, 0)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in [("[Content_Types].xml", CT), ("_rels/.rels", RELS),
                               ("word/document.xml", doc), ("word/styles.xml", styles),
                               ("word/numbering.xml", numbering), ("word/settings.xml", SETTINGS),
                               ("word/_rels/document.xml.rels", DOC_RELS),
                               ("docProps/core.xml", core), ("docProps/app.xml", app)]:
                zi = zipfile.ZipInfo(name, date_time=fixed)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data.encode("utf-8"))


# ---------------------------------------------------------------- reading back

def _q(tag):
    return "{%s}%s" % (W, tag)


def _para_text(p):
    out = []
    for r in p.iter(_q("r")):
        for el in r:
            if el.tag == _q("t"):
                out.append(el.text or "")
            elif el.tag == _q("tab"):
                out.append("\t")
            elif el.tag == _q("br"):
                out.append("\n")
    ppr = p.find(_q("pPr"))
    is_list = ppr is not None and ppr.find(_q("numPr")) is not None
    return "".join(out), is_list


def _walk(el, lines):
    for child in el:
        if child.tag == _q("p"):
            text, is_list = _para_text(child)
            for part in text.split("\n"):
                if part.strip():
                    lines.append(("• " if is_list else "") + part.rstrip())
        elif child.tag == _q("tbl"):
            for tr in child.findall(_q("tr")):
                for tc in tr.findall(_q("tc")):
                    _walk(tc, lines)
        elif child.tag in (_q("body"), _q("sdt"), _q("sdtContent")):
            _walk(child, lines)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []
    _walk(root.find(_q("body")), lines)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys
    sys.stdout.write(docx_text(sys.argv[1]))

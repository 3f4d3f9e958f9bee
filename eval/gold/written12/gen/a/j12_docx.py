#!/usr/bin/env python3
"""Build j12.docx by hand (stdlib zipfile + hand-written WordprocessingML) and its reading-order text.

Usage: python3 j12_docx.py OUT.docx OUT.txt

The document imitates a CV typed directly in Word with no template: a centred name block,
bold capital section headings with a bottom border, dates pushed to the right margin with a
right-aligned tab stop, bullets typed as the character "•" followed by a space, and one
borderless two-column table for skills.
"""
import sys
import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

RIGHT_TAB = 9638  # A4 width 11906 - 2 x 1134 twips margins


def run(text, bold=False, italic=False, size=None, color=None):
    """One w:r; tabs inside text become <w:tab/>."""
    props = []
    if bold:
        props.append("<w:b/>")
    if italic:
        props.append("<w:i/>")
    if color:
        props.append('<w:color w:val="%s"/>' % color)
    if size:
        props.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size))
    rpr = "<w:rPr>%s</w:rPr>" % "".join(props) if props else ""
    parts = text.split("\t")
    body = []
    for i, part in enumerate(parts):
        if i:
            body.append("<w:tab/>")
        if part:
            body.append('<w:t xml:space="preserve">%s</w:t>' % escape(part))
    return "<w:r>%s%s</w:r>" % (rpr, "".join(body))


def para(runs, align=None, tab_right=False, before=0, after=60, indent=None, border_bottom=False, keep_next=False):
    ppr = []
    if keep_next:
        ppr.append("<w:keepNext/>")
    if border_bottom:
        ppr.append('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="404040"/></w:pBdr>')
    if tab_right:
        ppr.append('<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>' % RIGHT_TAB)
    ppr.append('<w:spacing w:before="%d" w:after="%d"/>' % (before, after))
    if indent:
        ppr.append('<w:ind w:left="%d"/>' % indent)
    if align:
        ppr.append('<w:jc w:val="%s"/>' % align)
    if isinstance(runs, str):
        runs = [run(runs)]
    return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % ("".join(ppr), "".join(runs))


def heading(text):
    return para([run(text, bold=True, size=23)], before=240, after=100, border_bottom=True, keep_next=True)


def job(left_bold, left_rest, dates):
    return para([run(left_bold, bold=True), run(left_rest), run("\t" + dates, bold=True)],
                tab_right=True, before=140, after=20, keep_next=True)


def role(text):
    return para([run(text, italic=True)], after=60, keep_next=True)


def bullet(text):
    return para([run("• " + text)], indent=284, after=40)


def table(rows):
    cell_w = [2600, 7038]
    out = ['<w:tbl><w:tblPr><w:tblW w:w="9638" w:type="dxa"/>'
           '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
           '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="%d"/><w:gridCol w:w="%d"/></w:tblGrid>' % tuple(cell_w)]
    for left, right in rows:
        out.append("<w:tr>")
        for i, (txt, bold) in enumerate(((left, True), (right, False))):
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                       % (cell_w[i], para([run(txt, bold=bold)], after=40)))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


# ---------------------------------------------------------------- content
B = []
B.append(para([run("ADEBAYO OLUWASEUN FASHOLA", bold=True, size=32)], align="center", after=40))
B.append(para([run("12 Adeniyi Jones Avenue, Ikeja, Lagos State  |  +234 803 555 0192  |  adebayo.fashola@example.com", size=19)],
              align="center", after=20))
B.append(para([run("LinkedIn: linkedin.com/in/adebayo-fashola-example", size=19)], align="center", after=120))

B.append(heading("CAREER OBJECTIVE"))
B.append(para("To leverage my eight years of ERP and HR software implementation experience to deliver value as a "
              "Technical Project Manager in a forward-thinking organisation, while growing my skills in "
              "managing larger, multi-team technology projects."))

B.append(heading("PROFESSIONAL EXPERIENCE"))

B.append(job("TalentGrid Africa Ltd", ", Lekki, Lagos", "Mar 2022 – Present"))
B.append(role("Senior Implementation Consultant"))
B.append(para([run("(HR, payroll and performance management SaaS used by 140+ organisations in Nigeria, Ghana and Kenya)", italic=True, size=19)], after=60))
B.append(bullet("Led 11 go-lives of the core HR and payroll modules for clients with 300 to 6,000 employees, including two "
                "commercial banks, an FMCG distributor and a state civil service commission."))
B.append(bullet("Ran the weekly client call with the client’s HR, payroll, finance and IT teams. Kept the list of what still "
                "blocked go-live, with an owner and a date against each item, and sent it to everyone every Friday."))
B.append(bullet("Planned the cut-over weekend for each client: the order of data loads (employees, bank details, pay elements, "
                "year-to-date balances), two parallel payroll runs, and the rule to roll back if net pay differed by more than 0.5%."))
B.append(bullet("For a 6,000-staff client whose legacy payroll data was not clean, agreed with their HR Director to move go-live "
                "by three weeks and wrote down what had to be true before the new date. We went live on the new date."))
B.append(bullet("Configured PAYE tax tables, pension remittance to PFAs (PenCom rules), NHF deductions, leave types and approval workflows."))
B.append(bullet("Passed 9 client change requests to our product and engineering team: wrote the specification, agreed the delivery "
                "date with the engineering lead, and tested the build before it went to the client."))
B.append(bullet("Trained over 400 HR users and 30 client super users; mentor two junior consultants."))

B.append(job("Okuta Business Solutions Ltd", ", Victoria Island, Lagos", "Jan 2019 – Feb 2022"))
B.append(role("Implementation Consultant – Microsoft Dynamics 365 Business Central"))
B.append(bullet("Implemented Business Central (finance, inventory, purchasing) for 7 SME clients."))
B.append(bullet("Conducted requirements workshops and prepared functional design documents."))
B.append(bullet("Prepared data migration templates (chart of accounts, vendors, customers, opening balances) and loaded the data."))
B.append(bullet("Wrote UAT scripts and supported users during UAT and hypercare."))
B.append(bullet("Responsible for end-user training and user manuals."))

B.append(job("Lekki Ready-Mix Concrete Ltd", ", Ajah, Lagos", "Jun 2015 – Dec 2018"))
B.append(role("QA/QC Officer"))
B.append(bullet("Carried out slump tests and cube crushing tests on concrete batches; kept the QA records for every pour."))
B.append(bullet("Calibrated the batching plant scales monthly and prepared QA reports for site engineers."))
B.append(bullet("Taught myself Excel VBA to automate the test results register (this is how I got into software!)."))

B.append(job("National Youth Service Corps (NYSC)", ", Gusau, Zamfara State", "Mar 2014 – Feb 2015"))
B.append(role("Mathematics Teacher, Government Secondary School"))
B.append(bullet("Taught SS1–SS3 mathematics; organised the school’s first inter-house quiz competition."))

B.append(heading("EDUCATION"))
B.append(job("University of Lagos", " – B.Sc. Civil Engineering (Second Class Upper)", "2008 – 2013"))

B.append(heading("CERTIFICATIONS"))
B.append(bullet("PRINCE2® Foundation – 2021"))
B.append(bullet("Microsoft Certified: Dynamics 365 Business Central Functional Consultant Associate – 2020"))
B.append(bullet("Associate Member, Chartered Institute of Personnel Management of Nigeria (CIPM) – 2023"))
B.append(bullet("Currently preparing for PMP (35 contact hours completed)"))

B.append(heading("SKILLS"))
B.append(table([
    ("ERP / HR systems", "TalentGrid HR & Payroll, Microsoft Dynamics 365 Business Central, SAP SuccessFactors (training only)"),
    ("Implementation", "Requirements workshops, configuration, data migration, UAT, cut-over, hypercare, end-user training"),
    ("Tools", "Excel (advanced, VBA), SQL (basic queries), Jira, Freshdesk, MS Project, Google Sheets"),
    ("Soft skills", "Client communication, presentation, problem solving, patience"),
]))

B.append(heading("PERSONAL DETAILS"))
B.append(para("Date of Birth:  14 March 1991", after=20))
B.append(para("State of Origin:  Ogun State", after=20))
B.append(para("Nationality:  Nigerian", after=20))
B.append(para("Marital Status:  Married", after=20))
B.append(para("Hobbies:  Football, reading, playing the talking drum in the church band", after=20))

B.append(heading("REFEREES"))
B.append(para([run("Mrs. Folake Adeyemi-Okoro", bold=True)], after=0))
B.append(para("Head of Delivery, TalentGrid Africa Ltd  |  +234 802 555 0144", after=100))
B.append(para([run("Engr. Chukwuemeka Nwosu", bold=True)], after=0))
B.append(para("Plant Manager, Lekki Ready-Mix Concrete Ltd  |  +234 805 555 0178", after=0))

SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/>'
        '</w:sectPr>')

DOCUMENT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s%s</w:body></w:document>'
            % (W_NS, R_NS, "".join(B), SECT))

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="%s">'
          '<w:docDefaults><w:rPrDefault><w:rPr>'
          '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>'
          '<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
          '</w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
          '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
          '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
          '</w:tblCellMar></w:tblPr></w:style>'
          '</w:styles>' % W_NS)

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                 '</Types>')

ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
             '</Relationships>')

DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>')

CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>CV</dc:title><dc:creator>Adebayo Fashola</dc:creator><cp:lastModifiedBy>Adebayo Fashola</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-28T19:42:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-03T08:15:00Z</dcterms:modified>'
        '</cp:coreProperties>')

APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>Microsoft Office Word</Application></Properties>')


def write_docx(path):
    fixed = (2026, 12, 3, 8, 15, 0)  # fixed timestamps -> byte-identical rebuilds
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("word/document.xml", DOCUMENT), ("word/_rels/document.xml.rels", DOC_RELS),
                           ("word/styles.xml", STYLES), ("docProps/core.xml", CORE), ("docProps/app.xml", APP)):
            info = zipfile.ZipInfo(name, date_time=fixed)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


def docx_text(path):
    """Paragraphs and table cells in reading order, one per line (empty paragraphs skipped)."""
    import xml.etree.ElementTree as ET
    w = "{%s}" % W_NS
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []

    for child in root.find(w + "body"):
        if child.tag == w + "p":
            paras = [child]
        elif child.tag == w + "tbl":
            paras = [p for tc in child.iter(w + "tc") for p in tc.findall(w + "p")]
        else:
            continue
        for p in paras:
            buf = []
            for r in p.findall(w + "r"):
                for el in r:
                    if el.tag == w + "t":
                        buf.append(el.text or "")
                    elif el.tag == w + "tab":
                        buf.append("\t")
            line = "".join(buf)
            if line.strip():
                lines.append(line)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    out_docx, out_txt = sys.argv[1], sys.argv[2]
    write_docx(out_docx)
    with open(out_txt, "w", encoding="utf-8") as f:
        f.write(docx_text(out_docx))

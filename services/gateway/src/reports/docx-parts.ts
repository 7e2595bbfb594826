import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { PlanHeader } from './report-data.js';
import { bodyName, lowerFirst, viPlaceAndDate, viUpper } from './vi-format.js';

/**
 * The pieces every official document shares, laid out as Nghị định 30/2020/NĐ-CP has administrative documents:
 * A4, Times New Roman, body text 14 pt (13 pt in tables), the national heading beside the issuing agency.
 */

const FONT = 'Times New Roman';
/** Sizes in half-points. */
const BODY = 28;
const SMALL = 26;
/** A4 in twips, margins 20 mm top and bottom, 30 mm left, 15 mm right. */
const PAGE = { width: 11_906, height: 16_838, top: 1134, bottom: 1134, left: 1701, right: 850 };
const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const FIRST_LINE = 567;

export type Block = Paragraph | Table;

interface LineOptions {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
}

/** One line of the document, not indented. */
export const line = (text: string, { bold, italics, size, align }: LineOptions = {}) =>
  new Paragraph({ alignment: align, children: [new TextRun({ text, bold, italics, size })] });

export const centred = (text: string, options: Omit<LineOptions, 'align'> = {}) =>
  line(text, { ...options, align: AlignmentType.CENTER });

/** A paragraph of body text: justified, first line indented. */
export const body = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE },
    children: [new TextRun(text)],
  });

/** A paragraph led by a few bold words: "Thời gian kiểm tra: từ ngày …". */
export const labelled = (label: string, text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE },
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)],
  });

/** An item of a list, as official documents write it: "- …". */
export const dash = (text: string) => body(`- ${text}`);

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** I. (level 1), 1. (level 2), a) (level 3): the text carries its own numbering. */
export const heading = (text: string, level: 1 | 2 | 3) =>
  new Paragraph({
    heading: LEVELS[level - 1],
    indent: { firstLine: FIRST_LINE },
    children: [new TextRun(text)],
  });

/** The "Nơi nhận" (recipients) block closing a document; the last entry ends with a full stop. */
const recipients = (entries: string[]): Block[] => [
  line(''),
  line('Nơi nhận:', { bold: true, italics: true, size: 24 }),
  ...entries.map((entry, i) => line(`- ${entry}${i === entries.length - 1 ? '.' : ';'}`, { size: 22 })),
];

const cell = (text: string, width: number, header: boolean) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: text.split('\n').map(
      (part) =>
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: part, bold: header, size: SMALL })],
        }),
    ),
  });

/** A table with a header row repeated on each page; widths are shares of the text width. */
export function dataTable(headers: string[], rows: string[][], shares: number[]): Table {
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = shares.map((share) => Math.floor((share / total) * CONTENT_WIDTH));
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, widths[i]!, true)) }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, widths[i]!, false)) }),
      ),
    ],
  });
}

export interface DocumentHeading {
  /** The body the issuer belongs to, upper-cased: "UBND TỈNH KIÊN GIANG". */
  parentBody: string;
  /** The issuer, upper-cased: "SỞ NỘI VỤ". */
  issuer: string;
  /** "Số: 01/TB-ĐKT". */
  number: string;
  /** "Kiên Giang, ngày 01 tháng 12 năm 2020". */
  placeAndDate: string;
  /** Not issued yet: "DỰ THẢO" heads the document. */
  draft: boolean;
}

/**
 * The heading of a document about a plan: the lead unit's superior body (UBND tỉnh …) above the issuer, the
 * place named after the province (or the lead unit when it has no superior).
 */
export function planHeading(
  plan: Pick<PlanHeader, 'leadUnit'>,
  issuer: string,
  number: string,
  date: string | null,
  draft: boolean,
): DocumentHeading {
  const superior = plan.leadUnit.parent;
  return {
    parentBody: superior ? viUpper(bodyName(superior)) : '',
    issuer: viUpper(issuer),
    number: `Số: ${number}`,
    placeAndDate: viPlaceAndDate(superior?.name ?? plan.leadUnit.name, date),
    draft,
  };
}

const headingColumn = (lines: Paragraph[], width: number) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, children: lines });

/** The issuing agency (left) beside the national heading (right), the number and the place and date under them. */
function documentHeading(h: DocumentHeading): Block[] {
  const left = Math.floor(CONTENT_WIDTH * 0.42);
  const right = CONTENT_WIDTH - left;
  const table = new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          headingColumn(
            [
              centred(h.parentBody, { size: SMALL }),
              centred(h.issuer, { bold: true, size: SMALL }),
              centred('———', { size: SMALL }),
              centred(h.number, { size: SMALL }),
            ],
            left,
          ),
          headingColumn(
            [
              centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: SMALL }),
              centred('Độc lập - Tự do - Hạnh phúc', { bold: true }),
              centred('———————', { size: SMALL }),
              centred(h.placeAndDate, { italics: true }),
            ],
            right,
          ),
        ],
      }),
    ],
  });
  return [...(h.draft ? [line('DỰ THẢO', { bold: true, align: AlignmentType.RIGHT })] : []), table, line('')];
}

const headingStyle = (italics = false) => ({
  run: { font: FONT, size: BODY, bold: true, italics, color: '000000' },
  paragraph: { spacing: { before: 120, after: 60 } },
});

/** A document about a plan, by its parts; the file's title is its kind followed by its title. */
export interface PlanDocument {
  heading: DocumentHeading;
  /** "Thông báo", "Báo cáo": upper-cased above the title, marked (DỰ THẢO) in a draft. */
  kind: string;
  title: string;
  body: Block[];
  recipients: string[];
}

/** The heading, the kind and title centred, the body, then who receives it: the layout both plan documents share. */
export function planDocument({ heading, kind, title, body, recipients: to }: PlanDocument): Promise<Buffer> {
  return officialDocument(`${kind} ${lowerFirst(title)}`, [
    ...documentHeading(heading),
    centred(heading.draft ? `${viUpper(kind)} (DỰ THẢO)` : viUpper(kind), { bold: true }),
    centred(title, { bold: true }),
    line(''),
    ...body,
    ...recipients(to),
  ]);
}

/** The document as a .docx file. */
function officialDocument(title: string, blocks: Block[]): Promise<Buffer> {
  const document = new Document({
    title,
    creator: 'Nền tảng dữ liệu kiểm tra CCHC',
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY }, paragraph: { spacing: { after: 100 } } },
        heading1: headingStyle(),
        heading2: headingStyle(),
        heading3: headingStyle(true),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        children: blocks,
      },
    ],
  });
  return Packer.toBuffer(document);
}

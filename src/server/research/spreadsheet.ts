// Spreadsheet files written by hand: CSV (RFC 4180) and OpenDocument Spreadsheet (.ods, ISO/IEC
// 26300). An .ods file is a ZIP of a few XML files; we write the ZIP ourselves, uncompressed
// ("stored", as the format demands for its first entry `mimetype` anyway), with node:zlib's crc32.
// Why not a package: the tables are small (a few dozen cells), the writer is some 100 lines a
// reviewer can read whole, and it adds no dependency to the server; LibreOffice, Excel and
// Google Sheets open ODS. XLSX would need more parts (workbook, relationships, shared strings).
import { crc32 } from 'node:zlib';

export type Cell = string | number | null;
export interface Sheet {
  name: string;
  rows: Cell[][];
}

/** CSV with CRLF line ends; a field with a comma, quote or line break is quoted. */
export function csvOf(rows: readonly (readonly Cell[])[]): string {
  const field = (cell: Cell) => {
    const text = cell === null ? '' : String(cell);
    // A leading =, +, - or @ would be a formula in a spreadsheet: quoted with a leading apostrophe.
    const safe = /^[=+\-@]/.test(text) && typeof cell !== 'number' ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

const xml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    // Control characters XML 1.0 cannot hold (tab, line feed and carriage return it can).
    .split('')
    .filter((ch) => ch.charCodeAt(0) >= 0x20 || ch === '\t' || ch === '\n' || ch === '\r')
    .join('');

function contentXml(sheets: readonly Sheet[]): string {
  const cell = (value: Cell) =>
    value === null
      ? '<table:table-cell/>'
      : typeof value === 'number'
        ? `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`
        : `<table:table-cell office:value-type="string"><text:p>${xml(value)}</text:p></table:table-cell>`;
  const tables = sheets
    .map(
      (sheet) =>
        `<table:table table:name="${xml(sheet.name)}">${sheet.rows
          .map((row) => `<table:table-row>${row.map(cell).join('')}</table:table-row>`)
          .join('')}</table:table>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">' +
    `<office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`
  );
}

const manifest =
  '<?xml version="1.0" encoding="UTF-8"?>' +
  '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
  '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
  '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
  '</manifest:manifest>';

export const odsMediaType = 'application/vnd.oasis.opendocument.spreadsheet';

/** An .ods workbook with these sheets. */
export function odsOf(sheets: readonly Sheet[]): Uint8Array {
  return storedZip([
    ['mimetype', Buffer.from(odsMediaType)],
    ['META-INF/manifest.xml', Buffer.from(manifest)],
    ['content.xml', Buffer.from(contentXml(sheets))],
  ]);
}

/** A ZIP archive of uncompressed entries (APPNOTE 6.3: local headers, central directory, end record). */
export function storedZip(entries: ReadonlyArray<readonly [string, Buffer]>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  // 1980-01-01 00:00 in DOS time: a fixed date, so the same table gives the same bytes.
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(10, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

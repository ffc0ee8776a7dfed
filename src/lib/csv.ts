/**
 * CSV as RFC 4180 describes it, so the incident log opens cleanly in a spreadsheet:
 * CRLF after every record, the last one included, and fields quoted only when they must be.
 * No cell starts a formula: a value beginning with `=`, `+`, `-`, `@`, a tab or a carriage return
 * (OWASP's list for CSV injection) is written with a leading `'`, numbers included, so a title
 * like `=HYPERLINK(…)` is shown as text, never run.
 */

export type CsvCell = string | number | boolean | null;

const NEEDS_QUOTES = /[",\r\n]/;
const STARTS_FORMULA = /^[=+\-@\t\r]/;

function cellText(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) {
    // NaN or Infinity in an export is a bug upstream; an empty cell would hide it.
    throw new RangeError(`A CSV cell must be a finite number, not ${value}.`);
  }
  const written = String(value);
  const text = STARTS_FORMULA.test(written) ? `'${written}` : written;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header row and data rows as CSV text. Every row must have as many cells as the header. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${index + 1} has ${row.length} cells but the header has ${header.length}.`);
    }
  });
  return [header, ...rows].map((record) => `${record.map(cellText).join(',')}\r\n`).join('');
}

/**
 * Reads CSV text into records of fields. Quoted fields may hold commas, doubled quotes and line
 * breaks; records end at CRLF (or a bare LF or CR, as some editors save them). A final line
 * break does not start an empty record. Malformed quoting is an error, not a guess.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let atFieldStart = true;
  // Whether the current line has anything in it yet, so that the text's final line break does
  // not add an empty record (a blank line in the middle still is one).
  let inRecord = false;
  let index = 0;

  const endField = () => {
    record.push(field);
    field = '';
    atFieldStart = true;
  };

  while (index < text.length) {
    const char = text[index]!;
    if (atFieldStart && char === '"') {
      // A quoted field: read to the closing quote, turning "" into ".
      index += 1;
      for (;;) {
        if (index >= text.length) throw new Error('CSV ends inside a quoted field: a closing quote is missing.');
        if (text[index] === '"') {
          if (text[index + 1] !== '"') break;
          field += '"';
          index += 2;
        } else {
          field += text[index];
          index += 1;
        }
      }
      index += 1; // the closing quote
      const next = text[index];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new Error(`CSV has text after a closing quote at character ${index + 1}; quote the whole field.`);
      }
      atFieldStart = false;
      inRecord = true;
      continue;
    }
    atFieldStart = false;
    if (char === ',') {
      endField();
      inRecord = true;
      index += 1;
    } else if (char === '\r' || char === '\n') {
      endField();
      records.push(record);
      record = [];
      inRecord = false;
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
    } else if (char === '"') {
      throw new Error(`CSV has a quote inside an unquoted field at character ${index + 1}; quote the field and double the quote.`);
    } else {
      field += char;
      inRecord = true;
      index += 1;
    }
  }
  if (inRecord) {
    endField();
    records.push(record);
  }
  return records;
}

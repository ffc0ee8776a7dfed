import { describe, it, expect } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('toCsv', () => {
  it('ends every line with CRLF, the last one included', () => {
    expect(toCsv(['a', 'b'], [['1', '2'], ['3', '4']])).toBe('a,b\r\n1,2\r\n3,4\r\n');
  });

  it('writes only the header (with its CRLF) when there are no rows', () => {
    expect(toCsv(['id', 'date'], [])).toBe('id,date\r\n');
  });

  it('quotes a field holding a comma, a quote, a CR or an LF, doubling quotes', () => {
    expect(toCsv(['t'], [['a,b'], ['say "hi"'], ['line\nbreak'], ['cr\rhere'], ['plain']])).toBe(
      't\r\n"a,b"\r\n"say ""hi"""\r\n"line\nbreak"\r\n"cr\rhere"\r\nplain\r\n',
    );
  });

  it('writes null as an empty cell, booleans as true/false, numbers as written', () => {
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], [[null, true, false, 0, 45.5]])).toBe('a,b,c,d,e\r\n,true,false,0,45.5\r\n');
  });

  it.each([
    ['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    [-45, "'-45"],
  ])('writes %j, which a spreadsheet would read as a formula, with a leading quote', (value, cell) => {
    expect(toCsv(['t'], [[value]])).toBe(`t\r\n${cell}\r\n`);
  });

  it('leaves a formula character that is not at the start alone', () => {
    expect(toCsv(['t'], [['a=1'], [' =1'], ['x@y'], ['1-2']])).toBe('t\r\na=1\r\n =1\r\nx@y\r\n1-2\r\n');
  });

  it('checks the header cells too', () => {
    expect(toCsv(['=x'], [])).toBe("'=x\r\n");
  });

  it('leaves spaces and non-ASCII text unquoted', () => {
    expect(toCsv(['t'], [[' Crème brûlée – 2 h ']])).toBe('t\r\n Crème brûlée – 2 h \r\n');
  });

  it('rejects a row with the wrong number of cells, and NaN', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow('CSV row 1 has 1 cells but the header has 2.');
    expect(() => toCsv(['a'], [[Number.NaN]])).toThrow(RangeError);
  });
});

describe('parseCsv', () => {
  it('reads CRLF records without an empty record for the final line break', () => {
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads the last record when there is no final line break, and bare LF endings', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields, at the start, middle and end of a record', () => {
    expect(parseCsv(',x,,\r\n')).toEqual([['', 'x', '', '']]);
  });

  it('reads quoted fields with commas, doubled quotes and CRLF inside', () => {
    expect(parseCsv('"a,b","say ""hi""","two\r\nlines"\r\n""\r\n')).toEqual([['a,b', 'say "hi"', 'two\r\nlines'], ['']]);
  });

  it('keeps a blank line in the middle as a record of one empty field', () => {
    expect(parseCsv('a\r\n\r\nb\r\n')).toEqual([['a'], [''], ['b']]);
  });

  it('reads empty text as no records', () => {
    expect(parseCsv('')).toEqual([]);
  });

  it('rejects an unclosed quote, text after a closing quote and a stray quote', () => {
    expect(() => parseCsv('"abc\r\n')).toThrow(/closing quote is missing/);
    expect(() => parseCsv('"abc"d\r\n')).toThrow(/text after a closing quote at character 6/);
    expect(() => parseCsv('ab"c\r\n')).toThrow(/quote inside an unquoted field at character 3/);
  });

  it('round-trips whatever toCsv writes', () => {
    const header = ['id', 'title', 'n', 'flag', 'empty'];
    const rows = [
      ['x', 'Checkout, "again"\r\nand again', 12, true, null],
      ['y', '"', -1, false, ''],
      ['=z', '@x,y', 0, false, '\t'],
    ];
    expect(parseCsv(toCsv(header, rows))).toEqual([
      header,
      ['x', 'Checkout, "again"\r\nand again', '12', 'true', ''],
      ['y', '"', "'-1", 'false', ''],
      ["'=z", "'@x,y", '0', 'false', "'\t"],
    ]);
  });
});

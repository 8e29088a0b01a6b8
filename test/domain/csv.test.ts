import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/domain/csv.js';

describe('CSV for exports', () => {
  it('quotes every field, doubles quotes, and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x, "y"', 3], [null, 'line\nbreak']])).toBe('\uFEFF"a","b"\r\n"x, ""y""","3"\r\n"","line\nbreak"\r\n');
  });

  it('starts with a byte-order mark, so Excel reads it as UTF-8', () => {
    expect(toCsv(['名前'], [['Zoë 👩🏽‍💻']]).startsWith('\uFEFF"名前"')).toBe(true);
  });

  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1 555', `"'+1 555"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['＝1+1', `"'＝1+1"`],
    ['＠SUM(A1)', `"'＠SUM(A1)"`],
    ['Head of Data', '"Head of Data"'],
  ])('defuses a spreadsheet formula in %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('leaves numbers as numbers, negative ones too', () => {
    expect(csvField(-5)).toBe('"-5"');
  });
});

/**
 * CSV (RFC 4180) for exports. Every field is quoted; a field a spreadsheet would read as a
 * formula (starting with =, +, -, @, their full-width forms, tab or carriage return) gets a
 * leading apostrophe, so an exported note can never run code when opened. It starts with a
 * byte-order mark: without one, Excel reads the file in the system's legacy code page, and every
 * name in another script or with an emoji comes out garbled.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return BYTE_ORDER_MARK + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const BYTE_ORDER_MARK = '\uFEFF';

export function csvField(value: string | number | null): string {
  if (value === null) return '""';
  const text = typeof value === 'number' ? String(value) : defuseFormula(value);
  return `"${text.replace(/"/g, '""')}"`;
}

function defuseFormula(text: string): string {
  return /^[=+\-@\t\r＝＋－＠]/.test(text) ? `'${text}` : text;
}

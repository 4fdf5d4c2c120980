// A strict RFC 4180 parser for tests: quoted fields, doubled quotes, CRLF records.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (cell += c), i++;
    } else if (c === '"' && cell === '') (quoted = true), i++;
    else if (c === ',') row.push(cell), (cell = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2);
    else if (c === '"' || c === '\r' || c === '\n') throw new Error(`Bad CSV at ${i}: unquoted ${JSON.stringify(c)}`);
    else (cell += c), i++;
  }
  if (quoted) throw new Error('Bad CSV: unterminated quote');
  if (cell !== '' || row.length) throw new Error('Bad CSV: last record has no CRLF');
  return rows;
}

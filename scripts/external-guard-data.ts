/**
 * Turns the public prompt sets the guard is measured on into labelled JSONL in data/external/
 * (never committed: the prompts are other people's writing). Fetch the two CSV files first from
 * the public repository rohitgandikota/erasing, folder data/: coco_30k.csv (ordinary scene
 * captions) and unsafe-prompts4703.csv (the I2P inappropriate-image-prompts benchmark), into
 * data/external/. Then:
 *
 *   npx tsx scripts/external-guard-data.ts
 *
 * writes data/external/coco.jsonl (label "benign") and data/external/i2p.jsonl (I2P's first
 * category; only prompts whose images were judged inappropriate at least half the time, the
 * ones whose text most plainly asks for it), and beside each its held-out part
 * (coco-heldout.jsonl, i2p-heldout.jsonl): the prompts the guard classifier's trainer never trains
 * on (models/guard-classifier/train.py: the first byte of the prompt's sha256 below 52).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const DIR = 'data/external';

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows;
  return body.filter((r) => r.length === header!.length).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

const jsonl = (rows: { prompt: string; label: string }[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
const heldOut = (prompt: string) => createHash('sha256').update(prompt, 'utf8').digest()[0]! < 52;
function write(name: string, rows: { prompt: string; label: string }[]) {
  writeFileSync(`${DIR}/${name}.jsonl`, jsonl(rows));
  writeFileSync(`${DIR}/${name}-heldout.jsonl`, jsonl(rows.filter((r) => heldOut(r.prompt))));
}

const coco = parseCsv(readFileSync(`${DIR}/coco_30k.csv`, 'utf8')).map((r) => ({ prompt: r.prompt!.trim(), label: 'benign' }));
write('coco', coco);
const i2p = parseCsv(readFileSync(`${DIR}/unsafe-prompts4703.csv`, 'utf8'))
  .filter((r) => Number(r.inappropriate_percentage) >= 50)
  .map((r) => ({ prompt: r.prompt!.trim(), label: r.categories!.split(',')[0]!.trim() }));
write('i2p', i2p);
console.log(`${coco.length} COCO captions, ${i2p.length} I2P prompts -> ${DIR}/`);

// Writes foreign-js.arrow: an Arrow IPC file written by arrow-js (not Arrow Java), for
// ForeignArrowFileTest. Regenerate (only needed when changing the data):
//   npm install apache-arrow@18   (in a scratch directory, then copy this script there)
//   node make-foreign.mjs <output-dir>
// Columns: timestamp (Timestamp ms), symbol (Utf8), open/high/low/close (Float32), volume (Float64);
// 3 record batches of 50, 1 and 49 rows. Values are a deterministic function of the row index, so the
// test recomputes them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Table, RecordBatch, makeData, vectorFromArray, tableToIPC, Schema, Field,
  Float32, Float64, Utf8, TimestampMillisecond, Struct,
} from 'apache-arrow';

const out = process.argv[2] ?? '.';
const fields = [
  new Field('timestamp', new TimestampMillisecond(), false),
  new Field('symbol', new Utf8(), false),
  new Field('open', new Float32(), false),
  new Field('high', new Float32(), false),
  new Field('low', new Float32(), false),
  new Field('close', new Float32(), false),
  new Field('volume', new Float64(), false),
];
const schema = new Schema(fields);

function batch(first, rows) {
  const ts = [];
  const sym = [];
  const cols = { open: new Float32Array(rows), high: new Float32Array(rows), low: new Float32Array(rows),
    close: new Float32Array(rows) };
  const volume = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const r = first + i;
    ts.push(1704067200000 + r * 60000);
    sym.push(r % 2 === 0 ? 'EURUSD' : 'GBPUSD');
    cols.open[i] = 1 + r / 1000;
    cols.high[i] = 1 + r / 1000 + 0.25;
    cols.low[i] = 1 + r / 1000 - 0.25;
    cols.close[i] = 1 + r / 500;
    volume[i] = r * 10 + 0.5;
  }
  const children = [
    vectorFromArray(ts.map((t) => t), new TimestampMillisecond()).data[0],
    vectorFromArray(sym, new Utf8()).data[0],
    makeData({ type: new Float32(), length: rows, data: cols.open }),
    makeData({ type: new Float32(), length: rows, data: cols.high }),
    makeData({ type: new Float32(), length: rows, data: cols.low }),
    makeData({ type: new Float32(), length: rows, data: cols.close }),
    makeData({ type: new Float64(), length: rows, data: volume }),
  ];
  const data = makeData({ type: new Struct(fields), length: rows, nullCount: 0, children });
  return new RecordBatch(schema, data);
}

const table = new Table([batch(0, 50), batch(50, 1), batch(51, 49)]);
writeFileSync(join(out, 'foreign-js.arrow'), tableToIPC(table, 'file'));
console.log(`wrote ${table.numRows} rows in ${table.batches.length} batches`);

// bench_tokenize_hf.js - Hugging Face tokenizers (the @anush008/tokenizers native binding of
// tokenizers 0.22) on the same file as tools/bench_tokenize.c: special tokens added, no
// truncation or padding. Prints one JSON object with two figures, medians of --repeat runs:
//   batch_mb_per_s  encodeBatch over all lines (Rust side, multi-threaded by rayon)
//   line_mb_per_s   encode() line by line from JavaScript (one thread)
// usage: node bench_tokenize_hf.js tokenizer.json TEXT [--repeat N]
const { Tokenizer } = require('@anush008/tokenizers');
const fs = require('fs');

const [file, textFile] = process.argv.slice(2);
const repeat = process.argv[4] === '--repeat' ? Number(process.argv[5]) : 3;
const tokenizer = Tokenizer.fromFile(file);
tokenizer.disableTruncation();
tokenizer.disablePadding();
const bytes = fs.readFileSync(textFile);
const lines = bytes.toString('utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();

const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const seconds = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;

(async () => {
  const batch = [], line = [];
  for (let r = 0; r < repeat; r++) {
    let t0 = process.hrtime.bigint();
    await tokenizer.encodeBatch(lines, { addSpecialTokens: true });
    batch.push(bytes.length / seconds(t0) / 1e6);
    t0 = process.hrtime.bigint();
    for (const l of lines) await tokenizer.encode(l, null, { addSpecialTokens: true });
    line.push(bytes.length / seconds(t0) / 1e6);
  }
  console.log(JSON.stringify({ batch_mb_per_s: +median(batch).toFixed(2), line_mb_per_s: +median(line).toFixed(2) }));
})();

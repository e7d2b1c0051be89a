// Readability.js on linkedom: main text of every page in PAGES_DIR written to OUT_DIR/<page>.txt.
// Main text = Readability's title, byline and textContent (what it exposes as the article).
// Usage: node readability-js.mjs PAGES_DIR OUT_DIR [WARM_SECONDS]
// Prints one JSON line: pages, first-pass ms, and (when WARM_SECONDS > 0) warmed-up pages/s.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const [pagesDir, outDir, warmArg] = process.argv.slice(2);
const warmSeconds = Number(warmArg ?? 0);
const files = readdirSync(pagesDir).filter(f => f.endsWith('.html')).sort();
const pages = files.map(f => [f, readFileSync(join(pagesDir, f), 'utf8')]);

function extract(html) {
  const { document } = parseHTML(html);
  const article = new Readability(document).parse();
  if (!article) return '';
  return [article.title, article.byline, article.textContent].filter(Boolean).join('\n\n');
}

const t0 = process.hrtime.bigint();
mkdirSync(outDir, { recursive: true });
for (const [name, html] of pages) writeFileSync(join(outDir, basename(name, '.html') + '.txt'), extract(html));
const firstPassMs = Number(process.hrtime.bigint() - t0) / 1e6;

let warm = null;
if (warmSeconds > 0) {
  const end = Date.now() + warmSeconds * 1000;            // warm-up: as long as the measurement
  while (Date.now() < end) for (const [, html] of pages) extract(html);
  let n = 0;
  const s = process.hrtime.bigint();
  const stop = Date.now() + warmSeconds * 1000;
  while (Date.now() < stop) { for (const [, html] of pages) extract(html); n += pages.length; }
  warm = n / (Number(process.hrtime.bigint() - s) / 1e9);
}
console.log(JSON.stringify({ tool: 'readability-js', pages: pages.length, firstPassMs, warmPagesPerSecond: warm }));

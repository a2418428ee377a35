// Bundles the explorer into dist/ (index.html, explorer.js, explorer.css) from the npm packages in node_modules:
// run by the Api build after `npm ci`; nothing it writes is committed.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: ['es2022'],
  outfile: 'dist/explorer.js',
  legalComments: 'none',
  logLevel: 'warning',
});
for (const file of ['index.html', 'explorer.css']) copyFileSync(`src/${file}`, `dist/${file}`);

// The licences of every package in the bundle, served beside it (all MIT).
const bundled = ['cytoscape', 'chart.js', '@kurkle/color'];
writeFileSync('dist/THIRD-PARTY-NOTICES.txt', bundled.map(name => {
  const { version, license } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
  const file = readdirSync(`node_modules/${name}`).find(entry => /^licen[cs]e(\.md|\.txt)?$/i.test(entry));
  return `${name} ${version} (${license})\n\n${readFileSync(`node_modules/${name}/${file}`, 'utf8').trim()}\n`;
}).join('\n----\n\n'));

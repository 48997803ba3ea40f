// Fail fast when package-lock.json lacks a platform's optional native binary (tailwind's oxide,
// lightningcss, rolldown): npm can write such a lockfile silently, and `npm ci` then breaks elsewhere.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const packages = lock.packages ?? {};
const missing = [];
let checked = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const dep of Object.keys(meta.optionalDependencies ?? {})) {
    if (!/(oxide|lightningcss|rolldown|esbuild)/.test(dep)) continue;
    checked++;
    const nested = `${path}/node_modules/${dep}`;
    if (!packages[nested] && !packages[`node_modules/${dep}`]) missing.push(`${dep} (wanted by ${path || 'root'})`);
  }
}
if (missing.length) {
  console.error(`package-lock.json lacks optional native packages:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`lockfile: all ${checked} optional native binaries present`);

// Runs graphql-http's GraphQL-over-HTTP audit against the endpoint and prints one line per audit item.
// Exits non-zero when a MUST item fails, or a SHOULD item named on the command line.
// Usage: node audit.mjs <base url> [SHOULD audit ids that must pass...]
import { auditServer } from 'graphql-http';

const [base, ...required] = process.argv.slice(2);
const results = await auditServer({ url: `${base}/graphql` });
const failed = [];
for (const result of results) {
  console.log(`${result.status.padEnd(5)} ${result.id} ${result.name}${result.status === 'ok' ? '' : `: ${result.reason}`}`);
  if (result.status === 'error' || (result.status !== 'ok' && required.includes(result.id))) failed.push(result.id);
}
console.log(`${results.filter(r => r.status === 'ok').length} ok, ${results.filter(r => r.status === 'warn').length} warn, ${results.filter(r => r.status === 'error').length} error`);
if (failed.length) {
  console.log(`failed: ${failed.join(', ')}`);
  process.exit(1);
}

// Lints Cypher statements with Neo4j's own parser (offline). Input on stdin: a JSON array of {name, statement}.
// Output on stdout: a JSON array of {name, severity, message, offset} for every diagnostic except undeclared
// parameters (the adapter binds those at run time, which the linter cannot see).
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const findings = [];
for (const { name, statement } of JSON.parse(input)) {
  const { diagnostics } = lintCypherQuery(statement, {});
  for (const d of diagnostics.filter(isNotParamError)) {
    findings.push({ name, severity: d.severity, message: d.message, offset: d.offsets?.start ?? -1 });
  }
}
process.stdout.write(JSON.stringify(findings));

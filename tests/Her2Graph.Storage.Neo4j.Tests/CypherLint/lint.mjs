// Lints Cypher statements with Neo4j's own parser (offline). Input on stdin: {schema, statements: [{name, statement}]}
// where schema is a dbSchema ({labels, relationshipTypes, propertyKeys}), so that a misspelt label, type or property
// is reported too. Output on stdout: a JSON array of {name, severity, message, offset} for every diagnostic except
// undeclared parameters (the adapter binds those at run time, which the linter cannot see).
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { schema, statements } = JSON.parse(input);
const findings = [];
for (const { name, statement } of statements) {
  const { diagnostics } = lintCypherQuery(statement, schema ?? {});
  for (const d of diagnostics.filter(isNotParamError)) {
    findings.push({ name, severity: d.severity, message: d.message, offset: d.offsets?.start ?? -1 });
  }
}
process.stdout.write(JSON.stringify(findings));

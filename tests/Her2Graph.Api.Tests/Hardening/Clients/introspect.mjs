// Loads the schema as tools built on graphql-js 16 do, with every October 2021 introspection option on, builds the
// client schema, validates it, and validates every example document of the IDE against it.
// Usage: node introspect.mjs <base url> <examples folder>
import { buildClientSchema, getIntrospectionQuery, parse, validate, validateSchema } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [base, examples] = process.argv.slice(2);
const query = getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true, schemaDescription: true,
});
const response = await fetch(`${base}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const body = await response.json();
if (response.status !== 200 || body.errors) {
  throw new Error(`introspection failed: ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 2000)}`);
}

const schema = buildClientSchema(body.data);
const schemaErrors = validateSchema(schema);
if (schemaErrors.length) throw new Error(`the client schema is invalid:\n${schemaErrors.map(e => e.message).join('\n')}`);
if (!schema.description) throw new Error('the schema description did not come through');
const repeatable = body.data.__schema.directives.filter(d => typeof d.isRepeatable !== 'boolean');
if (repeatable.length) throw new Error(`directives without isRepeatable: ${repeatable.map(d => d.name).join(', ')}`);

const files = readdirSync(examples).filter(file => file.endsWith('.graphql')).sort();
if (!files.length) throw new Error(`no example documents in ${examples}`);
const failures = [];
for (const file of files) {
  const errors = validate(schema, parse(readFileSync(join(examples, file), 'utf8')));
  for (const error of errors) failures.push(`${file}: ${error.message}`);
}
if (failures.length) throw new Error(`example documents do not validate:\n${failures.join('\n')}`);
console.log(`ok: ${Object.keys(schema.getTypeMap()).length} types, ${files.length} example documents valid`);

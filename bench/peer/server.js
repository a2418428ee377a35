// The graphql-js peer of the HTTP benchmark (issue 14): graphql + graphql-http over the same facts as the API, held in
// memory. It implements the lookup of entities by key, name or alias (drug, variant, trial), with the API's rule:
// key beats name beats alias, case and punctuation ignored but for the key. Usage: node server.js FACTS.json PORT
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const { buildSchema } = require('graphql');
const { createHandler } = require('graphql-http/lib/use/http');

const [factsPath, port] = process.argv.slice(2);
const facts = JSON.parse(fs.readFileSync(factsPath, 'utf8'));

const fold = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

// One index per kind, built once: exact keys, then folded names, then folded aliases (first writer wins per tier).
function index(nodes) {
  const byKey = new Map(), byName = new Map(), byAlias = new Map();
  for (const node of nodes) {
    byKey.set(node.key, node);
    if (!byName.has(fold(node.name))) byName.set(fold(node.name), node);
    for (const alias of node.aliases) if (!byAlias.has(fold(alias))) byAlias.set(fold(alias), node);
  }
  return (text) => byKey.get(text) ?? byName.get(fold(text)) ?? byAlias.get(fold(text)) ?? null;
}

const drug = index(facts.drugs), variant = index(facts.variants), trial = index(facts.trials);

const schema = buildSchema(`
  type Drug { key: String! name: String! aliases: [String!]! }
  type Variant { key: String! name: String! aliases: [String!]! }
  type Trial { key: String! name: String! aliases: [String!]! }
  type Query { drug(name: String!): Drug  variant(name: String!): Variant  trial(id: String!): Trial }
`);
const rootValue = { drug: ({ name }) => drug(name), variant: ({ name }) => variant(name), trial: ({ id }) => trial(id) };

const handler = createHandler({ schema, rootValue });
http.createServer((req, res) => {
  if (req.url === '/health') { res.writeHead(200); res.end('ok'); return; }
  handler(req, res);
}).listen(Number(port), '127.0.0.1', () => console.log(`peer listening on ${port}`));

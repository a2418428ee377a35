// The one way the explorer reads data: POST to the public GraphQL endpoint. Every call is remembered per panel, so
// the panel's "query" button can show (and open in the IDE) exactly what produced it.

const endpoint = new URL('../graphql', document.baseURI).pathname;

/** A GraphQL answer with errors, or an HTTP failure, in words a reader can act on. */
export class QueryError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

export async function runQuery(operation, variables = {}) {
  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: operation, variables }),
    });
  } catch {
    throw new QueryError('The API cannot be reached.', 'NETWORK');
  }
  const body = await response.json().catch(() => null);
  const first = body?.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'ERROR';
    const wait = code === 'RATE_LIMITED' && response.headers.get('retry-after');
    throw new QueryError(`${first.message}${wait ? ` (try again in ${wait} s)` : ''}`, code);
  }
  if (!response.ok || !body?.data) throw new QueryError(`The API answered ${response.status}.`, `HTTP_${response.status}`);
  return body.data;
}

/** Where Banana Cake Pop opens with this document and its variables (the API redirects to a page whose config holds them). */
export function ideLink(operation, variables) {
  const url = new URL(endpoint, document.baseURI);
  url.searchParams.set('document', operation);
  if (variables && Object.keys(variables).length) url.searchParams.set('variables', JSON.stringify(variables, null, 2));
  return url.href;
}

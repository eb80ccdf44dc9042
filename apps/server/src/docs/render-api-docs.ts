import { PROBLEM_TYPES } from '../http/problem';

/** The parts of an OpenAPI 3.1 document the docs page shows. */
interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation | undefined> | undefined>;
  components?: { schemas?: Record<string, unknown> };
}

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Renders a self-contained, readable HTML page describing every endpoint of the OpenAPI document. */
export function renderApiDocs(document: {
  info: OpenApiDocument['info'];
  paths?: unknown;
  components?: unknown;
}): string {
  // The generator's types are wider than what is read here; only the fields above are used.
  const doc = document as OpenApiDocument;
  const operations: { path: string; method: string; op: Operation }[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (op) operations.push({ path, method, op });
    }
  }
  const byTag = new Map<string, typeof operations>();
  for (const entry of operations) {
    const tag = entry.op.tags?.[0] ?? 'Other';
    byTag.set(tag, [...(byTag.get(tag) ?? []), entry]);
  }
  const sections = [...byTag.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([tag, entries]) => `<section aria-labelledby="tag-${slug(tag)}">
  <h2 id="tag-${slug(tag)}">${esc(tag)}</h2>
  ${entries.map(renderOperation).join('\n')}
</section>`,
    )
    .join('\n');
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(
      ([name, schema]) =>
        `<h3 id="schema-${slug(name)}">${esc(name)}</h3><pre>${esc(JSON.stringify(schema, null, 2))}</pre>`,
    )
    .join('\n');
  const problems = Object.entries(PROBLEM_TYPES)
    .map(
      ([type, p]) =>
        `<tr id="problem-${type}"><td><code>/api/docs#problem-${type}</code></td><td>${p.status}</td><td>${esc(p.title)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} — reference</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
  header, main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
  header { border-bottom: 3px solid #c8102e; }
  details { background: #fff; border: 1px solid #ccc; border-radius: 6px; margin: .5rem 0; padding: .5rem 1rem; }
  summary { cursor: pointer; font-weight: 600; }
  summary:focus-visible, a:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
  .method { display: inline-block; min-width: 4.5rem; font-family: monospace; text-transform: uppercase; color: #fff; background: #333; border-radius: 4px; text-align: center; margin-right: .5rem; }
  .get { background: #1d5e9e; } .post { background: #1a7a3a; } .delete { background: #a4161a; } .put, .patch { background: #7a4d00; }
  pre { background: #f2f2f2; padding: .75rem; overflow-x: auto; border-radius: 4px; font-size: .85rem; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #ddd; }
</style>
</head>
<body>
<header>
  <h1>${esc(doc.info.title)} <small>v${esc(doc.info.version)}</small></h1>
  <p>${esc(doc.info.description ?? '')}</p>
  <p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). <a href="/">Back to Caucus</a>.</p>
</header>
<main>
${sections}
<section aria-labelledby="problems">
  <h2 id="problems">Problem types</h2>
  <p>Every error response is an RFC 9457 problem document with <code>type</code>, <code>title</code>, <code>status</code> and <code>detail</code>; validation failures add <code>errors</code>, one per field.</p>
  <table><thead><tr><th>type</th><th>status</th><th>title</th></tr></thead><tbody>${problems}</tbody></table>
</section>
<section aria-labelledby="schemas">
  <h2 id="schemas">Schemas</h2>
  ${schemas || '<p>No shared schemas.</p>'}
</section>
</main>
</body>
</html>`;
}

function renderOperation({ path, method, op }: { path: string; method: string; op: Operation }): string {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${esc(p.description ?? '')}</td><td><code>${esc(JSON.stringify(p.schema ?? {}))}</code></td></tr>`,
    )
    .join('');
  const body = Object.entries(op.requestBody?.content ?? {})
    .map(
      ([type, media]) =>
        `<h4>Request body (${esc(type)})</h4><pre>${esc(JSON.stringify(media.schema, null, 2))}</pre>`,
    )
    .join('');
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => {
      const content = Object.entries(r.content ?? {})
        .map(
          ([type, media]) =>
            `<p><code>${esc(type)}</code></p><pre>${esc(JSON.stringify(media.schema, null, 2))}</pre>`,
        )
        .join('');
      return `<h4>${esc(status)} — ${esc(r.description ?? '')}</h4>${content}`;
    })
    .join('');
  return `<details id="${slug(`${method}-${path}`)}">
  <summary><span class="method ${method}">${method}</span><code>${esc(path)}</code> — ${esc(op.summary ?? '')}</summary>
  ${op.description ? `<p>${esc(op.description)}</p>` : ''}
  ${params ? `<h4>Parameters</h4><table><thead><tr><th>name</th><th>in</th><th>required</th><th>description</th><th>schema</th></tr></thead><tbody>${params}</tbody></table>` : ''}
  ${body}
  ${responses}
</details>`;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

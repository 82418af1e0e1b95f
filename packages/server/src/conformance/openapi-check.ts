/**
 * Holds an answer against the OpenAPI document: the operation its path and method name, the
 * response its status names (or `default`), and the schema of its media type.
 */
import { Validator } from '@cfworker/json-schema';

interface MediaType {
  schema?: object;
}
interface Response {
  content?: Record<string, MediaType>;
}
interface Operation {
  responses?: Record<string, Response>;
}
export interface OpenApiDocument {
  paths?: Record<string, Record<string, Operation>>;
  components?: object;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The document's path template matching `path` (literal segments before parameters). */
function templateOf(document: OpenApiDocument, path: string): string | undefined {
  const matches = Object.keys(document.paths ?? {}).filter((template) =>
    new RegExp(
      `^${template
        .split(/\{[^}]+\}/)
        .map(escape)
        .join('[^/]+')}$`,
    ).test(path),
  );
  // `/exchanges/{id}` and `/listings/{id}/applications` both end in a parameter: the template
  // with more literal characters is the more specific.
  return matches.sort(
    (a, b) => b.replace(/\{[^}]+\}/g, '').length - a.replace(/\{[^}]+\}/g, '').length,
  )[0];
}

export interface Answered {
  method: string;
  /** The route's path below the base URL, such as `/listings/abc`. */
  path: string;
  status: number;
  contentType: string;
  /** The parsed body, when it is JSON. */
  body: unknown;
  text: string;
}

/** What is wrong with an answer by the document; nothing when it conforms. */
export function openApiProblems(document: OpenApiDocument, answer: Answered): string[] {
  const template = templateOf(document, answer.path);
  if (!template) return [`${answer.path} is not a route of the OpenAPI document`];
  const operation = document.paths![template]![answer.method.toLowerCase()];
  if (!operation) return [`${answer.method} ${template} is not in the OpenAPI document`];
  const response =
    operation.responses?.[String(answer.status)] ??
    operation.responses?.[`${String(answer.status)[0]}XX`] ??
    operation.responses?.default;
  if (!response)
    return [
      `${answer.status} is not an answer of ${answer.method} ${template} in the OpenAPI document`,
    ];
  if (!response.content) return [];
  const media = answer.contentType.split(';')[0]!.trim().toLowerCase();
  const declared = response.content[media];
  if (!declared)
    return [
      `${answer.method} ${template} ${answer.status} is declared as ${Object.keys(response.content).join(' or ')}, not "${media || 'no content type'}"`,
    ];
  if (!declared.schema || !/json/.test(media)) return [];
  const schema = { ...declared.schema, components: document.components };
  const result = new Validator(schema as never, '2020-12', false).validate(answer.body);
  if (result.valid) return [];
  // The deepest errors say what is wrong; the rest repeat that a parent failed.
  const leaves = result.errors.filter(
    (error) =>
      !result.errors.some(
        (other) =>
          other !== error && other.instanceLocation.startsWith(`${error.instanceLocation}/`),
      ),
  );
  return leaves
    .slice(0, 3)
    .map(
      (e) =>
        `${e.instanceLocation.replace(/^#/, '') || '(body)'}: ${e.error} (${answer.method} ${template} ${answer.status})`,
    );
}

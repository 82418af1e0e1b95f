/**
 * A stand-in for a few addresses the stories' credentials point to (their issuers' status
 * lists), so their verdicts show offline. `window.fetch` is wrapped once: only registered
 * `https://northfield.example/` addresses are answered here; every other request goes out as
 * before.
 */
const HOST = 'https://northfield.example/';
const routes = new Map<string, () => Promise<Response> | Response>();
let installed = false;

export function answer(path: string, respond: () => Promise<Response> | Response): string {
  const url = `${HOST}${path}`;
  routes.set(url, respond);
  if (!installed && typeof window !== 'undefined') {
    installed = true;
    const real = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const route = routes.get(url);
      return route ? route() : real(input, init);
    };
  }
  return url;
}

/**
 * An answer whose headers arrive and whose body never does. A real network would give up on
 * it when the lookup's time runs out (its abort signal ends the body too); this stand-in takes
 * no signal, so whatever reads it waits for as long as the story is looked at.
 */
export const neverFinishing = (): Response =>
  new Response(new ReadableStream({ start() {} }), {
    headers: { 'content-type': 'application/vc+jwt' },
  });

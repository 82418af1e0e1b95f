/**
 * The issuer's public documents, which verifiers fetch: issuer profiles, badge classes,
 * hosted OB 2.0 assertions (410 once revoked) and each issuer's signed status list.
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { ApiError } from '../api-error.ts';
import type { CredentialIssuer } from '../credentials/issuer.ts';
import type { CredentialStore } from '../store/credentials.ts';

export function issuerRoutes(issuer: CredentialIssuer, credentials: CredentialStore) {
  const routes = new Hono();
  // Public documents for any verifier on any site: open to every origin.
  const open = cors({ origin: '*', allowMethods: ['GET'] });
  for (const path of ['/issuers/*', '/achievements/*', '/assertions/*']) routes.use(path, open);

  routes.get('/issuers/:id', async (c) => c.json(await issuer.issuerProfile(c.req.param('id'))));

  routes.get('/achievements/:id', async (c) => c.json(await issuer.badgeClass(c.req.param('id'))));

  routes.get('/assertions/:id', async (c) => {
    const row = await credentials.get(c.req.param('id'));
    if (row?.format !== 'ob2-hosted')
      throw new ApiError(404, `There is no assertion "${c.req.param('id')}".`);
    if (row.revoked_at) {
      // Open Badges 2.0: a revoked hosted assertion answers 410 with `revoked: true`.
      return c.json(
        {
          '@context': 'https://w3id.org/openbadges/v2',
          type: 'Assertion',
          id: issuer.urls.assertion(row.id),
          revoked: true,
          ...(row.revocation_reason ? { revocationReason: row.revocation_reason } : {}),
        },
        410,
      );
    }
    return c.body(row.body, 200, { 'content-type': 'application/json; charset=utf-8' });
  });

  routes.get('/issuers/:id/status-list', async (c) => {
    const id = c.req.param('id');
    const list = await issuer.statusList(id, await credentials.revokedIndexes(id));
    return c.body(list, 200, { 'content-type': 'application/jwt', 'cache-control': 'no-cache' });
  });

  return routes;
}

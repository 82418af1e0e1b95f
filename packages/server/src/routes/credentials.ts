/** `GET /credentials/{id}` and `GET /holders/{holder}/credentials`. */
import { Hono } from 'hono';
import { ApiError } from '../api-error.ts';
import { served, type CredentialStore } from '../store/credentials.ts';

export function credentialRoutes(credentials: CredentialStore) {
  const routes = new Hono();

  routes.get('/credentials/:id', async (c) => {
    const row = await credentials.get(c.req.param('id'));
    if (!row) throw new ApiError(404, `There is no credential "${c.req.param('id')}".`);
    return row.format === 'ob3-jwt'
      ? c.body(row.body, 200, { 'content-type': 'application/jwt' })
      : c.body(row.body, 200, { 'content-type': 'application/json; charset=utf-8' });
  });

  routes.get('/holders/:holder/credentials', async (c) => {
    const rows = await credentials.byHolder(c.req.param('holder'));
    if (!rows.length)
      throw new ApiError(404, `There are no credentials for "${c.req.param('holder')}".`);
    return c.json(rows.map(served));
  });

  return routes;
}

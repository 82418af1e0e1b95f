/**
 * `POST /demo/credentials`, for a demo site only (off unless `demoCredentials` is set): issues
 * an Open Badges 3.0 credential for one of the listed achievements to the e-mail address a
 * visitor types, so the visitor can take it to an application. Anyone may call it, so it must
 * never be turned on for a real issuer; it is not part of the REST contract.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import * as v from 'valibot';
import { email, strictObject } from '../schema.ts';
import { ApiError } from '../api-error.ts';
import { readJsonBody } from '../json-body.ts';
import { checkBody } from '../validation.ts';
import type { CredentialIssuer } from '../credentials/issuer.ts';

const DemoRequest = strictObject({
  achievementId: v.string(),
  email: email(),
  name: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

export function demoCredentialRoutes(issuer: CredentialIssuer, achievements: readonly string[]) {
  const routes = new Hono();
  const offered = new Set(achievements);

  routes.post('/demo/credentials', async (c) => {
    const request = checkBody(DemoRequest, await readJsonBody(c), 'credential request');
    if (!offered.has(request.achievementId))
      throw new ApiError(404, `This demo issues no credential "${request.achievementId}".`);
    const id = `demo-${randomUUID()}`;
    // Its own holder: the demo's visitors do not list one another's credentials.
    const row = await issuer.issue({
      id,
      format: 'ob3',
      achievementId: request.achievementId,
      holder: id,
      recipient: { email: request.email, ...(request.name ? { name: request.name } : {}) },
    });
    return c.json({ id: row.id, url: issuer.urls.credential(row.id), credential: row.body }, 201);
  });

  return routes;
}

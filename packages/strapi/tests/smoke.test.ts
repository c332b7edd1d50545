import { afterAll, beforeAll, expect, it } from 'vitest';
import { bootStrapi, type BootedStrapi } from './harness/strapi';

let app: BootedStrapi;
beforeAll(async () => {
  app = await bootStrapi();
});
afterAll(async () => {
  await app.stop();
});

it('boots', async () => {
  const response = await fetch(`${app.url}/api/articles`);
  console.log(response.status, response.headers, await response.text());
  expect(response.status).toBe(200);
});

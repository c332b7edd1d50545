// Debian chromium through playwright-core, with every request not to 127.0.0.1 aborted.
import { chromium, type Browser, type Page } from 'playwright-core';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
}

/** A page in a fresh context that only talks to 127.0.0.1; page errors are collected in `errors`. */
export async function newPage(browser: Browser, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    return route.abort();
  });
  context.on('weberror', (error) => errors.push(error.error().message));
  return context.newPage();
}

/** Logs in through the Strapi admin's login form. */
export async function adminLogin(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await Promise.all([page.waitForURL((target) => !target.pathname.includes('/auth/')), page.locator('button[type="submit"]').click()]);
}

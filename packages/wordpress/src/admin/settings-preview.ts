// Settings → AI usage: refreshes the robots.txt and header preview as the
// admin edits the form, from the server's rendering of the unsaved values.
import apiFetch from '@wordpress/api-fetch';

interface Preview { robots: string; headers: string }

const form = document.querySelector<HTMLFormElement>('form[action="options.php"]');
const robots = document.querySelector<HTMLElement>('.cc-signals-preview-robots');
const headers = document.querySelector<HTMLElement>('.cc-signals-preview-headers');
let timer: ReturnType<typeof setTimeout> | undefined;

async function refresh(): Promise<void> {
  if (!form || !robots || !headers) return;
  const body = new FormData(form);
  for (const key of [...body.keys()]) if (!key.startsWith('cc_signals_settings')) body.delete(key);
  try {
    const preview = await apiFetch<Preview>({ path: '/cc-signals/v1/preview', method: 'POST', body });
    robots.textContent = preview.robots;
    headers.textContent = preview.headers;
  } catch (error) {
    robots.textContent = (error as { message?: string }).message ?? String(error);
    headers.textContent = '';
  }
}

form?.addEventListener('change', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void refresh(), 250);
});

// Posts list: when Quick Edit opens, select the row's current CC signals preset.
// The PHP column prints <span class="cc-signals-column" data-cc-signals-preset="…"> in each row, and the
// Quick/Bulk Edit fieldset has <select name="cc_signals_preset"> (Bulk Edit keeps its "no change" option).

interface InlineEditPost {
  edit: (this: InlineEditPost, id: number | string | HTMLElement) => unknown;
  getId: (element: HTMLElement) => string;
}

declare global {
  interface Window { inlineEditPost?: InlineEditPost }
}

/** The post id Quick Edit was opened for (WordPress passes an id or an element inside the row). */
function postIdOf(editor: InlineEditPost, id: number | string | HTMLElement): string {
  return typeof id === 'object' ? editor.getId(id) : String(id);
}

/** Copies the row's preset into the Quick Edit select; returns whether a select was filled. */
export function fillQuickEdit(doc: Document, postId: string): boolean {
  const row = doc.getElementById(`post-${postId}`);
  const editRow = doc.getElementById(`edit-${postId}`);
  const select = editRow?.querySelector<HTMLSelectElement>('select[name="cc_signals_preset"]');
  if (!select) return false;
  const preset = row?.querySelector<HTMLElement>('.cc-signals-column')?.dataset.ccSignalsPreset ?? '';
  const known = Array.from(select.options).some((option) => option.value === preset);
  select.value = known ? preset : (select.options[0]?.value ?? '');
  return true;
}

/** Wraps inlineEditPost.edit once, so the original runs first and then our field is filled. */
export function hookQuickEdit(win: Window): boolean {
  const editor = win.inlineEditPost;
  if (!editor || (editor.edit as { ccSignals?: boolean }).ccSignals) return false;
  const original = editor.edit;
  const wrapped = function (this: InlineEditPost, id: number | string | HTMLElement) {
    const result = original.call(this, id);
    fillQuickEdit(win.document, postIdOf(this, id));
    return result;
  };
  editor.edit = Object.assign(wrapped, { ccSignals: true });
  return true;
}

if (typeof window !== 'undefined') {
  if (!hookQuickEdit(window)) window.addEventListener('DOMContentLoaded', () => { hookQuickEdit(window); });
}

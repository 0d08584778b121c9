// Progressive enhancement only: every page works without this file.
// Sends the CSRF token with every htmx request (forms already carry it as a hidden field).
document.addEventListener('htmx:configRequest', (event) => {
  const meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) event.detail.headers['X-CSRF-Token'] = meta.getAttribute('content');
});
// Confirmation before destructive actions: <form data-confirm="...">.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
// A rejected form's error summary takes focus: `autofocus` does it on page load; after an htmx swap
// the new summary is focused here. A link in the summary moves focus to its field.
function focusErrorSummary(root) {
  const summary = root.querySelector('.error-summary');
  if (summary instanceof HTMLElement) summary.focus();
}
document.addEventListener('DOMContentLoaded', () => {
  if (document.activeElement === document.body) focusErrorSummary(document);
});
document.addEventListener('htmx:afterSwap', (event) => focusErrorSummary(event.target));
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('.error-summary a[href^="#"]') : null;
  const field = link && document.getElementById(link.getAttribute('href').slice(1));
  if (field) {
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
  }
});
// A table box that scrolls sideways (a wide table on a phone) gets a tab stop and a name, so keyboard
// users can scroll it too (axe: scrollable-region-focusable).
function labelScrollingTables() {
  for (const box of document.querySelectorAll('.table-scroll:not([tabindex])')) {
    if (box.scrollWidth <= box.clientWidth) continue;
    box.setAttribute('tabindex', '0');
    const caption = box.querySelector('caption');
    if (caption && !box.hasAttribute('aria-label')) {
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', caption.textContent.trim());
    }
  }
}
document.addEventListener('DOMContentLoaded', labelScrollingTables);
window.addEventListener('resize', labelScrollingTables);
document.addEventListener('htmx:afterSwap', labelScrollingTables);

import type { ComponentChildren, VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { FormFieldRegistry } from './form-field-registry.js';
import { Layout } from './layout.js';
import { type PageContext, withPage } from './page-context.js';

/**
 * Renders with a registry of the form controls; a render that showed an error summary is done a
 * second time so the summary can link every invalid field to its control (form-field-registry.ts).
 */
function renderWithFormFields(ctx: PageContext, tree: () => VNode): string {
  const first = new FormFieldRegistry();
  const html = withPage({ ...ctx, formFields: first }, () => renderToString(tree()));
  if (!first.needsSecondRender) return html;
  return withPage({ ...ctx, formFields: new FormFieldRegistry(first) }, () => renderToString(tree()));
}

/** Renders a full HTML page; preact escapes every text and attribute value. */
export function renderPage(ctx: PageContext, title: string, body: ComponentChildren): string {
  const html = renderWithFormFields(ctx, () => <Layout title={title}>{body}</Layout>);
  return `<!doctype html>${html}`;
}

/** Renders a fragment (htmx partial) with the same context and no layout. */
export function renderFragment(ctx: PageContext, body: ComponentChildren): string {
  return renderWithFormFields(ctx, () => <>{body}</>);
}

import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Layout } from './layout.js';
import { type PageContext, PageContextProvider } from './page-context.js';

/** Renders a full HTML page; preact escapes every text and attribute value. */
export function renderPage(ctx: PageContext, title: string, body: ComponentChildren): string {
  const html = renderToString(
    <PageContextProvider.Provider value={ctx}>
      <Layout title={title}>{body}</Layout>
    </PageContextProvider.Provider>,
  );
  return `<!doctype html>${html}`;
}

/** Renders a fragment (htmx partial) with the same context and no layout. */
export function renderFragment(ctx: PageContext, body: ComponentChildren): string {
  return renderToString(<PageContextProvider.Provider value={ctx}>{body}</PageContextProvider.Provider>);
}

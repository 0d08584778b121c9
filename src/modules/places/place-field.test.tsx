import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n.js';
import type { PageContext } from '../../ui/page-context.js';
import { PlaceField } from '../../ui/place-field.js';
import { renderFragment } from '../../ui/render.js';

/** PlaceField lives in src/ui; its test sits with the places feature that serves its suggestions. */
const context: PageContext = { locale: 'hu', t: translator('hu'), csrfToken: 'x', actor: null, url: '/' };
const render = (node: preact.ComponentChildren) => renderFragment(context, node);

describe('PlaceField', () => {
  it('is a labelled text input tied to a datalist that htmx fills from /places/suggest', () => {
    const html = render(<PlaceField name="place" label="Település" value="Kecskemét (Bács-Kiskun)" required />);
    expect(html).toContain('<label for="f-place">Település');
    expect(html).toContain('id="f-place"');
    expect(html).toContain('name="place"');
    expect(html).toContain('type="text"');
    expect(html).toContain('value="Kecskemét (Bács-Kiskun)"');
    expect(html).toContain('list="f-place-options"');
    expect(html).toContain('<datalist id="f-place-options"></datalist>');
    expect(html).toContain('hx-get="/places/suggest?field=place"');
    expect(html).toContain('hx-trigger="input changed delay:250ms"');
    expect(html).toContain('hx-target="#f-place-options"');
    expect(html).toContain('hx-swap="innerHTML"');
    expect(html).toContain('autocomplete="off"');
    expect(html).toContain('required');
    expect(html).toContain('Kötelező mező');
    // The default hint explains the field and is announced with it.
    expect(html).toContain('id="f-place-hint"');
    expect(html).toContain('aria-describedby="f-place-hint"');
  });

  it('shows the error next to the field and marks the input invalid', () => {
    const html = render(<PlaceField name="seat" label="Székhely" value="Nincsilyen" error={{ key: 'places.error.notFound' }} hint="" />);
    expect(html).toContain('class="field field-invalid"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="f-seat-error"');
    expect(html).toContain('<p class="field-error" id="f-seat-error">Nem találtunk ilyen települést.</p>');
    expect(html).not.toContain('f-seat-hint');
  });

  it('escapes what the user typed', () => {
    const html = render(<PlaceField name="place" label="Település" value={'"><script>alert(1)</script>'} />);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;>&lt;script>');
  });

  it('shows the ambiguity message in English too', () => {
    const en = renderFragment(
      { ...context, locale: 'en', t: translator('en') },
      <PlaceField name="place" label="Settlement" error={{ key: 'places.error.ambiguous' }} />,
    );
    expect(en).toContain('More than one settlement matches');
  });
});

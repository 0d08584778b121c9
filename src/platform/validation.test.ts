import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calendarDay, requiredText } from './form-fields.js';
import { parseForm } from './validation.js';

describe('parseForm', () => {
  it('returns the parsed data when the form is valid', () => {
    const schema = z.object({ name: z.string().trim().min(1), age: z.coerce.number().int() });
    expect(parseForm(schema, { name: '  Kovács  ', age: '42' })).toEqual({ ok: true, data: { name: 'Kovács', age: 42 } });
  });

  it.each([
    ['a missing field', z.object({ f: z.string() }), {}, { key: 'validation.required' }],
    ['an empty required string', z.object({ f: z.string().min(1) }), { f: '' }, { key: 'validation.required' }],
    ['too short', z.object({ f: z.string().min(8) }), { f: 'rövid' }, { key: 'validation.tooShort', params: { min: 8 } }],
    ['too long', z.object({ f: z.string().max(3) }), { f: 'hosszú' }, { key: 'validation.tooLong', params: { max: 3 } }],
    ['a bad e-mail', z.object({ f: z.email() }), { f: 'nem-email' }, { key: 'validation.email' }],
    ['a value outside the choices', z.object({ f: z.enum(['a', 'b']) }), { f: 'c' }, { key: 'validation.choice' }],
    ['a bad format', z.object({ f: z.uuid() }), { f: 'nem-uuid' }, { key: 'validation.invalid' }],
    ['a message key set by the schema', z.object({ f: z.string().min(1, 'validation.phone') }), { f: '' }, { key: 'validation.phone' }],
    [
      'a dotted message that is not a catalog key, by its issue',
      z.object({ f: z.string().min(1, 'validation.nope') }),
      { f: '' },
      { key: 'validation.required' },
    ],
    ['a nested field, reported on the top-level name', z.object({ f: z.object({ g: z.string() }) }), { f: {} }, { key: 'validation.required' }],
  ])('maps %s to its message key', (_name, schema, input, expected) => {
    const result = parseForm(schema as z.ZodType, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.f).toEqual(expected);
  });

  // zod 4 leaves `input` off its issues unless asked; parseForm asks (reportInput), so a wrong type is
  // "invalid", not "required".
  it('maps a value of the wrong type to validation.invalid, not "required"', () => {
    const result = parseForm(z.object({ f: z.coerce.number() }), { f: 'abc' });
    expect(result.ok === false && result.errors.f).toEqual({ key: 'validation.invalid' });
  });

  it('reports one error per field, the first', () => {
    const result = parseForm(z.object({ f: z.string().min(5).regex(/^\d+$/) }), { f: 'ab' });
    expect(result.ok === false && result.errors.f).toEqual({ key: 'validation.tooShort', params: { min: 5 } });
  });

  it('puts an error without a field on _form', () => {
    const schema = z.object({ a: z.string(), b: z.string() }).refine((v) => v.a === v.b, { message: 'validation.invalid' });
    const result = parseForm(schema, { a: 'x', b: 'y' });
    expect(result.ok === false && result.errors._form).toEqual({ key: 'validation.invalid' });
  });

  it('echoes what was typed, but never passwords, the CSRF token, or non-text values', () => {
    const result = parseForm(z.object({ never: z.string() }), {
      name: 'Kovács',
      password: 'titok',
      passwordConfirm: 'titok',
      currentPassword: 'régi',
      _csrf: 'token',
      count: 3,
      accept: true,
      list: ['a', 'b'],
      nested: { a: 1 },
      long: 'x'.repeat(5000),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.values).toEqual({ name: 'Kovács', count: '3', accept: 'true', long: 'x'.repeat(2000) });
  });

  // "An empty required field says it is required", whichever check fails on the empty value.
  const preprocessBlank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
  it.each([
    ['an empty e-mail', z.email(), ''],
    ['an empty trimmed e-mail', z.string().trim().toLowerCase().pipe(z.email()), '  '],
    ['an empty select', z.enum(['a', 'b']), ''],
    ['an unchosen radio group', z.enum(['a', 'b']), undefined],
    ['an empty select with its own message', z.enum(['a', 'b'], 'validation.choice'), ''],
    ['an empty date with a format message', z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.invalid'), ''],
    ['an empty number (coerced to 0)', z.coerce.number().int().min(1), ''],
    ['an empty number (preprocessed away)', z.preprocess(preprocessBlank, z.coerce.number('validation.number')), ''],
    ['an empty uuid', z.guid('validation.choice'), ''],
    ['an empty password with a minimum length', z.string().min(12), ''],
    ['a checkbox group with no box ticked', z.preprocess((v) => (v == null ? [] : v), z.array(z.string()).min(1)), undefined],
  ])('maps %s to validation.required', (_name, field, value) => {
    const result = parseForm(z.object({ f: field as z.ZodType }), value === undefined ? {} : { f: value });
    expect(result.ok === false && result.errors.f).toEqual({ key: 'validation.required' });
  });

  it("keeps the schema's own message for an empty field when it says more: a box to tick, a custom rule, min(1, key)", () => {
    const boxes = z.object({ confirm: z.literal('on', 'hours.error.confirm'), reason: z.string().trim().min(1, 'benefits.error.reasonRequired') });
    expect(parseForm(boxes, { reason: ' ' })).toMatchObject({
      errors: { confirm: { key: 'hours.error.confirm' }, reason: { key: 'benefits.error.reasonRequired' } },
    });
    const rule = z
      .object({ guardian: z.string().optional() })
      .superRefine((_v, ctx) => ctx.addIssue({ code: 'custom', path: ['guardian'], message: 'volunteers.error.guardianName' }));
    expect(parseForm(rule, { guardian: '' })).toMatchObject({ errors: { guardian: { key: 'volunteers.error.guardianName' } } });
  });

  it('still says "invalid" for a typed value that fails a format check', () => {
    const result = parseForm(z.object({ f: z.email(), g: z.enum(['a']), h: z.coerce.number().min(1) }), { f: 'x', g: 'b', h: '0' });
    expect(result.ok === false && result.errors).toEqual({
      f: { key: 'validation.email' },
      g: { key: 'validation.choice' },
      h: { key: 'validation.invalid' },
    });
  });

  it('treats a missing body as an empty form', () => {
    const result = parseForm(z.object({ f: z.string() }), undefined);
    expect(result).toEqual({ ok: false, errors: { f: { key: 'validation.required' } }, values: {} });
  });
});

describe('requiredText and calendarDay (form-fields)', () => {
  const schema = z.object({ reason: requiredText(5, 'benefits.error.reasonRequired'), day: calendarDay('register.error.day') });
  const errorsOf = (input: Record<string, string>) => {
    const r = parseForm(schema, input);
    return r.ok ? {} : r.errors;
  };

  it('says "required" with the given key for an empty field and "too long" for a long one (not the required key)', () => {
    expect(errorsOf({ reason: '  ', day: '2026-01-01' })).toEqual({ reason: { key: 'benefits.error.reasonRequired' } });
    expect(errorsOf({ reason: 'hosszú ok', day: '2026-01-01' })).toEqual({ reason: { key: 'validation.tooLong', params: { max: 5 } } });
    expect(errorsOf({ day: '2026-01-01' })).toEqual({ reason: { key: 'validation.required' } });
  });

  it('takes only days that exist', () => {
    expect(errorsOf({ reason: 'ok', day: '2026-02-28' })).toEqual({});
    expect(errorsOf({ reason: 'ok', day: '2026-02-30' })).toEqual({ day: { key: 'register.error.day' } });
    expect(errorsOf({ reason: 'ok', day: '2026-13-45' })).toEqual({ day: { key: 'register.error.day' } });
    expect(errorsOf({ reason: 'ok', day: '26-1-1' })).toEqual({ day: { key: 'register.error.day' } });
    expect(errorsOf({ reason: 'ok', day: '' })).toEqual({ day: { key: 'validation.required' } });
  });

  it('stops at a day that is not one: no later check of the form sees it (they may compute with days)', () => {
    const seen: string[] = [];
    const withAge = z
      .object({ day: calendarDay('register.error.day').refine((d) => seen.push(d) > 0) })
      .superRefine((v) => void seen.push(new Date(`${v.day}T00:00:00Z`).toISOString()));
    for (const day of ['', 'a', '2026-13-45']) expect(parseForm(withAge, { day }).ok).toBe(false);
    expect(seen).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseForm } from '../../platform/validation.js';
import { changePasswordForm, loginForm, resetPasswordForm, signupForm, signupKindFrom } from './schema.js';

const valid = {
  kind: 'volunteer',
  familyName: ' Kiss ',
  givenName: 'Anna',
  email: '  Anna.Kiss@Example.HU ',
  password: 'tíz-karakter',
  passwordConfirm: 'tíz-karakter',
  acceptTerms: 'yes',
};

describe('sign-up form', () => {
  it('accepts a valid form, trimming names and lower-casing the e-mail', () => {
    const result = parseForm(signupForm, valid);
    expect(result).toMatchObject({ ok: true, data: { familyName: 'Kiss', email: 'anna.kiss@example.hu', kind: 'volunteer' } });
  });

  it('needs 10 to 200 characters of password and a matching confirmation', () => {
    const short = parseForm(signupForm, { ...valid, password: '123456789', passwordConfirm: '123456789' });
    expect(!short.ok && short.errors.password).toEqual({ key: 'validation.tooShort', params: { min: 10 } });
    const long = 'x'.repeat(201);
    const tooLong = parseForm(signupForm, { ...valid, password: long, passwordConfirm: long });
    expect(!tooLong.ok && tooLong.errors.password).toEqual({ key: 'validation.tooLong', params: { max: 200 } });
    const max = 'x'.repeat(200);
    expect(parseForm(signupForm, { ...valid, password: max, passwordConfirm: max }).ok).toBe(true);
    const mismatch = parseForm(signupForm, { ...valid, passwordConfirm: 'mas-valami-12' });
    expect(!mismatch.ok && mismatch.errors.passwordConfirm).toEqual({ key: 'accounts.validation.passwordMismatch' });
  });

  it('reports the mismatch together with other field errors', () => {
    const result = parseForm(signupForm, { ...valid, familyName: '', passwordConfirm: 'mas-valami-12' });
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['familyName', 'passwordConfirm']);
  });

  it('limits names to 100 and e-mails to 254 characters', () => {
    const names = parseForm(signupForm, { ...valid, givenName: 'a'.repeat(101) });
    expect(!names.ok && names.errors.givenName).toEqual({ key: 'validation.tooLong', params: { max: 100 } });
    const email = parseForm(signupForm, { ...valid, email: `${'a'.repeat(250)}@x.hu` });
    expect(!email.ok && email.errors.email?.key).toBe('validation.tooLong');
  });

  it('rejects control characters in names (they would forge lines in e-mails)', () => {
    const result = parseForm(signupForm, { ...valid, givenName: 'Anna\nKedves felhasználó!' });
    expect(!result.ok && result.errors.givenName).toEqual({ key: 'validation.invalid' });
  });

  it('requires a known kind and the accepted privacy notice', () => {
    const result = parseForm(signupForm, { ...valid, kind: 'admin', acceptTerms: 'no' });
    expect(!result.ok && result.errors.kind).toEqual({ key: 'accounts.validation.kind' });
    expect(!result.ok && result.errors.acceptTerms).toEqual({ key: 'accounts.validation.acceptTerms' });
  });

  it('never echoes passwords back into the form', () => {
    const result = parseForm(signupForm, { ...valid, familyName: '' });
    expect(!result.ok && result.values).not.toHaveProperty('password');
    expect(!result.ok && result.values).not.toHaveProperty('passwordConfirm');
    expect(!result.ok && result.values.email).toBe(valid.email);
  });
});

describe('other account forms', () => {
  it('login does not apply the new-password length rule', () => {
    expect(parseForm(loginForm, { email: 'a@b.hu', password: 'rövid' }).ok).toBe(true);
    expect(parseForm(loginForm, { email: 'a@b.hu', password: '' }).ok).toBe(false);
  });

  it('reset needs a token of sane length', () => {
    const pw = { password: 'eleg-hosszu-1', passwordConfirm: 'eleg-hosszu-1' };
    expect(parseForm(resetPasswordForm, { token: 'abc', ...pw }).ok).toBe(true);
    const long = parseForm(resetPasswordForm, { token: 'a'.repeat(101), ...pw });
    expect(!long.ok && long.errors.token?.key).toBe('validation.tooLong');
  });

  it('a changed password must differ from the current one', () => {
    const same = parseForm(changePasswordForm, { currentPassword: 'eleg-hosszu-1', password: 'eleg-hosszu-1', passwordConfirm: 'eleg-hosszu-1' });
    expect(!same.ok && same.errors.password).toEqual({ key: 'accounts.validation.samePassword' });
  });

  it('reads ?kind= only when it is a known kind', () => {
    expect(signupKindFrom('organization')).toBe('organization');
    expect(signupKindFrom('national_admin')).toBeUndefined();
    expect(signupKindFrom(['volunteer'])).toBeUndefined();
  });
});

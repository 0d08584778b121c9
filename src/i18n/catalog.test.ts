import { describe, expect, it } from 'vitest';
import { type Message, messages } from './index.js';

const forms = (message: Message | undefined): string[] => (message === undefined ? [] : typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (message: Message | undefined) => new Set(forms(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));

describe('the message catalog', () => {
  const keys = Object.keys(messages.hu);

  it('has the same keys in both languages, plural where the other is plural', () => {
    expect(Object.keys(messages.en).sort()).toEqual([...keys].sort());
    const shapeDiffers = keys.filter((k) => typeof messages.hu[k] !== typeof messages.en[k]);
    expect(shapeDiffers).toEqual([]);
  });

  it('fills the same parameters in both languages (over all forms of a plural message)', () => {
    const mismatched = keys.filter((k) => {
      const hu = placeholders(messages.hu[k]);
      const en = placeholders(messages.en[k]);
      return hu.size !== en.size || [...hu].some((p) => !en.has(p));
    });
    expect(mismatched).toEqual([]);
  });
});

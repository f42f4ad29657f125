// The helplines: every number in the format people dial in its country, and each
// line with a description and the day (and source) it was checked against.
import { describe, expect, it } from 'vitest';
import { HELPLINES, helplinesFor, STOPPING_DRINKING_NOTE } from '../../../shared/content/helplines.ts';
import { isValidDay } from '../../../shared/domain/dates.ts';
import { GENDERED, PROMISES, texts } from './wording.ts';

/** How a number is written, by region: US 1-800-555-0100 or a three-digit line; UK 0808 2000 247 style, 116 123, or 0300 123 1110. */
const PHONE_FORMAT: Record<string, RegExp> = {
  'United States': /^(1-8\d{2}-\d{3}-\d{4}|988)$/,
  'United Kingdom': /^(0[38]\d{2} \d{3,4} \d{3,4}|116 123)$/,
  Anywhere: /^(\d{3})( \/ \d{3})*$/,
};

describe('helplines', () => {
  it.each(HELPLINES.map((h) => [h.id, h] as const))('%s: a number in its country’s format, or a website', (_id, h) => {
    expect(h.phone ?? h.web, 'a way to reach it').toBeTruthy();
    if (h.phone) expect(h.phone).toMatch(PHONE_FORMAT[h.region] ?? /^$/);
    if (h.phone && h.region === 'United Kingdom') expect(h.phone.replaceAll(' ', '')).toMatch(/^(0\d{10}|116123)$/);
    if (h.phone?.startsWith('1-8')) expect(h.phone.replaceAll('-', '')).toHaveLength(11);
    if (h.web) expect(h.web).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it.each(HELPLINES.map((h) => [h.id, h] as const))('%s: a description, and a checked-on day with what it was checked against', (_id, h) => {
    expect(h.description.trim().length).toBeGreaterThan(20);
    expect(isValidDay(h.checked.on), h.checked.on).toBe(true);
    expect(h.checked.against.trim()).not.toBe('');
    expect(['own-site', 'other-source', 'not-verified']).toContain(h.checked.level);
  });

  it('has the lines the counselor read asked for, with their numbers', () => {
    const phone = (id: string) => HELPLINES.find((h) => h.id === id)?.phone;
    expect(phone('samaritans')).toBe('116 123');
    expect(phone('galop')).toBe('0800 999 5428');
    expect(phone('respect-phoneline')).toBe('0808 802 4040');
    expect(phone('mens-advice-line')).toBe('0808 801 0327');
    expect(HELPLINES.find((h) => h.id === 'us-hotline')?.text).toBe('Text START to 88788');
    expect(HELPLINES.find((h) => h.id === 'samhsa')?.description).toMatch(/treatment referral and information/);
    expect(HELPLINES.find((h) => h.id === 'drinkline')?.hours).toMatch(/\d/);
    expect(HELPLINES.filter((h) => h.name.startsWith('Al-Anon')).length).toBeGreaterThan(0);
  });

  it('has help for someone worried about their own behaviour, in the UK and the US', () => {
    expect(helplinesFor(['own-behaviour']).map((h) => h.region).sort()).toEqual(['United Kingdom', 'United States']);
  });

  it('says plainly that stopping heavy drinking suddenly can be dangerous', () => {
    expect(STOPPING_DRINKING_NOTE).toMatch(/stopping suddenly can be medically dangerous/);
    expect(STOPPING_DRINKING_NOTE).toMatch(/doctor/);
  });

  it('is worded without gendered words or promises', () => {
    const all = texts(HELPLINES, 'helplines').filter(([path]) => /description|name/.test(path));
    expect(all.filter(([, t]) => GENDERED.test(t))).toEqual([]);
    expect(all.filter(([, t]) => PROMISES.some((p) => t.toLowerCase().includes(p)))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { closest } from '../../src/config/closest.js';
import { slugify } from '../../src/config/slug.js';

describe('closest', () => {
  const keys = ['key', 'title', 'author', 'body_file', 'previous_names'];
  it.each([
    { word: 'titel', best: 'title' },
    { word: 'Author', best: 'author' },
    { word: 'bodyfile', best: 'body_file' },
    { word: 'previous_name', best: 'previous_names' },
    { word: 'colour', best: undefined },
    { word: 'zzzzzz', best: undefined },
  ])('$word -> $best', ({ word, best }) => {
    expect(closest(word, keys)).toBe(best);
  });
});

describe('slugify', () => {
  it.each([
    { text: 'Getting Started', slug: 'getting-started' },
    { text: '  FAQ & Help -- 2024 ', slug: 'faq-help-2024' },
    { text: 'Crème brûlée', slug: 'creme-brulee' },
    { text: '料金プラン', slug: '料金プラン' },
    { text: '!!!', slug: '' },
  ])('$text -> $slug', ({ text, slug }) => {
    expect(slugify(text)).toBe(slug);
  });
});

import { describe, expect, it } from 'vitest';
import { highlight, maskAll, ranges } from './highlight';

describe('the preview of the terms', () => {
  it('finds terms whatever their case, accents and spacing, on whole words only', () => {
    const text = 'Mme AMÍNA  el-idrissi, Aminata et Idrissides ; collège Ibn Sina';
    expect(ranges(text, ['Amina El Idrissi', 'Collège Ibn Sina']).map(([s, e]) => text.slice(s, e)))
      .toEqual(['AMÍNA  el-idrissi', 'collège Ibn Sina']);
    expect(ranges('Aminata', ['Amina'])).toEqual([]);
  });

  it('marks the terms and masks them', () => {
    expect(highlight('Par Amina, en classe', ['Amina'])).toEqual([
      { text: 'Par ', mark: false }, { text: 'Amina', mark: true }, { text: ', en classe', mark: false },
    ]);
    expect(maskAll('Amina El Idrissi et Amina', ['Amina', 'Amina El Idrissi'], '[…]')).toBe('[…] et […]');
  });

  it('folds Arabic vowel signs and the tatweel', () => {
    expect(maskAll('الأستاذة أَمِينَة الإدريـسي', ['أمينة الإدريسي'], '…')).toBe('الأستاذة …');
  });
});

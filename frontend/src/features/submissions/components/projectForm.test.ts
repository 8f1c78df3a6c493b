import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS, URL_PATTERN, missingFields, savable, validate, type ProjectForm } from './projectForm';

/** The `SubmissionInput` properties of openapi.yaml, read from its flow mappings (`name: { key: value, … }`). */
function contractProperties(): Record<string, Record<string, string>> {
  const yaml = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'openapi.yaml'), 'utf8');
  const block = /\n {4}SubmissionInput:\n([\s\S]*?)\n {4}\w+:\n/.exec(yaml)![1];
  const properties: Record<string, Record<string, string>> = {};
  let current = '';
  for (const line of block.split('\n')) {
    const property = /^ {8}(\w+):\s*(?:\{(.*)\})?\s*$/.exec(line);
    const nested = /^ {10}(\w+):\s*(?:\{(.*)\}|(\S+))\s*$/.exec(line);
    if (property) {
      current = property[1];
      properties[current] = {};
      for (const part of (property[2] ?? '').split(',')) {
        const [key, ...value] = part.split(':');
        if (key.trim()) properties[current][key.trim()] = value.join(':').trim();
      }
    } else if (nested && current) {
      if (nested[3] !== undefined) properties[current][nested[1]] = nested[3];
      for (const part of (nested[2] ?? '').split(',')) {
        const [key, ...value] = part.split(':');
        if (key.trim()) properties[current][`${nested[1]}.${key.trim()}`] = value.join(':').trim();
      }
    }
  }
  return properties;
}

const form = (extra: Partial<ProjectForm> = {}): ProjectForm => ({
  title: 'Robotique', summary: '', description: '', discipline: '', schoolLevel: '', regionCode: '', schoolName: '',
  coAuthors: '', technologies: '', pupilsCount: '', videoUrl: '', siteUrl: '', evidenceShowsPupils: '', parentalAuthorisationsHeld: '', ...extra,
});

describe('the limits of a project', () => {
  it('are those of SubmissionInput in openapi.yaml', () => {
    const contract = contractProperties();
    for (const [field, limit] of Object.entries(LIMITS)) {
      const property = contract[field];
      expect(property, field).toBeDefined();
      for (const [key, value] of Object.entries(limit)) {
        const contractKey = key === 'maxLength' && 'maxItems' in limit ? 'items.maxLength' : key;
        expect(Number(property[contractKey]), `${field}.${contractKey}`).toBe(value);
      }
    }
    expect(contract.videoUrl.pattern).toBe(`'${URL_PATTERN.source.replace(/\\\//g, '/')}'`);
    expect(contract.siteUrl.pattern).toBe(contract.videoUrl.pattern);
  });

  it('flag each invalid field with its reason and leave valid ones alone', () => {
    expect(validate(form({ pupilsCount: '-5', videoUrl: 'www.exemple.ma', siteUrl: 'https://ecole.ma/robot', title: 'x'.repeat(288) }), false))
      .toEqual({ pupilsCount: { kind: 'pupils', min: 1, max: 100000 }, videoUrl: { kind: 'url' }, title: { kind: 'tooLong', max: 200 } });
    expect(validate(form({ pupilsCount: '0' }), false).pupilsCount?.kind).toBe('pupils');
    expect(validate(form({ pupilsCount: '2.5' }), false).pupilsCount?.kind).toBe('pupils');
    expect(validate(form({ pupilsCount: '100000', title: 'x'.repeat(200) }), false)).toEqual({});
    expect(validate(form({ technologies: Array.from({ length: 21 }, (_, i) => `T${i}`).join('\n') }), false).technologies)
      .toEqual({ kind: 'tooManyItems', max: 20 });
    expect(validate(form({ coAuthors: 'y'.repeat(151) }), false).coAuthors).toEqual({ kind: 'itemTooLong', max: 150 });
  });

  it('ask a submitted project to keep what submitting requires', () => {
    expect(validate(form({ summary: '' }), true).summary).toEqual({ kind: 'required' });
    expect(validate(form({ summary: '' }), false).summary).toBeUndefined();
  });

  it('keep the saved value of an invalid field, so that the other fields are saved', () => {
    const saved = form({ pupilsCount: '28' });
    const typed = form({ pupilsCount: '-5', summary: 'Un robot trieur' });
    expect(savable(typed, saved, validate(typed, false))).toEqual(form({ pupilsCount: '28', summary: 'Un robot trieur' }));
  });

  it('list what is missing from what the form holds now', () => {
    expect(missingFields(form())).toEqual(['summary', 'description', 'discipline', 'schoolLevel', 'regionCode', 'schoolName', 'technologies', 'pupilsCount',
      'evidenceShowsPupils']);
    expect(missingFields(form({ summary: 'Un robot', technologies: ' \n ', pupilsCount: '28', evidenceShowsPupils: 'false' })))
      .toEqual(['description', 'discipline', 'schoolLevel', 'regionCode', 'schoolName', 'technologies']);
  });

  it('need the parents’ authorisations only when the evidence shows pupils (issue 20)', () => {
    const done = { summary: 'a', description: 'b', discipline: 'c', schoolLevel: 'PRIMAIRE', regionCode: 'MA-01', schoolName: 'd', technologies: 'e', pupilsCount: '3' };
    expect(missingFields(form({ ...done, evidenceShowsPupils: 'true' }))).toEqual(['parentalAuthorisationsHeld']);
    expect(missingFields(form({ ...done, evidenceShowsPupils: 'true', parentalAuthorisationsHeld: 'true' }))).toEqual([]);
    expect(missingFields(form({ ...done, evidenceShowsPupils: 'false' }))).toEqual([]);
    // A submitted project keeps showing "no pupils" until the authorisations are certified: both are saved together.
    const saved = form({ ...done, evidenceShowsPupils: 'false' });
    const now = form({ ...done, evidenceShowsPupils: 'true' });
    expect(savable(now, saved, validate(now, true))).toMatchObject({ evidenceShowsPupils: 'false', parentalAuthorisationsHeld: '' });
  });
});

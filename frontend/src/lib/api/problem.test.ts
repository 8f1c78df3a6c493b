import { describe, expect, it } from 'vitest';
import { toApiError } from './problem';

describe('problem+json answers', () => {
  it('keeps the type, the status and the field errors of the API', async () => {
    const response = new Response(JSON.stringify({
      type: 'https://innovatice.ma/problems/validation', title: 'Invalid', status: 400,
      errors: [{ field: 'forum.city', message: 'must not be blank' }],
    }), { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
    const error = await toApiError(response);
    expect(error.status).toBe(400);
    expect(error.slug).toBe('validation');
    expect(error.fieldError('city')?.message).toBe('must not be blank');
    expect(error.fieldError('forum.city')).toBeDefined();
    expect(error.fieldError('title')).toBeUndefined();
  });

  it('survives an answer that is not JSON', async () => {
    const error = await toApiError(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    expect(error.status).toBe(502);
    expect(error.fieldErrors).toEqual([]);
  });
});

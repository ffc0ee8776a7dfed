import { describe, expect, it } from 'vitest';
import { isPublicBuild, isPublished } from './published';

describe('what a build publishes', () => {
  const internal = { draft: false, visibility: 'internal' };
  const open = { draft: false, visibility: 'public' };
  const draft = { draft: true, visibility: 'public' };

  it('is every finished write-up in the full library, and only public ones in a public build', () => {
    expect([internal, open, draft].map((w) => isPublished(w, { publicBuild: false, drafts: false }))).toEqual([true, true, false]);
    expect([internal, open, draft].map((w) => isPublished(w, { publicBuild: true, drafts: false }))).toEqual([false, true, false]);
  });

  it('shows drafts only where drafts are asked for (the development server)', () => {
    expect(isPublished(draft, { publicBuild: false, drafts: true })).toBe(true);
    expect(isPublished({ ...draft, visibility: 'internal' }, { publicBuild: true, drafts: true })).toBe(false);
  });

  it('is a public build only when POSTMORTEMS_VISIBILITY says public', () => {
    expect([isPublicBuild({ POSTMORTEMS_VISIBILITY: 'public' }), isPublicBuild({ POSTMORTEMS_VISIBILITY: 'private' }), isPublicBuild({})]).toEqual([true, false, false]);
  });
});

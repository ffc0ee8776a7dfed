import { describe, expect, it } from 'vitest';
import { incidentPath, repositoryLinks, webLink, withBase } from './urls';

describe('withBase', () => {
  it('joins the root base and a path', () => {
    expect(withBase('/', 'log/')).toBe('/log/');
    expect(withBase('/', '/log/')).toBe('/log/');
  });
  it('joins a project-page base with or without its trailing slash', () => {
    expect(withBase('/failures', incidentPath('2024-03-06-x'))).toBe('/failures/incidents/2024-03-06-x/');
    expect(withBase('/failures/', 'incidents.json')).toBe('/failures/incidents.json');
  });
});

describe('repositoryLinks', () => {
  it('builds GitHub edit and history links for the file', () => {
    expect(repositoryLinks('https://github.com/acme/pm/', 'main', 'postmortems/2024/a b.mdx')).toEqual({
      edit: 'https://github.com/acme/pm/edit/main/postmortems/2024/a%20b.mdx',
      history: 'https://github.com/acme/pm/commits/main/postmortems/2024/a%20b.mdx',
    });
  });
  it('is absent without a repository in the settings', () => {
    expect(repositoryLinks(undefined, 'main', 'postmortems/a.mdx')).toBeUndefined();
  });
});

describe('webLink', () => {
  it('gives http and https links only', () => {
    expect(webLink('https://tracker.example.com/OPS-1')).toBe('https://tracker.example.com/OPS-1');
    for (const url of ['javascript:alert(1)', ' https://x.example', 'data:text/html,x', '/local', undefined]) expect(webLink(url)).toBeUndefined();
  });

  it('keeps repository links to the web too', () => {
    expect(repositoryLinks('javascript:alert(1)//', 'main', 'postmortems/a.mdx')).toBeUndefined();
  });
});

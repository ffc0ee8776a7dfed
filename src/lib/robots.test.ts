import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots';

describe('robotsTxt', () => {
  it('asks every crawler to stay out of the full library', () => {
    const text = robotsTxt({ publicBuild: false, sitemapUrl: 'https://failures.example/sitemap-index.xml' });
    expect(text).toMatch(/^User-agent: \*\nDisallow: \/$/m);
    expect(text).not.toContain('Sitemap:');
  });

  it('lets crawlers into the public build and names its sitemap when the address is known', () => {
    expect(robotsTxt({ publicBuild: true, sitemapUrl: 'https://failures.example/sitemap-index.xml' })).toMatch(/^User-agent: \*\nAllow: \/\n\nSitemap: https:\/\/failures\.example\/sitemap-index\.xml\n$/m);
    expect(robotsTxt({ publicBuild: true })).not.toContain('Sitemap:');
  });
});

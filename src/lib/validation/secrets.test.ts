import { describe, expect, it } from 'vitest';
import { findSecrets } from './secrets';

// Built from parts so this file does not itself look like a leak to scanners.
const GITHUB_TOKEN = ['ghp', 'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'].join('_');
const STRIPE_KEY = ['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_');
const AWS_ACCESS_KEY = ['AKIA', 'QYLPMN5HHHFPZAM2'].join('');
const JWT = [
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
].join('.');
const PASSWORD = 'Tr0ub4dor-and-3';

const writeUp = (body: string) => `---\ntitle: A write-up\ndate: 2024-03-06\n---\n\n${body}\n`;

const findIn = async (text: string) => (await findSecrets([text]))[0]!;

async function only(text: string) {
  const found = await findIn(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('findSecrets', () => {
  it('finds nothing in ordinary text, placeholders or documented example keys', async () => {
    const text = writeUp(
      [
        'The key was rotated at 09:14; see https://tracker.example.com/OPS-42.',
        'postgres://app:${DB_PASSWORD}@db.internal/orders',
        'redis://:<redacted>@cache.internal:6379',
        'Password=****;',
        'AKIAIOSFODNN7EXAMPLE',
        'eyJhbGciOi is how a token starts.',
      ].join('\n'),
    );
    expect(await findIn(text)).toEqual([]);
  });

  it.each([
    ['a GitHub token', GITHUB_TOKEN, 'GitHub Token'],
    ['a Stripe key', STRIPE_KEY, 'Stripe Live Secret Key'],
    ['an AWS access key', AWS_ACCESS_KEY, 'AWS Access Key ID'],
    ['a PostgreSQL URL with a password', `postgres://app:${PASSWORD}@db.internal:5432/orders`, 'PostgreSQL connection string'],
    ['a Redis URL with a password', `redis://:${PASSWORD}@cache.internal:6379`, 'Password in a connection string'],
    ['an AMQP URL with a password', `amqp://orders:${PASSWORD}@queue.internal`, 'Password in a connection string'],
    ['an ADO.NET connection string', `Server=db;User Id=app;Password=${PASSWORD};`, 'Password in a connection string'],
    ['a JSON Web Token', `Authorization: Bearer ${JWT}`, 'JSON Web Token'],
  ])('finds %s, naming its kind and line, never its value', async (_, secret, kind) => {
    const text = writeUp(`Some prose.\n\n\`\`\`\n${secret}\n\`\`\``);
    const found = await only(text);
    expect(found.kind).toBe(kind);
    expect(found.line).toBe(9);
    expect(text.split('\n')[found.line - 1]).toContain(secret);
    expect(Object.keys(found).sort()).toEqual(['column', 'kind', 'line']);
    expect(secret).not.toContain(found.kind);
  });

  it('finds a secret in the front matter too', async () => {
    const found = await only(`---\ntitle: Deploy token ${GITHUB_TOKEN} leaked\n---\n`);
    expect(found).toMatchObject({ line: 2, kind: 'GitHub Token' });
  });

  it('cannot be switched off by a secretlint-disable comment in the write-up', async () => {
    const found = await only(writeUp(`{/* secretlint-disable */}\n\n${STRIPE_KEY}`));
    expect(found.kind).toBe('Stripe Live Secret Key');
  });

  it('reports one finding per kind and line', async () => {
    const found = await findIn(writeUp(`${GITHUB_TOKEN} and ${GITHUB_TOKEN}`));
    expect(found).toHaveLength(1);
  });

  it('keeps the findings of each text apart, with positions in that text', async () => {
    const [first, second, third] = await findSecrets(['Nothing here.', `One line.\nkey ${STRIPE_KEY}`, `${GITHUB_TOKEN}\n`]);
    expect(first).toEqual([]);
    expect(second).toEqual([{ line: 2, column: 5, kind: 'Stripe Live Secret Key' }]);
    expect(third).toEqual([{ line: 1, column: 1, kind: 'GitHub Token' }]);
  });

  it('finds no secret made of the end of one text and the start of the next', async () => {
    expect(await findSecrets(['aws_secret_access_key =', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz7EXAMPLE'])).toEqual([[], []]);
  });
});

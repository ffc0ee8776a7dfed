import { describe, expect, it } from 'vitest';
import { findSecretKinds, findSecrets, findSecretsInFile } from './secrets';

/**
 * Random-looking values from a fixed seed, so this file holds no real secret and does not itself
 * look like a leak to scanners.
 */
function random(alphabet: string, length: number, seed: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += alphabet[(state >>> 16) % alphabet.length];
  }
  return text;
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64 = `${ALNUM}+/`;
const HEX = '0123456789abcdef';

const GITHUB_TOKEN = `ghp_${random(ALNUM, 36, 1)}`;
const STRIPE_KEY = `sk_live_${random(ALNUM, 24, 2)}`;
const AWS_ACCESS_KEY = `AKIA${random('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 3)}`;
const AWS_SECRET = `${random(BASE64, 18, 4)}Ab3${random(BASE64, 19, 5)}`;
const GOOGLE_KEY = `AIza${random(`${ALNUM}_-`, 35, 6)}`;
const AZURE_KEY = `${random(BASE64, 86, 7)}==`;
const JWT = [
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
  random(`${ALNUM}_-`, 43, 8),
].join('.');
const PRIVATE_KEY = ['-----BEGIN RSA PRIVATE KEY-----', `MIIE${random(BASE64, 60, 9)}`, random(BASE64, 64, 10), '-----END RSA PRIVATE KEY-----'].join('\n');
const PASSWORD = 'Tr0ub4dor-and-3';
const BASIC = btoa(`deploy:${PASSWORD}`);

const writeUp = (body: string) => `---\ntitle: A write-up\ndate: 2024-03-06\n---\n\nSome prose.\n\n${body}\n`;
/** The line of `writeUp`'s body. */
const BODY_LINE = 8;

function only(text: string) {
  const found = findSecretsInFile(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('findSecretsInFile', () => {
  it.each([
    ['a GitHub token', GITHUB_TOKEN, 'GitHub token'],
    ['a Stripe key', STRIPE_KEY, 'Stripe secret key'],
    ['an AWS access key ID', AWS_ACCESS_KEY, 'AWS access key ID'],
    ['an AWS secret access key after its variable', `AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`, 'AWS secret access key'],
    ['an AWS secret access key in prose', `The AWS key pair leaked: ${AWS_SECRET} was in the log.`, 'AWS secret access key'],
    ['a Google API key', `maps?key=${GOOGLE_KEY}`, 'Google API key'],
    ['an Azure storage account key', `DefaultEndpointsProtocol=https;AccountName=orders;AccountKey=${AZURE_KEY};EndpointSuffix=core.windows.net`, 'Azure storage account key'],
    ['a private key', PRIVATE_KEY, 'Private key'],
    ['a private key in a JSON string', `"private_key": "${PRIVATE_KEY.replaceAll('\n', '\\n')}"`, 'Private key'],
    ['a JSON Web Token', `token ${JWT}`, 'JSON Web Token'],
    ['a PostgreSQL URL with a password', `postgres://app:${PASSWORD}@db.internal:5432/orders`, 'Password in a connection string'],
    ['a Redis URL with a password', `redis://:${PASSWORD}@cache.internal:6379`, 'Password in a connection string'],
    ['an ADO.NET connection string', `Server=db;User Id=app;Password=${PASSWORD};`, 'Password in a connection string'],
    ['a JDBC URL with a password parameter', `jdbc:mysql://db/orders?user=app&password=${PASSWORD}`, 'Password in a connection string'],
    ['a YAML password', 'password: hunter2xyz', 'Password in configuration'],
    ['a JSON password', '{ "password": "letmeinnow" }', 'Password in configuration'],
    ['an environment password', `DB_PASSWORD=${PASSWORD}`, 'Password in configuration'],
    ['a camel-case password', `dbPass = "${PASSWORD}"`, 'Password in configuration'],
    ['a secret after its name', `client_secret: ${random(ALNUM, 32, 11)}`, 'Secret in configuration'],
    ['a bearer token header', `Authorization: Bearer ${random(ALNUM, 32, 12)}`, 'HTTP Authorization header'],
    ['a basic authorization header', `curl -H "Authorization: Basic ${BASIC}" https://api.internal`, 'HTTP Authorization header'],
    ['an API key header', `X-Api-Key: ${random(ALNUM, 32, 13)}`, 'API key in an HTTP header'],
    ['a curl user and password', `curl -u deploy:${PASSWORD} https://api.internal`, 'Password on a command line'],
    ['a Slack token', `xoxb-1234567890-${random(ALNUM, 24, 14)}`, 'Slack token'],
    ['a GitLab token', `glpat-${random(ALNUM, 20, 15)}`, 'GitLab token'],
    ['an npm token', `npm_${random(ALNUM, 36, 16)}`, 'npm access token'],
    ['a SendGrid key', `SG.${random(ALNUM, 22, 19)}.${random(ALNUM, 43, 20)}`, 'SendGrid API key'],
    ['an Azure AD client secret', `client_secret=${random(ALNUM, 3, 21)}8Q~${random(ALNUM, 34, 22)}`, 'Azure AD client secret'],
    ['a Sentry DSN with its secret', `https://${random(HEX, 32, 23)}:${random(HEX, 32, 24)}@sentry.io/174697`, 'Password in a connection string'],
    ['a Slack webhook', `https://hooks.slack.com/services/T${random(ALNUM, 8, 25)}/B${random(ALNUM, 8, 26)}/${random(ALNUM, 24, 27)}`, 'Slack webhook URL'],
  ])('finds %s, naming its kind and line, never its value', (_, secret, kind) => {
    const text = writeUp(`\`\`\`\n${secret}\n\`\`\``);
    const found = only(text);
    expect(found.kind).toBe(kind);
    expect(found.line).toBe(BODY_LINE + 1);
    expect(Object.keys(found).sort()).toEqual(['column', 'kind', 'line']);
    expect(secret).not.toContain(found.kind);
  });

  it.each([
    'The key was rotated at 09:14; see https://tracker.example.com/OPS-42.',
    'postgres://app:${DB_PASSWORD}@db.internal/orders',
    'redis://:<redacted>@cache.internal:6379',
    'https://user:****@git.internal/repo.git',
    'Password=****;',
    'password: <redacted>',
    'password: ${DB_PASS}',
    'password: changeme',
    '"password": "example"',
    'DB_PASSWORD=$DB_PASSWORD',
    'The password: rotated within the hour.',
    'Reset the password = done by 10:00.',
    'bypass: true',
    'passwordless: enabled',
    'password_file: /run/secrets/db',
    'Authorization: Bearer <token>',
    'Authorization: Bearer $TOKEN',
    'Authorization: Basic dXNlcjpwYXNzd29yZA==',
    'Authorization: Bearer YOUR_ACCESS_TOKEN',
    'AccountKey=<account-key>',
    '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
    '-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----',
    'AKIAIOSFODNN7EXAMPLE',
    'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    `The AWS CDK release ${random(HEX, 40, 17)} fixed it.`,
    'Our secret rotation runbook lives in the wiki.',
    'eyJhbGciOi is how a token starts.',
    'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
    'The cache key: orders-by-customer-2024 was evicted.',
    'next_page_token: eyJvZmZzZXQiOjEwMH0',
    '"pass": "Required ARIA parent role present"',
    '"input-password": "2015-07-29"',
    "'PASSWORD': 'current-password'",
    'const password = options.password;',
    "ratingPass: 'Good'",
    'first-pass: 2024-03-06T10:00:00Z',
    'token = cancellation_1.CancellationToken.is(params)',
    'password:\n  valueFrom:\n    secretKeyRef: db',
    '[![ci](https://ci.example/badge.svg?token=yZL6LtXkOA)](https://ci.example)',
  ])('finds nothing in %j', (text) => {
    expect(findSecretsInFile(writeUp(text))).toEqual([]);
  });

  it('finds a secret in the front matter too', () => {
    expect(only(`---\ntitle: Deploy token ${GITHUB_TOKEN} leaked\n---\n`)).toMatchObject({ line: 2, kind: 'GitHub token' });
  });

  it('reports a password that is a known token as that token', () => {
    expect(only(writeUp(`password: ${GITHUB_TOKEN}`)).kind).toBe('GitHub token');
    expect(only(writeUp(`Authorization: Bearer ${JWT}`)).kind).toBe('JSON Web Token');
  });

  it('reports one finding per kind and line, at the first', () => {
    expect(findSecretsInFile(`${GITHUB_TOKEN} and ${GITHUB_TOKEN}`)).toEqual([{ line: 1, column: 1, kind: 'GitHub token' }]);
  });

  describe('sees the text as a reader does', () => {
    const [head, tail] = [AWS_ACCESS_KEY.slice(0, 10), AWS_ACCESS_KEY.slice(10)];
    it.each([
      ['a decimal character reference', `${head}&#${tail.charCodeAt(0)};${tail.slice(1)}`],
      ['a hexadecimal character reference', `${head}&#x${tail.charCodeAt(0).toString(16)};${tail.slice(1)}`],
      ['a zero-width space', `${head}\u200b${tail}`],
      ['a soft hyphen written as a named reference', `${head}&shy;${tail}`],
      ['a YAML escape', `"${head}\\x${tail.charCodeAt(0).toString(16)}${tail.slice(1)}"`],
      ['a Markdown escape', GITHUB_TOKEN.replace('_', '\\_')],
      ['a named reference for an underscore', STRIPE_KEY.replaceAll('_', '&lowbar;')],
    ])('a key disguised by %s', (_, written) => {
      const found = only(writeUp(written));
      expect(found.line).toBe(BODY_LINE);
    });

    it('a key split by a backslash-newline, found at the line where it starts', () => {
      const found = only(writeUp(`summary: "The key ${head}\\\n  ${tail} leaked"`));
      expect(found).toMatchObject({ line: BODY_LINE, column: 19, kind: 'AWS access key ID' });
    });

    it('a password whose value a folded line puts on the next line, found at the value', () => {
      expect(only(writeUp(`DB_PASSWORD:\n  ${PASSWORD}`))).toMatchObject({ line: BODY_LINE + 1, column: 3, kind: 'Password in configuration' });
      expect(only(writeUp(`The header was Authorization:\nBearer ${random(ALNUM, 32, 18)}`)).line).toBe(BODY_LINE + 1);
    });

    it('but does not join paragraphs', () => {
      expect(findSecretsInFile(writeUp(`The password:\n\n${PASSWORD} is not it.`))).toEqual([]);
    });
  });

  it.each([
    '<!-- secretlint-disable -->',
    '{/* secretlint-disable */}',
    '# secretlint-disable',
    '// secretlint-disable-next-line',
    '<!-- gitleaks:allow -->',
    '# pragma: allowlist secret',
    '# noqa',
  ])('cannot be switched off by %j', (comment) => {
    expect(only(writeUp(`${comment}\n${STRIPE_KEY} ${comment.replace('-next-line', '-line')}`)).kind).toBe('Stripe secret key');
  });
});

describe('findSecrets', () => {
  it('scans each text on its own, with positions in that text', () => {
    const [first, second, third] = findSecrets(['Nothing here.', `One line.\nkey ${STRIPE_KEY}`, `${GITHUB_TOKEN}\n`]);
    expect(first).toEqual([]);
    expect(second).toEqual([{ line: 2, column: 5, kind: 'Stripe secret key' }]);
    expect(third).toEqual([{ line: 1, column: 1, kind: 'GitHub token' }]);
  });

  it.each([
    '<!-- secretlint-disable -->\n',
    '# secretlint-disable\n',
    'secretlint-disable\n',
    '-----BEGIN RSA PRIVATE KEY-----\n',
    'postgres://app:',
    'password: "',
    '<!--',
    '```\n',
    '&#',
    'AKIA\\',
  ])('never lets one text (%j) change how the next is scanned', (first) => {
    const second = `Some prose.\n${STRIPE_KEY}\npostgres://app:${PASSWORD}@db/orders\n`;
    const alone = findSecretsInFile(second);
    expect(alone).toHaveLength(2);
    expect(findSecrets([first, second])[1]).toEqual(alone);
  });

  it('finds no secret made of the end of one text and the start of the next', () => {
    expect(findSecrets(['aws_secret_access_key =', AWS_SECRET, GITHUB_TOKEN.slice(0, 20), GITHUB_TOKEN.slice(20)])).toEqual([[], [], [], []]);
  });
});

describe('findSecretKinds', () => {
  it('names the kinds in a decoded value, in order, once each', () => {
    expect(findSecretKinds(`Deploy key ${AWS_ACCESS_KEY} and ${GITHUB_TOKEN}, then ${AWS_ACCESS_KEY} again`)).toEqual(['AWS access key ID', 'GitHub token']);
  });

  it('sees references and invisible characters in the value as a reader does', () => {
    expect(findSecretKinds(`${GITHUB_TOKEN.slice(0, 8)}&#8203;${GITHUB_TOKEN.slice(8)}`)).toEqual(['GitHub token']);
    expect(findSecretKinds(`password: ${PASSWORD.slice(0, 4)}\u00ad${PASSWORD.slice(4)}`)).toEqual(['Password in configuration']);
  });

  it('finds nothing in an ordinary value', () => {
    expect(findSecretKinds('The allergen notes were dropped from 212 paused boxes.')).toEqual([]);
  });
});

describe('the scan time', () => {
  const LENGTH = 300_000;
  const line = (start: string, repeated: string) => (start + repeated.repeat(Math.ceil(LENGTH / repeated.length))).slice(0, LENGTH);
  // Each line repeats what a pattern starts with and never lets it finish, or starts one and
  // never ends it: a pattern that tried again from every position would take minutes on one.
  const ATTACKS = [
    ...['a', 'A', '0', '=', ':', '/', '+', '-', '_', '.', ' ', '\\', '&', '&#', '&#x', '"', '~', 'Q~a', '\u200b'].map((run) => line('', run)),
    ...[
      'aws ', 'secret ', 'AKIA', 'ghp_', 'glpat-', 'xoxb-1-', 'sk_live_', 'AIza', 'eyJ', 'eyJaaaaaaaaa.eyJ', '-----BEGIN RSA PRIVATE KEY-----',
      'password', 'password: ', '"password": "', 'api_key=', 'secret_token: ', 'Authorization: ', 'Authorization: Basic ', 'X-Api-Key: ',
      '://', 'a://b:', 'postgres://u:p', 'AccountKey=', '?sig=', '&sv=1', 'curl -u a:', 'tskey-aa-', 'dp.pt.', 'a.atlasv1.',
      'password:\n', 'ghp_\n\n\n', 'aws\n\n\nAAAA', '://\n\n\n', 'a://b:cdef@g', 'Authorization: Bearer\n ', 'api-key: "', 'AKIA\\\n', '&lowbar;', '\\x4',
    ].map((seed) => line('', seed)),
    ...['password:', 'Authorization:', 'Authorization: "', 'X-Api-Key:'].map((start) => line(start, ' ')),
    ...['aws_secret_access_key=', 'ghp_', 'eyJ', 'AccountKey=', 'Authorization: Bearer ', 'password="', '-----BEGIN PRIVATE KEY-----\n', 'postgres://u:'].map(
      (start) => line(start, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
    ),
  ];

  it(`is in proportion to the text: ${ATTACKS.length} adversarial lines of 300 KB in well under 2 s in total`, () => {
    // Processor time, not the clock: other work on a busy machine slows the clock, not this work.
    const started = process.cpuUsage();
    for (const attack of ATTACKS) findSecretsInFile(attack);
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(2000);
  });
});

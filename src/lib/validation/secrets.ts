/**
 * Finds what looks like a credential anywhere in a file: front matter, prose and code blocks
 * alike, because a key pasted into a log excerpt is still a leak. A finding names the kind of
 * secret and its line, never the secret itself, so the report can be shared safely.
 *
 * Each file is scanned on its own, by our own table of rules (the shapes follow gitleaks' and
 * secretlint's, the patterns are ours): as written, and, when a reader would see other
 * characters, as read (a line continued by a backslash joined, escapes and HTML character
 * references decoded, invisible characters dropped), so `AKIA&#81;…` or a key split by a
 * backslash-newline is still found. A key and its value may be a line apart, as folded YAML and
 * Markdown paragraphs read them. Nothing in a file switches a rule off: there are no allow
 * comments, and no state is kept from one file to the next. Every pattern starts at a fixed word
 * or at the edge of a token, has no nested or adjacent repetition of the same characters, and
 * each context is looked up once per text, so a scan takes time in proportion to the text.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

export interface SecretFinding {
  line: number;
  column: number;
  /** What kind of secret it looks like, like "AWS secret access key". Never the value. */
  kind: string;
}

interface Rule {
  kind: string;
  /**
   * Lower-case text that every match contains: the rule runs only on a text that holds one. One
   * pattern finds them all, so an ordinary write-up costs one pass and a few rules.
   */
  keywords: readonly string[];
  /**
   * Global. The group `value` (or `quoted`, `single`), when there is one, is the secret: what is
   * checked and where it is reported. It ends the match.
   */
  pattern: RegExp;
  /** A generic finding gives way to an earlier rule's over the same characters (a password that is a GitHub token). */
  generic?: boolean;
  /** Whether the value is a secret, not a placeholder or an ordinary word. */
  accept: (value: string, found: Match) => boolean;
  /** The kind, when the context decides it. */
  kindOf?: (found: Match) => string;
}

interface Match {
  /** The text scanned. */
  text: string;
  /** Where the value starts in `text`. */
  index: number;
  match: RegExpExecArray;
  /**
   * Whether `context` (a case-insensitive pattern) starts at most `length` characters before
   * `index`, on the same line or the line before.
   */
  near: (context: string, index: number, length: number) => boolean;
}

// ---------------------------------------------------------------------------------------------
// What a secret value looks like

/** Bits per character: random keys have 4 or more, words and placeholders much less. */
function entropy(value: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Values that stand for a secret without being one: `<redacted>`, `${DB_PASS}`, `****`, `changeme`. */
const PLACEHOLDER_PART = /redacted|example|change[_-]?me|placeholder|dummy|your[_-]|replace|xxxx|\*\*\*|\.\.\.|…|<|>|\$\{|\{\{|\$\(/i;
const PLACEHOLDER_WHOLE =
  /^(?:(.)\1*|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|\[.*\]|\(.*\)|![A-Za-z]+|[*&][A-Za-z_][\w-]*|(?:env|vault|secret|ref|file)[:(.].*|ENC\[.*|null|none|nil|true|false|undefined|password|passwd|pass|pwd|secret|token|hidden|masked|removed|omitted|empty|unset|n\/?a|todo|tbd|test|foo|bar|foobar)$/i;

function isPlaceholder(value: string): boolean {
  return value === '' || PLACEHOLDER_PART.test(value) || PLACEHOLDER_WHOLE.test(value);
}

/** A token from a known service: not a placeholder, and not a run of a few characters. */
const randomEnough = (minimum: number) => (value: string) => !isPlaceholder(value) && entropy(value) >= minimum;

/** Counts lower-case, upper-case, digits and other characters present. */
function characterClasses(value: string): number {
  return Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/\d/.test(value)) + Number(/[^A-Za-z0-9]/.test(value));
}

/** A path or an address names where a secret lives, not the secret. */
const LOCATION = /^(?:[/~]|\.{1,2}\/|[A-Za-z]:\\|[a-z][a-z0-9+.-]*:\/\/)/i;

/** A name in code (`options.password`, `this.#secret`, `config?.token`) says where a secret comes from. */
const CODE_NAME = /^[A-Za-z_$#][\w$]*(?:\??\.#?[A-Za-z_$][\w$]*)+\??\.?$/;

/** Words that make a value a description or a name of a secret: `current-password`, `my_secret_here`. */
const NAMES_A_SECRET = /passw(?:or)?d|secret/i;

/** A password written after a key: not a placeholder, a location, or a plain word like "rotated". */
function passwordValue(value: string, quoted: boolean): boolean {
  if (isPlaceholder(value) || LOCATION.test(value) || value.length < (quoted ? 4 : 6)) return false;
  // A sentence, a date or a version ("2015-07-29", "13.0.7") is not a password.
  if (/\s/.test(value) || /^\d+(?:[.:/-]\d+)+$/.test(value)) return false;
  // `password:` then `valueFrom:` on the next line is a YAML key, not a value.
  if (!quoted && value.endsWith(':')) return false;
  if (NAMES_A_SECRET.test(value) || CODE_NAME.test(value)) return false;
  // A word is prose ("rotated") unless quoted and long enough to be a passphrase ("letmeinnow").
  return /[^A-Za-z]/.test(value) || (quoted && value.length >= 8);
}

/** A key, token or secret written after a name that says so: long and random, never a word. */
function configuredSecret(value: string): boolean {
  return !/\s/.test(value) && !value.endsWith(':') && !CODE_NAME.test(value) && !isPlaceholder(value) && !LOCATION.test(value) && value.length >= 16 && /\d/.test(value) && /[A-Za-z]/.test(value) && entropy(value) >= 3.5;
}

// ---------------------------------------------------------------------------------------------
// The rules

/** A token starts and ends at the edge of a run of its own characters: `ghp_…` inside a longer word is not one. */
const token = (body: string, edge = 'A-Za-z0-9_', flags = 'g') => new RegExp(`(?<![${edge}])(?<value>${body})(?![${edge}])`, flags);

/**
 * Blanks between a key and its value: spaces, and at most one line break, which a reader of
 * folded YAML or a Markdown paragraph sees as a space. One run each side of anything else, so
 * a long run of spaces is read once.
 */
const GAP = String.raw`[ \t]*(?:\r?\n[ \t]*)?`;
/** `key: value`, `key = value`, `"key": "value"`, `key => value`, as config files, JSON, YAML and shells write them. */
const ASSIGNED = String.raw`["']?${GAP}(?:=>|:=|=|:)${GAP}`;
/** A quoted value, or an unquoted one up to a blank, quote, separator or bracket (a Markdown link's `)`). */
const VALUE = String.raw`(?:"(?<quoted>[^"\r\n]{1,300})(?=")|'(?<single>[^'\r\n]{1,300})(?=')|(?<value>[^\s"'\x60,;&<>()[\]{}]{1,300}))`;

/** The value of an `ASSIGNED … VALUE` match, and whether it was quoted. */
function assignedValue(match: RegExpExecArray): { value: string; quoted: boolean } {
  const groups = match.groups ?? {};
  const quoted = groups.quoted ?? groups.single;
  return quoted !== undefined ? { value: quoted, quoted: true } : { value: groups.value ?? '', quoted: false };
}

/**
 * `pwd` and `pass` are whole parts of a key (`db_pass`, `MYSQL_PWD`, `dbPass`), not the end of a
 * word (`bypass`); `pass` alone is a test result more often than a password.
 */
function passwordKey(key: string): boolean {
  const word = /(?:password|passwd|passphrase|pwd|pass)$/i.exec(key)!;
  const before = key.slice(0, word.index);
  if (/^pass(?:word|wd|phrase)$/i.test(word[0])) return true;
  if (before === '') return /^pwd$/i.test(word[0]);
  // A kebab-case `first-pass` or `checklist-pass` is a step or a result.
  return /[_.]$/.test(before) || (/-$/.test(before) && /^pwd$/i.test(word[0])) || (/[a-z]$/.test(before) && /^P/.test(word[0]));
}

/** The rest of a key written before a keyword at `index`: `DB_` of `DB_PASSWORD`, `spring.datasource.` of `…password`. */
function keyBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && index - start < 60 && /[A-Za-z0-9_.-]/.test(text[start - 1]!)) start--;
  return text.slice(start, index);
}

/** The scheme written before the `://` at `index`, as far back as scheme characters go. */
function schemeBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && index - start <= 32 && /[A-Za-z0-9+.-]/.test(text[start - 1]!)) start--;
  return text.slice(start, index);
}

/** `Basic` credentials: base64 of `user:password`, with a password that is not a placeholder. */
function basicCredentials(value: string): boolean {
  const digits = value.replace(/=+$/, '');
  if (/[^A-Za-z0-9+/]/.test(digits) || digits.length % 4 === 1) return false;
  const decoded = atob(digits);
  const colon = decoded.indexOf(':');
  if (colon < 1 || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  return !isPlaceholder(decoded.slice(colon + 1)) && decoded.length - colon > 3;
}

/**
 * A private key's body: base64 lines after the header, as in a PEM file or a JSON string with
 * `\n` escapes, up to the next `-----`. Armour headers (`Version: …`) are skipped. A header with a
 * placeholder (`...`, `<redacted>`) or a few characters after it is not a key.
 */
function privateKeyBody(text: string, from: number): boolean {
  const next = text.indexOf('-----', from);
  const body = text
    .slice(from, Math.min(next === -1 ? text.length : next, from + 20_000))
    .replace(/^[ \t]*[A-Za-z][\w-]{0,40}:[^\n]*$/gm, '')
    .replace(/\\[nrt]|\s/g, '');
  const run = /^[A-Za-z0-9+/]*/.exec(body)![0];
  return run.length >= 64 && entropy(run) >= 4;
}

const RULES: readonly Rule[] = [
  {
    kind: 'Private key',
    keywords: ['private key'],
    pattern: /-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----/g,
    accept: (_, { match, text }) => privateKeyBody(text, match.index + match[0].length),
  },
  { kind: 'Private key', keywords: ['age-secret-key-1'], pattern: token('AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}'), accept: randomEnough(3) },
  {
    kind: 'AWS access key ID',
    keywords: ['a3t', 'akia', 'asia', 'abia', 'acca', 'agpa', 'aida', 'aroa', 'aipa', 'anpa', 'anva'],
    pattern: token('(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}', 'A-Za-z0-9'),
    accept: (value) => !value.includes('EXAMPLE') && randomEnough(3)(value),
  },
  {
    // 40 characters of base64 with "aws" or "secret" shortly before it on the line, as gitleaks
    // once matched it: alone, such a string could be anything.
    kind: 'AWS secret access key',
    keywords: ['aws', 'secret'],
    pattern: /(?<![A-Za-z0-9/+])(?<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g,
    accept: (value, { near, index }) =>
      near('aws|secret', index, 60) &&
      characterClasses(value.replace(/[/+]/g, '')) === 3 &&
      !value.includes('EXAMPLE') &&
      entropy(value) >= 4,
  },
  { kind: 'GitHub token', keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], pattern: token('gh[pousr]_[A-Za-z0-9]{36}'), accept: randomEnough(3) },
  { kind: 'GitHub token', keywords: ['github_pat_'], pattern: token('github_pat_[A-Za-z0-9_]{82}'), accept: randomEnough(3) },
  {
    kind: 'GitLab token',
    keywords: ['glpat-', 'gldt-', 'glrt-', 'glcbt-', 'glptt-', 'glft-', 'glimt-', 'glagent-', 'gloas-', 'glsoat-'],
    pattern: token('gl(?:pat|dt|rt|cbt|ptt|ft|imt|agent|oas|soat)-[A-Za-z0-9_-]{20,300}(?:\\.[0-9a-z]{9})?', 'A-Za-z0-9_.-'),
    accept: randomEnough(3),
  },
  { kind: 'Slack token', keywords: ['xox', 'xapp-'], pattern: token('(?:xox[abposre]|xapp)-[0-9]{1,13}-[A-Za-z0-9-]{8,250}', 'A-Za-z0-9_-'), accept: randomEnough(3) },
  {
    kind: 'Slack webhook URL',
    keywords: ['hooks.slack.com'],
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/(?<value>[A-Za-z0-9+/]{43,120})(?![A-Za-z0-9+/])/g,
    accept: randomEnough(3),
  },
  { kind: 'Stripe secret key', keywords: ['sk_live_', 'sk_test_', 'sk_prod_'], pattern: token('sk_(?:live|test|prod)_[A-Za-z0-9]{10,99}', 'A-Za-z0-9'), accept: randomEnough(3) },
  { kind: 'Stripe restricted key', keywords: ['rk_live_', 'rk_test_', 'rk_prod_'], pattern: token('rk_(?:live|test|prod)_[A-Za-z0-9]{10,99}', 'A-Za-z0-9'), accept: randomEnough(3) },
  { kind: 'Google API key', keywords: ['aiza'], pattern: token('AIza[A-Za-z0-9_-]{35}', 'A-Za-z0-9_-'), accept: randomEnough(3.5) },
  { kind: 'Google OAuth client secret', keywords: ['gocspx-'], pattern: token('GOCSPX-[A-Za-z0-9_-]{28}', 'A-Za-z0-9_-'), accept: randomEnough(3) },
  { kind: 'Google OAuth token', keywords: ['ya29.'], pattern: token('ya29\\.[A-Za-z0-9_-]{20,2000}', 'A-Za-z0-9_.-'), accept: randomEnough(3) },
  { kind: 'npm access token', keywords: ['npm_'], pattern: token('npm_[A-Za-z0-9]{36}'), accept: randomEnough(3) },
  {
    kind: 'npm access token',
    keywords: ['_authtoken'],
    pattern: /_authToken[ \t]*=[ \t]*(?<value>[^\s"'$][^\s"']{7,500})/g,
    accept: (value) => !isPlaceholder(value) && entropy(value) >= 3,
  },
  { kind: 'PyPI token', keywords: ['pypi-'], pattern: token('pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}', 'A-Za-z0-9_-'), accept: randomEnough(3) },
  { kind: 'RubyGems API key', keywords: ['rubygems_'], pattern: token('rubygems_[a-f0-9]{48}'), accept: randomEnough(3) },
  {
    kind: 'OpenAI API key',
    keywords: ['sk-'],
    pattern: token('sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,300}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})', 'A-Za-z0-9_-'),
    accept: randomEnough(3.5),
  },
  { kind: 'Anthropic API key', keywords: ['sk-ant-'], pattern: token('sk-ant-(?:api|admin)\\d\\d-[A-Za-z0-9_-]{80,200}', 'A-Za-z0-9_-'), accept: randomEnough(3.5) },
  { kind: 'Hugging Face token', keywords: ['hf_', 'api_org_'], pattern: token('(?:hf|api_org)_[A-Za-z]{34}'), accept: randomEnough(3.5) },
  { kind: 'Groq API key', keywords: ['gsk_'], pattern: token('gsk_[A-Za-z0-9]{52}'), accept: randomEnough(3.5) },
  { kind: 'SendGrid API key', keywords: ['sg.'], pattern: token('SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}', 'A-Za-z0-9_.-'), accept: randomEnough(3.5) },
  { kind: 'Twilio API key', keywords: ['sk'], pattern: token('SK[0-9a-fA-F]{32}', 'A-Za-z0-9'), accept: (value) => /\d/.test(value.slice(2)) && /[a-f]/i.test(value.slice(2)) && randomEnough(3)(value) },
  { kind: 'Shopify access token', keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'], pattern: token('shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}'), accept: randomEnough(3) },
  { kind: 'DigitalOcean token', keywords: ['_v1_'], pattern: token('do[opr]_v1_[a-f0-9]{64}'), accept: randomEnough(3) },
  { kind: 'Postman API key', keywords: ['pmak-'], pattern: token('PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}', 'A-Za-z0-9_-'), accept: randomEnough(3) },
  { kind: 'Doppler token', keywords: ['dp.'], pattern: token('dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}', 'A-Za-z0-9_.'), accept: randomEnough(3.5) },
  { kind: 'Pulumi access token', keywords: ['pul-'], pattern: token('pul-[a-f0-9]{40}', 'A-Za-z0-9_-'), accept: randomEnough(3) },
  { kind: 'HashiCorp Vault token', keywords: ['hvs.', 'hvb.', 'hvr.'], pattern: token('hv[sbr]\\.[A-Za-z0-9_-]{90,300}', 'A-Za-z0-9_.-'), accept: randomEnough(3.5) },
  { kind: 'Terraform Cloud token', keywords: ['.atlasv1.'], pattern: token('[a-zA-Z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}', 'A-Za-z0-9_=.-'), accept: randomEnough(3.5) },
  { kind: 'Databricks token', keywords: ['dapi'], pattern: token('dapi[a-f0-9]{32}(?:-\\d)?', 'A-Za-z0-9_-'), accept: randomEnough(3) },
  { kind: 'Docker access token', keywords: ['dckr_pat_'], pattern: token('dckr_pat_[A-Za-z0-9_-]{27}', 'A-Za-z0-9_-'), accept: randomEnough(3) },
  { kind: 'Figma access token', keywords: ['figd_'], pattern: token('figd_[A-Za-z0-9_-]{40,200}', 'A-Za-z0-9_-'), accept: randomEnough(3) },
  { kind: 'Cloudflare API token', keywords: ['cfk_', 'cfut_', 'cfat_'], pattern: token('(?:cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8}', 'A-Za-z0-9'), accept: randomEnough(3) },
  { kind: 'Tailscale key', keywords: ['tskey-'], pattern: token('tskey-[a-z]{2,20}-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{16,60}', 'A-Za-z0-9_-'), accept: randomEnough(3) },
  { kind: 'Grafana token', keywords: ['glc_'], pattern: token('glc_[A-Za-z0-9+/]{32,400}={0,2}', 'A-Za-z0-9+/='), accept: randomEnough(3.5) },
  { kind: 'Grafana token', keywords: ['glsa_'], pattern: token('glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}'), accept: randomEnough(3) },
  { kind: '1Password service account token', keywords: ['ops_eyj'], pattern: token('ops_eyJ[A-Za-z0-9+/]{100,1280}={0,2}', 'A-Za-z0-9+/='), accept: randomEnough(3.5) },
  { kind: 'Linear API key', keywords: ['lin_api_'], pattern: token('lin_api_[A-Za-z0-9]{40}'), accept: randomEnough(3.5) },
  { kind: 'Notion token', keywords: ['ntn_'], pattern: token('ntn_[0-9]{11}[A-Za-z0-9]{35}'), accept: randomEnough(3.5) },
  { kind: 'Vercel token', keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], pattern: token('vc[pciark]_[A-Za-z0-9]{20,60}'), accept: randomEnough(3.5) },
  { kind: 'Sentry token', keywords: ['sntryu_'], pattern: token('sntryu_[a-f0-9]{64}'), accept: randomEnough(3) },
  { kind: 'Sentry token', keywords: ['sntrys_'], pattern: token('sntrys_eyJ[A-Za-z0-9+/=_]{50,1000}', 'A-Za-z0-9+/=_'), accept: randomEnough(3.5) },
  { kind: 'Heroku API key', keywords: ['hrku-aa'], pattern: token('HRKU-AA[A-Za-z0-9_-]{58}', 'A-Za-z0-9_-'), accept: randomEnough(3.5) },
  { kind: 'Square access token', keywords: ['eaaa', 'sq0atp-', 'sq0csp-'], pattern: token('(?:EAAA|sq0atp-|sq0csp-)[A-Za-z0-9_-]{22,60}', 'A-Za-z0-9_-'), accept: randomEnough(3.5) },
  { kind: 'Dynatrace API token', keywords: ['dt0c01.'], pattern: token('dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}', 'A-Za-z0-9_.'), accept: randomEnough(3.5) },
  { kind: 'PlanetScale token', keywords: ['pscale_'], pattern: token('pscale_(?:pw|tkn|oauth)_[A-Za-z0-9_=.-]{32,64}', 'A-Za-z0-9_=.-'), accept: randomEnough(3.5) },
  { kind: 'Fly.io token', keywords: ['fo1_', 'fm2_', 'fm1a_', 'fm1r_'], pattern: token('(?:fo1_[A-Za-z0-9_-]{43}|fm(?:2|1[ar])_[A-Za-z0-9+/]{100,2000}={0,3})', 'A-Za-z0-9_+/=-'), accept: randomEnough(3.5) },
  { kind: 'New Relic API key', keywords: ['nrak-'], pattern: token('NRAK-[A-Z0-9]{27}', 'A-Za-z0-9_-'), accept: randomEnough(3.5) },
  { kind: 'Atlassian API token', keywords: ['atatt3'], pattern: token('ATATT3[A-Za-z0-9_=-]{150,250}', 'A-Za-z0-9_=-'), accept: randomEnough(3.5) },
  {
    kind: 'Azure AD client secret',
    keywords: ['q~'],
    pattern: token('[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}', 'A-Za-z0-9_~.-'),
    accept: randomEnough(3),
  },
  {
    kind: 'Azure storage account key',
    keywords: ['accountkey'],
    pattern: /AccountKey[ \t]*=[ \t]*(?<value>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/gi,
    accept: randomEnough(4),
  },
  {
    kind: 'Azure shared access key',
    keywords: ['sharedaccesskey'],
    pattern: /SharedAccessKey[ \t]*=[ \t]*(?<value>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/gi,
    accept: randomEnough(4),
  },
  {
    // A shared access signature's `sig` is only a secret next to the rest of the SAS (`sv=` is its version).
    kind: 'Azure shared access signature',
    keywords: ['sig='],
    pattern: /[?&]sig=(?<value>[A-Za-z0-9%+/]{40,120})(?![A-Za-z0-9%+/])/g,
    accept: (value, { near, index }) => near('[?&]sv=\\d', index, 600) && randomEnough(3.5)(value),
  },
  {
    // Header and payload are base64url JSON, so both start with `eyJ` (`{"`).
    kind: 'JSON Web Token',
    keywords: ['eyj'],
    pattern: token('eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*', 'A-Za-z0-9_-'),
    accept: randomEnough(3),
  },
  {
    // Any scheme: postgres://app:pw@db, redis://:pw@cache, https://user:pw@host, amqp://…
    kind: 'Password in a connection string',
    keywords: ['://'],
    pattern: /:\/\/[^\s:/@"'<>]{0,100}:(?<value>[^\s/@"'<>]{1,200})(?=@[^\s/?#@"'<>])/g,
    generic: true,
    accept: (value, { text, match }) =>
      /^[A-Za-z][A-Za-z0-9+.-]{0,30}$/.test(schemeBefore(text, match.index)) &&
      value.length >= 4 &&
      !isPlaceholder(value) &&
      !/^\d+$/.test(value),
  },
  {
    // password: hunter2xyz, "password": "…", DB_PASSWORD=…, and Password=…; in a connection string.
    kind: 'Password in configuration',
    keywords: ['pass', 'pwd'],
    pattern: new RegExp(String.raw`(?<key>password|passwd|passphrase|pwd|pass)${ASSIGNED}${VALUE}`, 'gi'),
    generic: true,
    accept: (_, { text, match }) => {
      const { value, quoted } = assignedValue(match);
      return passwordKey(keyBefore(text, match.index) + match.groups!.key!) && passwordValue(value, quoted);
    },
    kindOf: ({ text, match }) =>
      /[;?&][ \t]*$/.test(text.slice(Math.max(0, match.index - 60), match.index - keyBefore(text, match.index).length))
        ? 'Password in a connection string'
        : 'Password in configuration',
  },
  {
    kind: 'HTTP Authorization header',
    keywords: ['authorization'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_-])(?:proxy-)?authorization["']?${GAP}(?:=>|:|=)${GAP}(?:["']${GAP})?(?:(?<scheme>basic|bearer|token|apikey|api-key|sso-key)(?:[ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*))?(?<value>[A-Za-z0-9+/=._~-]{8,2000})`,
      'gi',
    ),
    generic: true,
    accept: (value, { match }) =>
      match.groups!.scheme?.toLowerCase() === 'basic'
        ? basicCredentials(value)
        : !isPlaceholder(value) && !/^[A-Z_]+$/.test(value) && (characterClasses(value) >= 2 || value.length >= 20) && entropy(value) >= 3,
  },
  {
    kind: 'API key in an HTTP header',
    keywords: ['api-key', 'auth-token', 'private-token', 'subscription-key', 'functions-key'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_-])(?:x-api-key|api-key|x-goog-api-key|x-auth-token|private-token|ocp-apim-subscription-key|x-functions-key)["']?${GAP}:${GAP}(?:["']${GAP})?(?<value>[A-Za-z0-9+/=._~-]{12,2000})`,
      'gi',
    ),
    generic: true,
    accept: (value) => !isPlaceholder(value) && characterClasses(value) >= 2 && entropy(value) >= 3,
  },
  {
    // curl -u user:password, curl --user=user:password
    kind: 'Password on a command line',
    keywords: ['curl'],
    pattern: /(?<![A-Za-z0-9_-])(?:-u|--user)(?:=|[ \t]+)["']?(?<value>[^\s"':]{1,100}:[^\s"']{3,200})/g,
    generic: true,
    accept: (value, { near, index }) => near('curl', index, 300) && !isPlaceholder(value.slice(value.indexOf(':') + 1)),
  },
  {
    kind: 'Secret in configuration',
    keywords: ['secret', 'token', 'key', 'credential'],
    pattern: new RegExp(
      String.raw`(?<key>secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|auth[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|credentials?)${ASSIGNED}${VALUE}`,
      'gi',
    ),
    generic: true,
    accept: (_, { text, match }) =>
      !/public|csrf|xsrf|page|cursor|next|sync/i.test(keyBefore(text, match.index) + match.groups!.key!) && configuredSecret(assignedValue(match).value),
  },
];

// ---------------------------------------------------------------------------------------------
// The text as a reader sees it

interface View {
  text: string;
  /** Where each character of `text` is in the file as written; undefined when they are the same. */
  source?: Int32Array;
  /** Whether a reader sees other characters than are written. */
  decoded: boolean;
}

/** Soft hyphens, zero-width spaces and joiners, word joiners, BOMs and the like: a reader does not see them. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const SPECIAL = /[\\&]|[^\x00-\x7f]+/gu;
const HEX = /^[0-9a-fA-F]+$/;

/**
 * The text as a reader sees it: a line continued by a backslash joined to the next (its indent
 * dropped), YAML and JSON escapes (`\x41`, `\u0041`, `\n`) and Markdown's backslash escapes (`\_`)
 * decoded, HTML character references decoded (`&#65;`, `&#x41;`, `&lowbar;`), and invisible
 * characters dropped. A single line break between a key and its value the rules read themselves.
 */
function readerView(raw: string): View {
  const parts: string[] = [];
  // Nothing decodes to more characters than it is written with, so the map fits the raw length.
  const source = new Int32Array(raw.length);
  let length = 0;
  let decoded = false;
  const emit = (text: string, at: number) => {
    if (text.length === 1 && text < '\x80') {
      parts.push(text);
      source[length++] = at;
      return;
    }
    for (const char of text) {
      if (INVISIBLE.test(char)) continue;
      parts.push(char);
      for (let i = 0; i < char.length; i++) source[length++] = at;
    }
  };
  let index = 0;
  for (const match of raw.matchAll(SPECIAL)) {
    const at = match.index;
    if (at < index) continue;
    parts.push(raw.slice(index, at));
    for (let i = index; i < at; i++) source[length++] = i;
    const special = match[0];
    index = at + special.length;
    const decoding = special === '\\' ? backslashEscape(raw, at) : special === '&' ? characterReference(raw, at) : undefined;
    if (decoding) {
      emit(decoding.text, at);
      index = at + decoding.length;
      decoded = true;
    } else {
      // A backslash or an ampersand as it is, or a run of other characters, one at a time.
      let offset = at;
      for (const character of special) {
        if (INVISIBLE.test(character)) decoded = true;
        else {
          parts.push(character);
          for (let i = 0; i < character.length; i++) source[length++] = offset + i;
        }
        offset += character.length;
      }
    }
  }
  parts.push(raw.slice(index));
  for (let i = index; i < raw.length; i++) source[length++] = i;
  return { text: parts.join(''), source: source.subarray(0, length), decoded };
}

/** After a line break at `at`: the index past it and the next line's indentation. */
function lineBreakEnd(raw: string, at: number): number {
  let end = at + (raw[at] === '\r' && raw[at + 1] === '\n' ? 2 : 1);
  while (end < raw.length && (raw[end] === ' ' || raw[end] === '\t')) end++;
  return end;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t' };

function backslashEscape(raw: string, at: number): { text: string; length: number } | undefined {
  const next = raw[at + 1];
  if (next === undefined) return undefined;
  if (next === '\n' || next === '\r') return { text: '', length: lineBreakEnd(raw, at + 1) - at };
  const digits = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
  if (digits > 0) {
    const hex = raw.slice(at + 2, at + 2 + digits);
    const code = hex.length === digits && HEX.test(hex) ? Number.parseInt(hex, 16) : -1;
    return code >= 0 && code <= 0x10ffff ? { text: String.fromCodePoint(code), length: 2 + digits } : undefined;
  }
  if (SIMPLE_ESCAPES[next]) return { text: SIMPLE_ESCAPES[next], length: 2 };
  return /[!-/:-@[-`{-~]/.test(next) ? { text: next, length: 2 } : undefined;
}

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6});?|#([0-9]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31});)/y;

function characterReference(raw: string, at: number): { text: string; length: number } | undefined {
  REFERENCE.lastIndex = at;
  const match = REFERENCE.exec(raw);
  if (!match) return undefined;
  if (match[3] !== undefined) {
    const named = decodeNamedCharacterReference(match[3]);
    return named === false ? undefined : { text: named, length: match[0].length };
  }
  const code = match[1] !== undefined ? Number.parseInt(match[1], 16) : Number.parseInt(match[2]!, 10);
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return { text: valid ? String.fromCodePoint(code) : '\ufffd', length: match[0].length };
}

// ---------------------------------------------------------------------------------------------
// Scanning

interface Found {
  kind: string;
  /** The rule's place in the table: specific rules come first, the most generic last. */
  rank: number;
  generic: boolean;
  /** Where the secret is in the text as written: [start, end). */
  start: number;
  end: number;
}

const COMPILED = RULES.map((rule, rank) => ({ ...rule, rank }));

/** ASCII lower case of a character code. */
const lower = (code: number) => (code >= 65 && code <= 90 ? code | 0x20 : code);

/**
 * Every keyword by its first two characters (ASCII, lower case): the few to compare at each place.
 * A full table, not a sparse one, which JavaScript would keep as a slow dictionary.
 */
const KEYWORDS_BY_START: (string[] | null)[] = new Array<string[] | null>(1 << 14).fill(null);
for (const keyword of new Set(RULES.flatMap((rule) => rule.keywords))) {
  const start = (keyword.charCodeAt(0) << 7) | keyword.charCodeAt(1);
  (KEYWORDS_BY_START[start] ??= []).push(keyword);
}

/**
 * Where each keyword starts in a text, case-insensitively: one pass over the characters, looking
 * up the keywords that begin with each pair, so a hundred keywords cost little more than one.
 */
function keywordPlaces(text: string): Map<string, number[]> {
  const places = new Map<string, number[]>();
  for (let index = 0; index + 1 < text.length; index++) {
    const first = text.charCodeAt(index);
    const second = text.charCodeAt(index + 1);
    if (first > 127 || second > 127) continue;
    const keywords = KEYWORDS_BY_START[(lower(first) << 7) | lower(second)];
    if (keywords === null || keywords === undefined) continue;
    for (const keyword of keywords) {
      let at = 2;
      while (at < keyword.length && lower(text.charCodeAt(index + at)) === keyword.charCodeAt(at)) at++;
      if (at === keyword.length) {
        const list = places.get(keyword);
        if (list) list.push(index);
        else places.set(keyword, [index]);
      }
    }
  }
  return places;
}

/** How many of `sorted` are below `value`. */
function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The greatest of `sorted` below `value`, or -1. */
const lastBelow = (sorted: readonly number[], value: number) => sorted[countBelow(sorted, value) - 1] ?? -1;

/**
 * `Match.near` for one text: each context's places are found once, then each question is a
 * binary search, so a line of a thousand candidates does not read its context a thousand times.
 */
function contextOf(text: string): Match['near'] {
  const places = new Map<string, number[]>();
  let lineBreaks: number[] | undefined;
  return (context, index, length) => {
    let found = places.get(context);
    if (!found) {
      found = Array.from(text.matchAll(new RegExp(context, 'gi')), (match) => match.index);
      places.set(context, found);
    }
    const before = lastBelow(found, index);
    if (before === -1 || index - before > length) return false;
    lineBreaks ??= Array.from(text.matchAll(/\n/g), (match) => match.index);
    return lastBelow(lineBreaks, lastBelow(lineBreaks, index)) < before;
  };
}

/**
 * Runs the rules whose keywords a text holds, each only over the lines with one of its keywords
 * and the line after (a key and its value may be a line apart): an ordinary write-up has few.
 * Each rule reads each character at most once, however many keywords a line holds.
 */
function scanView(view: View, found: Found[]): void {
  const text = view.text;
  const places = keywordPlaces(text);
  if (places.size === 0) return;
  const rawIndex = (index: number) => (view.source ? view.source[Math.min(index, view.source.length - 1)]! : index);
  const near = contextOf(text);
  const lineBreaks: number[] = [];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineBreaks.push(index);
  for (const rule of COMPILED) {
    if (!rule.keywords.some((keyword) => places.has(keyword))) continue;
    const starts = rule.keywords.flatMap((keyword) => places.get(keyword) ?? []).sort((a, b) => a - b);
    for (const [from, to] of linesAround(starts, lineBreaks, text.length)) {
      // A line starts after a line break, which the patterns' edges treat as the start of a text.
      for (const match of text.slice(from, to).matchAll(rule.pattern)) {
        match.index += from;
        const groups = match.groups;
        const value = groups?.quoted ?? groups?.single ?? groups?.value ?? match[0];
        const end = match.index + match[0].length;
        const start = end - value.length;
        const candidate: Match = { text, index: start, match, near };
        if (!rule.accept(value, candidate)) continue;
        found.push({
          kind: rule.kindOf?.(candidate) ?? rule.kind,
          rank: rule.rank,
          generic: rule.generic ?? false,
          start: rawIndex(start),
          end: rawIndex(Math.max(start, end - 1)) + 1,
        });
      }
    }
  }
}

/** For places in order: from the start of each one's line to the end of the next line, overlapping spans merged. */
function linesAround(places: readonly number[], lineBreaks: readonly number[], length: number): [number, number][] {
  const spans: [number, number][] = [];
  for (const place of places) {
    const before = countBelow(lineBreaks, place);
    const from = before === 0 ? 0 : lineBreaks[before - 1]! + 1;
    const to = lineBreaks[before + 1] ?? length;
    const last = spans.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  return spans;
}

/** Whether a reader would see other characters than are written: escapes, references, invisible characters. */
function mayDecode(text: string): boolean {
  return text.includes('\\') || text.includes('&') || (/[^\x00-\x7f]/.test(text) && INVISIBLE.test(text));
}

/** Every secret in one text, as written and as read, in the text's own offsets. */
function scan(text: string): Found[] {
  const found: Found[] = [];
  scanView({ text, decoded: false }, found);
  if (mayDecode(text)) {
    const view = readerView(text);
    if (view.decoded) scanView(view, found);
  }
  // A generic finding over the same characters as an earlier rule's is that one: a password that
  // is a GitHub token is a GitHub token, an `Api-Key:` header is not also a secret in configuration.
  const overlapsEarlier = overlapIndex(found);
  return found.filter((f) => !f.generic || !overlapsEarlier(f));
}

/**
 * Whether a finding overlaps one of an earlier rule. Per rule, the findings sorted by start with
 * the furthest end so far, so each question is a binary search per rule that found something.
 */
function overlapIndex(found: readonly Found[]): (finding: Found) => boolean {
  const byRank = new Map<number, { starts: number[]; furthestEnd: number[] }>();
  for (const finding of [...found].sort((a, b) => a.start - b.start)) {
    let rank = byRank.get(finding.rank);
    if (!rank) byRank.set(finding.rank, (rank = { starts: [], furthestEnd: [] }));
    rank.furthestEnd.push(Math.max(finding.end, rank.furthestEnd.at(-1) ?? 0));
    rank.starts.push(finding.start);
  }
  return (finding) => {
    for (const [rank, { starts, furthestEnd }] of byRank) {
      if (rank >= finding.rank) continue;
      const before = countBelow(starts, finding.end);
      if (before > 0 && furthestEnd[before - 1]! > finding.start) return true;
    }
    return false;
  };
}

/** Every secret in one file, each at its line and column in the file as written: one per kind and line. */
export function findSecretsInFile(text: string): SecretFinding[] {
  const found = scan(text).sort((a, b) => a.start - b.start);
  if (found.length === 0) return [];
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const seen = new Set<string>();
  const findings: SecretFinding[] = [];
  for (const { kind, start } of found) {
    const line = countBelow(lineStarts, start + 1) - 1;
    const key = `${line} ${kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ line: line + 1, column: start - lineStarts[line]! + 1, kind });
  }
  return findings;
}

/** Each text on its own, as `findSecretsInFile` scans it. */
export function findSecrets(texts: readonly string[]): SecretFinding[][] {
  return texts.map(findSecretsInFile);
}

/**
 * The kinds of secret in one value that is already decoded (a front-matter string as YAML reads
 * it), in the order they appear. The caller reports them at the field's line.
 */
export function findSecretKinds(value: string): string[] {
  return [...new Set(scan(value).sort((a, b) => a.start - b.start).map((found) => found.kind))];
}

/**
 * Finds what looks like a credential anywhere in a file: front matter, prose and code blocks
 * alike, because a key pasted into a log excerpt is still a leak. secretlint's recommended rules
 * do most of the work; two patterns of our own cover what they lack. A finding names the kind of
 * secret and where it is, never the secret itself, so the report can be shared safely.
 */
import { lintSource } from '@secretlint/core';
import { creator as recommended, rules as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import type { SecretLintCoreConfig } from '@secretlint/types';
import type { Position } from '../write-up/position';

export interface SecretFinding extends Position {
  /** What kind of secret it looks like, like "AWS Secret Access Key". Never the value. */
  kind: string;
}

const CONFIG: SecretLintCoreConfig = {
  rules: [
    {
      id: '@secretlint/secretlint-rule-preset-recommend',
      rule: recommended,
      rules: [
        // A `secretlint-disable` comment would let a write-up hide its own leak from the check.
        { id: '@secretlint/secretlint-rule-filter-comments', disabled: true },
        // Off by default: an access key id alone is not a secret, but a write-up has no need for one.
        { id: '@secretlint/secretlint-rule-aws', options: { enableIDScanRule: true } },
      ],
    },
  ],
};

/**
 * The kind of each secretlint message, from the rule's own English message with a placeholder
 * for every value: "found AWS Secret Access Key: …" gives "AWS Secret Access Key".
 */
const KINDS = new Map<string, string>();
for (const rule of recommendedRules) {
  const messages = (rule.messages ?? {}) as Record<string, { en?: (props: unknown) => string }>;
  for (const [messageId, message] of Object.entries(messages)) {
    const sample = message.en?.(new Proxy({}, { get: () => '…' })) ?? '';
    const kind = sample.replace(/^found\s+/i, '').split(/[(:]/)[0]!.trim();
    if (kind) KINDS.set(`${rule.meta.id} ${messageId}`, kind[0]!.toUpperCase() + kind.slice(1));
  }
}

/** Placeholders our own patterns skip, as secretlint's do: `<password>`, `${DB_PASS}`, `****`. */
const PLACEHOLDER = /^(?:\*+|x+|\.{3}|…|<[^>]*>|\$\{[^}]*\}|\{\{?[^}]*\}?\}|%[^%]+%|\$[A-Z_]+|password|pass|secret|redacted|changeme)$/i;

/** The schemes the preset already checks (basic auth over HTTP and FTP, PostgreSQL, MySQL, MongoDB). */
const SCHEMES_IN_PRESET = /^(?:https?|ftps?|postgres(?:ql)?|(?:jdbc:)?mysqlx?|mongodb(?:\+srv)?)$/i;

const OWN_PATTERNS: { kind: string; pattern: RegExp; secret: (match: RegExpMatchArray) => string | undefined }[] = [
  {
    kind: 'Password in a connection string',
    // redis://:pw@cache, amqp://app:pw@queue, …: any scheme the preset does not know.
    pattern: /\b([a-z][a-z0-9+.-]*(?::[a-z][a-z0-9+.-]*)?):\/\/([^\s:/@]{0,100}):([^\s@/]{1,200})@[^\s/?#]/gi,
    secret: (match) => (SCHEMES_IN_PRESET.test(match[1]!) ? undefined : match[3]),
  },
  {
    kind: 'Password in a connection string',
    // Server=db;User Id=app;Password=…;  or  ?user=app&password=…
    pattern: /(?:^|[\s;?&"'])(?:password|pwd)\s*=\s*([^\s;&"']+)/gim,
    secret: (match) => match[1],
  },
  {
    kind: 'JSON Web Token',
    // Header and payload are base64url JSON, so both start with `eyJ` (`{"`).
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g,
    secret: (match) => match[0],
  },
];

/**
 * The findings of each text, in order. One secretlint run covers all the texts, joined by a line
 * no secret can cross: setting its rules up costs more than scanning a write-up.
 */
export async function findSecrets(texts: readonly string[]): Promise<SecretFinding[][]> {
  const starts: number[] = [];
  let length = 0;
  for (const text of texts) {
    starts.push(length);
    length += text.length + SEPARATOR.length;
  }
  const result = await lintSource({
    source: { content: texts.join(SEPARATOR), filePath: 'library.mdx', ext: '.mdx', contentType: 'text' },
    options: { config: CONFIG, maskSecrets: true, noPhysicFilePath: true },
  });
  const findings: SecretFinding[][] = texts.map(() => []);
  for (const message of result.messages) {
    const index = lastIndexAtOrBefore(starts, message.range[0]);
    const offset = message.range[0] - starts[index]!;
    if (message.range[1] - starts[index]! > texts[index]!.length) continue;
    findings[index]!.push({ ...positionOf(texts[index]!, offset), kind: KINDS.get(`${message.ruleId} ${message.messageId}`) ?? 'Credential' });
  }
  return texts.map((text, index) => onePerKindAndLine([...findings[index]!, ...findOwnPatterns(text)]));
}

const SEPARATOR = '\n\u0000\n';

function findOwnPatterns(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const { kind, pattern, secret } of OWN_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const value = secret(match);
      if (value === undefined || value.length < 4 || PLACEHOLDER.test(value)) continue;
      findings.push({ ...positionOf(text, match.index + match[0].indexOf(value)), kind });
    }
  }
  return findings;
}

/** Several rules can match one token: one finding per kind and line. */
function onePerKindAndLine(findings: SecretFinding[]): SecretFinding[] {
  const seen = new Set<string>();
  return findings
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((finding) => {
      const key = `${finding.line} ${finding.kind}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function lastIndexAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (sorted[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

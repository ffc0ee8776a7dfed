/** How dates, times and labels read on the pages. Pure, so every page says things the same way. */
import type { ActionStatus, DetectionSource, EventKind, FactorKind, IncidentType } from './schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-03-06` → `6 Mar 2024`, exactly as written: a calendar day is never shifted by a time zone. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** Intl formatters are costly to create and timelines have thousands of moments: one per zone. */
const momentFormatters = new Map<string, { parts: Intl.DateTimeFormat; zone: Intl.DateTimeFormat }>();

function formattersFor(timeZone: string) {
  let formatters = momentFormatters.get(timeZone);
  if (!formatters) {
    formatters = {
      parts: new Intl.DateTimeFormat('en-GB', {
        timeZone,
        weekday: 'short',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
      // en-US knows the common abbreviations (EST, CET); en-GB would say GMT-5.
      zone: new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }),
    };
    momentFormatters.set(timeZone, formatters);
  }
  return formatters;
}

/** A timeline moment in the library's time zone: `{ day: 'Tue 5 Mar 2024', time: '16:47', zone: 'EST' }`. */
export function formatMoment(iso: string, timeZone: string): { day: string; time: string; zone: string } {
  const formatters = formattersFor(timeZone);
  const date = new Date(iso);
  const parts = Object.fromEntries(formatters.parts.formatToParts(date).map((part) => [part.type, part.value]));
  const zone = formatters.zone.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;
  // The day in the same words as every other date of the site (`formatDay`): "Sep", never "Sept".
  return {
    day: `${parts.weekday} ${formatDay(`${parts.year}-${parts.month}-${parts.day}`)}`,
    time: `${parts.hour}:${parts.minute}`,
    zone: zone ?? timeZone,
  };
}

/** ISO 8601 duration for `<time datetime>`: 125 → `PT2H5M`. */
export function isoDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const total = Math.abs(minutes);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const rest = total % 60;
  return `${sign}P${days ? `${days}D` : ''}T${hours ? `${hours}H` : ''}${rest || (!days && !hours) ? `${rest}M` : ''}`.replace(/T$/, '');
}

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  trigger: 'Trigger',
  impact: 'Impact began',
  signal: 'Signal noticed',
  'missed-signal': 'Missed signal',
  detected: 'Detected',
  action: 'Action',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
  communication: 'Communication',
};

export const STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const TYPE_LABELS: Record<IncidentType, string> = {
  deployment: 'Deployment',
  integration: 'Integration',
  external: 'External',
  process: 'Process',
  other: 'Other',
};

/** Who told us first, after "Detected by". */
export const DETECTION_LABELS: Record<DetectionSource, string> = {
  monitoring: 'Our monitoring',
  synthetic: 'A synthetic check',
  customer: 'A customer',
  'internal-report': 'A colleague',
  'third-party': 'A vendor',
  audit: 'A review or audit',
  other: 'Other',
};

export const FACTOR_KIND_LABELS: Record<FactorKind, string> = {
  technical: 'Technical',
  process: 'Process',
  communication: 'Communication',
  environmental: 'Environmental',
};

/** `1 incident`, `3 incidents`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "Acme · Library of failures": how page titles, the feed and link previews name the site. */
export function siteNameOf(settings: { organisation?: string | undefined; title: string }): string {
  return settings.organisation ? `${settings.organisation} · ${settings.title}` : settings.title;
}

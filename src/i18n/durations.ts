/**
 * A duration as people say it, in the card's language: `400 milliseconds`,
 * `1 minute, 30 seconds`, `15 секунд`. Exact to the millisecond, never rounded to `0 seconds`.
 */
import {memoize} from '../shared/memoize.js';

interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  milliseconds: number;
}
interface DurationFormat {
  format(duration: Partial<DurationParts>): string;
}
type DurationFormatConstructor = new (locale: string, options: {style: 'long'}) => DurationFormat;

// Intl.DurationFormat (2025) is in both engines the card is tested in; older browsers get
// the number of seconds with its unit.
const durationFormat = memoize((locale: string): DurationFormat => {
  const DurationFormat = (Intl as unknown as {DurationFormat?: DurationFormatConstructor}).DurationFormat;
  if (DurationFormat) return new DurationFormat(locale, {style: 'long'});
  const seconds = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'second',
    unitDisplay: 'long',
    maximumFractionDigits: 3,
  });
  return {format: (parts) => seconds.format(toMs(parts) / 1000)};
});

const UNITS = [
  ['days', 86_400_000],
  ['hours', 3_600_000],
  ['minutes', 60_000],
  ['seconds', 1000],
  ['milliseconds', 1],
] as const;

function toMs(parts: Partial<DurationParts>): number {
  return UNITS.reduce((sum, [unit, size]) => sum + (parts[unit] ?? 0) * size, 0);
}

export function formatDuration(locale: string, ms: number): string {
  let rest = Math.max(0, Math.round(ms));
  const parts: Partial<DurationParts> = {};
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count) parts[unit] = count;
  }
  if (!Object.keys(parts).length) parts.milliseconds = 0;
  return durationFormat(locale).format(parts);
}

/** Medians and interquartile ranges of samples; samples that are not numbers are left out. */

const sortedNumbers = (values) => values.filter(Number.isFinite).sort((a, b) => a - b);

export function median(values) {
  const sorted = sortedNumbers(values);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function quartiles(values) {
  const sorted = sortedNumbers(values);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
  return [at(0.25), at(0.75)];
}

export const stats = (values) => ({
  median: median(values),
  iqr: quartiles(values),
  n: values.filter(Number.isFinite).length,
});

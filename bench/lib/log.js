/** Progress lines, with the time since the benchmark started. */
export const log = (...args) => console.log(...args);

const started = Date.now();
export const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;

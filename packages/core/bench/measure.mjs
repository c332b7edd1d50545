// A small, dependency-free benchmark loop: warms up, then reports the median
// of several timed batches. Figures are printed, never asserted.

/** Runs `fn` in batches and returns the median nanoseconds per call. */
export function measure(fn, { batches = 15, minBatchMs = 40 } = {}) {
  let perBatch = 1;
  while (timeBatch(fn, perBatch) < minBatchMs * 1e6) perBatch *= 2;
  const samples = [];
  for (let i = 0; i < batches; i++) samples.push(timeBatch(fn, perBatch) / perBatch);
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

function timeBatch(fn, count) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) fn(i);
  return Number(process.hrtime.bigint() - start);
}

/** Formats nanoseconds per operation as operations per second. */
export function opsPerSecond(ns) {
  return `${Math.round(1e9 / ns).toLocaleString('en-US')} ops/s`;
}

// A small, dependency-free benchmark: two functions timed in interleaved
// batches (A then B, then B then A, …) so that both see the same machine
// state, and reported as the ratio of their times with its spread across
// rounds. Figures are printed, never asserted.

/** Runs `fn` `count` times and returns the nanoseconds taken. */
function timeBatch(fn, count) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) fn(i);
  return Number(process.hrtime.bigint() - start);
}

/** How many calls make a batch of at least `minBatchMs`. */
function batchSize(fn, minBatchMs) {
  let count = 1;
  while (timeBatch(fn, count) < minBatchMs * 1e6) count *= 2;
  return count;
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * Times `subject` against `baseline` in `rounds` interleaved pairs and returns
 * the median time per call of each and the ratio subject / baseline as its
 * median and its 10th–90th percentile spread over the rounds.
 */
export function comparePair(subject, baseline, { rounds = 21, minBatchMs = 30 } = {}) {
  const subjectCount = batchSize(subject, minBatchMs);
  const baselineCount = batchSize(baseline, minBatchMs);
  const ratios = [];
  const subjectNs = [];
  const baselineNs = [];
  for (let round = 0; round < rounds; round++) {
    const first = round % 2 === 0;
    const a = first ? timeBatch(subject, subjectCount) / subjectCount : 0;
    const b = timeBatch(baseline, baselineCount) / baselineCount;
    const s = first ? a : timeBatch(subject, subjectCount) / subjectCount;
    subjectNs.push(s);
    baselineNs.push(b);
    ratios.push(s / b);
  }
  for (const list of [ratios, subjectNs, baselineNs]) list.sort((x, y) => x - y);
  return {
    subjectNs: quantile(subjectNs, 0.5),
    baselineNs: quantile(baselineNs, 0.5),
    ratio: quantile(ratios, 0.5),
    low: quantile(ratios, 0.1),
    high: quantile(ratios, 0.9),
  };
}

/** One line for a pair: both times, the ratio with its spread, and the goal when there is one. */
export function formatPair(name, result, { subject, baseline, goal, unit = 'µs' }) {
  const scale = unit === 'ms' ? 1e6 : 1e3;
  const time = (ns) => `${(ns / scale).toFixed(unit === 'ms' ? 2 : 3)} ${unit}`;
  const verdict = goal === undefined ? '' : result.ratio <= goal ? `  (goal ≤ ${goal}×: met)` : `  (goal ≤ ${goal}×: NOT met)`;
  return (
    `${name}\n  ${subject} ${time(result.subjectNs)}, ${baseline} ${time(result.baselineNs)}\n` +
    `  ratio ${result.ratio.toFixed(2)}× (spread ${result.low.toFixed(2)}–${result.high.toFixed(2)})${verdict}`
  );
}

/**
 * The median time per call of `fn`, in nanoseconds, over `batches` batches:
 * for figures that have no baseline to pair with (a size, a whole site).
 */
export function measure(fn, { batches = 15, minBatchMs = 40 } = {}) {
  const count = batchSize(fn, minBatchMs);
  const times = Array.from({ length: batches }, () => timeBatch(fn, count) / count).sort((a, b) => a - b);
  return quantile(times, 0.5);
}

// Regenerates the generated vectors from the built package: vectors/outputs.json
// (every output for each case) and vectors/edge-cases.json (edge cases of single
// calls). Review the diff: every change in them is a change of what sites emit.
import { writeFileSync } from 'node:fs';
import { edgeCaseVectors, outputVectors } from '../dist/conformance.js';

for (const [name, data] of [
  ['outputs.json', outputVectors()],
  ['edge-cases.json', edgeCaseVectors()],
]) {
  writeFileSync(new URL(`../vectors/${name}`, import.meta.url), `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote vectors/${name}`);
}

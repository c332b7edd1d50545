// Regenerates vectors/outputs.json from the built package. Review the diff:
// every change in it is a change of what sites emit.
import { writeFileSync } from 'node:fs';
import { outputVectors } from '../dist/conformance.js';

writeFileSync(new URL('../vectors/outputs.json', import.meta.url), `${JSON.stringify(outputVectors(), null, 2)}\n`);
console.log('wrote vectors/outputs.json');

// @ts-check
import root from '../../eslint.config.js';

export default [
  // Next's build output and the file it generates.
  { ignores: ['.next/**', 'next-env.d.ts'] },
  ...root,
];

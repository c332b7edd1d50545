// The build of @wordpress/scripts, plus: core is bundled from its TypeScript source (the
// `@cc-signals/source` export condition), so webpack sees core's data as JSON modules. It then
// keeps only the JSON properties the editor reads, and the `$comment` keys are dropped, keeping
// build/editor.js small (tests/plugin-zip.test.ts: at most 5 KB gzipped).
// wp-scripts uses this file instead of its own when it exists (its utils/config.js: hasWebpackConfig).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const defaults = require('@wordpress/scripts/config/webpack.config.js');

/** JSON without its `$comment` keys (notes for people who edit the data, never read by code). */
function parseWithoutComments(source) {
  return JSON.parse(source, (key, value) => (key === '$comment' ? undefined : value));
}

export default {
  ...defaults,
  resolve: {
    ...defaults.resolve,
    conditionNames: ['@cc-signals/source', '...'],
    extensionAlias: { '.js': ['.ts', '.js'] },
  },
  module: {
    ...defaults.module,
    rules: [...defaults.module.rules, { test: /\.json$/, type: 'json', parser: { parse: parseWithoutComments } }],
  },
};

import { defineConfig } from 'tsup';

// One entry per subpath export of package.json (dist/<name>.js, .cjs, .d.ts, .d.cts).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    robots: 'src/robots/index.ts',
    feeds: 'src/feeds/index.ts',
    site: 'src/site/index.ts',
    testing: 'src/testing/index.ts',
    conformance: 'src/conformance.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  // Shared chunks in CommonJS too, so that every entry point sees one ValidationError class.
  splitting: true,
  target: 'node20',
});

import type { NextConfig } from 'next';

const config: NextConfig = {
  // The workspace's lockfile is one level up; this app is its own root.
  outputFileTracingRoot: new URL('../..', import.meta.url).pathname,
  poweredByHeader: false,
};

export default config;

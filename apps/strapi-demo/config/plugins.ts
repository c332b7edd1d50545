type Env = ((name: string, fallback?: string) => string) & { bool: (name: string, fallback?: boolean) => boolean };

// The CC signals plugin comes from the workspace (packages/strapi, built to CommonJS).
export default ({ env }: { env: Env }) => ({
  'cc-signals': {
    enabled: env.bool('CC_SIGNALS_ENABLED', true),
    resolve: './node_modules/@cc-signals/strapi',
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', 'demo-users-permissions-jwt-secret') },
  },
});

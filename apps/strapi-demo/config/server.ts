type Env = ((name: string, fallback?: string) => string) & {
  int: (name: string, fallback?: number) => number;
  array: (name: string, fallback?: string[]) => string[];
};

export default ({ env }: { env: Env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  app: { keys: env.array('APP_KEYS', ['demo-key-1', 'demo-key-2']) },
  logger: { updates: { enabled: false } },
});

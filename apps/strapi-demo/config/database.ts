import path from 'node:path';

// SQLite through better-sqlite3. Tests and the demo point DATABASE_FILENAME at a fresh file.
export default ({ env }: { env: (name: string, fallback?: string) => string }) => ({
  connection: {
    client: 'sqlite',
    connection: {
      filename: path.resolve(env('DATABASE_FILENAME', path.join('.tmp', 'data.db'))),
    },
    useNullAsDefault: true,
  },
});

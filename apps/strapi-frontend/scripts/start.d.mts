/** The running front end. */
export interface FrontEnd {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Ends `next start` (its process group). */
  stop(): void;
  /** What it printed so far. */
  output(): string;
}

export const appDir: string;
/** Builds the app (`next build`) unless `.next` holds a build newer than its sources. */
export function ensureBuilt(): void;
/** Starts the production build against the Strapi app at `strapiUrl`, on `port` (a free one by default). */
export function startFrontEnd(strapiUrl: string, port?: number): Promise<FrontEnd>;

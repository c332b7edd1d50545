// The part of @tryghost/admin-api (untyped JavaScript) this package uses.
declare module '@tryghost/admin-api' {
  export interface RequestOptions {
    url: string;
    method: string;
    data?: unknown;
    params?: Record<string, unknown>;
    headers?: Record<string, string>;
  }
  export interface Resource {
    browse(options?: Record<string, unknown>): Promise<unknown>;
    read(data: Record<string, unknown>, query?: Record<string, unknown>): Promise<unknown>;
    edit(data: Record<string, unknown>, query?: Record<string, unknown>): Promise<unknown>;
    add(data: Record<string, unknown>, query?: Record<string, unknown>): Promise<unknown>;
    delete(data: Record<string, unknown>): Promise<unknown>;
  }
  export interface GhostAdminAPI {
    posts: Resource;
    pages: Resource;
    tags: Resource;
    webhooks: Pick<Resource, 'add' | 'edit' | 'delete'>;
    themes: {
      upload(data: { file: string }): Promise<unknown>;
      activate(name: string): Promise<unknown>;
    };
  }
  function GhostAdminAPI(options: {
    url: string;
    key: string;
    version: string;
    userAgent?: string | boolean;
    makeRequest?: (options: RequestOptions) => Promise<unknown>;
  }): GhostAdminAPI;
  export default GhostAdminAPI;
}

// The HTTP server as a library (package.json "exports" → dist/server.js): build it, then listen.

export { openStore, type Store } from '../store/open-store.ts';
export { type BuildServerOptions, buildServer } from './app.ts';
export { loadServerConfig, type ServerConfig } from './config.ts';

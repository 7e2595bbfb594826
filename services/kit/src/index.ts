import 'reflect-metadata';

export * from './apollo.js';
export * from './audit.js';
export * from './concurrency.js';
export * from './config.js';
export * from './database.js';
export * from './date.js';
export * from './errors.js';
export * from './graphql-types.js';
export * from './http.js';
export * from './logger.js';
export * from './metrics.js';
export * from './pagination.js';
export * from './run-service.js';
export * from './subgraph.js';
export * from './subgraph-service.js';
export * from './text.js';
export * from './unit-registry-client.js';

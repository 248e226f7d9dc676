export * from './schema.ts';
export * from './validate.ts';
export * from './ops.ts';
export * from './factory.ts';

export * from './schema.ts';
export * from './validate.ts';
export * from './ops.ts';
export { applyOperation, OperationError, type Applied } from './apply.ts';
export * from './factory.ts';

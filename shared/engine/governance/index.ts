export * from './approval-status';
export * from './lifecycle';

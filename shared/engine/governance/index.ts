export * from './approval-status';
export * from './lifecycle';
export * from './gate-approval';

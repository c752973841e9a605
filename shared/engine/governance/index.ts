export * from './approval-status';
export * from './lifecycle';
export * from './gate-approval';
export * from './revision';

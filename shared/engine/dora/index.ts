export * from './dora-input';
export * from './quantile';
export * from './periods';

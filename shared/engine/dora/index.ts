export * from './dora-input';
export * from './quantile';
export * from './periods';
export * from './deployment-facts';
export * from './dora-measures';
export * from './dora-series';
export * from './dora-groups';
export * from './dora-bands';

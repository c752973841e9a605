export * from './risk-factors';
export * from './failure-history';
export * from './release-risk';

export * from './focus';
export * from './neighbourhood';
export * from './upcoming';
export * from './waves';
export * from './local-time';
export * from './impact-report';
export * from './markdown';

export * from './dependency-index';
export * from './blast-radius';
export * from './impact-score';
export * from './catalog-lookup';

export * from './percentile';
export * from './handoff-facts';
export * from './metrics';
export * from './reask-detector';
export * from './sample-history';

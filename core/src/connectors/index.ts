/** Bot-platform connectors: pure mappings of each platform's own payload to HandoffEvents (no IO). */
export * from './shared';
export * from './sunshine';
export * from './sunshine-pass-metadata';
export * from './rasa';
export * from './botpress';
export * from './dialogflow-cx';
export * from './botframework';
export * from './intercom';
export * from './dialogflow-cx-history';

export * from './llm-config';
export * from './llm-output-schema';
export * from './llm-summarizer';
export { mergeLlmOutput } from './merge';
export { identifierTokens } from './grounding';

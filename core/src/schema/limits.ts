/** Input limits of the contract (section 1). Defaults; the service may configure them. */
export const DEFAULT_LIMITS = {
  maxBodyBytes: 1024 * 1024,
  maxMessages: 2000,
  maxMessageChars: 20000,
} as const;

export type Limits = { maxBodyBytes: number; maxMessages: number; maxMessageChars: number };

import { z } from 'zod';

/** An optional setting: unset and blank both read as undefined, values are trimmed. */
export const optionalSetting = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

import { z } from 'zod';
import type { ZafClient } from '../zaf/zaf-client';

/** Installation settings the browser can see (the shared secret is secure and never reaches it). */
export const appSettingsSchema = z.object({
  service_url: z
    .string({ error: 'service_url: set the Baton service URL in the app settings' })
    .url('service_url: must be an absolute URL such as https://baton.example.com')
    .transform((url) => url.replace(/\/+$/, '')),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export async function readAppSettings(client: ZafClient): Promise<AppSettings> {
  const { settings } = await client.metadata();
  return appSettingsSchema.parse(settings);
}

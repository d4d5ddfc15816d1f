export { createService, type Service, type Role } from './service';
export { loadConfig, SANDBOX_SECRETS, type Config } from './config';
export { acceptHandoff, handoffIdFor } from './intake/accept-handoff';
export { signHandoff, verifyHandoffSignature, signZendeskWebhook, verifyZendeskWebhook } from './http/signatures';
export type { ServiceDeps } from './deps';
export type { WorkQueue, JobHandlers } from './queue/work-queue';

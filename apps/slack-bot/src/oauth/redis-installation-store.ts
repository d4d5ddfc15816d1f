import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import type { Redis } from 'ioredis';

/**
 * Slack installations in Redis (workspaces that install Baton from the directory): one JSON per
 * workspace or org, keyed `baton:{<tenant>}:slack:installation:<team or enterprise id>`.
 */
export class RedisInstallationStore implements InstallationStore {
  constructor(
    private readonly redis: Redis,
    private readonly tenantId = 'default',
  ) {}

  private key(query: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string {
    const id =
      query.isEnterpriseInstall && query.enterpriseId ? `E:${query.enterpriseId}` : `T:${query.teamId ?? 'none'}`;
    return `baton:{${this.tenantId}}:slack:installation:${id}`;
  }

  async storeInstallation(installation: Installation): Promise<void> {
    const key = this.key({
      isEnterpriseInstall: installation.isEnterpriseInstall,
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
    });
    await this.redis
      .multi()
      .set(key, JSON.stringify(installation))
      .sadd(`baton:{${this.tenantId}}:slack:installations`, key)
      .exec();
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    const raw = await this.redis.get(this.key(query));
    if (!raw)
      throw new Error(
        `No Slack installation for ${query.isEnterpriseInstall ? `org ${query.enterpriseId}` : `workspace ${query.teamId}`}`,
      );
    return JSON.parse(raw) as Installation<'v1' | 'v2', boolean>;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const key = this.key(query);
    await this.redis.multi().del(key).srem(`baton:{${this.tenantId}}:slack:installations`, key).exec();
  }

  /** The bot token of the installation serving this tenant (one workspace per tenant). */
  async botToken(): Promise<string | undefined> {
    const keys = await this.redis.smembers(`baton:{${this.tenantId}}:slack:installations`);
    for (const key of keys) {
      const raw = await this.redis.get(key);
      const token = raw ? (JSON.parse(raw) as Installation).bot?.token : undefined;
      if (token) return token;
    }
    return undefined;
  }
}

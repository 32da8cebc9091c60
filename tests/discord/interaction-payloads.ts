/** Interaction payloads shaped like Discord's (trimmed to what a real one always carries). */
const base = {
  application_id: "100000000000000001",
  guild_id: "200000000000000002",
  channel_id: "300000000000000003",
  channel: { id: "300000000000000003", type: 0 },
  version: 1,
  locale: "en-GB",
  guild_locale: "en-US",
  guild: { id: "200000000000000002", locale: "en-US", features: [] },
  entitlements: [],
  authorizing_integration_owners: { "0": "200000000000000002" },
  attachment_size_limit: 10485760,
};

/** Manage Channels (16) + View Channel, Send Messages, Embed Links. */
export const managerPermissions = String(16 + 1024 + 2048 + 16384);
export const plainMemberPermissions = String(1024 + 2048);
export const botPermissions = String(1024 + 2048 + 16384);

let counter = 0;

export function commandInteraction(
  name: string,
  options: unknown[] = [],
  overrides: { permissions?: string; appPermissions?: string; dm?: boolean } = {},
) {
  counter += 1;
  const user = {
    id: "400000000000000004",
    username: "asker",
    discriminator: "0",
    global_name: "Asker",
  };
  const where = overrides.dm
    ? { channel_id: base.channel_id, user, context: 1, locale: "en-GB", entitlements: [] }
    : {
        ...base,
        member: { user, roles: [], permissions: overrides.permissions ?? plainMemberPermissions },
        context: 0,
      };
  return {
    ...where,
    application_id: base.application_id,
    id: `50000000000000000${counter}`,
    type: 2,
    token: `interaction-token-${counter}`,
    version: 1,
    app_permissions: overrides.appPermissions ?? botPermissions,
    data: { id: "600000000000000006", name, type: 1, options },
  };
}

export const pingInteraction = {
  id: "700000000000000007",
  application_id: base.application_id,
  type: 1,
  token: "ping-token",
  version: 1,
};

export const stringOption = (name: string, value: string) => ({ name, type: 3, value });
export const subcommand = (name: string, options: unknown[] = []) => ({ name, type: 1, options });
export const subcommandGroup = (name: string, options: unknown[]) => ({ name, type: 2, options });

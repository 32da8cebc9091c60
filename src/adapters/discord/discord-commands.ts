import {
  ApplicationCommandOptionType as Option,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody as CommandDefinition,
} from "discord.js";

const everywhere = [InteractionContextType.Guild, InteractionContextType.BotDM];
const guildInstall = [ApplicationIntegrationType.GuildInstall];

const text = (name: string, description: string, required: boolean, maxLength: number) => ({
  type: Option.String as const,
  name,
  description,
  required,
  max_length: maxLength,
});

const sub = (name: string, description: string, options: ReturnType<typeof text>[] = []) => ({
  type: Option.Subcommand as const,
  name,
  description,
  options,
});

/** The slash commands briefbot registers (`briefbot discord:register`), one per chat command. */
export const discordCommands: CommandDefinition[] = [
  {
    name: "brief",
    description:
      "The briefing card of the newest article, or of the one matching your words or link",
    options: [text("query", "Words from the article, or a link to ingest", false, 500)],
    contexts: everywhere,
    integration_types: guildInstall,
  },
  {
    name: "who-said",
    description: "Find who said a phrase, with their role, the exact words and the article",
    options: [text("phrase", "The words to look for", true, 500)],
    contexts: everywhere,
    integration_types: guildInstall,
  },
  {
    name: "quotes",
    description: "What a person said, direct and reported, newest first",
    options: [
      text("person", "Who (e.g. Lavrov)", true, 100),
      text("about", "Only quotes about this topic", false, 200),
    ],
    contexts: everywhere,
    integration_types: guildInstall,
  },
  {
    name: "briefing",
    description: "Manage this channel's morning briefing",
    // Discord requires every bit listed; the runtime check also accepts Manage Server.
    default_member_permissions: PermissionFlagsBits.ManageChannels.toString(),
    contexts: [InteractionContextType.Guild],
    integration_types: guildInstall,
    options: [
      sub("subscribe", "Post a briefing here every day", [
        text("time", "Local time, e.g. 07:30", false, 5),
        text("timezone", "IANA time zone, e.g. Europe/Berlin", false, 64),
      ]),
      sub("unsubscribe", "Stop this channel's briefing"),
      {
        type: Option.SubcommandGroup,
        name: "sources",
        description: "Feeds and folders this channel's briefing reads",
        options: [
          sub("add", "Add a feed or the briefs folder", [
            text("source", "Feed URL or 'briefs'", true, 500),
          ]),
          sub("remove", "Remove a source", [text("source", "Feed URL or 'briefs'", true, 500)]),
          sub("list", "List this channel's sources"),
        ],
      },
      sub("status", "Next run, last run and failing sources"),
      sub("now", "Post the briefing now"),
    ],
  },
  {
    name: "help",
    description: "What briefbot can do, with examples",
    contexts: everywhere,
    integration_types: guildInstall,
  },
];

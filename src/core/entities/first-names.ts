/** Common given names that tell a person's gender, for resolving "he" and "she". Lower case. */
export const FEMALE_NAMES: ReadonlySet<string> = new Set(
  ("hillary condoleezza nancy elizabeth sarah kellyanne michelle melania ivanka chelsea kamala susan " +
    "mary patricia jennifer linda barbara margaret jessica karen lisa betty dorothy sandra ashley kimberly " +
    "donna emily carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley " +
    "angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine " +
    "carolyn janet ruth maria heather diane virginia julie joyce victoria kelly christina lauren joan " +
    "evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline ann gloria jean kathryn " +
    "alice teresa sara janice doris madison julia grace judy abigail marie denise beverly amber theresa " +
    "marilyn danielle diana brittany natalie sophia rose isabella alexis kayla charlotte angelina " +
    "theresa angela marine nicola tulsi debbie elise kirsten dianne barbara madeleine sonia jeanne " +
    "huma donna hope sheryl katie gretchen megyn dana jill claire harriet ruth anne jane kate lucy " +
    "caroline tessa priti yvette diane harriet ellen oprah beyonce taylor jan maxine loretta tammy " +
    "jeanine ilhan alexandria liz carly nikki sheila valerie janet cindy hilary jacinda theresa").split(" "),
);

export const MALE_NAMES: ReadonlySet<string> = new Set(
  ("donald barack joe john george bill mike michael ted marco jeb ben chris rand bernie tim mitt paul " +
    "mitch reince newt rudy jeff robert james william richard david charles thomas christopher daniel " +
    "matthew anthony mark steven steve andrew kenneth joshua kevin brian edward ronald timothy jason " +
    "jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel " +
    "gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas " +
    "zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean " +
    "austin arthur lawrence jesse dylan bryan jordan billy bruce albert willie gabriel logan alan juan " +
    "wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny vladimir sergei " +
    "tony gordon david nigel boris vince ed jim tom dick harry rob bob sam dan greg corey lindsey " +
    "hugh gerry lamar harry sergey dmitry mahmoud ali hassan mohammed muhammad ahmed recep emmanuel " +
    "francois nicolas angelo silvio matteo pedro luis carlos jorge xi shinzo narendra benjamin bibi " +
    "geoff guy martin howard chuck lindsay cory orrin jon jonah newt rick ricky rudolph " +
    "ron reince stephen sean herman scott bobby jim paul rahm al kenneth sherrod tom").split(" "),
);

/** Common given names that tell a person's gender, for resolving "he" and "she". Lower case. */
export const FEMALE_NAMES: ReadonlySet<string> = new Set(
  (
    "hillary nancy elizabeth sarah michelle chelsea kamala susan " +
    "mary patricia jennifer linda barbara margaret jessica karen lisa betty dorothy sandra ashley kimberly " +
    "donna emily carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley " +
    "angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine " +
    "carolyn janet ruth maria heather diane virginia julie joyce victoria kelly christina lauren joan " +
    "evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline ann gloria jean kathryn " +
    "alice teresa sara janice doris madison julia grace judy abigail marie denise beverly amber theresa " +
    "marilyn danielle diana brittany natalie sophia rose isabella alexis kayla charlotte angelina " +
    "theresa angela marine nicola debbie elise kirsten dianne barbara madeleine sonia jeanne " +
    "donna hope sheryl katie gretchen dana jill claire harriet ruth anne jane kate lucy " +
    "caroline tessa priti yvette diane harriet ellen oprah beyonce taylor jan maxine loretta tammy " +
    "alicia allison alyssa ana angie annie april audrey bethany bonnie brooke caitlin candace carla carmen cassandra cathy charlene claudia colleen connie courtney crystal daisy dawn deanna della delores diana dolores eileen elaine eleanor elena ella erica erin esther eva faith felicia gail gina glenda gwen haley holly ida irene iris jackie jamie jasmine jeanette jenna jenny jessie jo joanne jocelyn josephine joy juanita june kara katrina kay kristen kristin krista leah lena leslie lillian lily lindsay lois lori lorraine lucia lydia lynn mabel marcia margarita marian marilyn marjorie marlene marsha mattie maureen meghan melanie melinda mercedes mia michele mildred miranda molly monica myrtle naomi nina nora norma paige paula pauline peggy penny phyllis rachael ramona regina renee rhonda rita roberta robin rosa rosemary roxanne sabrina sally shannon sherry shelby sofia sonya stacy stacey sue suzanne sylvia tanya tara tiffany tina toni tracy vanessa vera veronica vicki vickie viola wanda wendy whitney yolanda zoe huma ivanka melania omarosa kellyanne hope dolly meryl greta angela ursula christine marine " +
    "alexandria liz carly nikki sheila valerie janet cindy hilary jacinda theresa"
  ).split(" "),
);

export const MALE_NAMES: ReadonlySet<string> = new Set(
  (
    "donald barack joe john george bill mike michael ted marco ben chris rand bernie tim paul " +
    "mitch rudy jeff robert james william richard david charles thomas christopher daniel " +
    "matthew anthony mark steven steve andrew kenneth joshua kevin brian edward ronald timothy jason " +
    "jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel " +
    "gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas " +
    "zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean " +
    "austin arthur lawrence jesse dylan bryan jordan billy bruce albert willie gabriel logan alan juan " +
    "wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny vladimir sergei " +
    "tony gordon david nigel boris vince ed jim tom dick harry rob bob sam dan greg corey lindsey " +
    "hugh gerry lamar harry sergey dmitry mahmoud ali hassan mohammed muhammad ahmed emmanuel " +
    "francois nicolas angelo silvio matteo pedro luis carlos jorge xi benjamin " +
    "geoff guy martin howard chuck lindsay cory orrin jon jonah rick ricky rudolph " +
    "ron stephen sean herman scott bobby jim paul al kenneth tom " +
    "abraham alfred allen alvin andre andy antonio armando arnold barry bernard bill billy blake brad bradley brett bryce calvin cameron cecil cesar chad charlie chester clarence claude clayton clifford clinton clyde cody colin craig curtis dale dallas damon dane darrell darren dave derek derrick devin dewey dexter don donnie doug drew duane dustin dwight earl eddie edgar edwin eli elliott elmer enrique ernest ernesto everett felix fernando floyd francis francisco franklin fred freddie frederick garrett gene gilbert glen glenn guillermo hank harvey hector herbert homer horace ian isaac ivan jackson jake jared jay jeffery jeremiah jerome jesus jimmy joel joey johnnie jonathan josh julian julio karl ken kurt lance lee leo leon leonard leroy lester lewis lloyd lonnie lou lowell luke luther malcolm manuel marc marcus mario marshall marvin mathew maurice melvin mel micheal miguel milton mitchell morris myron neil nelson newt norman oliver omar oscar otis owen pat perry phil preston quentin rafael ramon randall raul ray reggie reginald rene reuben rex ricardo riley roberto rodney rodolfo roland ronnie ross ruben rufus salvador sammy saul sergio seth shane shawn sheldon sidney simon spencer stanley stuart sylvester ted terrence theodore tommy travis trevor troy vernon victor virgil wade wallace warren wendell wesley wilbur wilfred willard wilson winston xavier zach reince mitt jeb rahm marty kirk dirk hans jurgen pierre jean-claude francois recep bashar hamid abdullah khalid yusuf moshe shimon yitzhak ehud avigdor"
  ).split(" "),
);

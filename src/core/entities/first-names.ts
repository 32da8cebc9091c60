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

/**
 * More given names, from many languages, whose bearer's gender the engine does not guess: they
 * tell that a capitalised pair is a person ("Milan Kundera"), never which pronoun fits.
 */
export const OTHER_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    "aaron abdul abdel abu adel adnan adrian ahmad akira alain alastair alberto aldo aleksandr alessandro alexei alexey " +
    "alistair amir anand anatoly anders andre andreas andrei andres angus anil anton antoine antonio aram ari arjun " +
    "armin arnaud arne arturo ashok ashraf aslan augusto axel ayman bart bartosz benoit bernd bertrand bill bjorn " +
    "bogdan boyd bram brendan brent brett bruno bryn buzz cai callum carlo carsten cedric cesare chang chen cheng " +
    "christoph christophe cillian ciaran claudio clive colm conor connor cormac cosmo cristiano cyril dai damian " +
    "damien danny dario darius dave dean declan deepak dejan denis desmond diego dieter dimitri dimitris dinesh " +
    "dmitri dominic dominique donal duncan dusan eamon eamonn edmund eduardo efrain egon ehsan elias elliot emil " +
    "emilio emre enzo ergun erik ernst esteban etienne eugenio evan evgeny fabian fabio fabrizio faisal farid " +
    "farouk fedor felipe ferdinand fergus fidel filip finn florian francesco franco frans franz fraser fritz " +
    "gael gareth garry gavin geert georg georges gerard gerhard gert gianni gideon gilles giorgio giovanni " +
    "giuseppe glyn gonzalo graeme graham grant gunnar gunter gustavo guus habib hakan hamza haruki hasan heinz " +
    "helmut hendrik henri henrik hernan hideki hiroshi horst hugo humberto hussein iain ibrahim ignacio igor " +
    "ilya imran ismail istvan ivo jaap jacques jaime jakob jamal jan janek jaroslav javier jens jerzy jiri joachim " +
    "joao joaquin johan johann johannes jonas jorge josef josep joseph jozef juergen jules jurgen kai kamal karel " +
    "karim karol kazuo ken kenji kenzaburo khaled kim klaus koji konrad kostas krzysztof kurt lajos lars laszlo " +
    "laurent leif lennart leonardo leonid lionel lorenzo lothar luc luca lucas luigi luiz lukas lukasz luka " +
    "magnus mahmood makoto malik mamadou manfred manoj manu marcel marcello marco marek mariano marius markus " +
    "marlon marten massimo mateo mathias matthias mattias maurizio max maxim maximilian mehdi mehmet michal " +
    "michel mikhail miklos milan milos miroslav mohamed mohammad mohamad mohsen moises morgan moussa mustafa " +
    "naguib nasser nawaz nikita nikolai nikolaos nikolay niels nils nitin noel nuno olaf olav oleg olivier omar " +
    "orlando oskar osama oswaldo otto pablo paolo pascal paschoal patrice pavel pawel pekka per pete petr petros " +
    "philippe piers pieter piotr pranab prakash pravin qasim rafael rafal rahul raj rajesh rakesh ralf ramesh " +
    "ramon randolph rashid raymond reinhard reza rhodri rhys rich ricardo riccardo rik roberto rodrigo roel " +
    "rolf roman romano rory rowan rubens rudi rudolf rui rupert rusty ryszard sadiq saeed said salah salim " +
    "salman salvatore sami samir sandro sanjay santiago sasha satoshi sebastian sebastien seamus sergio shahid " +
    "shane sharif shinzo shlomo shuji siddharth sigmar silvio simone slobodan soren stanislaw stefan stefano " +
    "steffen sven sunil sylvain tadeu takashi taro tariq terence thabo thierry thilo thor thorsten tiago tobias " +
    "tomas tomasz toni torsten tsvangirai ugo ulrich umberto uwe vaclav valentin valery vasily vicente viktor " +
    "vittorio vivek vladislav volker walid werner wim wladimir wojciech wolfgang xavier yannick yasser yasuo " +
    "yevgeny yoshihiko yoshiro yuri yusuf yves zbigniew zoltan zoran " +
    "aamir ali-reza anita anja anke annika antje astrid beatriz birgit brigitte carmela cecile chiara clara " +
    "coby corinne cristina dagmar daniela elke elodie elsa fatima fatma francesca franziska gabriela gabriele " +
    "gisela giulia greet gudrun hanna heike helga hilde ines ingrid irina isabel isabelle jelena jutta kaori " +
    "karin katarina katja kerstin kristina ludmila lucie magda magdalena manuela margot marianne marion marta " +
    "martina mathilde mariana maya mireille monika nadia nadine natalia natasha nathalie olga paola petra pilar " +
    "raquel renata rosario sabine sandrine silke silvia simona sofie sonja stefanie svetlana tatiana tatyana " +
    "ulrike ute valentina valeria yulia yuko zainab " +
    "ashley bailey casey dale drew jamie jody jordan kelly kerry kim leslie lindsay morgan robin sandy sidney " +
    "stacey terry tracy aidan alfie archie barney bertie bobby charlie clint cole darryl dermot eoin ewan " +
    "finlay frazer gethin hamish harvey huw jude keir kieran lachlan lennox liam lorcan mack nico niall oisin " +
    "owain rees reece rohan ronan rufus ruairi seb tam toby wyn zac zak " +
    "abby ada adele aisha alana alexa alison amelia anya arabella ayesha bridget camilla cara carys cerys " +
    "chloe ciara cressida davina delia edwina eliza ella elspeth emer esme fay fiona flora freya georgia " +
    "gemma georgina gwyneth hattie hazel imogen india isla jade jemima jess jodie joanna kirsty lara lorna " +
    "lottie louise lucinda mairead maeve margo mhairi moira nadine nell niamh orla penelope petula philippa " +
    "phoebe poppy rosie roisin sadie saoirse serena sian sinead siobhan sophie tamsin tania una vivienne zara"
  ).split(" "),
);

/** Whether a word is a given name the engine knows (any gender). */
export function isGivenName(word: string): boolean {
  const w = word.toLowerCase();
  return MALE_NAMES.has(w) || FEMALE_NAMES.has(w) || OTHER_GIVEN_NAMES.has(w);
}

import { PLAIN_SAY_FORMS } from "../lexicon/reporting-verbs.js";
import { words } from "../lexicon/word-list.js";

/** Word lists the name and role readers share. All lower case. */

/** Honorifics that precede a name and are dropped from it ("Mr Blair", "Sen. Jeff Merkley"). */
export const HONORIFICS: ReadonlySet<string> = new Set(
  words(
    "mr mrs ms miss dr prof rev sir dame lord lady sen rep gov gen lt col sgt capt cmdr adm " +
      "maj hon st pres messrs mx fr",
  ),
);

/**
 * Title abbreviations that are titles only with their stop ("Del. Stacey Plaskett", "Supt. Ray
 * Lee"); without it they may be a name ("Del Potro").
 */
export const DOTTED_TITLES: ReadonlySet<string> = new Set(
  words("del supt cpl pvt spc amb atty brig det insp cdr sec sens reps govs sgts"),
);

/** Honorifics that tell a person's gender. */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(["mr", "sir", "lord", "messrs"]);
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set([
  "mrs",
  "ms",
  "miss",
  "dame",
  "lady",
]);

/** Nouns naming a role or occupation: they make a description ("the minister") or a title. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  words(
    "president minister secretary spokesman spokeswoman spokesperson senator representative " +
      "congressman congresswoman governor mayor chairman chairwoman chair director leader chief " +
      "ambassador adviser advisor aide analyst professor candidate nominee host reporter " +
      "correspondent editor manager strategist pollster official officer executive ceo founder " +
      "economist lawyer attorney judge justice commissioner general admiral colonel king queen " +
      "prince princess premier chancellor lawmaker legislator delegate activist expert " +
      "researcher scientist author writer columnist commentator historian consultant operative " +
      "organizer organiser partner owner businessman businesswoman economist pastor priest " +
      "bishop pope cardinal coach player striker captain manager boss head anchor moderator " +
      "speaker whip treasurer deputy envoy diplomat negotiator prosecutor sheriff detective " +
      "inspector superintendent chairperson vice principal dean student teacher doctor surgeon " +
      "nurse actor actress singer star comedian rapper producer presenter broadcaster " +
      "campaigner supporter voter resident witness friend father mother son daughter wife " +
      "husband brother sister spokesmen administrator fellow lecturer specialist policeman " +
      "soldier veteran officials chairmen member founder co-founder pundit surrogate staffer " +
      "agent investor trader dealer banker winner monarch emperor sultan sheikh ayatollah cleric rabbi " +
      "imam mp mep peer councillor councilman councilwoman assemblyman assemblywoman trustee " +
      "employee worker volunteer insider source regulator auditor planner designer engineer " +
      "architect ally constituent confidant loyalist backer donor critic rival opponent " +
      "challenger protege biographer developer entrepreneur physician farmer rancher mogul " +
      "billionaire millionaire philanthropist fundraiser bundler lobbyist blogger journalist " +
      "photographer filmmaker novelist poet musician artist athlete retiree contractor " +
      "accountant pilot firefighter clerk front-runner frontrunner " +
      // Sport, entertainment, professions and titles as BBC and US news write them.
      "champion holder sprinter runner cyclist swimmer boxer golfer batsman bowler goalkeeper " +
      "defender midfielder winger keeper jockey referee umpire medallist medalist olympian " +
      "finalist winner runner-up skipper gaffer all-rounder fly-half scrum-half flanker " +
      "model supermodel stylist chef restaurateur dancer ballerina choreographer drummer " +
      "guitarist bassist vocalist frontman songwriter composer conductor pianist violinist " +
      "playwright screenwriter cartoonist illustrator painter sculptor entertainer celebrity " +
      "superstar icon legend dj comedienne gastroenterologist cardiologist psychiatrist " +
      "psychologist dentist pharmacist therapist paramedic medic chemist physicist biologist " +
      "mathematician astronomer archaeologist sociologist anthropologist statistician " +
      "forecaster barrister solicitor counsel magistrate coroner ombudsman comptroller " +
      "registrar director-general secretary-general undersecretary alderman politician " +
      "baroness baron duke duchess countess viscount empress dictator warlord " +
      "commander commandant marshal lieutenant brigadier corporal sergeant constable " +
      "trooper serviceman servicewoman policewoman tycoon magnate financier broker " +
      "shareholder cfo coo cto md supervisor salesman saleswoman shopkeeper technician " +
      "programmer inventor mechanic astronaut fisherman miner steelworker scholar academic " +
      "headteacher headmaster headmistress provost rector vicar archbishop chaplain monk nun " +
      "evangelist preacher consul envoy emissary investigator spy contender hopeful " +
      "incumbent protester demonstrator advocate graduate undergraduate intern trainee " +
      "apprentice widow widower uncle aunt nephew niece grandfather grandmother grandson " +
      "granddaughter cousin fiance fiancee girlfriend boyfriend neighbour neighbor colleague " +
      "spokespeople spokespersons chiefs",
  ),
);

/** Role nouns that tell a person's gender. */
export const MALE_ROLES: ReadonlySet<string> = new Set(
  words(
    "spokesman congressman chairman businessman king prince father son husband brother actor " +
      "policeman councilman assemblyman",
  ),
);
export const FEMALE_ROLES: ReadonlySet<string> = new Set(
  words(
    "spokeswoman congresswoman chairwoman businesswoman queen princess mother daughter wife " +
      "sister actress councilwoman assemblywoman",
  ),
);

/** Words that may stand before a role noun inside a title ("press secretary", "Foreign Minister"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  words(
    "press foreign defense defence deputy former senior chief vice assistant campaign " +
      "security national prime executive managing general state federal independent political " +
      "interim acting top lead finance interior justice health trade energy communications " +
      "policy foreign-policy economic military republican democratic democrat conservative " +
      "liberal progressive veteran longtime white house district u.s. us u.n. eu nato labour " +
      "tory party majority minority senate presidential vice-presidential gop then then- " +
      "self-described shadow",
  ),
);

/** Prefixes of hyphenated titles ("Co-founder", "Ex-minister", "Vice-President"). */
export const ROLE_PREFIXES: ReadonlySet<string> = new Set(
  words("co ex vice deputy acting joint assistant sub non under"),
);

/** Capitalised words that start sentences or clauses and are never part of a name. */
export const NOT_NAME: ReadonlySet<string> = new Set([
  ...PLAIN_SAY_FORMS,
  ...words(
    "the a an and but or nor so yet in on at of for to by with from as if when while after " +
      "before since because although though earlier later then now today yesterday tomorrow " +
      "still also meanwhile however instead this that these those it its he she they we i you " +
      "his her their our my your there here what who why how where which asked speaking " +
      "according in not no yes monday tuesday wednesday thursday friday saturday sunday january " +
      "february march april june july august september october november december mr mrs ms dr " +
      "last next some many most all both each every one two asked well oh " +
      "so do does did is was are were be been has have had will would can could should may " +
      "might must just even only again once thus indeed perhaps maybe anyway another other " +
      "several few such any none nobody everyone someone hours days weeks months years minutes " +
      "later ago like unlike among despite",
  ),
]);

/** Words that mark a capitalised run as an organisation or outlet rather than a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  words(
    "house department ministry committee post times news party campaign council agency " +
      "institute university foundation association reuters cnn bbc nbc abc cbs msnbc " +
      "journal tribune herald guardian telegraph kremlin pentagon commission office bureau " +
      "court senate congress parliament government administration center centre group inc corp " +
      "company bank network press magazine daily review service services union league board " +
      "organization organisation fund church police army navy school college republicans " +
      "democrats gop state states nations authority club project coalition alliance federation " +
      "monitor insider twitter facebook google airways " +
      "motors holdings ltd plc llc co caucus cabinet embassy forum watch polls poll survey " +
      "report statement",
  ),
);

/** Personal pronouns that can name a speaker, with their gender (null when either). */
export const PRONOUNS: ReadonlyMap<string, "m" | "f" | "p" | "n"> = new Map([
  ["he", "m"],
  ["she", "f"],
  ["they", "p"],
  ["it", "n"],
  ["i", "p"],
  ["we", "p"],
]);

/**
 * Capitalised words that mark a run as a faith, nationality, event or product, never a person
 * ("Greek Orthodox", "London Marathon", "Olympic").
 */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set(
  words(
    "orthodox catholic catholics protestant protestants muslim muslims christian christians " +
      "jewish jews sunni shia shiite hindu buddhist sikh evangelical american americans british " +
      "english french german germans russian russians chinese japanese italian spanish irish " +
      "scottish welsh european europeans african asian arab arabs israeli israelis palestinian " +
      "palestinians iranian iraqi syrian afghan pakistani indian mexican canadian australian " +
      "brazilian olympic olympics marathon grand prix open championships cup trophy festival " +
      "awards oscars grammy grammys brits baftas emmys prize tour tournament series season " +
      "election elections debate convention summit internet web online website dvd cd tv " +
      "radio channel hospital hospitals trust trusts service services brothers studios pictures " +
      "records airlines airways entertainment media software systems technologies electronics " +
      "telecom mobile motors industries group plc inc ltd limited corp corporation company firm " +
      "bank tobacco petroleum petrochemicals pharmaceuticals securities " +
      "fund index exchange market markets stocks shares economy budget treasury theatre theater " +
      "cinema opera gallery orchestra academy force forces agency show",
  ),
);

/** Last words that make a capitalised run a thing, not a person ("Cold War", "INF Treaty"). */
export const THING_WORDS: ReadonlySet<string> = new Set(
  words(
    "war treaty forces states republic union nations act bill law street avenue road square " +
      "city county island islands mountains river sea ocean day week month year summit " +
      "conference program programme plan deal accord agreement prize award center centre " +
      "building hall park airport station church cup games olympics league championship series " +
      "times post news party hotel tower plaza hospital museum stadium arena bridge casino " +
      "resort mall library memorial institute foundation",
  ),
);

/**
 * Word classes the name rules read: English news grammar, not any document's
 * strings. Each list says what a word does next to a name.
 */

const words = (text: string) => new Set(text.trim().split(/\s+/));

/** Words that join the parts of one name: "Institute for Strategic Studies", "Bank of England". */
export const CONNECTORS = words('of for and de del della di da von van der den al bin la le du on the');

/** Titles and offices before a person's name; the words before them in a title go too ("Transport Minister"). */
export const TITLES = words(`
  President Vice Prime Minister Deputy Premier Chancellor Governor Ex-Governor ex-Governor Senator Sen. Representative Rep. Congressman
  Congresswoman Ambassador General Gen. Colonel Col. Major Lieutenant Lt. Sergeant Sgt. Captain Capt. Admiral Commander Chief Marshal
  Mr Mr. Ms Ms. Mrs Mrs. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Baron Mayor Councillor Councilor Alderman Judge Justice
  Chairman Chairwoman Chair Secretary Leader Speaker King Queen Prince Princess Pope Cardinal Bishop Archbishop Rabbi Imam Sheikh Father
  Sister Brother Then-President then-President Former Acting Interim Opposition Director Commissioner Inspector Superintendent Detective
  Officer Constable Minister-President Patriarch Metropolitan Emir Sultan Ayatollah Taoiseach Tánaiste
`);

/** Capitalised words that are part of a title, not of the name after it: "First Deputy Interior Minister". */
export const TITLE_MODIFIERS = words(`
  First Second Deputy Vice Foreign Interior Defence Defense Finance Economy Economic Justice Health Education Transport Energy Housing
  Labour Labor Trade Culture Agriculture Environment Home Senior Junior Assistant Associate Executive General Managing Lord High Grand
  State Federal Regional District Security Intelligence Press Communications Digital Social Science Sports Sport Tourism Industry
  Infrastructure Emergency Migration Immigration Treasury Budget Police Army Navy Air Police Fire Chief Former Acting Interim
`);

/** Last (or any) words of organisation names. */
export const ORGANIZATION_WORDS = words(`
  Foundation University College Institute Institution Center Centre Watch Party Service Services Ministry Department Office Council
  Committee Commission Agency Association Union Unions Federation League Alliance Forum Coalition Bank Fund Trust Studies Court Tribunal
  Parliament Assembly Duma Senate Congress Cabinet Government Kremlin Network Group Channel Organization Organisation Company Corporation
  Corp Corp. Inc Inc. Ltd Ltd. Plc PLC Holdings Partners Industries Airlines Airways Railways Rail Line Lines Shipping Terminals Logistics
  Motors Energy Media Press News Times Post Herald Journal Gazette Tribune Courier Ledger Radio Television TV Broadcasting Club Society
  Front Movement Army Navy Police Guard Authority Board Bureau Directorate Secretariat Mission Council Church Synod Homes Properties
  Developments Bank Exchange Monitor Labs Laboratory Laboratories Hospital Clinic School Academy Museum Library Orchestra Theatre Theater
  Team Brigade Battalion Regiment Command Committee Initiative Project Campaign Network Institute Customs Presidency Programme Program
  Cross Crescent Force Forces Securities Capital Investments Daily Weekly Magazine Review Brewing Brewery Breweries Foods
  Pharmaceuticals Pharma Technologies Systems Solutions Insurance Telecom Mining Petroleum Chemicals Electric Automotive Societies
`);

/** Last words of place names. */
export const PLACE_WORDS = words(`
  Street St Road Avenue Boulevard Lane Square Place Bridge Airport Harbour Harbor Port Bay Sea Ocean Gulf River Lake Island Islands
  Mountains Mountain Hills Valley Peninsula Coast Canal Strait Region Province County Oblast Krai District Republic Kingdom Emirates
  Territory Territories Park Docklands Quay Quays Wharf Heights Plain Desert Forest Cape Delta Basin Highlands Lowlands Hall Terminal
`);

/** Nouns right after a name that make it a place: "the Blackpool ward", "the Kursk region". */
export const PLACE_NOUNS_AFTER = words('ward district region province city town village area suburb neighbourhood neighborhood county oblast municipality borough quarter island peninsula valley coast border frontier terminal port airport station square street bridge stadium site');

/** Nouns right after a name that make it an organisation: "the ruling United Russia party". */
export const ORGANIZATION_NOUNS_AFTER = words('party bloc faction movement network group agency newspaper broadcaster outlet union federation coalition alliance company firm corporation government administration regime militia');

/** Last words of event names. */
export const EVENT_WORDS = words(`
  Revolution War Wars Election Elections Uprising Revolt Rebellion Summit Olympics Games Crisis Protests Referendum Spring Maidan
  EuroMaidan Euromaidan Massacre Genocide Holocaust Siege Battle Offensive Invasion Conference Congress Festival Championship Cup Marathon
  Expo Blockade Famine Pandemic Strike Riots Accords Talks
`);

/** Last words of other named things: prizes, laws, treaties, plans, products. */
export const OTHER_WORDS = words('Prize Award Awards Medal Act Law Bill Treaty Agreement Pact Plan Doctrine Anthem Flag Index Report Scheme');

/** Letters after a name: "Rosalind Hetherington KC". They go to the title, as words before it do. */
export const POSTNOMINALS = words('KC QC MP MEP MSP TD Jr Jr. Sr Sr. PhD MD OBE CBE MBE KBE DBE FRS Esq Esq.');

/** First words that make a name a place: "West Yorkshire", "Fort Worth", "Lake Geneva". */
export const PLACE_PREFIXES = words('North South East West Northern Southern Eastern Western Central Upper Lower Greater New Fort Port Saint St. St San Santa Lake Mount Cape Los Las El');

/** Capitalised words that open sentences and headings and are never names on their own. */
export const FUNCTION_WORDS = words(`
  In On At As So The A An Of For And To By With From Are Is What Why How When Where Who Which While But Or Yet Nor If Then Than That This
  These Those There Here It Its He She They We I You My Our Their His Her Your Not No Yes All Some Many Most More Much Few Each Every Both
  Either Neither Such Other Another Any After Before During Since Until Although Though Because Despite However Indeed Furthermore Meanwhile
  Moreover Still Also Even Just Only Now Today Tonight Yesterday Tomorrow Last Next Earlier Later Shortly Instead Outside Inside According
  Given Once Twice Several Among Between Under Over About Around Against Without Within Via Per Like Unlike Whether Let Please Read Watch
`);

export const MONTHS_AND_DAYS = words(`
  January February March April May June July August September October November December Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jul Aug
  Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov. Dec Dec. Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur
  Thurs Fri Sat Sun Christmas Easter
`);

/** Adjectives and nouns of origin ("Belarusian", "Russians", "Western"): not names on their own. */
export const DEMONYM =
  /^(?:\p{Lu}\p{Ll}+(?:ian|ians|ean|eans|ese|ish|ern|ist|ists|ites?)|Slavic|Baltic|Nordic|Icelandic|Hispanic|Islamic|Arctic|Celtic|Germanic|Semitic|Iraqis?|Israelis?|Pakistanis?|Saudis?|Kuwaitis?|Omanis?|Yemenis?|Azerbaijanis?|Bangladeshis?|Qataris?|Emiratis?|Somalis?|Nepalis?|Afghans?|Americans?|Africans?|Europeans?|Asians?|Russians?|Germans?|Mexicans?|Moroccans?|Kenyans?|Koreans?|Cubans?|Chileans?|Peruvians?|Venezuelans?|Ukrainians?|Belarusians?|Georgians?|Armenians?|Chinese|Japanese|Vietnamese|Portuguese|Maltese|Soviet|Arabs?|Greeks?|Thais?|Swiss|Dutch|French|Britons?|Scots?|Danes?|Swedes?|Finns?|Poles?|Turks?|Czechs?|Slovaks?|Kurds?|Jews?|Muslims?|Christians?|Catholics?|Orthodox|Sunnis?|Shias?|Shiites?|Filipinos?)$/u;

/** Verbs that report speech: "said X", "X told". */
export const SPEECH_VERBS = words('said says say told tells explained explains added adds noted notes argued argues offered opined wrote writes asked asks warned warns claimed claims stressed insisted insists replied answered recalled acknowledged admitted conceded suggested urged announced declared');

/** Nouns of an apposition that make the name before them a person: "X, a Belarusian analyst". */
export const PERSON_ROLES = /\b(?:analyst|expert|fellow|ambassador|candidate|governor|minister|founder|head|chief|spokesman|spokeswoman|spokesperson|editor|journalist|reporter|correspondent|activist|lawyer|attorney|official|envoy|commander|leader|president|critic|recipient|laureate|researcher|professor|lecturer|economist|scientist|director|secretary|chairman|chairwoman|chair|councillor|councilor|mayor|engineer|student|nurse|doctor|teacher|worker|driver|farmer|owner|resident|mother|father|son|daughter|wife|husband|widow|author|writer|poet|artist|singer|actor|actress|manager|executive|officer|commissioner|inspector|judge|prosecutor|senator|deputy|member|coordinator|organiser|organizer|veteran|historian|statistician|strongman|autocrat|dictator|opponent|supporter|ally|adviser|advisor|aide|partner|consultant|negotiator|diplomat|politician|lawmaker|legislator|campaigner|protester|protestor|dissident|blogger|presenter|host|pensioner|retiree|tenant|landlord|developer|builder|chef|priest|monk|soldier|pilot|captain|banker|trader|investor|entrepreneur|businessman|businesswoman|billionaire|oligarch|mp|mep)s?\b/i;

/** Nouns of an apposition, or just before a name, that make it an organisation: "the developer X", "X, a subsidiary of …". */
export const ORGANIZATION_ROLES = /\b(?:company|firm|group|subsidiary|operator|carrier|airline|developer|bottler|brewer|distiller|carmaker|automaker|miner|shipper|refiner|supplier|distributor|insurer|lender|broker|brokerage|fund|investor|rival|competitor|unit|division|monitor|watchdog|broadcaster|newspaper|outlet|channel|agency|charity|union|party|bloc|movement|organi[sz]ation|network|bank|lender|insurer|retailer|supermarket|chain|manufacturer|maker|producer|exporter|importer|publisher|platform|website|app|startup|start-up|conglomerate|consortium|association|alliance|coalition|federation|institute|university|think tank|ngo|body|regulator|ministry|department|office|court|council|committee|commission|club|team)s?$/i;

/** Nouns of an apposition that make a single name a work or product: "Changes, a Soviet-era dissident rock anthem". */
export const OTHER_ROLES = /\b(?:anthem|song|album|film|movie|book|novel|play|series|show|programme|program|app|application|messenger|game|brand|product|model|drug|vaccine|ship|vessel|law|bill|prize|award)$/i;

/** Plural nouns of places that introduce a list of places: "cities such as Belgorod, Magnitogorsk". */
export const PLACE_LISTS = /\b(?:cities|towns|villages|countries|regions|states|capitals|provinces|ports|districts|suburbs|neighbourhoods|neighborhoods|wards)\s+(?:such as|like|including|of|from)?\s*$/i;

/** Prepositions after which a lone capitalised word is usually a place: "in Sweden", "from Kharkiv". */
export const PLACE_PREPOSITIONS = words('in from to at across outside near into through towards toward throughout around via inside within between');

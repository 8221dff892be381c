/**
 * Word banks for synthetic news about China's international science and technology cooperation.
 * Only the benchmark uses them: they imitate the shape of scraped reports (speakers with roles,
 * topics under their many names, figures, places), not any particular article.
 */

/** Pinyin pieces for speaker names, so a long corpus has many distinct people. */
export const surnames = [
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu',
  'Hu', 'Guo', 'He', 'Lin', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng',
];
export const givenSyllables = [
  'zhi', 'gang', 'guang', 'jun', 'wei', 'ming', 'hua', 'jian', 'xin', 'hong', 'li', 'ping', 'yong', 'lin',
  'tao', 'feng', 'qiang', 'yu', 'hai', 'dong', 'xiao', 'chun', 'bo', 'jie', 'rong', 'yan', 'kai', 'wen',
];
/** Speakers from partner organizations, for reports from abroad. */
export const foreignNames = [
  'Maria Keller', 'Pietro Barabaschi', 'Philip Diamond', 'Amina Diallo', 'Jonas Lindqvist', 'Sofia Marquez',
  'Thabo Nkosi', 'Elena Petrova', 'Rajesh Iyer', 'Claire Dubois', 'Kenji Watanabe', 'Anna Kowalska',
];

export const chineseRoles = [
  'minister of science and technology',
  'vice minister of science and technology',
  'head of the Department of International Cooperation at the Ministry of Science and Technology',
  'president of the Chinese Academy of Sciences',
  'vice president of the Chinese Academy of Engineering',
  'spokesperson for the Ministry of Foreign Affairs',
  'director of the China National Space Administration',
  'deputy director of the National Health Commission',
  'vice chairman of the National Development and Reform Commission',
  'director of the China International Nuclear Fusion Energy Program Execution Center',
  'chief scientist of the National Astronomical Observatories',
  'vice minister of foreign affairs',
];
export const foreignRoles = [
  'director-general of the ITER Organization',
  'director-general of the SKA Observatory',
  'regional director of Gavi, the Vaccine Alliance',
  'science counsellor at the embassy in Beijing',
  'president of the national academy of sciences',
  'minister of higher education and research',
];

export interface TopicVoice {
  slug: 'iter' | 'ska' | 'belt-and-road' | 'covax';
  /** How reports name the topic, full and short. */
  names: readonly string[];
  /** Sentences that mention it; `{name}` is one of the names, `{speaker}` the speaker's surname. */
  sentences: readonly string[];
  /** The years a report about it is plausible. */
  since: number;
}

export const topicVoices: readonly TopicVoice[] = [
  {
    slug: 'iter',
    names: [
      'the International Thermonuclear Experimental Reactor (ITER)',
      'the ITER project',
      'ITER',
      'the International Thermonuclear Experimental Reactor',
    ],
    sentences: [
      'Chinese engineers have delivered key components for {name}, including magnet feeders and power supply systems.',
      'Great achievements have been made in international scientific programs such as {name}, in which Chinese scientists participate.',
      '{speaker} said China would continue to fulfil its in-kind commitments to {name} on schedule.',
      'A consortium led by Chinese institutes won a contract to assemble parts of the tokamak at {name} site in southern France.',
      'China joined {name} in 2006 and now supplies about nine percent of its components.',
    ],
    since: 2019,
  },
  {
    slug: 'ska',
    names: [
      'the Square Kilometre Array (SKA)',
      'the Square Kilometer Array (SKA) radio telescope',
      'the SKA Observatory',
      'SKA',
    ],
    sentences: [
      'China is a founding member of {name} and contributes to the design of its dishes and data processing.',
      'Scientists from China will take part in early science observations with {name}.',
      '{speaker} said the first prototype dish built for {name} had passed its tests in South Africa.',
      'A regional data centre in Shanghai is being prepared to process observations from {name}.',
    ],
    since: 2019,
  },
  {
    slug: 'belt-and-road',
    names: [
      'the Belt and Road Initiative',
      'the Belt and Road Science, Technology and Innovation Cooperation Action Plan',
      'Belt and Road',
      'the BRI',
    ],
    sentences: [
      'Under {name}, China has started construction on joint laboratories with partner countries.',
      '{speaker} said technology transfer centres set up under {name} serve partners in Asia, Africa and Latin America.',
      'Young scientists from countries taking part in {name} have worked in Chinese laboratories on short-term visits.',
      'Science parks built with partners of {name} have attracted more than a hundred companies.',
    ],
    since: 2019,
  },
  {
    slug: 'covax',
    names: [
      'the COVAX initiative',
      'COVAX',
      'the COVID-19 Vaccines Global Access (COVAX) facility',
      'the COVAX Facility',
    ],
    sentences: [
      'China officially joined {name}, the vaccine plan co-led by Gavi, CEPI and the World Health Organization.',
      '{speaker} said China would provide vaccines to developing countries through {name}.',
      'Doses pledged to {name} have been shipped to countries in Africa and South-East Asia.',
      'China will honour its commitment to make vaccines a global public good, including through {name}.',
    ],
    since: 2020,
  },
];

/** Sentences that look like a topic to a careless matcher but are not. */
export const decoySentences = [
  'Researchers iterate quickly on new designs, testing each prototype within weeks.',
  'At the evening reception a ska band from the host city played for the delegates.',
  'The city also launched a campaign on seat belts and road safety for young drivers.',
  'Engineers said each iteration of the software brought the error rate down.',
];

export const fields = [
  'climate change', 'public health', 'clean energy', 'biodiversity', 'agriculture', 'artificial intelligence',
  'space exploration', 'ocean science', 'quantum information', 'materials science', 'earthquake monitoring',
  'polar research', 'water resources', 'vaccine research', 'digital economy', 'high-energy physics',
];
export const partners = [
  'the European Union', 'Russia', 'Brazil', 'South Africa', 'Indonesia', 'Pakistan', 'Egypt', 'Kenya',
  'Argentina', 'Serbia', 'Thailand', 'Kazakhstan', 'Ethiopia', 'Chile', 'Viet Nam', 'Hungary', 'Nigeria',
  'Saudi Arabia', 'New Zealand', 'Uzbekistan', 'Mexico', 'Laos', 'Cambodia', 'Greece', 'Portugal', 'Peru',
];
export const occasions = [
  'a press conference', 'a news conference', 'a press briefing', 'an online forum', 'a ministerial meeting',
  'the opening ceremony of a science forum', 'a symposium', 'a signing ceremony', 'an interview',
];
export const hosts = [
  'the State Council Information Office', 'the Ministry of Science and Technology', 'the CPC Central Committee',
  'the Chinese Academy of Sciences', 'the Ministry of Foreign Affairs', 'the organizers',
];
export const verbs = ['expand', 'deepen', 'strengthen', 'promote', 'broaden', 'upgrade'];
export const objects = [
  'international cooperation', 'joint research', 'talent exchanges', 'open science', 'data sharing',
  'technology transfer', 'people-to-people exchanges', 'cooperation in basic research',
];

/** Dateline cities as Xinhua writes them. */
export const datelineCities = [
  'BEIJING', 'BEIJING', 'BEIJING', 'SHANGHAI', 'GENEVA', 'BRUSSELS', 'MOSCOW', 'NAIROBI', 'CAPE TOWN',
  'VIENNA', 'CANBERRA', 'HEFEI',
];

/** AP-style month names used in datelines ("Oct. 30", "March 3"). */
export const datelineMonths = [
  'Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
];
export const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
];
export const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const outletsInternational = [
  'South China Morning Post', 'Global Science Weekly', 'The Asia Report', 'Pacific Tribune',
];
export const editors = ['huaxia', 'xuxin', 'Liangyu', 'Zhang Dongmiao', 'Zhou Xin'];
export const bylines = ['Jane Morton', 'Tom Hale', 'Li Xiaoyu', 'Priya Nair', 'Daniel Okafor', 'Wen Jing'];
export const photoAgencies = ['Shutterstock', 'AP', 'Reuters', 'Xinhua', 'AFP', 'EPA-EFE', 'Handout'];
export const sectionLabels = ['US-China tech war', 'Science', 'China economy', 'Coronavirus pandemic', 'Diplomacy'];

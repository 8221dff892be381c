/**
 * Countries, territories and capitals written as a sentence's subject ("New Zealand said…", "“…,”
 * Ottawa said"): a place that says something is its government, never a person. English names, as
 * the news writes them; names that are also common given names (Jordan, Chad, Israel, Georgia, Paris,
 * Victoria, Lima) are left out, since "Jordan said" is as often a person. And streets, by the word that
 * closes their name ("Baker Street"), which a byline reader meets alone under a headline.
 */
const COUNTRIES = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan',
  'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia and Herzegovina',
  'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde',
  'Central African Republic', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus',
  'Czech Republic', 'Czechia', 'Denmark', 'Djibouti', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Eritrea',
  'Estonia', 'Eswatini', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Germany', 'Ghana', 'Greece', 'Grenada',
  'Guatemala', 'Guinea', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland',
  'Italy', 'Jamaica', 'Japan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon',
  'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives',
  'Mali', 'Malta', 'Mauritania', 'Mauritius', 'Mexico', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique',
  'Myanmar', 'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea',
  'North Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru',
  'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Samoa', 'San Marino', 'Saudi Arabia', 'Senegal',
  'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'South Korea',
  'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania',
  'Thailand', 'Timor-Leste', 'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu',
  'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom', 'United States', 'Uruguay', 'Uzbekistan', 'Vanuatu',
  'Venezuela', 'Vietnam', 'Viet Nam', 'Yemen', 'Zambia', 'Zimbabwe',
  // Territories and regions that speak through their own governments.
  'Hong Kong', 'Macao', 'Macau', 'Greenland', 'Puerto Rico', 'Scotland', 'Wales', 'England', 'Northern Ireland', 'Catalonia',
];

/** Capitals named for their government ("Ottawa said", "Canberra said"). */
const CAPITALS = [
  'Abu Dhabi', 'Abuja', 'Accra', 'Addis Ababa', 'Amman', 'Amsterdam', 'Ankara', 'Astana', 'Athens', 'Baghdad', 'Bangkok', 'Beijing',
  'Beirut', 'Belgrade', 'Berlin', 'Bern', 'Bogotá', 'Bogota', 'Brasília', 'Brasilia', 'Bratislava', 'Brussels', 'Bucharest',
  'Budapest', 'Buenos Aires', 'Cairo', 'Canberra', 'Caracas', 'Copenhagen', 'Dakar', 'Dhaka', 'Doha', 'Dublin', 'Hanoi', 'Havana',
  'Helsinki', 'Islamabad', 'Jakarta', 'Kabul', 'Kampala', 'Kathmandu', 'Khartoum', 'Kyiv', 'Kiev', 'Kuala Lumpur', 'Lisbon',
  'Ljubljana', 'London', 'Luanda', 'Madrid', 'Managua', 'Manila', 'Mexico City', 'Minsk', 'Moscow', 'Nairobi', 'New Delhi',
  'Nicosia', 'Oslo', 'Ottawa', 'Pretoria', 'Prague', 'Pyongyang', 'Quito', 'Rabat', 'Riga', 'Riyadh', 'Rome', 'Santiago',
  'Seoul', 'Stockholm', 'Taipei', 'Tallinn', 'Tashkent', 'Tehran', 'Tokyo', 'Tripoli', 'Tunis', 'Ulaanbaatar', 'Vienna',
  'Vilnius', 'Warsaw', 'Wellington', 'Yerevan', 'Zagreb',
];

const PLACES = new Set([...COUNTRIES, ...CAPITALS]);

/** Whether a capitalised phrase is a country, a territory or a capital ("the" before it dropped). */
export const isPlaceName = (name: string) => PLACES.has(name.replace(/^the\s+/i, ''));

/**
 * The words that close a street's name ("Baker Street", "Oak Avenue", "Berliner Straße"): a venue's or an
 * office's street set alone under a headline has a name's shape, two capitalised words. Only words no
 * surname is; "Lane", "Hill", "Park", "Court", "Way" and "Place" close people's names as often.
 */
const STREET_LAST_WORD = /\s(?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Drive|Highway|Parkway|Plaza|Straße|Strasse)\.?$/u;

/** Whether a capitalised phrase is a street's name: its last word a street's. */
export const isStreetName = (name: string) => STREET_LAST_WORD.test(name.trim());

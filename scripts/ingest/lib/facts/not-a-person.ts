/**
 * Capitalised phrases that read like a name and name nobody: a page's buttons and headings ("Share
 * This Article", "Review Your Order", "Metadata Notes") written as a transcript's label, shops, brands
 * and firms ("Sunny Mart", "Lumen Labs", "Radio1 Xtra"), groups by their trade ("Family Therapists"), and
 * the US states ("South Dakota said…"), countries and capitals ("New Zealand said…"), which are places. Used by the people stage (a speaker label)
 * and the attribution reader (a sentence's subject).
 */

import { isPlaceName } from './places.ts';

/** Words of a site's interface or a document's headings; no person's name is made of them. */
const INTERFACE_WORDS = /\b(?:Share|Shares|Sharing|Subscribe|Subscription|Newsletter|Follow|Review|Reviews|Metadata|Data|Elements?|Structure|Article|Articles|Comments?|Sign|Login|Log|Menu|Related|Click|Download|Print|Email|Contents|Summary|Takeaways|Sponsored|Advertisement)\b/u;

/**
 * Words for a business: a shop, a brand, a firm ("Sunny Mart", "Lumen Labs", "Nordlicht GmbH"). A
 * business that "said" something speaks through a statement; no person's name is made of these words.
 */
const BUSINESS_WORDS = /\b(?:Mart|Market|Markets|Supermarket|Hypermarket|Store|Stores|Shop|Shops|Boutique|Bakery|Cafe|Café|Restaurant|Bistro|Pharmacy|Outlet|Outlets|Mall|Emporium|Inc|Ltd|LLC|GmbH|PLC|Corp|Labs|Technologies|Electronics|Motors|Airlines|Airways|Holdings|Industries|Enterprises|Retail|Wholesale|Supplies|Foods|Beverages|Cosmetics|Apparel|Fashion|Furniture|Hotel|Hotels|Resort|Studios)\b/u;

/** The states of the United States: a state that "said" something is its government, a place. */
const US_STATES = new Set([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina',
  'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
]);

/**
 * A country, territory or capital of two words or more ("New Zealand said"), which the people stage would
 * meet as a new person. A one-word subject ("Santiago said", "Berlin said") only ever names a person the
 * article has already named in full (it is read as that person's family or given name, or as nobody), so
 * it needs no rule, and a rule would take "Santiago said" away from "Maria Santiago".
 */
const placeOfSeveralWords = (name: string) => name.includes(' ') && isPlaceName(name);

/**
 * People named by their trade, in the plural ("Family Therapists", "Marine Scientists", "Health
 * Officials"): a group, no one person, however a headline capitalises it. A family name that ends like a
 * plural ("Peters", "Sanders") is none of these: only trades' endings (-ists, -ysts, -ians) and a few
 * plain plurals of people's roles.
 */
const GROUP_BY_TRADE = /(?:^|\s)(?:\p{Lu}\p{Ll}*(?:ists|ysts|ians)|Experts|Officials|Doctors|Researchers|Lawyers|Teachers|Parents|Students|Engineers|Nurses|Residents|Critics|Officers|Investigators|Sources|Observers|Authorities|Leaders|Workers)$/u;

/** A digit inside a word ("Radio1 Xtra", "Web3 Labs"): a brand's or a station's name; people's names hold none ("Charles III" writes its number in letters). */
const DIGIT_IN_WORD = /\p{L}\p{N}|\p{N}\p{L}/u;

/** Whether a capitalised phrase is a place the people stage would take for a person: a US state, a country or a capital of several words. */
export function namesAPlace(name: string): boolean {
  return US_STATES.has(name) || placeOfSeveralWords(name);
}

/** Whether a capitalised phrase read as a person's name is an interface phrase, a business, a group by its trade or a place instead. */
export function namesNoPerson(name: string): boolean {
  return namesAPlace(name) || INTERFACE_WORDS.test(name) || BUSINESS_WORDS.test(name) || GROUP_BY_TRADE.test(name) || DIGIT_IN_WORD.test(name);
}

// Nationality words ("Russian", "Kurdish") and bodies named for a place ("Natural Resources Wales"): what a
// capitalised word before or in a name says about where, not who.
import { isGivenName } from './given-names.ts';
import { ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { isPlace } from './places.ts';
import { isCommonWord } from './names.ts';
import { detached } from './copies.ts';

/** Demonyms and group adjectives ("Russian", "Lebanese", "Kurdish"); an explicit list, because surnames
 * share their endings ("Albanese", "Christian", "Julian"). */
const DEMONYMS = new Set(
  'Albanian Algerian Andorran Angolan Argentinian Argentine Armenian Australian Austrian Azerbaijani Bahamian Belarusian Belgian Belizean Beninese Bhutanese Bolivian Bosnian Brazilian Bruneian Bulgarian Burkinabe Burmese Burundian Cambodian Cameroonian Canadian Chadian Chilean Colombian Congolese Croatian Cypriot Djiboutian Ecuadorian Egyptian English Eritrean Estonian Ethiopian Fijian Filipino Gabonese Gambian Georgian Ghanaian Grenadian Guatemalan Guinean Guyanese Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Italian Ivorian Jamaican Jordanian Kosovan Kosovar Laotian Latvian Lebanese Liberian Libyan Lithuanian Luxembourgish Macedonian Malagasy Malawian Malaysian Maldivian Malian Maltese Mauritanian Mauritian Moldovan Mongolian Montenegrin Mozambican Namibian Nepalese Nicaraguan Nigerien Norwegian Palestinian Panamanian Paraguayan Persian Peruvian Portuguese Romanian Russian Rwandan Salvadoran Senegalese Serbian Singaporean Slovakian Slovenian Somalian Sri Surinamese Syrian Taiwanese Tanzanian Togolese Tunisian Ugandan Ukrainian Uruguayan Venezuelan Vietnamese Zambian Zimbabwean Asian European Arabian Caribbean Balkan Baltic Nordic Scandinavian Caucasian Crimean Siberian Chechen Dagestani Ossetian Tatar Abkhaz Abkhazian Transnistrian Hispanic Latino Eurasian Mediterranean Catalan Basque Flemish Walloon Bavarian Corsican Sicilian Uyghur Uighur Kashmiri Punjabi Sindhi Baloch Pashtun Tamil Bengali Gujarati Yoruba Igbo Hausa Zulu Xhosa Amhara Oromo Tigrayan Houthi Druze Alawite Shia Shiite Sunni Hindu Sikh Buddhist Catholic Orthodox Evangelical Protestant Anglican Lutheran Gaullist Kremlin-backed Iranian-backed Russian-backed'.split(' '),
);
const NATIONALITY = /^(?:American|Mexican|African|Cuban|Moroccan|Kenyan|Dominican|German|Korean|Tibetan|Nigerian|Sudanese|Chinese|Japanese|Turkish|British|Polish|Spanish|Swedish|Danish|Finnish|Irish|Scottish|Welsh|Kurdish|Jewish|Muslim|Christian|US|U\.S\.?|UK|U\.K\.?|EU|UN|Western|Eastern|Northern|Southern|Central|Arab|Thai|Greek|Dutch|French|Swiss|Czech|Kazakh|Uzbek|Tajik|Turkmen|Kyrgyz|Afghan|Iraqi|Israeli|Pakistani|Saudi|Emirati|Yemeni|Kuwaiti|Omani|Qatari|Bahraini|Nepali|Bangladeshi|Azerbaijani|Soviet|Democratic|Republican|Conservative|Liberal|Labour|Tory|Federal|State|Regional|Local|Foreign|Defense|Defence|National)$/;

const nationalityCache = new Map<string, boolean>();
export function isNationality(word: string): boolean {
  let v = nationalityCache.get(word);
  if (v === undefined) {
    const w = word.replace(/[’']s?$/, '');
    v = NATIONALITY.test(w) || DEMONYMS.has(w);
    if (nationalityCache.size < 50_000) nationalityCache.set(detached(word), v);
  }
  return v;
}

/**
 * "Natural Resources Wales", "Cricket Australia", "Tourism New Zealand": a name that ends in a country or region and
 * opens with no given name or title is a body's (not "Jimmy Wales", "Israel Katz", "Dr Chad"; nor "Rubbing Japanese":
 * a demonym is no place here).
 */
export function namedForPlace(name: string): boolean {
  // (the words by index, and the tests on the first and last words before the look-ups of places: this runs for
  // every name of two words or more, and most are people's, "Donald Trump", which the word tests already turn down)
  const words = name.split(' ');
  const first = words[0] as string;
  const n = words.length - 1;
  if (n === 0) return false;
  const last = words[n] as string;
  // ("Alberta Wildfire", "Ontario Power": a place, then an everyday word, names a body too; not "Paris Hilton")
  if (n === 1 && /^\p{Lu}\p{Ll}+$/u.test(last) && isCommonWord(last.toLowerCase()) && !isGivenName(last) && isPlace(first)) return true;
  // (a portfolio word may open it, "Environment Canada"; an office may not, "Senator Israel")
  // (and opens with an everyday word: "Cricket Australia", not "Geddel Vieira Lima", "Anatole France")
  if (!/^\p{Lu}\p{Ll}/u.test(first) || !isCommonWord(first.toLowerCase()) || isGivenName(first) || (TITLE_WORDS.has(first) && (ROLE_NOUNS.has(first.toLowerCase()) || first.endsWith('.')))) return false;
  // (a country a given-name list holds too after everyday words only: "Social Justice Ireland", "Economic Justice Australia")
  return (isPlace(last) && !isNationality(last) && (!isGivenName(last) || (n >= 2 && words.slice(0, n).every((w) => isCommonWord(w.toLowerCase()))))) || (n >= 2 && isPlace(`${words[n - 1] as string} ${last}`));
}

import { isSubdivision, shippedGazetteer } from '../places/index.ts';
export { isSubdivision };
import { GEOGRAPHIC_FEATURES } from './lexicon-nouns.ts';
import { remember } from './copies.ts';

// Countries, capitals and blocs: a capitalised single word from this list is a place (or its
// government, "Moscow said"), never a person, so "he" can never resolve to "Russia".
const PLACES = `Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Türkiye Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Britain England Scotland Wales Crimea Donbas Donbass Chechnya Gaza Kashmir Tibet Xinjiang Europe Asia Africa America Kabul Moscow Kyiv Kiev Washington London Paris Berlin Beijing Tokyo Tehran Ankara Minsk Warsaw Brussels Rome Madrid Vienna Prague Budapest Bucharest Sofia Athens Belgrade Tbilisi Yerevan Baku Tashkent Dushanbe Bishkek Astana Ashgabat Islamabad Delhi Riyadh Doha Cairo Damascus Baghdad Beirut Jerusalem Seoul Pyongyang Hanoi Manila Jakarta Canberra Ottawa Havana Caracas Brasilia Kigali Nairobi Pretoria Abuja Khartoum Tripoli Algiers Rabat Tunis Oslo Stockholm Helsinki Copenhagen Dublin Lisbon Amsterdam Bern Geneva Vilnius Riga Tallinn Chisinau Belgrade Zagreb Sarajevo Skopje Tirana Podgorica Pristina Bratislava Ljubljana Valletta Nicosia Reykjavik Kremlin Whitehall Westminster Brussels NATO`;

const SET: ReadonlySet<string> = new Set(PLACES.split(/\s+/));

/**
 * A place, never a person: a word of the list above, a name the gazetteer knows (countries, demonyms, capitals,
 * metonyms, "Leningrad Region"), or a name of a sea, lake, river, mountain range … ("the Aral Sea").
 */
export function isPlace(name: string): boolean {
  return remember(answers, name, computeIsPlace, 50_000);
}

function computeIsPlace(name: string): boolean {
  const bare = name.replace(/[’']s$/, '');
  const space = bare.lastIndexOf(' ');
  // ("Co Westmeath", "County Kerry", "Co. Durham": a county as Ireland and Britain write it, the word before its name)
  if (/^(?:Co\.?|County) \p{Lu}\p{Ll}+$/u.test(bare)) return true;
  return SET.has(bare) || (space > 0 && GEOGRAPHIC_FEATURES.has(bare.slice(space + 1).toLowerCase())) || shippedGazetteer().isPlace(bare);
}

/** A country, a capital, or a state, province or region ("Wisconsin", "N.C.", "Kerala", "Western Australia"). */
export const isPlaceOrState = (name: string): boolean => name !== '' && (isPlace(name) || isSubdivision(name));

/** Answers already given (the gazetteer normalises every name it is asked about). */
const answers = new Map<string, boolean>();

/** The country a word names or is the demonym of ("Qatari", "Qatar's" → "QA"); null when it names no one country. */
export function countryOf(word: string): string | null {
  const bare = word.replace(/[’']s$/, '');
  // (of up to three words: "New Zealand", "Papua New Guinea")
  if (!/^\p{L}{3,}(?: \p{L}{2,}){0,2}$/u.test(bare)) return null;
  const places = shippedGazetteer().placesNamed(bare.charAt(0).toUpperCase() + bare.slice(1));
  return places.length === 1 ? (places[0] as { key: string }).key : null;
}

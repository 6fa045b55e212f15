// The words numbers are written with in news copy: "two", "a dozen", "two and a half", "1.5 million", "£6bn".

export const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers written as words after a number: "12 million", "two thousand". */
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Multipliers glued to digits: "£6bn", "$1.2m", "5k". "m" and "k" need a currency or a counted noun. */
export const GLUED_SCALES: Record<string, number> = {
  bn: 1e9, billion: 1e9, mn: 1e6, m: 1e6, million: 1e6, k: 1e3, tn: 1e12, trillion: 1e12,
};

export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₺': 'TRY',
};

export const CURRENCY_CODES = new Set(['usd', 'eur', 'gbp', 'jpy', 'chf', 'cny', 'inr', 'rub', 'try', 'sar', 'aed']);

/** "6 billion dollars", "500 euros". */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  rupee: 'INR', rupees: 'INR', lira: 'TRY', liras: 'TRY', riyal: 'SAR', riyals: 'SAR', francs: 'CHF',
  // (East African copy prices in Kenyan shillings unless it names another)
  shilling: 'KES', shillings: 'KES', rand: 'ZAR', naira: 'NGN', cedi: 'GHS', cedis: 'GHS', birr: 'ETB',
  kwacha: 'ZMW', rupiah: 'IDR', ringgit: 'MYR', baht: 'THB', dirham: 'AED', dirhams: 'AED', zloty: 'PLN',
};

/** Hundredths of a currency: "96 cents per share" is $0.96. */
export const CENTS: Record<string, string> = { cent: 'USD', cents: 'USD' };

export const PENCE = new Set(['p', 'pence', 'penny']);

"""Units a quantity can have, as English writes them, and their normal forms.

Kept apart from the tagger (`quantities`) because these are tables, not rules: currencies by
symbol, ISO code and name (with the nationality adjectives that pick a dollar or a franc), units
of measure by word and by symbol, and units of time. Every table is general knowledge of how
units are written; nothing here comes from an article.
"""

from __future__ import annotations

from brief.trie import alternation

# --- money ---------------------------------------------------------------------------------------

#: Currency signs, before or after the number ("$5", "5 €", "100₾").
SYMBOLS = {
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB",
    "₺": "TRY", "₦": "NGN", "₱": "PHP", "₿": "BTC", "₡": "CRC", "₾": "GEL", "₭": "LAK",
    "₫": "VND", "₪": "ILS", "฿": "THB", "元": "CNY", "¢": "cent", "ரூ": "LKR", "₴": "UAH",
}  # fmt: skip
#: Letters written before "$" for a non-US dollar ("C$5", "HK$ 10", "usd$ 15").
DOLLAR_PREFIXES = {
    "us": "USD", "u.s.": "USD", "u.s": "USD", "usd": "USD", "c": "CAD", "ca": "CAD",
    "cad": "CAD", "a": "AUD", "au": "AUD", "aud": "AUD", "hk": "HKD", "hkd": "HKD",
    "nz": "NZD", "nzd": "NZD", "s": "SGD", "sg": "SGD", "sgd": "SGD", "nt": "TWD", "r": "BRL",
    "mex": "MXN", "mx": "MXN", "mxn": "MXN",
}  # fmt: skip
#: ISO 4217 codes (and "RMB", "BTC") in capitals; codes that are English words ("ALL", "TRY",
#: "CUP", "MAD", "PEN", "BOB") are left out: "ALL 5 solutions" is not five leks.
CODES = frozenset(
    "USD EUR GBP JPY CNY RMB INR CAD AUD NZD HKD CHF SGD MXN BRL ZAR RUB KRW SEK NOK DKK PLN "
    "CZK HUF ILS AED SAR QAR KWD EGP NGN KES GHS PKR BDT LKR IDR MYR THB VND PHP TWD ARS CLP "
    "COP UAH BTC XAU UGX TZS ZMW RWF ETB MWK XOF XAF NPR MMK KHR".split()
)
#: Codes also written in lower case ("usd 20", "10 rmb"): none of them is an English word.
LOWER_CODES = frozenset("usd eur gbp jpy cny rmb inr aud nzd hkd chf sgd mxn btc krw".split())
#: "MUSD", "MEUR": a million of the currency, as business reports write it.
MILLION_CODES = {f"M{code}": code for code in ("USD", "EUR", "GBP", "AUD", "CAD", "CHF", "SEK")}

#: Currency names (singular and plural) → code, when the name alone says which.
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "kuai": "CNY", "rupee": "INR", "rupees": "INR", "markka": "FIM", "markkaa": "FIM",
    "guilder": "NLG", "guilders": "NLG", "peseta": "ESP", "pesetas": "ESP", "mark": "DEM",
    "marks": "DEM", "deutsche mark": "DEM", "deutschmark": "DEM", "deutschmarks": "DEM",
    "franc": "franc", "francs": "franc", "lira": "lira", "lire": "ITL", "peso": "peso",
    "pesos": "peso", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "rand": "ZAR", "reais": "BRL", "krona": "SEK", "kronor": "SEK", "krone": "krone",
    "kroner": "krone", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "forints": "HUF",
    "shekel": "ILS", "shekels": "ILS", "dinar": "dinar", "dinars": "dinar", "dirham": "AED",
    "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "baht": "THB", "ringgit": "MYR",
    "rupiah": "IDR", "naira": "NGN", "shilling": "shilling", "shillings": "shilling",
    "cedi": "GHS", "cedis": "GHS", "hryvnia": "UAH", "hryvnias": "UAH", "bitcoin": "BTC",
    "bitcoins": "BTC", "satoshi": "satoshi", "satoshis": "satoshi", "drachma": "GRD",
    "drachmas": "GRD", "drachmae": "GRD", "escudo": "PTE", "escudos": "PTE", "schilling": "ATS",
    "schillings": "ATS", "cent": "cent", "cents": "cent", "penny": "penny", "pence": "penny",
}  # fmt: skip
#: Names that are also common words ("won", "real"): money only after a nationality or a scale.
AMBIGUOUS_WORDS = {"won": "KRW", "real": "BRL"}
#: Nationality + name → code, where the adjective picks the currency.
NATIONAL = {
    ("us", "dollar"): "USD", ("u.s.", "dollar"): "USD", ("american", "dollar"): "USD",
    ("canadian", "dollar"): "CAD", ("australian", "dollar"): "AUD",
    ("hong kong", "dollar"): "HKD", ("new zealand", "dollar"): "NZD",
    ("singapore", "dollar"): "SGD", ("taiwan", "dollar"): "TWD", ("taiwanese", "dollar"): "TWD",
    ("zimbabwean", "dollar"): "ZWL", ("jamaican", "dollar"): "JMD",
    ("swiss", "franc"): "CHF", ("french", "franc"): "FRF", ("belgian", "franc"): "BEF",
    ("turkish", "lira"): "TRY", ("italian", "lira"): "ITL", ("mexican", "peso"): "MXN",
    ("argentine", "peso"): "ARS", ("argentinian", "peso"): "ARS", ("chilean", "peso"): "CLP",
    ("colombian", "peso"): "COP", ("philippine", "peso"): "PHP", ("cuban", "peso"): "CUP",
    ("indian", "rupee"): "INR", ("pakistani", "rupee"): "PKR", ("sri lankan", "rupee"): "LKR",
    ("nepalese", "rupee"): "NPR", ("danish", "krone"): "DKK", ("norwegian", "krone"): "NOK",
    ("kenyan", "shilling"): "KES", ("ugandan", "shilling"): "UGX",
    ("tanzanian", "shilling"): "TZS", ("iraqi", "dinar"): "IQD", ("kuwaiti", "dinar"): "KWD",
    ("serbian", "dinar"): "RSD", ("south korean", "won"): "KRW",
    ("korean", "won"): "KRW", ("brazilian", "real"): "BRL", ("chinese", "yuan"): "CNY",
    ("japanese", "yen"): "JPY", ("british", "pound"): "GBP", ("egyptian", "pound"): "EGP",
    ("lebanese", "pound"): "LBP", ("german", "mark"): "DEM", ("finnish", "markka"): "FIM",
    ("dutch", "guilder"): "NLG", ("spanish", "peseta"): "ESP", ("south african", "rand"): "ZAR",
    ("swedish", "krona"): "SEK", ("russian", "ruble"): "RUB", ("russian", "rouble"): "RUB",
    ("polish", "zloty"): "PLN", ("hungarian", "forint"): "HUF", ("israeli", "shekel"): "ILS",
    ("nigerian", "naira"): "NGN", ("thai", "baht"): "THB", ("malaysian", "ringgit"): "MYR",
    ("indonesian", "rupiah"): "IDR", ("ukrainian", "hryvnia"): "UAH", ("greek", "drachma"): "GRD",
}  # fmt: skip


def singular(word: str) -> str:
    """The table key of a currency name: lower case, the plural's "s" dropped where the table
    has only the singular ("swiss francs" → franc)."""
    word = word.lower()
    if word in ("pence", "reais", "lire", "markkaa", "kronor", "kroner", "drachmae"):
        return {"pence": "penny", "reais": "real", "lire": "lira", "markkaa": "markka",
                "kronor": "krona", "kroner": "krone", "drachmae": "drachma"}[word]  # fmt: skip
    return word[:-1] if word.endswith("s") and word[:-1] in CURRENCY_WORDS else word


# --- measures ------------------------------------------------------------------------------------

# (normal unit, dimension, spellings). Words match in any case with an optional plural "s";
# symbols match as written (case matters: "mg" is not "Mg", "MB" is not "mb" for some writers,
# but both are read as megabytes here).
_MEASURES: list[tuple[str, str, str, str]] = [
    # unit, dimension, words, symbols
    ("km", "length", "kilometre kilometer kilometres kilometers", "km kms"),
    ("m", "length", "metre meter metres meters", "m"),
    ("cm", "length", "centimetre centimeter centimetres centimeters", "cm"),
    ("mm", "length", "millimetre millimeter millimetres millimeters", "mm"),
    ("dm", "length", "decimetre decimeter decimetres decimeters", "dm"),
    ("µm", "length", "micrometre micrometer micrometres micrometers micron microns", "µm μm"),
    ("nm", "length", "nanometre nanometer nanometres nanometers", "nm"),
    ("pm", "length", "picometre picometer picometres picometers", ""),
    ("mile", "length", "mile miles", "mi"),
    ("nautical mile", "length", "nautical mile nautical miles", "nmi"),
    ("yard", "length", "yard yards", "yd yds"),
    ("foot", "length", "foot feet", "ft"),
    ("inch", "length", "inch inches", ""),
    ("light-year", "length", "light-year light-years light year light years", ""),
    ("acre", "area", "acre acres", ""),
    ("ha", "area", "hectare hectares", "ha"),
    ("l", "volume", "litre liter litres liters", "l L"),
    ("ml", "volume", "millilitre milliliter millilitres milliliters", "ml mL"),
    ("cl", "volume", "centilitre centiliter centilitres centiliters", "cl"),
    ("gallon", "volume", "gallon gallons", "gal"),
    ("barrel", "volume", "barrel barrels", "bbl"),
    ("pint", "volume", "pint pints", ""),
    ("quart", "volume", "quart quarts", ""),
    ("cup", "volume", "cup cups", ""),
    ("tablespoon", "volume", "tablespoon tablespoons", "tbsp"),
    ("teaspoon", "volume", "teaspoon teaspoons", "tsp"),
    ("kg", "mass", "kilogram kilograms kilogramme kilogrammes kilo kilos", "kg kgs"),
    ("g", "mass", "gram grams gramme grammes", "g"),
    ("mg", "mass", "milligram milligrams milligramme milligrammes", "mg"),
    ("µg", "mass", "microgram micrograms microgramme microgrammes", "µg μg mcg"),
    ("t", "mass", "tonne tonnes metric ton metric tons metric tonne metric tonnes", "t"),
    ("ton", "mass", "ton tons", ""),
    ("lb", "mass", "", "lb lbs"),
    ("oz", "mass", "ounce ounces", "oz"),
    ("carat", "mass", "carat carats", ""),
    ("mph", "speed", "", "mph"),
    ("km/h", "speed", "", "km/h km/hr kph kmph kmh"),
    ("m/s", "speed", "", "m/s"),
    ("knot", "speed", "knot knots", ""),
    ("°C", "temperature", "celsius celcius centigrade centigrate", "°C ºC ˚C"),
    ("°F", "temperature", "fahrenheit farenheit", "°F ºF ˚F"),
    ("K", "temperature", "kelvin kelvins", ""),
    ("J", "energy", "joule joules", "J"),
    ("kJ", "energy", "kilojoule kilojoules", "kJ"),
    ("MJ", "energy", "megajoule megajoules", "MJ"),
    ("cal", "energy", "calorie calories", "cal"),
    ("kcal", "energy", "kilocalorie kilocalories", "kcal"),
    ("kWh", "energy", "kilowatt-hour kilowatt-hours kilowatt hour kilowatt hours", "kWh"),
    ("MWh", "energy", "megawatt-hour megawatt-hours megawatt hour megawatt hours", "MWh"),
    ("GWh", "energy", "gigawatt-hour gigawatt-hours gigawatt hour gigawatt hours", "GWh"),
    ("TWh", "energy", "terawatt-hour terawatt-hours terawatt hour terawatt hours", "TWh"),
    ("Wh", "energy", "watt-hour watt-hours watt hour watt hours", "Wh"),
    ("mAh", "electric charge", "milliampere-hour milliampere-hours", "mAh"),
    ("BTU", "energy", "", "BTU Btu btu"),
    ("W", "power", "watt watts", "W"),
    ("kW", "power", "kilowatt kilowatts", "kW"),
    ("MW", "power", "megawatt megawatts", "MW"),
    ("GW", "power", "gigawatt gigawatts", "GW"),
    ("hp", "power", "horsepower", "hp"),
    ("V", "voltage", "volt volts", "V"),
    ("kV", "voltage", "kilovolt kilovolts", "kV"),
    ("bit", "data", "bit bits", ""),
    ("byte", "data", "byte bytes", ""),
    ("KB", "data", "kilobyte kilobytes", "KB kB kb"),
    ("MB", "data", "megabyte megabytes", "MB mb"),
    ("GB", "data", "gigabyte gigabytes", "GB gb"),
    ("TB", "data", "terabyte terabytes", "TB tb"),
    ("PB", "data", "petabyte petabytes", "PB"),
    ("Mbit", "data", "megabit megabits", "Mb"),
    ("Gbit", "data", "gigabit gigabits", "Gb"),
    ("kbit/s", "data rate", "", "kbps kbit/s"),
    ("Mbit/s", "data rate", "", "Mbps Mbit/s"),
    ("Gbit/s", "data rate", "", "Gbps Gbit/s"),
    ("Hz", "frequency", "hertz", "Hz"),
    ("kHz", "frequency", "kilohertz", "kHz"),
    ("MHz", "frequency", "megahertz", "MHz"),
    ("GHz", "frequency", "gigahertz", "GHz"),
    ("rad", "angle", "radian radians", "rad"),
    ("fps", "frame rate", "", "fps FPS"),
    ("dB", "sound level", "decibel decibels", "dB dBA dBa"),
    ("ppm", "concentration", "", "ppm"),
    ("ppb", "concentration", "", "ppb"),
    ("ppi", "pixel density", "", "ppi PPI"),
    ("MP", "image resolution", "megapixel megapixels", "MP"),
    ("GFLOPS", "compute", "gigaflop gigaflops", "GFLOPS"),
    ("TFLOPS", "compute", "teraflop teraflops", "TFLOPS"),
    ("PFLOPS", "compute", "petaflop petaflops", "PFLOPS"),
]

#: Spelling (lower case for words, as written for symbols) → (unit, dimension).
MEASURE_WORDS: dict[str, tuple[str, str]] = {}
MEASURE_SYMBOLS: dict[str, tuple[str, str]] = {}
for _unit, _dim, _words, _symbols in _MEASURES:
    MEASURE_SYMBOLS.update((s, (_unit, _dim)) for s in _symbols.split())
# Multi-word spellings ("metric tons", "nautical miles") are kept whole.
for _unit, _dim, _words, _symbols in _MEASURES:
    tokens = _words.split()
    i = 0
    while i < len(tokens):
        if tokens[i] in ("metric", "nautical", "light") or (
            i + 1 < len(tokens) and tokens[i + 1] in ("hour", "hours", "year", "years")
        ):
            MEASURE_WORDS[f"{tokens[i]} {tokens[i + 1]}"] = (_unit, _dim)
            i += 2
        else:
            MEASURE_WORDS[tokens[i]] = (_unit, _dim)
            i += 1

#: Length units that "square"/"sq" or "cubic"/"cu" turn into areas and volumes.
SQUARE = {"km": "km²", "m": "m²", "cm": "cm²", "mm": "mm²", "mile": "mile²", "foot": "ft²",
          "yard": "yd²", "inch": "in²"}  # fmt: skip
CUBIC = {"km": "km³", "m": "m³", "cm": "cm³", "mm": "mm³", "foot": "ft³", "yard": "yd³",
         "inch": "in³", "mile": "mile³"}  # fmt: skip

# --- time ----------------------------------------------------------------------------------------

#: Time words → normal unit ("yrs" → "year").
TIME_WORDS = {
    "second": "second", "seconds": "second", "secs": "second", "sec": "second",
    "minute": "minute", "minutes": "minute", "mins": "minute", "min": "minute",
    "hour": "hour", "hours": "hour", "hrs": "hour", "hr": "hour", "day": "day", "days": "day",
    "night": "night", "nights": "night", "week": "week", "weeks": "week",
    "fortnight": "fortnight", "fortnights": "fortnight", "month": "month", "months": "month",
    "year": "year", "years": "year", "yrs": "year", "yr": "year", "decade": "decade",
    "decades": "decade", "century": "century", "centuries": "century",
    "millennium": "millennium", "millennia": "millennium",
}  # fmt: skip

#: What a rate may be "a"/"an"/"each"/"every" of ("$5 a share", "3 times a day"); after "per"
#: any noun is a denominator ("per capita", "per 100,000 people").
PER_NOUNS = frozenset(
    [*TIME_WORDS, "annum", "share", "head", "person", "capita", "piece", "unit", "dozen",
     "barrel", "gallon", "litre", "liter", "kilo", "kilogram", "pound", "ton", "tonne", "ounce",
     "mile", "kilometre", "kilometer", "ticket", "seat", "visit", "game", "household", "family",
     "student", "patient", "worker", "employee", "passenger", "vehicle", "car", "trip"]
)  # fmt: skip
#: Denominator spellings → normal form.
PER_NORMAL = {"annum": "year", "hr": "hour", "h": "hour", "s": "second", "ms": "millisecond",
              "min": "minute", "sec": "second", "yr": "year", "capita": "person"}  # fmt: skip


def words_pattern(words) -> str:
    """A trie alternation of `words` where a space may be any run of spaces (or a hyphen)."""
    return alternation(words).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")

//! Place names the analysis recognises: countries (the labels of the State
//! Department's country table), capitals and news cities, and regions.

use super::lexicon::WordSet;

/// Countries, by their English labels.
#[rustfmt::skip]
pub static COUNTRIES: WordSet = WordSet::new(&[
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
    "Aruba", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus",
    "Belgium", "Belize", "Benin", "Bermuda", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil",
    "Brunei", "Bulgaria", "Burkina Faso", "Burma", "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde",
    "Cayman Islands", "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros",
    "Congo Free State", "Congo, Republic of the", "Cook Islands", "Costa Rica", "Cote d'Ivoire", "Cote d’Ivoire",
    "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia", "Czechoslovakia", "Côte d'Ivoire",
    "Democratic Republic of the Congo", "Democratic Republic of the Congo (Zaire)", "Denmark", "Djibouti",
    "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia",
    "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gaza", "Georgia", "German Democratic Republic", "Germany",
    "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Hawaii", "Holy See",
    "Honduras", "Hong Kong", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel",
    "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Korea", "Korea, North",
    "Korea, South", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
    "Liechtenstein", "Lithuania", "Luxembourg", "Macau", "Macedonia", "Madagascar", "Malawi", "Malaysia",
    "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico",
    "Micronesia, Federated States of", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
    "Namibia", "Nauru", "Nepal", "Netherlands", "Netherlands Antilles", "New Zealand", "Nicaragua", "Niger",
    "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Palestinian Authority",
    "Palestinian Territories", "Panama", "Papua New Guinea", "Paraguay", "Parma", "Peru", "Philippines", "Poland",
    "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia",
    "Saint Vincent and the Grenadines", "Samoa", "San Marino", "Sao Tome and Principe", "Saudi Arabia", "Senegal",
    "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia",
    "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Swaziland", "Sweden",
    "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Texas", "Thailand", "The Gambia", "Timor-Leste",
    "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu", "Two Sicilies",
    "Türkiye", "Uganda", "Ukraine", "United Arab Emirates", "United Arab Republic", "United Kingdom",
    "United States", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Vietnam, South", "West Bank",
    "Yemen", "Yugoslavia", "Zambia", "Zimbabwe",
]);

/// Cities often in diplomatic news.
#[rustfmt::skip]
pub static CITIES: WordSet = WordSet::new(&[
    "Abidjan", "Abu Dhabi", "Abuja", "Accra", "Addis Ababa", "Aden", "Algiers", "Almaty", "Amman", "Amsterdam",
    "Ankara", "Astana", "Athens", "Baghdad", "Baku", "Bangkok", "Beijing", "Beirut", "Berlin", "Bern", "Bogota",
    "Bogotá", "Brasilia", "Brussels", "Buenos Aires", "Cairo", "Canberra", "Caracas", "Copenhagen", "Dakar",
    "Damascus", "Darfur", "Davos", "Delhi", "Doha", "Dubai", "Dublin", "Gaza", "Gaza City", "Geneva", "Hanoi",
    "Havana", "Helsinki", "Hong Kong", "Islamabad", "Istanbul", "Jakarta", "Jeddah", "Jerusalem", "Johannesburg",
    "Kabul", "Khan Younis", "Khartoum", "Kinshasa", "Kuala Lumpur", "Kumasi", "Kuwait City", "Kyiv", "Lagos",
    "Lima", "Lisbon", "London", "Luxembourg", "Madrid", "Manama", "Manila", "Mexico City", "Minsk", "Moscow",
    "Mumbai", "Munich", "Muscat", "Nairobi", "New Delhi", "New York", "Oslo", "Ottawa", "Paris", "Port Sudan",
    "Pretoria", "Pyongyang", "Rabat", "Rafah", "Ramallah", "Riyadh", "Rome", "Sanaa", "Santiago", "Seoul",
    "Shanghai", "Singapore", "Stockholm", "Strasbourg", "Taipei", "Tbilisi", "Tehran", "Tel Aviv", "The Hague",
    "Tokyo", "Tripoli", "Tunis", "Vienna", "Warsaw", "Washington", "Yerevan", "Zurich",
]);

/// Regions and seas.
#[rustfmt::skip]
pub static REGIONS: WordSet = WordSet::new(&[
    "Middle East", "Near East", "Eurasia", "Europe", "Asia", "Africa", "Latin America", "South America", "North America",
    "Central America", "Caribbean", "Gulf", "Persian Gulf", "Red Sea", "Black Sea", "Mediterranean", "Balkans",
    "Caucasus", "Central Asia", "East Asia", "South Asia", "Southeast Asia", "Asia-Pacific", "Indo-Pacific", "Pacific", "Sahel",
    "Horn of Africa", "West Africa", "East Africa", "North Africa", "Scandinavia", "Arctic", "Levant", "Sinai",
    "Golan Heights", "Crimea", "Donbas", "Kashmir", "Taiwan Strait", "South China Sea", "Mideast", "Sub-Saharan Africa",
]);

/// A region as the travel records name it: headline English shortens some
/// ("his eighth Mideast trip").
pub fn canonical(region: &str) -> &str {
    match region {
        "Mideast" => "Middle East",
        other => other,
    }
}

/// The states of the United States and places of Washington's politics,
/// which a story names as places, never as people ("won New Jersey").
#[rustfmt::skip]
pub static US_PLACES: WordSet = WordSet::new(&[
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Utah", "Vermont", "Virginia",
    "West Virginia", "Wisconsin", "Wyoming", "Capitol Hill", "Puerto Rico", "Guam",
]);

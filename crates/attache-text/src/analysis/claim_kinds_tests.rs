//! What kind of claim a clause makes, on clauses written for each rule.

use super::*;

#[test]
fn counts_amounts_and_events_are_claims() {
    assert_eq!(kind_of("He is on his ninth visit to the region."), Some(ClaimKind::Ordinal));
    assert_eq!(kind_of("the 13th meeting of the contact group"), Some(ClaimKind::Ordinal));
    assert_eq!(kind_of("The visit is his ninth to the Middle East"), Some(ClaimKind::Ordinal));
    assert_eq!(kind_of("Exports rose 12 percent to $3 billion."), Some(ClaimKind::Figure));
    assert_eq!(kind_of("killing five people and injuring many more"), Some(ClaimKind::Figure));
    assert_eq!(kind_of("tens of thousands of civilians headed to the border"), Some(ClaimKind::Figure));
    assert_eq!(kind_of("It was the largest deployment in a decade."), Some(ClaimKind::Superlative));
    assert_eq!(kind_of("America's first black military airmen"), Some(ClaimKind::Superlative));
    assert_eq!(kind_of("Far fewer have checked in on the site."), Some(ClaimKind::Comparison));
    assert_eq!(kind_of("Liberia, the hardest hit of the nations"), Some(ClaimKind::Superlative));
    assert_eq!(kind_of("China, North Korea's only major ally"), Some(ClaimKind::Superlative));
    assert_eq!(kind_of("Haiti has never had a cholera outbreak before"), Some(ClaimKind::Superlative));
    for idiom in [
        "The under secretary did her best to answer questions",
        "The plan ensures best practices across agencies",
        "Democrats could push back on the most recent changes",
        "The first lady thanked the families",
        "He was felt but never seen",
        "It will be his final visit as he nears retirement",
    ] {
        assert_eq!(kind_of(idiom), None, "{idiom}");
    }
    assert_eq!(kind_of("the second joint patrol of its kind this year"), Some(ClaimKind::Ordinal));
    assert_eq!(kind_of("Engineers of the 412th Test Wing ran the flight test"), None);
    assert_eq!(kind_of("The ship completed a U.S. 5th and 7th Fleet deployment"), None);
    assert_eq!(kind_of("Blinken began his 11th Middle East trip since the war"), Some(ClaimKind::Ordinal));
}

#[test]
fn dates_units_offices_and_models_are_not() {
    assert_eq!(kind_of("The talks went on."), None);
    assert_eq!(kind_of("The crew landed on July 22, 2023, at the base."), None);
    assert_eq!(kind_of("an Army musician with the 198th Army Band"), None);
    assert_eq!(kind_of("Dwight D. Eisenhower, the 34th president, was born in Texas"), None);
    assert_eq!(kind_of("A C-17 Globemaster delivered supplies here Oct. 11."), None);
    assert_eq!(kind_of("Most analysts say it is many years away."), None);
    assert_eq!(kind_of("USS Barry (DDG 52) returned to Carrier Strike Group 12"), None);
    assert_eq!(kind_of("French forces intervened in Mali 10 days ago"), None);
    assert_eq!(kind_of("Kim Jong Un, who is believed to be around 28 years old"), None);
    assert_eq!(kind_of("He has ruled since the protests began."), None);
    assert_eq!(kind_of("It is in the interest of both sides."), None);
    assert_eq!(kind_of("They only met once."), None);
}

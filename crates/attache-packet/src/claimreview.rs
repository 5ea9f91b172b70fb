//! The JSON export: schema.org ClaimReview JSON-LD for each fact-check,
//! with the packet's quotes, stories and sources (with the pages they were
//! fetched from) beside them.

use attache_core::factchecks::FactCheck;
use attache_core::packets::Packet;
use serde_json::{json, Value};

/// One ClaimReview per fact-check that has a verdict.
pub fn claim_reviews(packet: &Packet) -> Vec<Value> {
    packet.factchecks.iter().filter(|f| f.verdict.is_some()).map(|f| review(f, &packet.prepared_by)).collect()
}

fn review(f: &FactCheck, author: &str) -> Value {
    let rating = f.verdict.as_ref();
    let appearance = json!({
        "@type": "CreativeWork",
        "url": f.appeared_url,
        "headline": f.story_headline,
    });
    json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": f.claim,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating.and_then(|r| r.value),
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": rating.map(|r| r.alternate_name.clone()),
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": { "@type": "Person", "name": f.claimant },
            "datePublished": f.appeared_date,
            "appearance": appearance,
        },
        "author": { "@type": "Person", "name": author },
        "datePublished": f.updated_at.get(..10),
        "url": f.appeared_url,
    })
}

/// The whole JSON export.
pub fn packet_json(packet: &Packet) -> Value {
    json!({
        "title": packet.title,
        "date": packet.date,
        "prepared_by": packet.prepared_by,
        "claimReviews": claim_reviews(packet),
        "quotes": packet.quotes,
        "stories": packet.stories,
        "sources": packet.sources,
    })
}

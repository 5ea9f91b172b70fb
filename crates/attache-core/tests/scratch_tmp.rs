#[test]
fn scratch() {
    let text = std::fs::read_to_string("/tmp/scratch/in.txt").unwrap();
    let a = attache_core::analysis::analyze(&text, None);
    for q in &a.quotes {
        println!("{:?} -> {:?} {:?}", q.text.chars().take(30).collect::<String>(), q.speaker, q.cue);
    }
    for p in &a.people {
        println!("person {:?} {:?}", p.name, p.titles);
    }
}
